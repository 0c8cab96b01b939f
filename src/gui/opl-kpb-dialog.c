/* opl-kpb-dialog.c: the quick entry of one KPB or KVB.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Date, kind, topic, competentiegebied, who observed it, the score and the feedback.
 * The choices come from the KPB or KVB definition (the current one for a new entry,
 * the stored one for an entry being changed); the store checks everything and its
 * message is shown when it refuses. A save over an entry changed on another PC since
 * it was opened is refused by the store, and the person chooses to keep editing, to
 * reload the other version or to save theirs over it (issue 17).
 */

#define G_LOG_DOMAIN "opl-kpb-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-date-button.h"
#include "opl-dialogs.h"
#include "opl-format.h"
#include "opl-kpb-dialog-private.h"
#include "opl-scale-control.h"
#include "opl-store-institute.h"

struct _OplKpbDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  OplDateButton     *date_button;
  AdwComboRow       *kind_row;
  AdwEntryRow       *topic_row;
  AdwComboRow       *area_row;
  AdwComboRow       *assessor_row;
  AdwPreferencesGroup *score_group;
  AdwBin            *score_bin;
  AdwPreferencesGroup *feedback_group;
  GtkTextView       *feedback_view;
  GtkLabel          *details_problem;
  GtkLabel          *score_problem;
  GtkLabel          *feedback_problem;
  GtkWidget         *delete_button;

  /* Owned references */
  OplStore          *store;
  OplPerson         *person;
  OplTraject        *traject;
  OplFormDefinition *definition;    /* of the entry's kind */
  OplKpbEntry        entry;         /* a copy; its id is NULL for a new entry */
  char              *last_message;
  char              *shown_state;   /* the fields as last filled in or saved */

  /* Borrowed references */
  OplScaleControl   *score_control;
  AdwMessageDialog  *delete_dialog;
  AdwMessageDialog  *conflict_dialog;

  gboolean           editing;
};

G_DEFINE_FINAL_TYPE (OplKpbDialog, opl_kpb_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
show_toast (OplKpbDialog *self,
            const char   *title)
{
  opl_dialogs_add_toast (self->toast_overlay, title, 5, &self->last_message);
}

static OplFormKind
selected_kind (OplKpbDialog *self)
{
  return adw_combo_row_get_selected (self->kind_row) == 1 ? OPL_FORM_KIND_KVB : OPL_FORM_KIND_KPB;
}

static const OplFormScale *
item_scale (OplFormDefinition *definition,
            const char        *item_id)
{
  const OplFormItem *item = opl_form_definition_lookup_item (definition, item_id, NULL);

  return item != NULL ? item->scale : NULL;
}

/* The competentiegebieden of the definition; the first choice is “none chosen yet”. */
static void
fill_areas (OplKpbDialog *self,
            const char   *selected_value)
{
  const OplFormScale *scale = item_scale (self->definition, "competentiegebied");
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (labels, C_("competentiegebied", "Not chosen"));
  for (guint i = 0; scale != NULL && i < scale->n_options; i++)
    {
      gtk_string_list_append (labels, scale->options[i].label);
      if (g_strcmp0 (scale->options[i].value, selected_value) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->area_row, selected);
}

static void
fill_score (OplKpbDialog *self,
            const char   *value)
{
  const OplFormItem *item = opl_form_definition_lookup_item (self->definition, "score", NULL);
  GtkWidget *control;

  if (item == NULL || item->scale == NULL)
    {
      adw_bin_set_child (self->score_bin, NULL);
      self->score_control = NULL;
      return;
    }

  control = opl_scale_control_new (item->scale, item->text);
  self->score_control = OPL_SCALE_CONTROL (control);
  if (value != NULL && opl_form_scale_lookup_option (item->scale, value) != NULL)
    opl_scale_control_set_value (self->score_control, value);
  adw_bin_set_child (self->score_bin, control);
  adw_preferences_group_set_description (self->score_group, item->text);
}

/* What the definition of the chosen kind asks; keeps what fits of the choices made. */
static void
use_definition (OplKpbDialog      *self,
                OplFormDefinition *definition)
{
  const OplFormScale *areas = NULL;
  const OplFormItem *feedback;
  g_autofree char *area = NULL;
  g_autofree char *score = NULL;
  guint selected_area = adw_combo_row_get_selected (self->area_row);

  if (self->definition != NULL)
    areas = item_scale (self->definition, "competentiegebied");
  if (areas != NULL && selected_area > 0 && selected_area <= areas->n_options)
    area = g_strdup (areas->options[selected_area - 1].value);
  else
    area = g_strdup (self->entry.competentiegebied);
  score = g_strdup (self->score_control != NULL ? opl_scale_control_get_value (self->score_control)
                                                : self->entry.score);

  g_set_object (&self->definition, definition);
  fill_areas (self, area);
  fill_score (self, score);

  feedback = opl_form_definition_lookup_item (definition, "feedback", NULL);
  adw_preferences_group_set_description (self->feedback_group, feedback != NULL ? feedback->text : NULL);
}

static void
on_kind_row_selected_cb (OplKpbDialog *self)
{
  OplFormDefinition *definition;

  if (self->editing || self->store == NULL)
    return;

  definition = opl_form_registry_get_current (opl_store_get_form_registry (self->store), selected_kind (self));
  if (definition != NULL)
    use_definition (self, definition);
}

static void
fill_assessors (OplKpbDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *assessor = self->entry.assessor_id;
  guint n = opl_traject_get_n_opleiders (self->traject);
  guint selected = 0;

  /* A new entry by an opleider is their own observation. */
  if (assessor == NULL && !self->editing && opl_person_is_opleider (self->person))
    assessor = opl_person_get_id (self->person);

  gtk_string_list_append (names, C_("observed by", "Not recorded"));
  for (guint i = 0; i < n; i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (self->traject, i);

      gtk_string_list_append (names, opleider->name);
      if (g_strcmp0 (opleider->person_id, assessor) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->assessor_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->assessor_row, selected);
}

static char *
get_feedback (OplKpbDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->feedback_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Copies the widgets into @entry (which starts as the dialog's copy). */
static void
collect (OplKpbDialog *self,
         OplKpbEntry  *entry)
{
  const OplFormScale *areas = item_scale (self->definition, "competentiegebied");
  guint area = adw_combo_row_get_selected (self->area_row);
  guint assessor = adw_combo_row_get_selected (self->assessor_row);

  entry->id = g_strdup (self->entry.id);
  entry->traject_id = g_strdup (opl_traject_get_id (self->traject));
  entry->kind = selected_kind (self) == OPL_FORM_KIND_KVB ? OPL_ENTRY_KVB : OPL_ENTRY_KPB;
  entry->date = *opl_date_button_get_date (self->date_button);
  entry->topic = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->topic_row))));
  entry->competentiegebied = areas != NULL && area > 0 && area <= areas->n_options
                               ? g_strdup (areas->options[area - 1].value) : NULL;
  entry->score = self->score_control != NULL ? g_strdup (opl_scale_control_get_value (self->score_control)) : NULL;
  entry->feedback = g_strstrip (get_feedback (self));
  entry->assessor_id = assessor > 0 && assessor <= opl_traject_get_n_opleiders (self->traject)
                         ? g_strdup (opl_traject_get_opleider (self->traject, assessor - 1)->person_id)
                         : NULL;
  entry->definition_id = g_strdup (self->entry.definition_id);
  entry->definition_version = self->entry.definition_version;
  entry->changed_at = g_strdup (self->entry.changed_at);
}

/* The fields as one string, to tell whether anything was changed. */
static char *
get_state (OplKpbDialog *self)
{
  g_auto(OplKpbEntry) entry = { 0 };
  g_autofree char *date = NULL;

  collect (self, &entry);
  date = g_date_valid (&entry.date) ? opl_date_to_iso (&entry.date) : NULL;
  return g_strjoin ("\x1f", entry.kind == OPL_ENTRY_KVB ? "kvb" : "kpb", date != NULL ? date : "",
                    entry.topic, entry.competentiegebied != NULL ? entry.competentiegebied : "",
                    entry.score != NULL ? entry.score : "", entry.feedback,
                    entry.assessor_id != NULL ? entry.assessor_id : "", NULL);
}

static void
remember_state (OplKpbDialog *self)
{
  g_free (self->shown_state);
  self->shown_state = get_state (self);
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Marks every field that @entry leaves empty and the store would refuse (its order:
 * opl_store_save_kpb()), at once. */
static gboolean
check_fields (OplKpbDialog      *self,
              const OplKpbEntry *entry)
{
  const OplFormItem *feedback = opl_form_definition_lookup_item (self->definition, "feedback", NULL);
  GtkWidget *score = self->score_control != NULL ? GTK_WIDGET (self->score_control) : GTK_WIDGET (self->score_bin);
  const OplFieldCheck checks[] = {
    { is_blank (entry->topic), self->details_problem, GTK_WIDGET (self->topic_row), _("Say what was observed") },
    { entry->competentiegebied == NULL, self->details_problem, GTK_WIDGET (self->area_row),
      _("Choose a competentiegebied") },
    { entry->score == NULL, self->score_problem, score, _("Choose a score") },
    { feedback != NULL && feedback->required && is_blank (entry->feedback), self->feedback_problem,
      GTK_WIDGET (self->feedback_view), _("Write down the feedback") },
  };

  return opl_dialogs_check_fields (checks, G_N_ELEMENTS (checks));
}

static void
copy_entry (OplKpbEntry       *to,
            const OplKpbEntry *from)
{
  to->id = g_strdup (from->id);
  to->traject_id = g_strdup (from->traject_id);
  to->kind = from->kind;
  to->date = from->date;
  to->topic = g_strdup (from->topic);
  to->competentiegebied = g_strdup (from->competentiegebied);
  to->score = g_strdup (from->score);
  to->feedback = g_strdup (from->feedback);
  to->assessor_id = g_strdup (from->assessor_id);
  to->definition_id = g_strdup (from->definition_id);
  to->definition_version = from->definition_version;
  to->changed_at = g_strdup (from->changed_at);
}

/* Shows @entry's date, topic, feedback and choices in the fields. */
static void
show_entry (OplKpbDialog      *self,
            const OplKpbEntry *entry)
{
  opl_date_button_set_date (self->date_button, &entry->date);
  gtk_editable_set_text (GTK_EDITABLE (self->topic_row), entry->topic != NULL ? entry->topic : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->feedback_view),
                            entry->feedback != NULL ? entry->feedback : "", -1);
}

/* Takes the entry as it is stored now (another PC's version), dropping what was typed. */
static void
reload (OplKpbDialog *self)
{
  g_auto(OplKpbEntry) current = { 0 };
  g_autoptr(GError) error = NULL;

  if (!opl_store_get_kpb (self->store, self->entry.id, &current, &error))
    {
      show_toast (self, error->message);
      return;
    }

  opl_kpb_entry_clear (&self->entry);
  copy_entry (&self->entry, &current);
  show_entry (self, &self->entry);
  fill_areas (self, self->entry.competentiegebied);
  fill_score (self, self->entry.score);
  fill_assessors (self);
  remember_state (self);
  show_toast (self, _("Reloaded: your changes were dropped"));
}

static void save (OplKpbDialog *self,
                  gboolean      overwrite);

static void
on_changed_elsewhere_cb (gpointer         owner,
                         OplChangedChoice choice)
{
  OplKpbDialog *self = OPL_KPB_DIALOG (owner);

  self->conflict_dialog = NULL;
  if (choice == OPL_CHANGED_RELOAD)
    reload (self);
  else if (choice == OPL_CHANGED_SAVE_MINE)
    save (self, TRUE);
}

/* Saves what the fields say; @overwrite: over a version changed elsewhere. */
static void
save (OplKpbDialog *self,
      gboolean      overwrite)
{
  g_auto(OplKpbEntry) entry = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  OplFormDefinition *definition;
  gboolean ok;

  collect (self, &entry);
  if (!check_fields (self, &entry))
    return;

  /* A new entry is filled against the current definition of its kind; an entry being
   * changed keeps the one it was filled against. */
  definition = self->editing ? NULL : self->definition;
  if (overwrite)
    ok = opl_store_overwrite_kpb (self->store, definition, &entry, &error);
  else
    ok = opl_store_save_kpb (self->store, definition, &entry, &error);

  if (!ok && g_error_matches (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED))
    {
      if (self->conflict_dialog == NULL)
        self->conflict_dialog = opl_dialogs_ask_changed_elsewhere (GTK_WINDOW (self), self, error->message,
                                                                   on_changed_elsewhere_cb);
      return;
    }

  if (!ok)
    {
      g_debug ("Saving a KPB failed: %s", error->message);
      /* Translators: %s says why, in the store's words */
      message = g_strdup_printf (_("Not saved: %s"), error->message);
      show_toast (self, message);
      return;
    }

  opl_kpb_entry_clear (&self->entry);
  copy_entry (&self->entry, &entry);

  /* Translators: %s is KPB or KVB */
  message = g_strdup_printf (_("%s saved"), entry.kind == OPL_ENTRY_KVB ? _("KVB") : _("KPB"));
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, message);
  remember_state (self);
  /* Save Mine and Save answer a dialog transient for this window: close once it has gone. */
  if (overwrite || opl_dialogs_is_answering (GTK_WINDOW (self)))
    opl_dialogs_close_later (GTK_WINDOW (self));
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
unsaved_cb (GtkWindow *window)
{
  return opl_kpb_dialog_has_unsaved_changes (OPL_KPB_DIALOG (window));
}

static void
save_cb (GtkWindow *window)
{
  save (OPL_KPB_DIALOG (window), FALSE);
}

static void
opl_kpb_dialog_save_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  save (OPL_KPB_DIALOG (widget), FALSE);
}

static void
on_delete_response_cb (OplKpbDialog *self,
                       const char   *response)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  self->delete_dialog = NULL;
  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!opl_store_delete_kpb (self->store, self->entry.id, &error))
    {
      /* Translators: %s says why, in the store's words */
      message = g_strdup_printf (_("Not deleted: %s"), error->message);
      show_toast (self, message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, _("Entry deleted"));
  gtk_window_close (GTK_WINDOW (self));
}

static void
opl_kpb_dialog_delete_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  OplKpbDialog *self = OPL_KPB_DIALOG (widget);
  GtkWidget *dialog;

  dialog = opl_dialogs_new_destructive (GTK_WINDOW (self), _("Delete This Entry?"),
                                        _("It no longer counts towards the year’s pace."),
                                        "delete", _("_Delete"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, G_CONNECT_SWAPPED);
  self->delete_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
opl_kpb_dialog_dispose (GObject *object)
{
  OplKpbDialog *self = (OplKpbDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_KPB_DIALOG);
  self->score_control = NULL;
  self->delete_dialog = NULL;
  self->conflict_dialog = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->traject);
  g_clear_object (&self->definition);

  G_OBJECT_CLASS (opl_kpb_dialog_parent_class)->dispose (object);
}

static void
opl_kpb_dialog_finalize (GObject *object)
{
  OplKpbDialog *self = (OplKpbDialog *)object;

  opl_kpb_entry_clear (&self->entry);
  g_clear_pointer (&self->last_message, g_free);
  g_clear_pointer (&self->shown_state, g_free);

  G_OBJECT_CLASS (opl_kpb_dialog_parent_class)->finalize (object);
}

static void
opl_kpb_dialog_class_init (OplKpbDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_kpb_dialog_dispose;
  object_class->finalize = opl_kpb_dialog_finalize;

  /**
   * OplKpbDialog::saved:
   * @message: what was done, for a toast
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-kpb-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, assessor_row);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, score_group);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, score_bin);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, feedback_group);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, feedback_view);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, details_problem);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, score_problem);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, feedback_problem);
  gtk_widget_class_bind_template_child (widget_class, OplKpbDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "entry.save", NULL, opl_kpb_dialog_save_action);
  gtk_widget_class_install_action (widget_class, "entry.delete", NULL, opl_kpb_dialog_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "entry.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OPL_TYPE_DATE_BUTTON);
}

static void
opl_kpb_dialog_init (OplKpbDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (kinds, _("KPB: korte praktijkbeoordeling"));
  gtk_string_list_append (kinds, _("KVB: korte vaardigheidsbeoordeling"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  opl_dialogs_guard_close (GTK_WINDOW (self),
                           _("What you entered in this KPB or KVB is lost if you close it without saving."),
                           unsaved_cb, save_cb);
  opl_dialogs_add_ctrl_enter (GTK_WIDGET (self), "entry.save");
}

/**
 * opl_kpb_dialog_new:
 * @entry: (nullable): an entry to change, or %NULL for a new one (today, a KPB)
 */
GtkWidget *
opl_kpb_dialog_new (OplStore          *store,
                    OplPerson         *person,
                    OplTraject        *traject,
                    const OplKpbEntry *entry)
{
  OplKpbDialog *self;
  OplFormDefinition *definition = NULL;
  g_autoptr(OplFormDefinition) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);

  self = g_object_new (OPL_TYPE_KPB_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);
  self->traject = g_object_ref (traject);

  if (entry != NULL)
    {
      copy_entry (&self->entry, entry);
      stored = opl_store_get_form_definition (store, entry->definition_id, entry->definition_version, &error);
      if (stored == NULL)
        g_warning ("The definition of a KPB could not be read: %s", error->message);
      definition = stored;
    }

  self->editing = entry != NULL && definition != NULL;
  adw_combo_row_set_selected (self->kind_row, entry != NULL && entry->kind == OPL_ENTRY_KVB ? 1 : 0);
  if (definition == NULL)
    definition = opl_form_registry_get_current (opl_store_get_form_registry (store), selected_kind (self));

  if (entry != NULL)
    show_entry (self, entry);

  if (definition != NULL)
    use_definition (self, definition);
  fill_assessors (self);

  /* The kind of a stored entry is its definition's. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !self->editing);
  gtk_widget_set_visible (self->delete_button, self->editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "entry.delete", self->editing);

  adw_window_title_set_title (self->window_title, self->editing ? _("KPB or KVB") : _("New KPB or KVB"));
  adw_window_title_set_subtitle (self->window_title, opl_traject_get_aios_name (traject));
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));

  /* The first field to fill in (the date is today's already), not Cancel. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->topic_row));
  remember_state (self);

  return GTK_WIDGET (self);
}

/**
 * opl_kpb_dialog_has_unsaved_changes:
 *
 * Returns: whether the fields differ from what was last filled in or saved
 */
gboolean
opl_kpb_dialog_has_unsaved_changes (OplKpbDialog *self)
{
  g_autofree char *state = NULL;

  g_return_val_if_fail (OPL_IS_KPB_DIALOG (self), FALSE);

  state = get_state (self);
  return g_strcmp0 (state, self->shown_state) != 0;
}

/* For the tests */

GtkEditable *
opl_kpb_dialog_get_topic (OplKpbDialog *self)
{
  return GTK_EDITABLE (self->topic_row);
}

AdwComboRow *
opl_kpb_dialog_get_kind_row (OplKpbDialog *self)
{
  return self->kind_row;
}

AdwComboRow *
opl_kpb_dialog_get_area_row (OplKpbDialog *self)
{
  return self->area_row;
}

OplScaleControl *
opl_kpb_dialog_get_score (OplKpbDialog *self)
{
  return self->score_control;
}

GtkTextView *
opl_kpb_dialog_get_feedback (OplKpbDialog *self)
{
  return self->feedback_view;
}

OplDateButton *
opl_kpb_dialog_get_date_button (OplKpbDialog *self)
{
  return self->date_button;
}

AdwMessageDialog *
opl_kpb_dialog_get_close_dialog (OplKpbDialog *self)
{
  return opl_dialogs_get_close_question (GTK_WINDOW (self));
}

GtkLabel *
opl_kpb_dialog_get_problem (OplKpbDialog *self,
                            const char   *group)
{
  if (g_str_equal (group, "score"))
    return self->score_problem;
  if (g_str_equal (group, "feedback"))
    return self->feedback_problem;
  return self->details_problem;
}

const char *
opl_kpb_dialog_get_last_message (OplKpbDialog *self)
{
  return self->last_message;
}

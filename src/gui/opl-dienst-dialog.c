/* opl-dienst-dialog.c: one dienst of the aios: when, what kind, with whom, and whether
 * it was under supervision at a distance.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dienst is done with an opleider of the traject, with the substitute opleider at the
 * same post (by name), or with someone else: that one is kept but does not count towards
 * the 20 a year (seed 001; opl_dienst_counts_towards_year()). Whether supervision at a distance was allowed that day is the
 * store's to say (opl_store_get_supervision() warns); the dialog only records it.
 *
 * A save over a dienst changed on another PC since it was opened is refused by the
 * store, and the person chooses to keep editing, to reload the other version or to
 * save theirs over it (issue 17).
 */

#define G_LOG_DOMAIN "opl-dienst-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-date-button.h"
#include "opl-dialogs.h"
#include "opl-dienst-dialog-private.h"

struct _OplDienstDialog
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  OplDateButton    *date_button;
  AdwComboRow      *kind_row;
  AdwComboRow      *with_row;
  AdwEntryRow      *name_row;
  GtkSwitch        *distance_switch;
  AdwEntryRow      *note_row;
  GtkLabel         *details_problem;
  GtkWidget        *delete_button;

  /* Owned references */
  OplStore         *store;
  OplPerson        *person;
  OplTraject       *traject;
  char             *dienst_id;     /* NULL for a new dienst */
  char             *changed_at;    /* of the dienst as read or last saved */
  char             *last_message;
  char             *shown_state;   /* the fields as last filled in or saved */

  /* Borrowed references */
  AdwMessageDialog *conflict_dialog;

};

G_DEFINE_FINAL_TYPE (OplDienstDialog, opl_dienst_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
show_toast (OplDienstDialog *self,
            const char      *title)
{
  opl_dialogs_add_toast (self->toast_overlay, title, 5, &self->last_message);
}

/* The choices of with_row: the traject's opleiders, then the substitute opleider at the
 * same post (by name), then someone else. Only the first two count towards the 20
 * diensten a year (seed 001; opl_dienst_counts_towards_year()). */
static guint
substitute_index (OplDienstDialog *self)
{
  return opl_traject_get_n_opleiders (self->traject);
}

static guint
someone_else_index (OplDienstDialog *self)
{
  return substitute_index (self) + 1;
}

static void
on_with_row_selected_cb (OplDienstDialog *self)
{
  guint selected;

  if (self->traject == NULL)
    return;

  selected = adw_combo_row_get_selected (self->with_row);
  gtk_widget_set_visible (GTK_WIDGET (self->name_row), selected == substitute_index (self));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->with_row),
                               selected == someone_else_index (self)
                                 ? _("Shown, but not counted towards the 20 diensten a year")
                                 : "");
}

/* @existing: @person_id and @name are a stored dienst's (neither: someone else). */
static void
fill_with (OplDienstDialog *self,
           const char      *person_id,
           const char      *name,
           gboolean         existing)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = opl_traject_get_n_opleiders (self->traject);
  guint selected = n > 0 ? 0 : n;

  for (guint i = 0; i < n; i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (self->traject, i);

      gtk_string_list_append (names, opleider->name);
      if (g_strcmp0 (opleider->person_id, person_id) == 0)
        selected = i;
    }
  gtk_string_list_append (names, _("A substitute at the same post"));
  gtk_string_list_append (names, _("Someone else"));
  if (person_id == NULL && name != NULL && *name != '\0')
    selected = n;
  else if (person_id == NULL && existing)
    selected = n + 1;

  adw_combo_row_set_model (self->with_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->with_row, selected);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  on_with_row_selected_cb (self);
}

/* Shows @dienst in the fields, and keeps its changed-at for the next save. */
static void
show_dienst (OplDienstDialog *self,
             const OplDienst *dienst)
{
  g_free (self->changed_at);
  self->changed_at = g_strdup (dienst->changed_at);
  opl_date_button_set_date (self->date_button, &dienst->date);
  adw_combo_row_set_selected (self->kind_row, dienst->kind);
  fill_with (self, dienst->with_person_id, dienst->with_name, TRUE);
  gtk_switch_set_active (self->distance_switch, dienst->at_distance);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), dienst->note != NULL ? dienst->note : "");
}

static void remember_state (OplDienstDialog *self);

/* Takes the dienst as it is stored now (another PC's version), dropping what was typed. */
static void
reload (OplDienstDialog *self)
{
  g_auto(OplDienst) current = { 0 };
  g_autoptr(GError) error = NULL;

  if (!opl_store_get_dienst (self->store, self->dienst_id, &current, &error))
    {
      show_toast (self, error->message);
      return;
    }

  show_dienst (self, &current);
  remember_state (self);
  show_toast (self, _("Reloaded: your changes were dropped"));
}

static void save (OplDienstDialog *self,
                  gboolean         overwrite);

static void
on_changed_elsewhere_cb (gpointer         owner,
                         OplChangedChoice choice)
{
  OplDienstDialog *self = OPL_DIENST_DIALOG (owner);

  self->conflict_dialog = NULL;
  if (choice == OPL_CHANGED_RELOAD)
    reload (self);
  else if (choice == OPL_CHANGED_SAVE_MINE)
    save (self, TRUE);
}

/* Copies the fields into @dienst. */
static void
collect (OplDienstDialog *self,
         OplDienst       *dienst)
{
  guint with = adw_combo_row_get_selected (self->with_row);

  dienst->id = g_strdup (self->dienst_id);
  dienst->changed_at = g_strdup (self->changed_at);
  dienst->traject_id = g_strdup (opl_traject_get_id (self->traject));
  dienst->date = *opl_date_button_get_date (self->date_button);
  dienst->kind = adw_combo_row_get_selected (self->kind_row);
  if (with < substitute_index (self))
    dienst->with_person_id = g_strdup (opl_traject_get_opleider (self->traject, with)->person_id);
  else if (with == substitute_index (self))
    dienst->with_name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  else
    dienst->with_name = g_strdup ("");
  dienst->at_distance = gtk_switch_get_active (self->distance_switch);
  dienst->note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
}

/* The fields as one string, to tell whether anything was changed. */
static char *
get_state (OplDienstDialog *self)
{
  g_auto(OplDienst) dienst = { 0 };
  g_autofree char *date = NULL;
  g_autofree char *numbers = NULL;

  collect (self, &dienst);
  date = g_date_valid (&dienst.date) ? opl_date_to_iso (&dienst.date) : g_strdup ("");
  numbers = g_strdup_printf ("%d\x1f%d\x1f%u", dienst.kind, dienst.at_distance,
                             adw_combo_row_get_selected (self->with_row));
  return g_strjoin ("\x1f", date, numbers, dienst.with_person_id != NULL ? dienst.with_person_id : "",
                    dienst.with_name != NULL ? dienst.with_name : "", dienst.note, NULL);
}

static void
remember_state (OplDienstDialog *self)
{
  g_free (self->shown_state);
  self->shown_state = get_state (self);
}

/* The substitute is named (the store takes a dienst with someone else unnamed). */
static gboolean
check_fields (OplDienstDialog *self,
              const OplDienst *dienst)
{
  const OplFieldCheck checks[] = {
    { adw_combo_row_get_selected (self->with_row) == substitute_index (self) && *dienst->with_name == '\0',
      self->details_problem, GTK_WIDGET (self->name_row), _("Enter the name of the substitute") },
  };

  return opl_dialogs_check_fields (checks, G_N_ELEMENTS (checks));
}

/* Saves what the fields say; @overwrite: over a version changed elsewhere. */
static void
save (OplDienstDialog *self,
      gboolean         overwrite)
{
  g_auto(OplDienst) dienst = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  collect (self, &dienst);
  if (!check_fields (self, &dienst))
    return;

  ok = overwrite ? opl_store_overwrite_dienst (self->store, &dienst, &error)
                 : opl_store_save_dienst (self->store, &dienst, &error);
  if (!ok && g_error_matches (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED))
    {
      if (self->conflict_dialog == NULL)
        self->conflict_dialog = opl_dialogs_ask_changed_elsewhere (GTK_WINDOW (self), self, error->message,
                                                                   on_changed_elsewhere_cb);
      return;
    }

  if (!ok)
    {
      g_debug ("Saving a dienst failed: %s", error->message);
      /* Translators: %s says why, in the store's words */
      message = g_strdup_printf (_("Not saved: %s"), error->message);
      show_toast (self, message);
      return;
    }

  g_free (self->dienst_id);
  self->dienst_id = g_strdup (dienst.id);
  g_free (self->changed_at);
  self->changed_at = g_strdup (dienst.changed_at);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, _("Dienst saved"));
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
  return opl_dienst_dialog_has_unsaved_changes (OPL_DIENST_DIALOG (window));
}

static void
save_cb (GtkWindow *window)
{
  save (OPL_DIENST_DIALOG (window), FALSE);
}

static void
opl_dienst_dialog_save_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  save (OPL_DIENST_DIALOG (widget), FALSE);
}

static void
on_delete_response_cb (OplDienstDialog *self,
                       const char      *response)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!opl_store_delete_dienst (self->store, self->dienst_id, &error))
    {
      /* Translators: %s says why, in the store's words */
      message = g_strdup_printf (_("Not deleted: %s"), error->message);
      show_toast (self, message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, _("Dienst deleted"));
  gtk_window_close (GTK_WINDOW (self));
}

static void
opl_dienst_dialog_delete_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  OplDienstDialog *self = OPL_DIENST_DIALOG (widget);
  GtkWidget *dialog;

  dialog = opl_dialogs_new_destructive (GTK_WINDOW (self), _("Delete This Dienst?"),
                                        _("It no longer counts towards the 20 diensten of the year."),
                                        "delete", _("_Delete"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
opl_dienst_dialog_dispose (GObject *object)
{
  OplDienstDialog *self = (OplDienstDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_DIENST_DIALOG);
  self->conflict_dialog = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->traject);

  G_OBJECT_CLASS (opl_dienst_dialog_parent_class)->dispose (object);
}

static void
opl_dienst_dialog_finalize (GObject *object)
{
  OplDienstDialog *self = (OplDienstDialog *)object;

  g_clear_pointer (&self->dienst_id, g_free);
  g_clear_pointer (&self->changed_at, g_free);
  g_clear_pointer (&self->last_message, g_free);
  g_clear_pointer (&self->shown_state, g_free);

  G_OBJECT_CLASS (opl_dienst_dialog_parent_class)->finalize (object);
}

static void
opl_dienst_dialog_class_init (OplDienstDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_dienst_dialog_dispose;
  object_class->finalize = opl_dienst_dialog_finalize;

  /**
   * OplDienstDialog::saved:
   * @message: what was done, for a toast
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-dienst-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, with_row);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, distance_switch);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, details_problem);
  gtk_widget_class_bind_template_child (widget_class, OplDienstDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_with_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "dienst.save", NULL, opl_dienst_dialog_save_action);
  gtk_widget_class_install_action (widget_class, "dienst.delete", NULL, opl_dienst_dialog_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dienst.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "dienst.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OPL_TYPE_DATE_BUTTON);
}

static void
opl_dienst_dialog_init (OplDienstDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < OPL_N_DIENST_KINDS; i++)
    gtk_string_list_append (kinds, opl_dienst_kind_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  opl_dialogs_guard_close (GTK_WINDOW (self),
                           _("What you entered in this dienst is lost if you close it without saving."),
                           unsaved_cb, save_cb);
}

/**
 * opl_dienst_dialog_new:
 * @dienst: (nullable): a dienst to change, or %NULL for a new one (today, an evening)
 */
GtkWidget *
opl_dienst_dialog_new (OplStore        *store,
                       OplPerson       *person,
                       OplTraject      *traject,
                       const OplDienst *dienst)
{
  OplDienstDialog *self;
  gboolean phase_ii;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);

  self = g_object_new (OPL_TYPE_DIENST_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);
  self->traject = g_object_ref (traject);
  phase_ii = opl_traject_get_phase (traject) == OPL_PHASE_II;

  if (dienst != NULL)
    {
      self->dienst_id = g_strdup (dienst->id);
      show_dienst (self, dienst);
    }
  else
    {
      fill_with (self, opl_person_is_opleider (person) ? opl_person_get_id (person) : NULL, NULL, FALSE);
    }

  /* Supervision at a distance belongs to fase II; a stored one stays visible. */
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->distance_switch), ADW_TYPE_ACTION_ROW),
                          phase_ii || (dienst != NULL && dienst->at_distance));
  gtk_widget_set_visible (self->delete_button, dienst != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dienst.delete", dienst != NULL);

  adw_window_title_set_title (self->window_title, dienst != NULL ? _("Dienst") : _("New Dienst"));
  adw_window_title_set_subtitle (self->window_title, opl_traject_get_aios_name (traject));
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));
  remember_state (self);

  return GTK_WIDGET (self);
}

/**
 * opl_dienst_dialog_has_unsaved_changes:
 *
 * Returns: whether the fields differ from what was last filled in or saved
 */
gboolean
opl_dienst_dialog_has_unsaved_changes (OplDienstDialog *self)
{
  g_autofree char *state = NULL;

  g_return_val_if_fail (OPL_IS_DIENST_DIALOG (self), FALSE);

  state = get_state (self);
  return g_strcmp0 (state, self->shown_state) != 0;
}

AdwMessageDialog *
opl_dienst_dialog_get_close_dialog (OplDienstDialog *self)
{
  return opl_dialogs_get_close_question (GTK_WINDOW (self));
}

GtkLabel *
opl_dienst_dialog_get_problem (OplDienstDialog *self)
{
  return self->details_problem;
}

const char *
opl_dienst_dialog_get_last_message (OplDienstDialog *self)
{
  g_return_val_if_fail (OPL_IS_DIENST_DIALOG (self), NULL);

  return self->last_message;
}

/* For the tests */

AdwComboRow *
opl_dienst_dialog_get_kind_row (OplDienstDialog *self)
{
  return self->kind_row;
}

AdwComboRow *
opl_dienst_dialog_get_with_row (OplDienstDialog *self)
{
  return self->with_row;
}

GtkSwitch *
opl_dienst_dialog_get_distance_switch (OplDienstDialog *self)
{
  return self->distance_switch;
}

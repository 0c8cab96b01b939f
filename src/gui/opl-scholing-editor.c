/* opl-scholing-editor.c: register or change one (half) day of scholing.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is stored until Save: what the rules refuse (a leergang day registered
 * twice, more than a day on one date) shows as a toast, and what the person entered
 * stays. Only the rows that belong to the chosen kind are shown. A change of a
 * registration that another PC changed since the editor opened is refused by the
 * store, and the person chooses to keep editing, to reload the other version or to
 * save theirs over it (issue 17).
 */

#define G_LOG_DOMAIN "opl-scholing-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-dialogs.h"
#include "opl-format.h"
#include "opl-scholing-editor-private.h"
#include "opl-store-scholing.h"

struct _OplScholingEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkMenuButton     *date_button;
  GtkCalendar       *calendar;
  AdwComboRow       *kind_row;
  AdwComboRow       *leergang_row;
  AdwComboRow       *leergang_day_row;
  AdwComboRow       *alternative_row;
  AdwEntryRow       *title_row;
  GtkSwitch         *half_day_switch;
  GtkSwitch         *attended_switch;
  AdwActionRow      *replacement_row;
  GtkSwitch         *replacement_switch;
  AdwEntryRow       *note_row;
  GtkWidget         *remove_button;

  /* Owned references */
  OplStore          *store;
  OplPerson         *person;
  OplInstitute      *institute;
  OplScholingDay    *day;           /* what is edited; a new one has is_new */
  gboolean           is_new;
  GDate              date;

  char              *shown_state;   /* the fields as last shown or saved */

  /* Borrowed references */
  AdwMessageDialog  *conflict_dialog;

};

G_DEFINE_FINAL_TYPE (OplScholingEditor, opl_scholing_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  SIGNAL_REMOVED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
update_date_button (OplScholingEditor *self)
{
  g_autofree char *label = opl_format_date (&self->date);

  gtk_menu_button_set_label (self->date_button, label);
}

static void
select_date (OplScholingEditor *self,
             const GDate       *date)
{
  g_autoptr(GDateTime) date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                          g_date_get_day (date), 0, 0, 0);

  self->date = *date;
  gtk_calendar_select_day (self->calendar, date_time);
  update_date_button (self);
}

static OplScholingKind
get_kind (OplScholingEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < OPL_N_SCHOLING_KINDS ? (OplScholingKind) selected : OPL_SCHOLING_PARALLELDAG;
}

/* Only the rows of the chosen kind; the replacement assignment only for time missed. */
static void
update_rows (OplScholingEditor *self)
{
  OplScholingKind kind = get_kind (self);
  gboolean missed = !gtk_switch_get_active (self->attended_switch) || gtk_switch_get_active (self->half_day_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->leergang_row), kind == OPL_SCHOLING_LEERGANG);
  gtk_widget_set_visible (GTK_WIDGET (self->leergang_day_row), kind == OPL_SCHOLING_LEERGANG);
  gtk_widget_set_visible (GTK_WIDGET (self->alternative_row), kind == OPL_SCHOLING_LEERGANG6_ALTERNATIVE);
  gtk_widget_set_visible (GTK_WIDGET (self->title_row), kind == OPL_SCHOLING_OTHER);
  gtk_widget_set_visible (GTK_WIDGET (self->replacement_row), kind == OPL_SCHOLING_LEERGANG && missed);
}

static void
on_kind_row_selected_cb (OplScholingEditor *self)
{
  update_rows (self);
}

static void
on_attendance_changed_cb (OplScholingEditor *self)
{
  update_rows (self);
}

static void
on_calendar_day_selected_cb (OplScholingEditor *self)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (self->calendar);

  g_date_clear (&self->date, 1);
  g_date_set_dmy (&self->date, g_date_time_get_day_of_month (date_time),
                  g_date_time_get_month (date_time), g_date_time_get_year (date_time));
  update_date_button (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
fill_models (OplScholingEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) leergangen = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) alternatives = gtk_string_list_new (NULL);
  const OplScholingRules *rules = opl_institute_get_rules (self->institute);

  for (guint k = 0; k < OPL_N_SCHOLING_KINDS; k++)
    gtk_string_list_append (kinds, opl_scholing_kind_get_label (k));

  for (int number = 1; number <= OPL_N_LEERGANGEN; number++)
    {
      /* Translators: a leergang in a list: its number and its title, “1 · Fundament” */
      g_autofree char *label = g_strdup_printf (_("%d · %s"), number,
                                                opl_institute_get_leergang_title (self->institute, number));

      gtk_string_list_append (leergangen, label);
    }

  for (int d = 1; d <= rules->leergang_days; d++)
    {
      /* Translators: the day of a leergang, “Day 2” */
      g_autofree char *label = g_strdup_printf (_("Day %d"), d);

      gtk_string_list_append (days, label);
    }

  for (guint i = 0; i < opl_institute_get_n_alternatives (self->institute); i++)
    gtk_string_list_append (alternatives,
                            opl_institute_get_alternative_title (self->institute,
                                                                 opl_institute_get_alternative_id (self->institute, i)));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->leergang_row, G_LIST_MODEL (leergangen));
  adw_combo_row_set_model (self->leergang_day_row, G_LIST_MODEL (days));
  adw_combo_row_set_model (self->alternative_row, G_LIST_MODEL (alternatives));
}

static guint
find_alternative (OplScholingEditor *self,
                  const char        *id)
{
  for (guint i = 0; i < opl_institute_get_n_alternatives (self->institute); i++)
    {
      if (g_strcmp0 (opl_institute_get_alternative_id (self->institute, i), id) == 0)
        return i;
    }

  return 0;
}

static void
show_day (OplScholingEditor *self)
{
  const OplScholingDay *day = self->day;

  select_date (self, &day->date);
  adw_combo_row_set_selected (self->kind_row, day->kind);
  adw_combo_row_set_selected (self->leergang_row, day->leergang > 0 ? (guint) day->leergang - 1 : 0);
  adw_combo_row_set_selected (self->leergang_day_row, day->leergang_day > 0 ? (guint) day->leergang_day - 1 : 0);
  adw_combo_row_set_selected (self->alternative_row, find_alternative (self, day->alternative));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), day->title != NULL ? day->title : "");
  gtk_switch_set_active (self->half_day_switch, day->half_day);
  gtk_switch_set_active (self->attended_switch, day->attended);
  gtk_switch_set_active (self->replacement_switch, day->replacement_done);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), day->note != NULL ? day->note : "");

  adw_window_title_set_title (self->window_title, self->is_new ? _("Register a Day") : _("Change Registration"));
  adw_window_title_set_subtitle (self->window_title, opl_person_get_name (self->person));
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));
  gtk_widget_set_visible (self->remove_button, !self->is_new);
  update_rows (self);
}

static char *
get_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* What the widgets say, as a registration with the edited one's id. */
static OplScholingDay *
read_day (OplScholingEditor *self)
{
  OplScholingDay *day = opl_scholing_day_new (opl_person_get_id (self->person), &self->date, get_kind (self));
  guint alternative = adw_combo_row_get_selected (self->alternative_row);

  g_free (day->id);
  day->id = g_strdup (self->day->id);
  day->changed_at = g_strdup (self->day->changed_at);
  if (day->kind == OPL_SCHOLING_LEERGANG)
    {
      day->leergang = (int) adw_combo_row_get_selected (self->leergang_row) + 1;
      day->leergang_day = (int) adw_combo_row_get_selected (self->leergang_day_row) + 1;
    }
  if (day->kind == OPL_SCHOLING_LEERGANG6_ALTERNATIVE && alternative < opl_institute_get_n_alternatives (self->institute))
    day->alternative = g_strdup (opl_institute_get_alternative_id (self->institute, alternative));
  if (day->kind == OPL_SCHOLING_OTHER)
    day->title = get_text (self->title_row);
  day->half_day = gtk_switch_get_active (self->half_day_switch);
  day->attended = gtk_switch_get_active (self->attended_switch);
  day->replacement_done = gtk_widget_get_visible (GTK_WIDGET (self->replacement_row)) &&
                          gtk_switch_get_active (self->replacement_switch);
  day->note = get_text (self->note_row);
  return day;
}

/* The fields as one string, to tell whether anything was changed. */
static char *
get_state (OplScholingEditor *self)
{
  g_autoptr(OplScholingDay) day = read_day (self);
  g_autofree char *date = g_date_valid (&day->date) ? opl_date_to_iso (&day->date) : g_strdup ("");
  g_autofree char *numbers = g_strdup_printf ("%d\x1f%d\x1f%d\x1f%d\x1f%d\x1f%d", day->kind, day->leergang,
                                              day->leergang_day, day->half_day, day->attended,
                                              day->replacement_done);

  return g_strjoin ("\x1f", date, numbers, day->alternative != NULL ? day->alternative : "",
                    day->title != NULL ? day->title : "", day->note != NULL ? day->note : "", NULL);
}

static void
remember_state (OplScholingEditor *self)
{
  g_free (self->shown_state);
  self->shown_state = get_state (self);
}

static void
show_error (OplScholingEditor *self,
            const GError      *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Takes the registration as stored now (another PC's version), dropping what was typed. */
static void
reload (OplScholingEditor *self)
{
  g_autoptr(GError) error = NULL;
  OplScholingDay *current;

  current = opl_store_get_scholing_day (self->store, self->day->id, &error);
  if (current == NULL)
    {
      show_error (self, error);
      return;
    }

  opl_scholing_day_free (self->day);
  self->day = current;
  show_day (self);
  remember_state (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Reloaded: your changes were dropped")));
}

static void save (OplScholingEditor *self,
                  gboolean           overwrite);

static void
on_changed_elsewhere_cb (gpointer         owner,
                         OplChangedChoice choice)
{
  OplScholingEditor *self = OPL_SCHOLING_EDITOR (owner);

  self->conflict_dialog = NULL;
  if (choice == OPL_CHANGED_RELOAD)
    reload (self);
  else if (choice == OPL_CHANGED_SAVE_MINE)
    save (self, TRUE);
}

/* Saves what the fields say; @overwrite: over a version changed elsewhere. */
static void
save (OplScholingEditor *self,
      gboolean           overwrite)
{
  g_autoptr(OplScholingDay) day = read_day (self);
  g_autoptr(GError) error = NULL;
  const OplScholingRules *rules = opl_institute_get_rules (self->institute);
  gboolean ok;

  ok = overwrite ? opl_store_overwrite_scholing_day (self->store, rules, day, &error)
                 : opl_store_save_scholing_day (self->store, rules, day, &error);
  if (!ok && g_error_matches (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED))
    {
      if (self->conflict_dialog == NULL)
        self->conflict_dialog = opl_dialogs_ask_changed_elsewhere (GTK_WINDOW (self), self, error->message,
                                                                   on_changed_elsewhere_cb);
      return;
    }

  if (!ok)
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, day);
  remember_state (self);
  /* Save Mine and Save answer a dialog transient for this window: close once it has gone. */
  if (overwrite || opl_dialogs_is_answering (GTK_WINDOW (self)))
    opl_dialogs_close_later (GTK_WINDOW (self));
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
unsaved_cb (GtkWindow *window)
{
  return opl_scholing_editor_has_unsaved_changes (OPL_SCHOLING_EDITOR (window));
}

static void
save_cb (GtkWindow *window)
{
  save (OPL_SCHOLING_EDITOR (window), FALSE);
}

static void
opl_scholing_editor_save_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  save (OPL_SCHOLING_EDITOR (widget), FALSE);
}

static void
opl_scholing_editor_remove_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OplScholingEditor *self = OPL_SCHOLING_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->is_new)
    return;

  if (!opl_store_delete_scholing_day (self->store, self->day->id, &error))
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_REMOVED], 0, self->day);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
opl_scholing_editor_dispose (GObject *object)
{
  OplScholingEditor *self = (OplScholingEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_SCHOLING_EDITOR);
  self->conflict_dialog = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->institute);
  g_clear_pointer (&self->day, opl_scholing_day_free);
  g_clear_pointer (&self->shown_state, g_free);

  G_OBJECT_CLASS (opl_scholing_editor_parent_class)->dispose (object);
}

static void
opl_scholing_editor_class_init (OplScholingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_scholing_editor_dispose;

  /**
   * OplScholingEditor::saved:
   * @day: the registration as it was stored
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPL_TYPE_SCHOLING_DAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * OplScholingEditor::removed:
   * @day: the registration that was removed, to put back on undo
   */
  signals[SIGNAL_REMOVED] =
    g_signal_new ("removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPL_TYPE_SCHOLING_DAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-scholing-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, leergang_row);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, leergang_day_row);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, alternative_row);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, half_day_switch);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, attended_switch);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, replacement_row);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, replacement_switch);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, note_row);
  gtk_widget_class_bind_template_child (widget_class, OplScholingEditor, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attendance_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, opl_scholing_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.remove", NULL, opl_scholing_editor_remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_scholing_editor_init (OplScholingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->date, 1);
  opl_dialogs_guard_close (GTK_WINDOW (self),
                           _("What you entered for this day is lost if you close it without saving."),
                           unsaved_cb, save_cb);
}

/**
 * opl_scholing_editor_new:
 * @day: (nullable): the registration to change, or %NULL for a new one
 * @date: the date a new registration starts with
 *
 * Returns: (transfer full): an editor; present it
 */
GtkWidget *
opl_scholing_editor_new (OplStore             *store,
                         OplPerson            *person,
                         OplInstitute         *institute,
                         const OplScholingDay *day,
                         const GDate          *date)
{
  OplScholingEditor *self;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (OPL_IS_INSTITUTE (institute), NULL);
  g_return_val_if_fail (day != NULL || (date != NULL && g_date_valid (date)), NULL);

  self = g_object_new (OPL_TYPE_SCHOLING_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);
  self->institute = g_object_ref (institute);
  self->is_new = day == NULL;
  self->day = day != NULL ? opl_scholing_day_copy (day)
                          : opl_scholing_day_new (opl_person_get_id (person), date, OPL_SCHOLING_PARALLELDAG);

  fill_models (self);
  show_day (self);
  remember_state (self);
  return GTK_WIDGET (self);
}

/**
 * opl_scholing_editor_has_unsaved_changes:
 *
 * Returns: whether the fields differ from what was last shown or saved
 */
gboolean
opl_scholing_editor_has_unsaved_changes (OplScholingEditor *self)
{
  g_autofree char *state = NULL;

  g_return_val_if_fail (OPL_IS_SCHOLING_EDITOR (self), FALSE);

  state = get_state (self);
  return g_strcmp0 (state, self->shown_state) != 0;
}

AdwMessageDialog *
opl_scholing_editor_get_close_dialog (OplScholingEditor *self)
{
  return opl_dialogs_get_close_question (GTK_WINDOW (self));
}

/* For the tests. */

void
opl_scholing_editor_set_date (OplScholingEditor *self,
                              const GDate       *date)
{
  select_date (self, date);
}

void
opl_scholing_editor_set_kind (OplScholingEditor *self,
                              OplScholingKind    kind)
{
  adw_combo_row_set_selected (self->kind_row, kind);
}

void
opl_scholing_editor_set_leergang (OplScholingEditor *self,
                                  int                number,
                                  int                day)
{
  adw_combo_row_set_selected (self->leergang_row, (guint) number - 1);
  adw_combo_row_set_selected (self->leergang_day_row, (guint) day - 1);
}

GtkSwitch *
opl_scholing_editor_get_half_day_switch (OplScholingEditor *self)
{
  return self->half_day_switch;
}

GtkSwitch *
opl_scholing_editor_get_attended_switch (OplScholingEditor *self)
{
  return self->attended_switch;
}

GtkWidget *
opl_scholing_editor_get_replacement_row (OplScholingEditor *self)
{
  return GTK_WIDGET (self->replacement_row);
}

AdwToastOverlay *
opl_scholing_editor_get_toast_overlay (OplScholingEditor *self)
{
  return self->toast_overlay;
}

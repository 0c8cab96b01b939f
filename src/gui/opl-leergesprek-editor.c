/* opl-leergesprek-editor.c: one leergesprek, before (the agenda) and after (notes,
 * agreements, top and tip).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The aios writes the agenda, which the opleider reads; the opleider writes the notes,
 * agreements, top and tip, which the aios reads. Both may move it, change its kind and
 * cancel it. Nothing is stored until Save, Mark as Held or Cancel: a failure shows a
 * toast and leaves what the person typed where it is.
 *
 * Closing with unsaved changes asks whether to save them. The practice may be open on
 * another PC: when the leergesprek changes there while it is open here, the editor
 * takes the new version if nothing was typed yet, and otherwise offers to reload it; a
 * save over a version changed elsewhere is refused by the store and the person chooses
 * to reload or to save theirs (their own fields only) over it.
 */

#define G_LOG_DOMAIN "opl-leergesprek-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-leergesprek-editor-private.h"
#include "opl-date.h"
#include "opl-dialogs.h"
#include "opl-format.h"
#include "opl-rows.h"

struct _OplLeergesprekEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *status_group;
  AdwActionRow        *status_row;
  GtkImage            *status_icon;
  GtkWidget           *held_button;
  GtkWidget           *cancel_button;
  GtkWidget           *replan_button;
  AdwPreferencesGroup *agenda_group;
  GtkTextView         *agenda_view;
  AdwActionRow        *date_row;
  GtkMenuButton       *date_button;
  GtkCalendar         *calendar;
  GtkSpinButton       *hour_spin;
  GtkSpinButton       *minute_spin;
  GtkSpinButton       *duration_spin;
  AdwComboRow         *kind_row;
  AdwComboRow         *opleider_row;
  AdwPreferencesGroup *notes_group;
  GtkTextView         *notes_view;
  GtkTextView         *agreements_view;
  AdwEntryRow         *top_row;
  AdwEntryRow         *tip_row;

  /* Owned references */
  OplStore            *store;
  OplPerson           *person;
  OplTraject          *traject;
  OplLeergesprek      *leergesprek;
  char                *last_message;
  char                *saved_state;   /* the form as it was filled or last saved */
  GDate                date;          /* the day chosen in the calendar */

  /* A save the store refused because the leergesprek changed elsewhere, to do again
   * when the person chooses to save theirs over it. */
  OplLeergesprekStatus pending_status;
  char                *pending_reason;
  char                *pending_message;
  gboolean             close_after_save;

  /* Borrowed references */
  AdwMessageDialog    *cancel_dialog;
  GtkWidget           *reason_entry;
  AdwMessageDialog    *close_dialog;
  AdwMessageDialog    *conflict_dialog;
};

G_DEFINE_FINAL_TYPE (OplLeergesprekEditor, opl_leergesprek_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  PROP_TRAJECT,
  PROP_LEERGESPREK,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SAVED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
show_toast (OplLeergesprekEditor *self,
            const char           *title)
{
  opl_dialogs_add_toast (self->toast_overlay, title, 5, &self->last_message);
}

static char *
get_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* A text the person may only read looks like text, not like a field, and is no Tab
 * stop (issue 19: the opleider's read-only agenda looked editable and took focus). */
static void
set_view_editable (GtkTextView *view,
                   gboolean     editable)
{
  gtk_text_view_set_editable (view, editable);
  gtk_text_view_set_cursor_visible (view, editable);
  gtk_widget_set_focusable (GTK_WIDGET (view), editable);
  if (editable)
    gtk_widget_remove_css_class (GTK_WIDGET (view), "opl-read-only");
  else
    gtk_widget_add_css_class (GTK_WIDGET (view), "opl-read-only");
}

static gboolean
is_opleider (OplLeergesprekEditor *self)
{
  return opl_person_is_opleider (self->person);
}

static void
update_date_button (OplLeergesprekEditor *self)
{
  g_autofree char *label = opl_format_day (&self->date, FALSE);
  g_autofree char *accessible = NULL;

  gtk_menu_button_set_label (self->date_button, label);

  /* Translators: how a screen reader names the date button; %s is the day */
  accessible = g_strdup_printf (_("Date: %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/* A leergesprek in the future cannot be held yet: the button says so (issue 19). */
static void
update_held_button (OplLeergesprekEditor *self)
{
  GDate today;
  gboolean future;

  opl_date_set_today (&today);
  future = g_date_compare (opl_leergesprek_get_date (self->leergesprek), &today) > 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.mark-held", !future);
  gtk_widget_set_tooltip_text (self->held_button,
                               future ? _("A leergesprek can be marked as held on its day or later, not before")
                                      : NULL);
}

static void
update_status (OplLeergesprekEditor *self)
{
  OplLeergesprekStatus status = opl_leergesprek_get_status (self->leergesprek);
  const char *reason = opl_leergesprek_get_text (self->leergesprek, OPL_LEERGESPREK_CANCEL_REASON);
  g_autofree char *day = opl_format_day (opl_leergesprek_get_date (self->leergesprek), FALSE);
  g_autofree char *time = opl_format_time_range (opl_leergesprek_get_start_minute (self->leergesprek),
                                                 opl_leergesprek_get_duration (self->leergesprek));
  g_autofree char *when = g_strdup_printf ("%s · %s", day, time);

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "accent");

  switch (status)
    {
    case OPL_LEERGESPREK_HELD:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Held"));
      adw_action_row_set_subtitle (self->status_row, when);
      gtk_image_set_from_icon_name (self->status_icon, "emblem-ok-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "success");
      break;
    case OPL_LEERGESPREK_CANCELLED:
      {
        /* Translators: why a leergesprek was cancelled; %s is the reason */
        g_autofree char *subtitle = g_strdup_printf (_("%s\nReason: %s"), when, reason != NULL ? reason : "");

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Cancelled"));
        adw_action_row_set_subtitle (self->status_row, subtitle);
        gtk_image_set_from_icon_name (self->status_icon, "action-unavailable-symbolic");
        gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "error");
      }
      break;
    case OPL_LEERGESPREK_PLANNED:
    default:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Planned"));
      adw_action_row_set_subtitle (self->status_row, when);
      gtk_image_set_from_icon_name (self->status_icon, "x-office-calendar-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "accent");
      break;
    }

  gtk_widget_set_visible (self->held_button, is_opleider (self) && status == OPL_LEERGESPREK_PLANNED);
  update_held_button (self);
  gtk_widget_set_visible (self->cancel_button, status == OPL_LEERGESPREK_PLANNED);
  gtk_widget_set_visible (self->replan_button, status != OPL_LEERGESPREK_PLANNED);
}

static void
update_title (OplLeergesprekEditor *self)
{
  g_autofree char *day = opl_format_day (opl_leergesprek_get_date (self->leergesprek), TRUE);
  /* Translators: the editor's subtitle: the aios's name and the day: “Charlotte Bakker · Tue 24 Nov” */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), opl_traject_get_aios_name (self->traject), day);

  adw_window_title_set_title (self->window_title,
                              opl_leergesprek_kind_get_label (opl_leergesprek_get_kind (self->leergesprek),
                                                              opl_traject_get_phase (self->traject)));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));
}

static void
fill_kinds (OplLeergesprekEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (guint i = 0; i < OPL_N_LEERGESPREK_KINDS; i++)
    gtk_string_list_append (kinds, opl_leergesprek_kind_get_label (i, opl_traject_get_phase (self->traject)));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, opl_leergesprek_get_kind (self->leergesprek));
}

/* The first choice is “not decided”; then the traject's opleiders in order. */
static void
fill_opleiders (OplLeergesprekEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *holder = opl_leergesprek_get_opleider_id (self->leergesprek);
  guint n = opl_traject_get_n_opleiders (self->traject);
  guint selected = 0;

  gtk_string_list_append (names, C_("held by", "Not decided"));
  for (guint i = 0; i < n; i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (self->traject, i);

      gtk_string_list_append (names, opleider->name);
      if (g_strcmp0 (opleider->person_id, holder) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->opleider_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->opleider_row, selected);
  /* With one opleider there is nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->opleider_row), n > 1);
}

/* What the form holds now, to tell whether the person changed anything. */
static char *
get_form_state (OplLeergesprekEditor *self)
{
  g_autofree char *agenda = get_buffer_text (self->agenda_view);
  g_autofree char *notes = get_buffer_text (self->notes_view);
  g_autofree char *agreements = get_buffer_text (self->agreements_view);
  g_autofree char *day = g_date_valid (&self->date) ? opl_date_to_iso (&self->date) : g_strdup ("");

  return g_strdup_printf ("%s\x1f%d\x1f%d\x1f%d\x1f%u\x1f%u\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s",
                          day,
                          gtk_spin_button_get_value_as_int (self->hour_spin),
                          gtk_spin_button_get_value_as_int (self->minute_spin),
                          gtk_spin_button_get_value_as_int (self->duration_spin),
                          adw_combo_row_get_selected (self->kind_row),
                          adw_combo_row_get_selected (self->opleider_row),
                          agenda, notes, agreements,
                          gtk_editable_get_text (GTK_EDITABLE (self->top_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->tip_row)));
}

static void
remember_form (OplLeergesprekEditor *self)
{
  g_free (self->saved_state);
  self->saved_state = get_form_state (self);
}

static void
fill (OplLeergesprekEditor *self)
{
  int start = opl_leergesprek_get_start_minute (self->leergesprek);
  gboolean opleider = is_opleider (self);
  g_autoptr(GDateTime) date_time = NULL;

  self->date = *opl_leergesprek_get_date (self->leergesprek);
  date_time = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                     g_date_get_day (&self->date), 0, 0, 0);
  gtk_calendar_select_day (self->calendar, date_time);
  update_date_button (self);

  gtk_spin_button_set_value (self->hour_spin, start / 60);
  gtk_spin_button_set_value (self->minute_spin, start % 60);
  gtk_spin_button_set_value (self->duration_spin, opl_leergesprek_get_duration (self->leergesprek));
  fill_kinds (self);
  fill_opleiders (self);

  set_buffer_text (self->agenda_view, opl_leergesprek_get_text (self->leergesprek, OPL_LEERGESPREK_AGENDA));
  set_buffer_text (self->notes_view, opl_leergesprek_get_text (self->leergesprek, OPL_LEERGESPREK_NOTES));
  set_buffer_text (self->agreements_view,
                   opl_leergesprek_get_text (self->leergesprek, OPL_LEERGESPREK_AGREEMENTS));
  gtk_editable_set_text (GTK_EDITABLE (self->top_row),
                         opl_leergesprek_get_text (self->leergesprek, OPL_LEERGESPREK_TOP) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->tip_row),
                         opl_leergesprek_get_text (self->leergesprek, OPL_LEERGESPREK_TIP) ?: "");

  /* The aios writes the agenda; the opleider writes down what came of it. */
  set_view_editable (self->agenda_view, !opleider);
  set_view_editable (self->notes_view, opleider);
  set_view_editable (self->agreements_view, opleider);
  gtk_editable_set_editable (GTK_EDITABLE (self->top_row), opleider);
  gtk_editable_set_editable (GTK_EDITABLE (self->tip_row), opleider);
  gtk_widget_set_sensitive (GTK_WIDGET (self->opleider_row), opleider);

  if (opleider)
    adw_preferences_group_set_description (self->agenda_group,
                                           _("Written by the aios beforehand: questions, cases and learning goals."));
  else
    adw_preferences_group_set_description (self->agenda_group,
                                           _("Your questions, cases and learning goals, for your opleider to read beforehand."));

  if (!opleider)
    adw_preferences_group_set_description (self->notes_group, _("Written by your opleider."));

  update_title (self);
  update_status (self);
  remember_form (self);
}

/* Copies what the person may change from the widgets into the leergesprek. */
static void
apply (OplLeergesprekEditor *self)
{
  int start = gtk_spin_button_get_value_as_int (self->hour_spin) * 60 +
              gtk_spin_button_get_value_as_int (self->minute_spin);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint holder = adw_combo_row_get_selected (self->opleider_row);

  opl_leergesprek_move (self->leergesprek, &self->date, start,
                        gtk_spin_button_get_value_as_int (self->duration_spin));
  if (kind < OPL_N_LEERGESPREK_KINDS)
    opl_leergesprek_set_kind (self->leergesprek, kind);

  if (is_opleider (self))
    {
      g_autofree char *notes = get_buffer_text (self->notes_view);
      g_autofree char *agreements = get_buffer_text (self->agreements_view);

      opl_leergesprek_set_text (self->leergesprek, OPL_LEERGESPREK_NOTES, notes);
      opl_leergesprek_set_text (self->leergesprek, OPL_LEERGESPREK_AGREEMENTS, agreements);
      opl_leergesprek_set_text (self->leergesprek, OPL_LEERGESPREK_TOP,
                                gtk_editable_get_text (GTK_EDITABLE (self->top_row)));
      opl_leergesprek_set_text (self->leergesprek, OPL_LEERGESPREK_TIP,
                                gtk_editable_get_text (GTK_EDITABLE (self->tip_row)));
      if (holder == 0)
        opl_leergesprek_set_opleider_id (self->leergesprek, NULL);
      else if (holder <= opl_traject_get_n_opleiders (self->traject))
        opl_leergesprek_set_opleider_id (self->leergesprek,
                                         opl_traject_get_opleider (self->traject, holder - 1)->person_id);
    }
  else
    {
      g_autofree char *agenda = get_buffer_text (self->agenda_view);

      opl_leergesprek_set_text (self->leergesprek, OPL_LEERGESPREK_AGENDA, agenda);
    }
}

static void
set_pending (OplLeergesprekEditor *self,
             OplLeergesprekStatus  status,
             const char           *reason,
             const char           *done_message)
{
  char *reason_copy = g_strdup (reason);
  char *message_copy = g_strdup (done_message);

  self->pending_status = status;
  g_free (self->pending_reason);
  self->pending_reason = reason_copy;
  g_free (self->pending_message);
  self->pending_message = message_copy;
}

static void show_conflict_dialog (OplLeergesprekEditor *self,
                                  const char           *message);

/* Saves with @status (and @reason, for a cancelled one). On failure the leergesprek's
 * status is put back, the widgets keep the person's text, and a toast says why. */
static gboolean
save_as (OplLeergesprekEditor *self,
         OplLeergesprekStatus  status,
         const char           *reason,
         const char           *done_message)
{
  OplLeergesprekStatus before = opl_leergesprek_get_status (self->leergesprek);
  g_autofree char *before_reason =
    g_strdup (opl_leergesprek_get_text (self->leergesprek, OPL_LEERGESPREK_CANCEL_REASON));
  /* @reason may be the leergesprek's own text, which is set anew below. */
  g_autofree char *reason_copy = g_strdup (reason);
  g_autoptr(GError) error = NULL;

  reason = reason_copy;

  apply (self);
  opl_leergesprek_set_status (self->leergesprek, status);
  if (status == OPL_LEERGESPREK_CANCELLED)
    opl_leergesprek_set_text (self->leergesprek, OPL_LEERGESPREK_CANCEL_REASON, reason);
  else
    opl_leergesprek_set_text (self->leergesprek, OPL_LEERGESPREK_CANCEL_REASON, NULL);

  if (!opl_store_save_leergesprek (self->store, self->leergesprek, &error))
    {
      opl_leergesprek_set_status (self->leergesprek, before);
      opl_leergesprek_set_text (self->leergesprek, OPL_LEERGESPREK_CANCEL_REASON, before_reason);
      update_status (self);
      g_debug ("Saving a leergesprek failed: %s", error->message);

      if (g_error_matches (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED))
        {
          /* Not silently over someone else's version: the person chooses. */
          set_pending (self, status, reason, done_message);
          show_conflict_dialog (self, error->message);
        }
      else if (error->domain == OPL_PLANNER_ERROR)
        {
          /* A time under an hour or past midnight, a cancellation without a reason:
           * the core says what is wrong. */
          show_toast (self, error->message);
        }
      else
        {
          g_autoptr(OplLeergesprek) current =
            opl_store_get_leergesprek (self->store, opl_leergesprek_get_id (self->leergesprek), NULL);

          show_toast (self, current == NULL ? _("Not saved: this leergesprek no longer exists")
                                            : _("Not saved: the practice could not be changed"));
        }
      return FALSE;
    }

  remember_form (self);
  update_title (self);
  update_status (self);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, done_message);
  return TRUE;
}

static void
on_calendar_day_selected_cb (OplLeergesprekEditor *self)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (self->calendar);

  g_date_set_dmy (&self->date, g_date_time_get_day_of_month (date_time),
                  g_date_time_get_month (date_time), g_date_time_get_year (date_time));
  update_date_button (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
on_cancel_dialog_response_cb (OplLeergesprekEditor *self,
                              const char           *response)
{
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "cancel-leergesprek") == 0)
    {
      reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));
      self->close_after_save = FALSE;
      save_as (self, OPL_LEERGESPREK_CANCELLED, reason, _("Leergesprek cancelled"));
    }

  self->cancel_dialog = NULL;
  self->reason_entry = NULL;
}

static gboolean
destroy_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* Closes the editor from a dialog's response: once the dialog, transient for it, has
 * gone. */
static void
destroy_later (OplLeergesprekEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_cb, g_object_ref (self), g_object_unref);
}

/* Takes the leergesprek as it is stored now, dropping what was typed. */
static gboolean
reload (OplLeergesprekEditor *self)
{
  g_autoptr(OplLeergesprek) current = NULL;
  g_autoptr(GError) error = NULL;

  current = opl_store_get_leergesprek (self->store, opl_leergesprek_get_id (self->leergesprek), &error);
  if (current == NULL)
    {
      if (error != NULL)
        g_debug ("Reading the leergesprek failed: %s", error->message);
      show_toast (self, _("This leergesprek no longer exists"));
      return FALSE;
    }

  g_set_object (&self->leergesprek, current);
  fill (self);
  return TRUE;
}

static void
on_changed_elsewhere_cb (gpointer         owner,
                         OplChangedChoice choice)
{
  OplLeergesprekEditor *self = OPL_LEERGESPREK_EDITOR (owner);

  self->conflict_dialog = NULL;

  if (choice == OPL_CHANGED_RELOAD)
    {
      self->close_after_save = FALSE;
      if (reload (self))
        show_toast (self, _("Reloaded: your changes were dropped"));
    }
  else if (choice == OPL_CHANGED_SAVE_MINE)
    {
      g_autoptr(OplLeergesprek) current =
        opl_store_get_leergesprek (self->store, opl_leergesprek_get_id (self->leergesprek), NULL);
      g_autofree char *reason = g_steal_pointer (&self->pending_reason);
      g_autofree char *message = g_steal_pointer (&self->pending_message);

      if (current == NULL)
        {
          show_toast (self, _("Not saved: this leergesprek no longer exists"));
          return;
        }

      /* The other version, with what this person may write put over it: the other
       * side's own texts (the aios's agenda, the opleider's notes) stay. */
      g_set_object (&self->leergesprek, current);
      if (save_as (self, self->pending_status, reason, message) && self->close_after_save)
        destroy_later (self);
    }
  else
    {
      self->close_after_save = FALSE;
    }
}

static void
show_conflict_dialog (OplLeergesprekEditor *self,
                      const char           *message)
{
  self->conflict_dialog = opl_dialogs_ask_changed_elsewhere (GTK_WINDOW (self), self, message,
                                                             on_changed_elsewhere_cb);
}

static void
on_close_answer_cb (gpointer       owner,
                    OplCloseChoice choice)
{
  OplLeergesprekEditor *self = OPL_LEERGESPREK_EDITOR (owner);

  self->close_dialog = NULL;
  if (choice == OPL_CLOSE_KEEP_EDITING)
    return;

  if (choice == OPL_CLOSE_DISCARD)
    {
      destroy_later (self);
      return;
    }

  /* A save refused because of a change elsewhere asks first, then closes. */
  self->close_after_save = TRUE;
  if (opl_leergesprek_editor_save (self))
    destroy_later (self);
}

static gboolean
on_close_request_cb (OplLeergesprekEditor *self)
{
  if (!opl_leergesprek_editor_has_unsaved_changes (self))
    return GDK_EVENT_PROPAGATE;

  if (self->close_dialog == NULL)
    self->close_dialog =
      opl_dialogs_ask_save_changes (GTK_WINDOW (self), self,
                                    _("What you changed in this leergesprek is lost if you close it without saving."),
                                    on_close_answer_cb);
  return GDK_EVENT_STOP;
}

/* Another process (or window) changed the practice: if it changed this leergesprek,
 * take the new version when nothing was typed, and offer it otherwise. */
static void
on_store_changed_cb (OplLeergesprekEditor *self)
{
  g_autoptr(OplLeergesprek) current = NULL;
  AdwToast *toast;

  current = opl_store_get_leergesprek (self->store, opl_leergesprek_get_id (self->leergesprek), NULL);
  if (current == NULL ||
      g_strcmp0 (opl_leergesprek_get_changed_at (current),
                 opl_leergesprek_get_changed_at (self->leergesprek)) == 0)
    return;

  if (!opl_leergesprek_editor_has_unsaved_changes (self))
    {
      g_set_object (&self->leergesprek, current);
      fill (self);
      show_toast (self, _("Updated with a change made elsewhere"));
      return;
    }

  toast = adw_toast_new (_("Changed elsewhere while you were editing"));
  adw_toast_set_button_label (toast, _("_Reload"));
  adw_toast_set_action_name (toast, "editor.reload");
  adw_toast_set_timeout (toast, 0);
  g_free (self->last_message);
  self->last_message = g_strdup (adw_toast_get_title (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
opl_leergesprek_editor_reload_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  reload (OPL_LEERGESPREK_EDITOR (widget));
}

static void
opl_leergesprek_editor_save_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  OplLeergesprekEditor *self = OPL_LEERGESPREK_EDITOR (widget);

  self->close_after_save = TRUE;
  if (opl_leergesprek_editor_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
opl_leergesprek_editor_mark_held_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  OplLeergesprekEditor *self = OPL_LEERGESPREK_EDITOR (widget);

  self->close_after_save = FALSE;
  save_as (self, OPL_LEERGESPREK_HELD, NULL, _("Leergesprek marked as held"));
}

static void
opl_leergesprek_editor_plan_again_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  OplLeergesprekEditor *self = OPL_LEERGESPREK_EDITOR (widget);

  self->close_after_save = FALSE;
  save_as (self, OPL_LEERGESPREK_PLANNED, NULL, _("Leergesprek planned again"));
}

static void
opl_leergesprek_editor_cancel_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  OplLeergesprekEditor *self = OPL_LEERGESPREK_EDITOR (widget);
  GtkWidget *dialog, *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cancel This Leergesprek?"),
                                   _("Say why, so that both of you can find it later. "
                                     "The week stays without a leergesprek."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep"),
                                    "cancel-leergesprek", _("C_ancel Leergesprek"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-leergesprek",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  self->cancel_dialog = ADW_MESSAGE_DIALOG (dialog);
  self->reason_entry = entry;
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
opl_leergesprek_editor_constructed (GObject *object)
{
  OplLeergesprekEditor *self = (OplLeergesprekEditor *)object;

  G_OBJECT_CLASS (opl_leergesprek_editor_parent_class)->constructed (object);

  g_assert (OPL_IS_STORE (self->store));
  g_assert (OPL_IS_PERSON (self->person));
  g_assert (OPL_IS_TRAJECT (self->traject));
  g_assert (OPL_IS_LEERGESPREK (self->leergesprek));

  fill (self);

  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);

  /* An aios opens it to write the agenda. */
  if (!is_opleider (self) && opl_leergesprek_get_status (self->leergesprek) == OPL_LEERGESPREK_PLANNED)
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->agenda_view));
}

static void
opl_leergesprek_editor_dispose (GObject *object)
{
  OplLeergesprekEditor *self = (OplLeergesprekEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_LEERGESPREK_EDITOR);
  self->cancel_dialog = NULL;
  self->reason_entry = NULL;
  self->close_dialog = NULL;
  self->conflict_dialog = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->traject);
  g_clear_object (&self->leergesprek);

  G_OBJECT_CLASS (opl_leergesprek_editor_parent_class)->dispose (object);
}

static void
opl_leergesprek_editor_finalize (GObject *object)
{
  OplLeergesprekEditor *self = (OplLeergesprekEditor *)object;

  g_clear_pointer (&self->last_message, g_free);
  g_clear_pointer (&self->saved_state, g_free);
  g_clear_pointer (&self->pending_reason, g_free);
  g_clear_pointer (&self->pending_message, g_free);

  G_OBJECT_CLASS (opl_leergesprek_editor_parent_class)->finalize (object);
}

static void
opl_leergesprek_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OplLeergesprekEditor *self = OPL_LEERGESPREK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    case PROP_TRAJECT:
      g_value_set_object (value, self->traject);
      break;
    case PROP_LEERGESPREK:
      g_value_set_object (value, self->leergesprek);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_leergesprek_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OplLeergesprekEditor *self = OPL_LEERGESPREK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    case PROP_TRAJECT:
      self->traject = g_value_dup_object (value);
      break;
    case PROP_LEERGESPREK:
      self->leergesprek = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_leergesprek_editor_class_init (OplLeergesprekEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_leergesprek_editor_constructed;
  object_class->dispose = opl_leergesprek_editor_dispose;
  object_class->finalize = opl_leergesprek_editor_finalize;
  object_class->get_property = opl_leergesprek_editor_get_property;
  object_class->set_property = opl_leergesprek_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OPL_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TRAJECT] =
    g_param_spec_object ("traject", NULL, NULL,
                         OPL_TYPE_TRAJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The editor's own copy: it is changed in place as the person saves. */
  properties[PROP_LEERGESPREK] =
    g_param_spec_object ("leergesprek", NULL, NULL,
                         OPL_TYPE_LEERGESPREK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OplLeergesprekEditor::saved:
   * @message: what was done, for a toast
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-leergesprek-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, status_group);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, status_icon);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, held_button);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, replan_button);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, opleider_row);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, notes_group);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, agreements_view);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, top_row);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekEditor, tip_row);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_minute_spin_output_cb",
                                                G_CALLBACK (opl_rows_show_minutes));

  gtk_widget_class_install_action (widget_class, "editor.save", NULL,
                                   opl_leergesprek_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.mark-held", NULL,
                                   opl_leergesprek_editor_mark_held_action);
  gtk_widget_class_install_action (widget_class, "editor.plan-again", NULL,
                                   opl_leergesprek_editor_plan_again_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel-leergesprek", NULL,
                                   opl_leergesprek_editor_cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.reload", NULL,
                                   opl_leergesprek_editor_reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_leergesprek_editor_init (OplLeergesprekEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_leergesprek_editor_new (OplStore       *store,
                            OplPerson      *person,
                            OplTraject     *traject,
                            OplLeergesprek *leergesprek)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);
  g_return_val_if_fail (OPL_IS_LEERGESPREK (leergesprek), NULL);

  return g_object_new (OPL_TYPE_LEERGESPREK_EDITOR,
                       "store", store,
                       "person", person,
                       "traject", traject,
                       "leergesprek", leergesprek,
                       NULL);
}

OplLeergesprek *
opl_leergesprek_editor_get_leergesprek (OplLeergesprekEditor *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK_EDITOR (self), NULL);

  return self->leergesprek;
}

/**
 * opl_leergesprek_editor_save:
 *
 * Stores what the person changed, keeping the status.
 *
 * Returns: whether it was stored; if not, a toast says why and the text stays
 */
gboolean
opl_leergesprek_editor_save (OplLeergesprekEditor *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK_EDITOR (self), FALSE);

  return save_as (self, opl_leergesprek_get_status (self->leergesprek),
                  opl_leergesprek_get_text (self->leergesprek, OPL_LEERGESPREK_CANCEL_REASON),
                  _("Leergesprek saved"));
}

/**
 * opl_leergesprek_editor_has_unsaved_changes:
 *
 * Returns: whether the form differs from what was last filled in or saved
 */
gboolean
opl_leergesprek_editor_has_unsaved_changes (OplLeergesprekEditor *self)
{
  g_autofree char *state = NULL;

  g_return_val_if_fail (OPL_IS_LEERGESPREK_EDITOR (self), FALSE);

  state = get_form_state (self);
  return g_strcmp0 (state, self->saved_state) != 0;
}

GtkTextView *
opl_leergesprek_editor_get_text_view (OplLeergesprekEditor *self,
                                      OplLeergesprekText    which)
{
  switch (which)
    {
    case OPL_LEERGESPREK_AGENDA:
      return self->agenda_view;
    case OPL_LEERGESPREK_NOTES:
      return self->notes_view;
    case OPL_LEERGESPREK_AGREEMENTS:
      return self->agreements_view;
    case OPL_LEERGESPREK_TOP:
    case OPL_LEERGESPREK_TIP:
    case OPL_LEERGESPREK_CANCEL_REASON:
    default:
      g_return_val_if_reached (NULL);
    }
}

AdwEntryRow *
opl_leergesprek_editor_get_entry_row (OplLeergesprekEditor *self,
                                      OplLeergesprekText    which)
{
  g_return_val_if_fail (which == OPL_LEERGESPREK_TOP || which == OPL_LEERGESPREK_TIP, NULL);

  return which == OPL_LEERGESPREK_TOP ? self->top_row : self->tip_row;
}

GtkWidget *
opl_leergesprek_editor_get_held_button (OplLeergesprekEditor *self)
{
  return self->held_button;
}

GtkWidget *
opl_leergesprek_editor_get_cancel_button (OplLeergesprekEditor *self)
{
  return self->cancel_button;
}

AdwMessageDialog *
opl_leergesprek_editor_get_cancel_dialog (OplLeergesprekEditor *self)
{
  return self->cancel_dialog;
}

GtkEditable *
opl_leergesprek_editor_get_reason_entry (OplLeergesprekEditor *self)
{
  return self->reason_entry != NULL ? GTK_EDITABLE (self->reason_entry) : NULL;
}

const char *
opl_leergesprek_editor_get_last_message (OplLeergesprekEditor *self)
{
  return self->last_message;
}

AdwMessageDialog *
opl_leergesprek_editor_get_close_dialog (OplLeergesprekEditor *self)
{
  return self->close_dialog;
}

AdwMessageDialog *
opl_leergesprek_editor_get_conflict_dialog (OplLeergesprekEditor *self)
{
  return self->conflict_dialog;
}

/* "hour", "minute" or "duration" */
GtkSpinButton *
opl_leergesprek_editor_get_spin (OplLeergesprekEditor *self,
                                 const char           *which)
{
  if (g_strcmp0 (which, "hour") == 0)
    return self->hour_spin;
  if (g_strcmp0 (which, "minute") == 0)
    return self->minute_spin;
  if (g_strcmp0 (which, "duration") == 0)
    return self->duration_spin;
  g_return_val_if_reached (NULL);
}

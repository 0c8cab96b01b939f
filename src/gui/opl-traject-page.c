/* opl-traject-page.c: an aios's training year as a timeline of due moments.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An aios sees their own traject; an opleider chooses one of their aios. Moments,
 * leave and today are one list in date order. A moment is marked done (today) or
 * not done from its row, with an undo toast.
 *
 * An ended traject is shown read-only (issue 19), from the dashboard's or the Praktijk
 * view's earlier trajecten: a row says when and why it ended and leads back; the
 * moments have no “Mark as Done” and open their forms only to read; the traject's
 * forms, leergesprekken, KPB/KVB and diensten are listed below, as the viewer may see
 * them (opl_store_may_see_form()).
 */

#define G_LOG_DOMAIN "opl-traject-page"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-traject-page-private.h"
#include "opl-traject-row.h"
#include "opl-compat.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-form-editor.h"
#include "opl-form-launcher.h"
#include "opl-logbook.h"
#include "opl-rows.h"
#include "opl-store-forms.h"
#include "opl-window.h"

struct _OplTrajectPage
{
  OplPage              parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *history_group;
  AdwActionRow        *history_row;
  AdwPreferencesGroup *selector_group;
  OplTrajectRow       *aios_row;
  AdwPreferencesGroup *timeline_group;
  GtkListBox          *timeline_list;
  AdwPreferencesGroup *records_group;
  GtkListBox          *records_list;

  /* Owned references */
  OplTraject          *history;   /* an ended traject shown read-only, or NULL */

  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (OplTrajectPage, opl_traject_page, OPL_TYPE_PAGE)

/* The traject shown: an earlier one read-only, or the one chosen in the row. */
static OplTraject *
get_shown_traject (OplTrajectPage *self)
{
  return self->history != NULL ? self->history : opl_traject_row_get_traject (self->aios_row);
}

typedef enum
{
  ENTRY_LEAVE,
  ENTRY_TODAY,
  ENTRY_MOMENT,
} EntryType;

/* One line of the timeline; leave sorts before a moment on the same day. */
typedef struct
{
  GDate      date;
  EntryType  type;
  guint      index;
} Entry;

/* What the undo toast needs to put a moment back as it was. */
typedef struct
{
  OplStore      *store;
  GWeakRef       window;
  char          *traject_id;
  OplMomentKind  kind;
  int            month;
  GDate          done_on;   /* cleared: not done */
} MomentUndo;

static void
moment_undo_free (gpointer data)
{
  MomentUndo *undo = data;

  g_clear_object (&undo->store);
  g_weak_ref_clear (&undo->window);
  g_free (undo->traject_id);
  g_free (undo);
}

static void
moment_undo (gpointer data)
{
  MomentUndo *undo = data;
  g_autoptr(GError) error = NULL;

  if (!opl_store_set_moment_done (undo->store, undo->traject_id, undo->kind, undo->month,
                                  g_date_valid (&undo->done_on) ? &undo->done_on : NULL, &error))
    {
      g_autoptr(GtkWidget) window = g_weak_ref_get (&undo->window);

      g_debug ("Undoing a moment failed: %s", error->message);
      if (window != NULL)
        opl_window_show_toast_for (window, _("Could not undo: the practice could not be saved"));
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;
  int cmp = g_date_compare (&ea->date, &eb->date);

  return cmp != 0 ? cmp : (int) ea->type - (int) eb->type;
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *icon_name,
         const char *icon_class,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = opl_rows_append (list, NULL, NULL, title, subtitle);
  GtkWidget *icon = opl_rows_new_icon (icon_name, icon_class);

  /* The state is in the subtitle's words as well. */
  gtk_widget_add_css_class (icon, "opl-timeline-icon");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static char *
moment_key (OplMomentKind kind,
            int           month)
{
  return g_strdup_printf ("%s:%d", opl_moment_kind_to_string (kind), month);
}

static void
add_moment_row (OplTrajectPage  *self,
                OplTraject      *traject,
                const OplMoment *moment)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autofree char *when = opl_format_moment (moment);
  g_autofree char *state = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *button_label = NULL;
  const char *kind = opl_moment_kind_get_label (moment->kind);
  const char *icon_name, *icon_class;
  gboolean done = moment->state == OPL_MOMENT_STATE_DONE;
  gboolean read_only = self->history != NULL;
  GtkWidget *row, *button, *form_widget;

  switch (read_only && !done ? OPL_MOMENT_STATE_UPCOMING : moment->state)
    {
    case OPL_MOMENT_STATE_DONE:
      {
        g_autoptr(GError) error = NULL;
        GDate done_on;

        icon_name = "emblem-ok-symbolic";
        icon_class = "success";
        if (opl_store_get_moment_done_on (store, opl_traject_get_id (traject),
                                          moment->kind, moment->month, &done_on, &error) &&
            g_date_valid (&done_on))
          {
            g_autofree char *date = opl_format_date (&done_on);

            /* Translators: %s is a date */
            state = g_strdup_printf (_("Done on %s"), date);
          }
        else
          {
            state = g_strdup (_("Done"));
          }
      }
      break;
    case OPL_MOMENT_STATE_OVERDUE:
      icon_name = "dialog-warning-symbolic";
      icon_class = "error";
      state = g_strdup (_("Overdue"));
      break;
    case OPL_MOMENT_STATE_DUE:
      icon_name = "alarm-symbolic";
      icon_class = "warning";
      state = g_strdup (_("Due soon"));
      break;
    case OPL_MOMENT_STATE_UPCOMING:
    default:
      icon_name = "content-loading-symbolic";
      icon_class = "dim-label";
      /* An ended traject has nothing to come: what was not done stays so. */
      state = g_strdup (read_only ? _("Not done") : _("Upcoming"));
      break;
    }

  subtitle = g_strdup_printf ("%s\n%s", state, when);
  row = add_row (self->timeline_list, icon_name, icon_class, kind, subtitle);
  g_object_set_data_full (G_OBJECT (row), "opl-key", moment_key (moment->kind, moment->month), g_free);

  if (read_only)
    gtk_widget_add_css_class (row, done ? "opl-done" : "opl-upcoming");
  else if (moment->state == OPL_MOMENT_STATE_OVERDUE)
    gtk_widget_add_css_class (row, "opl-overdue");
  else if (moment->state == OPL_MOMENT_STATE_UPCOMING)
    gtk_widget_add_css_class (row, "opl-upcoming");
  else if (done)
    gtk_widget_add_css_class (row, "opl-done");

  /* The moment's form: “Fill In” or “Open” (issue 5); on an ended traject only a form
   * there is to read, or “Pending” for another's private one. */
  if (read_only)
    {
      OplFormKind form_kind;
      OplMomentFormState form_state = OPL_MOMENT_FORM_NONE;

      if (opl_form_kind_for_moment (moment->kind, &form_kind))
        form_state = opl_form_launcher_get_state (store, opl_page_get_person (OPL_PAGE (self)), traject,
                                                  form_kind, moment->month, NULL);
      form_widget = form_state == OPL_MOMENT_FORM_TO_READ || form_state == OPL_MOMENT_FORM_PENDING
                      ? opl_form_launcher_create_button (store, opl_page_get_person (OPL_PAGE (self)), traject,
                                                         moment, NULL)
                      : NULL;
    }
  else
    {
      form_widget = opl_form_launcher_create_moment_widget (store, opl_page_get_person (OPL_PAGE (self)),
                                                            traject, moment);
    }
  if (form_widget != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), form_widget);
      g_object_set_data (G_OBJECT (row), "opl-form-button", form_widget);
    }

  if (read_only)
    return;

  /* An icon, so that a long Dutch title keeps its width on a phone; the tooltip and
   * the accessible name say what it does. */
  button = gtk_button_new_from_icon_name (done ? "edit-undo-symbolic" : "object-select-symbolic");
  gtk_widget_set_tooltip_text (button, done ? _("Mark as Not Done") : _("Mark as Done"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Only what is due asks for attention; the rest of the year stays quiet. */
  if (done || moment->state == OPL_MOMENT_STATE_UPCOMING)
    gtk_widget_add_css_class (button, "flat");
  /* The target first: an action name without its target would not match the action. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(iib)",
                                    (gint32) moment->kind, (gint32) moment->month, !done);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "traject.set-done");
  if (done)
    /* Translators: a button's name for a screen reader; %s is a moment (“LEOh”), %d its month */
    button_label = g_strdup_printf (_("Mark %s of training month %d as not done"), kind, moment->month);
  else
    /* Translators: a button's name for a screen reader; %s is a moment (“LEOh”), %d its month */
    button_label = g_strdup_printf (_("Mark %s of training month %d as done"), kind, moment->month);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_label,
                                  -1);
  g_object_set_data (G_OBJECT (row), "opl-button", button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
add_leave_row (OplTrajectPage *self,
               const OplLeave *leave)
{
  g_autofree char *period = opl_format_period (&leave->start, &leave->end);
  GtkWidget *row;

  row = add_row (self->timeline_list, "media-playback-pause-symbolic", "dim-label",
                 opl_leave_kind_get_label (leave->kind), period);
  gtk_widget_add_css_class (row, "opl-leave");
}

static void
add_today_row (OplTrajectPage *self,
               OplTraject     *traject,
               const GDate    *today)
{
  g_autofree char *date = opl_format_date (today);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (opl_traject_is_active (traject, today))
    {
      /* Translators: %s is today's date, %d the training month of the traject (“trainingsmaand”) */
      subtitle = g_strdup_printf (_("%s · training month %d"), date, opl_schedule_traject_training_month (traject, today));
    }
  else
    {
      subtitle = g_steal_pointer (&date);
    }

  row = add_row (self->timeline_list, "x-office-calendar-symbolic", "accent", _("Today"), subtitle);
  gtk_widget_add_css_class (row, "opl-today");
}

static GtkWidget *
find_row_by_key (OplTrajectPage *self,
                 const char     *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->timeline_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "opl-key"), key) == 0)
        return child;
    }

  return NULL;
}

static void
describe_traject (OplTrajectPage *self,
                  OplTraject     *traject,
                  const GDate    *today)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autofree char *period = opl_format_period (opl_traject_get_start (traject),
                                               opl_traject_get_end (traject));
  g_autofree char *description = NULL;
  double parttime = opl_traject_get_parttime (traject);

  if (opl_person_is_opleider (person))
    adw_preferences_group_set_title (self->timeline_group, opl_traject_get_aios_name (traject));
  else
    adw_preferences_group_set_title (self->timeline_group, _("Your Training Year"));

  if (parttime < 1.0)
    {
      g_autofree char *percent = opl_format_percent (parttime);

      /* Translators: a phase, a period and a part-time percentage: “Fase II · from 1 April 2026 · part time 80 %” */
      description = g_strdup_printf (_("%s · %s · part time %s"),
                                     opl_format_phase (opl_traject_get_phase (traject)), period, percent);
    }
  else
    {
      description = g_strdup_printf ("%s · %s", opl_format_phase (opl_traject_get_phase (traject)), period);
    }

  adw_preferences_group_set_description (self->timeline_group, description);
}


/* What the row on top of an ended traject says: when and why it ended. */
static void
describe_history (OplTrajectPage *self)
{
  g_autofree char *date = opl_format_date (opl_traject_get_end (self->history));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  OplEndReason reason = opl_traject_get_end_reason (self->history);
  const char *note = opl_traject_get_end_note (self->history);

  /* Translators: %s is the date a traject ended; a title over a read-only traject */
  title = g_strdup_printf (_("Ended on %s"), date);
  if (reason == OPL_END_REGULAR)
    subtitle = g_strdup (_("At the end of its period · read-only"));
  else if (note != NULL && *note != '\0')
    /* Translators: why a traject ended early (“Zwangerschap”), a note about it, and that it can only be read */
    subtitle = g_strdup_printf (_("Ended early: %s (%s) · read-only"), opl_end_reason_get_label (reason), note);
  else
    /* Translators: why a traject ended early (“Zwangerschap”), and that it can only be read */
    subtitle = g_strdup_printf (_("Ended early: %s · read-only"), opl_end_reason_get_label (reason));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->history_row), title);
  adw_action_row_set_subtitle (self->history_row, subtitle);
}

static GtkWidget *
add_record_expander (OplTrajectPage *self,
                     const char     *icon_name,
                     const char     *title,
                     const char     *count)
{
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), count);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), opl_rows_new_icon (icon_name, NULL));
  gtk_list_box_append (self->records_list, expander);
  return expander;
}

static GtkWidget *
add_record_row (GtkWidget  *expander,
                const char *title,
                const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  return row;
}

static const char *
person_name (OplStore   *store,
             const char *person_id)
{
  OplPerson *person = person_id != NULL ? opl_store_lookup_person (store, person_id) : NULL;

  return person != NULL ? opl_person_get_name (person) : NULL;
}

static void
add_form_records (OplTrajectPage *self,
                  OplTraject     *traject)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  const char *viewer_id = opl_person_get_id (opl_page_get_person (OPL_PAGE (self)));
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  GtkWidget *expander;

  query.traject_id = opl_traject_get_id (traject);
  forms = opl_store_list_forms (store, &query, viewer_id, &error);
  if (forms == NULL)
    {
      g_debug ("Reading the forms failed: %s", error->message);
      forms = g_ptr_array_new ();
    }

  /* Translators: how many forms an ended traject has */
  count = g_strdup_printf (ngettext ("%u form", "%u forms", forms->len), forms->len);
  expander = add_record_expander (self, "x-office-document-symbolic", _("Forms"), count);
  g_object_set_data (G_OBJECT (expander), "opl-records", (gpointer) "forms");

  for (guint i = 0; i < forms->len; i++)
    {
      OplForm *form = g_ptr_array_index (forms, i);
      const char *author = person_name (store, opl_form_get_author_id (form));
      const GDate *date = opl_form_get_date (form);
      g_autofree char *when = date != NULL && g_date_valid (date) ? opl_format_date (date) : g_strdup ("");
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      const char *state;
      gboolean own_draft = opl_form_get_state (form) == OPL_FORM_STATE_DRAFT &&
                           g_strcmp0 (opl_form_get_author_id (form), viewer_id) == 0;
      GtkWidget *row;

      if (opl_form_get_moment_month (form) > 0)
        /* Translators: a form kind (“ComBel”) and the training month of its moment */
        title = g_strdup_printf (_("%s · training month %d"), opl_form_kind_get_label (opl_form_get_kind (form)),
                                 opl_form_get_moment_month (form));
      else
        title = g_strdup (opl_form_kind_get_label (opl_form_get_kind (form)));

      /* Another's private draft stays private: that it exists, no more. */
      if (opl_form_is_redacted (form))
        state = _("Private, not shared");
      else
        state = opl_form_state_get_label (opl_form_get_state (form));

      /* Translators: a form's state (“Final”), its date and its author */
      subtitle = g_strdup_printf (_("%s · %s · %s"), state, when, author != NULL ? author : "");
      row = add_record_row (expander, title, subtitle);
      g_object_set_data_full (G_OBJECT (row), "opl-form-id", g_strdup (opl_form_get_id (form)), g_free);

      /* The editor lets its author change a draft: history opens only what is to read. */
      if (!opl_form_is_redacted (form) && !own_draft)
        {
          GtkWidget *button = gtk_button_new_with_label (_("Open"));
          g_autofree char *name = NULL;

          /* Translators: a button's name for a screen reader: “Open ComBel · training month 6” */
          name = g_strdup_printf (_("Open %s"), title);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", opl_form_get_id (form));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "traject.open-form");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
          opl_rows_activate_like (row, button);
          g_object_set_data (G_OBJECT (row), "opl-button", button);
        }
    }
}

static void
add_leergesprek_records (OplTrajectPage *self,
                         OplTraject     *traject)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GPtrArray) leergesprekken = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  GtkWidget *expander;

  leergesprekken = opl_store_list_leergesprekken (store, opl_traject_get_id (traject), opl_traject_get_start (traject),
                                                  opl_traject_get_end (traject), NULL, &error);
  if (leergesprekken == NULL)
    {
      g_debug ("Reading the leergesprekken failed: %s", error->message);
      leergesprekken = g_ptr_array_new ();
    }

  /* Translators: how many leergesprekken an ended traject has */
  count = g_strdup_printf (ngettext ("%u leergesprek", "%u leergesprekken", leergesprekken->len),
                           leergesprekken->len);
  expander = add_record_expander (self, "system-users-symbolic", _("Leergesprekken"), count);
  g_object_set_data (G_OBJECT (expander), "opl-records", (gpointer) "leergesprekken");

  for (guint i = 0; i < leergesprekken->len; i++)
    {
      OplLeergesprek *leergesprek = g_ptr_array_index (leergesprekken, i);
      g_autofree char *date = opl_format_date (opl_leergesprek_get_date (leergesprek));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date,
                                                   opl_format_leergesprek_status (opl_leergesprek_get_status (leergesprek)));

      add_record_row (expander,
                      opl_leergesprek_kind_get_label (opl_leergesprek_get_kind (leergesprek), opl_traject_get_phase (traject)),
                      subtitle);
    }
}

static void
add_kpb_records (OplTrajectPage *self,
                 OplTraject     *traject)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  GtkWidget *expander;
  guint n = 0;

  entries = opl_store_list_kpb (store, opl_traject_get_id (traject), &error);
  if (entries == NULL)
    g_debug ("Reading the KPB/KVB failed: %s", error->message);
  n = entries != NULL ? entries->len : 0;

  /* Translators: how many KPB and KVB an ended traject has */
  count = g_strdup_printf (ngettext ("%u observation", "%u observations", n), n);
  expander = add_record_expander (self, "view-reveal-symbolic", _("KPB/KVB"), count);
  g_object_set_data (G_OBJECT (expander), "opl-records", (gpointer) "kpb");

  for (guint i = 0; i < n; i++)
    {
      const OplKpbEntry *entry = &g_array_index (entries, OplKpbEntry, i);
      g_autofree char *kind = g_ascii_strup (opl_entry_kind_to_string (entry->kind), -1);
      g_autofree char *date = opl_format_date (&entry->date);
      g_autofree char *title = g_strdup_printf ("%s · %s", kind, entry->topic != NULL ? entry->topic : "");
      g_autofree char *subtitle = NULL;
      const char *assessor = person_name (store, entry->assessor_id);

      if (assessor != NULL)
        subtitle = g_strdup_printf ("%s · %s · %s", date, entry->score != NULL ? entry->score : "", assessor);
      else
        subtitle = g_strdup_printf ("%s · %s", date, entry->score != NULL ? entry->score : "");
      add_record_row (expander, title, subtitle);
    }
}

static void
add_dienst_records (OplTrajectPage *self,
                    OplTraject     *traject)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GArray) diensten = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  GtkWidget *expander;
  guint n = 0;

  diensten = opl_store_list_diensten (store, opl_traject_get_id (traject), &error);
  if (diensten == NULL)
    g_debug ("Reading the diensten failed: %s", error->message);
  n = diensten != NULL ? diensten->len : 0;

  /* Translators: how many diensten an ended traject has */
  count = g_strdup_printf (ngettext ("%u dienst", "%u diensten", n), n);
  expander = add_record_expander (self, "weather-clear-night-symbolic", _("Diensten"), count);
  g_object_set_data (G_OBJECT (expander), "opl-records", (gpointer) "diensten");

  for (guint i = 0; i < n; i++)
    {
      const OplDienst *dienst = &g_array_index (diensten, OplDienst, i);
      g_autofree char *date = opl_format_date (&dienst->date);
      const char *with = person_name (store, dienst->with_person_id);
      g_autofree char *subtitle = NULL;

      if (with == NULL && dienst->with_name != NULL && *dienst->with_name != '\0')
        with = dienst->with_name;
      /* Translators: a dienst's date and the opleider the aios worked with */
      subtitle = with != NULL ? g_strdup_printf (_("%s · with %s"), date, with) : g_steal_pointer (&date);
      add_record_row (expander, opl_dienst_kind_get_label (dienst->kind), subtitle);
    }
}

/* The top row and the records of an ended traject; hidden for a running one. */
static void
fill_history (OplTrajectPage *self)
{
  gboolean read_only = self->history != NULL;

  opl_compat_list_box_remove_all (self->records_list);
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->records_group), read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->selector_group),
                          !read_only && opl_person_is_opleider (opl_page_get_person (OPL_PAGE (self))) &&
                          opl_traject_row_get_n_trajecten (self->aios_row) > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "traject.set-done", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "traject.leave-history", read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "traject.open-form", read_only);
  if (!read_only)
    return;

  describe_history (self);
  add_form_records (self, self->history);
  add_leergesprek_records (self, self->history);
  add_kpb_records (self, self->history);
  add_dienst_records (self, self->history);
}

static void
fill_timeline (OplTrajectPage *self)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autofree char *focus_key = opl_page_get_focus_key (OPL_PAGE (self), GTK_WIDGET (self->timeline_list));
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  OplTraject *traject = get_shown_traject (self);
  GDate today;

  opl_date_set_today (&today);
  opl_compat_list_box_remove_all (self->timeline_list);
  fill_history (self);

  if (traject == NULL)
    {
      adw_preferences_group_set_title (self->timeline_group, _("Training Year"));
      adw_preferences_group_set_description (self->timeline_group, NULL);
      add_row (self->timeline_list, "x-office-calendar-symbolic", "dim-label",
               opl_person_is_opleider (person) ? _("No aios trains with you now")
                                                     : _("No current traject"),
               opl_person_is_opleider (person)
                 ? _("An aios’s training year appears here from the start of their traject.")
                 : _("Your opleider links you to the practice for each phase."));
      return;
    }

  describe_traject (self, traject, &today);

  moments = opl_store_get_schedule (store, traject, &today, &error);
  if (moments == NULL)
    {
      g_debug ("Reading the schedule failed: %s", error->message);
      add_row (self->timeline_list, "dialog-warning-symbolic", "error",
               _("Could not read the training year"), _("Try again later."));
      return;
    }

  entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  for (guint i = 0; i < moments->len; i++)
    {
      Entry entry = { g_array_index (moments, OplMoment, i).due, ENTRY_MOMENT, i };

      g_array_append_val (entries, entry);
    }
  for (guint i = 0; i < opl_traject_get_n_leaves (traject); i++)
    {
      Entry entry = { opl_traject_get_leave (traject, i)->start, ENTRY_LEAVE, i };

      g_array_append_val (entries, entry);
    }
  if (!opl_traject_has_ended (traject, &today))
    {
      Entry entry = { today, ENTRY_TODAY, 0 };

      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);

      switch (entry->type)
        {
        case ENTRY_MOMENT:
          add_moment_row (self, traject, &g_array_index (moments, OplMoment, entry->index));
          break;
        case ENTRY_LEAVE:
          add_leave_row (self, opl_traject_get_leave (traject, entry->index));
          break;
        case ENTRY_TODAY:
          add_today_row (self, traject, &today);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (focus_key != NULL)
    {
      GtkWidget *row = find_row_by_key (self, focus_key);
      GtkWidget *button = row != NULL ? g_object_get_data (G_OBJECT (row), "opl-button") : NULL;

      if (button != NULL)
        gtk_widget_grab_focus (button);
    }
}

/* Reads the trajecten and the schedule again and rebuilds the timeline. */
static void
opl_traject_page_refresh (OplPage *page)
{
  OplTrajectPage *self = OPL_TRAJECT_PAGE (page);
  gboolean has_choice;
  GDate today;

  opl_date_set_today (&today);
  self->filling = TRUE;
  has_choice = opl_traject_row_load (self->aios_row, opl_page_get_store (page), opl_page_get_person (page),
                                     &today);
  self->filling = FALSE;

  /* The earlier traject as it is stored now; gone, the page shows the current ones. */
  if (self->history != NULL)
    {
      g_autoptr(GError) error = NULL;
      OplTraject *history = opl_store_get_traject (opl_page_get_store (page), opl_traject_get_id (self->history),
                                                   &error);

      g_clear_object (&self->history);
      if (history == NULL)
        g_debug ("Reading an earlier traject failed: %s", error->message);
      self->history = history;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->selector_group), has_choice && self->history == NULL);
  fill_timeline (self);
}

static void
on_aios_row_traject_changed_cb (OplTrajectPage *self)
{
  if (!self->filling)
    fill_timeline (self);
}

static void
opl_traject_page_set_done_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  OplTrajectPage *self = OPL_TRAJECT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplTraject *traject = get_shown_traject (self);
  const char *traject_id;
  const char *kind_label;
  gint32 kind, month;
  gboolean done;
  MomentUndo *undo;
  GDate today, before;

  g_variant_get (parameter, "(iib)", &kind, &month, &done);
  /* An ended traject is history: read-only. */
  if (self->history != NULL || traject == NULL || kind < 0 || kind >= OPL_N_MOMENT_KINDS)
    return;

  opl_date_set_today (&today);
  traject_id = opl_traject_get_id (traject);
  kind_label = opl_moment_kind_get_label ((OplMomentKind) kind);

  if (!opl_store_get_moment_done_on (store, traject_id, (OplMomentKind) kind, month,
                                     &before, &error) ||
      !opl_store_set_moment_done (store, traject_id, (OplMomentKind) kind, month,
                                  done ? &today : NULL, &error))
    {
      g_debug ("Marking a moment failed: %s", error->message);
      opl_window_show_toast_for (widget, _("Could not save: the practice could not be changed"));
      return;
    }

  undo = g_new0 (MomentUndo, 1);
  undo->store = g_object_ref (store);
  g_weak_ref_init (&undo->window, gtk_widget_get_root (widget));
  undo->traject_id = g_strdup (traject_id);
  undo->kind = (OplMomentKind) kind;
  undo->month = month;
  undo->done_on = before;

  if (done)
    {
      /* Translators: a toast; %s is a moment (“LEOh”), %d the month it is due in */
      title = g_strdup_printf (_("%s of training month %d marked as done"), kind_label, month);
    }
  else
    {
      /* Translators: a toast; %s is a moment (“LEOh”), %d the month it is due in */
      title = g_strdup_printf (_("%s of training month %d marked as not done"), kind_label, month);
    }

  opl_window_show_undo_toast_for (widget, title, moment_undo, undo, moment_undo_free);
}

static void
opl_traject_page_leave_history_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  OplTrajectPage *self = OPL_TRAJECT_PAGE (widget);

  if (self->history == NULL)
    return;

  g_clear_object (&self->history);
  opl_page_refresh (OPL_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline_list));
}

/* A form of an ended traject, to read: the editor offers no editing of a form that
 * is final or another's. */
static void
opl_traject_page_open_form_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OplTrajectPage *self = OPL_TRAJECT_PAGE (widget);
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autoptr(OplForm) form = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *editor;

  if (self->history == NULL)
    return;

  form = opl_store_load_form (store, g_variant_get_string (parameter, NULL), opl_person_get_id (person), &error);
  if (form == NULL)
    {
      /* Translators: %s says why, in the store's words */
      g_autofree char *message = g_strdup_printf (_("Could not open the form: %s"), error->message);

      opl_window_show_toast_for (widget, message);
      return;
    }

  if (g_strcmp0 (opl_form_get_traject_id (form), opl_traject_get_id (self->history)) != 0 ||
      opl_form_is_redacted (form))
    return;

  editor = opl_form_launcher_present (widget, store, person, self->history, form);
  opl_form_editor_show_as_history (OPL_FORM_EDITOR (editor));
}

static void
opl_traject_page_constructed (GObject *object)
{
  OplTrajectPage *self = (OplTrajectPage *)object;

  G_OBJECT_CLASS (opl_traject_page_parent_class)->constructed (object);

  opl_page_refresh (OPL_PAGE (self));
}

static void
opl_traject_page_dispose (GObject *object)
{
  OplTrajectPage *self = (OplTrajectPage *)object;

  g_clear_object (&self->history);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_TRAJECT_PAGE);

  G_OBJECT_CLASS (opl_traject_page_parent_class)->dispose (object);
}

static void
opl_traject_page_class_init (OplTrajectPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_traject_page_constructed;
  object_class->dispose = opl_traject_page_dispose;

  OPL_PAGE_CLASS (klass)->refresh = opl_traject_page_refresh;

  g_type_ensure (OPL_TYPE_TRAJECT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-traject-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, history_row);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, selector_group);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, aios_row);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, records_group);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, records_list);
  gtk_widget_class_bind_template_callback (widget_class, on_aios_row_traject_changed_cb);

  gtk_widget_class_install_action (widget_class, "traject.set-done", "(iib)",
                                   opl_traject_page_set_done_action);
  gtk_widget_class_install_action (widget_class, "traject.leave-history", NULL,
                                   opl_traject_page_leave_history_action);
  gtk_widget_class_install_action (widget_class, "traject.open-form", "s",
                                   opl_traject_page_open_form_action);
  /* Back, as in GNOME's apps: Alt+Left. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "traject.leave-history", NULL);
}

static void
opl_traject_page_init (OplTrajectPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_traject_page_new (OplStore  *store,
                      OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_TRAJECT_PAGE, "store", store, "person", person, NULL);
}

/**
 * opl_traject_page_get_traject_id:
 *
 * Returns: (nullable): the id of the traject shown
 */
const char *
opl_traject_page_get_traject_id (OplTrajectPage *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_PAGE (self), NULL);

  if (self->history != NULL)
    return opl_traject_get_id (self->history);
  return opl_traject_row_get_traject_id (self->aios_row);
}

/**
 * opl_traject_page_select_traject:
 *
 * Shows the training year of @traject_id, one of the page's choices.
 *
 * Returns: whether @traject_id is one of them
 */
gboolean
opl_traject_page_select_traject (OplTrajectPage *self,
                                 const char     *traject_id)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_PAGE (self), FALSE);
  g_return_val_if_fail (traject_id != NULL, FALSE);

  if (!opl_traject_row_select_traject (self->aios_row, traject_id))
    return FALSE;

  /* A current traject leaves the history; the row tells when the choice changes, and
   * the timeline follows. */
  if (self->history != NULL)
    {
      g_clear_object (&self->history);
      fill_timeline (self);
    }
  return TRUE;
}

/**
 * opl_traject_page_may_show:
 * @person: who looks
 *
 * Whether @person may open @traject, an ended one too: an opleider any traject of
 * the practice, an aios their own.
 */
gboolean
opl_traject_page_may_show (OplPerson  *person,
                           OplTraject *traject)
{
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), FALSE);

  return opl_person_is_opleider (person) ||
         g_strcmp0 (opl_traject_get_aios_id (traject), opl_person_get_id (person)) == 0;
}

/**
 * opl_traject_page_show_ended_traject:
 *
 * Shows @traject_id, a traject that has ended, read-only: when and why it ended, its
 * moments and records, and a way back to the current trajecten. A traject that has
 * not ended is chosen as usual (opl_traject_page_select_traject()).
 *
 * Returns: whether the traject is shown; %FALSE when it does not exist or the person
 *   may not see it
 */
gboolean
opl_traject_page_show_ended_traject (OplTrajectPage *self,
                                     const char     *traject_id)
{
  g_autoptr(OplTraject) traject = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_return_val_if_fail (OPL_IS_TRAJECT_PAGE (self), FALSE);
  g_return_val_if_fail (traject_id != NULL, FALSE);

  traject = opl_store_get_traject (opl_page_get_store (OPL_PAGE (self)), traject_id, &error);
  if (traject == NULL)
    {
      g_debug ("Reading an earlier traject failed: %s", error->message);
      return FALSE;
    }

  if (!opl_traject_page_may_show (opl_page_get_person (OPL_PAGE (self)), traject))
    return FALSE;

  opl_date_set_today (&today);
  if (!opl_traject_has_ended (traject, &today))
    return opl_traject_page_select_traject (self, traject_id);

  g_set_object (&self->history, traject);
  fill_timeline (self);
  return TRUE;
}

/**
 * opl_traject_page_is_read_only:
 *
 * Returns: whether the page shows an ended traject, read-only
 */
gboolean
opl_traject_page_is_read_only (OplTrajectPage *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_PAGE (self), FALSE);

  return self->history != NULL;
}

GtkListBox *
opl_traject_page_get_timeline_list (OplTrajectPage *self)
{
  return self->timeline_list;
}

AdwComboRow *
opl_traject_page_get_aios_row (OplTrajectPage *self)
{
  return ADW_COMBO_ROW (self->aios_row);
}

GtkWidget *
opl_traject_page_find_moment_row (OplTrajectPage *self,
                                  OplMomentKind   kind,
                                  int             month)
{
  g_autofree char *key = moment_key (kind, month);

  return find_row_by_key (self, key);
}

GtkButton *
opl_traject_page_get_moment_button (OplTrajectPage *self,
                                    OplMomentKind   kind,
                                    int             month)
{
  GtkWidget *row = opl_traject_page_find_moment_row (self, kind, month);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "opl-button") : NULL;
}

GtkListBox *
opl_traject_page_get_records_list (OplTrajectPage *self)
{
  return self->records_list;
}

AdwActionRow *
opl_traject_page_get_history_row (OplTrajectPage *self)
{
  return self->history_row;
}

/* opl-dashboard-page.c: what a person sees first after choosing their profile.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The opleider sees what is overdue, today's and this week's checklist tasks and due
 * moments of their aios, each aios's next leergesprek with its agenda, and their aios;
 * the aios sees their own due moments, their next leergesprek with the agenda to
 * prepare, and their traject. Both see what the leergesprek planner warns about, and
 * KPB/KVB and diensten against the year's pace (OplProgressGroup). A due moment with a
 * form offers it: “Fill In”, “Continue” or “Open”.
 */

#define G_LOG_DOMAIN "opl-dashboard-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-dashboard-page-private.h"
#include "opl-checklist-row.h"
#include "opl-compat.h"
#include "opl-date.h"
#include "opl-earlier-trajecten-dialog.h"
#include "opl-format.h"
#include "opl-form-launcher.h"
#include "opl-progress-group.h"
#include "opl-rows.h"
#include "opl-scholing-summary.h"

/* The characters of an agenda shown on the dashboard. */
#define AGENDA_EXCERPT_CHARS 120

/* The earlier aios an opleider's dashboard names; the rest are counted, so that the
 * page does not grow with the years (docs/performance.md). */
#define MAX_EARLIER_AIOS 5

struct _OplDashboardPage
{
  OplPage               parent_instance;

  /* Template widgets */
  AdwAvatar            *avatar;
  GtkLabel             *greeting_label;
  GtkLabel             *subtitle_label;
  AdwPreferencesGroup  *overdue_group;
  GtkListBox           *overdue_list;
  AdwPreferencesGroup  *today_group;
  GtkListBox           *today_list;
  AdwPreferencesGroup  *week_group;
  GtkListBox           *week_list;
  AdwPreferencesGroup  *leergesprek_group;
  GtkListBox           *leergesprek_list;
  GtkListBox           *warnings_list;
  AdwPreferencesGroup  *current_group;
  GtkListBox           *current_list;
  AdwPreferencesGroup  *opleiders_group;
  GtkListBox           *opleiders_list;
  AdwPreferencesGroup  *leave_group;
  GtkListBox           *leave_list;
  AdwPreferencesGroup  *earlier_group;
  GtkListBox           *earlier_list;
  GtkWidget            *later_box;
  OplProgressGroup     *progress_group;
  OplScholingSummary   *scholing_summary;

  /* Owned references */
  OplChecklist         *checklist;

  /* Borrowed references */
  GtkWidget            *prepare_row;   /* the aios's row that opens the agenda */

  guint                 n_warnings;
};

G_DEFINE_FINAL_TYPE (OplDashboardPage, opl_dashboard_page, OPL_TYPE_PAGE)

static void opl_dashboard_page_refresh (OplPage *page);

static GtkWidget *
add_person_row (GtkListBox *list,
                const char *name,
                const char *subtitle)
{
  GtkWidget *row = opl_rows_append (list, NULL, NULL, name, subtitle);
  GtkWidget *avatar = adw_avatar_new (32, name, TRUE);

  /* The row's title already names the person. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  return row;
}

static void
add_value_row (GtkListBox *list,
               const char *title,
               const char *value)
{
  GtkWidget *row = opl_rows_append (list, NULL, NULL, title, NULL);
  GtkWidget *label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

static void
add_note_row (GtkListBox *list,
              const char *title,
              const char *subtitle)
{
  GtkWidget *row = opl_rows_append (list, NULL, NULL, title, subtitle);

  gtk_widget_add_css_class (row, "dim-label");
}

static void
add_checklist_row (OplDashboardPage         *self,
                   GtkListBox               *list,
                   const OplChecklistStatus *status,
                   const GDate              *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  GtkWidget *row = opl_checklist_row_new (store, self->checklist,
                                          opl_person_get_id (person), FALSE);
  g_autofree char *key = g_strconcat ("item:", status->item->id, NULL);

  opl_checklist_row_set_status (OPL_CHECKLIST_ROW (row), status, today);
  opl_checklist_row_set_show_period (OPL_CHECKLIST_ROW (row), status->item->period != OPL_PERIOD_DAILY);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);
  gtk_list_box_append (list, row);
}

/* A due moment, one click from the traject view where it is marked done. */
static void
add_moment_row (OplDashboardPage *self,
                GtkListBox       *list,
                OplTraject       *traject,
                const OplMoment  *moment,
                const char       *title,
                const char       *subject_id)
{
  g_autofree char *subtitle = opl_format_moment (moment);
  g_autofree char *key = g_strdup_printf ("moment:%s:%s:%d:%s", opl_traject_get_id (traject),
                                          opl_moment_kind_to_string (moment->kind), moment->month,
                                          title);
  /* An icon where the checklist rows have their check button, so the titles line up. */
  GtkWidget *row = opl_rows_append (list, "x-office-calendar-symbolic", NULL, title, subtitle);
  /* The state above the form's button, so that at 360 px the title keeps its width. */
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *form_button;

  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  if (moment->state == OPL_MOMENT_STATE_OVERDUE)
    gtk_box_append (GTK_BOX (suffix), opl_rows_new_pill (_("Overdue"), "error"));
  else if (moment->state == OPL_MOMENT_STATE_DUE)
    gtk_box_append (GTK_BOX (suffix), opl_rows_new_pill (_("Due soon"), "warning"));

  /* The moment's form, one click away: “Fill In”, “Continue” or “Open” (issue 5). */
  form_button = opl_form_launcher_create_button (opl_page_get_store (OPL_PAGE (self)),
                                                 opl_page_get_person (OPL_PAGE (self)),
                                                 traject, moment, subject_id);
  if (form_button != NULL)
    gtk_box_append (GTK_BOX (suffix), form_button);
  if (gtk_widget_get_first_child (suffix) != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  else
    g_object_unref (g_object_ref_sink (suffix));

  opl_rows_set_action (row, "workspace.show-traject", g_variant_new_string (opl_traject_get_id (traject)));
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);
}

/* “Next: LEOh, month 3 · overdue” or “Next: ComBel, month 6 · 1 January 2027” */
static char *
describe_next_moment (GArray *moments)
{
  for (guint i = 0; moments != NULL && i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);
      g_autofree char *when = NULL;
      g_autofree char *next = NULL;
      g_autofree char *moved = NULL;

      if (moment->state == OPL_MOMENT_STATE_DONE)
        continue;

      if (moment->state == OPL_MOMENT_STATE_OVERDUE)
        when = g_strdup (_("overdue"));
      else
        when = opl_format_date (&moment->due);

      /* Translators: the next due moment: its kind (“LEOh”), its training month (“trainingsmaand”), and its date or “overdue” */
      next = g_strdup_printf (_("Next: %s, training month %d · %s"),
                              opl_moment_kind_get_label (moment->kind), moment->month, when);
      moved = opl_format_moved (moment);
      return moved != NULL ? g_strdup_printf ("%s · %s", next, moved) : g_steal_pointer (&next);
    }

  return NULL;
}

static gboolean
restore_focus_in (GtkListBox *list,
                  const char *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "opl-key"), key) != 0)
        continue;

      if (OPL_IS_CHECKLIST_ROW (child))
        return gtk_widget_grab_focus (GTK_WIDGET (opl_checklist_row_get_check_button (OPL_CHECKLIST_ROW (child))));

      return gtk_widget_grab_focus (child);
    }

  return FALSE;
}

static char *
greet (const char *first_name)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int hour = g_date_time_get_hour (now);

  if (hour < 12)
    {
      /* Translators: %s is the person's first name */
      return g_strdup_printf (_("Good morning, %s"), first_name);
    }

  if (hour < 18)
    {
      /* Translators: %s is the person's first name */
      return g_strdup_printf (_("Good afternoon, %s"), first_name);
    }

  /* Translators: %s is the person's first name */
  return g_strdup_printf (_("Good evening, %s"), first_name);
}

static char *
get_first_name (const char *name)
{
  const char *space = strchr (name, ' ');

  return space != NULL ? g_strndup (name, space - name) : g_strdup (name);
}

/* “Fase I · month 5 · started 1 July 2026 · your share 50 % · part time 80 %” */
static char *
describe_traject_for_opleider (OplTraject  *traject,
                               const char  *opleider_id,
                               const GDate *today)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *start = opl_format_date (opl_traject_get_start (traject));
  double share = opl_traject_get_share_of (traject, opleider_id);
  double parttime = opl_traject_get_parttime (traject);

  g_strv_builder_add (parts, opl_format_phase (opl_traject_get_phase (traject)));

  if (opl_traject_has_ended (traject, today))
    {
      g_autofree char *period = opl_format_period (opl_traject_get_start (traject),
                                                   opl_traject_get_end (traject));
      g_strv_builder_add (parts, period);
    }
  else if (opl_traject_is_active (traject, today))
    {
      g_autofree char *month = NULL;
      g_autofree char *started = NULL;

      /* Translators: %d is the training month of the traject (“trainingsmaand”), counting from 1 */
      month = g_strdup_printf (_("training month %d"), opl_schedule_traject_training_month (traject, today));
      /* Translators: %s is a date */
      started = g_strdup_printf (_("started %s"), start);
      g_strv_builder_add (parts, month);
      g_strv_builder_add (parts, started);
    }
  else
    {
      /* Translators: %s is a date */
      g_autofree char *starts = g_strdup_printf (_("starts %s"), start);

      g_strv_builder_add (parts, starts);
    }

  if (share > 0.0)
    {
      g_autofree char *percent = opl_format_percent (share);
      /* Translators: %s is a percentage, the opleider's share of the guidance */
      g_autofree char *text = g_strdup_printf (_("your share %s"), percent);

      g_strv_builder_add (parts, text);
    }

  if (parttime < 1.0)
    {
      g_autofree char *percent = opl_format_percent (parttime);
      /* Translators: %s is a percentage of a full-time week */
      g_autofree char *text = g_strdup_printf (_("part time %s"), percent);

      g_strv_builder_add (parts, text);
    }

  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

static char *
describe_opleiders (OplTraject *traject)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    g_strv_builder_add (names, opl_traject_get_opleider (traject, i)->name);

  strv = g_strv_builder_end (names);
  return g_strjoinv (", ", strv);
}

static void
show_load_error (OplDashboardPage *self,
                 const GError     *error)
{
  g_debug ("Reading the trajecten failed: %s", error->message);
  add_note_row (self->current_list, _("Could not read the trajecten"), error->message);
}

/* The leergesprek part ------------------------------------------------------------------ */

static void
set_open_action (GtkWidget      *row,
                 OplTraject     *traject,
                 OplLeergesprek *leergesprek)
{
  opl_rows_set_action (row, "workspace.open-leergesprek",
                  g_variant_new ("(ss)", opl_traject_get_id (traject), opl_leergesprek_get_id (leergesprek)));
}

/* “Tuesday 24 November · 13:00–14:00” */
static char *
describe_when (OplLeergesprek *leergesprek)
{
  g_autofree char *day = opl_format_day (opl_leergesprek_get_date (leergesprek), FALSE);
  g_autofree char *time = opl_format_time_range (opl_leergesprek_get_start_minute (leergesprek),
                                                 opl_leergesprek_get_duration (leergesprek));

  return g_strdup_printf ("%s · %s", day, time);
}

/* “Taakgericht · with Anna de Vries”, and “· held” or “· cancelled” once it is. */
static char *
describe_what (OplDashboardPage *self,
               OplTraject       *traject,
               OplLeergesprek   *leergesprek)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const OplTrajectOpleider *holder =
    opl_traject_find_opleider (traject, opl_leergesprek_get_opleider_id (leergesprek));
  g_autofree char *with = NULL;

  g_strv_builder_add (parts, opl_leergesprek_kind_get_label (opl_leergesprek_get_kind (leergesprek),
                                                             opl_traject_get_phase (traject)));
  if (holder != NULL && g_strcmp0 (holder->person_id, opl_person_get_id (person)) == 0)
    {
      g_strv_builder_add (parts, _("with you"));
    }
  else if (holder != NULL)
    {
      /* Translators: who holds a leergesprek; %s is an opleider's name */
      with = g_strdup_printf (_("with %s"), holder->name);
      g_strv_builder_add (parts, with);
    }
  if (opl_leergesprek_get_status (leergesprek) != OPL_LEERGESPREK_PLANNED)
    g_strv_builder_add (parts, opl_format_leergesprek_status (opl_leergesprek_get_status (leergesprek)));

  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

/* The agenda as the opleider reads it on the dashboard: its start, or that there is
 * none yet. */
static char *
describe_agenda (OplLeergesprek *leergesprek)
{
  g_autofree char *agenda = opl_format_excerpt (opl_leergesprek_get_text (leergesprek, OPL_LEERGESPREK_AGENDA),
                                                AGENDA_EXCERPT_CHARS);

  if (agenda == NULL)
    return g_strdup (_("No agenda yet"));

  /* Translators: %s is the start of the agenda the aios wrote */
  return g_strdup_printf (_("Agenda: %s"), agenda);
}

/* An opleider's row for one aios: when, what, and the agenda; one click opens it. */
static void
add_opleider_leergesprek_row (OplDashboardPage *self,
                              OplTraject       *traject,
                              OplLeergesprek   *leergesprek)
{
  g_autofree char *when = describe_when (leergesprek);
  g_autofree char *what = describe_what (self, traject, leergesprek);
  g_autofree char *agenda = describe_agenda (leergesprek);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s\n%s", when, what, agenda);
  g_autofree char *key = g_strconcat ("leergesprek:", opl_leergesprek_get_id (leergesprek), NULL);
  gboolean ready = opl_leergesprek_has_text (leergesprek, OPL_LEERGESPREK_AGENDA);
  GtkWidget *row = opl_rows_append (self->leergesprek_list,
                                    ready ? "x-office-document-symbolic" : "x-office-calendar-symbolic",
                                    ready ? "accent" : "dim-label",
                                    opl_traject_get_aios_name (traject), subtitle);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 5);
  set_open_action (row, traject, leergesprek);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);
}

/* The aios's rows: when and what, then the agenda to prepare, one click from the
 * editor. */
static void
add_aios_leergesprek_rows (OplDashboardPage *self,
                           OplTraject       *traject,
                           OplLeergesprek   *leergesprek)
{
  g_autofree char *when = describe_when (leergesprek);
  g_autofree char *what = describe_what (self, traject, leergesprek);
  g_autofree char *agenda = opl_format_excerpt (opl_leergesprek_get_text (leergesprek, OPL_LEERGESPREK_AGENDA),
                                                AGENDA_EXCERPT_CHARS);
  g_autofree char *key = g_strconcat ("agenda:", opl_leergesprek_get_id (leergesprek), NULL);
  GtkWidget *row = opl_rows_append (self->leergesprek_list, "x-office-calendar-symbolic", "accent", when, what);

  if (opl_leergesprek_get_status (leergesprek) != OPL_LEERGESPREK_PLANNED)
    {
      set_open_action (row, traject, leergesprek);
      return;
    }

  if (agenda != NULL)
    {
      row = opl_rows_append (self->leergesprek_list, "document-edit-symbolic", "success",
                             _("Edit the Agenda"), agenda);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
    }
  else
    {
      row = opl_rows_append (self->leergesprek_list, "document-edit-symbolic", "warning",
                             _("Prepare the Agenda"),
                     _("Your questions, cases and learning goals, for your opleider to read beforehand"));
    }
  set_open_action (row, traject, leergesprek);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);
  self->prepare_row = row;
}

/* No leergesprek to show: no fixed time yet, or none planned; the row leads to the
 * Leergesprekken view of @traject. */
static void
add_unplanned_row (OplDashboardPage *self,
                   OplTraject       *traject,
                   gboolean          with_name,
                   gboolean          has_slot)
{
  const char *what = has_slot ? _("No leergesprek planned this week or next")
                              : _("No fixed weekly time for the leergesprek yet");
  g_autofree char *key = g_strconcat ("plan:", opl_traject_get_id (traject), NULL);
  GtkWidget *row;

  if (with_name)
    row = opl_rows_append (self->leergesprek_list, "dialog-warning-symbolic", "warning",
                           opl_traject_get_aios_name (traject), what);
  else
    row = opl_rows_append (self->leergesprek_list, "dialog-warning-symbolic", "warning",
                           what, _("Plan it in Leergesprekken"));

  opl_rows_set_action (row, "workspace.show-leergesprekken",
                       g_variant_new_string (opl_traject_get_id (traject)));
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);
}

/* Whether @traject starts after this week and the next: nothing to plan yet, so no
 * warning (issue 14: no false alarms on a new practice). */
static gboolean
starts_later (OplTraject  *traject,
              const GDate *today)
{
  GDate horizon = *today;

  g_date_add_days (&horizon, 14);
  return g_date_compare (opl_traject_get_start (traject), &horizon) >= 0;
}

static void
add_not_started_row (OplDashboardPage *self,
                     OplTraject       *traject,
                     gboolean          with_name)
{
  g_autofree char *start = opl_format_date (opl_traject_get_start (traject));
  g_autofree char *what = NULL;
  g_autofree char *key = g_strconcat ("plan:", opl_traject_get_id (traject), NULL);
  GtkWidget *row;

  /* Translators: %s is the day a traject starts */
  what = g_strdup_printf (_("The traject starts on %s"), start);
  row = opl_rows_append (self->leergesprek_list, "dialog-information-symbolic", "accent",
                         with_name ? opl_traject_get_aios_name (traject) : what,
                         with_name ? what : _("Plan the weekly leergesprek before then"));
  opl_rows_set_action (row, "workspace.show-leergesprekken",
                       g_variant_new_string (opl_traject_get_id (traject)));
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);
}

/* What the planner warns about in the last weeks of @traject (the store's rules). */
static void
add_warning_rows (OplDashboardPage *self,
                  OplTraject       *traject,
                  gboolean          with_name,
                  const GDate      *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  warnings = opl_store_get_recent_warnings (store, traject, today, &error);
  if (warnings == NULL)
    {
      g_debug ("No planner warnings: %s", error->message);
      return;
    }

  for (guint i = 0; i < warnings->len; i++)
    {
      const OplPlannerWarning *warning = &g_array_index (warnings, OplPlannerWarning, i);
      g_auto(GStrv) lines = opl_format_planner_warning (warning, opl_traject_get_phase (traject), today);

      for (guint k = 0; lines[k] != NULL; k++)
        {
          g_autofree char *key = g_strdup_printf ("warning:%s:%u:%u", opl_traject_get_id (traject), i, k);
          GtkWidget *row = opl_rows_append (self->warnings_list,
                                            warning->missing_week ? "dialog-warning-symbolic"
                                                                  : "dialog-information-symbolic",
                                            warning->missing_week ? "warning" : "accent",
                                            lines[k], with_name ? opl_traject_get_aios_name (traject) : NULL);

          opl_rows_set_action (row, "workspace.show-leergesprekken",
                               g_variant_new_string (opl_traject_get_id (traject)));
          g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);
          self->n_warnings++;
        }
    }
}

/* The next leergesprek of @traject and what the planner warns about. */
static void
add_leergesprek_rows (OplDashboardPage *self,
                      OplTraject       *traject,
                      gboolean          for_opleider,
                      const GDate      *today)
{
  g_autoptr(OplLeergesprek) coming = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(OplSlot) slot = { 0 };
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  gboolean has_slot;

  coming = opl_store_get_coming_leergesprek (store, opl_traject_get_id (traject), today, &error);
  if (error != NULL)
    {
      g_debug ("Reading the coming leergesprek failed: %s", error->message);
      add_note_row (self->leergesprek_list, _("Could not read the leergesprekken"), _("Try again later."));
      return;
    }

  if (coming != NULL && for_opleider)
    add_opleider_leergesprek_row (self, traject, coming);
  else if (coming != NULL)
    add_aios_leergesprek_rows (self, traject, coming);
  else if (starts_later (traject, today))
    add_not_started_row (self, traject, for_opleider);
  else
    {
      has_slot = opl_store_get_slot (store, opl_traject_get_id (traject), &slot, NULL);
      add_unplanned_row (self, traject, for_opleider, has_slot);
    }

  add_warning_rows (self, traject, for_opleider, today);
}

/* A due moment of one of the opleider's aios. */
typedef struct
{
  const OplMoment *moment;
  OplTraject      *traject;
} AiosMoment;

/* Overdue tasks first, then today's, then the rest of this week's. */
/* A task of checklist version 3 that is due by a date of its own (the opleiderscoach,
 * the groepsbegeleider, the feedback before a ComBel) and not done: shown in the week
 * it is due, not only once it is overdue. */
static gboolean
due_this_week (const OplChecklistStatus *status,
               const GDate              *today)
{
  OplChecklistBasis basis = status->item->basis;

  if (status->done || !g_date_valid (&status->due) ||
      (basis != OPL_CHECKLIST_BASIS_HAO && basis != OPL_CHECKLIST_BASIS_AFTER_LAST &&
       basis != OPL_CHECKLIST_BASIS_BEFORE_MOMENT))
    return FALSE;

  return g_date_days_between (today, &status->due) <= 7;
}

static void
fill_checklist (OplDashboardPage *self,
                const GDate      *today,
                guint            *n_overdue,
                guint            *n_today,
                guint            *n_week)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;

  if (self->checklist == NULL)
    return;

  statuses = opl_store_get_checklist_status (store, self->checklist,
                                             opl_person_get_id (person), today, &error);
  if (statuses == NULL)
    {
      g_debug ("Reading the checklist failed: %s", error->message);
      add_note_row (self->today_list, _("Could not read the checklist"), _("Try again later."));
      (*n_today)++;
      return;
    }

  for (guint i = 0; i < statuses->len; i++)
    {
      const OplChecklistStatus *status = &g_array_index (statuses, OplChecklistStatus, i);

      /* Nothing asked now (no aios in training): not a task of today. */
      if (!status->applies)
        continue;

      if (status->overdue && !status->done)
        {
          add_checklist_row (self, self->overdue_list, status, today);
          (*n_overdue)++;
        }
      else if (status->item->period == OPL_PERIOD_DAILY)
        {
          add_checklist_row (self, self->today_list, status, today);
          (*n_today)++;
        }
      else if (status->item->period == OPL_PERIOD_WEEKLY || due_this_week (status, today))
        {
          add_checklist_row (self, self->week_list, status, today);
          (*n_week)++;
        }
    }
}

/* An earlier traject's row opens it in the Traject view, read-only (issue 19). */
static void
lead_to_earlier_traject (GtkWidget  *row,
                         OplTraject *traject,
                         const char *subtitle)
{
  g_autofree char *name = NULL;

  /* Translators: a row's name for a screen reader: who or which phase, then the period */
  name = g_strdup_printf (_("%s, %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  opl_rows_set_action (row, "workspace.show-traject", g_variant_new_string (opl_traject_get_id (traject)));
}

/* “And 13 earlier trajecten”: all of them, in a dialog to search (issue 19). */
static void
show_earlier_trajecten_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (widget));
  gboolean stands_in = opl_person_get_role (person) == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;

  opl_earlier_trajecten_dialog_present (widget, opl_page_get_store (OPL_PAGE (widget)), person,
                                        stands_in ? NULL : opl_person_get_id (person));
}

/* The aios who trained here before, the last ones only. Returns how many rows. */
static guint
fill_earlier_aios (OplDashboardPage *self,
                   const char       *person_id,
                   const GDate      *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  const char *opleider_id = opl_person_get_id (opl_page_get_person (OPL_PAGE (self)));
  g_autoptr(GPtrArray) earlier = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ended = 0;

  earlier = opl_store_list_ended_trajecten (store, person_id, today, MAX_EARLIER_AIOS, &n_ended, &error);
  if (earlier == NULL)
    {
      g_debug ("Reading the earlier trajecten failed: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < earlier->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (earlier, i);
      g_autofree char *subtitle = describe_traject_for_opleider (traject, opleider_id, today);

      GtkWidget *row = add_person_row (self->earlier_list, opl_traject_get_aios_name (traject), subtitle);

      lead_to_earlier_traject (row, traject, subtitle);
    }

  if (n_ended > earlier->len)
    {
      guint n_more = n_ended - earlier->len;
      /* Translators: %u is a number of trajecten of aios that ended before those listed */
      g_autofree char *title = g_strdup_printf (ngettext ("And %u earlier traject", "And %u earlier trajecten",
                                                          n_more), n_more);

      GtkWidget *row = opl_rows_append (self->earlier_list, NULL, NULL, title, NULL);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_widget_set_tooltip_text (row, _("Show all earlier trajecten"));
      opl_rows_set_action (row, "dashboard.show-earlier-trajecten", NULL);
      return earlier->len + 1;
    }

  return earlier->len;
}

static void
refresh_opleider (OplDashboardPage *self,
                  const GDate      *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  const char *person_id = opl_person_get_id (person);
  gboolean stands_in = opl_person_get_role (person) == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GPtrArray) schedules = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) overdue = g_array_new (FALSE, FALSE, sizeof (AiosMoment));
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (AiosMoment));
  g_autoptr(GError) error = NULL;
  guint n_current = 0, n_earlier = 0, n_overdue = 0, n_today = 0, n_week = 0;

  /* A plaatsvervangend opleider has no share of their own but stands in for all. */
  adw_preferences_group_set_title (self->current_group,
                                   stands_in ? _("Aios in the Practice") : _("Your Aios"));
  adw_preferences_group_set_title (self->earlier_group, _("Earlier Aios"));
  adw_preferences_group_set_title (self->week_group, _("This Week"));
  adw_preferences_group_set_title (self->leergesprek_group, _("Next Leergesprekken"));
  gtk_widget_set_visible (GTK_WIDGET (self->opleiders_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->today_group), TRUE);

  fill_checklist (self, today, &n_overdue, &n_today, &n_week);

  trajecten = opl_store_list_current_trajecten (store, person, today, &error);
  if (trajecten == NULL)
    {
      show_load_error (self, error);
      gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->overdue_group), n_overdue > 0);
      return;
    }

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);
      g_autofree char *subtitle = describe_traject_for_opleider (traject, person_id, today);
      g_autoptr(GArray) moments = NULL;
      g_autofree char *next = NULL;

      moments = opl_store_get_schedule (store, traject, today, &error);
      if (moments == NULL)
        {
          g_debug ("Reading a schedule failed: %s", error->message);
          g_clear_error (&error);
        }

      next = describe_next_moment (moments);
      if (next != NULL)
        {
          g_autofree char *both = g_strdup_printf ("%s\n%s", subtitle, next);

          add_person_row (self->current_list, opl_traject_get_aios_name (traject), both);
        }
      else
        {
          add_person_row (self->current_list, opl_traject_get_aios_name (traject), subtitle);
        }
      add_leergesprek_rows (self, traject, TRUE, today);
      n_current++;

      if (moments == NULL)
        continue;

      for (guint j = 0; j < moments->len; j++)
        {
          AiosMoment entry = { &g_array_index (moments, OplMoment, j), traject };

          if (entry.moment->state == OPL_MOMENT_STATE_OVERDUE)
            g_array_append_val (overdue, entry);
          else if (entry.moment->state == OPL_MOMENT_STATE_DUE)
            g_array_append_val (due, entry);
        }
      /* The moments stay alive until the rows are made. */
      g_ptr_array_add (schedules, g_steal_pointer (&moments));
    }

  n_earlier = fill_earlier_aios (self, stands_in ? NULL : person_id, today);

  /* In the order of the aios; within one aios by date. */
  for (guint i = 0; i < overdue->len; i++)
    {
      const AiosMoment *entry = &g_array_index (overdue, AiosMoment, i);
      /* Translators: a due moment of an aios: “LEOh · Daan Visser” */
      g_autofree char *title = g_strdup_printf (_("%s · %s"), opl_moment_kind_get_label (entry->moment->kind),
                                                opl_traject_get_aios_name (entry->traject));

      add_moment_row (self, self->overdue_list, entry->traject, entry->moment, title, NULL);
      n_overdue++;
    }

  for (guint i = 0; i < due->len; i++)
    {
      const AiosMoment *entry = &g_array_index (due, AiosMoment, i);
      /* Translators: a due moment of an aios: “LEOh · Daan Visser” */
      g_autofree char *title = g_strdup_printf (_("%s · %s"), opl_moment_kind_get_label (entry->moment->kind),
                                                opl_traject_get_aios_name (entry->traject));

      add_moment_row (self, self->week_list, entry->traject, entry->moment, title, NULL);
      n_week++;
    }

  if (n_current == 0)
    add_note_row (self->current_list, _("No aios trains with you now"),
                  _("An aios appears here from the start of their traject."));
  if (n_today == 0)
    add_note_row (self->today_list, _("Nothing left for today"), NULL);
  if (n_week == 0)
    add_note_row (self->week_list, _("Nothing else is due this week"), NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->overdue_group), n_overdue > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->leergesprek_group), n_current > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), n_earlier > 0);
}

static void
fill_current_traject (OplDashboardPage *self,
                      OplTraject       *traject,
                      const GDate      *today)
{
  g_autofree char *start = opl_format_date (opl_traject_get_start (traject));
  double parttime = opl_traject_get_parttime (traject);

  add_value_row (self->current_list, _("Phase"), opl_format_phase (opl_traject_get_phase (traject)));

  if (opl_traject_is_active (traject, today))
    {
      g_autofree char *month = g_strdup_printf ("%d", opl_schedule_traject_training_month (traject, today));

      add_value_row (self->current_list, _("Training month"), month);
    }

  add_value_row (self->current_list, _("Start date"), start);

  if (opl_traject_get_end (traject) != NULL)
    {
      g_autofree char *end = opl_format_date (opl_traject_get_end (traject));

      add_value_row (self->current_list, _("End date"), end);
    }

  if (parttime < 1.0)
    {
      g_autofree char *percent = opl_format_percent (parttime);

      add_value_row (self->current_list, _("Part time"), percent);
    }
  else
    {
      add_value_row (self->current_list, _("Part time"), _("Full time"));
    }

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, i);
      g_autofree char *percent = opl_format_percent (opleider->share);
      /* Translators: the first %s is a role (Hoofdopleider), the second a percentage */
      g_autofree char *subtitle = g_strdup_printf (_("%s · share %s"),
                                                   opl_role_get_label (opleider->role), percent);

      add_person_row (self->opleiders_list, opleider->name, subtitle);
    }
  if (opl_traject_get_n_opleiders (traject) == 0)
    add_note_row (self->opleiders_list, _("No opleider is linked to this traject"), NULL);

  for (guint i = 0; i < opl_traject_get_n_leaves (traject); i++)
    {
      const OplLeave *leave = opl_traject_get_leave (traject, i);
      g_autofree char *period = opl_format_period (&leave->start, &leave->end);

      opl_rows_append (self->leave_list, NULL, NULL, opl_leave_kind_get_label (leave->kind), period);
    }
  if (opl_traject_get_n_leaves (traject) == 0)
    add_note_row (self->leave_list, _("No leave or interruptions recorded"), NULL);
}

/* An aios's own moment, as they do it: one LEOh per opleider, the ComBel about
 * themselves. */
static void
add_own_moment_rows (OplDashboardPage *self,
                     OplTraject       *traject,
                     const OplMoment  *moment)
{
  if (moment->kind == OPL_MOMENT_LEOH && opl_traject_get_n_opleiders (traject) > 0)
    {
      for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
        {
          /* Translators: the LEOh an aios fills in about one opleider; %s is their name */
          g_autofree char *title = g_strdup_printf (_("LEOh about %s"),
                                                    opl_traject_get_opleider (traject, i)->name);

          add_moment_row (self, self->week_list, traject, moment, title,
                          opl_traject_get_opleider (traject, i)->person_id);
        }
    }
  else if (moment->kind == OPL_MOMENT_COMBEL)
    {
      add_moment_row (self, self->week_list, traject, moment, _("ComBel self-assessment"), NULL);
    }
  else
    {
      add_moment_row (self, self->week_list, traject, moment, opl_moment_kind_get_label (moment->kind), NULL);
    }
}

static void
fill_own_moments (OplDashboardPage *self,
                  OplTraject       *traject,
                  const GDate      *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  const OplMomentState order[] = { OPL_MOMENT_STATE_OVERDUE, OPL_MOMENT_STATE_DUE };
  guint n_shown = 0;

  moments = opl_store_get_schedule (store, traject, today, &error);
  if (moments == NULL)
    {
      g_debug ("Reading the schedule failed: %s", error->message);
      add_note_row (self->week_list, _("Could not read your training year"), _("Try again later."));
      return;
    }

  /* What is overdue first, then what is due soon. */
  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      for (guint i = 0; i < moments->len; i++)
        {
          const OplMoment *moment = &g_array_index (moments, OplMoment, i);

          if (moment->state != order[k])
            continue;

          add_own_moment_rows (self, traject, moment);
          n_shown++;
        }
    }

  if (n_shown > 0)
    return;

  add_note_row (self->week_list, _("Nothing is due in the next two weeks"), NULL);
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->state == OPL_MOMENT_STATE_UPCOMING)
        {
          add_own_moment_rows (self, traject, moment);
          break;
        }
    }
}

static void
refresh_aios (OplDashboardPage *self,
              const GDate      *today)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplTraject *current = NULL;
  guint n_earlier = 0;

  adw_preferences_group_set_title (self->current_group, _("Your Traject"));
  adw_preferences_group_set_title (self->earlier_group, _("Earlier Trajecten"));
  adw_preferences_group_set_title (self->week_group, _("Your Due Moments"));
  adw_preferences_group_set_title (self->leergesprek_group, _("Your Next Leergesprek"));
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->today_group), FALSE);

  trajecten = opl_store_list_trajecten (opl_page_get_store (OPL_PAGE (self)), opl_person_get_id (person),
                                        &error);
  if (trajecten == NULL)
    {
      show_load_error (self, error);
      gtk_widget_set_visible (GTK_WIDGET (self->leergesprek_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->opleiders_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->leave_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), FALSE);
      return;
    }

  /* The most recent traject that has not ended is the current one; the store lists
   * the most recent first. */
  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (current == NULL && !opl_traject_has_ended (traject, today))
        {
          current = traject;
        }
      else
        {
          g_autofree char *period = opl_format_period (opl_traject_get_start (traject),
                                                       opl_traject_get_end (traject));
          g_autofree char *opleiders = describe_opleiders (traject);
          g_autofree char *subtitle = NULL;

          GtkWidget *row;

          subtitle = *opleiders != '\0' ? g_strdup_printf ("%s · %s", period, opleiders)
                                        : g_steal_pointer (&period);
          row = opl_rows_append (self->earlier_list, NULL, NULL, opl_format_phase (opl_traject_get_phase (traject)),
                                 subtitle);
          lead_to_earlier_traject (row, traject, subtitle);
          n_earlier++;
        }
    }

  if (current != NULL)
    {
      fill_current_traject (self, current, today);
      fill_own_moments (self, current, today);
      add_leergesprek_rows (self, current, FALSE, today);
    }
  else
    {
      add_note_row (self->current_list, _("No current traject"),
                    _("Your opleider links you to the practice for each phase."));
      add_note_row (self->week_list, _("Nothing is due"), NULL);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->leergesprek_group), current != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->opleiders_group), current != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_group), current != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), n_earlier > 0);
}

static void
refresh_header (OplDashboardPage *self)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  const char *name = opl_person_get_name (person);
  const char *practice = opl_store_get_practice_name (store);
  g_autofree char *first = get_first_name (name);
  g_autofree char *greeting = greet (first);
  g_autofree char *subtitle = NULL;

  if (practice != NULL)
    {
      /* Translators: the first %s is a role (Hoofdopleider, Aios), the second the practice */
      subtitle = g_strdup_printf (_("%s · %s"), opl_person_get_role_label (person), practice);
    }
  else
    {
      subtitle = g_strdup (opl_person_get_role_label (person));
    }

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_label (self->greeting_label, greeting);
  gtk_label_set_label (self->subtitle_label, subtitle);
}

static void
opl_dashboard_page_constructed (GObject *object)
{
  OplDashboardPage *self = (OplDashboardPage *)object;
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));

  G_OBJECT_CLASS (opl_dashboard_page_parent_class)->constructed (object);

  if (opl_person_is_opleider (person))
    {
      g_autoptr(GError) error = NULL;

      self->checklist = opl_checklist_new_default (&error);
      if (self->checklist == NULL)
        g_critical ("The checklist definition is invalid: %s", error->message);
    }

  /* KPB/KVB and diensten against the year's pace; the group follows the store itself. */
  opl_progress_group_set_context (self->progress_group, opl_page_get_store (OPL_PAGE (self)), person);
  /* The opleider's scholing (opl-scholing-summary.c); it follows the store itself. */
  opl_scholing_summary_set_profile (self->scholing_summary, opl_page_get_store (OPL_PAGE (self)),
                                    opl_page_get_person (OPL_PAGE (self)));
  /* An opleider's checklist of today and this week fills the first screen: their next
   * leergesprekken come below it, and wait with the rest. */
  if (opl_person_is_opleider (person))
    {
      GtkWidget *group = GTK_WIDGET (self->leergesprek_group);

      g_object_ref (group);
      gtk_box_remove (GTK_BOX (gtk_widget_get_parent (group)), group);
      gtk_box_prepend (GTK_BOX (self->later_box), group);
      g_object_unref (group);
    }

  opl_page_refresh (OPL_PAGE (self));
  /* The trajecten, the scholing, the progress and the earlier aios lie below the
   * fold: shown after the first frame (the app's, on start), which measures what it
   * shows (issue 19). */
  opl_page_show_after_layout (OPL_PAGE (self), self->later_box);
}

static void
opl_dashboard_page_dispose (GObject *object)
{
  OplDashboardPage *self = (OplDashboardPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_DASHBOARD_PAGE);

  g_clear_object (&self->checklist);

  G_OBJECT_CLASS (opl_dashboard_page_parent_class)->dispose (object);
}

static void
opl_dashboard_page_class_init (OplDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_dashboard_page_constructed;
  object_class->dispose = opl_dashboard_page_dispose;

  OPL_PAGE_CLASS (klass)->refresh = opl_dashboard_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, overdue_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, today_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, today_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, week_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, week_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leergesprek_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leergesprek_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, current_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, current_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, opleiders_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, opleiders_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leave_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leave_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, earlier_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, earlier_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, later_box);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, progress_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, scholing_summary);

  gtk_widget_class_install_action (widget_class, "dashboard.show-earlier-trajecten", NULL,
                                   show_earlier_trajecten_action);

  g_type_ensure (OPL_TYPE_PROGRESS_GROUP);
  g_type_ensure (OPL_TYPE_SCHOLING_SUMMARY);
}

static void
opl_dashboard_page_init (OplDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_dashboard_page_new (OplStore  *store,
                        OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_DASHBOARD_PAGE, "store", store, "person", person, NULL);
}

/* Reads the person's trajecten again and rebuilds the page. */
static void
opl_dashboard_page_refresh (OplPage *page)
{
  OplDashboardPage *self = OPL_DASHBOARD_PAGE (page);
  OplPerson *person = opl_page_get_person (page);
  g_autofree char *focus_key = NULL;
  GtkListBox *lists[] = {
    self->overdue_list, self->today_list, self->week_list, self->leergesprek_list, self->warnings_list
  };
  GDate today;

  opl_date_set_today (&today);
  focus_key = opl_page_get_focus_key (page, GTK_WIDGET (self));

  opl_compat_list_box_remove_all (self->overdue_list);
  opl_compat_list_box_remove_all (self->today_list);
  opl_compat_list_box_remove_all (self->week_list);
  opl_compat_list_box_remove_all (self->current_list);
  opl_compat_list_box_remove_all (self->opleiders_list);
  opl_compat_list_box_remove_all (self->leave_list);
  opl_compat_list_box_remove_all (self->leergesprek_list);
  opl_compat_list_box_remove_all (self->warnings_list);
  opl_compat_list_box_remove_all (self->earlier_list);
  self->prepare_row = NULL;
  self->n_warnings = 0;

  refresh_header (self);

  if (opl_person_is_opleider (person))
    refresh_opleider (self, &today);
  else
    refresh_aios (self, &today);

  gtk_widget_set_visible (GTK_WIDGET (self->warnings_list), self->n_warnings > 0);

  /* The row that had the focus is made anew: give it the focus back, if it is still
   * there (a task ticked in “Overdue” is no longer overdue). */
  for (guint i = 0; focus_key != NULL && i < G_N_ELEMENTS (lists); i++)
    {
      if (restore_focus_in (lists[i], focus_key))
        break;
    }
}

GtkListBox *
opl_dashboard_page_get_current_list (OplDashboardPage *self)
{
  return self->current_list;
}

GtkListBox *
opl_dashboard_page_get_earlier_list (OplDashboardPage *self)
{
  return self->earlier_list;
}

GtkListBox *
opl_dashboard_page_get_overdue_list (OplDashboardPage *self)
{
  return self->overdue_list;
}

GtkListBox *
opl_dashboard_page_get_today_list (OplDashboardPage *self)
{
  return self->today_list;
}

GtkListBox *
opl_dashboard_page_get_week_list (OplDashboardPage *self)
{
  return self->week_list;
}

GtkListBox *
opl_dashboard_page_get_leergesprek_list (OplDashboardPage *self)
{
  return self->leergesprek_list;
}

GtkWidget *
opl_dashboard_page_get_prepare_row (OplDashboardPage *self)
{
  return self->prepare_row;
}

guint
opl_dashboard_page_get_n_warnings (OplDashboardPage *self)
{
  return self->n_warnings;
}

GtkListBox *
opl_dashboard_page_get_warnings_list (OplDashboardPage *self)
{
  return self->warnings_list;
}

GtkListBox *
opl_dashboard_page_get_progress_list (OplDashboardPage *self)
{
  return opl_progress_group_get_list (self->progress_group);
}

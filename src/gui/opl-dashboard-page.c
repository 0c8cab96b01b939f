/* opl-dashboard-page.c: what a person sees first after choosing their profile.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The opleider sees what is overdue, today's and this week's checklist tasks and due
 * moments of their aios, and their aios; the aios sees their own due moments and
 * traject. KPB/KVB and diensten against the year's pace are OplProgressGroup's. What
 * later features will record is shown as such, never as made-up numbers.
 */

#define G_LOG_DOMAIN "opl-dashboard-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-dashboard-page-private.h"
#include "opl-checklist-row.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-form-launcher.h"
#include "opl-progress-group.h"

struct _OplDashboardPage
{
  AdwBin                parent_instance;

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
  AdwActionRow         *leergesprek_row;
  AdwPreferencesGroup  *current_group;
  GtkListBox           *current_list;
  AdwPreferencesGroup  *opleiders_group;
  GtkListBox           *opleiders_list;
  AdwPreferencesGroup  *leave_group;
  GtkListBox           *leave_list;
  AdwPreferencesGroup  *earlier_group;
  GtkListBox           *earlier_list;
  OplProgressGroup     *progress_group;

  /* Owned references */
  OplStore             *store;
  OplPerson            *person;
  OplChecklist         *checklist;
  guint                 refresh_id;
};

G_DEFINE_FINAL_TYPE (OplDashboardPage, opl_dashboard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names and data text are plain text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (list, row);
  return row;
}

static void
add_person_row (GtkListBox *list,
                const char *name,
                const char *subtitle)
{
  GtkWidget *row = add_row (list, name, subtitle);
  GtkWidget *avatar = adw_avatar_new (32, name, TRUE);

  /* The row's title already names the person. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
}

static void
add_value_row (GtkListBox *list,
               const char *title,
               const char *value)
{
  GtkWidget *row = add_row (list, title, NULL);
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
  GtkWidget *row = add_row (list, title, subtitle);

  gtk_widget_add_css_class (row, "dim-label");
}

static void
add_checklist_row (OplDashboardPage         *self,
                   GtkListBox               *list,
                   const OplChecklistStatus *status,
                   const GDate              *today)
{
  GtkWidget *row = opl_checklist_row_new (self->store, self->checklist,
                                          opl_person_get_id (self->person), FALSE);
  g_autofree char *key = g_strconcat ("item:", status->item->id, NULL);

  opl_checklist_row_set_status (OPL_CHECKLIST_ROW (row), status, today);
  opl_checklist_row_set_show_period (OPL_CHECKLIST_ROW (row), status->item->period != OPL_PERIOD_DAILY);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);
  gtk_list_box_append (list, row);
}

static GtkWidget *
add_pill (GtkWidget  *row,
          const char *text,
          const char *style)
{
  GtkWidget *pill = gtk_label_new (text);

  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "opl-pill");
  gtk_widget_add_css_class (pill, style);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
  return pill;
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
  GtkWidget *row = add_row (list, title, subtitle);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  GtkWidget *icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");
  GtkWidget *form_button;

  /* An icon where the checklist rows have their check button, so the titles line up. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_size_request (icon, 24, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (moment->state == OPL_MOMENT_STATE_OVERDUE)
    add_pill (row, _("Overdue"), "error");
  else if (moment->state == OPL_MOMENT_STATE_DUE)
    add_pill (row, _("Due soon"), "warning");

  /* The moment's form, one click away: “Fill In” or “Open” (issue 5). */
  form_button = opl_form_launcher_create_button (self->store, self->person, traject, moment, subject_id);
  if (form_button != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), form_button);

  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: an action name without its target would not match the action. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", opl_traject_get_id (traject));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "workspace.show-traject");
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

      if (moment->state == OPL_MOMENT_STATE_DONE)
        continue;

      if (moment->state == OPL_MOMENT_STATE_OVERDUE)
        when = g_strdup (_("overdue"));
      else
        when = opl_format_date (&moment->due);

      /* Translators: the next due moment: its kind (“LEOh”), its month, and its date or “overdue” */
      return g_strdup_printf (_("Next: %s, month %d · %s"),
                              opl_moment_kind_get_label (moment->kind), moment->month, when);
    }

  return NULL;
}

/* The key of the row that has the keyboard focus, to give it back after a rebuild. */
static char *
get_focus_key (OplDashboardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;

  row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  return row != NULL ? g_strdup (g_object_get_data (G_OBJECT (row), "opl-key")) : NULL;
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

static gboolean
has_ended (OplTraject  *traject,
           const GDate *today)
{
  const GDate *end = opl_traject_get_end (traject);

  return end != NULL && g_date_compare (end, today) < 0;
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

  if (has_ended (traject, today))
    {
      g_autofree char *period = opl_format_period (opl_traject_get_start (traject),
                                                   opl_traject_get_end (traject));
      g_strv_builder_add (parts, period);
    }
  else if (opl_traject_is_active (traject, today))
    {
      g_autofree char *month = NULL;
      g_autofree char *started = NULL;

      /* Translators: %d is the month of the traject, counting from 1 */
      month = g_strdup_printf (_("month %d"), opl_traject_get_training_month (traject, today));
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

/* A due moment of one of the opleider's aios. */
typedef struct
{
  const OplMoment *moment;
  OplTraject      *traject;
} AiosMoment;

/* Overdue tasks first, then today's, then the rest of this week's. */
static void
fill_checklist (OplDashboardPage *self,
                const GDate      *today,
                guint            *n_overdue,
                guint            *n_today,
                guint            *n_week)
{
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;

  if (self->checklist == NULL)
    return;

  statuses = opl_store_get_checklist_status (self->store, self->checklist,
                                             opl_person_get_id (self->person), today, &error);
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
      else if (status->item->period == OPL_PERIOD_WEEKLY)
        {
          add_checklist_row (self, self->week_list, status, today);
          (*n_week)++;
        }
    }
}

static void
refresh_opleider (OplDashboardPage *self,
                  const GDate      *today)
{
  const char *person_id = opl_person_get_id (self->person);
  gboolean stands_in = opl_person_get_role (self->person) == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;
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
  adw_preferences_group_set_title (self->leergesprek_group, _("This Week’s Leergesprek"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->leergesprek_row),
                                 _("The leergesprek planner is not available yet"));
  adw_action_row_set_subtitle (self->leergesprek_row,
                               _("The weekly leergesprek — its fixed slot, the aios’s agenda, notes, "
                                 "tops and tips — will be planned in Leergesprekken. Until then, the "
                                 "checklist keeps track of whether it took place."));
  gtk_widget_set_visible (GTK_WIDGET (self->opleiders_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->today_group), TRUE);

  fill_checklist (self, today, &n_overdue, &n_today, &n_week);

  trajecten = opl_store_list_trajecten (self->store, stands_in ? NULL : person_id, &error);
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

      if (has_ended (traject, today))
        {
          add_person_row (self->earlier_list, opl_traject_get_aios_name (traject), subtitle);
          n_earlier++;
          continue;
        }

      moments = opl_store_get_schedule (self->store, traject, today, &error);
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
      g_autofree char *month = g_strdup_printf ("%d", opl_traject_get_training_month (traject, today));

      add_value_row (self->current_list, _("Month of the traject"), month);
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

      add_row (self->leave_list, opl_leave_kind_get_label (leave->kind), period);
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
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  const OplMomentState order[] = { OPL_MOMENT_STATE_OVERDUE, OPL_MOMENT_STATE_DUE };
  guint n_shown = 0;

  moments = opl_store_get_schedule (self->store, traject, today, &error);
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
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplTraject *current = NULL;
  guint n_earlier = 0;

  adw_preferences_group_set_title (self->current_group, _("Your Traject"));
  adw_preferences_group_set_title (self->earlier_group, _("Earlier Trajecten"));
  adw_preferences_group_set_title (self->week_group, _("Your Due Moments"));
  adw_preferences_group_set_title (self->leergesprek_group, _("This Week’s Leergesprek Agenda"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->leergesprek_row),
                                 _("The leergesprek agenda is not available yet"));
  adw_action_row_set_subtitle (self->leergesprek_row,
                               _("You will prepare the agenda of the weekly leergesprek — your "
                                 "questions, cases and learning goals — in Leergesprekken."));
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->today_group), FALSE);

  trajecten = opl_store_list_trajecten (self->store, opl_person_get_id (self->person), &error);
  if (trajecten == NULL)
    {
      show_load_error (self, error);
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

      if (current == NULL && !has_ended (traject, today))
        {
          current = traject;
        }
      else
        {
          g_autofree char *period = opl_format_period (opl_traject_get_start (traject),
                                                       opl_traject_get_end (traject));
          g_autofree char *opleiders = describe_opleiders (traject);
          g_autofree char *subtitle = NULL;

          subtitle = *opleiders != '\0' ? g_strdup_printf ("%s · %s", period, opleiders)
                                        : g_steal_pointer (&period);
          add_row (self->earlier_list, opl_format_phase (opl_traject_get_phase (traject)), subtitle);
          n_earlier++;
        }
    }

  if (current != NULL)
    {
      fill_current_traject (self, current, today);
      fill_own_moments (self, current, today);
    }
  else
    {
      add_note_row (self->current_list, _("No current traject"),
                    _("Your opleider links you to the practice for each phase."));
      add_note_row (self->week_list, _("Nothing is due"), NULL);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->opleiders_group), current != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_group), current != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), n_earlier > 0);
}

static void
refresh_header (OplDashboardPage *self)
{
  const char *name = opl_person_get_name (self->person);
  const char *practice = opl_store_get_practice_name (self->store);
  g_autofree char *first = get_first_name (name);
  g_autofree char *greeting = greet (first);
  g_autofree char *subtitle = NULL;

  if (practice != NULL)
    {
      /* Translators: the first %s is a role (Hoofdopleider, Aios), the second the practice */
      subtitle = g_strdup_printf (_("%s · %s"), opl_person_get_role_label (self->person), practice);
    }
  else
    {
      subtitle = g_strdup (opl_person_get_role_label (self->person));
    }

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_label (self->greeting_label, greeting);
  gtk_label_set_label (self->subtitle_label, subtitle);
}

static void
on_refresh_idle_cb (gpointer user_data)
{
  OplDashboardPage *self = user_data;

  self->refresh_id = 0;
  opl_dashboard_page_refresh (self);
}

static void
on_store_changed_cb (OplDashboardPage *self)
{
  OplPerson *current = opl_store_lookup_person (self->store, opl_person_get_id (self->person));

  /* The store reloads its people on a change: follow a rename. */
  if (current != NULL)
    g_set_object (&self->person, current);

  /* A tick on this page changes the store while its check button is still toggling:
   * rebuild once the main loop is idle, and once for a burst of changes. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_once (on_refresh_idle_cb, self);
}

static void
opl_dashboard_page_constructed (GObject *object)
{
  OplDashboardPage *self = (OplDashboardPage *)object;

  G_OBJECT_CLASS (opl_dashboard_page_parent_class)->constructed (object);

  g_assert (OPL_IS_STORE (self->store));
  g_assert (OPL_IS_PERSON (self->person));

  if (opl_person_is_opleider (self->person))
    {
      g_autoptr(GError) error = NULL;

      self->checklist = opl_checklist_new_default (&error);
      if (self->checklist == NULL)
        g_critical ("The checklist definition is invalid: %s", error->message);
    }

  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  /* KPB/KVB and diensten against the year's pace; the group follows the store itself. */
  opl_progress_group_set_context (self->progress_group, self->store, self->person);
  opl_dashboard_page_refresh (self);
}

static void
opl_dashboard_page_dispose (GObject *object)
{
  OplDashboardPage *self = (OplDashboardPage *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_DASHBOARD_PAGE);

  g_clear_object (&self->checklist);
  g_clear_object (&self->store);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (opl_dashboard_page_parent_class)->dispose (object);
}

static void
opl_dashboard_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OplDashboardPage *self = OPL_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_dashboard_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OplDashboardPage *self = OPL_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_dashboard_page_class_init (OplDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_dashboard_page_constructed;
  object_class->dispose = opl_dashboard_page_dispose;
  object_class->get_property = opl_dashboard_page_get_property;
  object_class->set_property = opl_dashboard_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OPL_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leergesprek_row);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, current_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, current_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, opleiders_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, opleiders_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leave_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leave_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, earlier_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, earlier_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, progress_group);

  g_type_ensure (OPL_TYPE_PROGRESS_GROUP);
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

OplStore *
opl_dashboard_page_get_store (OplDashboardPage *self)
{
  g_return_val_if_fail (OPL_IS_DASHBOARD_PAGE (self), NULL);

  return self->store;
}

OplPerson *
opl_dashboard_page_get_person (OplDashboardPage *self)
{
  g_return_val_if_fail (OPL_IS_DASHBOARD_PAGE (self), NULL);

  return self->person;
}

/**
 * opl_dashboard_page_refresh:
 *
 * Reads the person's trajecten again and rebuilds the page.
 */
void
opl_dashboard_page_refresh (OplDashboardPage *self)
{
  g_autofree char *focus_key = NULL;
  GtkListBox *lists[] = { self->overdue_list, self->today_list, self->week_list };
  GDate today;

  g_return_if_fail (OPL_IS_DASHBOARD_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  opl_date_set_today (&today);
  focus_key = get_focus_key (self);

  clear_list (self->overdue_list);
  clear_list (self->today_list);
  clear_list (self->week_list);
  clear_list (self->current_list);
  clear_list (self->opleiders_list);
  clear_list (self->leave_list);
  clear_list (self->earlier_list);

  refresh_header (self);

  if (opl_person_is_opleider (self->person))
    refresh_opleider (self, &today);
  else
    refresh_aios (self, &today);

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
opl_dashboard_page_get_progress_list (OplDashboardPage *self)
{
  return opl_progress_group_get_list (self->progress_group);
}

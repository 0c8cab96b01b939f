/* opl-leergesprekken-page.c: the weekly leergesprek of one traject: its fixed time,
 * this week and the coming ones, what the last weeks lacked, and the past ones.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An aios sees their own traject; an opleider chooses one of their aios. The planner
 * proposes a kind for each week; a person may change it in the week's row. A week's
 * leergesprek opens in an OplLeergesprekEditor.
 */

#define G_LOG_DOMAIN "opl-leergesprekken-page"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-leergesprekken-page-private.h"
#include "opl-traject-row.h"
#include "opl-compat.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-rows.h"
#include "opl-store-calendar.h"
#include "opl-window.h"

/* This week and the eight after it. */
#define N_WEEKS_SHOWN 9
/* “Plan the Coming Weeks” fills this many weeks from today. */
#define N_WEEKS_PLANNED 12
/* Past leergesprekken shown at most, newest first. */
#define MAX_PAST 50
/* Past rows built at a time: the list lies below the weeks, and a row of four lines
 * of top and tip costs 27 M instructions to measure (issue 19). More are built as the
 * list comes within a screen of the visible part. */
#define PAST_PAGE 8
/* The characters of a top or tip shown in the list of past leergesprekken. */
#define EXCERPT_CHARS 90

struct _OplLeergesprekkenPage
{
  OplPage              parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *selector_group;
  OplTrajectRow       *aios_row;
  AdwStatusPage       *empty_page;
  GtkWidget           *content_box;
  AdwPreferencesGroup *warnings_group;
  GtkListBox          *warnings_list;
  AdwPreferencesGroup *slot_group;
  AdwExpanderRow      *slot_row;
  AdwComboRow         *weekday_row;
  GtkSpinButton       *hour_spin;
  GtkSpinButton       *minute_spin;
  GtkSpinButton       *duration_spin;
  AdwPreferencesGroup *weeks_group;
  GtkListBox          *weeks_list;
  AdwPreferencesGroup *past_group;
  GtkSearchEntry      *search_entry;
  GtkListBox          *past_list;

  /* Owned references */
  GPtrArray           *past;          /* OplLeergesprek, the rows of past_list, newest first */
  GHashTable          *expanded;      /* week keys whose rows are expanded */
  GCancellable        *cancellable;
  char                *last_message;
  char                *slot_shown;    /* the slot the time rows show, "traject:day:start:duration" */

  /* Borrowed references */
  GtkWidget           *editor;        /* a weak pointer */
  GtkScrolledWindow   *scrolled;      /* the page's own */

  guint                past_built;    /* rows of past built so far */
  guint                past_idle_id;
  OplPhase             past_phase;    /* the phase the past rows name their kinds in */
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (OplLeergesprekkenPage, opl_leergesprekken_page, OPL_TYPE_PAGE)

static void
show_message (OplLeergesprekkenPage *self,
              const char            *title)
{
  g_free (self->last_message);
  self->last_message = g_strdup (title);
  opl_window_show_toast_for (GTK_WIDGET (self), title);
}

static char *
weekday_name (GDateWeekday weekday)
{
  /* 23 November 2026 is a Monday. */
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 11, 23, 0, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_add_days (monday, (int) weekday - 1);

  return g_date_time_format (day, "%A");
}

static char *
describe_slot (const OplSlot *slot)
{
  g_autofree char *day = weekday_name (slot->weekday);
  g_autofree char *time = opl_format_time_range (slot->start_minute, slot->duration);

  /* Translators: the fixed weekly time; a day of the week and a span of time:
   * “Every Tuesday, 13:00–14:00” */
  return g_strdup_printf (_("Every %s, %s"), day, time);
}

static void
get_today (GDate *today)
{
  opl_date_set_today (today);
}

/* The Monday of @date's week. */
static void
get_monday (const GDate *date,
            GDate       *monday)
{
  *monday = *date;
  g_date_subtract_days (monday, g_date_get_weekday (date) - G_DATE_MONDAY);
}

static OplLeergesprek *
fetch_leergesprek (OplLeergesprekkenPage *self,
                   const char            *id)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GError) error = NULL;
  OplLeergesprek *leergesprek;

  leergesprek = opl_store_get_leergesprek (store, id, &error);
  if (error != NULL)
    g_debug ("Reading a leergesprek failed: %s", error->message);

  return leergesprek;
}

/* The slot part ----------------------------------------------------------------------- */

static void
fill_slot (OplLeergesprekkenPage *self,
           OplTraject            *traject)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_auto(OplSlot) slot = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  gboolean has_slot;

  has_slot = opl_store_get_slot (store, opl_traject_get_id (traject), &slot, &error);
  if (!has_slot)
    {
      if (error != NULL)
        g_debug ("Reading the slot failed: %s", error->message);

      /* A proposal: the start of a Monday morning. */
      slot.weekday = G_DATE_MONDAY;
      slot.start_minute = 8 * 60;
      slot.duration = OPL_LEERGESPREK_MIN_MINUTES;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->slot_row), _("No fixed time yet"));
      adw_expander_row_set_subtitle (self->slot_row, _("Choose a day and a time"));
    }
  else
    {
      g_autofree char *title = describe_slot (&slot);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->slot_row), title);
      adw_expander_row_set_subtitle (self->slot_row, _("Change the day or time"));
    }

  /* Keep what the person is changing, unless the stored time itself changed. */
  key = g_strdup_printf ("%s:%d:%d:%d:%d", opl_traject_get_id (traject), has_slot,
                         (int) slot.weekday, slot.start_minute, slot.duration);
  if (g_strcmp0 (key, self->slot_shown) == 0)
    return;

  g_free (self->slot_shown);
  self->slot_shown = g_steal_pointer (&key);
  adw_combo_row_set_selected (self->weekday_row, slot.weekday - G_DATE_MONDAY);
  gtk_spin_button_set_value (self->hour_spin, slot.start_minute / 60);
  gtk_spin_button_set_value (self->minute_spin, slot.start_minute % 60);
  gtk_spin_button_set_value (self->duration_spin, slot.duration);
  adw_expander_row_set_expanded (self->slot_row, !has_slot);
}

static void
opl_leergesprekken_page_save_slot_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  OplLeergesprekkenPage *self = OPL_LEERGESPREKKEN_PAGE (widget);
  g_auto(OplSlot) before = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *description = NULL;
  OplTraject *traject = opl_traject_row_get_traject (self->aios_row);
  OplSlot slot = { 0 };

  if (traject == NULL)
    return;

  slot.traject_id = (char *) opl_traject_get_id (traject);
  slot.weekday = adw_combo_row_get_selected (self->weekday_row) + G_DATE_MONDAY;
  slot.start_minute = gtk_spin_button_get_value_as_int (self->hour_spin) * 60 +
                      gtk_spin_button_get_value_as_int (self->minute_spin);
  slot.duration = gtk_spin_button_get_value_as_int (self->duration_spin);
  g_date_clear (&slot.coschap_start, 1);
  /* The coassistent's coschap is not set here: keep it. */
  if (opl_store_get_slot (opl_page_get_store (OPL_PAGE (self)), slot.traject_id, &before, NULL))
    slot.coschap_start = before.coschap_start;

  /* The store refuses a time under an hour or past midnight, in words for the person;
   * the rows keep what they typed. */
  if (!opl_store_set_slot (opl_page_get_store (OPL_PAGE (self)), &slot, &error))
    {
      g_debug ("Saving the slot failed: %s", error->message);
      if (error->domain == OPL_PLANNER_ERROR)
        show_message (self, error->message);
      else
        show_message (self, _("Time not saved: the practice could not be changed"));
      return;
    }

  description = describe_slot (&slot);
  /* Translators: a toast; %s is the fixed weekly time, “Every Tuesday, 13:00–14:00” */
  message = g_strdup_printf (_("Saved: %s"), description);
  show_message (self, message);
  adw_expander_row_set_expanded (self->slot_row, FALSE);
}

static void
opl_leergesprekken_page_plan_weeks_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  OplLeergesprekkenPage *self = OPL_LEERGESPREKKEN_PAGE (widget);
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  OplTraject *traject = opl_traject_row_get_traject (self->aios_row);
  GDate today, until;
  int n;

  if (traject == NULL)
    return;

  get_today (&today);
  until = today;
  g_date_add_days (&until, N_WEEKS_PLANNED * 7);

  n = opl_store_fill_weeks (store, traject, &today, &until, &error);
  if (n < 0)
    {
      g_debug ("Planning the weeks failed: %s", error->message);
      if (error->domain == OPL_PLANNER_ERROR)
        /* Translators: %s says why, in the planner's words */
        message = g_strdup_printf (_("Nothing planned: %s"), error->message);
      else
        message = g_strdup (_("Nothing planned: the practice could not be changed"));
    }
  else if (n == 0)
    {
      message = g_strdup (_("The coming weeks were planned already"));
    }
  else
    {
      /* Translators: a toast; %d is a number of leergesprekken */
      message = g_strdup_printf (ngettext ("%d leergesprek planned", "%d leergesprekken planned", n), n);
    }

  show_message (self, message);
}

/* The warnings ------------------------------------------------------------------------ */

static void
fill_warnings (OplLeergesprekkenPage *self,
               OplTraject            *traject,
               const GDate           *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  opl_compat_list_box_remove_all (self->warnings_list);

  warnings = opl_store_get_recent_warnings (store, traject, today, &error);
  if (warnings == NULL)
    {
      /* Without a fixed time there is nothing to check yet. */
      g_debug ("No planner warnings: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), FALSE);
      return;
    }

  for (guint i = 0; i < warnings->len; i++)
    {
      const OplPlannerWarning *warning = &g_array_index (warnings, OplPlannerWarning, i);
      g_auto(GStrv) lines = opl_format_planner_warning (warning, opl_traject_get_phase (traject), today);

      for (guint k = 0; lines[k] != NULL; k++)
        {
          if (warning->missing_week)
            opl_rows_append (self->warnings_list, "dialog-warning-symbolic", "warning", lines[k], NULL);
          else
            opl_rows_append (self->warnings_list, "dialog-information-symbolic", "accent", lines[k], NULL);
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list)) != NULL);
}

/* The weeks --------------------------------------------------------------------------- */

/* “Taakgericht · Planned · Agenda ready · Anna de Vries” */
static char *
describe_week (OplTraject     *traject,
               OplLeergesprek *leergesprek)
{
  OplLeergesprekStatus status = opl_leergesprek_get_status (leergesprek);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const OplTrajectOpleider *holder =
    opl_traject_find_opleider (traject, opl_leergesprek_get_opleider_id (leergesprek));

  g_strv_builder_add (parts, opl_leergesprek_kind_get_label (opl_leergesprek_get_kind (leergesprek),
                                                             opl_traject_get_phase (traject)));
  g_strv_builder_add (parts, opl_format_leergesprek_status (status));
  if (status == OPL_LEERGESPREK_PLANNED)
    g_strv_builder_add (parts, opl_leergesprek_has_text (leergesprek, OPL_LEERGESPREK_AGENDA)
                                 ? _("Agenda ready") : _("No agenda yet"));
  if (holder != NULL && opl_traject_get_n_opleiders (traject) > 1)
    g_strv_builder_add (parts, holder->name);

  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

static void fill_week_row (OplLeergesprekkenPage *self,
                           GtkWidget             *row,
                           OplTraject            *traject);

static void
on_week_row_expanded_cb (OplLeergesprekkenPage *self,
                         GParamSpec            *pspec,
                         AdwExpanderRow        *row)
{
  const char *key = g_object_get_data (G_OBJECT (row), "opl-key");
  OplTraject *traject = opl_traject_row_get_traject (self->aios_row);

  if (adw_expander_row_get_expanded (row) && traject != NULL)
    fill_week_row (self, GTK_WIDGET (row), traject);

  if (self->filling || key == NULL)
    return;

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (key));
  else
    g_hash_table_remove (self->expanded, key);
}

static void
change_leergesprek (OplLeergesprekkenPage *self,
                    const char            *id,
                    int                    kind,
                    int                    holder)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(OplLeergesprek) leergesprek = fetch_leergesprek (self, id);
  g_autoptr(GError) error = NULL;
  OplTraject *traject = opl_traject_row_get_traject (self->aios_row);

  if (leergesprek == NULL || traject == NULL)
    {
      show_message (self, _("Not saved: this leergesprek no longer exists"));
      return;
    }

  if (kind >= 0)
    opl_leergesprek_set_kind (leergesprek, kind);
  if (holder == 0)
    opl_leergesprek_set_opleider_id (leergesprek, NULL);
  else if (holder > 0 && (guint) holder <= opl_traject_get_n_opleiders (traject))
    opl_leergesprek_set_opleider_id (leergesprek, opl_traject_get_opleider (traject, holder - 1)->person_id);

  if (!opl_store_save_leergesprek (store, leergesprek, &error))
    {
      g_debug ("Saving a leergesprek failed: %s", error->message);
      show_message (self, _("Not saved: the practice could not be changed"));
      opl_page_refresh (OPL_PAGE (self));
    }
}

static void
on_kind_row_selected_cb (OplLeergesprekkenPage *self,
                         GParamSpec            *pspec,
                         AdwComboRow           *row)
{
  guint kind = adw_combo_row_get_selected (row);

  if (self->filling || kind >= OPL_N_LEERGESPREK_KINDS)
    return;

  change_leergesprek (self, g_object_get_data (G_OBJECT (row), "opl-leergesprek-id"), kind, -1);
}

static void
on_holder_row_selected_cb (OplLeergesprekkenPage *self,
                           GParamSpec            *pspec,
                           AdwComboRow           *row)
{
  guint holder = adw_combo_row_get_selected (row);

  if (self->filling || holder == GTK_INVALID_LIST_POSITION)
    return;

  change_leergesprek (self, g_object_get_data (G_OBJECT (row), "opl-leergesprek-id"), -1, holder);
}

static GtkWidget *
create_kind_row (OplLeergesprekkenPage *self,
                 OplTraject            *traject,
                 OplLeergesprek        *leergesprek)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < OPL_N_LEERGESPREK_KINDS; i++)
    gtk_string_list_append (kinds, opl_leergesprek_kind_get_label (i, opl_traject_get_phase (traject)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Kind"));
  /* The choice as a subtitle, so a long kind wraps instead of widening the row at 360 px. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), opl_leergesprek_get_kind (leergesprek));
  g_object_set_data_full (G_OBJECT (row), "opl-leergesprek-id",
                          g_strdup (opl_leergesprek_get_id (leergesprek)), g_free);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_kind_row_selected_cb),
                           self, G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
create_holder_row (OplLeergesprekkenPage *self,
                   OplTraject            *traject,
                   OplLeergesprek        *leergesprek)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *holder = opl_leergesprek_get_opleider_id (leergesprek);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  gtk_string_list_append (names, C_("held by", "Not decided"));
  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, i);

      gtk_string_list_append (names, opleider->name);
      if (g_strcmp0 (opleider->person_id, holder) == 0)
        selected = i + 1;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Held by"));
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  /* The opleiders divide the weeks between them. */
  gtk_widget_set_sensitive (row, opl_person_is_opleider (person));
  g_object_set_data_full (G_OBJECT (row), "opl-leergesprek-id",
                          g_strdup (opl_leergesprek_get_id (leergesprek)), g_free);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_holder_row_selected_cb),
                           self, G_CONNECT_SWAPPED);
  return row;
}

static void
add_leergesprek_row (OplLeergesprekkenPage *self,
                     OplTraject            *traject,
                     OplLeergesprek        *leergesprek,
                     gboolean               this_week)
{
  g_autofree char *day = opl_format_day (opl_leergesprek_get_date (leergesprek), FALSE);
  g_autofree char *time = opl_format_time_range (opl_leergesprek_get_start_minute (leergesprek),
                                                 opl_leergesprek_get_duration (leergesprek));
  g_autofree char *title = g_strdup_printf ("%s · %s", day, time);
  g_autofree char *subtitle = describe_week (traject, leergesprek);
  OplLeergesprekStatus status = opl_leergesprek_get_status (leergesprek);
  const char *key = opl_leergesprek_get_week_key (leergesprek);
  GtkWidget *row;

  row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup (key), g_free);
  g_object_set_data_full (G_OBJECT (row), "opl-leergesprek-id",
                          g_strdup (opl_leergesprek_get_id (leergesprek)), g_free);

  if (status == OPL_LEERGESPREK_HELD)
    adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), opl_rows_new_icon ("emblem-ok-symbolic", "success"));
  else if (status == OPL_LEERGESPREK_CANCELLED)
    adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), opl_rows_new_icon ("action-unavailable-symbolic", "error"));
  else if (opl_leergesprek_has_text (leergesprek, OPL_LEERGESPREK_AGENDA))
    adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), opl_rows_new_icon ("x-office-document-symbolic", "accent"));
  else
    adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), opl_rows_new_icon ("x-office-calendar-symbolic", "dim-label"));

  if (this_week)
    {
      GtkWidget *pill = gtk_label_new (_("This Week"));

      gtk_widget_add_css_class (pill, "opl-pill");
      gtk_widget_add_css_class (pill, "accent");
      gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), pill);
      gtk_widget_add_css_class (row, "opl-this-week");
    }
  if (status == OPL_LEERGESPREK_CANCELLED)
    gtk_widget_add_css_class (row, "opl-cancelled");

  /* The rows inside are built when the row is first expanded (fill_week_row ()):
   * three rows with two drop-downs for each of nine weeks that are mostly never
   * opened (issue 19). */
  g_object_set_data_full (G_OBJECT (row), "opl-leergesprek", g_object_ref (leergesprek), g_object_unref);
  if (g_hash_table_contains (self->expanded, key))
    {
      fill_week_row (self, row, traject);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_week_row_expanded_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->weeks_list, row);
}

/* Builds the rows inside a week's expander row, once. */
static void
fill_week_row (OplLeergesprekkenPage *self,
               GtkWidget             *row,
               OplTraject            *traject)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  OplLeergesprek *leergesprek = g_object_get_data (G_OBJECT (row), "opl-leergesprek");
  gboolean filling = self->filling;
  GtkWidget *open_row;

  if (leergesprek == NULL || g_object_get_data (G_OBJECT (row), "opl-filled") != NULL)
    return;
  g_object_set_data (G_OBJECT (row), "opl-filled", GINT_TO_POINTER (TRUE));

  /* Setting the drop-downs' choices is no change by the person. */
  self->filling = TRUE;
  open_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (open_row),
                                 opl_person_is_opleider (person) ? _("Open Agenda and Notes")
                                                                       : _("Open and Write the Agenda"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (open_row), opl_rows_new_icon ("go-next-symbolic", NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (open_row), TRUE);
  /* It lives in the expander row's own list, out of reach of weeks_list's
   * row-activated: an action opens it. The target first, then the name. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open_row), "s", opl_leergesprek_get_id (leergesprek));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open_row), "leergesprekken.open");
  g_object_set_data_full (G_OBJECT (open_row), "opl-leergesprek-id",
                          g_strdup (opl_leergesprek_get_id (leergesprek)), g_free);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), open_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_kind_row (self, traject, leergesprek));
  if (opl_traject_get_n_opleiders (traject) > 1)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_holder_row (self, traject, leergesprek));
  self->filling = filling;

  /* As opl_page_refresh () does for the rows built with the page. */
  opl_compat_floor_wrapping_labels (row);
}

static void
add_empty_week_row (OplLeergesprekkenPage *self,
                    OplTraject            *traject,
                    const OplPlannedWeek  *week,
                    const OplSlot         *slot,
                    gboolean               this_week)
{
  g_autofree char *day = opl_format_day (&week->date, FALSE);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  switch (week->skip)
    {
    case OPL_SKIP_HOLIDAY:
      title = g_steal_pointer (&day);
      subtitle = g_strdup (_("Holiday: no leergesprek this week"));
      row = opl_rows_append (self->weeks_list, "weather-clear-symbolic", "dim-label", title, subtitle);
      gtk_widget_add_css_class (row, "opl-skipped");
      break;
    case OPL_SKIP_LEAVE:
      title = g_steal_pointer (&day);
      subtitle = g_strdup (_("Leave: no leergesprek this week"));
      row = opl_rows_append (self->weeks_list, "media-playback-pause-symbolic", "dim-label", title, subtitle);
      gtk_widget_add_css_class (row, "opl-skipped");
      break;
    case OPL_SKIP_NONE:
    default:
      {
        g_autofree char *time = opl_format_time_range (slot->start_minute, slot->duration);

        title = g_strdup_printf ("%s · %s", day, time);
        /* Translators: %s is the kind the planner proposes: “Taakgericht” */
        subtitle = g_strdup_printf (_("Not planned yet · proposed: %s"),
                                    opl_leergesprek_kind_get_label (week->kind, opl_traject_get_phase (traject)));
        row = opl_rows_append (self->weeks_list, "content-loading-symbolic", "dim-label", title, subtitle);
        gtk_widget_add_css_class (row, "opl-unplanned");
      }
      break;
    }

  g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup (week->week_key), g_free);
  if (this_week)
    gtk_widget_add_css_class (row, "opl-this-week");
}

static void
fill_weeks (OplLeergesprekkenPage *self,
            OplTraject            *traject,
            const GDate           *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GHashTable) by_week = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) leergesprekken = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(OplSlot) slot = { 0 };
  g_autofree char *this_week = opl_date_week_key (today);
  GDate monday, until, wide_from, wide_until;

  opl_compat_list_box_remove_all (self->weeks_list);
  get_monday (today, &monday);
  until = monday;
  g_date_add_days (&until, N_WEEKS_SHOWN * 7 - 1);

  weeks = opl_store_plan_weeks (store, traject, &monday, &until, &error);
  if (weeks == NULL || !opl_store_get_slot (store, opl_traject_get_id (traject), &slot, NULL))
    {
      g_debug ("No weeks to show: %s", error != NULL ? error->message : "no slot");
      opl_rows_append (self->weeks_list, "alarm-symbolic", "dim-label", _("No fixed time yet"),
                       _("Choose the weekly time above, then plan the coming weeks."));
      return;
    }

  /* A leergesprek moved to another day stays in its week: look a week further. */
  wide_from = monday;
  g_date_subtract_days (&wide_from, 7);
  wide_until = until;
  g_date_add_days (&wide_until, 7);
  leergesprekken = opl_store_list_leergesprekken (store, opl_traject_get_id (traject),
                                                  &wide_from, &wide_until, NULL, &error);
  if (leergesprekken == NULL)
    {
      g_debug ("Reading the leergesprekken failed: %s", error->message);
      opl_rows_append (self->weeks_list, "dialog-warning-symbolic", "error",
                       _("Could not read the leergesprekken"), _("Try again later."));
      return;
    }

  for (guint i = 0; i < leergesprekken->len; i++)
    {
      OplLeergesprek *leergesprek = g_ptr_array_index (leergesprekken, i);

      g_hash_table_insert (by_week, (gpointer) opl_leergesprek_get_week_key (leergesprek), leergesprek);
    }

  for (guint i = 0; i < weeks->len; i++)
    {
      const OplPlannedWeek *week = &g_array_index (weeks, OplPlannedWeek, i);
      OplLeergesprek *leergesprek = g_hash_table_lookup (by_week, week->week_key);
      gboolean is_this_week = g_strcmp0 (week->week_key, this_week) == 0;

      if (leergesprek != NULL)
        add_leergesprek_row (self, traject, leergesprek, is_this_week);
      else
        add_empty_week_row (self, traject, week, &slot, is_this_week);
    }
}

/* The past ---------------------------------------------------------------------------- */

static char *
describe_past (OplLeergesprek *leergesprek)
{
  g_autofree char *top =
    opl_format_excerpt (opl_leergesprek_get_text (leergesprek, OPL_LEERGESPREK_TOP), EXCERPT_CHARS);
  g_autofree char *tip =
    opl_format_excerpt (opl_leergesprek_get_text (leergesprek, OPL_LEERGESPREK_TIP), EXCERPT_CHARS);
  g_autofree char *top_line = NULL;
  g_autofree char *tip_line = NULL;

  switch (opl_leergesprek_get_status (leergesprek))
    {
    case OPL_LEERGESPREK_CANCELLED:
      /* Translators: %s is why a leergesprek was cancelled */
      return g_strdup_printf (_("Cancelled: %s"),
                              opl_leergesprek_get_text (leergesprek, OPL_LEERGESPREK_CANCEL_REASON));
    case OPL_LEERGESPREK_PLANNED:
      return g_strdup (_("Not marked as held yet"));
    case OPL_LEERGESPREK_HELD:
    default:
      break;
    }

  if (top == NULL && tip == NULL)
    return g_strdup (_("Held · no top or tip written down"));

  if (top != NULL)
    /* Translators: %s is the start of the top, what went well */
    top_line = g_strdup_printf (_("Top: %s"), top);
  if (tip != NULL)
    /* Translators: %s is the start of the tip, what to work on */
    tip_line = g_strdup_printf (_("Tip: %s"), tip);

  if (top_line != NULL && tip_line != NULL)
    return g_strdup_printf ("%s\n%s", top_line, tip_line);

  return g_strdup (top_line != NULL ? top_line : tip_line);
}

static void
add_past_row (OplLeergesprekkenPage *self,
              OplLeergesprek        *leergesprek)
{
  g_autofree char *day = opl_format_day (opl_leergesprek_get_date (leergesprek), FALSE);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe_past (leergesprek);
  OplLeergesprekStatus status = opl_leergesprek_get_status (leergesprek);
  GtkWidget *row;

  title = g_strdup_printf ("%s · %s", day,
                           opl_leergesprek_kind_get_label (opl_leergesprek_get_kind (leergesprek), self->past_phase));
  row = opl_rows_append (self->past_list,
                         status == OPL_LEERGESPREK_HELD ? "emblem-ok-symbolic"
                           : status == OPL_LEERGESPREK_CANCELLED ? "action-unavailable-symbolic"
                           : "dialog-question-symbolic",
                         status == OPL_LEERGESPREK_HELD ? "success"
                           : status == OPL_LEERGESPREK_CANCELLED ? "error" : "warning",
                         title, subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), opl_rows_new_icon ("go-next-symbolic", NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "opl-leergesprek-id",
                          g_strdup (opl_leergesprek_get_id (leergesprek)), g_free);
  /* As opl_page_refresh () does for the rows built with the page. */
  opl_compat_floor_wrapping_labels (row);
}

/* Builds the next page of past rows. */
static void
build_past_page (OplLeergesprekkenPage *self)
{
  for (guint n = 0; n < PAST_PAGE && self->past != NULL && self->past_built < self->past->len; n++)
    add_past_row (self, g_ptr_array_index (self->past, self->past_built++));
}

/* Whether the end of the built past rows lies within a screen below what is seen. */
static gboolean
past_needs_more (OplLeergesprekkenPage *self)
{
  GtkAdjustment *adjustment;
  GtkWidget *viewport, *content;
  graphene_rect_t bounds;

  if (self->past == NULL || self->past_built >= self->past->len || self->scrolled == NULL)
    return FALSE;

  viewport = gtk_scrolled_window_get_child (self->scrolled);
  content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  /* Not laid out yet: its first allocation tells (the adjustment changes). */
  if (content == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self->past_list)) ||
      gtk_widget_get_height (GTK_WIDGET (self->past_list)) <= 0 ||
      gtk_adjustment_get_page_size (adjustment) <= 0 ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self->past_list), content, &bounds))
    return FALSE;

  return bounds.origin.y + bounds.size.height <
         gtk_adjustment_get_value (adjustment) + 2 * gtk_adjustment_get_page_size (adjustment);
}

static gboolean
on_past_idle_cb (gpointer user_data)
{
  OplLeergesprekkenPage *self = user_data;

  self->past_idle_id = 0;
  if (past_needs_more (self))
    build_past_page (self);
  return G_SOURCE_REMOVE;
}

/* The view was shown, scrolled or changed size: more rows when their place comes
 * near. Looked at in an idle after GTK has laid the page out (a lower priority than
 * its frames), and rows are never added while it does. */
static void
on_scrolled_adjustment_cb (OplLeergesprekkenPage *self)
{
  if (self->past_idle_id == 0 && self->past != NULL && self->past_built < self->past->len)
    self->past_idle_id = g_idle_add (on_past_idle_cb, self);
}

/* After the page's first frame: the first page of past rows (opl_page_after_layout ()). */
static gboolean
build_first_past_page (OplPage *page)
{
  OplLeergesprekkenPage *self = OPL_LEERGESPREKKEN_PAGE (page);

  if (self->past_built == 0)
    build_past_page (self);

  return FALSE;
}

static void
fill_past (OplLeergesprekkenPage *self,
           OplTraject            *traject,
           const GDate           *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) past = NULL;
  g_autoptr(GError) error = NULL;
  GDate yesterday = *today;

  opl_compat_list_box_remove_all (self->past_list);
  g_clear_pointer (&self->past, g_ptr_array_unref);
  self->past_built = 0;
  self->past_phase = opl_traject_get_phase (traject);
  g_date_subtract_days (&yesterday, 1);

  past = opl_store_list_leergesprekken (store, opl_traject_get_id (traject),
                                        opl_traject_get_start (traject), &yesterday,
                                        search, &error);
  if (past == NULL)
    {
      g_debug ("Reading the past leergesprekken failed: %s", error->message);
      opl_rows_append (self->past_list, "dialog-warning-symbolic", "error",
                       _("Could not read the leergesprekken"), _("Try again later."));
      return;
    }

  /* Newest first, MAX_PAST at most; the first page now, or, for a page not shown yet,
   * after its first frame: they lie below the weeks (issue 19). The others when the
   * list comes near (on_scrolled_adjustment_cb ()). */
  self->past = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = past->len; i > 0 && self->past->len < MAX_PAST; i--)
    g_ptr_array_add (self->past, g_object_ref (g_ptr_array_index (past, i - 1)));
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build_past_page (self);
  else
    opl_page_after_layout (OPL_PAGE (self), build_first_past_page);

  if (past->len == 0)
    {
      g_autofree char *title = NULL;

      if (search != NULL && *search != '\0')
        /* Translators: %s is what the person searched for */
        title = g_strdup_printf (_("Nothing found for “%s”"), search);
      else
        title = g_strdup (_("No past leergesprekken yet"));
      opl_rows_append (self->past_list, "edit-find-symbolic", "dim-label", title, NULL);
    }
}

/* The whole page ---------------------------------------------------------------------- */

static void
fill_traject (OplLeergesprekkenPage *self)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autofree char *focus_key = opl_page_get_focus_key (OPL_PAGE (self), GTK_WIDGET (self->weeks_list));
  OplTraject *traject = opl_traject_row_get_traject (self->aios_row);
  GDate today;

  get_today (&today);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), traject == NULL);
  gtk_widget_set_visible (self->content_box, traject != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leergesprekken.save-slot", traject != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leergesprekken.plan-weeks", traject != NULL);
  if (traject == NULL)
    {
      gboolean opleider = opl_person_is_opleider (person);

      adw_status_page_set_title (self->empty_page,
                                 opleider ? _("No aios trains with you now") : _("No current traject"));
      adw_status_page_set_description (self->empty_page,
                                       opleider
                                         ? _("The weekly leergesprekken appear here from the start of an aios’s traject.")
                                         : _("Your opleider links you to the practice for each phase."));
      return;
    }

  self->filling = TRUE;
  fill_slot (self, traject);
  fill_warnings (self, traject, &today);
  fill_weeks (self, traject, &today);
  fill_past (self, traject, &today);
  self->filling = FALSE;

  if (opl_person_is_opleider (person))
    adw_preferences_group_set_title (self->weeks_group, opl_traject_get_aios_name (traject));
  else
    adw_preferences_group_set_title (self->weeks_group, _("Coming Weeks"));

  if (focus_key != NULL)
    {
      GtkWidget *row = opl_leergesprekken_page_find_week_row (self, focus_key);

      if (row != NULL)
        gtk_widget_grab_focus (row);
    }
}

static void
opl_leergesprekken_page_refresh (OplPage *page)
{
  OplLeergesprekkenPage *self = OPL_LEERGESPREKKEN_PAGE (page);
  gboolean has_choice;
  GDate today;

  get_today (&today);
  self->filling = TRUE;
  has_choice = opl_traject_row_load (self->aios_row, opl_page_get_store (page), opl_page_get_person (page),
                                     &today);
  self->filling = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->selector_group), has_choice);
  fill_traject (self);
}

static void
on_aios_row_traject_changed_cb (OplLeergesprekkenPage *self)
{
  if (self->filling)
    return;

  g_clear_pointer (&self->slot_shown, g_free);
  g_hash_table_remove_all (self->expanded);
  fill_traject (self);
}

static void
on_search_entry_search_changed_cb (OplLeergesprekkenPage *self)
{
  OplTraject *traject = opl_traject_row_get_traject (self->aios_row);
  GDate today;

  if (traject == NULL)
    return;

  get_today (&today);
  fill_past (self, traject, &today);
}

static void
on_list_row_activated_cb (OplLeergesprekkenPage *self,
                          GtkListBoxRow         *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "opl-leergesprek-id");

  if (id != NULL && !ADW_IS_EXPANDER_ROW (row))
    opl_leergesprekken_page_open_leergesprek (self, id);
}

static void
on_editor_saved_cb (OplLeergesprekkenPage *self,
                    const char            *message)
{
  show_message (self, message);
}

static void
on_calendar_file_chosen_cb (GObject      *object,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(OplLeergesprekkenPage) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = opl_compat_save_file_finish (result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("Could not choose a file"));
      g_debug ("No file chosen: %s", error->message);
      return;
    }

  opl_leergesprekken_page_export_to (self, file);
}

static void
opl_leergesprekken_page_open_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  opl_leergesprekken_page_open_leergesprek (OPL_LEERGESPREKKEN_PAGE (widget),
                                            g_variant_get_string (parameter, NULL));
}

static void
opl_leergesprekken_page_export_calendar_action (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *parameter)
{
  OplLeergesprekkenPage *self = OPL_LEERGESPREKKEN_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_file_filter_set_name (filter, _("Calendars"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_pattern (filter, "*.ics");

  opl_compat_save_file_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                              _("Export to Calendar"),
                              _("_Save"),
                              "leergesprekken.ics",
                              filter,
                              self->cancellable,
                              on_calendar_file_chosen_cb,
                              g_object_ref (self));
}

static void
opl_leergesprekken_page_constructed (GObject *object)
{
  OplLeergesprekkenPage *self = (OplLeergesprekkenPage *)object;
  g_autoptr(GtkStringList) weekdays = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (opl_leergesprekken_page_parent_class)->constructed (object);

  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    {
      g_autofree char *name = weekday_name (day);

      gtk_string_list_append (weekdays, name);
    }
  adw_combo_row_set_model (self->weekday_row, G_LIST_MODEL (weekdays));

  opl_page_refresh (OPL_PAGE (self));
}

static void
opl_leergesprekken_page_dispose (GObject *object)
{
  OplLeergesprekkenPage *self = (OplLeergesprekkenPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->past_idle_id, g_source_remove);
  g_clear_pointer (&self->past, g_ptr_array_unref);
  self->scrolled = NULL;
  if (self->editor != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
      gtk_window_destroy (GTK_WINDOW (self->editor));
      self->editor = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_LEERGESPREKKEN_PAGE);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (opl_leergesprekken_page_parent_class)->dispose (object);
}

static void
opl_leergesprekken_page_finalize (GObject *object)
{
  OplLeergesprekkenPage *self = (OplLeergesprekkenPage *)object;

  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->last_message, g_free);
  g_clear_pointer (&self->slot_shown, g_free);

  G_OBJECT_CLASS (opl_leergesprekken_page_parent_class)->finalize (object);
}

static void
opl_leergesprekken_page_class_init (OplLeergesprekkenPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_leergesprekken_page_constructed;
  object_class->dispose = opl_leergesprekken_page_dispose;
  object_class->finalize = opl_leergesprekken_page_finalize;

  OPL_PAGE_CLASS (klass)->refresh = opl_leergesprekken_page_refresh;

  g_type_ensure (OPL_TYPE_TRAJECT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-leergesprekken-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, selector_group);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, aios_row);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, slot_group);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, slot_row);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, weeks_group);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, weeks_list);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, past_group);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OplLeergesprekkenPage, past_list);
  gtk_widget_class_bind_template_callback (widget_class, on_aios_row_traject_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_minute_spin_output_cb",
                                                G_CALLBACK (opl_rows_show_minutes));

  gtk_widget_class_install_action (widget_class, "leergesprekken.save-slot", NULL,
                                   opl_leergesprekken_page_save_slot_action);
  gtk_widget_class_install_action (widget_class, "leergesprekken.plan-weeks", NULL,
                                   opl_leergesprekken_page_plan_weeks_action);
  gtk_widget_class_install_action (widget_class, "leergesprekken.open", "s",
                                   opl_leergesprekken_page_open_action);
  gtk_widget_class_install_action (widget_class, "leergesprekken.export-calendar", NULL,
                                   opl_leergesprekken_page_export_calendar_action);
}

static void
opl_leergesprekken_page_init (OplLeergesprekkenPage *self)
{
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();

  self->scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self->past_list),
                                                                 GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_scrolled_adjustment_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (on_scrolled_adjustment_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->past_list, "map", G_CALLBACK (on_scrolled_adjustment_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
opl_leergesprekken_page_new (OplStore  *store,
                             OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_LEERGESPREKKEN_PAGE, "store", store, "person", person, NULL);
}

const char *
opl_leergesprekken_page_get_traject_id (OplLeergesprekkenPage *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREKKEN_PAGE (self), NULL);

  return opl_traject_row_get_traject_id (self->aios_row);
}

/**
 * opl_leergesprekken_page_select_traject:
 *
 * Returns: whether @traject_id is one of the page's choices
 */
gboolean
opl_leergesprekken_page_select_traject (OplLeergesprekkenPage *self,
                                        const char            *traject_id)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREKKEN_PAGE (self), FALSE);

  /* The row tells when the choice changes, and the page follows. */
  return opl_traject_row_select_traject (self->aios_row, traject_id);
}

/**
 * opl_leergesprekken_page_open_leergesprek:
 *
 * Opens the leergesprek in an editor on top of the page's window.
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL when it no longer exists
 */
GtkWidget *
opl_leergesprekken_page_open_leergesprek (OplLeergesprekkenPage *self,
                                          const char            *leergesprek_id)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autoptr(OplLeergesprek) leergesprek = NULL;
  OplTraject *traject;
  GtkRoot *root;

  g_return_val_if_fail (OPL_IS_LEERGESPREKKEN_PAGE (self), NULL);

  traject = opl_traject_row_get_traject (self->aios_row);
  leergesprek = traject != NULL ? fetch_leergesprek (self, leergesprek_id) : NULL;
  if (leergesprek == NULL)
    {
      show_message (self, _("This leergesprek no longer exists"));
      return NULL;
    }

  if (self->editor != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
      gtk_window_destroy (GTK_WINDOW (self->editor));
    }

  self->editor = opl_leergesprek_editor_new (store, person, traject, leergesprek);
  g_object_add_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  g_signal_connect_object (self->editor, "saved", G_CALLBACK (on_editor_saved_cb),
                           self, G_CONNECT_SWAPPED);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    {
      int width = gtk_widget_get_width (GTK_WIDGET (root));

      gtk_window_set_transient_for (GTK_WINDOW (self->editor), GTK_WINDOW (root));
      /* On a phone the editor takes the whole screen. */
      if (width > 0 && width < 640)
        gtk_window_set_default_size (GTK_WINDOW (self->editor), width,
                                     gtk_widget_get_height (GTK_WIDGET (root)));
    }

  gtk_window_present (GTK_WINDOW (self->editor));
  return self->editor;
}

AdwComboRow *
opl_leergesprekken_page_get_aios_row (OplLeergesprekkenPage *self)
{
  return ADW_COMBO_ROW (self->aios_row);
}

AdwExpanderRow *
opl_leergesprekken_page_get_slot_row (OplLeergesprekkenPage *self)
{
  return self->slot_row;
}

AdwComboRow *
opl_leergesprekken_page_get_weekday_row (OplLeergesprekkenPage *self)
{
  return self->weekday_row;
}

GtkSpinButton *
opl_leergesprekken_page_get_hour_spin (OplLeergesprekkenPage *self)
{
  return self->hour_spin;
}

GtkSpinButton *
opl_leergesprekken_page_get_minute_spin (OplLeergesprekkenPage *self)
{
  return self->minute_spin;
}

GtkSpinButton *
opl_leergesprekken_page_get_duration_spin (OplLeergesprekkenPage *self)
{
  return self->duration_spin;
}

GtkListBox *
opl_leergesprekken_page_get_weeks_list (OplLeergesprekkenPage *self)
{
  return self->weeks_list;
}

GtkListBox *
opl_leergesprekken_page_get_past_list (OplLeergesprekkenPage *self)
{
  return self->past_list;
}

GtkListBox *
opl_leergesprekken_page_get_warnings_list (OplLeergesprekkenPage *self)
{
  return self->warnings_list;
}

GtkSearchEntry *
opl_leergesprekken_page_get_search_entry (OplLeergesprekkenPage *self)
{
  return self->search_entry;
}

GtkWidget *
opl_leergesprekken_page_find_week_row (OplLeergesprekkenPage *self,
                                       const char            *week_key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->weeks_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "opl-key"), week_key) == 0)
        return child;
    }

  return NULL;
}

OplLeergesprekEditor *
opl_leergesprekken_page_get_editor (OplLeergesprekkenPage *self)
{
  return self->editor != NULL ? OPL_LEERGESPREK_EDITOR (self->editor) : NULL;
}

const char *
opl_leergesprekken_page_get_last_message (OplLeergesprekkenPage *self)
{
  return self->last_message;
}

/**
 * opl_leergesprekken_page_export_to:
 *
 * Writes the practice's leergesprekken and due moments as an iCalendar file, and
 * says how many events it holds.
 */
gboolean
opl_leergesprekken_page_export_to (OplLeergesprekkenPage *self,
                                   GFile                 *file)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *message = NULL;
  guint n_events = 0;
  GDate today;

  if (path == NULL)
    {
      show_message (self, _("Only files on this computer or a mounted share can be saved"));
      return FALSE;
    }

  get_today (&today);
  if (!opl_store_write_calendar (store, &today, path, &n_events, &error))
    {
      g_debug ("Writing the calendar failed: %s", error->message);
      show_message (self, _("Could not save the calendar"));
      return FALSE;
    }

  /* Translators: a toast; %u is a number of calendar events */
  message = g_strdup_printf (ngettext ("Saved %u event", "Saved %u events", n_events), n_events);
  show_message (self, message);
  return TRUE;
}

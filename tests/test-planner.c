/* test-planner.c: the weekly leergesprek: rotation, skipping, moving, cancelling,
 * the aios's agenda, warnings and the calendar file.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: domain.md "Leergesprekken" (at least an hour a week at fixed times, prepared
 * by the aios; the monthly rotation of taakgericht, persoonsgericht, leerprocesgericht
 * and recordings, MAAS 2.0 in fase I and Videotoets plus in fase II; a ComBel-bespreking
 * every three months; leerprocesgericht more often in the beginning), domain.md "Roles"
 * (a leergesprek a week about the coassistent during the six-week coschap), and the
 * planner issue (holidays and leave skip weeks; .ics with one event per leergesprek and
 * stable UIDs).
 */

#include "config.h"

#include <string.h>

#include <libical/ical.h>

#include "opl-calendar.h"
#include "opl-date.h"
#include "opl-planner.h"
#include "opl-store-calendar.h"
#include "opl-test-utils.h"

static GDate
date (const char *iso)
{
  GDate d;

  g_assert_true (opl_date_parse_iso (iso, &d));
  return d;
}

static OplPlannerInput
input_for (OplPhase    phase,
           const char *start)
{
  OplPlannerInput input = {
    .phase = phase,
    .traject_start = date (start),
    .weekday = G_DATE_TUESDAY,
    .start_minute = 13 * 60,
    .duration = 60,
  };

  g_date_clear (&input.traject_end, 1);
  g_date_clear (&input.coschap_start, 1);
  return input;
}

static GArray *
plan (const OplPlannerInput *input,
      const char            *from,
      const char            *until)
{
  g_autoptr(GError) error = NULL;
  GDate f = date (from), u = date (until);
  GArray *weeks = opl_planner_plan (input, &f, &u, &error);

  g_assert_no_error (error);
  g_assert_nonnull (weeks);
  return weeks;
}

/* Kinds held in each calendar month, as rotation bits (a ComBel-bespreking counts as
 * leerprocesgericht). */
static guint
month_kinds (GArray     *weeks,
             GDateMonth  month)
{
  guint kinds = 0;

  for (guint i = 0; i < weeks->len; i++)
    {
      const OplPlannedWeek *week = &g_array_index (weeks, OplPlannedWeek, i);

      if (g_date_get_month (&week->date) != month || week->skip != OPL_SKIP_NONE)
        continue;
      kinds |= 1u << (week->kind == OPL_LEERGESPREK_COMBEL ? OPL_LEERGESPREK_LEERPROCESGERICHT : week->kind);
    }

  return kinds;
}

/* A year of fase I and of fase II: every week one leergesprek on the slot's day, and
 * every month all four kinds. */
static void
test_rotation_over_a_year (void)
{
  for (OplPhase phase = OPL_PHASE_I; phase <= OPL_PHASE_II; phase++)
    {
      OplPlannerInput input = input_for (phase, "2026-09-01");
      g_autoptr(GArray) weeks = plan (&input, "2026-09-01", "2027-08-30");
      guint n_early_leerproces = 0;

      g_assert_cmpuint (weeks->len, ==, 52);
      for (guint i = 0; i < weeks->len; i++)
        {
          const OplPlannedWeek *week = &g_array_index (weeks, OplPlannedWeek, i);

          g_assert_cmpint (g_date_get_weekday (&week->date), ==, G_DATE_TUESDAY);
          g_assert_cmpint (week->skip, ==, OPL_SKIP_NONE);
          if (g_date_get_month (&week->date) == G_DATE_SEPTEMBER && week->kind == OPL_LEERGESPREK_LEERPROCESGERICHT)
            n_early_leerproces++;
        }

      for (GDateMonth month = G_DATE_JANUARY; month <= G_DATE_DECEMBER; month++)
        g_assert_cmpuint (month_kinds (weeks, month), ==, 0xf);

      /* In the beginning the leerprocesgericht one more often. */
      g_assert_cmpuint (n_early_leerproces, >=, 2);
    }
}

static const OplPlannedWeek *
week_of (GArray     *weeks,
         const char *day)
{
  GDate d = date (day);

  for (guint i = 0; i < weeks->len; i++)
    {
      const OplPlannedWeek *week = &g_array_index (weeks, OplPlannedWeek, i);

      if (g_date_compare (&week->date, &d) == 0)
        return week;
    }

  g_error ("no week on %s", day);
}

static void
test_combel_week (void)
{
  OplPlannerInput input = input_for (OPL_PHASE_I, "2026-09-01");
  GDate combel[] = { date ("2026-12-01"), date ("2027-03-01") };
  g_autoptr(GArray) weeks = NULL;

  input.combel_dates = combel;
  input.n_combel_dates = G_N_ELEMENTS (combel);
  weeks = plan (&input, "2026-09-01", "2027-03-31");

  g_assert_cmpint (week_of (weeks, "2026-12-01")->kind, ==, OPL_LEERGESPREK_COMBEL);
  /* 1 March 2027 is a Monday: the Tuesday of that week. */
  g_assert_cmpint (week_of (weeks, "2027-03-02")->kind, ==, OPL_LEERGESPREK_COMBEL);
  g_assert_cmpint (week_of (weeks, "2026-12-08")->kind, !=, OPL_LEERGESPREK_COMBEL);
}

static void
test_coschap (void)
{
  OplPlannerInput input = input_for (OPL_PHASE_II, "2026-09-01");
  g_autoptr(GArray) weeks = NULL;
  guint n_coassistent = 0;

  input.coschap_start = date ("2027-01-13");
  weeks = plan (&input, "2026-09-01", "2027-08-31");

  for (guint i = 0; i < weeks->len; i++)
    {
      if (g_array_index (weeks, OplPlannedWeek, i).kind == OPL_LEERGESPREK_COASSISTENT)
        n_coassistent++;
    }

  /* Six weeks of coschap, from the week it starts in. */
  g_assert_cmpuint (n_coassistent, ==, OPL_COSCHAP_WEEKS);
  g_assert_cmpint (week_of (weeks, "2027-01-12")->kind, ==, OPL_LEERGESPREK_COASSISTENT);
  g_assert_cmpint (week_of (weeks, "2027-02-16")->kind, ==, OPL_LEERGESPREK_COASSISTENT);
  g_assert_cmpint (week_of (weeks, "2027-02-23")->kind, !=, OPL_LEERGESPREK_COASSISTENT);
}

/* Seed 000 (VUmc, coassistent folder): "Van de leergesprekken die jij met je opleider
 * hebt, is één leergesprek per week gericht op jouw rol als opleider van de
 * coassistent": one of the leergesprekken, not the three-monthly ComBel-bespreking. A
 * ComBel moment in the coschap keeps its week; the other five weeks are about the
 * coassistent. */
static void
test_coschap_keeps_combel_week (void)
{
  OplPlannerInput input = input_for (OPL_PHASE_II, "2026-09-01");
  GDate combel[] = { date ("2027-02-01") };
  g_autoptr(GArray) weeks = NULL;
  guint n_coassistent = 0;

  input.coschap_start = date ("2027-01-13");
  input.combel_dates = combel;
  input.n_combel_dates = G_N_ELEMENTS (combel);
  weeks = plan (&input, "2026-09-01", "2027-08-31");

  for (guint i = 0; i < weeks->len; i++)
    {
      if (g_array_index (weeks, OplPlannedWeek, i).kind == OPL_LEERGESPREK_COASSISTENT)
        n_coassistent++;
    }

  g_assert_cmpint (week_of (weeks, "2027-02-02")->kind, ==, OPL_LEERGESPREK_COMBEL);
  g_assert_cmpint (week_of (weeks, "2027-01-26")->kind, ==, OPL_LEERGESPREK_COASSISTENT);
  g_assert_cmpint (week_of (weeks, "2027-02-09")->kind, ==, OPL_LEERGESPREK_COASSISTENT);
  g_assert_cmpuint (n_coassistent, ==, OPL_COSCHAP_WEEKS - 1);
}

/* Seed 000: "Het opleiden van een coassistent door aios is alleen mogelijk in de
 * laatste fase van de opleiding": a coschap date on a fase I traject plans no
 * leergesprek about a coassistent. */
static void
test_coschap_only_last_phase (void)
{
  OplPlannerInput input = input_for (OPL_PHASE_I, "2026-09-01");
  g_autoptr(GArray) weeks = NULL;

  input.coschap_start = date ("2027-01-13");
  weeks = plan (&input, "2026-09-01", "2027-08-31");

  for (guint i = 0; i < weeks->len; i++)
    g_assert_cmpint (g_array_index (weeks, OplPlannedWeek, i).kind, !=, OPL_LEERGESPREK_COASSISTENT);
}

/* Holidays and leave skip weeks; the traject's end ends the plan. */
static void
test_skipping (void)
{
  OplPlannerInput input = input_for (OPL_PHASE_I, "2026-09-01");
  OplClosure christmas = { .start = date ("2026-12-21"), .end = date ("2027-01-01") };
  OplLeave ill = { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2026-10-05"), .end = date ("2026-10-18") };
  g_autoptr(GArray) weeks = NULL;

  input.closures = &christmas;
  input.n_closures = 1;
  input.leaves = &ill;
  input.n_leaves = 1;
  input.traject_end = date ("2027-08-31");
  weeks = plan (&input, "2026-09-01", "2027-12-31");

  g_assert_cmpint (week_of (weeks, "2026-12-22")->skip, ==, OPL_SKIP_HOLIDAY);
  g_assert_cmpint (week_of (weeks, "2026-12-29")->skip, ==, OPL_SKIP_HOLIDAY);
  g_assert_cmpint (week_of (weeks, "2026-10-06")->skip, ==, OPL_SKIP_LEAVE);
  g_assert_cmpint (week_of (weeks, "2026-10-13")->skip, ==, OPL_SKIP_LEAVE);
  g_assert_cmpint (week_of (weeks, "2026-10-20")->skip, ==, OPL_SKIP_NONE);
  g_assert_cmpint (g_date_get_year (&g_array_index (weeks, OplPlannedWeek, weeks->len - 1).date), ==, 2027);
  g_assert_cmpint (g_date_get_month (&g_array_index (weeks, OplPlannedWeek, weeks->len - 1).date), ==, G_DATE_AUGUST);
}

static void
test_invalid_slot (void)
{
  OplPlannerInput input = input_for (OPL_PHASE_I, "2026-09-01");
  g_autoptr(GError) error = NULL;
  GDate from = date ("2026-09-01"), until = date ("2026-12-01");
  GArray *weeks;

  input.duration = 45;
  weeks = opl_planner_plan (&input, &from, &until, &error);
  g_assert_null (weeks);
  g_assert_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID);
  g_clear_error (&error);

  input.duration = 60;
  input.start_minute = 23 * 60 + 30;
  weeks = opl_planner_plan (&input, &from, &until, &error);
  g_assert_null (weeks);
  g_clear_error (&error);

  input.start_minute = 9 * 60;
  input.weekday = G_DATE_BAD_WEEKDAY;
  weeks = opl_planner_plan (&input, &from, &until, &error);
  g_assert_null (weeks);
}

static void
test_warnings (void)
{
  OplWeekRecord weeks[] = {
    { .date = date ("2026-11-03"), .kinds = 1u << OPL_LEERGESPREK_TAAKGERICHT },
    { .date = date ("2026-11-10"), .kinds = 1u << OPL_LEERGESPREK_PERSOONSGERICHT },
    { .date = date ("2026-11-17"), .kinds = 0 },
    { .date = date ("2026-11-24"), .kinds = 1u << OPL_LEERGESPREK_COMBEL },
    { .date = date ("2026-12-01"), .kinds = 1u << OPL_LEERGESPREK_VIDEO },
    { .date = date ("2026-12-22"), .skipped = TRUE },
  };
  g_autoptr(GArray) warnings = opl_planner_check (weeks, G_N_ELEMENTS (weeks));
  const OplPlannerWarning *week, *month;

  /* One week without a leergesprek; November lacks the video; December is not whole. */
  g_assert_cmpuint (warnings->len, ==, 2);
  week = &g_array_index (warnings, OplPlannerWarning, 0);
  month = &g_array_index (warnings, OplPlannerWarning, 1);
  g_assert_true (week->missing_week);
  g_assert_cmpint (g_date_get_day (&week->date), ==, 17);
  g_assert_false (month->missing_week);
  g_assert_cmpuint (month->missing_kinds, ==, 1u << OPL_LEERGESPREK_VIDEO);
}

static void
test_labels (void)
{
  g_assert_cmpstr (opl_leergesprek_kind_get_label (OPL_LEERGESPREK_VIDEO, OPL_PHASE_I), ==, "Video (MAAS 2.0)");
  g_assert_cmpstr (opl_leergesprek_kind_get_label (OPL_LEERGESPREK_VIDEO, OPL_PHASE_II), ==, "Video (Videotoets plus)");
}

static OplTraject *
demo_traject (OplStore   *store,
              const char *aios)
{
  g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (store, NULL, NULL);

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (g_str_equal (opl_traject_get_aios_name (traject), aios) && opl_traject_get_end (traject) == NULL)
        return g_object_ref (traject);
    }

  g_assert_not_reached ();
}

/* Filling, moving, cancelling and the aios's agenda through the store. */
static void
test_store (void)
{
  g_autofree char *path = opl_test_db_path ("planner.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplTraject) charlotte = demo_traject (store, "Charlotte Bakker");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) other = NULL;
  OplLeergesprek *next;
  GDate from = date ("2026-11-22"), until = date ("2027-03-31"), moved = date ("2026-11-26");
  int added;

  before = opl_store_list_leergesprekken (store, opl_traject_get_id (charlotte), &from, &until, NULL, &error);
  g_assert_no_error (error);
  next = g_ptr_array_index (before, 0);
  g_assert_cmpint (opl_leergesprek_get_status (next), ==, OPL_LEERGESPREK_PLANNED);
  g_assert_cmpint (g_date_get_day (opl_leergesprek_get_date (next)), ==, 24);

  /* The aios's agenda, written beforehand, is what the opleider sees (another
   * connection: another process). */
  opl_leergesprek_set_text (next, OPL_LEERGESPREK_AGENDA, "Casus: kind met koorts; vragen over antibiotica.");
  /* Moved to Thursday: it keeps its week. */
  opl_leergesprek_move (next, &moved, 9 * 60, 75);
  g_assert_true (opl_store_save_leergesprek (store, next, &error));
  g_assert_no_error (error);
  other = opl_test_open (path);
  g_assert_cmpint (opl_test_count (other, "SELECT count(*) FROM leergesprek WHERE agenda LIKE 'Casus: kind met koorts%'"
                                         " AND date = '2026-11-26' AND week_key = '2026-W48' AND duration = 75"), ==, 1);

  /* Filling the weeks again adds nothing where a leergesprek exists, moved or not. */
  added = opl_store_fill_weeks (store, charlotte, &from, &until, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, >, 0);
  g_assert_cmpint (opl_store_fill_weeks (store, charlotte, &from, &until, &error), ==, 0);
  after = opl_store_list_leergesprekken (store, opl_traject_get_id (charlotte), &from, &until, NULL, &error);
  g_assert_cmpuint (after->len, ==, before->len + (guint) added);
  g_assert_cmpint (opl_test_count (other, "SELECT count(*) FROM leergesprek WHERE week_key = '2026-W48'"
                                         " AND traject_id = (SELECT traject_id FROM leergesprek WHERE date = '2026-11-26')"), ==, 1);
  /* The Christmas weeks stay empty. */
  g_assert_cmpint (opl_test_count (other, "SELECT count(*) FROM leergesprek WHERE date BETWEEN '2026-12-21' AND '2027-01-01'"), ==, 0);

  /* Cancelling needs a reason; without one nothing changes. */
  next = g_ptr_array_index (after, 1);
  opl_leergesprek_set_status (next, OPL_LEERGESPREK_CANCELLED);
  g_assert_false (opl_store_save_leergesprek (store, next, &error));
  g_assert_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A cancelled leergesprek needs a reason");
  g_clear_error (&error);
  g_assert_cmpint (opl_test_count (other, "SELECT count(*) FROM leergesprek WHERE status = 'cancelled'"), ==, 0);
  opl_leergesprek_set_text (next, OPL_LEERGESPREK_CANCEL_REASON, "Opleider met spoed naar een visite");
  g_assert_true (opl_store_save_leergesprek (store, next, &error));
  g_assert_cmpint (opl_test_count (other, "SELECT count(*) FROM leergesprek WHERE status = 'cancelled'"), ==, 1);
  /* The cancelled week keeps its slot: filling does not plan a new one there. */
  g_assert_cmpint (opl_store_fill_weeks (store, charlotte, &from, &until, &error), ==, 0);

  /* Issue 19: "a leergesprek in the future can be marked held": not before its day;
   * on it, it can. */
  {
    g_autofree char *saved_today = g_strdup (g_getenv ("OPL_TODAY"));
    g_autofree char *its_day = NULL;

    next = g_ptr_array_index (after, 2);
    its_day = opl_date_to_iso (opl_leergesprek_get_date (next));
    opl_leergesprek_set_status (next, OPL_LEERGESPREK_HELD);
    g_setenv ("OPL_TODAY", "2026-11-22", TRUE);
    g_assert_false (opl_store_save_leergesprek (store, next, &error));
    g_assert_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "A leergesprek can be marked as held on its day or later, not before");
    g_clear_error (&error);
    g_assert_cmpint (opl_test_count (other, "SELECT count(*) FROM leergesprek WHERE status = 'held'"
                                           " AND date > '2026-11-22'"), ==, 0);
    g_setenv ("OPL_TODAY", its_day, TRUE);
    g_assert_true (opl_store_save_leergesprek (store, next, &error));
    g_assert_no_error (error);
    if (saved_today != NULL)
      g_setenv ("OPL_TODAY", saved_today, TRUE);
    else
      g_unsetenv ("OPL_TODAY");
  }
}

static void
test_search_and_warnings (void)
{
  g_autofree char *path = opl_test_db_path ("search.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplTraject) charlotte = demo_traject (store, "Charlotte Bakker");
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  GDate from = *opl_traject_get_start (charlotte), until = date ("2026-11-22");
  gboolean missing_week = FALSE;

  found = opl_store_list_leergesprekken (store, NULL, &from, &until, "VANGNETAFSPRAAK", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >, 0);
  for (guint i = 0; i < found->len; i++)
    g_assert_nonnull (strstr (opl_leergesprek_get_text (g_ptr_array_index (found, i), OPL_LEERGESPREK_TIP),
                              "vangnetafspraak"));

  /* The demo left a week out three weeks ago. */
  warnings = opl_store_get_planner_warnings (store, charlotte, &from, &until, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < warnings->len; i++)
    {
      const OplPlannerWarning *warning = &g_array_index (warnings, OplPlannerWarning, i);

      if (warning->missing_week && g_date_get_month (&warning->date) == G_DATE_OCTOBER &&
          g_date_get_day (&warning->date) == 27)
        missing_week = TRUE;
    }
  g_assert_true (missing_week);
}

/* The .ics file parsed back with libical: one event per leergesprek that is not
 * cancelled, UIDs stable between exports. */
static void
test_calendar (void)
{
  g_autofree char *path = opl_test_db_path ("calendar.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(OplDatabase) other = opl_test_open (path);
  icalcomponent *calendar, *event;
  guint n_events = 0, n_leergesprekken = 0, n_second = 0;
  GDate today;

  opl_test_fixed_today (&today);
  first = opl_store_export_calendar (store, &today, &n_events, &error);
  g_assert_no_error (error);

  calendar = icalparser_parse_string (first);
  g_assert_nonnull (calendar);
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);

      g_assert_false (g_hash_table_contains (uids, uid));
      g_hash_table_add (uids, g_strdup (uid));
      if (g_str_has_prefix (uid, "leergesprek-"))
        {
          struct icaltimetype start = icalcomponent_get_dtstart (event);
          struct icaltimetype end = icalcomponent_get_dtend (event);

          n_leergesprekken++;
          g_assert_cmpint (icaltime_as_timet (end) - icaltime_as_timet (start), >=, 60 * 60);
        }
    }
  icalcomponent_free (calendar);

  g_assert_cmpuint (g_hash_table_size (uids), ==, n_events);
  g_assert_cmpint (n_leergesprekken, ==,
                   opl_test_count (other, "SELECT count(*) FROM leergesprek l JOIN traject t ON t.id = l.traject_id"
                                          " WHERE t.end_date IS NULL AND l.status != 'cancelled'"));

  /* Exported again: the same UIDs. */
  second = opl_store_export_calendar (store, &today, NULL, &error);
  calendar = icalparser_parse_string (second);
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_assert_true (g_hash_table_contains (uids, icalcomponent_get_uid (event)));
      n_second++;
    }
  icalcomponent_free (calendar);
  g_assert_cmpuint (n_second, ==, n_events);
}


/* A calendar of two leergesprekken at 14:00 in Amsterdam: one in winter (CET, 13:00Z),
 * one in summer (CEST, 12:00Z). */
static char *
calendar_at_two_o_clock (void)
{
  GDate start = date ("2026-09-01"), winter = date ("2027-01-12"), summer = date ("2027-07-13");
  g_autoptr(OplTraject) traject = opl_traject_new ("00000000-0000-4000-8000-000000000001",
                                                   "00000000-0000-4000-8000-000000000002",
                                                   "Daan Visser", OPL_PHASE_II, &start, NULL, 1.0);
  g_autoptr(OplLeergesprek) in_winter = opl_leergesprek_new ("00000000-0000-4000-8000-00000000000a",
                                                             opl_traject_get_id (traject), &winter,
                                                             14 * 60, 60, OPL_LEERGESPREK_TAAKGERICHT);
  g_autoptr(OplLeergesprek) in_summer = opl_leergesprek_new ("00000000-0000-4000-8000-00000000000b",
                                                             opl_traject_get_id (traject), &summer,
                                                             14 * 60, 60, OPL_LEERGESPREK_PERSOONSGERICHT);
  g_autoptr(OplCalendar) calendar = opl_calendar_new ();

  opl_calendar_add_leergesprek (calendar, in_winter, traject);
  opl_calendar_add_leergesprek (calendar, in_summer, traject);
  return opl_calendar_to_string (calendar);
}

/* DTSTART of @event as a UTC time, in the zone the file itself defines (not libical's
 * built-in one). */
static char *
utc_start (icalcomponent *event,
           icaltimezone  *file_zone)
{
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  struct icaltimetype start = icalproperty_get_dtstart (property);

  start.zone = NULL;
  start = icaltime_convert_to_zone (icaltime_set_timezone (&start, file_zone), icaltimezone_get_utc_timezone ());
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", start.year, start.month, start.day,
                          start.hour, start.minute, start.second);
}

/* RFC 5545 §3.2.19: "An individual "VTIMEZONE" calendar component MUST be specified for
 * each unique "TZID" parameter value specified in the iCalendar object." The file's
 * one VTIMEZONE carries the TZID its events name, with the rules from 1970 on only
 * (libical's own carries 170 lines back to 1835 under
 * "/freeassociation.sourceforge.net/Europe/Amsterdam"); libical reads a leergesprek at
 * 14:00 as 13:00Z in winter and 12:00Z in summer. */
static void
test_calendar_time_zone (void)
{
  g_autofree char *text = calendar_at_two_o_clock ();
  g_autofree char *winter = NULL;
  g_autofree char *summer = NULL;
  icalcomponent *calendar = icalparser_parse_string (text);
  icalcomponent *vtimezone, *observance, *event;
  icaltimezone *file_zone;
  const char *tzid;
  guint n_zones = 0;

  g_assert_nonnull (calendar);
  for (vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT); vtimezone != NULL;
       vtimezone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    n_zones++;
  g_assert_cmpuint (n_zones, ==, 1);

  vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  tzid = icalproperty_get_tzid (icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY));
  g_assert_cmpstr (tzid, ==, "Europe/Amsterdam");
  for (observance = icalcomponent_get_first_component (vtimezone, ICAL_ANY_COMPONENT); observance != NULL;
       observance = icalcomponent_get_next_component (vtimezone, ICAL_ANY_COMPONENT))
    g_assert_cmpint (icalcomponent_get_dtstart (observance).year, >=, 1970);

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *start = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      icalparameter *parameter = icalproperty_get_first_parameter (start, ICAL_TZID_PARAMETER);

      g_assert_nonnull (parameter);
      g_assert_cmpstr (icalparameter_get_tzid (parameter), ==, tzid);
    }

  file_zone = icaltimezone_new ();
  g_assert_true (icaltimezone_set_component (file_zone, icalcomponent_new_clone (vtimezone)));
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  winter = utc_start (event, file_zone);
  summer = utc_start (icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), file_zone);
  g_assert_cmpstr (winter, ==, "2027-01-12T13:00:00Z");
  g_assert_cmpstr (summer, ==, "2027-07-13T12:00:00Z");

  icaltimezone_free (file_zone, TRUE);
  icalcomponent_free (calendar);
}

/* The same file read by a second, independent parser, as Thunderbird reads it: ical.js
 * (testing.md), run with node by tests/read-ics.js. With a VTIMEZONE of another TZID
 * than the events', ical.js reads every leergesprek as floating time (14:00Z). */
static void
test_calendar_icaljs (void)
{
  const char *script = g_getenv ("OPL_READ_ICS");
  g_autofree char *node = g_find_program_in_path ("node");
  g_autofree char *text = calendar_at_two_o_clock ();
  g_autofree char *path = opl_test_db_path ("two-o-clock.ics");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (script);
  if (node == NULL ||
      !g_spawn_sync (NULL, (char *[]) { node, "-e", "require.resolve('ical.js')", NULL }, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                     &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      const char *message = "node or ical.js is not installed; build-aux/opl-dev test installs both "
                            "(ical.js into _tools/node_modules)";

      if (g_getenv ("OPL_REQUIRE_ICALJS") != NULL)
        g_error ("%s, though OPL_REQUIRE_ICALJS is set", message);
      g_test_skip (message);
      return;
    }

  opl_test_write_file (path, text, -1);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { node, (char *) script, path, NULL }, NULL,
                               G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("ical.js could not read the file: %s", err);

  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_cmpstr (lines[0], ==, "leergesprek-00000000-0000-4000-8000-00000000000a@opleidingspraktijk.github.io"
                                 " 2027-01-12T13:00:00Z 2027-01-12T14:00:00Z Europe/Amsterdam");
  g_assert_cmpstr (lines[1], ==, "leergesprek-00000000-0000-4000-8000-00000000000b@opleidingspraktijk.github.io"
                                 " 2027-07-13T12:00:00Z 2027-07-13T13:00:00Z Europe/Amsterdam");
}

/* The stored slot of @traject_id as "weekday:start:duration". */
static char *
slot_row (OplDatabase *database,
          const char  *traject_id)
{
  const char *columns[] = { "weekday", "start_minute", "duration" };
  gint64 values[G_N_ELEMENTS (columns)];

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM leergesprek_slot WHERE traject_id = '%s'",
                                              columns[i], traject_id);

      values[i] = opl_test_count (database, sql);
    }

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                          values[0], values[1], values[2]);
}

/* domain.md "Leergesprekken": at least one hour a week at a fixed time. The store
 * refuses a weekly time under an hour, or one past midnight, in words a person
 * understands, and writes nothing; a moved leergesprek obeys the same rule. */
static void
test_store_refuses_short_slot (void)
{
  g_autofree char *path = opl_test_db_path ("short.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplTraject) charlotte = demo_traject (store, "Charlotte Bakker");
  g_autoptr(OplDatabase) other = opl_test_open (path);
  g_autoptr(OplLeergesprek) next = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = slot_row (other, opl_traject_get_id (charlotte));
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  OplSlot slot = {
    .traject_id = (char *) opl_traject_get_id (charlotte),
    .weekday = G_DATE_TUESDAY,
    .start_minute = 13 * 60,
    .duration = 45,
  };
  GDate day = date ("2026-11-24");

  g_date_clear (&slot.coschap_start, 1);
  g_assert_cmpstr (before, ==, "2:780:60");

  g_assert_false (opl_store_set_slot (store, &slot, &error));
  g_assert_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A leergesprek lasts at least an hour; 45 minutes is too short");
  g_clear_error (&error);

  slot.duration = 60;
  slot.start_minute = 23 * 60 + 30;
  g_assert_false (opl_store_set_slot (store, &slot, &error));
  g_assert_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "A leergesprek must start and end on the same day: 60 minutes from 23:30 run past midnight");
  g_clear_error (&error);

  slot.start_minute = 9 * 60;
  slot.weekday = G_DATE_BAD_WEEKDAY;
  g_assert_false (opl_store_set_slot (store, &slot, &error));
  g_assert_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID);
  g_clear_error (&error);

  after = slot_row (other, opl_traject_get_id (charlotte));
  g_assert_cmpstr (after, ==, before);

  /* Exactly an hour, ending at midnight, is allowed. */
  slot.weekday = G_DATE_FRIDAY;
  slot.start_minute = 23 * 60;
  g_assert_true (opl_store_set_slot (store, &slot, &error));
  g_assert_no_error (error);
  g_free (after);
  after = slot_row (other, opl_traject_get_id (charlotte));
  g_assert_cmpstr (after, ==, "5:1380:60");

  /* A leergesprek moved to a shorter time: refused, the row untouched. */
  found = opl_store_list_leergesprekken (store, opl_traject_get_id (charlotte), &day, &day, NULL, &error);
  g_assert_no_error (error);
  next = g_object_ref (g_ptr_array_index (found, 0));
  opl_leergesprek_move (next, &day, 13 * 60, 30);
  g_assert_false (opl_store_save_leergesprek (store, next, &error));
  g_assert_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A leergesprek lasts at least an hour; 30 minutes is too short");
  g_clear_error (&error);
  sql = g_strdup_printf ("SELECT duration FROM leergesprek WHERE date = '2026-11-24' AND traject_id = '%s'",
                         opl_traject_get_id (charlotte));
  g_assert_cmpint (opl_test_count (other, sql), ==, 60);
}

/* Two opleiders (two connections, two PCs) have the same leergesprek open: the one who
 * saves second is told, and does not overwrite the other's text. */
static void
test_store_refuses_stale_save (void)
{
  g_autofree char *path = opl_test_db_path ("stale.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplTraject) charlotte = demo_traject (store, "Charlotte Bakker");
  g_autoptr(OplDatabase) other_database = opl_test_open (path);
  g_autoptr(OplStore) other = opl_store_new (other_database);
  g_autoptr(OplLeergesprek) mine = NULL;
  g_autoptr(OplLeergesprek) theirs = NULL;
  g_autoptr(OplLeergesprek) fresh = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *aios;
  GDate day = date ("2026-12-01");

  opl_store_load (other, &error);
  g_assert_no_error (error);
  aios = opl_store_find_profile (other, "Charlotte Bakker");
  g_assert_nonnull (aios);
  opl_store_set_actor (other, opl_person_get_id (aios));

  found = opl_store_list_leergesprekken (store, opl_traject_get_id (charlotte), &day, &day, NULL, &error);
  g_assert_no_error (error);
  mine = g_object_ref (g_ptr_array_index (found, 0));
  g_assert_nonnull (opl_leergesprek_get_changed_at (mine));
  theirs = opl_store_get_leergesprek (other, opl_leergesprek_get_id (mine), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_leergesprek_get_changed_at (theirs), ==, opl_leergesprek_get_changed_at (mine));

  /* The aios writes the agenda on the other PC... */
  opl_leergesprek_set_text (theirs, OPL_LEERGESPREK_AGENDA, "Casus: pijn op de borst.");
  g_assert_true (opl_store_save_leergesprek (other, theirs, &error));
  g_assert_no_error (error);
  /* ... and may save again: the row's new changed-at came back. */
  opl_leergesprek_set_text (theirs, OPL_LEERGESPREK_AGENDA, "Casus: pijn op de borst. Leerdoel: triage.");
  g_assert_true (opl_store_save_leergesprek (other, theirs, &error));
  g_assert_no_error (error);

  /* The opleider, with the old copy, is refused and told who changed it. */
  opl_leergesprek_set_text (mine, OPL_LEERGESPREK_NOTES, "Notities bij een oude versie.");
  g_assert_false (opl_store_save_leergesprek (store, mine, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_assert_cmpstr (error->message, ==, "Charlotte Bakker changed this leergesprek after you opened it");
  g_clear_error (&error);
  g_assert_cmpint (opl_test_count (other_database, "SELECT count(*) FROM leergesprek"
                                                   " WHERE agenda = 'Casus: pijn op de borst. Leerdoel: triage.'"
                                                   " AND notes = ''"), ==, 1);

  /* Read again, it saves, and keeps the aios's agenda. */
  fresh = opl_store_get_leergesprek (store, opl_leergesprek_get_id (mine), &error);
  g_assert_no_error (error);
  opl_leergesprek_set_text (fresh, OPL_LEERGESPREK_NOTES, "Notities.");
  g_assert_true (opl_store_save_leergesprek (store, fresh, &error));
  g_assert_no_error (error);
  g_assert_cmpint (opl_test_count (other_database, "SELECT count(*) FROM leergesprek"
                                                   " WHERE agenda = 'Casus: pijn op de borst. Leerdoel: triage.'"
                                                   " AND notes = 'Notities.'"), ==, 1);

  /* A leergesprek that is gone says so. */
  opl_test_exec (other_database, "DELETE FROM leergesprek WHERE notes = 'Notities.'");
  g_assert_false (opl_store_save_leergesprek (store, fresh, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY);
  g_assert_cmpstr (error->message, ==, "This leergesprek no longer exists");
  g_assert_null (opl_store_get_leergesprek (store, opl_leergesprek_get_id (fresh), NULL));
}

/* The leergesprek a dashboard shows: this week's until its day has passed, then next
 * week's (Charlotte meets on Tuesdays). */
static void
test_coming_leergesprek (void)
{
  g_autofree char *path = opl_test_db_path ("coming.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplTraject) charlotte = demo_traject (store, "Charlotte Bakker");
  g_autoptr(OplDatabase) other = opl_test_open (path);
  struct { const char *today; const char *expected; } cases[] = {
    { "2026-11-16", "2026-11-17" },   /* Monday: tomorrow */
    { "2026-11-17", "2026-11-17" },   /* Tuesday: today */
    { "2026-11-18", "2026-11-24" },   /* Wednesday: next week's */
    { "2026-11-22", "2026-11-24" },   /* Sunday: next week's */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OplLeergesprek) coming = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      GDate today = date (cases[i].today);

      coming = opl_store_get_coming_leergesprek (store, opl_traject_get_id (charlotte), &today, &error);
      g_assert_no_error (error);
      g_assert_nonnull (coming);
      iso = opl_date_to_iso (opl_leergesprek_get_date (coming));
      g_assert_cmpstr (iso, ==, cases[i].expected);
    }

  /* The Christmas holiday: none this week nor next. */
  {
    g_autoptr(GError) error = NULL;
    GDate christmas = date ("2026-12-23");

    g_assert_null (opl_store_get_coming_leergesprek (store, opl_traject_get_id (charlotte), &christmas, &error));
    g_assert_no_error (error);
  }
}

/* domain.md "Leergesprekken": one a week. A week of the last eight, or this week
 * before its day has come, without a leergesprek is a warning. */
static void
test_recent_warnings (void)
{
  g_autofree char *path = opl_test_db_path ("recent.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplTraject) charlotte = demo_traject (store, "Charlotte Bakker");
  g_autoptr(OplDatabase) other = opl_test_open (path);
  g_autoptr(GArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  GDate monday = date ("2026-11-23");
  guint n_weeks = 0;
  gboolean october = FALSE, this_week = FALSE;

  opl_test_exec (other, "DELETE FROM leergesprek WHERE date = '2026-11-24'");
  g_assert_true (opl_store_poll (store));

  warnings = opl_store_get_recent_warnings (store, charlotte, &monday, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < warnings->len; i++)
    {
      const OplPlannerWarning *warning = &g_array_index (warnings, OplPlannerWarning, i);
      g_autofree char *iso = opl_date_to_iso (&warning->date);

      if (!warning->missing_week)
        continue;
      n_weeks++;
      october |= g_str_equal (iso, "2026-10-27");
      this_week |= g_str_equal (iso, "2026-11-24");
    }
  g_assert_true (october);
  g_assert_true (this_week);
  g_assert_cmpuint (n_weeks, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/planner/rotation-over-a-year", test_rotation_over_a_year);
  g_test_add_func ("/opl/planner/combel-week", test_combel_week);
  g_test_add_func ("/opl/planner/coschap", test_coschap);
  g_test_add_func ("/opl/planner/coschap-keeps-combel-week", test_coschap_keeps_combel_week);
  g_test_add_func ("/opl/planner/coschap-only-last-phase", test_coschap_only_last_phase);
  g_test_add_func ("/opl/planner/skipping", test_skipping);
  g_test_add_func ("/opl/planner/invalid-slot", test_invalid_slot);
  g_test_add_func ("/opl/planner/warnings", test_warnings);
  g_test_add_func ("/opl/planner/labels", test_labels);
  g_test_add_func ("/opl/planner/store", test_store);
  g_test_add_func ("/opl/planner/search-and-warnings", test_search_and_warnings);
  g_test_add_func ("/opl/planner/calendar", test_calendar);
  g_test_add_func ("/opl/planner/calendar-time-zone", test_calendar_time_zone);
  g_test_add_func ("/opl/planner/calendar-icaljs", test_calendar_icaljs);
  g_test_add_func ("/opl/planner/store-refuses-short-slot", test_store_refuses_short_slot);
  g_test_add_func ("/opl/planner/store-refuses-stale-save", test_store_refuses_stale_save);
  g_test_add_func ("/opl/planner/coming-leergesprek", test_coming_leergesprek);
  g_test_add_func ("/opl/planner/recent-warnings", test_recent_warnings);

  return g_test_run ();
}

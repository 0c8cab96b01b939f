/* test-schedule.c: the schedule engine against the rules of the training year.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Source of every expectation: domain.md, "The training year: due moments" (the
 * handleiding's table), "Part time and interruptions" (Kaderbesluit CHVG), and the
 * schedule issue (month-end clamping, part time in proportion, leave moves later moments).
 */

#include "config.h"

#include "opl-date.h"
#include "opl-schedule.h"
#include "opl-test-utils.h"

static GDate
date (const char *iso)
{
  GDate d;

  g_assert_true (opl_date_parse_iso (iso, &d));
  return d;
}

static OplScheduleInput
input_for (OplPhase    phase,
           const char *start,
           double      parttime)
{
  OplScheduleInput input = { .phase = phase, .start = date (start), .parttime = parttime };

  g_date_clear (&input.end, 1);
  return input;
}

static GArray *
compute (const OplScheduleInput *input,
         const char             *today)
{
  g_autoptr(GError) error = NULL;
  GDate t = date (today);
  GArray *moments = opl_schedule_compute (input, &t, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (moments);
  return moments;
}

/* The moments as "kind month due" lines, in order. */
static char *
describe (GArray *moments)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *m = &g_array_index (moments, OplMoment, i);
      g_autofree char *due = opl_date_to_iso (&m->due);

      g_string_append_printf (out, "%s %d %s\n", opl_moment_kind_to_string (m->kind), m->month, due);
    }

  return g_string_free (out, FALSE);
}

static const OplMoment *
find (GArray        *moments,
      OplMomentKind  kind,
      int            month)
{
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *m = &g_array_index (moments, OplMoment, i);

      if (m->kind == kind && m->month == month)
        return m;
    }

  return NULL;
}

static void
assert_due (GArray        *moments,
            OplMomentKind  kind,
            int            month,
            const char    *expected)
{
  const OplMoment *m = find (moments, kind, month);
  g_autofree char *due = NULL;

  g_assert_nonnull (m);
  due = opl_date_to_iso (&m->due);
  g_assert_cmpstr (due, ==, expected);
}

/* The handleiding's table, fase I: ComBel 3, 6, 9; LEOh 3, 9; voortgangsgesprek 4, 6, 9;
 * voortgangsadvies 6, 9; voortgangsrapportage diensten 6, 9. */
static void
test_phase_one_table (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_I, "2026-09-01", 1.0);
  g_autoptr(GArray) moments = compute (&input, "2026-09-01");
  g_autofree char *text = describe (moments);

  g_assert_cmpstr (text, ==,
                   "combel 3 2026-12-01\n"
                   "leoh 3 2026-12-01\n"
                   "voortgangsgesprek 4 2027-01-01\n"
                   "combel 6 2027-03-01\n"
                   "voortgangsgesprek 6 2027-03-01\n"
                   "voortgangsadvies 6 2027-03-01\n"
                   "dienstenrapportage 6 2027-03-01\n"
                   "combel 9 2027-06-01\n"
                   "leoh 9 2027-06-01\n"
                   "voortgangsgesprek 9 2027-06-01\n"
                   "voortgangsadvies 9 2027-06-01\n"
                   "dienstenrapportage 9 2027-06-01\n");
}

/* Fase II: ComBel 3, 6, 9; LEOh 3, 9; voortgangsgesprek 3, 6, 8, 12; voortgangsadvies
 * 3, 8; voortgangsrapportage diensten 6. */
static void
test_phase_two_table (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_II, "2026-03-01", 1.0);
  g_autoptr(GArray) moments = compute (&input, "2026-03-01");
  g_autofree char *text = describe (moments);

  g_assert_cmpstr (text, ==,
                   "combel 3 2026-06-01\n"
                   "leoh 3 2026-06-01\n"
                   "voortgangsgesprek 3 2026-06-01\n"
                   "voortgangsadvies 3 2026-06-01\n"
                   "combel 6 2026-09-01\n"
                   "voortgangsgesprek 6 2026-09-01\n"
                   "dienstenrapportage 6 2026-09-01\n"
                   "voortgangsgesprek 8 2026-11-01\n"
                   "voortgangsadvies 8 2026-11-01\n"
                   "combel 9 2026-12-01\n"
                   "leoh 9 2026-12-01\n"
                   "voortgangsgesprek 12 2027-03-01\n");
}

/* Who fills or attends (the handleiding's table, per moment). */
static void
test_who (void)
{
  OplScheduleInput one = input_for (OPL_PHASE_I, "2026-09-01", 1.0);
  OplScheduleInput two = input_for (OPL_PHASE_II, "2026-09-01", 1.0);
  g_autoptr(GArray) first = compute (&one, "2026-09-01");
  g_autoptr(GArray) third = compute (&two, "2026-09-01");

  /* ComBel: the docent at 3 and 9 only. */
  g_assert_cmpint (find (first, OPL_MOMENT_COMBEL, 3)->who, ==, OPL_WHO_AIOS | OPL_WHO_OPLEIDER | OPL_WHO_DOCENT);
  g_assert_cmpint (find (first, OPL_MOMENT_COMBEL, 6)->who, ==, OPL_WHO_AIOS | OPL_WHO_OPLEIDER);
  /* Fase I VG after 6: docents and aios, without the opleider. */
  g_assert_cmpint (find (first, OPL_MOMENT_VOORTGANGSGESPREK, 6)->who, ==, OPL_WHO_DOCENT | OPL_WHO_AIOS);
  /* Fase II VG after 3 and 8 with the tutor; after 12 docents and aios. */
  g_assert_cmpint (find (third, OPL_MOMENT_VOORTGANGSGESPREK, 8)->who, ==, OPL_WHO_TUTOR | OPL_WHO_AIOS | OPL_WHO_OPLEIDER);
  g_assert_cmpint (find (third, OPL_MOMENT_VOORTGANGSGESPREK, 12)->who, ==, OPL_WHO_DOCENT | OPL_WHO_AIOS);
  /* The voortgangsadvies is the opleider's. */
  g_assert_cmpint (find (third, OPL_MOMENT_VOORTGANGSADVIES, 3)->who, ==, OPL_WHO_OPLEIDER);
}

/* "31 August + 6 months is 28 February" (the schedule issue), and 29 February in a leap year. */
static void
test_month_end (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_I, "2026-08-31", 1.0);
  OplScheduleInput leap = input_for (OPL_PHASE_I, "2027-08-31", 1.0);
  g_autoptr(GArray) moments = compute (&input, "2026-08-31");
  g_autoptr(GArray) leap_moments = compute (&leap, "2027-08-31");

  assert_due (moments, OPL_MOMENT_COMBEL, 3, "2026-11-30");
  assert_due (moments, OPL_MOMENT_COMBEL, 6, "2027-02-28");
  assert_due (moments, OPL_MOMENT_COMBEL, 9, "2027-05-31");
  assert_due (leap_moments, OPL_MOMENT_COMBEL, 6, "2028-02-29");
}

/* A start on 29 February: the day is kept where it exists, clamped where it does not. */
static void
test_start_on_leap_day (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_II, "2028-02-29", 1.0);
  g_autoptr(GArray) moments = compute (&input, "2028-02-29");

  assert_due (moments, OPL_MOMENT_COMBEL, 3, "2028-05-29");
  assert_due (moments, OPL_MOMENT_VOORTGANGSGESPREK, 12, "2029-02-28");
}

/* "Part-time work lengthens the training in proportion" (domain.md). */
static void
test_part_time (void)
{
  OplScheduleInput half = input_for (OPL_PHASE_I, "2026-09-01", 0.5);
  OplScheduleInput eighty = input_for (OPL_PHASE_I, "2026-09-01", 0.8);
  g_autoptr(GArray) half_moments = compute (&half, "2026-09-01");
  g_autoptr(GArray) eighty_moments = compute (&eighty, "2026-09-01");

  /* 3 training months at half time are 6 calendar months. */
  assert_due (half_moments, OPL_MOMENT_COMBEL, 3, "2027-03-01");
  assert_due (half_moments, OPL_MOMENT_COMBEL, 9, "2028-03-01");
  /* At 80 %: 3 / 0.8 = 3.75 months: 1 December plus 0.75 of December's 31 days. */
  assert_due (eighty_moments, OPL_MOMENT_COMBEL, 3, "2026-12-24");
  /* 6 / 0.8 = 7.5 months: 1 April plus half of April's 30 days. */
  assert_due (eighty_moments, OPL_MOMENT_COMBEL, 6, "2027-04-16");
}

/* "Interruptions ... are made up, moving the later moments" (domain.md). */
static void
test_leave_moves_later_moments (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_I, "2026-09-01", 1.0);
  OplLeave leave = { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2026-12-15"), .end = date ("2027-01-11") };
  g_autoptr(GArray) moments = NULL;

  input.leaves = &leave;
  input.n_leaves = 1;
  moments = compute (&input, "2026-09-01");

  /* Before the leave: unchanged. */
  assert_due (moments, OPL_MOMENT_COMBEL, 3, "2026-12-01");
  /* After it: 28 days later. */
  assert_due (moments, OPL_MOMENT_VOORTGANGSGESPREK, 4, "2027-01-29");
  assert_due (moments, OPL_MOMENT_COMBEL, 6, "2027-03-29");
  assert_due (moments, OPL_MOMENT_COMBEL, 9, "2027-06-29");
  /* Each moment says how far the leave moved it, so a view can say why (issue 14). */
  g_assert_cmpint (find (moments, OPL_MOMENT_COMBEL, 3)->moved_days, ==, 0);
  g_assert_cmpint (find (moments, OPL_MOMENT_COMBEL, 6)->moved_days, ==, 28);
}

/* Interruptions of no more than 10 days per training year need not be made up
 * (domain.md: "of more than 10 days per training year are made up"). */
static void
test_short_leave_not_made_up (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_I, "2026-09-01", 1.0);
  OplLeave short_leave = { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2026-10-05"), .end = date ("2026-10-14") };
  OplLeave two[] = {
    { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2026-10-05"), .end = date ("2026-10-10") },
    { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2027-02-01"), .end = date ("2027-02-06") },
  };
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GArray) both = NULL;

  input.leaves = &short_leave;
  input.n_leaves = 1;
  moments = compute (&input, "2026-09-01");
  assert_due (moments, OPL_MOMENT_COMBEL, 3, "2026-12-01");

  /* Together 12 days: both are made up, each moving what comes after it. */
  input.leaves = two;
  input.n_leaves = 2;
  both = compute (&input, "2026-09-01");
  assert_due (both, OPL_MOMENT_COMBEL, 3, "2026-12-07");
  assert_due (both, OPL_MOMENT_COMBEL, 6, "2027-03-13");
}

/* Only interruptions inside the training year count towards the 10 days. The seeds do
 * not state the 10 days (domain.md: "interruptions (illness, pregnancy) of more than 10
 * days per training year are made up", from the Kaderbesluit CHVG); they define the
 * year the days are counted in. Seed 004 (004_28074961eb590f55.txt), "Jaarlijkse
 * cyclus": "Deze bestaat uit een jaar waarin de opleider een aios begeleidt." and "In
 * werkelijkheid kan een aios langer of korter in de praktijk zijn, afhankelijk van evt.
 * de parttime factor, of eerdere beëindiging van het opleidingsjaar door bijvoorbeeld
 * zwangerschap, uitval, of ontkoppeling." So the training year runs from the start to
 * the traject's end, or, while it runs, to training month 12 (part time stretching it). */
static void
test_leave_outside_year_not_counted (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_I, "2026-09-01", 1.0);
  OplLeave inside_and_after[] = {
    { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2026-10-05"), .end = date ("2026-10-12") },
    { .kind = OPL_LEAVE_VERLOF, .start = date ("2027-09-06"), .end = date ("2027-09-10") },
  };
  OplLeave across_the_end[] = {
    { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2026-10-05"), .end = date ("2026-10-06") },
    { .kind = OPL_LEAVE_VERLOF, .start = date ("2027-08-25"), .end = date ("2027-09-10") },
  };
  OplLeave after_the_end[] = {
    { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2026-10-05"), .end = date ("2026-10-08") },
    { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2027-07-05"), .end = date ("2027-07-20") },
  };
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GArray) counted = NULL;

  /* 8 days inside the year and 5 after it (the year ends on 31 August 2027): 8 is no
   * more than 10, nothing is made up. */
  input.leaves = inside_and_after;
  input.n_leaves = G_N_ELEMENTS (inside_and_after);
  counted = opl_schedule_counted_leaves (&input);
  g_assert_cmpuint (counted->len, ==, 0);
  moments = compute (&input, "2026-09-01");
  assert_due (moments, OPL_MOMENT_COMBEL, 3, "2026-12-01");
  g_clear_pointer (&moments, g_array_unref);
  g_clear_pointer (&counted, g_array_unref);

  /* Across the end: 2 days, then 7 of the 17 inside the year (25 to 31 August). */
  input.leaves = across_the_end;
  input.n_leaves = G_N_ELEMENTS (across_the_end);
  counted = opl_schedule_counted_leaves (&input);
  g_assert_cmpuint (counted->len, ==, 0);
  g_clear_pointer (&counted, g_array_unref);

  /* A traject that ended on 30 June 2027: 4 days inside, 16 after; nothing counts. */
  input.leaves = after_the_end;
  input.n_leaves = G_N_ELEMENTS (after_the_end);
  input.end = date ("2027-06-30");
  counted = opl_schedule_counted_leaves (&input);
  g_assert_cmpuint (counted->len, ==, 0);
  moments = compute (&input, "2026-09-01");
  assert_due (moments, OPL_MOMENT_COMBEL, 3, "2026-12-01");
  assert_due (moments, OPL_MOMENT_COMBEL, 6, "2027-03-01");
  g_clear_pointer (&moments, g_array_unref);
  g_clear_pointer (&counted, g_array_unref);

  /* Had it ended on 31 July, the 16 days were inside: both are made up. */
  input.end = date ("2027-07-31");
  counted = opl_schedule_counted_leaves (&input);
  g_assert_cmpuint (counted->len, ==, 2);
  moments = compute (&input, "2026-09-01");
  assert_due (moments, OPL_MOMENT_COMBEL, 3, "2026-12-05");
}

/* While the traject runs, the year grows by the leave that is made up, and a leave in
 * that longer year counts too. */
static void
test_leave_in_lengthened_year (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_I, "2026-09-01", 1.0);
  OplLeave leaves[] = {
    { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2026-10-01"), .end = date ("2026-10-20") },
    { .kind = OPL_LEAVE_VERLOF, .start = date ("2027-09-10"), .end = date ("2027-09-14") },
    { .kind = OPL_LEAVE_VERLOF, .start = date ("2027-10-01"), .end = date ("2027-10-05") },
  };
  g_autoptr(GArray) counted = NULL;

  /* 20 days make the year end on 20 September 2027, past the second leave (then 25
   * September); the third begins after it. */
  input.leaves = leaves;
  input.n_leaves = G_N_ELEMENTS (leaves);
  counted = opl_schedule_counted_leaves (&input);
  g_assert_cmpuint (counted->len, ==, 2);
}

/* A traject that has ended keeps the moments due before its end. */
static void
test_ended_traject (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_II, "2025-03-01", 1.0);
  g_autoptr(GArray) moments = NULL;

  input.end = date ("2025-11-30");
  moments = compute (&input, "2026-11-22");

  g_assert_nonnull (find (moments, OPL_MOMENT_VOORTGANGSGESPREK, 8));
  /* It ended in training month 9 (from 1 November): its moments are due on the last
   * day (see test_last_training_month); those of month 12 are gone. */
  assert_due (moments, OPL_MOMENT_COMBEL, 9, "2025-11-30");
  g_assert_null (find (moments, OPL_MOMENT_VOORTGANGSGESPREK, 12));
  for (guint i = 0; i < moments->len; i++)
    g_assert_cmpint (g_array_index (moments, OplMoment, i).state, ==, OPL_MOMENT_STATE_OVERDUE);
}

/* Seed 001 (001_0274be3d365a3933.txt), the table of voortgangsgesprekken: "4e
 * voortgangsgesprek fase 2 / Na 12 maanden / Docenten en aios". A fase II traject of one
 * year ends the day before month 12 is reached: that moment is due on its last day, not
 * dropped. A moment of the training month a traject ends in is due on its last day at
 * the latest; one of a later month is dropped. */
static void
test_last_training_month (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_II, "2026-09-01", 1.0);
  OplLeave leave = { .kind = OPL_LEAVE_ZIEKTE, .start = date ("2027-01-04"), .end = date ("2027-01-31") };
  g_autoptr(GArray) year = NULL;
  g_autoptr(GArray) part_time = NULL;
  g_autoptr(GArray) with_leave = NULL;
  g_autoptr(GArray) early = NULL;

  input.end = date ("2027-08-31");
  year = compute (&input, "2027-08-01");
  assert_due (year, OPL_MOMENT_VOORTGANGSGESPREK, 12, "2027-08-31");
  g_assert_cmpint (find (year, OPL_MOMENT_VOORTGANGSGESPREK, 12)->moved_days, ==, 0);
  /* The others keep their own day. */
  assert_due (year, OPL_MOMENT_VOORTGANGSGESPREK, 8, "2027-05-01");
  g_assert_cmpuint (year->len, ==, 12);

  /* Part time (0.8): 12 months are 15 calendar months; it ends the day before. */
  input.parttime = 0.8;
  input.end = date ("2027-11-30");
  part_time = compute (&input, "2027-08-01");
  assert_due (part_time, OPL_MOMENT_VOORTGANGSGESPREK, 12, "2027-11-30");

  /* 28 days of leave move month 12 to 29 September; the traject ends on the 28th. */
  input.parttime = 1.0;
  input.leaves = &leave;
  input.n_leaves = 1;
  input.end = date ("2027-09-28");
  with_leave = compute (&input, "2027-08-01");
  assert_due (with_leave, OPL_MOMENT_VOORTGANGSGESPREK, 12, "2027-09-28");
  g_assert_cmpint (find (with_leave, OPL_MOMENT_VOORTGANGSGESPREK, 12)->moved_days, ==, 27);

  /* Ended in training month 9 (1 to 31 May): month 9 on its last day, 12 dropped. */
  input.leaves = NULL;
  input.n_leaves = 0;
  input.end = date ("2027-05-20");
  early = compute (&input, "2027-08-01");
  assert_due (early, OPL_MOMENT_COMBEL, 9, "2027-05-20");
  assert_due (early, OPL_MOMENT_LEOH, 9, "2027-05-20");
  g_assert_null (find (early, OPL_MOMENT_VOORTGANGSGESPREK, 12));
}

static gboolean
combel_three_done (OplMomentKind kind,
                   int           month,
                   gpointer      user_data)
{
  return kind == OPL_MOMENT_COMBEL && month == 3;
}

/* States relative to today: due from 14 days before, overdue after, done when done. */
static void
test_states (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_I, "2026-09-01", 1.0);
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = date ("2026-12-20");

  moments = opl_schedule_compute (&input, &today, combel_three_done, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (find (moments, OPL_MOMENT_COMBEL, 3)->state, ==, OPL_MOMENT_STATE_DONE);
  g_assert_cmpint (find (moments, OPL_MOMENT_LEOH, 3)->state, ==, OPL_MOMENT_STATE_OVERDUE);
  /* 1 January is 12 days away. */
  g_assert_cmpint (find (moments, OPL_MOMENT_VOORTGANGSGESPREK, 4)->state, ==, OPL_MOMENT_STATE_DUE);
  g_assert_cmpint (find (moments, OPL_MOMENT_COMBEL, 6)->state, ==, OPL_MOMENT_STATE_UPCOMING);

  g_clear_pointer (&moments, g_array_unref);
  today = date ("2026-12-01");
  moments = opl_schedule_compute (&input, &today, NULL, NULL, &error);
  g_assert_cmpint (find (moments, OPL_MOMENT_COMBEL, 3)->state, ==, OPL_MOMENT_STATE_DUE);
  g_clear_pointer (&moments, g_array_unref);
  today = date ("2026-11-16");
  moments = opl_schedule_compute (&input, &today, NULL, NULL, &error);
  g_assert_cmpint (find (moments, OPL_MOMENT_COMBEL, 3)->state, ==, OPL_MOMENT_STATE_UPCOMING);
}

static void
assert_refused (OplScheduleInput *input)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) moments = NULL;
  GDate today = date ("2026-11-22");

  moments = opl_schedule_compute (input, &today, NULL, NULL, &error);
  g_assert_null (moments);
  g_assert_error (error, OPL_SCHEDULE_ERROR, OPL_SCHEDULE_ERROR_INVALID);
}

static void
test_impossible_input (void)
{
  OplScheduleInput input = input_for (OPL_PHASE_I, "2026-09-01", 0.4);
  OplLeave backwards = { .start = date ("2026-10-10"), .end = date ("2026-10-01") };
  OplLeave before_start = { .start = date ("2026-08-01"), .end = date ("2026-10-01") };

  assert_refused (&input);
  input.parttime = 1.1;
  assert_refused (&input);
  input.parttime = 1.0;
  input.phase = 3;
  assert_refused (&input);
  input.phase = OPL_PHASE_I;
  input.leaves = &backwards;
  input.n_leaves = 1;
  assert_refused (&input);
  input.leaves = &before_start;
  assert_refused (&input);
}

/* The demo's fase II aios, from the store: 80 % with two weeks of illness. */
static void
test_from_traject (void)
{
  g_autofree char *path = opl_test_db_path ("schedule.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;

  trajecten = opl_store_list_trajecten (store, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);
      OplScheduleInput input;
      g_autoptr(GArray) moments = NULL;

      if (opl_traject_get_n_leaves (traject) == 0)
        continue;

      opl_schedule_input_from_traject (&input, traject);
      moments = compute (&input, "2026-11-22");
      /* Start 1 April 2026; 3 / 0.8 = 3.75 months: 1 July + 23 days = 24 July. The
       * illness of 14 days starting 1 July began before that, so: 7 August. */
      assert_due (moments, OPL_MOMENT_COMBEL, 3, "2026-08-07");
    }
}

/* Moments that took place are done; undoing makes them due again (store + engine). */
static void
test_store_moments_done (void)
{
  g_autofree char *path = opl_test_db_path ("moments.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  opl_test_fixed_today (&today);
  trajecten = opl_store_list_trajecten (store, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);
      g_autoptr(GArray) moments = NULL;
      g_autoptr(GArray) after = NULL;
      GDate done_on = today;
      GDate read_back;

      if (opl_traject_get_n_leaves (traject) == 0)
        continue;

      /* The demo's fase II aios has everything done but the LEOh after three months. */
      moments = opl_store_get_schedule (store, traject, &today, &error);
      g_assert_no_error (error);
      g_assert_cmpint (find (moments, OPL_MOMENT_COMBEL, 3)->state, ==, OPL_MOMENT_STATE_DONE);
      g_assert_cmpint (find (moments, OPL_MOMENT_LEOH, 3)->state, ==, OPL_MOMENT_STATE_OVERDUE);

      g_assert_true (opl_store_get_moment_done_on (store, opl_traject_get_id (traject),
                                                   OPL_MOMENT_LEOH, 3, &read_back, &error));
      g_assert_false (g_date_valid (&read_back));

      g_assert_true (opl_store_set_moment_done (store, opl_traject_get_id (traject),
                                                OPL_MOMENT_LEOH, 3, &done_on, &error));
      /* The day it took place is kept, for the traject view and an undo. */
      g_assert_true (opl_store_get_moment_done_on (store, opl_traject_get_id (traject),
                                                   OPL_MOMENT_LEOH, 3, &read_back, &error));
      g_assert_true (g_date_valid (&read_back));
      g_assert_cmpint (g_date_compare (&read_back, &done_on), ==, 0);
      g_assert_true (opl_store_set_moment_done (store, opl_traject_get_id (traject),
                                                OPL_MOMENT_COMBEL, 3, NULL, &error));
      g_assert_no_error (error);
      after = opl_store_get_schedule (store, traject, &today, &error);
      g_assert_cmpint (find (after, OPL_MOMENT_LEOH, 3)->state, ==, OPL_MOMENT_STATE_DONE);
      g_assert_cmpint (find (after, OPL_MOMENT_COMBEL, 3)->state, ==, OPL_MOMENT_STATE_OVERDUE);
      g_assert_true (opl_store_get_moment_done_on (store, opl_traject_get_id (traject),
                                                   OPL_MOMENT_COMBEL, 3, &read_back, &error));
      g_assert_false (g_date_valid (&read_back));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/schedule/phase-one-table", test_phase_one_table);
  g_test_add_func ("/opl/schedule/phase-two-table", test_phase_two_table);
  g_test_add_func ("/opl/schedule/who", test_who);
  g_test_add_func ("/opl/schedule/month-end", test_month_end);
  g_test_add_func ("/opl/schedule/last-training-month", test_last_training_month);
  g_test_add_func ("/opl/schedule/start-on-leap-day", test_start_on_leap_day);
  g_test_add_func ("/opl/schedule/part-time", test_part_time);
  g_test_add_func ("/opl/schedule/leave-moves-later-moments", test_leave_moves_later_moments);
  g_test_add_func ("/opl/schedule/short-leave-not-made-up", test_short_leave_not_made_up);
  g_test_add_func ("/opl/schedule/leave-outside-year-not-counted", test_leave_outside_year_not_counted);
  g_test_add_func ("/opl/schedule/leave-in-lengthened-year", test_leave_in_lengthened_year);
  g_test_add_func ("/opl/schedule/ended-traject", test_ended_traject);
  g_test_add_func ("/opl/schedule/states", test_states);
  g_test_add_func ("/opl/schedule/impossible-input", test_impossible_input);
  g_test_add_func ("/opl/schedule/from-traject", test_from_traject);
  g_test_add_func ("/opl/schedule/store-moments-done", test_store_moments_done);

  return g_test_run ();
}

/* opl-schedule.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-schedule"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "opl-schedule.h"

G_DEFINE_QUARK (opl-schedule-error-quark, opl_schedule_error)

typedef struct
{
  OplMomentKind kind;
  OplPhase      phase;
  int           month;
  OplWho        who;
} MomentRule;

#define AIOS OPL_WHO_AIOS
#define OPLEIDER OPL_WHO_OPLEIDER
#define DOCENT OPL_WHO_DOCENT
#define TUTOR OPL_WHO_TUTOR

/* domain.md, "The training year: due moments" (from the handleiding). */
static const MomentRule moment_rules[] = {
  /* ComBel after 3, 6 and 9 months: aios (self) and opleider; the docent at 3 and 9. */
  { OPL_MOMENT_COMBEL, OPL_PHASE_I, 3, AIOS | OPLEIDER | DOCENT },
  { OPL_MOMENT_COMBEL, OPL_PHASE_I, 6, AIOS | OPLEIDER },
  { OPL_MOMENT_COMBEL, OPL_PHASE_I, 9, AIOS | OPLEIDER | DOCENT },
  { OPL_MOMENT_COMBEL, OPL_PHASE_II, 3, AIOS | OPLEIDER | DOCENT },
  { OPL_MOMENT_COMBEL, OPL_PHASE_II, 6, AIOS | OPLEIDER },
  { OPL_MOMENT_COMBEL, OPL_PHASE_II, 9, AIOS | OPLEIDER | DOCENT },
  /* LEOh: the aios about each opleider, after 3 (own use) and 9 (to the institute). */
  { OPL_MOMENT_LEOH, OPL_PHASE_I, 3, AIOS | OPLEIDER },
  { OPL_MOMENT_LEOH, OPL_PHASE_I, 9, AIOS | OPLEIDER },
  { OPL_MOMENT_LEOH, OPL_PHASE_II, 3, AIOS | OPLEIDER },
  { OPL_MOMENT_LEOH, OPL_PHASE_II, 9, AIOS | OPLEIDER },
  /* Voortgangsgesprek, fase I: month 4 (docents, aios, opleider, at the practice);
   * after 6 (docents and aios); after 9 (docents, aios, opleider: go / no-go). */
  { OPL_MOMENT_VOORTGANGSGESPREK, OPL_PHASE_I, 4, DOCENT | AIOS | OPLEIDER },
  { OPL_MOMENT_VOORTGANGSGESPREK, OPL_PHASE_I, 6, DOCENT | AIOS },
  { OPL_MOMENT_VOORTGANGSGESPREK, OPL_PHASE_I, 9, DOCENT | AIOS | OPLEIDER },
  /* Fase II: after 3 (tutor, aios, opleider); after 6 (aios and opleider); after 8
   * (tutor, aios, opleider: advice and decision); after 12 (docents and aios). */
  { OPL_MOMENT_VOORTGANGSGESPREK, OPL_PHASE_II, 3, TUTOR | AIOS | OPLEIDER },
  { OPL_MOMENT_VOORTGANGSGESPREK, OPL_PHASE_II, 6, AIOS | OPLEIDER },
  { OPL_MOMENT_VOORTGANGSGESPREK, OPL_PHASE_II, 8, TUTOR | AIOS | OPLEIDER },
  { OPL_MOMENT_VOORTGANGSGESPREK, OPL_PHASE_II, 12, DOCENT | AIOS },
  /* Voortgangsadvies by the opleider: fase I after 6 and 9, fase II after 3 and 8. */
  { OPL_MOMENT_VOORTGANGSADVIES, OPL_PHASE_I, 6, OPLEIDER },
  { OPL_MOMENT_VOORTGANGSADVIES, OPL_PHASE_I, 9, OPLEIDER },
  { OPL_MOMENT_VOORTGANGSADVIES, OPL_PHASE_II, 3, OPLEIDER },
  { OPL_MOMENT_VOORTGANGSADVIES, OPL_PHASE_II, 8, OPLEIDER },
  /* Voortgangsrapportage diensten, on the aios's invitation: fase I 6 and 9, fase II 6. */
  { OPL_MOMENT_DIENSTENRAPPORTAGE, OPL_PHASE_I, 6, AIOS | OPLEIDER },
  { OPL_MOMENT_DIENSTENRAPPORTAGE, OPL_PHASE_I, 9, AIOS | OPLEIDER },
  { OPL_MOMENT_DIENSTENRAPPORTAGE, OPL_PHASE_II, 6, AIOS | OPLEIDER },
};

#undef AIOS
#undef OPLEIDER
#undef DOCENT
#undef TUTOR

/**
 * opl_schedule_training_month_date:
 * @start: the start of the traject
 * @months: calendar months after @start, possibly fractional (part time)
 * @date: (out caller-allocates): the date
 *
 * Whole months are added with the day clamped to the end of the month (31 August + 6
 * months is 28 February; domain.md "The training year"); a fraction of a month is
 * that fraction of the days of the month that follows.
 */
void
opl_schedule_training_month_date (const GDate *start,
                                  double       months,
                                  GDate       *date)
{
  int whole = (int) floor (months + 1e-9);
  double fraction = months - whole;

  *date = *start;
  g_date_add_months (date, whole);

  if (fraction > 1e-9)
    {
      GDate next = *start;
      int days;

      g_date_add_months (&next, whole + 1);
      days = g_date_days_between (date, &next);
      g_date_add_days (date, (guint) lround (fraction * days));
    }
}

static int
leave_days (const OplLeave *leave)
{
  return g_date_days_between (&leave->start, &leave->end) + 1;
}

static gint
compare_leaves (gconstpointer a,
                gconstpointer b)
{
  return g_date_compare (&((const OplLeave *) a)->start, &((const OplLeave *) b)->start);
}

/* Moves @due by every interruption that begins before the moment is reached: the
 * training stands still during it, so what is left of it comes after.
 *
 * Returns: how many days @due moved */
static int
apply_leaves (GDate          *due,
              const OplLeave *sorted,
              guint           n_leaves)
{
  int moved = 0;

  for (guint i = 0; i < n_leaves; i++)
    {
      if (g_date_compare (&sorted[i].start, due) <= 0)
        {
          g_date_add_days (due, (guint) leave_days (&sorted[i]));
          moved += leave_days (&sorted[i]);
        }
    }

  return moved;
}

static OplMomentState
state_for (const GDate *due,
           const GDate *today)
{
  int days_left = g_date_days_between (today, due);

  if (days_left < 0)
    return OPL_MOMENT_STATE_OVERDUE;
  if (days_left <= OPL_SCHEDULE_DUE_WINDOW_DAYS)
    return OPL_MOMENT_STATE_DUE;
  return OPL_MOMENT_STATE_UPCOMING;
}

static gint
compare_moments (gconstpointer a,
                 gconstpointer b)
{
  const OplMoment *ma = a, *mb = b;
  int cmp = g_date_compare (&ma->due, &mb->due);

  if (cmp != 0)
    return cmp;
  return (int) ma->kind - (int) mb->kind;
}

static gboolean
check_input (const OplScheduleInput  *input,
             GError                 **error)
{
  if (input->phase != OPL_PHASE_I && input->phase != OPL_PHASE_II)
    {
      g_set_error (error, OPL_SCHEDULE_ERROR, OPL_SCHEDULE_ERROR_INVALID,
                   _("The phase must be 1 (fase I) or 2 (fase II)"));
      return FALSE;
    }

  if (!g_date_valid (&input->start))
    {
      g_set_error (error, OPL_SCHEDULE_ERROR, OPL_SCHEDULE_ERROR_INVALID,
                   _("The start date is not a valid date"));
      return FALSE;
    }

  if (!(input->parttime >= 0.5 && input->parttime <= 1.0))
    {
      g_set_error (error, OPL_SCHEDULE_ERROR, OPL_SCHEDULE_ERROR_INVALID,
                   _("The part-time factor must lie between 0.5 and 1.0"));
      return FALSE;
    }

  for (guint i = 0; i < input->n_leaves; i++)
    {
      if (!g_date_valid (&input->leaves[i].start) || !g_date_valid (&input->leaves[i].end) ||
          g_date_compare (&input->leaves[i].end, &input->leaves[i].start) < 0)
        {
          g_set_error (error, OPL_SCHEDULE_ERROR, OPL_SCHEDULE_ERROR_INVALID,
                       _("A leave period must end on or after the day it starts"));
          return FALSE;
        }

      if (g_date_compare (&input->leaves[i].start, &input->start) < 0)
        {
          g_set_error (error, OPL_SCHEDULE_ERROR, OPL_SCHEDULE_ERROR_INVALID,
                       _("A leave period cannot start before the traject"));
          return FALSE;
        }
    }

  return TRUE;
}

/* Days of @leave from @first to @last, both included. */
static int
leave_days_within (const OplLeave *leave,
                   const GDate    *first,
                   const GDate    *last)
{
  const GDate *from = g_date_compare (&leave->start, first) > 0 ? &leave->start : first;
  const GDate *until = g_date_compare (&leave->end, last) < 0 ? &leave->end : last;

  return MAX (g_date_days_between (from, until) + 1, 0);
}

/**
 * opl_schedule_counted_leaves:
 *
 * The interruptions that move later moments, by start date. Only interruptions inside
 * the training year count: it runs from the start to the traject's end, or while the
 * traject runs, to the day before training month 12 is reached (part time stretches
 * it). When the days of leave inside it add up to no more than
 * %OPL_SCHEDULE_LEAVE_ALLOWANCE_DAYS, none count (they need not be made up; domain.md
 * 'The training year'). Otherwise each of them counts, and while the traject runs the
 * year grows by each one made up: a leave that begins by the year's moved last day
 * counts too. Leave after the training year (planned beyond it, or after the traject
 * ended) neither counts towards the allowance nor moves anything.
 *
 * Returns: (transfer full) (element-type OplLeave): the leave periods that count
 */
GArray *
opl_schedule_counted_leaves (const OplScheduleInput *input)
{
  g_autoptr(GArray) sorted = NULL;
  GArray *leaves;
  gboolean ended;
  GDate last;
  int inside = 0;

  g_return_val_if_fail (input != NULL && input->parttime > 0, NULL);

  sorted = g_array_sized_new (FALSE, FALSE, sizeof (OplLeave), input->n_leaves);
  g_array_append_vals (sorted, input->leaves, input->n_leaves);
  g_array_sort (sorted, compare_leaves);
  leaves = g_array_sized_new (FALSE, FALSE, sizeof (OplLeave), input->n_leaves);

  ended = g_date_valid (&input->end);
  if (ended)
    last = input->end;
  else
    {
      opl_schedule_training_month_date (&input->start, 12 / input->parttime, &last);
      g_date_subtract_days (&last, 1);
    }

  for (guint i = 0; i < sorted->len; i++)
    inside += leave_days_within (&g_array_index (sorted, OplLeave, i), &input->start, &last);
  if (inside <= OPL_SCHEDULE_LEAVE_ALLOWANCE_DAYS)
    return leaves;

  for (guint i = 0; i < sorted->len; i++)
    {
      const OplLeave *leave = &g_array_index (sorted, OplLeave, i);

      if (g_date_compare (&leave->start, &last) > 0)
        break;

      g_array_append_val (leaves, *leave);
      if (!ended)
        g_date_add_days (&last, (guint) leave_days (leave));
    }

  return leaves;
}

/**
 * opl_schedule_month_date:
 * @month: a training month (12 is the end of the training year)
 * @date: (out caller-allocates): the calendar day training month @month is reached
 *
 * The same rule as the moments of opl_schedule_compute(): part time stretches the
 * training time, counted leave moves the day.
 */
void
opl_schedule_month_date (const OplScheduleInput *input,
                         double                  month,
                         GDate                  *date)
{
  g_autoptr(GArray) leaves = NULL;

  g_return_if_fail (input != NULL && input->parttime > 0);

  leaves = opl_schedule_counted_leaves (input);
  opl_schedule_training_month_date (&input->start, month / input->parttime, date);
  apply_leaves (date, (const OplLeave *) leaves->data, leaves->len);
}

/**
 * opl_schedule_training_month:
 * @input: the traject's facts
 * @today: the day to look at
 *
 * The training month @today falls in, counting from 1: the month the moments of the
 * schedule name ("Vul na 3, 6 en 9 maanden de ComBel in", seed 001), so part time
 * stretches it and counted leave holds it still, as opl_schedule_month_date() does.
 * Training month N runs from the day N - 1 training months are reached to the day
 * before N are. Not the calendar month of the traject (opl_traject_get_training_month()
 * counts those).
 *
 * Returns: the training month, or 0 before the start
 */
int
opl_schedule_training_month (const OplScheduleInput *input,
                             const GDate            *today)
{
  GDate reached;
  int month = 0;

  g_return_val_if_fail (input != NULL && input->parttime > 0, 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  if (g_date_compare (today, &input->start) < 0)
    return 0;

  /* A training month lasts at least 28 days, so this ends. */
  do
    {
      month++;
      opl_schedule_month_date (input, month, &reached);
    }
  while (g_date_compare (&reached, today) <= 0);

  return month;
}

/**
 * opl_schedule_compute:
 * @input: the traject's facts
 * @today: the day the states are relative to
 * @is_done: (nullable): tells which moments are done
 *
 * Derives every due moment of the training year (domain.md, "The training year"):
 * training month N falls N months after the start; part time stretches the training
 * time in proportion (N / parttime calendar months); an interruption moves every later
 * moment by its length, unless the interruptions of the year add up to no more than
 * %OPL_SCHEDULE_LEAVE_ALLOWANCE_DAYS days (those need not be made up). A traject that
 * has ended keeps the moments due before its end, and those of the training month it
 * ended in, due on its last day at the latest; the moments of later months are dropped.
 *
 * Returns: (transfer full) (element-type OplMoment): the moments by due date, or
 *   %NULL with @error set when the input is impossible
 */
GArray *
opl_schedule_compute (const OplScheduleInput  *input,
                      const GDate             *today,
                      OplMomentDoneFunc        is_done,
                      gpointer                 user_data,
                      GError                 **error)
{
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GArray) leaves = NULL;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (!check_input (input, error))
    return NULL;

  leaves = opl_schedule_counted_leaves (input);

  moments = g_array_new (FALSE, TRUE, sizeof (OplMoment));
  for (guint i = 0; i < G_N_ELEMENTS (moment_rules); i++)
    {
      const MomentRule *rule = &moment_rules[i];
      OplMoment moment = { .kind = rule->kind, .month = rule->month, .who = rule->who };

      if (rule->phase != input->phase)
        continue;

      opl_schedule_training_month_date (&input->start, rule->month / input->parttime, &moment.due);
      moment.moved_days = apply_leaves (&moment.due, (const OplLeave *) leaves->data, leaves->len);

      if (g_date_valid (&input->end) && g_date_compare (&moment.due, &input->end) > 0)
        {
          GDate month_begins;

          /* A moment of the training month the traject ends in is due on its last day
           * at the latest (seed 001: "4e voortgangsgesprek fase 2 / Na 12 maanden" of a
           * traject that ends the day before); a moment of a later month is dropped. */
          opl_schedule_training_month_date (&input->start, (rule->month - 1) / input->parttime, &month_begins);
          apply_leaves (&month_begins, (const OplLeave *) leaves->data, leaves->len);
          if (g_date_compare (&input->end, &month_begins) < 0)
            continue;

          moment.moved_days = MAX (0, moment.moved_days - g_date_days_between (&input->end, &moment.due));
          moment.due = input->end;
        }

      if (is_done != NULL && is_done (rule->kind, rule->month, user_data))
        moment.state = OPL_MOMENT_STATE_DONE;
      else
        moment.state = state_for (&moment.due, today);

      g_array_append_val (moments, moment);
    }

  g_array_sort (moments, compare_moments);
  return g_steal_pointer (&moments);
}

/**
 * opl_schedule_input_from_traject:
 * @input: (out caller-allocates): filled from @traject, borrowing its leave periods
 *
 * @input is valid as long as @traject lives.
 */
void
opl_schedule_input_from_traject (OplScheduleInput *input,
                                 OplTraject       *traject)
{
  const GDate *end = opl_traject_get_end (traject);

  input->phase = opl_traject_get_phase (traject);
  input->start = *opl_traject_get_start (traject);
  g_date_clear (&input->end, 1);
  if (end != NULL)
    input->end = *end;
  input->parttime = opl_traject_get_parttime (traject);
  input->n_leaves = opl_traject_get_n_leaves (traject);
  input->leaves = input->n_leaves > 0 ? opl_traject_get_leave (traject, 0) : NULL;
}

/**
 * opl_schedule_traject_training_month:
 *
 * Returns: opl_schedule_training_month() of @traject on @today
 */
int
opl_schedule_traject_training_month (OplTraject  *traject,
                                     const GDate *today)
{
  OplScheduleInput input;

  g_return_val_if_fail (OPL_IS_TRAJECT (traject), 0);

  opl_schedule_input_from_traject (&input, traject);
  return opl_schedule_training_month (&input, today);
}

const char *
opl_moment_kind_to_string (OplMomentKind kind)
{
  static const char * const strings[OPL_N_MOMENT_KINDS] = {
    "combel", "leoh", "voortgangsgesprek", "voortgangsadvies", "dienstenrapportage",
  };

  g_return_val_if_fail (kind < OPL_N_MOMENT_KINDS, NULL);
  return strings[kind];
}

const char *
opl_moment_kind_get_label (OplMomentKind kind)
{
  switch (kind)
    {
    case OPL_MOMENT_COMBEL:
      return _("ComBel");
    case OPL_MOMENT_LEOH:
      return _("LEOh");
    case OPL_MOMENT_VOORTGANGSGESPREK:
      return _("Voortgangsgesprek");
    case OPL_MOMENT_VOORTGANGSADVIES:
      return _("Voortgangsadvies");
    case OPL_MOMENT_DIENSTENRAPPORTAGE:
      return _("Voortgangsrapportage diensten");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
opl_moment_state_to_string (OplMomentState state)
{
  static const char * const strings[] = { "upcoming", "due", "overdue", "done" };

  g_return_val_if_fail (state <= OPL_MOMENT_STATE_DONE, NULL);
  return strings[state];
}

/**
 * opl_moment_state_get_label:
 *
 * Returns: the state in words for people (translated), e.g. "overdue"
 */
const char *
opl_moment_state_get_label (OplMomentState state)
{
  switch (state)
    {
    case OPL_MOMENT_STATE_UPCOMING:
      return C_("moment state", "upcoming");
    case OPL_MOMENT_STATE_DUE:
      return C_("moment state", "due");
    case OPL_MOMENT_STATE_OVERDUE:
      return C_("moment state", "overdue");
    case OPL_MOMENT_STATE_DONE:
      return C_("moment state", "done");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_who_to_strv:
 *
 * Returns: (transfer full): "aios", "opleider", "docent", "tutor", those in @who
 */
char **
opl_who_to_strv (OplWho who)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (who & OPL_WHO_AIOS)
    g_strv_builder_add (builder, "aios");
  if (who & OPL_WHO_OPLEIDER)
    g_strv_builder_add (builder, "opleider");
  if (who & OPL_WHO_DOCENT)
    g_strv_builder_add (builder, "docent");
  if (who & OPL_WHO_TUTOR)
    g_strv_builder_add (builder, "tutor");

  return g_strv_builder_end (builder);
}

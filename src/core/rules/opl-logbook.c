/* opl-logbook.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The counters of KPB/KVB and diensten against their pace, and the rule for diensten
 * under supervision at a distance (domain.md, "The training year").
 */

#define G_LOG_DOMAIN "opl-logbook"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "opl-logbook.h"

static const char * const entry_kind_strings[] = { "kpb", "kvb" };

static const char * const dienst_kind_strings[OPL_N_DIENST_KINDS] = {
  "avond", "nacht", "weekend", "feestdag",
};

void
opl_kpb_entry_clear (OplKpbEntry *entry)
{
  g_clear_pointer (&entry->id, g_free);
  g_clear_pointer (&entry->traject_id, g_free);
  g_clear_pointer (&entry->topic, g_free);
  g_clear_pointer (&entry->competentiegebied, g_free);
  g_clear_pointer (&entry->score, g_free);
  g_clear_pointer (&entry->feedback, g_free);
  g_clear_pointer (&entry->assessor_id, g_free);
  g_clear_pointer (&entry->definition_id, g_free);
  g_clear_pointer (&entry->changed_at, g_free);
}

void
opl_dienst_clear (OplDienst *dienst)
{
  g_clear_pointer (&dienst->id, g_free);
  g_clear_pointer (&dienst->traject_id, g_free);
  g_clear_pointer (&dienst->with_person_id, g_free);
  g_clear_pointer (&dienst->with_name, g_free);
  g_clear_pointer (&dienst->note, g_free);
  g_clear_pointer (&dienst->changed_at, g_free);
}

const char *
opl_entry_kind_to_string (OplEntryKind kind)
{
  g_return_val_if_fail (kind <= OPL_ENTRY_KVB, NULL);

  return entry_kind_strings[kind];
}

gboolean
opl_entry_kind_from_string (const char   *str,
                            OplEntryKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (entry_kind_strings); i++)
    {
      if (g_strcmp0 (str, entry_kind_strings[i]) == 0)
        {
          *kind = (OplEntryKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
opl_dienst_kind_to_string (OplDienstKind kind)
{
  g_return_val_if_fail (kind < OPL_N_DIENST_KINDS, NULL);

  return dienst_kind_strings[kind];
}

gboolean
opl_dienst_kind_from_string (const char    *str,
                             OplDienstKind *kind)
{
  for (guint i = 0; i < OPL_N_DIENST_KINDS; i++)
    {
      if (g_strcmp0 (str, dienst_kind_strings[i]) == 0)
        {
          *kind = (OplDienstKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
opl_dienst_kind_get_label (OplDienstKind kind)
{
  switch (kind)
    {
    case OPL_DIENST_AVOND:
      return C_("dienst", "Evening");
    case OPL_DIENST_NACHT:
      return C_("dienst", "Night");
    case OPL_DIENST_WEEKEND:
      return C_("dienst", "Weekend");
    case OPL_DIENST_FEESTDAG:
      return C_("dienst", "Public holiday");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Days of [@first, @until) that lie in @leave. */
static int
leave_days_before (const OplLeave *leave,
                   const GDate    *until)
{
  GDate last = *until;
  int days;

  g_date_subtract_days (&last, 1);
  if (g_date_compare (&leave->start, &last) > 0)
    return 0;
  if (g_date_compare (&leave->end, &last) < 0)
    last = leave->end;

  days = g_date_days_between (&leave->start, &last) + 1;
  return MAX (days, 0);
}

/**
 * opl_training_year_fraction:
 * @input: the traject's facts
 * @today: the day to look at
 *
 * The part of the training year gone by on @today: the training year lasts until
 * training month 12 (opl_schedule_month_date(): part time stretches it, counted leave
 * moves its end), and the days of counted leave before @today do not count as
 * training time.
 *
 * Returns: a fraction from 0 (before the start) to 1 (at or after the year's end)
 */
double
opl_training_year_fraction (const OplScheduleInput *input,
                            const GDate            *today)
{
  g_autoptr(GArray) leaves = NULL;
  GDate year_end;
  int total, gone, leave_total = 0, leave_gone = 0;

  g_return_val_if_fail (input != NULL, 0.0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0.0);

  if (g_date_compare (today, &input->start) <= 0)
    return 0.0;

  opl_schedule_month_date (input, 12, &year_end);
  if (g_date_compare (today, &year_end) >= 0)
    return 1.0;

  leaves = opl_schedule_counted_leaves (input);
  for (guint i = 0; i < leaves->len; i++)
    {
      const OplLeave *leave = &g_array_index (leaves, OplLeave, i);

      leave_total += leave_days_before (leave, &year_end);
      leave_gone += leave_days_before (leave, today);
    }

  total = g_date_days_between (&input->start, &year_end) - leave_total;
  gone = g_date_days_between (&input->start, today) - leave_gone;
  if (total <= 0)
    return 1.0;

  return CLAMP ((double) gone / total, 0.0, 1.0);
}

/**
 * opl_pace_compute:
 * @target: how many the training year asks for (%OPL_KPB_PER_YEAR, %OPL_DIENSTEN_PER_YEAR)
 * @count: how many there are
 * @pace: (out caller-allocates): the result
 *
 * An even pace: by @today, @target times the part of the training year gone by
 * (opl_training_year_fraction()), rounded down. Behind when @count is below that.
 */
void
opl_pace_compute (const OplScheduleInput *input,
                  const GDate            *today,
                  guint                   target,
                  guint                   count,
                  OplPace                *pace)
{
  g_return_if_fail (input != NULL);
  g_return_if_fail (pace != NULL);

  pace->count = count;
  pace->target = target;
  pace->fraction = opl_training_year_fraction (input, today);
  pace->expected = (guint) floor (target * pace->fraction + 1e-9);
  pace->behind = count < pace->expected;
}

/**
 * opl_dienst_counts_towards_year:
 *
 * Seed 001 (the LUMC handleiding), "Diensten doen en compenseren": "Een aios moet
 * minimaal 20 diensten per jaar doen met de opleider (of met de vervangend opleider op
 * dezelfde post)." A dienst counts towards those 20 when it was done with an opleider
 * (@with_person_id: the store admits opleiders only) or with the substitute opleider at
 * the same post (by name in @with_name), and not under supervision at a distance: that
 * one the aios does without the opleider beside them (the 5 to 8 of year 3, counted by
 * opl_supervision_check()). A dienst with anyone else is kept and shown, not counted.
 *
 * Returns: %TRUE when @dienst counts towards %OPL_DIENSTEN_PER_YEAR
 */
gboolean
opl_dienst_counts_towards_year (const OplDienst *dienst)
{
  g_return_val_if_fail (dienst != NULL, FALSE);

  if (dienst->at_distance)
    return FALSE;

  return dienst->with_person_id != NULL ||
         (dienst->with_name != NULL && *dienst->with_name != '\0');
}

/**
 * opl_diensten_count_towards_year:
 * @diensten: (array length=n_diensten): a traject's diensten
 *
 * Returns: how many of @diensten count (opl_dienst_counts_towards_year())
 */
guint
opl_diensten_count_towards_year (const OplDienst *diensten,
                                 guint            n_diensten)
{
  guint count = 0;

  g_return_val_if_fail (diensten != NULL || n_diensten == 0, 0);

  for (guint i = 0; i < n_diensten; i++)
    {
      if (opl_dienst_counts_towards_year (&diensten[i]))
        count++;
    }

  return count;
}

/**
 * opl_supervision_check:
 * @phase: the traject's phase
 * @declared_on: (nullable): the day of the bekwaamheidsverklaring for supervision at a
 *   distance, or %NULL (or a cleared date) when there is none
 * @diensten: (array length=n_diensten): the traject's diensten
 * @result: (out caller-allocates): the status and warnings
 *
 * domain.md, "The training year": after the bekwaamheidsverklaring for supervision at
 * a distance in year 3 (fase II), at least 5 and at most 8 diensten under supervision
 * at a distance, preferably 2 night shifts. Only diensten at a distance on or after
 * the declaration count; one before it (or without one, or in fase I) is a warning.
 * Fewer than 2 nights is a warning once the minimum of 5 is reached (until then there
 * is room to do them).
 */
void
opl_supervision_check (OplPhase          phase,
                       const GDate      *declared_on,
                       const OplDienst  *diensten,
                       guint             n_diensten,
                       OplSupervision   *result)
{
  gboolean declared = declared_on != NULL && g_date_valid (declared_on);

  g_return_if_fail (result != NULL);
  g_return_if_fail (diensten != NULL || n_diensten == 0);

  *result = (OplSupervision) { 0 };

  for (guint i = 0; i < n_diensten; i++)
    {
      const OplDienst *dienst = &diensten[i];

      if (!dienst->at_distance)
        continue;

      if (phase != OPL_PHASE_II || !declared || g_date_compare (&dienst->date, declared_on) < 0)
        {
          result->warnings |= OPL_SUPERVISION_WARNING_BEFORE_DECLARATION;
          continue;
        }

      result->n_at_distance++;
      if (dienst->kind == OPL_DIENST_NACHT)
        result->n_nights_at_distance++;
    }

  if (phase != OPL_PHASE_II)
    result->status = OPL_SUPERVISION_NOT_APPLICABLE;
  else if (!declared)
    result->status = OPL_SUPERVISION_NO_DECLARATION;
  else if (result->n_at_distance < OPL_DISTANCE_DIENSTEN_MIN)
    result->status = OPL_SUPERVISION_TOO_FEW;
  else if (result->n_at_distance <= OPL_DISTANCE_DIENSTEN_MAX)
    result->status = OPL_SUPERVISION_OK;
  else
    {
      result->status = OPL_SUPERVISION_TOO_MANY;
      result->warnings |= OPL_SUPERVISION_WARNING_TOO_MANY;
    }

  if (result->n_at_distance >= OPL_DISTANCE_DIENSTEN_MIN &&
      result->n_nights_at_distance < OPL_DISTANCE_NIGHTS_PREFERRED)
    result->warnings |= OPL_SUPERVISION_WARNING_FEW_NIGHTS;
}

/* GLib 2.74 has no g_strv_builder_take(). */
static void
add_message (GStrvBuilder *builder,
             char         *message)
{
  g_strv_builder_add (builder, message);
  g_free (message);
}

/**
 * opl_supervision_get_messages:
 *
 * Returns: (transfer full): what to tell the user: the status first, then each warning
 */
char **
opl_supervision_get_messages (const OplSupervision *result)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (result != NULL, NULL);

  switch (result->status)
    {
    case OPL_SUPERVISION_NOT_APPLICABLE:
      break;
    case OPL_SUPERVISION_NO_DECLARATION:
      add_message (builder, g_strdup (_("No bekwaamheidsverklaring for supervision at a distance yet")));
      break;
    case OPL_SUPERVISION_TOO_FEW:
      add_message (builder,
                           /* Translators: %u is a number of diensten, the %d the minimum and maximum */
                           g_strdup_printf (_("%u diensten under supervision at a distance; %d to %d are needed"),
                                            result->n_at_distance, OPL_DISTANCE_DIENSTEN_MIN,
                                            OPL_DISTANCE_DIENSTEN_MAX));
      break;
    case OPL_SUPERVISION_OK:
      add_message (builder,
                           /* Translators: %u is a number of diensten, the %d the minimum and maximum */
                           g_strdup_printf (_("%u diensten under supervision at a distance, within %d to %d"),
                                            result->n_at_distance, OPL_DISTANCE_DIENSTEN_MIN,
                                            OPL_DISTANCE_DIENSTEN_MAX));
      break;
    case OPL_SUPERVISION_TOO_MANY:
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (result->warnings & OPL_SUPERVISION_WARNING_TOO_MANY)
    add_message (builder,
                         /* Translators: %u is a number of diensten, %d the maximum */
                         g_strdup_printf (_("%u diensten under supervision at a distance: more than the %d allowed"),
                                          result->n_at_distance, OPL_DISTANCE_DIENSTEN_MAX));
  if (result->warnings & OPL_SUPERVISION_WARNING_BEFORE_DECLARATION)
    add_message (builder,
                         g_strdup (_("A dienst under supervision at a distance lies before the bekwaamheidsverklaring")));
  if (result->warnings & OPL_SUPERVISION_WARNING_FEW_NIGHTS)
    add_message (builder,
                         /* Translators: %u and %d are numbers of night shifts */
                         g_strdup_printf (ngettext ("%u night shift under supervision at a distance; preferably %d",
                                                    "%u night shifts under supervision at a distance; preferably %d",
                                                    result->n_nights_at_distance),
                                          result->n_nights_at_distance, OPL_DISTANCE_NIGHTS_PREFERRED));

  return g_strv_builder_end (builder);
}

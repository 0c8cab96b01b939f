/* opl-scholing-report.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Puts the rules of opl-scholing.c together for one opleider and opleidingsjaar: what
 * the command line prints and the Scholing view and the dashboard show. Pure: the
 * store gathers the facts.
 */

#define G_LOG_DOMAIN "opl-scholing"

#include "config.h"

#include "opl-scholing-report.h"

static GPtrArray *
days_of_year (const OplScholingRules *rules,
              GPtrArray              *days,
              int                     year)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_scholing_day_free);

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const OplScholingDay *day = g_ptr_array_index (days, i);

      if (opl_scholing_year_of (rules, &day->date) == year)
        g_ptr_array_add (result, opl_scholing_day_copy (day));
    }

  return result;
}

static GPtrArray *
copy_leerpunten (GPtrArray *leerpunten)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_leerpunt_free);

  for (guint i = 0; leerpunten != NULL && i < leerpunten->len; i++)
    {
      const OplLeerpunt *leerpunt = g_ptr_array_index (leerpunten, i);
      OplLeerpunt *copy = g_memdup2 (leerpunt, sizeof *leerpunt);

      copy->id = g_strdup (leerpunt->id);
      copy->text = g_strdup (leerpunt->text);
      copy->changed_at = g_strdup (leerpunt->changed_at);
      g_ptr_array_add (result, copy);
    }

  return result;
}

/**
 * opl_scholing_report_compute:
 * @year: the opleidingsjaar, by the calendar year it starts in
 * @today: the day that tells what is overdue
 *
 * Returns: (transfer full): the report of @facts in @year
 */
OplScholingReport *
opl_scholing_report_compute (const OplScholingRules *rules,
                             const OplScholingFacts *facts,
                             int                     year,
                             const GDate            *today)
{
  OplScholingReport *report = g_new0 (OplScholingReport, 1);
  gboolean experienced;
  int experience;

  g_return_val_if_fail (rules != NULL && facts != NULL && today != NULL, NULL);

  report->year = year;
  opl_scholing_year_bounds (rules, year, &report->first, &report->last);
  report->opleider_since = facts->opleider_since;
  experience = opl_scholing_experience_year (facts->opleider_since, year);

  /* Only an experienced opleider splits the days pro rata (seed 001). */
  experienced = opl_scholing_is_experienced (rules, facts->role, experience, facts->experienced);
  opl_scholing_requirement (rules, facts->role, experience, experienced ? facts->share : 1.0,
                            facts->dispensation_days, &report->requirement);
  report->requirement.experienced = experienced;
  report->dispensation_reason = g_strdup (facts->dispensation_reason);
  opl_scholing_count (rules, facts->days, year, &report->count);
  opl_scholing_path_on (rules, facts->days, year, experience, today, &report->path);
  report->needs = opl_scholing_needs (rules, &report->requirement, &report->count, &report->path, year, today);
  report->days = days_of_year (rules, facts->days, year);

  report->niveaukaart = opl_quality_niveaukaart (rules, experience);
  report->hao_interval = opl_quality_hao_interval (rules, experience);
  g_date_clear (&report->last_hao, 1);
  if (facts->last_hao != NULL && g_date_valid (facts->last_hao))
    report->last_hao = *facts->last_hao;
  opl_quality_next_hao (rules, experience, facts->last_hao, &report->last, &report->next_hao);
  report->hao_overdue = g_date_compare (today, &report->next_hao) > 0;

  report->leerpunten = copy_leerpunten (facts->leerpunten);
  report->leerplan_advice = opl_quality_leerplan_advice (rules, report->leerpunten->len);
  report->leoh_due = facts->leoh_due;
  report->leoh_done = facts->leoh_done;

  return report;
}

void
opl_scholing_report_free (OplScholingReport *report)
{
  if (report == NULL)
    return;

  g_free (report->dispensation_reason);
  g_clear_pointer (&report->needs, g_array_unref);
  g_clear_pointer (&report->days, g_ptr_array_unref);
  g_clear_pointer (&report->leerpunten, g_ptr_array_unref);
  g_free (report);
}

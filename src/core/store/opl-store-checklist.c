/* opl-store-checklist.c: the opleider's checklist: ticks, and the facts its rules ask.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are pure (opl-checklist.c); this file gathers what they need for one
 * opleider on one day (OplChecklistFacts): from when their tasks count, the trajecten
 * they are an opleider in with their due moments, and the paralleldagen of this
 * opleidingsjaar and the one before as the Scholing view counts them. Then it looks up
 * exactly the ticks the rules ask about, each on the UNIQUE (person_id, item_id,
 * period_key) index, so that a day's checklist does not grow with the years before it
 * (docs/performance.md).
 *
 * An item that follows a due moment (the ComBel, the voortgangsgesprek, the
 * voortgangsadvies, the LEOh) has no tick of its own: ticking it marks the moment done
 * (opl_store_set_moment_done(), as the traject view does). The moment is one fact of
 * the traject, so the checklist, the traject view and the dashboard cannot disagree
 * about it, and no second record has to be kept in step with the first; a tick's
 * period_key must moreover start with a year (the schema's CHECK), which a moment that
 * moves with leave has not.
 *
 * Checklist version 3 (docs/checklist.md): the opleiderscoach item follows the quality
 * cycle, so its facts are the HAO-voortgangsgesprekken and the next one's due date as
 * the Scholing view computes it (opl_quality_next_hao() on the same facts as
 * opl_store_get_scholing_report()), and ticking it records a gesprek (the row does,
 * with opl_store_add_hao_gesprek()). An item ticked by the day ("after-last",
 * "before") keeps a tick whose period_key is that day (2026-11-22, the key of a daily
 * period); a tick of version 2 for a calendar period (2026-H1) counts as done on the
 * day it was made, within that period (add_done_days()).
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-store-practice.h"
#include "opl-store-private.h"
#include "opl-store-scholing.h"

/* How far back the history reads the trajecten of an opleider: an item that follows a
 * moment lists the last few of them (three a year per aios). */
#define HISTORY_YEARS 3

/**
 * opl_store_set_ticked:
 * @checklist_version: the version of the checklist definition the item is from
 * @ticked: %TRUE to tick, %FALSE to untick (undo)
 *
 * Ticks or unticks a checklist item for one period, in one transaction. Ticking twice
 * or unticking what is not ticked changes nothing.
 */
gboolean
opl_store_set_ticked (OplStore    *self,
                      const char  *person_id,
                      const char  *item_id,
                      const char  *period_key,
                      int          checklist_version,
                      gboolean     ticked,
                      GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = opl_timestamp_now ();

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!opl_database_begin (database, error))
    return FALSE;

  if (ticked)
    {
      OplSetupTick tick = {
        .person_id = (char *) person_id,
        .item_id = (char *) item_id,
        .period_key = (char *) period_key,
        .checklist_version = checklist_version,
      };

      return opl_store_finish_action (self, opl_store_insert_tick (self, &tick, now, error), error);
    }

  stmt = opl_database_prepare (database,
                               "DELETE FROM checklist_tick"
                               " WHERE person_id = ? AND item_id = ? AND period_key = ?",
                               error);
  if (stmt == NULL)
    return opl_store_finish_action (self, FALSE, error);

  opl_bind_text (stmt, 1, person_id);
  opl_bind_text (stmt, 2, item_id);
  opl_bind_text (stmt, 3, period_key);
  return opl_store_finish_action (self, opl_database_step_done (database, stmt, error), error);
}

/* The day a tick of an item ticked by the day says it was done: its own day, or for a
 * tick of version 2 made for a calendar period (2026-H1, 2026) the day it was made,
 * kept within that period (history brought in was made later). */
static gboolean
tick_done_day (const char *period_key,
               const char *created_on,
               GDate      *day)
{
  OplPeriod period;
  GDate first, last;

  if (!opl_period_key_parse (period_key, &period, &first, &last))
    return FALSE;

  if (period == OPL_PERIOD_DAILY || !opl_date_parse_iso (created_on, day) || g_date_compare (day, &last) > 0)
    *day = period == OPL_PERIOD_DAILY ? first : last;
  else if (g_date_compare (day, &first) < 0)
    *day = first;

  return TRUE;
}

/**
 * opl_store_untick_day:
 * @item_id: an item ticked by the day (opl_checklist_needs_done_days())
 * @day: the day it was done, as its status says (its period_key)
 *
 * Unticks an item ticked by the day, in one transaction: every tick of it that says
 * it was done on @day, a tick of that day or one of version 2 made that day for a
 * calendar period (add_done_days()). Ticking it again is opl_store_set_ticked() with
 * the day's key.
 */
gboolean
opl_store_untick_day (OplStore     *self,
                      const char   *person_id,
                      const char   *item_id,
                      const GDate  *day,
                      GError      **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  if (!opl_database_begin (database, error))
    return FALSE;

  select = opl_database_prepare (database,
                                 "SELECT period_key, substr (created_at, 1, 10) FROM checklist_tick"
                                 " WHERE person_id = ? AND item_id = ?",
                                 error);
  if (select == NULL)
    return opl_store_finish_action (self, FALSE, error);

  opl_bind_text (select, 1, person_id);
  opl_bind_text (select, 2, item_id);
  while ((ok = opl_database_step_row (database, select, &has_row, error)) && has_row)
    {
      GDate done;

      if (tick_done_day (opl_column_text (select, 0), opl_column_text (select, 1), &done) &&
          g_date_compare (&done, day) == 0)
        g_ptr_array_add (keys, g_strdup (opl_column_text (select, 0)));
    }

  for (guint i = 0; ok && i < keys->len; i++)
    {
      g_autoptr(sqlite3_stmt) stmt =
        opl_database_prepare (database,
                              "DELETE FROM checklist_tick"
                              " WHERE person_id = ? AND item_id = ? AND period_key = ?",
                              error);

      ok = stmt != NULL;
      if (ok)
        {
          opl_bind_text (stmt, 1, person_id);
          opl_bind_text (stmt, 2, item_id);
          opl_bind_text (stmt, 3, g_ptr_array_index (keys, i));
          ok = opl_database_step_done (database, stmt, error);
        }
    }

  return opl_store_finish_action (self, ok, error);
}

/* The key of a tick in the sets below: item@period. */
static char *
tick_key (const char *item_id,
          const char *period_key)
{
  return g_strconcat (item_id, "@", period_key, NULL);
}

static gboolean
is_in_ticks (const char *item_id,
             const char *period_key,
             gpointer    user_data)
{
  g_autofree char *key = tick_key (item_id, period_key);

  return g_hash_table_contains (user_data, key);
}

/* The ticks a rule of the checklist asks about, noted by a first pass over the rule
 * that answers "no" to everything: a superset of what the real pass asks. */
static gboolean
note_asked (const char *item_id,
            const char *period_key,
            gpointer    user_data)
{
  g_hash_table_add (user_data, tick_key (item_id, period_key));
  return FALSE;
}

/* Looks up exactly the ticks in @asked, each on the UNIQUE (person_id, item_id,
 * period_key) index: what a day's checklist or its history costs does not grow with
 * the years of ticks before it (docs/performance.md). */
static GHashTable *
lookup_ticks (OplStore    *self,
              const char  *person_id,
              GHashTable  *asked,
              GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(GHashTable) ticks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  const char *key;

  g_hash_table_iter_init (&iter, asked);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      g_autoptr(sqlite3_stmt) stmt =
        opl_database_prepare (database,
                              "SELECT 1 FROM checklist_tick"
                              " WHERE person_id = ? AND item_id = ? AND period_key = ?",
                              error);
      const char *at = strchr (key, '@');
      gboolean has_row;

      if (stmt == NULL)
        return NULL;

      opl_bind_text (stmt, 1, person_id);
      sqlite3_bind_text (stmt, 2, key, at - key, SQLITE_TRANSIENT);
      opl_bind_text (stmt, 3, at + 1);
      if (!opl_database_step_row (database, stmt, &has_row, error))
        return NULL;

      if (has_row)
        g_hash_table_add (ticks, g_strdup (key));
    }

  return g_steal_pointer (&ticks);
}

static gboolean
no_profile (GError     **error,
            const char  *person_id)
{
  g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY,
               _("There is no profile with the id “%s”"), person_id);
  return FALSE;
}

/* Ticks for a period that ended before the person was added cannot be made in the app
 * (a row ticks the period of today); they come with history: the demo, an import, the
 * history generator. Then the checklist was kept from the first period ticked. */
static void
apply_earlier_ticks (const char *first_key,
                     GDate      *since)
{
  GDate first, last;

  if (opl_period_key_parse (first_key, NULL, &first, &last) && g_date_compare (&last, since) < 0)
    *since = first;
}

/**
 * opl_store_get_active_since:
 * @date: (out caller-allocates): the first day @person_id could have done a task of
 *   the checklist: the later of the day the practice was created in the app and the
 *   day they were added to it
 *
 * Not the start of a traject: one entered with a start date in the past would make
 * every period since then overdue (issue 14, "No false alarms on a new or changed
 * practice"). Only ticks the person already has for periods before that day (history
 * brought in, see apply_earlier_ticks()) move it back to the first of those periods.
 */
gboolean
opl_store_get_active_since (OplStore    *self,
                            const char  *person_id,
                            GDate       *date,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GDate practice;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  /* min (period_key) of one person is one step on checklist_tick_by_period. */
  stmt = opl_database_prepare (opl_store_get_database (self),
                               "SELECT (SELECT substr (created_at, 1, 10) FROM person WHERE id = ?1),"
                               " (SELECT substr (min (created_at), 1, 10) FROM practice),"
                               " (SELECT min (period_key) FROM checklist_tick WHERE person_id = ?1)",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  if (!opl_database_step_row (opl_store_get_database (self), stmt, &has_row, error))
    return FALSE;

  if (!has_row || !opl_column_date (stmt, 0, date))
    return no_profile (error, person_id);

  if (opl_column_date (stmt, 1, &practice) && g_date_compare (&practice, date) > 0)
    *date = practice;

  apply_earlier_ticks (opl_column_text (stmt, 2), date);
  return TRUE;
}

/* How far back the trajecten are read: the periods a status looks at (today's and the
 * one before, for the longest period of a task with the aios), or, for the history,
 * a few years of moments. */
static void
first_day_needed (OplChecklist *checklist,
                  const GDate  *today,
                  gboolean      for_history,
                  GDate        *from)
{
  *from = *today;
  if (for_history)
    {
      g_date_subtract_years (from, HISTORY_YEARS);
      return;
    }

  for (guint i = 0; i < opl_checklist_get_n_items (checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (checklist, i);
      GDate first, last;

      if (item->basis != OPL_CHECKLIST_BASIS_AIOS)
        continue;

      opl_period_bounds (item->period, today, &first, &last);
      g_date_subtract_days (&first, 1);
      opl_period_bounds (item->period, &first, &first, &last);
      if (g_date_compare (&first, from) < 0)
        *from = first;
    }
}

/* The trajecten @person_id is an opleider in from @from on, with their due moments as
 * of @today; a status needs the moments of the trajecten that have not ended only. */
static gboolean
add_trajecten (OplStore           *self,
               OplChecklistFacts  *facts,
               const char         *person_id,
               const GDate        *from,
               const GDate        *today,
               gboolean            for_history,
               GError            **error)
{
  g_autoptr(GPtrArray) trajecten = NULL;
  GDate until = *today;

  g_date_add_years (&until, 1);
  trajecten = opl_store_list_trajecten_in (self, person_id, from, &until, error);
  if (trajecten == NULL)
    return FALSE;

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);
      g_autoptr(GArray) moments = NULL;

      if (for_history || !opl_traject_has_ended (traject, today))
        {
          moments = opl_store_get_schedule (self, traject, today, error);
          if (moments == NULL)
            return FALSE;
        }

      opl_checklist_facts_add_traject (facts, opl_traject_get_id (traject), opl_traject_get_aios_name (traject),
                                       opl_traject_get_start (traject), opl_traject_get_end (traject), moments);
    }

  return TRUE;
}

/* The paralleldagen of opleidingsjaar @year as the Scholing view counts them: the
 * requirement of the opleider's role that year (opl_scholing_requirement(), seed 002)
 * and the paralleldagen registered as attended (opl_scholing_count()). */
static gboolean
add_year (OplStore                *self,
          OplChecklistFacts       *facts,
          const OplScholingRules  *rules,
          OplPerson               *person,
          GPtrArray               *days,
          int                      opleider_since,
          int                      year,
          gboolean                 this_year,
          GError                 **error)
{
  g_autoptr(GArray) attended = g_array_new (FALSE, FALSE, sizeof (GDate));
  OplScholingRequirement requirement;
  OplOpleiderYear role;
  GDate first, last;

  if (!opl_store_get_opleider_year (self, person, year, &role, error))
    return FALSE;

  /* The share and the dispensation change the days, not the paralleldagen. */
  opl_scholing_requirement (rules, role.role, opl_scholing_experience_year (opleider_since, year), 1.0, 0.0,
                            &requirement);
  opl_scholing_year_bounds (rules, year, &first, &last);
  for (guint i = 0; i < days->len; i++)
    {
      const OplScholingDay *day = g_ptr_array_index (days, i);

      if (day->kind == OPL_SCHOLING_PARALLELDAG && day->attended && opl_scholing_year_of (rules, &day->date) == year)
        g_array_append_val (attended, day->date);
    }

  opl_checklist_facts_set_year (facts, this_year, &first, &last, requirement.paralleldagen_obligatory,
                                requirement.paralleldagen, (const GDate *) attended->data, attended->len);
  return TRUE;
}

static gboolean
add_paralleldagen (OplStore           *self,
                   OplChecklistFacts  *facts,
                   OplPerson          *person,
                   const GDate        *today,
                   GError            **error)
{
  g_autoptr(OplInstitute) institute = opl_store_load_institute (self, error);
  g_autoptr(GPtrArray) days = NULL;
  const OplScholingRules *rules;
  int year, opleider_since;

  if (institute == NULL)
    return FALSE;

  days = opl_store_list_scholing (self, opl_person_get_id (person), error);
  if (days == NULL || !opl_store_get_opleider_since (self, opl_person_get_id (person), &opleider_since, error))
    return FALSE;

  rules = opl_institute_get_rules (institute);
  year = opl_scholing_year_of (rules, today);
  return add_year (self, facts, rules, person, days, opleider_since, year - 1, FALSE, error) &&
         add_year (self, facts, rules, person, days, opleider_since, year, TRUE, error);
}

/* The days @item_id was ticked, for the rules of an item ticked by the day: one step
 * on the UNIQUE (person_id, item_id, period_key) index per tick. */
static gboolean
add_done_days (OplStore           *self,
               OplChecklistFacts  *facts,
               const char         *person_id,
               const char         *item_id,
               GError            **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row, ok;

  stmt = opl_database_prepare (database,
                               "SELECT period_key, substr (created_at, 1, 10) FROM checklist_tick"
                               " WHERE person_id = ? AND item_id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  opl_bind_text (stmt, 2, item_id);
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      GDate day;

      if (tick_done_day (opl_column_text (stmt, 0), opl_column_text (stmt, 1), &day))
        opl_checklist_facts_add_done_day (facts, item_id, &day);
    }

  return ok;
}

/* The quality cycle's HAO-voortgangsgesprek as the Scholing view shows it for today's
 * opleidingsjaar: opl_store_get_scholing_report() takes the last gesprek on or before
 * the end of that year and gives it to opl_quality_next_hao() with the experience of
 * that year and the year's end; so does this, on the same facts, without the rest of
 * the report (the days, the LEOh, the leerplan). tests/test-checklist.c checks that the
 * two agree. The gesprekken up to today are the item's done days, for its history. */
static gboolean
add_hao (OplStore           *self,
         OplChecklistFacts  *facts,
         OplChecklist       *checklist,
         OplInstitute       *institute,
         const char         *person_id,
         const GDate        *today,
         GError            **error)
{
  const OplScholingRules *rules = opl_institute_get_rules (institute);
  g_autoptr(GArray) gesprekken = NULL;
  int year, opleider_since;
  GDate first, last, last_hao, next;

  gesprekken = opl_store_list_hao_gesprekken (self, person_id, error);
  if (gesprekken == NULL || !opl_store_get_opleider_since (self, person_id, &opleider_since, error))
    return FALSE;

  year = opl_scholing_year_of (rules, today);
  opl_scholing_year_bounds (rules, year, &first, &last);
  g_date_clear (&last_hao, 1);
  for (guint i = 0; i < gesprekken->len; i++)
    {
      const GDate *date = &g_array_index (gesprekken, OplHaoGesprek, i).date;

      if (g_date_compare (date, &last) <= 0)
        last_hao = *date;
    }

  opl_quality_next_hao (rules, opl_scholing_experience_year (opleider_since, year),
                        g_date_valid (&last_hao) ? &last_hao : NULL, &last, &next);
  opl_checklist_facts_set_hao (facts, &last_hao, &next);

  for (guint i = 0; i < opl_checklist_get_n_items (checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (checklist, i);

      if (item->basis != OPL_CHECKLIST_BASIS_HAO)
        continue;

      for (guint j = 0; j < gesprekken->len; j++)
        {
          const GDate *date = &g_array_index (gesprekken, OplHaoGesprek, j).date;

          if (g_date_compare (date, today) <= 0)
            opl_checklist_facts_add_done_day (facts, item->id, date);
        }

      /* Ticks of version 2 (the calendar year) stay in the history; the due date is the
       * Scholing view's, which knows the gesprekken only. */
      if (!add_done_days (self, facts, person_id, item->id, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_ticked_days (OplStore           *self,
                 OplChecklistFacts  *facts,
                 OplChecklist       *checklist,
                 const char         *person_id,
                 GError            **error)
{
  for (guint i = 0; i < opl_checklist_get_n_items (checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (checklist, i);

      if (opl_checklist_needs_done_days (checklist, item) &&
          !add_done_days (self, facts, person_id, item->id, error))
        return FALSE;
    }

  return TRUE;
}

static OplChecklistFacts *
get_facts (OplStore      *self,
           OplChecklist  *checklist,
           const char    *person_id,
           const GDate   *today,
           gboolean       for_history,
           GError       **error)
{
  g_autoptr(OplChecklistFacts) facts = NULL;
  OplPerson *person;
  GDate since, from;

  if (!opl_store_get_active_since (self, person_id, &since, error))
    return NULL;

  facts = opl_checklist_facts_new (&since);
  person = opl_store_lookup_person (self, person_id);
  if (person == NULL || !opl_person_is_opleider (person))
    return g_steal_pointer (&facts);

  first_day_needed (checklist, today, for_history, &from);
  if (opl_checklist_needs_trajecten (checklist) &&
      !add_trajecten (self, facts, person_id, &from, today, for_history, error))
    return NULL;

  if (opl_checklist_needs_paralleldagen (checklist) && !add_paralleldagen (self, facts, person, today, error))
    return NULL;

  if (opl_checklist_needs_hao (checklist))
    {
      g_autoptr(OplInstitute) institute = opl_store_load_institute (self, error);

      if (institute == NULL || !add_hao (self, facts, checklist, institute, person_id, today, error))
        return NULL;
    }

  if (!add_ticked_days (self, facts, checklist, person_id, error))
    return NULL;

  return g_steal_pointer (&facts);
}

/**
 * opl_store_get_checklist_facts:
 * @person_id: an opleider
 * @today: the day the checklist is asked for
 *
 * Gathers what @checklist's rules need besides the ticks (OplChecklistFacts): the day
 * from which @person_id's tasks count (opl_store_get_active_since()), the trajecten
 * they are an opleider in (from a few years back, for the history) with their due
 * moments, and the paralleldagen of this opleidingsjaar and the one before. Someone
 * who is not an opleider has none of those. opl_store_get_checklist_status() reads
 * only the recent part of the same facts, which gives the same statuses.
 *
 * Returns: (transfer full): the facts, or %NULL with @error set
 */
OplChecklistFacts *
opl_store_get_checklist_facts (OplStore      *self,
                               OplChecklist  *checklist,
                               const char    *person_id,
                               const GDate   *today,
                               GError       **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  return get_facts (self, checklist, person_id, today, TRUE, error);
}

/**
 * opl_store_get_checklist_status:
 * @person_id: the opleider whose ticks count
 * @today: the day to look at
 *
 * Returns: (transfer full) (element-type OplChecklistStatus): the checklist as it
 *   stands for @person_id on @today (opl_checklist_get_status_for(), with the facts of
 *   opl_store_get_checklist_facts())
 */
GArray *
opl_store_get_checklist_status (OplStore      *self,
                                OplChecklist  *checklist,
                                const char    *person_id,
                                const GDate   *today,
                                GError       **error)
{
  g_autoptr(GHashTable) asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ticks = NULL;
  g_autoptr(GArray) unanswered = NULL;
  g_autoptr(OplChecklistFacts) facts = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_CHECKLIST (checklist), NULL);

  facts = get_facts (self, checklist, person_id, today, FALSE, error);
  if (facts == NULL)
    return NULL;

  /* This period's and the one before's, for each item (and the months of a year). */
  unanswered = opl_checklist_get_status_for (checklist, today, facts, note_asked, asked);
  ticks = lookup_ticks (self, person_id, asked, error);
  if (ticks == NULL)
    return NULL;

  return opl_checklist_get_status_for (checklist, today, facts, is_in_ticks, ticks);
}

/**
 * opl_store_get_checklist_history:
 * @person_id: the opleider whose ticks count
 * @today: the day to look back from
 * @max_periods: how many earlier periods per item
 *
 * Returns: (transfer full) (element-type GArray): per item of @checklist, in its
 *   order, the earlier periods it asked something in (opl_checklist_get_history_for())
 *   with whether they were done
 */
GPtrArray *
opl_store_get_checklist_history (OplStore      *self,
                                 OplChecklist  *checklist,
                                 const char    *person_id,
                                 const GDate   *today,
                                 guint          max_periods,
                                 GError       **error)
{
  g_autoptr(GHashTable) asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ticks = NULL;
  g_autoptr(GPtrArray) histories = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(OplChecklistFacts) facts = NULL;
  guint n_items;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_CHECKLIST (checklist), NULL);

  facts = opl_store_get_checklist_facts (self, checklist, person_id, today, error);
  if (facts == NULL)
    return NULL;

  n_items = opl_checklist_get_n_items (checklist);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GArray) unanswered = opl_checklist_get_history_for (checklist, opl_checklist_get_item (checklist, i),
                                                                    today, facts, max_periods, note_asked, asked);
    }

  ticks = lookup_ticks (self, person_id, asked, error);
  if (ticks == NULL)
    return NULL;

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (histories, opl_checklist_get_history_for (checklist, opl_checklist_get_item (checklist, i),
                                                               today, facts, max_periods, is_in_ticks, ticks));

  return g_steal_pointer (&histories);
}

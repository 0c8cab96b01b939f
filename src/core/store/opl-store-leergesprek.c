/* opl-store-leergesprek.c: the store's part for the weekly leergesprek.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-store-practice.h"
#include "opl-store-private.h"

/* Seed 000: "Het opleiden van een coassistent door aios is alleen mogelijk in de
 * laatste fase van de opleiding". The schema's trigger refuses a coschap of a fase I
 * traject too; this says so in words, wherever a slot is written (the leergesprekken
 * view, the coschap, a new practice, the command line). */
static gboolean
check_coschap_phase (OplStore       *self,
                     const OplSlot  *slot,
                     GError        **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!g_date_valid (&slot->coschap_start))
    return TRUE;

  stmt = opl_database_prepare (database, "SELECT phase FROM traject WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, slot->traject_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  if (has_row && sqlite3_column_int (stmt, 0) != OPL_PHASE_II)
    {
      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_PHASE,
                           _("An aios trains a coassistent only in the last phase (fase II)"));
      return FALSE;
    }

  return TRUE;
}

gboolean
opl_store_insert_slot (OplStore       *self,
                       const OplSlot  *slot,
                       const char     *now,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* In words the person understands, before the schema's CHECK would refuse it. */
  if (!opl_slot_check (slot, error) || !check_coschap_phase (self, slot, error))
    return FALSE;

  stmt =
    opl_database_prepare (opl_store_get_database (self),
                          "INSERT INTO leergesprek_slot (traject_id, weekday, start_minute, duration,"
                          " coschap_start, created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (traject_id) DO UPDATE SET weekday = excluded.weekday,"
                          " start_minute = excluded.start_minute, duration = excluded.duration,"
                          " coschap_start = excluded.coschap_start, changed_at = excluded.changed_at,"
                          " changed_by = excluded.changed_by",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, slot->traject_id);
  sqlite3_bind_int (stmt, 2, slot->weekday);
  sqlite3_bind_int (stmt, 3, slot->start_minute);
  sqlite3_bind_int (stmt, 4, slot->duration);
  opl_bind_date (stmt, 5, &slot->coschap_start);
  opl_store_bind_audit (self, stmt, 6, now);
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

/* What a person can get wrong about a leergesprek, said before the schema's CHECKs
 * would refuse it: its time (domain.md "Leergesprekken": at least one hour), a
 * cancellation without a reason, and one marked held before its day (issue 19). */
static gboolean
check_leergesprek (OplLeergesprek  *leergesprek,
                   GError         **error)
{
  GDate today;

  if (!opl_planner_check_time (opl_leergesprek_get_start_minute (leergesprek),
                               opl_leergesprek_get_duration (leergesprek), error))
    return FALSE;

  opl_date_set_today (&today);
  if (opl_leergesprek_get_status (leergesprek) == OPL_LEERGESPREK_HELD &&
      g_date_compare (opl_leergesprek_get_date (leergesprek), &today) > 0)
    {
      g_set_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID,
                   _("A leergesprek can be marked as held on its day or later, not before"));
      return FALSE;
    }

  if (opl_leergesprek_get_status (leergesprek) == OPL_LEERGESPREK_CANCELLED &&
      !opl_leergesprek_has_text (leergesprek, OPL_LEERGESPREK_CANCEL_REASON))
    {
      g_set_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID,
                   _("A cancelled leergesprek needs a reason"));
      return FALSE;
    }

  return TRUE;
}

/* Inserts @leergesprek unless its week already has one. */
gboolean
opl_store_insert_leergesprek (OplStore        *self,
                              OplLeergesprek  *leergesprek,
                              const char      *now,
                              GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!check_leergesprek (leergesprek, error))
    return FALSE;

  stmt =
    opl_database_prepare (opl_store_get_database (self),
                          "INSERT INTO leergesprek (id, traject_id, week_key, date, start_minute,"
                          " duration, kind, status, opleider_id, agenda, notes, agreements, top, tip,"
                          " cancel_reason, created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (traject_id, week_key) DO NOTHING",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_leergesprek_get_id (leergesprek));
  opl_bind_text (stmt, 2, opl_leergesprek_get_traject_id (leergesprek));
  opl_bind_text (stmt, 3, opl_leergesprek_get_week_key (leergesprek));
  opl_bind_date (stmt, 4, opl_leergesprek_get_date (leergesprek));
  sqlite3_bind_int (stmt, 5, opl_leergesprek_get_start_minute (leergesprek));
  sqlite3_bind_int (stmt, 6, opl_leergesprek_get_duration (leergesprek));
  opl_bind_text (stmt, 7, opl_leergesprek_kind_to_string (opl_leergesprek_get_kind (leergesprek)));
  opl_bind_text (stmt, 8, opl_leergesprek_status_to_string (opl_leergesprek_get_status (leergesprek)));
  opl_bind_text (stmt, 9, opl_leergesprek_get_opleider_id (leergesprek));
  for (guint i = 0; i < OPL_N_LEERGESPREK_TEXTS; i++)
    opl_bind_text (stmt, 10 + i, opl_leergesprek_get_text (leergesprek, i));
  opl_store_bind_audit (self, stmt, 16, now);
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

/**
 * opl_store_set_slot:
 * @slot: the traject's fixed weekly time
 *
 * Sets the traject's weekly slot, in one transaction. A slot shorter than an hour, or
 * one that does not fit in its day, is refused with %OPL_PLANNER_ERROR_INVALID and a
 * message for the person; nothing is written.
 */
gboolean
opl_store_set_slot (OplStore       *self,
                    const OplSlot  *slot,
                    GError        **error)
{
  g_autofree char *now = opl_timestamp_now ();

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  return opl_store_finish_action (self, opl_store_insert_slot (self, slot, now, error), error);
}

/**
 * opl_store_get_slot:
 * @slot: (out caller-allocates): the slot; free its traject_id with opl_slot_clear()
 *
 * Returns: %FALSE with @error set on failure; %FALSE without @error when the traject
 *   has no slot yet
 */
gboolean
opl_store_get_slot (OplStore    *self,
                    const char  *traject_id,
                    OplSlot     *slot,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  stmt = opl_database_prepare (database,
                               "SELECT weekday, start_minute, duration, coschap_start"
                               " FROM leergesprek_slot WHERE traject_id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, traject_id);
  if (!opl_database_step_row (database, stmt, &has_row, error) || !has_row)
    return FALSE;

  slot->traject_id = g_strdup (traject_id);
  slot->weekday = sqlite3_column_int (stmt, 0);
  slot->start_minute = sqlite3_column_int (stmt, 1);
  slot->duration = sqlite3_column_int (stmt, 2);
  if (!opl_column_date (stmt, 3, &slot->coschap_start))
    g_date_clear (&slot->coschap_start, 1);
  return TRUE;
}

gboolean
opl_store_insert_closure (OplStore          *self,
                          const OplClosure  *closure,
                          const char        *reason,
                          const char        *now,
                          GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (opl_store_get_database (self),
                          "INSERT INTO closure (id, start_date, end_date, reason,"
                          " created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  if (closure->id[0] != '\0')
    opl_bind_text (stmt, 1, closure->id);
  else
    sqlite3_bind_text (stmt, 1, opl_store_new_id (self), -1, g_free);
  opl_bind_date (stmt, 2, &closure->start);
  opl_bind_date (stmt, 3, &closure->end);
  opl_bind_text (stmt, 4, reason != NULL ? reason : "");
  opl_store_bind_audit (self, stmt, 5, now);
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

static GArray *
list_closures (OplStore  *self,
               GError   **error)
{
  g_autoptr(GArray) closures = g_array_new (FALSE, TRUE, sizeof (OplClosure));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row, ok;

  stmt = opl_database_prepare (database, "SELECT start_date, end_date FROM closure ORDER BY start_date", error);
  if (stmt == NULL)
    return NULL;

  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplClosure closure = { 0 };

      if (opl_column_date (stmt, 0, &closure.start) && opl_column_date (stmt, 1, &closure.end))
        g_array_append_val (closures, closure);
    }

  return ok ? g_steal_pointer (&closures) : NULL;
}

/* The planner's input for @traject: its slot, leave, the practice's holidays and the
 * ComBel dates of its schedule. @closures and @combel_dates must outlive @input. */
static gboolean
planner_input (OplStore         *self,
               OplTraject       *traject,
               OplPlannerInput  *input,
               GArray          **closures,
               GArray          **combel_dates,
               GError          **error)
{
  g_auto(OplSlot) slot = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) moments = NULL;
  const GDate *end = opl_traject_get_end (traject);
  GDate today;

  if (!opl_store_get_slot (self, opl_traject_get_id (traject), &slot, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID,
                     /* Translators: %s is the aios's name */
                     _("The leergesprek of %s has no fixed weekly time yet"),
                     opl_traject_get_aios_name (traject));
      return FALSE;
    }

  *closures = list_closures (self, error);
  if (*closures == NULL)
    return FALSE;

  opl_date_set_today (&today);
  moments = opl_store_get_schedule (self, traject, &today, error);
  if (moments == NULL)
    return FALSE;

  *combel_dates = g_array_new (FALSE, TRUE, sizeof (GDate));
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == OPL_MOMENT_COMBEL)
        g_array_append_val (*combel_dates, moment->due);
    }

  *input = (OplPlannerInput) {
    .phase = opl_traject_get_phase (traject),
    .traject_start = *opl_traject_get_start (traject),
    .weekday = slot.weekday,
    .start_minute = slot.start_minute,
    .duration = slot.duration,
    .n_leaves = opl_traject_get_n_leaves (traject),
    .leaves = opl_traject_get_n_leaves (traject) > 0 ? opl_traject_get_leave (traject, 0) : NULL,
    .closures = (const OplClosure *) (*closures)->data,
    .n_closures = (*closures)->len,
    .combel_dates = (const GDate *) (*combel_dates)->data,
    .n_combel_dates = (*combel_dates)->len,
    .coschap_start = slot.coschap_start,
  };
  g_date_clear (&input->traject_end, 1);
  if (end != NULL)
    input->traject_end = *end;

  return TRUE;
}

/**
 * opl_store_plan_weeks:
 * @from: the first day to look at
 * @until: the last day to look at
 *
 * Returns: (transfer full) (element-type OplPlannedWeek): the planner's proposal for
 *   @traject in these weeks, or %NULL with @error set (no slot, for one)
 */
GArray *
opl_store_plan_weeks (OplStore     *self,
                      OplTraject   *traject,
                      const GDate  *from,
                      const GDate  *until,
                      GError      **error)
{
  g_autoptr(GArray) closures = NULL;
  g_autoptr(GArray) combel_dates = NULL;
  OplPlannerInput input;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  if (!planner_input (self, traject, &input, &closures, &combel_dates, error))
    return NULL;

  return opl_planner_plan (&input, from, until, error);
}

/**
 * opl_store_fill_weeks:
 * @from: the first day to fill
 * @until: the last day to fill
 *
 * Fills the weeks of @traject between @from and @until with planned leergesprekken at
 * the slot's time, of the kind the planner proposes, in one transaction. Weeks that
 * have one already (moved, cancelled or held) keep it; holidays and leave are skipped.
 *
 * Returns: the number of leergesprekken added, or -1 with @error set
 */
int
opl_store_fill_weeks (OplStore     *self,
                      OplTraject   *traject,
                      const GDate  *from,
                      const GDate  *until,
                      GError      **error)
{
  g_autoptr(GArray) weeks = NULL;
  g_autofree char *now = opl_timestamp_now ();
  g_auto(OplSlot) slot = { 0 };
  OplDatabase *database = opl_store_get_database (self);
  int before, after;
  gboolean ok = TRUE;

  g_return_val_if_fail (OPL_IS_STORE (self), -1);

  weeks = opl_store_plan_weeks (self, traject, from, until, error);
  if (weeks == NULL || !opl_store_get_slot (self, opl_traject_get_id (traject), &slot, error))
    return -1;

  if (!opl_database_begin (database, error))
    return -1;

  before = sqlite3_total_changes (opl_database_get_handle (database));
  for (guint i = 0; ok && i < weeks->len; i++)
    {
      const OplPlannedWeek *week = &g_array_index (weeks, OplPlannedWeek, i);
      g_autofree char *id = NULL;
      g_autoptr(OplLeergesprek) leergesprek = NULL;

      if (week->skip != OPL_SKIP_NONE)
        continue;

      id = g_uuid_string_random ();
      leergesprek = opl_leergesprek_new (id, opl_traject_get_id (traject), &week->date,
                                         slot.start_minute, slot.duration, week->kind);
      ok = opl_store_insert_leergesprek (self, leergesprek, now, error);
    }
  after = sqlite3_total_changes (opl_database_get_handle (database));

  if (!opl_store_finish_action (self, ok, error))
    return -1;

  return after - before;
}

#define LEERGESPREK_COLUMNS \
  "id, traject_id, week_key, date, start_minute, duration, kind, status, opleider_id," \
  " agenda, notes, agreements, top, tip, cancel_reason, changed_at, changed_by"

/* A leergesprek from a row of LEERGESPREK_COLUMNS; %NULL for a row without a date. */
static OplLeergesprek *
leergesprek_from_row (sqlite3_stmt *stmt)
{
  OplLeergesprek *leergesprek;
  OplLeergesprekKind kind = OPL_LEERGESPREK_TAAKGERICHT;
  OplLeergesprekStatus status = OPL_LEERGESPREK_PLANNED;
  GDate date;

  if (!opl_column_date (stmt, 3, &date))
    return NULL;

  opl_leergesprek_kind_from_string (opl_column_text (stmt, 6), &kind);
  opl_leergesprek_status_from_string (opl_column_text (stmt, 7), &status);
  leergesprek = opl_leergesprek_new (opl_column_text (stmt, 0), opl_column_text (stmt, 1), &date,
                                     sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5), kind);
  opl_leergesprek_set_week_key (leergesprek, opl_column_text (stmt, 2));
  opl_leergesprek_set_status (leergesprek, status);
  opl_leergesprek_set_opleider_id (leergesprek, opl_column_text (stmt, 8));
  for (guint i = 0; i < OPL_N_LEERGESPREK_TEXTS; i++)
    opl_leergesprek_set_text (leergesprek, i, opl_column_text (stmt, 9 + i));
  opl_leergesprek_set_changed (leergesprek, opl_column_text (stmt, 15), opl_column_text (stmt, 16));
  return leergesprek;
}

/* Every row @stmt gives, as leergesprekken. */
static GPtrArray *
collect_leergesprekken (OplStore      *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row, ok;

  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplLeergesprek *leergesprek = leergesprek_from_row (stmt);

      if (leergesprek != NULL)
        g_ptr_array_add (result, leergesprek);
    }

  return ok ? g_steal_pointer (&result) : NULL;
}

/* The search of opl_store_list_leergesprekken(): ?4 in any of the texts or the kind. */
#define LEERGESPREK_SEARCH \
  " AND (?4 IS NULL OR instr (lower (agenda || ' ' || notes || ' ' || agreements || ' ' ||" \
  " top || ' ' || tip || ' ' || kind), lower (?4)) > 0)"

/**
 * opl_store_list_leergesprekken:
 * @traject_id: (nullable): one traject, or %NULL for all
 * @from: the first day
 * @until: the last day
 * @search: (nullable): only those whose texts contain this, ignoring case
 *
 * Returns: (transfer full) (element-type OplLeergesprek): by date
 */
GPtrArray *
opl_store_list_leergesprekken (OplStore     *self,
                               const char   *traject_id,
                               const GDate  *from,
                               const GDate  *until,
                               const char   *search,
                               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  /* One statement per case, not "?1 IS NULL OR traject_id = ?1": SQLite can use the
   * index on (traject_id, date) only when the traject is given for certain. */
  stmt = opl_database_prepare (opl_store_get_database (self),
                               traject_id != NULL
                                 ? "SELECT " LEERGESPREK_COLUMNS " FROM leergesprek"
                                   " WHERE traject_id = ?1 AND date BETWEEN ?2 AND ?3" LEERGESPREK_SEARCH
                                   " ORDER BY date, start_minute"
                                 : "SELECT " LEERGESPREK_COLUMNS " FROM leergesprek"
                                   " WHERE date BETWEEN ?2 AND ?3" LEERGESPREK_SEARCH
                                   " ORDER BY date, start_minute",
                               error);
  if (stmt == NULL)
    return NULL;

  if (traject_id != NULL)
    opl_bind_text (stmt, 1, traject_id);
  opl_bind_date (stmt, 2, from);
  opl_bind_date (stmt, 3, until);
  opl_bind_text (stmt, 4, search != NULL && *search != '\0' ? search : NULL);

  return collect_leergesprekken (self, stmt, error);
}

/**
 * opl_store_get_leergesprek:
 * @id: the leergesprek's id
 *
 * Reads one leergesprek as it is stored now.
 *
 * Returns: (transfer full) (nullable): the leergesprek; %NULL with @error set on
 *   failure, %NULL without @error when it no longer exists
 */
OplLeergesprek *
opl_store_get_leergesprek (OplStore    *self,
                           const char  *id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = opl_database_prepare (opl_store_get_database (self),
                               "SELECT " LEERGESPREK_COLUMNS " FROM leergesprek WHERE id = ?",
                               error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, id);
  found = collect_leergesprekken (self, stmt, error);
  if (found == NULL || found->len == 0)
    return NULL;

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * opl_store_get_coming_leergesprek:
 * @today: the day to look from
 *
 * The leergesprek a dashboard shows: this week's, until its day has passed; then next
 * week's. A leergesprek moved to another day counts on the day it was moved to.
 *
 * Returns: (transfer full) (nullable): the first leergesprek of @traject_id from @today
 *   to the end of next week; %NULL with @error set on failure, %NULL without @error
 *   when there is none
 */
OplLeergesprek *
opl_store_get_coming_leergesprek (OplStore     *self,
                                  const char   *traject_id,
                                  const GDate  *today,
                                  GError      **error)
{
  g_autoptr(GPtrArray) coming = NULL;
  GDate until = *today;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (traject_id != NULL && today != NULL, NULL);

  /* The Sunday of next week. */
  g_date_add_days (&until, 7 + G_DATE_SUNDAY - g_date_get_weekday (today));
  coming = opl_store_list_leergesprekken (self, traject_id, today, &until, NULL, error);
  if (coming == NULL || coming->len == 0)
    return NULL;

  return g_object_ref (g_ptr_array_index (coming, 0));
}

/* Why a save touched no row: the leergesprek is gone, or someone else changed it. */
static void
set_unsaved_error (OplStore        *self,
                   OplLeergesprek  *leergesprek,
                   GError         **error)
{
  g_autoptr(OplLeergesprek) current = opl_store_get_leergesprek (self, opl_leergesprek_get_id (leergesprek), NULL);
  OplPerson *by = NULL;

  if (current == NULL)
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY,
                   _("This leergesprek no longer exists"));
      return;
    }

  if (opl_leergesprek_get_changed_by (current) != NULL)
    by = opl_store_lookup_person (self, opl_leergesprek_get_changed_by (current));

  if (by != NULL)
    g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED,
                 /* Translators: %s is the name of the person who changed it */
                 _("%s changed this leergesprek after you opened it"),
                 opl_person_get_name (by));
  else
    g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED,
                 _("Someone else changed this leergesprek after you opened it"));
}

/**
 * opl_store_save_leergesprek:
 *
 * Saves what can change about a leergesprek (day and time, kind, status, who holds
 * it, the agenda and the notes) in one transaction.
 *
 * A time shorter than an hour or past midnight, and a cancellation without a reason,
 * are refused with %OPL_PLANNER_ERROR_INVALID. A leergesprek read from the store (it
 * has a changed-at) is saved only if its row was not changed since it was read:
 * otherwise %OPL_DATABASE_ERROR_CHANGED, and nothing is written. On success the
 * leergesprek takes the row's new changed-at, so it can be saved again.
 */
gboolean
opl_store_save_leergesprek (OplStore        *self,
                            OplLeergesprek  *leergesprek,
                            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *before_at = NULL;
  g_autofree char *before_by = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_LEERGESPREK (leergesprek), FALSE);

  if (!check_leergesprek (leergesprek, error))
    return FALSE;

  if (!opl_database_begin (database, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "UPDATE leergesprek SET date = ?2, start_minute = ?3, duration = ?4,"
                               " kind = ?5, status = ?6, opleider_id = ?7, agenda = ?8, notes = ?9,"
                               " agreements = ?10, top = ?11, tip = ?12, cancel_reason = ?13,"
                               " changed_at = ?14, changed_by = ?15"
                               " WHERE id = ?1 AND (?16 IS NULL OR changed_at = ?16)",
                               error);
  if (stmt == NULL)
    return opl_store_finish_action (self, FALSE, error);

  opl_bind_text (stmt, 1, opl_leergesprek_get_id (leergesprek));
  opl_bind_date (stmt, 2, opl_leergesprek_get_date (leergesprek));
  sqlite3_bind_int (stmt, 3, opl_leergesprek_get_start_minute (leergesprek));
  sqlite3_bind_int (stmt, 4, opl_leergesprek_get_duration (leergesprek));
  opl_bind_text (stmt, 5, opl_leergesprek_kind_to_string (opl_leergesprek_get_kind (leergesprek)));
  opl_bind_text (stmt, 6, opl_leergesprek_status_to_string (opl_leergesprek_get_status (leergesprek)));
  opl_bind_text (stmt, 7, opl_leergesprek_get_opleider_id (leergesprek));
  for (guint i = 0; i < OPL_N_LEERGESPREK_TEXTS; i++)
    opl_bind_text (stmt, 8 + i, opl_leergesprek_get_text (leergesprek, i));
  opl_bind_text (stmt, 14, now);
  opl_bind_text (stmt, 15, opl_store_get_actor (self));
  opl_bind_text (stmt, 16, opl_leergesprek_get_changed_at (leergesprek));

  ok = opl_database_step_done (database, stmt, error);
  if (ok && sqlite3_changes (opl_database_get_handle (database)) == 0)
    {
      set_unsaved_error (self, leergesprek, error);
      ok = FALSE;
    }

  /* The new changed-at before the commit tells the listeners of "changed": whoever
   * holds @leergesprek sees that the change was theirs. */
  before_at = g_strdup (opl_leergesprek_get_changed_at (leergesprek));
  before_by = g_strdup (opl_leergesprek_get_changed_by (leergesprek));
  if (ok)
    opl_leergesprek_set_changed (leergesprek, now, opl_store_get_actor (self));

  if (!opl_store_finish_action (self, ok, error))
    {
      opl_leergesprek_set_changed (leergesprek, before_at, before_by);
      return FALSE;
    }

  return TRUE;
}

/**
 * opl_store_get_planner_warnings:
 *
 * Returns: (transfer full) (element-type OplPlannerWarning): the weeks of @traject
 *   between @from and @until without a leergesprek, and the months that lack a kind
 */
GArray *
opl_store_get_planner_warnings (OplStore     *self,
                                OplTraject   *traject,
                                const GDate  *from,
                                const GDate  *until,
                                GError      **error)
{
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GArray) records = NULL;
  g_autoptr(GHashTable) kinds_by_week = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  weeks = opl_store_plan_weeks (self, traject, from, until, error);
  if (weeks == NULL)
    return NULL;

  held = opl_store_list_leergesprekken (self, opl_traject_get_id (traject), from, until, NULL, error);
  if (held == NULL)
    return NULL;

  for (guint i = 0; i < held->len; i++)
    {
      OplLeergesprek *leergesprek = g_ptr_array_index (held, i);
      const char *key = opl_leergesprek_get_week_key (leergesprek);
      guint kinds = GPOINTER_TO_UINT (g_hash_table_lookup (kinds_by_week, key));

      if (opl_leergesprek_get_status (leergesprek) != OPL_LEERGESPREK_CANCELLED)
        kinds |= 1u << opl_leergesprek_get_kind (leergesprek);
      g_hash_table_insert (kinds_by_week, (gpointer) key, GUINT_TO_POINTER (kinds));
    }

  records = g_array_sized_new (FALSE, TRUE, sizeof (OplWeekRecord), weeks->len);
  for (guint i = 0; i < weeks->len; i++)
    {
      const OplPlannedWeek *week = &g_array_index (weeks, OplPlannedWeek, i);
      OplWeekRecord record = {
        .date = week->date,
        .skipped = week->skip != OPL_SKIP_NONE,
        .kinds = GPOINTER_TO_UINT (g_hash_table_lookup (kinds_by_week, week->week_key)),
      };

      g_array_append_val (records, record);
    }

  return opl_planner_check ((const OplWeekRecord *) records->data, records->len);
}

/**
 * opl_store_get_recent_warnings:
 * @today: the day to look from
 *
 * What the Leergesprekken view and the dashboards warn about: the weeks of the last
 * %OPL_PLANNER_WEEKS_CHECKED weeks and of this week (its day need not have come yet)
 * without a leergesprek, and the months among them that lack a kind (domain.md
 * "Leergesprekken": one a week, the four kinds every month). Nothing before the traject
 * started.
 *
 * Returns: (transfer full) (element-type OplPlannerWarning): the warnings, in order,
 *   or %NULL with @error set (the traject has no fixed weekly time, for one)
 */
GArray *
opl_store_get_recent_warnings (OplStore     *self,
                               OplTraject   *traject,
                               const GDate  *today,
                               GError      **error)
{
  GDate from = *today, until = *today;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  g_date_subtract_days (&from, OPL_PLANNER_WEEKS_CHECKED * 7);
  if (g_date_compare (&from, opl_traject_get_start (traject)) < 0)
    from = *opl_traject_get_start (traject);
  g_date_add_days (&until, G_DATE_SUNDAY - g_date_get_weekday (today));

  return opl_store_get_planner_warnings (self, traject, &from, &until, error);
}

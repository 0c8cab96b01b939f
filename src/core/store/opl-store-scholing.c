/* opl-store-scholing.c: the store's part for the opleider's scholing and quality cycle.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every method that writes is one transaction. What a registration must be is checked
 * by the rules (opl-scholing.c) before anything is written, so the user reads why;
 * the schema's checks and triggers stand behind them. A change of a registration or a
 * leerpunt checks that its row was not changed since it was read (its changed_at,
 * issue 17), unless the person chose to save theirs over the other version.
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-store-practice.h"
#include "opl-store-private.h"
#include "opl-store-scholing.h"

static gboolean
no_profile (GError     **error,
            const char  *person_id)
{
  g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY,
               _("There is no profile with the id “%s”"), person_id != NULL ? person_id : "");
  return FALSE;
}

static gboolean
check_opleider (OplStore    *self,
                const char  *person_id,
                GError     **error)
{
  OplPerson *person = opl_store_lookup_person (self, person_id);

  if (person == NULL)
    return no_profile (error, person_id);

  if (!opl_person_is_opleider (person))
    {
      g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                   /* Translators: %s is a person's name */
                   _("Scholing is kept for opleiders, and %s is not one"), opl_person_get_name (person));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_year (int      year,
            GError **error)
{
  if (year >= 1950 && year <= 2200)
    return TRUE;

  g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
               _("The opleidingsjaar must lie between 1950 and 2200"));
  return FALSE;
}

static OplScholingDay *
read_day (sqlite3_stmt *stmt)
{
  OplScholingDay *day = g_new0 (OplScholingDay, 1);
  const char *text;

  day->id = g_strdup (opl_column_text (stmt, 0));
  day->person_id = g_strdup (opl_column_text (stmt, 1));
  opl_column_date (stmt, 2, &day->date);
  opl_scholing_kind_from_string (opl_column_text (stmt, 3), &day->kind);
  day->leergang = sqlite3_column_int (stmt, 4);
  day->leergang_day = sqlite3_column_int (stmt, 5);
  day->alternative = g_strdup (opl_column_text (stmt, 6));
  text = opl_column_text (stmt, 7);
  day->title = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  day->half_day = sqlite3_column_int (stmt, 8) != 0;
  day->attended = sqlite3_column_int (stmt, 9) != 0;
  day->replacement_done = sqlite3_column_int (stmt, 10) != 0;
  day->note = g_strdup (opl_column_text (stmt, 11));
  day->changed_at = g_strdup (opl_column_text (stmt, 12));
  return day;
}

#define SCHOLING_COLUMNS \
  "SELECT id, person_id, date, kind, leergang, leergang_day, alternative," \
  " title, half_day, attended, replacement_done, note, changed_at FROM scholing"

/**
 * opl_store_list_scholing:
 *
 * Returns: (transfer full) (element-type OplScholingDay): every registered day of
 *   @person_id, by date
 */
GPtrArray *
opl_store_list_scholing (OplStore    *self,
                         const char  *person_id,
                         GError     **error)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_scholing_day_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  stmt = opl_database_prepare (database,
                               SCHOLING_COLUMNS " WHERE person_id = ? ORDER BY date, created_at",
                               error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, person_id);
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (days, read_day (stmt));

  return ok ? g_steal_pointer (&days) : NULL;
}

static void
bind_day (sqlite3_stmt         *stmt,
          const OplScholingDay *day)
{
  opl_bind_text (stmt, 1, day->id);
  opl_bind_text (stmt, 2, day->person_id);
  opl_bind_date (stmt, 3, &day->date);
  opl_bind_text (stmt, 4, opl_scholing_kind_to_string (day->kind));
  if (day->kind == OPL_SCHOLING_LEERGANG)
    {
      sqlite3_bind_int (stmt, 5, day->leergang);
      sqlite3_bind_int (stmt, 6, day->leergang_day);
    }
  opl_bind_text (stmt, 7, day->alternative);
  opl_bind_text (stmt, 8, day->title != NULL ? day->title : "");
  sqlite3_bind_int (stmt, 9, day->half_day);
  sqlite3_bind_int (stmt, 10, day->attended);
  sqlite3_bind_int (stmt, 11, day->replacement_done);
  opl_bind_text (stmt, 12, day->note != NULL ? day->note : "");
}

/**
 * opl_store_get_scholing_day:
 *
 * Reads one registration as it is stored now (the other PC's version, for “Reload”).
 *
 * Returns: (transfer full): the registration, or %NULL with @error set (also when it
 *   is gone)
 */
OplScholingDay *
opl_store_get_scholing_day (OplStore    *self,
                            const char  *day_id,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (day_id != NULL, NULL);

  stmt = opl_database_prepare (database, SCHOLING_COLUMNS " WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, day_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY,
                   /* Translators: %s is what was to be changed: “The scholingsdag” */
                   _("%s no longer exists; another profile may have removed it"), _("The scholingsdag"));
      return NULL;
    }

  return read_day (stmt);
}

/* Why a change of a row as it was read touched nothing: it is gone, or someone changed
 * it since. @sql selects the changed_by of the row with id ?1. */
static gboolean
set_unsaved_error (OplStore    *self,
                   const char  *sql,
                   const char  *id,
                   const char  *what,
                   const char  *changed_by,
                   const char  *changed,
                   GError     **error)
{
  /* Translators: %s is what was to be changed: “The scholingsdag” */
  g_autofree char *gone = g_strdup_printf (_("%s no longer exists; another profile may have removed it"), what);

  opl_store_set_unsaved_error (self, sql, id, gone, changed_by, changed, error);
  return FALSE;
}

/* Whether the registration @id (if it is there) is @person_id's. */
static gboolean
belongs_to (OplStore    *self,
            const char  *id,
            const char  *person_id)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, "SELECT person_id FROM scholing WHERE id = ?", NULL);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, id);
  if (!opl_database_step_row (database, stmt, &has_row, NULL))
    return FALSE;

  return !has_row || g_strcmp0 (opl_column_text (stmt, 0), person_id) == 0;
}

/* Inserts @day, or changes the row with its id when that is still as @day was read
 * (or @overwrite: whatever it is now). A registration removed elsewhere is made again,
 * as an undo of its removal does. */
static gboolean
upsert_day (OplStore             *self,
            const OplScholingDay *day,
            gboolean              overwrite,
            const char           *now,
            GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (opl_store_get_database (self),
                          "INSERT INTO scholing (id, person_id, date, kind, leergang, leergang_day,"
                          " alternative, title, half_day, attended, replacement_done, note,"
                          " created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (id) DO UPDATE SET date = excluded.date, kind = excluded.kind,"
                          " leergang = excluded.leergang, leergang_day = excluded.leergang_day,"
                          " alternative = excluded.alternative, title = excluded.title,"
                          " half_day = excluded.half_day, attended = excluded.attended,"
                          " replacement_done = excluded.replacement_done, note = excluded.note,"
                          " changed_at = excluded.changed_at, changed_by = excluded.changed_by"
                          " WHERE person_id = excluded.person_id AND (?17 OR changed_at IS ?18)",
                          error);

  if (stmt == NULL)
    return FALSE;

  bind_day (stmt, day);
  opl_store_bind_audit (self, stmt, 13, now);
  sqlite3_bind_int (stmt, 17, overwrite);
  opl_bind_text (stmt, 18, day->changed_at);
  if (!opl_database_step_done (opl_store_get_database (self), stmt, error))
    return FALSE;

  if (sqlite3_changes (opl_database_get_handle (opl_store_get_database (self))) > 0)
    return TRUE;

  /* Another opleider's registration is not theirs to change, whatever its version. */
  if (!belongs_to (self, day->id, day->person_id))
    return opl_store_changed_one (self, _("The scholingsdag"), error);

  return set_unsaved_error (self, "SELECT changed_by FROM scholing WHERE id = ?1", day->id, _("The scholingsdag"),
                            /* Translators: %s is the name of the person who changed it */
                            _("%s changed this registration after you opened it"),
                            _("Someone else changed this registration after you opened it"), error);
}

static gboolean
save_scholing_day (OplStore               *self,
                   const OplScholingRules *rules,
                   OplScholingDay         *day,
                   gboolean                overwrite,
                   GError                **error)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autofree char *now = opl_timestamp_now ();
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (rules != NULL && day != NULL && day->id != NULL, FALSE);

  if (!opl_scholing_day_validate (rules, day, error) || !check_opleider (self, day->person_id, error))
    return FALSE;

  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  /* Read inside the transaction: another process can't slip a day in between. */
  days = opl_store_list_scholing (self, day->person_id, error);
  ok = days != NULL &&
       opl_scholing_check_conflicts (rules, days, day, error) &&
       upsert_day (self, day, overwrite, now, error);

  if (!opl_store_finish_action (self, ok, error))
    return FALSE;

  g_free (day->changed_at);
  day->changed_at = g_strdup (now);
  return TRUE;
}

/**
 * opl_store_save_scholing_day:
 * @rules: the practice's institute's rules (opl_institute_get_rules())
 * @day: (inout): a new registration, or a changed one with the id and changed-at it
 *   was read with; on success it takes its row's new changed-at
 *
 * Registers or changes a (half) day of scholing, in one transaction. A registration
 * the rules refuse (opl_scholing_day_validate(), opl_scholing_check_conflicts())
 * changes nothing and @error says why. A change of a registration that was changed
 * elsewhere since it was read is refused with %OPL_DATABASE_ERROR_CHANGED.
 */
gboolean
opl_store_save_scholing_day (OplStore               *self,
                             const OplScholingRules *rules,
                             OplScholingDay         *day,
                             GError                **error)
{
  return save_scholing_day (self, rules, day, FALSE, error);
}

/**
 * opl_store_overwrite_scholing_day:
 *
 * “Save Mine”: opl_store_save_scholing_day() over whatever version another PC stored
 * since @day was read, in one transaction; the rules are checked as for any save.
 */
gboolean
opl_store_overwrite_scholing_day (OplStore               *self,
                                  const OplScholingRules *rules,
                                  OplScholingDay         *day,
                                  GError                **error)
{
  return save_scholing_day (self, rules, day, TRUE, error);
}

/**
 * opl_store_delete_scholing_day:
 *
 * Removes a registration, in one transaction.
 */
gboolean
opl_store_delete_scholing_day (OplStore    *self,
                               const char  *day_id,
                               GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return opl_store_delete_by_id (self, "DELETE FROM scholing WHERE id = ?", day_id, _("The scholingsdag"), error);
}

static gboolean
check_dispensation (double       days,
                    const char  *reason,
                    GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (days < 0.0 || days > 60.0 || days * 2.0 != (double) (gint64) (days * 2.0))
    {
      g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                   _("Dispensation is given in half days, from 0.5 to 60"));
      return FALSE;
    }

  if (days > 0.0 && *stripped == '\0')
    {
      /* domain.md: “unless dispensation (e.g. a kaderopleiding)” — the reason is kept. */
      g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                   _("Dispensation needs a reason, such as a kaderopleiding"));
      return FALSE;
    }

  if (g_utf8_strlen (stripped, -1) > 500)
    {
      g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                   _("The reason for the dispensation is too long"));
      return FALSE;
    }

  return TRUE;
}

/**
 * opl_store_set_dispensation:
 * @days: the days of dispensation, in half days; 0 takes the dispensation away
 * @reason: (nullable): why (required with days)
 *
 * Sets an opleider's dispensation for opleidingsjaar @year, in one transaction.
 */
gboolean
opl_store_set_dispensation (OplStore    *self,
                            const char  *person_id,
                            int          year,
                            double       days,
                            const char  *reason,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  OplDatabase *database = opl_store_get_database (self);
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!check_opleider (self, person_id, error) || !check_year (year, error) ||
      !check_dispensation (days, reason, error) || !opl_database_begin (database, error))
    return FALSE;

  if (days > 0.0)
    stmt = opl_database_prepare (database,
                                 "INSERT INTO scholing_dispensation (id, person_id, year, days, reason,"
                                 " created_at, created_by, changed_at, changed_by)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (person_id, year) DO UPDATE SET days = excluded.days,"
                                 " reason = excluded.reason, changed_at = excluded.changed_at,"
                                 " changed_by = excluded.changed_by",
                                 error);
  else
    stmt = opl_database_prepare (database,
                                 "DELETE FROM scholing_dispensation WHERE ?1 IS NOT NULL"
                                 " AND person_id = ?2 AND year = ?3",
                                 error);

  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, g_uuid_string_random (), -1, g_free);
      opl_bind_text (stmt, 2, person_id);
      sqlite3_bind_int (stmt, 3, year);
      if (days > 0.0)
        {
          sqlite3_bind_double (stmt, 4, days);
          opl_bind_text (stmt, 5, stripped);
          opl_store_bind_audit (self, stmt, 6, now);
        }
      ok = opl_database_step_done (database, stmt, error);
    }

  return opl_store_finish_action (self, ok, error);
}

/**
 * opl_store_get_dispensation:
 * @days: (out): the days of dispensation, 0 when there is none
 * @reason: (out) (optional) (transfer full) (nullable): its reason
 */
gboolean
opl_store_get_dispensation (OplStore    *self,
                            const char  *person_id,
                            int          year,
                            double      *days,
                            char       **reason,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  stmt = opl_database_prepare (database,
                               "SELECT days, reason FROM scholing_dispensation WHERE person_id = ? AND year = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  sqlite3_bind_int (stmt, 2, year);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  *days = has_row ? sqlite3_column_double (stmt, 0) : 0.0;
  if (reason != NULL)
    *reason = has_row ? g_strdup (opl_column_text (stmt, 1)) : NULL;
  return TRUE;
}

/**
 * opl_store_set_opleider_since:
 * @year: the opleidingsjaar @person_id became opleider in, or 0 when unknown
 *
 * Records an opleider's experience (for the niveaukaart and the HAO-voortgangsgesprek),
 * in one transaction.
 */
gboolean
opl_store_set_opleider_since (OplStore    *self,
                              const char  *person_id,
                              int          year,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = opl_timestamp_now ();
  OplDatabase *database = opl_store_get_database (self);
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!check_opleider (self, person_id, error) || (year != 0 && !check_year (year, error)) ||
      !opl_database_begin (database, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "UPDATE person SET opleider_since = ?, changed_at = ?, changed_by = ?"
                               " WHERE id = ?",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      if (year != 0)
        sqlite3_bind_int (stmt, 1, year);
      opl_bind_text (stmt, 2, now);
      opl_bind_text (stmt, 3, opl_store_get_actor (self));
      opl_bind_text (stmt, 4, person_id);
      ok = opl_database_step_done (database, stmt, error) && opl_store_changed_one (self, _("The profile"), error);
    }

  return opl_store_finish_action (self, ok, error);
}

/**
 * opl_store_get_opleider_since:
 * @year: (out): the opleidingsjaar @person_id became opleider in, 0 when unknown
 */
gboolean
opl_store_get_opleider_since (OplStore    *self,
                              const char  *person_id,
                              int         *year,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  stmt = opl_database_prepare (database, "SELECT opleider_since FROM person WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    return no_profile (error, person_id);

  *year = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/**
 * opl_store_list_leerpunten:
 *
 * Returns: (transfer full) (element-type OplLeerpunt): the leerplan of @person_id for
 *   opleidingsjaar @year, in order
 */
GPtrArray *
opl_store_list_leerpunten (OplStore    *self,
                           const char  *person_id,
                           int          year,
                           GError     **error)
{
  g_autoptr(GPtrArray) leerpunten = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_leerpunt_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  stmt = opl_database_prepare (database,
                               "SELECT id, position, text, achieved, changed_at FROM leerpunt"
                               " WHERE person_id = ? AND year = ? ORDER BY position, created_at",
                               error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, person_id);
  sqlite3_bind_int (stmt, 2, year);
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplLeerpunt *leerpunt = g_new0 (OplLeerpunt, 1);

      leerpunt->id = g_strdup (opl_column_text (stmt, 0));
      leerpunt->year = year;
      leerpunt->position = sqlite3_column_int (stmt, 1);
      leerpunt->text = g_strdup (opl_column_text (stmt, 2));
      leerpunt->achieved = sqlite3_column_int (stmt, 3) != 0;
      leerpunt->changed_at = g_strdup (opl_column_text (stmt, 4));
      g_ptr_array_add (leerpunten, leerpunt);
    }

  return ok ? g_steal_pointer (&leerpunten) : NULL;
}

static gboolean
check_leerpunt_text (const char  *text,
                     GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*stripped == '\0')
    {
      g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                   _("A leerpunt needs a text"));
      return FALSE;
    }

  if (g_utf8_strlen (stripped, -1) > 500)
    {
      g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                   _("A leerpunt is at most 500 characters"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_leerpunt (OplStore    *self,
                 const char  *id,
                 const char  *person_id,
                 int          year,
                 const char  *text,
                 gboolean     achieved,
                 const char  *now,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (opl_store_get_database (self),
                          "INSERT INTO leerpunt (id, person_id, year, position, text, achieved,"
                          " created_at, created_by, changed_at, changed_by)"
                          " SELECT ?1, ?2, ?3, coalesce (max (position) + 1, 0), ?4, ?5, ?6, ?7, ?8, ?9"
                          " FROM leerpunt WHERE person_id = ?2 AND year = ?3",
                          error);
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, id);
  opl_bind_text (stmt, 2, person_id);
  sqlite3_bind_int (stmt, 3, year);
  opl_bind_text (stmt, 4, stripped);
  sqlite3_bind_int (stmt, 5, achieved);
  opl_store_bind_audit (self, stmt, 6, now);
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

/**
 * opl_store_add_leerpunt:
 *
 * Adds a leerpunt at the end of the leerplan of @year, in one transaction.
 *
 * Returns: (transfer full): its id, or %NULL with @error set
 */
char *
opl_store_add_leerpunt (OplStore    *self,
                        const char  *person_id,
                        int          year,
                        const char  *text,
                        GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = opl_timestamp_now ();

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  if (!check_opleider (self, person_id, error) || !check_year (year, error) ||
      !check_leerpunt_text (text, error) || !opl_database_begin (opl_store_get_database (self), error))
    return NULL;

  if (!opl_store_finish_action (self, insert_leerpunt (self, id, person_id, year, text, FALSE, now, error), error))
    return NULL;

  return g_steal_pointer (&id);
}

static gboolean
update_leerpunt (OplStore    *self,
                 const char  *leerpunt_id,
                 const char  *changed_at,
                 const char  *text,
                 gboolean     achieved,
                 gboolean     overwrite,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if ((text != NULL && !check_leerpunt_text (text, error)) || !opl_database_begin (database, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "UPDATE leerpunt SET text = coalesce (?1, text), achieved = ?2, changed_at = ?3,"
                               " changed_by = ?4 WHERE id = ?5 AND (?6 OR changed_at IS ?7)",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      opl_bind_text (stmt, 1, stripped);
      sqlite3_bind_int (stmt, 2, achieved);
      opl_bind_text (stmt, 3, now);
      opl_bind_text (stmt, 4, opl_store_get_actor (self));
      opl_bind_text (stmt, 5, leerpunt_id);
      sqlite3_bind_int (stmt, 6, overwrite);
      opl_bind_text (stmt, 7, changed_at);
      ok = opl_database_step_done (database, stmt, error);
    }

  if (ok && sqlite3_changes (opl_database_get_handle (database)) == 0)
    ok = set_unsaved_error (self, "SELECT changed_by FROM leerpunt WHERE id = ?1", leerpunt_id, _("The leerpunt"),
                            /* Translators: %s is the name of the person who changed it */
                            _("%s changed this leerpunt after you opened it"),
                            _("Someone else changed this leerpunt after you opened it"), error);

  return opl_store_finish_action (self, ok, error);
}

/**
 * opl_store_update_leerpunt:
 * @changed_at: the leerpunt's changed-at as it was read
 * @text: (nullable): its new text, or %NULL to keep the text (a tick)
 * @achieved: whether the leerpunt was achieved
 *
 * Changes a leerpunt's text and whether it was achieved, in one transaction; refused
 * with %OPL_DATABASE_ERROR_CHANGED, writing nothing, when its row changed since it was
 * read.
 */
gboolean
opl_store_update_leerpunt (OplStore    *self,
                           const char  *leerpunt_id,
                           const char  *changed_at,
                           const char  *text,
                           gboolean     achieved,
                           GError     **error)
{
  return update_leerpunt (self, leerpunt_id, changed_at, text, achieved, FALSE, error);
}

/**
 * opl_store_overwrite_leerpunt:
 *
 * “Save Mine”: opl_store_update_leerpunt() over whatever version another PC stored
 * since the leerpunt was read, in one transaction.
 */
gboolean
opl_store_overwrite_leerpunt (OplStore    *self,
                              const char  *leerpunt_id,
                              const char  *text,
                              gboolean     achieved,
                              GError     **error)
{
  return update_leerpunt (self, leerpunt_id, NULL, text, achieved, TRUE, error);
}

gboolean
opl_store_delete_leerpunt (OplStore    *self,
                           const char  *leerpunt_id,
                           GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return opl_store_delete_by_id (self, "DELETE FROM leerpunt WHERE id = ?", leerpunt_id, _("The leerpunt"), error);
}

static gboolean
insert_hao_gesprek (OplStore    *self,
                    const char  *id,
                    const char  *person_id,
                    const GDate *date,
                    const char  *note,
                    const char  *now,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (opl_store_get_database (self),
                          "INSERT INTO hao_gesprek (id, person_id, date, note,"
                          " created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, id);
  opl_bind_text (stmt, 2, person_id);
  opl_bind_date (stmt, 3, date);
  opl_bind_text (stmt, 4, note != NULL ? note : "");
  opl_store_bind_audit (self, stmt, 5, now);
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

/**
 * opl_store_add_hao_gesprek:
 * @date: the day the HAO-voortgangsgesprek took place
 * @note: (nullable): a note
 *
 * Records a HAO-voortgangsgesprek with the opleiderscoach, in one transaction.
 *
 * Returns: (transfer full): its id, or %NULL with @error set
 */
char *
opl_store_add_hao_gesprek (OplStore     *self,
                           const char   *person_id,
                           const GDate  *date,
                           const char   *note,
                           GError      **error)
{
  g_autoptr(GArray) existing = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = opl_timestamp_now ();

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  if (!check_opleider (self, person_id, error))
    return NULL;

  if (date == NULL || !g_date_valid (date) || g_date_get_year (date) < 1950 || g_date_get_year (date) > 2200)
    {
      g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                   _("A HAO-voortgangsgesprek needs a date"));
      return NULL;
    }

  existing = opl_store_list_hao_gesprekken (self, person_id, error);
  if (existing == NULL)
    return NULL;

  for (guint i = 0; i < existing->len; i++)
    {
      if (g_date_compare (&g_array_index (existing, OplHaoGesprek, i).date, date) == 0)
        {
          g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                       _("A HAO-voortgangsgesprek on that day is already recorded"));
          return NULL;
        }
    }

  if (!opl_database_begin (opl_store_get_database (self), error) ||
      !opl_store_finish_action (self, insert_hao_gesprek (self, id, person_id, date, note, now, error), error))
    return NULL;

  return g_steal_pointer (&id);
}

gboolean
opl_store_delete_hao_gesprek (OplStore    *self,
                              const char  *gesprek_id,
                              GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return opl_store_delete_by_id (self, "DELETE FROM hao_gesprek WHERE id = ?", gesprek_id,
                                 _("The HAO-voortgangsgesprek"), error);
}

/**
 * opl_store_list_hao_gesprekken:
 *
 * Returns: (transfer full) (element-type OplHaoGesprek): the HAO-voortgangsgesprekken
 *   of @person_id, oldest first
 */
GArray *
opl_store_list_hao_gesprekken (OplStore    *self,
                               const char  *person_id,
                               GError     **error)
{
  g_autoptr(GArray) gesprekken = g_array_new (FALSE, TRUE, sizeof (OplHaoGesprek));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  g_array_set_clear_func (gesprekken, (GDestroyNotify) opl_hao_gesprek_clear);
  stmt = opl_database_prepare (database,
                               "SELECT id, date, note FROM hao_gesprek WHERE person_id = ? ORDER BY date",
                               error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, person_id);
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplHaoGesprek gesprek = { 0 };

      gesprek.id = g_strdup (opl_column_text (stmt, 0));
      opl_column_date (stmt, 1, &gesprek.date);
      gesprek.note = g_strdup (opl_column_text (stmt, 2));
      g_array_append_val (gesprekken, gesprek);
    }

  return ok ? g_steal_pointer (&gesprekken) : NULL;
}

/* The LEOh moments of @person_id's aios due in the opleidingsjaar, and how many were
 * filled (domain.md, "LEOh": the LEOh received). */
static gboolean
count_leoh (OplStore     *self,
            GPtrArray    *trajecten,
            const GDate  *first,
            const GDate  *last,
            const GDate  *today,
            guint        *due,
            guint        *done,
            GError      **error)
{
  *due = *done = 0;
  for (guint i = 0; i < trajecten->len; i++)
    {
      g_autoptr(GArray) moments = opl_store_get_schedule (self, g_ptr_array_index (trajecten, i), today, error);

      if (moments == NULL)
        return FALSE;

      for (guint m = 0; m < moments->len; m++)
        {
          const OplMoment *moment = &g_array_index (moments, OplMoment, m);

          if (moment->kind != OPL_MOMENT_LEOH ||
              g_date_compare (&moment->due, first) < 0 || g_date_compare (&moment->due, last) > 0)
            continue;

          (*due)++;
          if (moment->state == OPL_MOMENT_STATE_DONE)
            (*done)++;
        }
    }

  return TRUE;
}

/* The last HAO-voortgangsgesprek on or before @until. */
static gboolean
find_last_hao (GArray      *gesprekken,
               const GDate *until,
               GDate       *last)
{
  g_date_clear (last, 1);
  for (guint i = 0; i < gesprekken->len; i++)
    {
      const GDate *date = &g_array_index (gesprekken, OplHaoGesprek, i).date;

      if (g_date_compare (date, until) <= 0)
        *last = *date;
    }

  return g_date_valid (last);
}

/**
 * opl_store_get_scholing_report:
 * @institute: the practice's institute profile (opl_store_load_institute())
 * @year: the opleidingsjaar, by the calendar year it starts in
 * @today: the day that tells what is overdue
 *
 * Returns: (transfer full): @person_id's scholing and quality cycle in @year, every
 *   rule applied (opl_scholing_report_compute())
 */
OplScholingReport *
opl_store_get_scholing_report (OplStore      *self,
                               OplInstitute  *institute,
                               const char    *person_id,
                               int            year,
                               const GDate   *today,
                               GError       **error)
{
  const OplScholingRules *rules;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GPtrArray) leerpunten = NULL;
  g_autoptr(GArray) gesprekken = NULL;
  g_autofree char *reason = NULL;
  OplScholingFacts facts = { 0 };
  OplOpleiderYear year_role;
  OplPerson *person;
  GDate first, last, last_hao;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_INSTITUTE (institute), NULL);

  if (!check_opleider (self, person_id, error) || !check_year (year, error))
    return NULL;

  rules = opl_institute_get_rules (institute);
  person = opl_store_lookup_person (self, person_id);
  opl_scholing_year_bounds (rules, year, &first, &last);

  days = opl_store_list_scholing (self, person_id, error);
  /* The aios of this opleidingsjaar only: their share and their LEOh are all it asks. */
  trajecten = days != NULL ? opl_store_list_trajecten_in (self, person_id, &first, &last, error) : NULL;
  leerpunten = trajecten != NULL ? opl_store_list_leerpunten (self, person_id, year, error) : NULL;
  gesprekken = leerpunten != NULL ? opl_store_list_hao_gesprekken (self, person_id, error) : NULL;
  if (gesprekken == NULL ||
      !opl_store_get_opleider_since (self, person_id, &facts.opleider_since, error) ||
      !opl_store_get_dispensation (self, person_id, year, &facts.dispensation_days, &reason, error) ||
      !count_leoh (self, trajecten, &first, &last, today, &facts.leoh_due, &facts.leoh_done, error))
    return NULL;

  /* The role of that opleidingsjaar (seed 002), and the experience set for it. */
  if (!opl_store_get_opleider_year (self, person, year, &year_role, error))
    return NULL;
  facts.role = year_role.role;
  facts.experienced = year_role.experienced < 0 ? OPL_EXPERIENCED_BY_PROFILE
                      : year_role.experienced ? OPL_EXPERIENCED_YES : OPL_EXPERIENCED_NO;
  facts.share = opl_scholing_pro_rata_share (rules, year, trajecten, person_id);
  facts.dispensation_reason = reason;
  facts.days = days;
  facts.last_hao = find_last_hao (gesprekken, &last, &last_hao) ? &last_hao : NULL;
  facts.leerpunten = leerpunten;

  return opl_scholing_report_compute (rules, &facts, year, today);
}

/**
 * opl_store_insert_scholing_history:
 *
 * Writes the scholing part of a practice's history; opl_store_create_practice() calls
 * it inside its transaction, after the people.
 */
gboolean
opl_store_insert_scholing_history (OplStore            *self,
                                   OplScholingHistory  *history,
                                   const char          *now,
                                   GError             **error)
{
  GPtrArray *days = opl_scholing_history_get_days (history);
  GArray *since = opl_scholing_history_get_opleider_since (history);
  GArray *dispensations = opl_scholing_history_get_dispensations (history);
  GArray *leerpunten = opl_scholing_history_get_leerpunten (history);
  GArray *gesprekken = opl_scholing_history_get_hao_gesprekken (history);
  OplDatabase *database = opl_store_get_database (self);
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < days->len; i++)
    ok = upsert_day (self, g_ptr_array_index (days, i), FALSE, now, error);

  for (guint i = 0; ok && i < since->len; i++)
    {
      const OplSetupOpleiderSince *entry = &g_array_index (since, OplSetupOpleiderSince, i);
      g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database,
                                                           "UPDATE person SET opleider_since = ? WHERE id = ?",
                                                           error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int (stmt, 1, entry->year);
          opl_bind_text (stmt, 2, entry->person_id);
          ok = opl_database_step_done (database, stmt, error);
        }
    }

  for (guint i = 0; ok && i < dispensations->len; i++)
    {
      const OplSetupDispensation *entry = &g_array_index (dispensations, OplSetupDispensation, i);
      g_autoptr(sqlite3_stmt) stmt =
        opl_database_prepare (database,
                              "INSERT INTO scholing_dispensation (id, person_id, year, days, reason,"
                              " created_at, created_by, changed_at, changed_by)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_text (stmt, 1, opl_store_new_id (self), -1, g_free);
          opl_bind_text (stmt, 2, entry->person_id);
          sqlite3_bind_int (stmt, 3, entry->year);
          sqlite3_bind_double (stmt, 4, entry->days);
          opl_bind_text (stmt, 5, entry->reason);
          opl_store_bind_audit (self, stmt, 6, now);
          ok = opl_database_step_done (database, stmt, error);
        }
    }

  for (guint i = 0; ok && i < leerpunten->len; i++)
    {
      const OplSetupLeerpunt *entry = &g_array_index (leerpunten, OplSetupLeerpunt, i);
      g_autofree char *id = opl_store_new_id (self);

      ok = insert_leerpunt (self, id, entry->person_id, entry->year, entry->text, entry->achieved, now, error);
    }

  for (guint i = 0; ok && i < gesprekken->len; i++)
    {
      const OplSetupHaoGesprek *entry = &g_array_index (gesprekken, OplSetupHaoGesprek, i);
      g_autofree char *id = opl_store_new_id (self);

      ok = insert_hao_gesprek (self, id, entry->person_id, &entry->date, entry->note, now, error);
    }

  return ok;
}

/* opl-store-practice.c: the store's part for running the practice (issue 14).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is one transaction with the audit columns. What a person can get wrong
 * is refused in words before the schema's CHECKs and triggers would refuse it, with an
 * error code that names the field (#OplPracticeError, #OplTrajectError); an update of a
 * row the person read checks that nobody changed it since (its changed_at), unless the
 * person chose to save theirs over the other version (opl_store_overwrite_person(),
 * opl_store_overwrite_traject(): “Save Mine”, issue 17).
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-store-institute.h"
#include "opl-store-practice.h"
#include "opl-store-private.h"

G_DEFINE_QUARK (opl-practice-error-quark, opl_practice_error)

/* The first opleidingsjaar an opleider can have begun in, and the last. */
#define FIRST_YEAR 1950
#define LAST_YEAR  2200

void
opl_closure_row_clear (OplClosureRow *row)
{
  g_clear_pointer (&row->reason, g_free);
}

/* Whether the UPDATE just run touched its row: the row as read was still there. */
static gboolean
touched_row (OplStore *self)
{
  return sqlite3_changes (opl_database_get_handle (opl_store_get_database (self))) > 0;
}

/* People ------------------------------------------------------------------------- */

static gboolean
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*trimmed == '\0' || g_utf8_strlen (trimmed, -1) > 200)
    {
      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_NAME,
                           _("Give a name of 1 to 200 characters"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_opleider_since (int      year,
                      GError **error)
{
  if (year != 0 && (year < FIRST_YEAR || year > LAST_YEAR))
    {
      g_set_error (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_YEAR,
                   _("The year is between %d and %d"), FIRST_YEAR, LAST_YEAR);
      return FALSE;
    }

  return TRUE;
}

/* The current hoofdopleider other than @except_id, or %NULL. */
static OplPerson *
find_hoofdopleider (OplStore   *self,
                    const char *except_id)
{
  GListModel *people = opl_store_get_people (self);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);

      if (opl_person_get_role (person) == OPL_ROLE_HOOFDOPLEIDER &&
          g_strcmp0 (opl_person_get_id (person), except_id) != 0)
        return person;
    }

  return NULL;
}

/* A practice has one hoofdopleider, the institute's contact (domain.md, Glossary). */
static gboolean
check_one_hoofdopleider (OplStore    *self,
                         OplRole      role,
                         const char  *person_id,
                         GError     **error)
{
  OplPerson *hoofdopleider = role == OPL_ROLE_HOOFDOPLEIDER ? find_hoofdopleider (self, person_id) : NULL;

  if (hoofdopleider != NULL)
    {
      g_set_error (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_ROLE,
                   /* Translators: %s is the name of the current hoofdopleider */
                   _("%s is the hoofdopleider; a practice has one. Make the new opleider duo-opleider, "
                     "or change %s's role first"),
                   opl_person_get_name (hoofdopleider), opl_person_get_name (hoofdopleider));
      return FALSE;
    }

  return TRUE;
}

/**
 * opl_store_add_practice_person:
 * @opleider_since: the year an opleider became opleider (their first opleidingsjaar),
 *   or 0 when it is not known or the person is no opleider
 *
 * Adds a person to the practice in one transaction, refusing an empty name and a second
 * hoofdopleider.
 *
 * Returns: (transfer full): the new person, or %NULL with @error set
 */
OplPerson *
opl_store_add_practice_person (OplStore    *self,
                               const char  *name,
                               OplRole      role,
                               int          opleider_since,
                               GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *id = opl_store_new_id (self);
  g_autofree char *trimmed = NULL;
  g_autoptr(OplPerson) person = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail ((guint) role < OPL_N_ROLES, NULL);

  if (!check_name (name, error) || !check_opleider_since (opleider_since, error) ||
      !check_one_hoofdopleider (self, role, NULL, error))
    return NULL;

  trimmed = g_strstrip (g_strdup (name));
  person = opl_person_new (id, trimmed, role);
  if (opl_role_is_opleider (role))
    opl_person_set_opleider_since (person, opleider_since);
  if (!opl_database_begin (opl_store_get_database (self), error))
    return NULL;

  if (!opl_store_finish_action (self, opl_store_insert_person (self, person, now, error), error))
    return NULL;

  opl_person_set_changed_at (person, now);
  return g_steal_pointer (&person);
}

#define PERSON_CHANGED_BY "SELECT changed_by FROM person WHERE id = ?1"

/* Ends an update of @person's row: refused when it touched nothing. */
static gboolean
finish_person_update (OplStore    *self,
                      OplPerson   *person,
                      gboolean     ok,
                      GError     **error)
{
  if (ok && !touched_row (self))
    {
      opl_store_set_unsaved_error (self, PERSON_CHANGED_BY, opl_person_get_id (person),
                                   _("This person no longer exists"),
                                   /* Translators: %s is the name of the person who changed it */
                                   _("%s changed this person after you opened it"),
                                   _("Someone else changed this person after you opened it"), error);
      ok = FALSE;
    }

  return opl_store_finish_action (self, ok, error);
}

static gboolean
update_person (OplStore    *self,
               OplPerson   *person,
               const char  *name,
               int          opleider_since,
               gboolean     overwrite,
               GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *trimmed = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);

  if (!check_name (name, error) || !check_opleider_since (opleider_since, error))
    return FALSE;

  trimmed = g_strstrip (g_strdup (name));
  if (!opl_database_begin (database, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "UPDATE person SET name = ?2, opleider_since = nullif (?3, 0),"
                               " changed_at = ?4, changed_by = ?5"
                               " WHERE id = ?1 AND (?7 OR changed_at IS ?6)",
                               error);
  if (stmt != NULL)
    {
      opl_bind_text (stmt, 1, opl_person_get_id (person));
      opl_bind_text (stmt, 2, trimmed);
      sqlite3_bind_int (stmt, 3, opl_person_is_opleider (person) ? opleider_since : 0);
      opl_bind_text (stmt, 4, now);
      opl_bind_text (stmt, 5, opl_store_get_actor (self));
      opl_bind_text (stmt, 6, opl_person_get_changed_at (person));
      sqlite3_bind_int (stmt, 7, overwrite);
    }

  return finish_person_update (self, person,
                               stmt != NULL && opl_database_step_done (database, stmt, error), error);
}

/**
 * opl_store_update_person:
 * @person: the person as read (its changed-at is checked)
 *
 * Renames a person and sets the year an opleider began, in one transaction. A person
 * changed elsewhere since @person was read is refused with
 * %OPL_DATABASE_ERROR_CHANGED, and nothing is written.
 */
gboolean
opl_store_update_person (OplStore    *self,
                         OplPerson   *person,
                         const char  *name,
                         int          opleider_since,
                         GError     **error)
{
  return update_person (self, person, name, opleider_since, FALSE, error);
}

/**
 * opl_store_overwrite_person:
 * @person: the person as read
 *
 * “Save Mine”: opl_store_update_person() over whatever version another PC stored since
 * @person was read, in one transaction. A person who is gone is not made again.
 */
gboolean
opl_store_overwrite_person (OplStore    *self,
                            OplPerson   *person,
                            const char  *name,
                            int          opleider_since,
                            GError     **error)
{
  return update_person (self, person, name, opleider_since, TRUE, error);
}

/**
 * opl_store_set_person_archived:
 * @person: the person as read (its changed-at is checked)
 * @archived: %TRUE when the person leaves the practice, %FALSE to bring them back
 *
 * An archived person is no longer a profile to choose, and everything they did stays:
 * their trajecten, forms, scholing and ticks are kept and shown in the history.
 */
gboolean
opl_store_set_person_archived (OplStore    *self,
                               OplPerson   *person,
                               gboolean     archived,
                               GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);

  if (!archived && !check_one_hoofdopleider (self, opl_person_get_role (person), opl_person_get_id (person), error))
    return FALSE;

  if (!opl_database_begin (database, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "UPDATE person SET archived = ?2, changed_at = ?3, changed_by = ?4"
                               " WHERE id = ?1 AND changed_at IS ?5",
                               error);
  if (stmt != NULL)
    {
      opl_bind_text (stmt, 1, opl_person_get_id (person));
      sqlite3_bind_int (stmt, 2, archived ? 1 : 0);
      opl_bind_text (stmt, 3, now);
      opl_bind_text (stmt, 4, opl_store_get_actor (self));
      opl_bind_text (stmt, 5, opl_person_get_changed_at (person));
    }

  return finish_person_update (self, person,
                               stmt != NULL && opl_database_step_done (database, stmt, error), error);
}

/* Trajecten ---------------------------------------------------------------------- */

/* Another traject of @traject's aios that runs at the same time, or %NULL. */
static OplTraject *
find_other_running (OplStore    *self,
                    OplTraject  *traject,
                    GError     **error)
{
  g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (self, opl_traject_get_aios_id (traject), error);
  const GDate *end = opl_traject_get_end (traject);

  for (guint i = 0; trajecten != NULL && i < trajecten->len; i++)
    {
      OplTraject *other = g_ptr_array_index (trajecten, i);
      const GDate *other_end = opl_traject_get_end (other);

      if (g_strcmp0 (opl_traject_get_id (other), opl_traject_get_id (traject)) == 0 ||
          g_strcmp0 (opl_traject_get_aios_id (other), opl_traject_get_aios_id (traject)) != 0)
        continue;

      if ((end == NULL || g_date_compare (opl_traject_get_start (other), end) <= 0) &&
          (other_end == NULL || g_date_compare (other_end, opl_traject_get_start (traject)) >= 0))
        return g_object_ref (other);
    }

  return NULL;
}

/* Refuses @traject when its aios has @other (nullable) at the same time.
 *
 * Returns: whether it refused */
static gboolean
refuse_other (OplTraject  *traject,
              OplTraject  *other,
              GError     **error)
{
  g_autofree char *start = NULL;

  if (other == NULL)
    return FALSE;

  start = opl_date_to_iso (opl_traject_get_start (other));
  g_set_error (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_TRAJECT,
               /* Translators: the aios's name, then the start date of their other traject */
               _("%s already has a traject at that time (from %s); end it first"),
               opl_traject_get_aios_name (traject), start);
  return TRUE;
}

/* What a traject must be before it is stored: its own facts (opl_traject_check()), only
 * opleiders who are opleiders, and no other traject of the aios at the same time. */
static gboolean
check_traject (OplStore    *self,
               OplTraject  *traject,
               GError     **error)
{
  g_autoptr(OplTraject) other = NULL;
  g_autoptr(GError) local_error = NULL;
  OplPerson *aios;

  if (!opl_traject_check (traject, error))
    return FALSE;

  aios = opl_store_lookup_person (self, opl_traject_get_aios_id (traject));
  if (aios == NULL || opl_person_get_role (aios) != OPL_ROLE_AIOS)
    {
      g_set_error_literal (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_AIOS, _("A traject belongs to an aios"));
      return FALSE;
    }

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      OplPerson *opleider = opl_store_lookup_person (self, opl_traject_get_opleider (traject, i)->person_id);

      if (opleider == NULL || !opl_person_is_opleider (opleider))
        {
          g_set_error_literal (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_SHARES,
                               _("Only an opleider can train an aios"));
          return FALSE;
        }
    }

  other = find_other_running (self, traject, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return !refuse_other (traject, other, error);
}

/**
 * opl_store_add_practice_traject:
 * @traject: the new traject, with its opleiders (and leave)
 *
 * Adds a traject as the Praktijk view does: refused in words when its facts cannot be
 * (#OplTrajectError) or when its aios already has a traject at that time.
 */
gboolean
opl_store_add_practice_traject (OplStore    *self,
                                OplTraject  *traject,
                                GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), FALSE);

  if (!check_traject (self, traject, error))
    return FALSE;

  return opl_store_add_traject (self, traject, error);
}

#define TRAJECT_CHANGED_BY "SELECT changed_by FROM traject WHERE id = ?1"

/* Ends an update of @traject's row; @touched: whether its UPDATE changed the row. */
static gboolean
finish_traject_update (OplStore    *self,
                       OplTraject  *traject,
                       gboolean     ok,
                       gboolean     touched,
                       GError     **error)
{
  if (ok && !touched)
    {
      opl_store_set_unsaved_error (self, TRAJECT_CHANGED_BY, opl_traject_get_id (traject),
                                   _("This traject no longer exists"),
                                   /* Translators: %s is the name of the person who changed it */
                                   _("%s changed this traject after you opened it"),
                                   _("Someone else changed this traject after you opened it"), error);
      ok = FALSE;
    }

  return opl_store_finish_action (self, ok, error);
}

static gboolean
replace_opleiders (OplStore    *self,
                   OplTraject  *traject,
                   const char  *now,
                   GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) remove = opl_database_prepare (database,
                                                         "DELETE FROM traject_opleider WHERE traject_id = ?",
                                                         error);
  g_autoptr(sqlite3_stmt) insert = NULL;

  if (remove == NULL)
    return FALSE;

  opl_bind_text (remove, 1, opl_traject_get_id (traject));
  if (!opl_database_step_done (database, remove, error))
    return FALSE;

  insert = opl_database_prepare (database,
                                 "INSERT INTO traject_opleider (traject_id, opleider_id, share,"
                                 " created_at, created_by, changed_at, changed_by)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 error);
  for (guint i = 0; insert != NULL && i < opl_traject_get_n_opleiders (traject); i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, i);

      sqlite3_reset (insert);
      opl_bind_text (insert, 1, opl_traject_get_id (traject));
      opl_bind_text (insert, 2, opleider->person_id);
      sqlite3_bind_double (insert, 3, opleider->share);
      opl_store_bind_audit (self, insert, 4, now);
      if (!opl_database_step_done (database, insert, error))
        return FALSE;
    }

  return insert != NULL;
}

static gboolean
update_traject (OplStore    *self,
                OplTraject  *edited,
                gboolean     overwrite,
                GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean ok, touched;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (edited), FALSE);

  if (!check_traject (self, edited, error))
    return FALSE;

  for (guint i = 0; i < opl_traject_get_n_leaves (edited); i++)
    {
      if (g_date_compare (&opl_traject_get_leave (edited, i)->start, opl_traject_get_start (edited)) < 0)
        {
          g_set_error_literal (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_START,
                               _("The traject has leave before this start date; move or remove it first"));
          return FALSE;
        }
    }

  if (!opl_database_begin (database, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "UPDATE traject SET phase = ?2, start_date = ?3, parttime = ?4,"
                               " changed_at = ?5, changed_by = ?6 WHERE id = ?1 AND (?8 OR changed_at IS ?7)",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      opl_bind_text (stmt, 1, opl_traject_get_id (edited));
      sqlite3_bind_int (stmt, 2, opl_traject_get_phase (edited));
      opl_bind_date (stmt, 3, opl_traject_get_start (edited));
      sqlite3_bind_double (stmt, 4, opl_traject_get_parttime (edited));
      opl_bind_text (stmt, 5, now);
      opl_bind_text (stmt, 6, opl_store_get_actor (self));
      opl_bind_text (stmt, 7, opl_traject_get_changed_at (edited));
      sqlite3_bind_int (stmt, 8, overwrite);
      ok = opl_database_step_done (database, stmt, error);
    }

  touched = ok && touched_row (self);
  if (touched)
    ok = replace_opleiders (self, edited, now, error);

  /* A fase I traject has no coschap (seed 000: only in the last phase). */
  if (ok && opl_traject_get_phase (edited) != OPL_PHASE_II)
    {
      g_autoptr(sqlite3_stmt) coschap =
        opl_database_prepare (database, "UPDATE leergesprek_slot SET coschap_start = NULL"
                                        " WHERE traject_id = ? AND coschap_start IS NOT NULL", error);

      ok = coschap != NULL;
      if (ok)
        {
          opl_bind_text (coschap, 1, opl_traject_get_id (edited));
          ok = opl_database_step_done (database, coschap, error);
        }
    }

  return finish_traject_update (self, edited, ok, touched, error);
}

/**
 * opl_store_update_traject:
 * @edited: the traject as read (its changed-at is checked), with its new phase, start,
 *   part-time factor and opleiders
 *
 * Saves an edited traject in one transaction; its leave and end are changed by their
 * own functions. A traject changed elsewhere since it was read is refused with
 * %OPL_DATABASE_ERROR_CHANGED, and nothing is written.
 */
gboolean
opl_store_update_traject (OplStore    *self,
                          OplTraject  *edited,
                          GError     **error)
{
  return update_traject (self, edited, FALSE, error);
}

/**
 * opl_store_overwrite_traject:
 * @edited: the traject as read, with its new facts
 *
 * “Save Mine”: opl_store_update_traject() over whatever version another PC stored since
 * the traject was read, in one transaction (its opleiders too). A traject that is gone
 * is not made again.
 */
gboolean
opl_store_overwrite_traject (OplStore    *self,
                             OplTraject  *edited,
                             GError     **error)
{
  return update_traject (self, edited, TRUE, error);
}

/**
 * opl_store_end_traject:
 * @traject: the traject as read (its changed-at is checked)
 * @end: (nullable): the last day, or %NULL to let it run on again (undo)
 * @reason: why it ends early; %OPL_END_REGULAR when it ran its course
 * @note: (nullable): what the reason leaves unsaid
 *
 * Ends a traject in one transaction. The moments due after @end are no longer due;
 * everything recorded stays.
 */
gboolean
opl_store_end_traject (OplStore      *self,
                       OplTraject    *traject,
                       const GDate   *end,
                       OplEndReason   reason,
                       const char    *note,
                       GError       **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autoptr(OplTraject) ended = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), FALSE);

  if (note != NULL && g_utf8_strlen (note, -1) > 2000)
    {
      g_set_error_literal (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_END, _("The note is at most 2000 characters"));
      return FALSE;
    }

  ended = opl_traject_copy (traject);
  opl_traject_set_end (ended, end, reason, note);
  if (!opl_traject_check (ended, error))
    return FALSE;

  if (end == NULL)
    {
      g_autoptr(OplTraject) other = find_other_running (self, ended, error);

      if (refuse_other (traject, other, error))
        return FALSE;
    }

  if (!opl_database_begin (database, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "UPDATE traject SET end_date = ?2, end_reason = ?3, end_note = ?4,"
                               " changed_at = ?5, changed_by = ?6 WHERE id = ?1 AND changed_at IS ?7",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      opl_bind_text (stmt, 1, opl_traject_get_id (traject));
      opl_bind_date (stmt, 2, end);
      opl_bind_text (stmt, 3, opl_end_reason_to_string (opl_traject_get_end_reason (ended)));
      opl_bind_text (stmt, 4, opl_traject_get_end_note (ended));
      opl_bind_text (stmt, 5, now);
      opl_bind_text (stmt, 6, opl_store_get_actor (self));
      opl_bind_text (stmt, 7, opl_traject_get_changed_at (traject));
      ok = opl_database_step_done (database, stmt, error);
    }

  return finish_traject_update (self, traject, ok, ok && touched_row (self), error);
}

static gboolean
same_moment (const OplMoment *a,
             const OplMoment *b)
{
  return a->kind == b->kind && a->month == b->month;
}

static const OplMoment *
find_moment (GArray          *moments,
             const OplMoment *like)
{
  for (guint i = 0; i < moments->len; i++)
    {
      if (same_moment (&g_array_index (moments, OplMoment, i), like))
        return &g_array_index (moments, OplMoment, i);
    }

  return NULL;
}

/**
 * opl_store_preview_traject:
 * @edited: the traject with its new facts, not yet saved
 *
 * What saving @edited would move: every due moment whose date changes, is added or is
 * dropped, so the window can show it before the person saves.
 *
 * Returns: (transfer full) (element-type OplMomentMove): the moves, in the order of the
 *   new schedule, or %NULL with @error set
 */
GArray *
opl_store_preview_traject (OplStore     *self,
                           OplTraject   *edited,
                           const GDate  *today,
                           GError      **error)
{
  g_autoptr(OplTraject) stored = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) moves = g_array_new (FALSE, TRUE, sizeof (OplMomentMove));

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (edited), NULL);

  stored = opl_store_get_traject (self, opl_traject_get_id (edited), error);
  before = stored != NULL ? opl_store_get_schedule (self, stored, today, error) : NULL;
  after = before != NULL ? opl_store_get_schedule (self, edited, today, error) : NULL;
  if (after == NULL)
    return NULL;

  for (guint i = 0; i < after->len; i++)
    {
      const OplMoment *moment = &g_array_index (after, OplMoment, i);
      const OplMoment *old = find_moment (before, moment);
      OplMomentMove move = { .kind = moment->kind, .month = moment->month, .after = moment->due };

      if (old != NULL && g_date_compare (&old->due, &moment->due) == 0)
        continue;

      if (old != NULL)
        move.before = old->due;
      else
        g_date_clear (&move.before, 1);
      g_array_append_val (moves, move);
    }

  for (guint i = 0; i < before->len; i++)
    {
      const OplMoment *moment = &g_array_index (before, OplMoment, i);
      OplMomentMove move = { .kind = moment->kind, .month = moment->month, .before = moment->due };

      if (find_moment (after, moment) != NULL)
        continue;

      g_date_clear (&move.after, 1);
      g_array_append_val (moves, move);
    }

  return g_steal_pointer (&moves);
}

/* Leave -------------------------------------------------------------------------- */

static gboolean
check_period (const GDate  *start,
              const GDate  *end,
              GError      **error)
{
  if (start == NULL || end == NULL || !g_date_valid (start) || !g_date_valid (end))
    {
      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_DATES, _("Give the first and the last day"));
      return FALSE;
    }

  if (g_date_compare (end, start) < 0)
    {
      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_DATES,
                           _("The last day cannot come before the first"));
      return FALSE;
    }

  return TRUE;
}

/* Leave lies within its traject and overlaps no other leave of it (the schedule counts
 * each day once). */
static gboolean
check_leave (OplTraject   *traject,
             const GDate  *start,
             const GDate  *end,
             GError      **error)
{
  const GDate *traject_end = opl_traject_get_end (traject);

  if (!check_period (start, end, error))
    return FALSE;

  if (g_date_compare (start, opl_traject_get_start (traject)) < 0 ||
      (traject_end != NULL && g_date_compare (start, traject_end) > 0))
    {
      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_DATES,
                           _("The leave must start within the traject"));
      return FALSE;
    }

  for (guint i = 0; i < opl_traject_get_n_leaves (traject); i++)
    {
      const OplLeave *leave = opl_traject_get_leave (traject, i);

      if (g_date_compare (&leave->start, end) <= 0 && g_date_compare (&leave->end, start) >= 0)
        {
          g_autofree char *from = opl_date_to_iso (&leave->start);
          g_autofree char *to = opl_date_to_iso (&leave->end);
          g_autofree char *kind = g_utf8_strdown (opl_leave_kind_get_label (leave->kind), -1);

          g_set_error (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_OVERLAP,
                       /* Translators: the kind of leave, then its first and last day */
                       _("This overlaps the %s from %s to %s"), kind, from, to);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * opl_store_add_leave:
 * @traject: the traject as it is stored, with its leave
 *
 * Records leave, illness or another interruption of @traject in one transaction; the
 * schedule moves by it as the rules say (opl_schedule_compute()).
 *
 * Returns: (transfer full): the new leave period's id, or %NULL with @error set
 */
char *
opl_store_add_leave (OplStore      *self,
                     OplTraject    *traject,
                     OplLeaveKind   kind,
                     const GDate   *start,
                     const GDate   *end,
                     GError       **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *id = opl_store_new_id (self);
  OplLeave leave = { .kind = kind };

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);
  g_return_val_if_fail ((guint) kind < OPL_N_LEAVE_KINDS, NULL);

  if (!check_leave (traject, start, end, error))
    return NULL;

  leave.start = *start;
  leave.end = *end;
  g_strlcpy (leave.id, id, sizeof leave.id);
  if (!opl_database_begin (opl_store_get_database (self), error))
    return NULL;

  if (!opl_store_finish_action (self, opl_store_insert_leave (self, traject, &leave, now, error), error))
    return NULL;

  return g_steal_pointer (&id);
}

gboolean
opl_store_remove_leave (OplStore    *self,
                        const char  *leave_id,
                        GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return opl_store_delete_by_id (self, "DELETE FROM leave_period WHERE id = ?", leave_id,
                                 /* Translators: what was to be removed, in “%s no longer exists” */
                                 _("The leave"), error);
}

/* Closures ----------------------------------------------------------------------- */

/**
 * opl_store_list_closures:
 *
 * Returns: (transfer full) (element-type OplClosureRow): the practice's closures by
 *   date, with their reasons, or %NULL with @error set
 */
GArray *
opl_store_list_closures (OplStore  *self,
                         GError   **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (OplClosureRow));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  g_array_set_clear_func (rows, (GDestroyNotify) opl_closure_row_clear);
  stmt = opl_database_prepare (database, "SELECT id, start_date, end_date, reason FROM closure"
                                         " ORDER BY start_date", error);
  if (stmt == NULL)
    return NULL;

  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplClosureRow row = { 0 };

      if (!opl_column_date (stmt, 1, &row.closure.start) || !opl_column_date (stmt, 2, &row.closure.end))
        continue;

      g_strlcpy (row.closure.id, opl_column_text (stmt, 0), sizeof row.closure.id);
      row.reason = g_strdup (opl_column_text (stmt, 3));
      g_array_append_val (rows, row);
    }

  return ok ? g_steal_pointer (&rows) : NULL;
}

/**
 * opl_store_add_closure:
 * @reason: (nullable): why (a holiday)
 *
 * Records a period the practice is closed in one transaction: it holds no leergesprekken
 * then. Closures of the practice do not overlap.
 *
 * Returns: (transfer full): the new closure's id, or %NULL with @error set
 */
char *
opl_store_add_closure (OplStore     *self,
                       const GDate  *start,
                       const GDate  *end,
                       const char   *reason,
                       GError      **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *id = opl_store_new_id (self);
  g_autoptr(GArray) closures = NULL;
  OplClosure closure = { 0 };

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  if (!check_period (start, end, error))
    return NULL;

  closures = opl_store_list_closures (self, error);
  if (closures == NULL)
    return NULL;

  for (guint i = 0; i < closures->len; i++)
    {
      const OplClosure *other = &g_array_index (closures, OplClosureRow, i).closure;

      if (g_date_compare (&other->start, end) <= 0 && g_date_compare (&other->end, start) >= 0)
        {
          g_autofree char *from = opl_date_to_iso (&other->start);
          g_autofree char *to = opl_date_to_iso (&other->end);

          g_set_error (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_OVERLAP,
                       _("The practice is already closed from %s to %s"), from, to);
          return NULL;
        }
    }

  closure.start = *start;
  closure.end = *end;
  g_strlcpy (closure.id, id, sizeof closure.id);
  if (!opl_database_begin (opl_store_get_database (self), error))
    return NULL;

  if (!opl_store_finish_action (self, opl_store_insert_closure (self, &closure, reason, now, error), error))
    return NULL;

  return g_steal_pointer (&id);
}

gboolean
opl_store_remove_closure (OplStore    *self,
                          const char  *closure_id,
                          GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return opl_store_delete_by_id (self, "DELETE FROM closure WHERE id = ?", closure_id,
                                 /* Translators: what was to be removed, in “%s no longer exists” */
                                 _("The closure"), error);
}

/* The coschap -------------------------------------------------------------------- */

/**
 * opl_store_set_coschap:
 * @start: (nullable): the first day of the six weeks, or %NULL for no coschap
 *
 * Sets the coschap of the coassistent that @traject's aios trains: six weeks from
 * @start, with one leergesprek a week about it (opl-planner.c). Only an aios in the last
 * phase trains a coassistent (seed 000: "Het opleiden van een coassistent door aios is
 * alleen mogelijk in de laatste fase van de opleiding"), and the traject needs its fixed
 * weekly leergesprek first.
 */
gboolean
opl_store_set_coschap (OplStore     *self,
                       OplTraject   *traject,
                       const GDate  *start,
                       GError      **error)
{
  g_auto(OplSlot) slot = { 0 };
  g_autoptr(GError) local_error = NULL;
  const GDate *end = opl_traject_get_end (traject);

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), FALSE);

  if (start != NULL && opl_traject_get_phase (traject) != OPL_PHASE_II)
    {
      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_PHASE,
                           _("An aios trains a coassistent only in the last phase (fase II)"));
      return FALSE;
    }

  if (start != NULL && (g_date_compare (start, opl_traject_get_start (traject)) < 0 ||
                        (end != NULL && g_date_compare (start, end) > 0)))
    {
      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_DATES,
                           _("The coschap must start within the traject"));
      return FALSE;
    }

  if (!opl_store_get_slot (self, opl_traject_get_id (traject), &slot, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_SLOT,
                           _("Set the weekly time of the leergesprek first (Leergesprekken)"));
      return FALSE;
    }

  if (start != NULL)
    slot.coschap_start = *start;
  else
    g_date_clear (&slot.coschap_start, 1);
  return opl_store_set_slot (self, &slot, error);
}

/* Roles per opleidingsjaar ------------------------------------------------------- */

/**
 * opl_store_get_current_year:
 *
 * Returns: the opleidingsjaar @today falls in, by the practice's institute profile
 */
int
opl_store_get_current_year (OplStore    *self,
                            const GDate *today)
{
  g_autoptr(OplInstitute) institute = opl_store_load_institute (self, NULL);

  if (institute == NULL)
    return g_date_get_year (today);

  return opl_scholing_year_of (opl_institute_get_rules (institute), today);
}

static gboolean
read_opleider_year (OplStore         *self,
                    const char       *person_id,
                    int               year,
                    OplOpleiderYear  *out,
                    GError          **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (database, "SELECT role, experienced FROM opleider_year WHERE person_id = ? AND year = ?",
                          error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  sqlite3_bind_int (stmt, 2, year);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  out->stored = has_row;
  if (has_row)
    {
      opl_role_from_string (opl_column_text (stmt, 0), &out->role);
      out->experienced = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 1);
    }

  return TRUE;
}

/**
 * opl_store_get_opleider_year:
 * @out: (out caller-allocates): the role in @year; the person's current role when
 *   nothing was recorded for the year
 *
 * An opleider's role in opleidingsjaar @year (seed 002: the plaatsvervangend opleider
 * owes 4 days, and the next year 8 as the colleague becomes plaatsvervangend).
 */
gboolean
opl_store_get_opleider_year (OplStore         *self,
                             OplPerson        *person,
                             int               year,
                             OplOpleiderYear  *out,
                             GError          **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = (OplOpleiderYear) { .role = opl_person_get_role (person), .experienced = -1 };
  return read_opleider_year (self, opl_person_get_id (person), year, out, error);
}

static gboolean
write_opleider_year (OplStore    *self,
                     const char  *person_id,
                     int          year,
                     OplRole      role,
                     int          experienced,
                     const char  *now,
                     GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autofree char *id = opl_store_new_id (self);
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (database,
                          "INSERT INTO opleider_year (id, person_id, year, role, experienced,"
                          " created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (person_id, year) DO UPDATE SET role = excluded.role,"
                          " experienced = excluded.experienced, changed_at = excluded.changed_at,"
                          " changed_by = excluded.changed_by",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, id);
  opl_bind_text (stmt, 2, person_id);
  sqlite3_bind_int (stmt, 3, year);
  opl_bind_text (stmt, 4, opl_role_to_string (role));
  if (experienced >= 0)
    sqlite3_bind_int (stmt, 5, experienced ? 1 : 0);
  else
    sqlite3_bind_null (stmt, 5);
  opl_store_bind_audit (self, stmt, 6, now);
  return opl_database_step_done (database, stmt, error);
}

/* The current role follows the role of the current opleidingsjaar. */
static gboolean
write_current_role (OplStore    *self,
                    const char  *person_id,
                    OplRole      role,
                    const char  *now,
                    GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (database, "UPDATE person SET role = ?2, changed_at = ?3, changed_by = ?4"
                                    " WHERE id = ?1 AND role IS NOT ?2", error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  opl_bind_text (stmt, 2, opl_role_to_string (role));
  opl_bind_text (stmt, 3, now);
  opl_bind_text (stmt, 4, opl_store_get_actor (self));
  return opl_database_step_done (database, stmt, error);
}

static gboolean
check_opleider_role (OplPerson  *person,
                     OplRole     role,
                     GError    **error)
{
  if (!opl_person_is_opleider (person) || !opl_role_is_opleider (role))
    {
      g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_ROLE,
                           _("Only an opleider has a role per opleidingsjaar"));
      return FALSE;
    }

  return TRUE;
}

/* The hoofdopleider recorded for @year other than @except_id, or %NULL. */
static gboolean
find_year_hoofdopleider (OplStore     *self,
                         int           year,
                         const char   *except_id,
                         const GDate  *today,
                         OplPerson   **found,
                         GError      **error)
{
  GListModel *people = opl_store_get_people (self);
  gboolean current = opl_store_get_current_year (self, today) == year;

  *found = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);
      OplOpleiderYear role;

      if (!opl_person_is_opleider (person) || g_strcmp0 (opl_person_get_id (person), except_id) == 0)
        continue;

      if (!opl_store_get_opleider_year (self, person, year, &role, error))
        return FALSE;

      if (role.role == OPL_ROLE_HOOFDOPLEIDER && (role.stored || current))
        {
          *found = person;
          return TRUE;
        }
    }

  return TRUE;
}

/**
 * opl_store_set_opleider_year:
 * @role: the opleider's role in @year
 * @experienced: for a duo-opleider, whether they count as experienced that year (1 or
 *   0), or -1 for the institute profile's rule
 * @today: decides which opleidingsjaar is the current one: a role for it becomes the
 *   person's role in the app as well
 *
 * Records an opleider's role in opleidingsjaar @year in one transaction; a year has one
 * hoofdopleider.
 */
gboolean
opl_store_set_opleider_year (OplStore     *self,
                             OplPerson    *person,
                             int           year,
                             OplRole       role,
                             int           experienced,
                             const GDate  *today,
                             GError      **error)
{
  g_autofree char *now = opl_timestamp_now ();
  OplPerson *other = NULL;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);

  if (!check_opleider_role (person, role, error))
    return FALSE;

  if (role == OPL_ROLE_HOOFDOPLEIDER &&
      !find_year_hoofdopleider (self, year, opl_person_get_id (person), today, &other, error))
    return FALSE;

  if (other != NULL)
    {
      g_set_error (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_ROLE,
                   _("%s is the hoofdopleider that year; a year has one. Swap the roles instead"),
                   opl_person_get_name (other));
      return FALSE;
    }

  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  ok = write_opleider_year (self, opl_person_get_id (person), year, role,
                            role == OPL_ROLE_DUO_OPLEIDER ? experienced : -1, now, error);
  if (ok && opl_store_get_current_year (self, today) == year)
    ok = write_current_role (self, opl_person_get_id (person), role, now, error);

  return opl_store_finish_action (self, ok, error);
}

/* The current hoofdopleider and plaatsvervangend opleider by their roles in @year. */
static gboolean
find_pair (OplStore    *self,
           int          year,
           OplPerson  **hoofdopleider,
           OplPerson  **plaatsvervanger,
           gboolean    *stored,
           GError     **error)
{
  GListModel *people = opl_store_get_people (self);

  *hoofdopleider = *plaatsvervanger = NULL;
  *stored = FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);
      OplOpleiderYear role;

      if (!opl_person_is_opleider (person))
        continue;

      if (!opl_store_get_opleider_year (self, person, year, &role, error))
        return FALSE;

      *stored |= role.stored;
      if (role.role == OPL_ROLE_HOOFDOPLEIDER)
        *hoofdopleider = person;
      else if (role.role == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER)
        *plaatsvervanger = person;
    }

  return TRUE;
}

/**
 * opl_store_get_swap_offer:
 * @hoofdopleider: (out) (transfer none) (optional): the hoofdopleider of the year before
 * @plaatsvervanger: (out) (transfer none) (optional): its plaatsvervangend opleider
 *
 * Whether the app offers to swap the hoofdopleider and the plaatsvervangend opleider
 * for opleidingsjaar @year: the practice has both, and nothing is recorded for @year
 * yet (seed 002: "Het jaar erop dient deze opleider wel 8 dagen te volgen en zijn/haar
 * collega is dan plaatsvervangend opleider").
 *
 * Returns: %FALSE with @error unset when there is nothing to offer
 */
gboolean
opl_store_get_swap_offer (OplStore    *self,
                          int          year,
                          OplPerson  **hoofdopleider,
                          OplPerson  **plaatsvervanger,
                          GError     **error)
{
  OplPerson *hoofd, *plv;
  gboolean stored;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!find_pair (self, year, &hoofd, &plv, &stored, error) || stored || hoofd == NULL || plv == NULL)
    return FALSE;

  if (hoofdopleider != NULL)
    *hoofdopleider = hoofd;
  if (plaatsvervanger != NULL)
    *plaatsvervanger = plv;
  return TRUE;
}

/**
 * opl_store_swap_roles:
 * @swap: %TRUE to swap the two roles for @year, %FALSE to keep them as they are
 * @today: decides which opleidingsjaar is the current one
 *
 * Answers opl_store_get_swap_offer() in one transaction: records the roles of
 * opleidingsjaar @year - 1 where nothing was recorded, and those of @year, swapped or
 * kept; for the current year the people's roles in the app follow.
 */
gboolean
opl_store_swap_roles (OplStore     *self,
                      int           year,
                      gboolean      swap,
                      const GDate  *today,
                      GError      **error)
{
  g_autofree char *now = opl_timestamp_now ();
  OplPerson *hoofd = NULL, *plv = NULL;
  OplOpleiderYear before;
  gboolean ok, current;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!opl_store_get_swap_offer (self, year, &hoofd, &plv, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_ROLE,
                             _("The roles of this opleidingsjaar are already set"));
      return FALSE;
    }

  current = opl_store_get_current_year (self, today) == year;
  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  ok = opl_store_get_opleider_year (self, hoofd, year - 1, &before, error);
  if (ok && !before.stored)
    ok = write_opleider_year (self, opl_person_get_id (hoofd), year - 1, OPL_ROLE_HOOFDOPLEIDER, -1, now, error) &&
         write_opleider_year (self, opl_person_get_id (plv), year - 1, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, -1,
                              now, error);
  ok = ok &&
       write_opleider_year (self, opl_person_get_id (hoofd), year,
                            swap ? OPL_ROLE_PLAATSVERVANGEND_OPLEIDER : OPL_ROLE_HOOFDOPLEIDER, -1, now, error) &&
       write_opleider_year (self, opl_person_get_id (plv), year,
                            swap ? OPL_ROLE_HOOFDOPLEIDER : OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, -1, now, error);
  if (ok && current && swap)
    ok = write_current_role (self, opl_person_get_id (hoofd), OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, now, error) &&
         write_current_role (self, opl_person_get_id (plv), OPL_ROLE_HOOFDOPLEIDER, now, error);

  return opl_store_finish_action (self, ok, error);
}

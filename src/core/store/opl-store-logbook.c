/* opl-store-logbook.c: the store's part for KPB/KVB entries and diensten (issue 5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An update of an entry or a dienst checks, in its transaction, that the row was not
 * changed since it was read (its changed_at, issue 17): another PC's change is refused
 * with %OPL_DATABASE_ERROR_CHANGED and nothing is written, unless the person chooses to
 * save theirs over it (opl_store_overwrite_kpb(), opl_store_overwrite_dienst()).
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-store-forms.h"
#include "opl-store-private.h"

static const char insert_kpb_sql[] =
  "INSERT INTO kpb_entry (id, traject_id, kind, entry_date, topic, competentiegebied,"
  " score, feedback, assessor_id, definition_id, definition_version,"
  " created_at, created_by, changed_at, changed_by)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12, ?13)";

static const char update_kpb_sql[] =
  "UPDATE kpb_entry SET traject_id = ?2, kind = ?3, entry_date = ?4, topic = ?5,"
  " competentiegebied = ?6, score = ?7, feedback = ?8, assessor_id = ?9,"
  " definition_id = ?10, definition_version = ?11, changed_at = ?12, changed_by = ?13"
  " WHERE id = ?1 AND (?14 OR changed_at IS ?15)";

static const char insert_dienst_sql[] =
  "INSERT INTO dienst (id, traject_id, dienst_date, kind, with_person_id, with_name,"
  " at_distance, note, created_at, created_by, changed_at, changed_by)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9, ?10)";

static const char update_dienst_sql[] =
  "UPDATE dienst SET traject_id = ?2, dienst_date = ?3, kind = ?4, with_person_id = ?5,"
  " with_name = ?6, at_distance = ?7, note = ?8, changed_at = ?9, changed_by = ?10"
  " WHERE id = ?1 AND (?11 OR changed_at IS ?12)";

/* Binds the columns of insert_kpb_sql and update_kpb_sql. */
static void
bind_kpb (OplStore           *self,
          sqlite3_stmt       *stmt,
          const char         *id,
          OplFormDefinition  *definition,
          const OplKpbEntry  *entry,
          const char         *now)
{
  opl_bind_text (stmt, 1, id);
  opl_bind_text (stmt, 2, entry->traject_id);
  opl_bind_text (stmt, 3, opl_entry_kind_to_string (entry->kind));
  opl_bind_date (stmt, 4, &entry->date);
  opl_bind_text (stmt, 5, entry->topic);
  opl_bind_text (stmt, 6, entry->competentiegebied);
  opl_bind_text (stmt, 7, entry->score);
  opl_bind_text (stmt, 8, entry->feedback != NULL ? entry->feedback : "");
  opl_bind_text (stmt, 9, entry->assessor_id);
  opl_bind_text (stmt, 10, opl_form_definition_get_id (definition));
  sqlite3_bind_int (stmt, 11, opl_form_definition_get_version (definition));
  opl_bind_text (stmt, 12, now);
  opl_bind_text (stmt, 13, opl_store_get_actor (self));
}

/* Binds the columns of insert_dienst_sql and update_dienst_sql. */
static void
bind_dienst (OplStore         *self,
             sqlite3_stmt     *stmt,
             const char       *id,
             const OplDienst  *dienst,
             const char       *now)
{
  opl_bind_text (stmt, 1, id);
  opl_bind_text (stmt, 2, dienst->traject_id);
  opl_bind_date (stmt, 3, &dienst->date);
  opl_bind_text (stmt, 4, opl_dienst_kind_to_string (dienst->kind));
  opl_bind_text (stmt, 5, dienst->with_person_id);
  opl_bind_text (stmt, 6, dienst->with_name != NULL ? dienst->with_name : "");
  sqlite3_bind_int (stmt, 7, dienst->at_distance ? 1 : 0);
  opl_bind_text (stmt, 8, dienst->note != NULL ? dienst->note : "");
  opl_bind_text (stmt, 9, now);
  opl_bind_text (stmt, 10, opl_store_get_actor (self));
}

/* A KPB/KVB entry of a practice's history (the demo), in the caller's transaction. */
gboolean
opl_store_insert_setup_kpb (OplStore           *self,
                            OplFormDefinition  *definition,
                            const OplKpbEntry  *entry,
                            const char         *now,
                            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!opl_store_ensure_definition (self, definition, now, error))
    return FALSE;

  stmt = opl_database_prepare (opl_store_get_database (self), insert_kpb_sql, error);
  if (stmt == NULL)
    return FALSE;

  bind_kpb (self, stmt, entry->id, definition, entry, now);
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

/* A dienst of a practice's history (the demo), in the caller's transaction. */
gboolean
opl_store_insert_setup_dienst (OplStore         *self,
                               const OplDienst  *dienst,
                               const char       *now,
                               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (opl_store_get_database (self), insert_dienst_sql, error);

  if (stmt == NULL)
    return FALSE;

  bind_dienst (self, stmt, dienst->id, dienst, now);
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

static gboolean
logbook_error (GError     **error,
               const char  *message)
{
  g_set_error_literal (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID, message);
  return FALSE;
}

/* Why an update of the entry @id touched nothing: it is gone, or someone changed it
 * after it was read. */
static gboolean
kpb_unsaved_error (OplStore    *self,
                   const char  *id,
                   GError     **error)
{
  opl_store_set_unsaved_error (self, "SELECT changed_by FROM kpb_entry WHERE id = ?1", id,
                               _("The entry does not exist (any more)"),
                               /* Translators: %s is the name of the person who changed it */
                               _("%s changed this entry after you opened it"),
                               _("Someone else changed this entry after you opened it"), error);
  return FALSE;
}

static gboolean
dienst_unsaved_error (OplStore    *self,
                      const char  *id,
                      GError     **error)
{
  opl_store_set_unsaved_error (self, "SELECT changed_by FROM dienst WHERE id = ?1", id,
                               _("The dienst does not exist (any more)"),
                               /* Translators: %s is the name of the person who changed it */
                               _("%s changed this dienst after you opened it"),
                               _("Someone else changed this dienst after you opened it"), error);
  return FALSE;
}

/* Takes the row's new changed_at into @changed_at (an entry's or a dienst's). */
static void
take_changed_at (char       **changed_at,
                 const char  *now)
{
  g_free (*changed_at);
  *changed_at = g_strdup (now);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return *g_strstrip (copy) == '\0';
}

/* Checks that @date lies within the traject; *@phase gets its phase. */
static gboolean
check_in_traject (OplStore     *self,
                  const char   *traject_id,
                  const GDate  *date,
                  OplPhase     *phase,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row;
  GDate start, end;

  stmt = opl_database_prepare (database, "SELECT start_date, end_date, phase FROM traject WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, traject_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    return logbook_error (error, _("The traject does not exist (any more)"));

  if (phase != NULL)
    *phase = sqlite3_column_int (stmt, 2) == 2 ? OPL_PHASE_II : OPL_PHASE_I;

  if (date == NULL)
    return TRUE;

  if (!g_date_valid (date) || !opl_column_date (stmt, 0, &start) || g_date_compare (date, &start) < 0 ||
      (opl_column_date (stmt, 1, &end) && g_date_compare (date, &end) > 0))
    return logbook_error (error, _("The date lies outside the traject"));

  return TRUE;
}

static gboolean
check_entry (OplFormDefinition  *definition,
             const OplKpbEntry  *entry,
             GError            **error)
{
  const OplFormItem *feedback = opl_form_definition_lookup_item (definition, "feedback", NULL);

  if ((entry->kind == OPL_ENTRY_KPB) != (opl_form_definition_get_kind (definition) == OPL_FORM_KIND_KPB))
    return logbook_error (error, _("The entry’s definition is not of its kind"));

  if (is_blank (entry->topic))
    return logbook_error (error, _("Say what was observed"));
  if (g_utf8_strlen (entry->topic, -1) > 500)
    return logbook_error (error, _("The topic is longer than 500 characters"));

  if (entry->competentiegebied == NULL)
    return logbook_error (error, _("Choose a competentiegebied"));
  if (entry->score == NULL)
    return logbook_error (error, _("Choose a score"));

  if (feedback->required && is_blank (entry->feedback))
    return logbook_error (error, _("Write down the feedback"));

  return opl_form_definition_check_value (definition, "onderwerp", entry->topic, error) &&
         opl_form_definition_check_value (definition, "competentiegebied", entry->competentiegebied, error) &&
         opl_form_definition_check_value (definition, "score", entry->score, error) &&
         opl_form_definition_check_value (definition, "feedback", entry->feedback, error);
}

static gboolean
save_kpb (OplStore           *self,
          OplFormDefinition  *definition,
          OplKpbEntry        *entry,
          gboolean            overwrite,
          GError            **error)
{
  g_autoptr(OplFormDefinition) stored = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *new_id = NULL;
  OplDatabase *database;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  if (definition == NULL)
    {
      if (entry->definition_id == NULL)
        return logbook_error (error, _("The entry names no definition"));
      stored = opl_store_get_form_definition (self, entry->definition_id, entry->definition_version, error);
      if (stored == NULL)
        return FALSE;
      definition = stored;
    }

  if (!opl_form_kind_is_entry (opl_form_definition_get_kind (definition)))
    return logbook_error (error, _("Only a KPB or KVB definition describes a quick entry"));

  if (definition != stored)
    entry->kind = opl_form_definition_get_kind (definition) == OPL_FORM_KIND_KPB ? OPL_ENTRY_KPB : OPL_ENTRY_KVB;

  if (!check_entry (definition, entry, error) ||
      !check_in_traject (self, entry->traject_id, &entry->date, NULL, error))
    return FALSE;

  database = opl_store_get_database (self);
  if (entry->id == NULL)
    {
      new_id = g_uuid_string_random ();
      stmt = opl_database_prepare (database,
                                   insert_kpb_sql,
                                   error);
    }
  else
    stmt = opl_database_prepare (database,
                                 update_kpb_sql,
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_kpb (self, stmt, new_id != NULL ? new_id : entry->id, definition, entry, now);
  if (new_id == NULL)
    {
      sqlite3_bind_int (stmt, 14, overwrite);
      opl_bind_text (stmt, 15, entry->changed_at);
    }

  if (!opl_database_begin (database, error))
    return FALSE;

  ok = opl_store_ensure_definition (self, definition, now, error) &&
       opl_database_step_done (database, stmt, error);
  if (ok && sqlite3_changes (opl_database_get_handle (database)) != 1)
    ok = kpb_unsaved_error (self, entry->id, error);

  if (!opl_store_finish_action (self, ok, error))
    return FALSE;

  if (new_id != NULL)
    entry->id = g_steal_pointer (&new_id);
  take_changed_at (&entry->changed_at, now);
  if (definition != stored)
    {
      g_free (entry->definition_id);
      entry->definition_id = g_strdup (opl_form_definition_get_id (definition));
      entry->definition_version = opl_form_definition_get_version (definition);
    }
  return TRUE;
}

/**
 * opl_store_save_kpb:
 * @definition: (nullable): the definition to fill against, or %NULL to keep the one
 *   @entry names
 * @entry: (inout): the entry; a new one gets its id; on success it takes its row's new
 *   changed-at
 *
 * See opl-store-forms.h.
 */
gboolean
opl_store_save_kpb (OplStore           *self,
                    OplFormDefinition  *definition,
                    OplKpbEntry        *entry,
                    GError            **error)
{
  return save_kpb (self, definition, entry, FALSE, error);
}

/**
 * opl_store_overwrite_kpb:
 *
 * “Save Mine”: opl_store_save_kpb() over whatever version another PC stored since
 * @entry was read, in one transaction. An entry that is gone is not made again.
 */
gboolean
opl_store_overwrite_kpb (OplStore           *self,
                         OplFormDefinition  *definition,
                         OplKpbEntry        *entry,
                         GError            **error)
{
  return save_kpb (self, definition, entry, TRUE, error);
}

/* The columns read_kpb() reads. */
#define KPB_COLUMNS \
  "SELECT id, kind, entry_date, topic, competentiegebied, score, feedback, assessor_id," \
  " definition_id, definition_version, traject_id, changed_at FROM kpb_entry"

static void
read_kpb (sqlite3_stmt *stmt,
          OplKpbEntry  *entry)
{
  *entry = (OplKpbEntry) {
    .id = g_strdup (opl_column_text (stmt, 0)),
    .traject_id = g_strdup (opl_column_text (stmt, 10)),
    .topic = g_strdup (opl_column_text (stmt, 3)),
    .competentiegebied = g_strdup (opl_column_text (stmt, 4)),
    .score = g_strdup (opl_column_text (stmt, 5)),
    .feedback = g_strdup (opl_column_text (stmt, 6)),
    .assessor_id = g_strdup (opl_column_text (stmt, 7)),
    .definition_id = g_strdup (opl_column_text (stmt, 8)),
    .definition_version = sqlite3_column_int (stmt, 9),
    .changed_at = g_strdup (opl_column_text (stmt, 11)),
  };

  opl_entry_kind_from_string (opl_column_text (stmt, 1), &entry->kind);
  if (!opl_column_date (stmt, 2, &entry->date))
    g_date_clear (&entry->date, 1);
}

/**
 * opl_store_get_kpb:
 * @entry: (out caller-allocates): the entry as it is stored now; clear it with
 *   opl_kpb_entry_clear()
 *
 * Reads one entry again (the other PC's version, for “Reload”).
 *
 * Returns: %FALSE with @error set on failure or when the entry is gone
 */
gboolean
opl_store_get_kpb (OplStore     *self,
                   const char   *entry_id,
                   OplKpbEntry  *entry,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry_id != NULL && entry != NULL, FALSE);

  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database, KPB_COLUMNS " WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, entry_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    return logbook_error (error, _("The entry does not exist (any more)"));

  read_kpb (stmt, entry);
  return TRUE;
}

static gboolean
delete_row (OplStore    *self,
            const char  *sql,
            const char  *id,
            GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, sql, error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, id);
  return opl_database_begin (database, error) &&
         opl_store_finish_action (self, opl_database_step_done (database, stmt, error), error);
}

/**
 * opl_store_delete_kpb:
 *
 * Deletes an entry, in one transaction (an entry that is gone already: nothing changes).
 */
gboolean
opl_store_delete_kpb (OplStore    *self,
                      const char  *entry_id,
                      GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return delete_row (self, "DELETE FROM kpb_entry WHERE id = ?", entry_id, error);
}

/**
 * opl_store_list_kpb:
 *
 * Returns: (transfer full) (element-type OplKpbEntry): the traject's KPB and KVB
 *   entries by date, or %NULL with @error set
 */
GArray *
opl_store_list_kpb (OplStore    *self,
                    const char  *traject_id,
                    GError     **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (OplKpbEntry));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  g_array_set_clear_func (entries, (GDestroyNotify) opl_kpb_entry_clear);
  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database,
                               KPB_COLUMNS " WHERE traject_id = ? ORDER BY entry_date, created_at",
                               error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, traject_id);
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplKpbEntry entry;

      read_kpb (stmt, &entry);
      g_array_append_val (entries, entry);
    }

  return ok ? g_steal_pointer (&entries) : NULL;
}

static gboolean
count_rows (OplStore    *self,
            const char  *sql,
            const char  *traject_id,
            guint       *count,
            GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, traject_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  *count = has_row ? (guint) sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static gboolean
get_pace (OplStore     *self,
          const char   *sql,
          OplTraject   *traject,
          const GDate  *today,
          guint         target,
          OplPace      *pace,
          GError      **error)
{
  OplScheduleInput input;
  guint count;

  if (!count_rows (self, sql, opl_traject_get_id (traject), &count, error))
    return FALSE;

  opl_schedule_input_from_traject (&input, traject);
  opl_pace_compute (&input, today, target, count, pace);
  return TRUE;
}

/**
 * opl_store_get_kpb_pace:
 * @pace: (out caller-allocates): the KPB/KVB count of the training year against
 *   %OPL_KPB_PER_YEAR (domain.md 'The training year')
 */
gboolean
opl_store_get_kpb_pace (OplStore     *self,
                        OplTraject   *traject,
                        const GDate  *today,
                        OplPace      *pace,
                        GError      **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), FALSE);

  return get_pace (self, "SELECT count(*) FROM kpb_entry WHERE traject_id = ?", traject, today,
                   OPL_KPB_PER_YEAR, pace, error);
}

static gboolean
save_dienst (OplStore   *self,
             OplDienst  *dienst,
             gboolean    overwrite,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *new_id = NULL;
  OplDatabase *database;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (dienst != NULL, FALSE);

  if (dienst->kind >= OPL_N_DIENST_KINDS)
    return logbook_error (error, _("Choose the kind of dienst"));

  if (dienst->with_person_id != NULL)
    {
      OplPerson *person = opl_store_lookup_person (self, dienst->with_person_id);

      if (person == NULL || !opl_person_is_opleider (person))
        return logbook_error (error, _("A dienst is done with an opleider"));
    }

  if (dienst->with_name != NULL && g_utf8_strlen (dienst->with_name, -1) > 200)
    return logbook_error (error, _("The name is longer than 200 characters"));

  if (!check_in_traject (self, dienst->traject_id, &dienst->date, NULL, error))
    return FALSE;

  database = opl_store_get_database (self);
  if (dienst->id == NULL)
    {
      new_id = g_uuid_string_random ();
      stmt = opl_database_prepare (database,
                                   insert_dienst_sql,
                                   error);
    }
  else
    stmt = opl_database_prepare (database,
                                 update_dienst_sql,
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_dienst (self, stmt, new_id != NULL ? new_id : dienst->id, dienst, now);
  if (new_id == NULL)
    {
      sqlite3_bind_int (stmt, 11, overwrite);
      opl_bind_text (stmt, 12, dienst->changed_at);
    }

  if (!opl_database_begin (database, error))
    return FALSE;

  ok = opl_database_step_done (database, stmt, error);
  if (ok && sqlite3_changes (opl_database_get_handle (database)) != 1)
    ok = dienst_unsaved_error (self, dienst->id, error);

  if (!opl_store_finish_action (self, ok, error))
    return FALSE;

  if (new_id != NULL)
    dienst->id = g_steal_pointer (&new_id);
  take_changed_at (&dienst->changed_at, now);
  return TRUE;
}

/**
 * opl_store_save_dienst:
 * @dienst: (inout): the dienst; a new one (a %NULL id) gets its id; on success it
 *   takes its row's new changed-at
 *
 * Inserts or updates a dienst, in one transaction. An update is refused with
 * %OPL_DATABASE_ERROR_CHANGED when the row changed since @dienst was read.
 */
gboolean
opl_store_save_dienst (OplStore   *self,
                       OplDienst  *dienst,
                       GError    **error)
{
  return save_dienst (self, dienst, FALSE, error);
}

/**
 * opl_store_overwrite_dienst:
 *
 * “Save Mine”: opl_store_save_dienst() over whatever version another PC stored since
 * @dienst was read, in one transaction. A dienst that is gone is not made again.
 */
gboolean
opl_store_overwrite_dienst (OplStore   *self,
                            OplDienst  *dienst,
                            GError    **error)
{
  return save_dienst (self, dienst, TRUE, error);
}

/* The columns read_dienst() reads. */
#define DIENST_COLUMNS \
  "SELECT id, dienst_date, kind, with_person_id, with_name, at_distance, note, traject_id, changed_at" \
  " FROM dienst"

static void
read_dienst (sqlite3_stmt *stmt,
             OplDienst    *dienst)
{
  *dienst = (OplDienst) {
    .id = g_strdup (opl_column_text (stmt, 0)),
    .traject_id = g_strdup (opl_column_text (stmt, 7)),
    .with_person_id = g_strdup (opl_column_text (stmt, 3)),
    .with_name = g_strdup (opl_column_text (stmt, 4)),
    .at_distance = sqlite3_column_int (stmt, 5) != 0,
    .note = g_strdup (opl_column_text (stmt, 6)),
    .changed_at = g_strdup (opl_column_text (stmt, 8)),
  };

  if (!opl_column_date (stmt, 1, &dienst->date))
    g_date_clear (&dienst->date, 1);
  opl_dienst_kind_from_string (opl_column_text (stmt, 2), &dienst->kind);
}

/**
 * opl_store_get_dienst:
 * @dienst: (out caller-allocates): the dienst as it is stored now; clear it with
 *   opl_dienst_clear()
 *
 * Reads one dienst again (the other PC's version, for “Reload”).
 *
 * Returns: %FALSE with @error set on failure or when the dienst is gone
 */
gboolean
opl_store_get_dienst (OplStore    *self,
                      const char  *dienst_id,
                      OplDienst   *dienst,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (dienst_id != NULL && dienst != NULL, FALSE);

  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database, DIENST_COLUMNS " WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, dienst_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    return logbook_error (error, _("The dienst does not exist (any more)"));

  read_dienst (stmt, dienst);
  return TRUE;
}

/**
 * opl_store_delete_dienst:
 *
 * Deletes a dienst, in one transaction.
 */
gboolean
opl_store_delete_dienst (OplStore    *self,
                         const char  *dienst_id,
                         GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return delete_row (self, "DELETE FROM dienst WHERE id = ?", dienst_id, error);
}

/**
 * opl_store_list_diensten:
 *
 * Returns: (transfer full) (element-type OplDienst): the traject's diensten by date,
 *   or %NULL with @error set
 */
GArray *
opl_store_list_diensten (OplStore    *self,
                         const char  *traject_id,
                         GError     **error)
{
  g_autoptr(GArray) diensten = g_array_new (FALSE, TRUE, sizeof (OplDienst));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  g_array_set_clear_func (diensten, (GDestroyNotify) opl_dienst_clear);
  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database,
                               DIENST_COLUMNS " WHERE traject_id = ? ORDER BY dienst_date, created_at",
                               error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, traject_id);
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplDienst dienst;

      read_dienst (stmt, &dienst);
      g_array_append_val (diensten, dienst);
    }

  return ok ? g_steal_pointer (&diensten) : NULL;
}

/**
 * opl_store_get_diensten_pace:
 * @pace: (out caller-allocates): the diensten of the training year that count
 *   (opl_dienst_counts_towards_year(): with the opleider or the substitute opleider at
 *   the same post, not at a distance; seed 001) against %OPL_DIENSTEN_PER_YEAR
 */
gboolean
opl_store_get_diensten_pace (OplStore     *self,
                             OplTraject   *traject,
                             const GDate  *today,
                             OplPace      *pace,
                             GError      **error)
{
  g_autoptr(GArray) diensten = NULL;
  OplScheduleInput input;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), FALSE);

  diensten = opl_store_list_diensten (self, opl_traject_get_id (traject), error);
  if (diensten == NULL)
    return FALSE;

  opl_schedule_input_from_traject (&input, traject);
  opl_pace_compute (&input, today, OPL_DIENSTEN_PER_YEAR,
                    opl_diensten_count_towards_year ((const OplDienst *) diensten->data, diensten->len),
                    pace);
  return TRUE;
}

/* Sets the day in the caller's transaction. */
gboolean
opl_store_update_bekwaamheidsverklaring (OplStore     *self,
                                         const char   *traject_id,
                                         const GDate  *declared_on,
                                         const char   *now,
                                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (opl_store_get_database (self),
                          "UPDATE traject SET bekwaamheidsverklaring_on = ?, changed_at = ?, changed_by = ?"
                          " WHERE id = ?",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_date (stmt, 1, declared_on);
  opl_bind_text (stmt, 2, now);
  opl_bind_text (stmt, 3, opl_store_get_actor (self));
  opl_bind_text (stmt, 4, traject_id);
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

/**
 * opl_store_set_bekwaamheidsverklaring:
 * @declared_on: (nullable): the day, or %NULL to clear it
 *
 * Records the bekwaamheidsverklaring for supervision at a distance of a fase II
 * traject, in one transaction.
 */
gboolean
opl_store_set_bekwaamheidsverklaring (OplStore     *self,
                                      const char   *traject_id,
                                      const GDate  *declared_on,
                                      GError      **error)
{
  g_autofree char *now = opl_timestamp_now ();
  OplDatabase *database;
  OplPhase phase;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!check_in_traject (self, traject_id, declared_on, &phase, error))
    return FALSE;

  if (phase != OPL_PHASE_II && declared_on != NULL)
    return logbook_error (error, _("Supervision at a distance comes in fase II (year 3)"));

  database = opl_store_get_database (self);
  return opl_database_begin (database, error) &&
         opl_store_finish_action (self,
                                  opl_store_update_bekwaamheidsverklaring (self, traject_id, declared_on, now, error),
                                  error);
}

/**
 * opl_store_get_bekwaamheidsverklaring:
 * @declared_on: (out caller-allocates): the day, or a cleared date when there is none
 */
gboolean
opl_store_get_bekwaamheidsverklaring (OplStore    *self,
                                      const char  *traject_id,
                                      GDate       *declared_on,
                                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (declared_on != NULL, FALSE);

  g_date_clear (declared_on, 1);
  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database, "SELECT bekwaamheidsverklaring_on FROM traject WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, traject_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  if (has_row && !opl_column_date (stmt, 0, declared_on))
    g_date_clear (declared_on, 1);
  return TRUE;
}

/**
 * opl_store_get_supervision:
 * @supervision: (out caller-allocates): opl_supervision_check() of the traject
 */
gboolean
opl_store_get_supervision (OplStore        *self,
                           OplTraject      *traject,
                           OplSupervision  *supervision,
                           GError         **error)
{
  g_autoptr(GArray) diensten = NULL;
  GDate declared_on;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), FALSE);

  if (!opl_store_get_bekwaamheidsverklaring (self, opl_traject_get_id (traject), &declared_on, error))
    return FALSE;

  diensten = opl_store_list_diensten (self, opl_traject_get_id (traject), error);
  if (diensten == NULL)
    return FALSE;

  opl_supervision_check (opl_traject_get_phase (traject), &declared_on,
                         (const OplDienst *) diensten->data, diensten->len, supervision);
  return TRUE;
}

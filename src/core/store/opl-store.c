/* opl-store.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every public method that writes is one transaction: it commits whole or leaves
 * the file as it was. Queries are cached prepared statements with bound values.
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-store.h"
#include "opl-store-privacy.h"
#include "opl-store-private.h"

struct _OplStore
{
  GObject      parent_instance;

  /* Owned references */
  OplDatabase *database;
  GListStore  *people;       /* the current people: the profiles */
  GListStore  *all_people;   /* and those archived, whose history stays */
  char        *actor;
  OplSealKey  *key;          /* the unlocked profile's key for its sealed drafts */
  char        *key_person_id;
  char        *practice_id;
  char        *practice_name;
  /* "id:version" -> OplFormDefinition, as stored in the practice (opl-store-forms.c) */
  GHashTable  *form_definitions;
  /* The registry and the institute profile, read again after a change
   * (opl-store-institute.c) */
  OplInstituteCache *institute_cache;

  gint64       data_version;
  guint        monitor_id;

  OplIdFunc    id_func;
  gpointer     id_data;
};

G_DEFINE_FINAL_TYPE (OplStore, opl_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_PRACTICE_NAME,
  N_PROPS,
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* A new row's identity: a random UUID, or one from the id function (the history
 * generator's, which makes the same ids for the same seed). */
char *
opl_store_new_id (OplStore *self)
{
  if (self->id_func != NULL)
    return self->id_func (self->id_data);

  return g_uuid_string_random ();
}

/* Binds the four audit columns, which every insert lists last. */
void
opl_store_bind_audit (OplStore     *self,
            sqlite3_stmt *stmt,
            int           first,
            const char   *now)
{
  opl_bind_text (stmt, first, now);
  opl_bind_text (stmt, first + 1, self->actor);
  opl_bind_text (stmt, first + 2, now);
  opl_bind_text (stmt, first + 3, self->actor);
}

gboolean
opl_store_insert_practice (OplStore    *self,
                           const char  *id,
                           const char  *name,
                           const char  *now,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database,
                          "INSERT INTO practice (id, name, created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, id);
  opl_bind_text (stmt, 2, name);
  opl_store_bind_audit (self, stmt, 3, now);
  return opl_database_step_done (self->database, stmt, error);
}

gboolean
opl_store_insert_person (OplStore    *self,
                         OplPerson   *person,
                         const char  *now,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database,
                          "INSERT INTO person (id, name, role, opleider_since, created_at, created_by,"
                          " changed_at, changed_by) VALUES (?, ?, ?, nullif (?, 0), ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_person_get_id (person));
  opl_bind_text (stmt, 2, opl_person_get_name (person));
  opl_bind_text (stmt, 3, opl_role_to_string (opl_person_get_role (person)));
  sqlite3_bind_int (stmt, 4, opl_person_get_opleider_since (person));
  opl_store_bind_audit (self, stmt, 5, now);
  return opl_database_step_done (self->database, stmt, error);
}

static gboolean
insert_traject_opleider (OplStore                 *self,
                         OplTraject               *traject,
                         const OplTrajectOpleider *opleider,
                         const char               *now,
                         GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database,
                          "INSERT INTO traject_opleider (traject_id, opleider_id, share,"
                          " created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_traject_get_id (traject));
  opl_bind_text (stmt, 2, opleider->person_id);
  sqlite3_bind_double (stmt, 3, opleider->share);
  opl_store_bind_audit (self, stmt, 4, now);
  return opl_database_step_done (self->database, stmt, error);
}

gboolean
opl_store_insert_leave (OplStore        *self,
                        OplTraject      *traject,
                        const OplLeave  *leave,
                        const char      *now,
                        GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database,
                          "INSERT INTO leave_period (id, traject_id, kind, start_date, end_date,"
                          " created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  if (leave->id[0] != '\0')
    opl_bind_text (stmt, 1, leave->id);
  else
    sqlite3_bind_text (stmt, 1, opl_store_new_id (self), -1, g_free);
  opl_bind_text (stmt, 2, opl_traject_get_id (traject));
  opl_bind_text (stmt, 3, opl_leave_kind_to_string (leave->kind));
  opl_bind_date (stmt, 4, &leave->start);
  opl_bind_date (stmt, 5, &leave->end);
  opl_store_bind_audit (self, stmt, 6, now);
  return opl_database_step_done (self->database, stmt, error);
}

gboolean
opl_store_insert_traject (OplStore    *self,
                          OplTraject  *traject,
                          const char  *now,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database,
                          "INSERT INTO traject (id, aios_id, phase, start_date, end_date, parttime,"
                          " end_reason, end_note, created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_traject_get_id (traject));
  opl_bind_text (stmt, 2, opl_traject_get_aios_id (traject));
  sqlite3_bind_int (stmt, 3, opl_traject_get_phase (traject));
  opl_bind_date (stmt, 4, opl_traject_get_start (traject));
  opl_bind_date (stmt, 5, opl_traject_get_end (traject));
  sqlite3_bind_double (stmt, 6, opl_traject_get_parttime (traject));
  opl_bind_text (stmt, 7, opl_end_reason_to_string (opl_traject_get_end_reason (traject)));
  opl_bind_text (stmt, 8, opl_traject_get_end_note (traject));
  opl_store_bind_audit (self, stmt, 9, now);
  if (!opl_database_step_done (self->database, stmt, error))
    return FALSE;

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      if (!insert_traject_opleider (self, traject, opl_traject_get_opleider (traject, i), now, error))
        return FALSE;
    }

  for (guint i = 0; i < opl_traject_get_n_leaves (traject); i++)
    {
      if (!opl_store_insert_leave (self, traject, opl_traject_get_leave (traject, i), now, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
opl_store_insert_tick (OplStore             *self,
                       const OplSetupTick   *tick,
                       const char           *now,
                       GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database,
                          "INSERT INTO checklist_tick (id, person_id, item_id, period_key,"
                          " checklist_version, created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (person_id, item_id, period_key) DO NOTHING",
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, opl_store_new_id (self), -1, g_free);
  opl_bind_text (stmt, 2, tick->person_id);
  opl_bind_text (stmt, 3, tick->item_id);
  opl_bind_text (stmt, 4, tick->period_key);
  sqlite3_bind_int (stmt, 5, tick->checklist_version);
  opl_store_bind_audit (self, stmt, 6, now);
  return opl_database_step_done (self->database, stmt, error);
}

gboolean
opl_store_insert_moment_done (OplStore          *self,
                              const char        *traject_id,
                              OplMomentKind      kind,
                              int                month,
                              const GDate       *done_on,
                              const char        *now,
                              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database,
                          "INSERT INTO moment_done (id, traject_id, kind, month, done_on,"
                          " created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (traject_id, kind, month) DO UPDATE SET"
                          " done_on = excluded.done_on, changed_at = excluded.changed_at,"
                          " changed_by = excluded.changed_by",
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, opl_store_new_id (self), -1, g_free);
  opl_bind_text (stmt, 2, traject_id);
  opl_bind_text (stmt, 3, opl_moment_kind_to_string (kind));
  sqlite3_bind_int (stmt, 4, month);
  opl_bind_date (stmt, 5, done_on);
  opl_store_bind_audit (self, stmt, 6, now);
  return opl_database_step_done (self->database, stmt, error);
}

static gboolean
load_practice (OplStore  *self,
               GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database, "SELECT id, name FROM practice LIMIT 1", error);
  gboolean has_row;

  if (stmt == NULL || !opl_database_step_row (self->database, stmt, &has_row, error))
    return FALSE;

  g_clear_pointer (&self->practice_id, g_free);
  if (has_row)
    {
      self->practice_id = g_strdup (opl_column_text (stmt, 0));
      if (g_strcmp0 (self->practice_name, opl_column_text (stmt, 1)) != 0)
        {
          g_free (self->practice_name);
          self->practice_name = g_strdup (opl_column_text (stmt, 1));
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE_NAME]);
        }
    }

  return TRUE;
}

static gboolean
load_people (OplStore  *self,
             GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (self->database,
                          "SELECT id, name, role, opleider_since, archived, changed_at FROM person"
                          " ORDER BY CASE role WHEN 'hoofdopleider' THEN 0"
                          " WHEN 'duo-opleider' THEN 1 WHEN 'plaatsvervangend-opleider' THEN 2"
                          " WHEN 'aios' THEN 3 ELSE 4 END, name",
                          error);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) current = g_ptr_array_new ();
  gboolean has_row, ok;

  if (stmt == NULL)
    return FALSE;

  while ((ok = opl_database_step_row (self->database, stmt, &has_row, error)) && has_row)
    {
      OplPerson *person;
      OplRole role;

      if (!opl_role_from_string (opl_column_text (stmt, 2), &role))
        continue;

      person = opl_person_new (opl_column_text (stmt, 0), opl_column_text (stmt, 1), role);
      opl_person_set_opleider_since (person, sqlite3_column_int (stmt, 3));
      opl_person_set_archived (person, sqlite3_column_int (stmt, 4));
      opl_person_set_changed_at (person, opl_column_text (stmt, 5));
      g_ptr_array_add (people, person);
      if (!opl_person_is_archived (person))
        g_ptr_array_add (current, person);
    }

  if (!ok)
    return FALSE;

  g_list_store_splice (self->all_people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->all_people)),
                       people->pdata, people->len);
  g_list_store_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                       current->pdata, current->len);
  return TRUE;
}

static gboolean
load_traject_details (OplStore    *self,
                      OplTraject  *traject,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) opleiders =
    opl_database_prepare (self->database,
                          "SELECT o.opleider_id, p.name, p.role, o.share"
                          " FROM traject_opleider o JOIN person p ON p.id = o.opleider_id"
                          " WHERE o.traject_id = ? ORDER BY o.share DESC, p.name",
                          error);
  g_autoptr(sqlite3_stmt) leaves = NULL;
  gboolean has_row, ok;

  if (opleiders == NULL)
    return FALSE;

  opl_bind_text (opleiders, 1, opl_traject_get_id (traject));
  while ((ok = opl_database_step_row (self->database, opleiders, &has_row, error)) && has_row)
    {
      OplRole role = OPL_ROLE_HOOFDOPLEIDER;

      opl_role_from_string (opl_column_text (opleiders, 2), &role);
      opl_traject_add_opleider (traject, opl_column_text (opleiders, 0), opl_column_text (opleiders, 1),
                                role, sqlite3_column_double (opleiders, 3));
    }
  if (!ok)
    return FALSE;

  leaves = opl_database_prepare (self->database,
                                 "SELECT kind, start_date, end_date, id FROM leave_period"
                                 " WHERE traject_id = ? ORDER BY start_date",
                                 error);
  if (leaves == NULL)
    return FALSE;

  opl_bind_text (leaves, 1, opl_traject_get_id (traject));
  while ((ok = opl_database_step_row (self->database, leaves, &has_row, error)) && has_row)
    {
      OplLeaveKind kind = OPL_LEAVE_OVERIG;
      GDate start, end;

      opl_leave_kind_from_string (opl_column_text (leaves, 0), &kind);
      if (opl_column_date (leaves, 1, &start) && opl_column_date (leaves, 2, &end))
        opl_traject_add_leave (traject, opl_column_text (leaves, 3), kind, &start, &end);
    }

  return ok;
}

static void
emit_changed (OplStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!opl_store_load (self, &error))
    g_warning ("Could not reload the practice: %s", error->message);

  self->data_version = opl_database_get_data_version (self->database);
  opl_institute_cache_invalidate (self->institute_cache);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* Whether the last statement changed a row; otherwise @error says @what is gone. */
gboolean
opl_store_changed_one (OplStore    *self,
                       const char  *what,
                       GError     **error)
{
  if (sqlite3_changes (opl_database_get_handle (self->database)) > 0)
    return TRUE;

  g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY,
               /* Translators: %s is what was to be changed: “The scholingsdag” */
               _("%s no longer exists; another profile may have removed it"), what);
  return FALSE;
}

/**
 * opl_store_set_unsaved_error:
 * @sql: selects changed_by of the row with id ?1
 * @gone: what to say when the row is gone
 * @changed_by: what to say when a person changed it (%s: their name)
 * @changed: what to say when someone unknown changed it
 *
 * Says why an update of a row, as it was read, touched nothing (the checks of design.md
 * §4: every write checks that the row was not changed since it was read).
 */
void
opl_store_set_unsaved_error (OplStore    *self,
                             const char  *sql,
                             const char  *id,
                             const char  *gone,
                             const char  *changed_by,
                             const char  *changed,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (self->database, sql, error);
  OplPerson *by = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return;

  opl_bind_text (stmt, 1, id);
  if (!opl_database_step_row (self->database, stmt, &has_row, error))
    return;

  if (!has_row)
    {
      g_set_error_literal (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY, gone);
      return;
    }

  if (opl_column_text (stmt, 0) != NULL)
    by = opl_store_lookup_person (self, opl_column_text (stmt, 0));
  /* @changed_by is a translated format with one %s, checked where it is written. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (by != NULL)
    g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED, changed_by, opl_person_get_name (by));
  else
    g_set_error_literal (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED, changed);
#pragma GCC diagnostic pop
}

/**
 * opl_store_take_key:
 * @key: (transfer full): the key @person_id's passphrase gives
 *
 * Holds the key of the profile that was unlocked, for its sealed drafts, until
 * opl_store_forget_key(). One profile at a time.
 */
void
opl_store_take_key (OplStore   *self,
                    const char *person_id,
                    OplSealKey *key)
{
  g_return_if_fail (OPL_IS_STORE (self));

  opl_store_forget_key (self);
  self->key = key;
  self->key_person_id = g_strdup (person_id);
}

/**
 * opl_store_forget_key:
 *
 * Wipes the key held (the window is locked, or another profile opens).
 */
void
opl_store_forget_key (OplStore *self)
{
  g_return_if_fail (OPL_IS_STORE (self));

  g_clear_pointer (&self->key, opl_seal_key_free);
  g_clear_pointer (&self->key_person_id, g_free);
}

gboolean
opl_store_is_unlocked (OplStore   *self,
                       const char *person_id)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return self->key != NULL && g_strcmp0 (self->key_person_id, person_id) == 0;
}

/* The key of @person_id's sealed drafts, when that profile is unlocked. */
const OplSealKey *
opl_store_get_key (OplStore   *self,
                   const char *person_id)
{
  return opl_store_is_unlocked (self, person_id) ? self->key : NULL;
}

/**
 * opl_store_delete_by_id:
 * @sql: a DELETE of the row with id ?1
 * @what: the row, for “%s no longer exists”
 *
 * Deletes one row in one transaction; a row that is gone already (another profile
 * removed it) is refused in words.
 */
gboolean
opl_store_delete_by_id (OplStore    *self,
                        const char  *sql,
                        const char  *id,
                        const char  *what,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  if (!opl_database_begin (self->database, error))
    return FALSE;

  stmt = opl_database_prepare (self->database, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      opl_bind_text (stmt, 1, id);
      ok = opl_database_step_done (self->database, stmt, error) && opl_store_changed_one (self, what, error);
    }

  return opl_store_finish_action (self, ok, error);
}

/* Ends the transaction of one user action: commits when every write went well (@ok),
 * otherwise rolls all of them back. */
gboolean
opl_store_finish_action (OplStore  *self,
                    gboolean   ok,
                    GError   **error)
{
  if (ok && opl_database_commit (self->database, error))
    {
      emit_changed (self);
      return TRUE;
    }

  opl_database_rollback (self->database);
  return FALSE;
}

/* Ends the transaction of a small action that no other view needs to hear about at
 * once (the autosave of one answer): commits without OplStore::changed. */
gboolean
opl_store_finish_quiet_action (OplStore  *self,
                               gboolean   ok,
                               GError   **error)
{
  if (ok && opl_database_commit (self->database, error))
    return TRUE;

  opl_database_rollback (self->database);
  return FALSE;
}

static gboolean
on_monitor_timeout_cb (gpointer user_data)
{
  opl_store_poll (OPL_STORE (user_data));

  return G_SOURCE_CONTINUE;
}

static void
opl_store_dispose (GObject *object)
{
  OplStore *self = (OplStore *)object;

  g_clear_handle_id (&self->monitor_id, g_source_remove);
  g_clear_object (&self->database);
  g_clear_object (&self->people);
  g_clear_object (&self->all_people);
  g_clear_pointer (&self->form_definitions, g_hash_table_unref);
  g_clear_pointer (&self->institute_cache, opl_institute_cache_free);

  G_OBJECT_CLASS (opl_store_parent_class)->dispose (object);
}

static void
opl_store_finalize (GObject *object)
{
  OplStore *self = (OplStore *)object;

  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->key, opl_seal_key_free);
  g_clear_pointer (&self->key_person_id, g_free);
  g_clear_pointer (&self->practice_id, g_free);
  g_clear_pointer (&self->practice_name, g_free);

  G_OBJECT_CLASS (opl_store_parent_class)->finalize (object);
}

static void
opl_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OplStore *self = OPL_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_PRACTICE_NAME:
      g_value_set_string (value, self->practice_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_store_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OplStore *self = OPL_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_store_class_init (OplStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = opl_store_dispose;
  object_class->finalize = opl_store_finalize;
  object_class->get_property = opl_store_get_property;
  object_class->set_property = opl_store_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         OPL_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRACTICE_NAME] =
    g_param_spec_string ("practice-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OplStore::changed:
   *
   * The practice changed, by this process or another one that shares the file.
   * The store's models are up to date when it is emitted.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
opl_store_init (OplStore *self)
{
  self->people = g_list_store_new (OPL_TYPE_PERSON);
  self->all_people = g_list_store_new (OPL_TYPE_PERSON);
  self->form_definitions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->institute_cache = opl_institute_cache_new ();
}

/* The form definitions read from this practice, by "id:version". */
GHashTable *
opl_store_get_definition_cache (OplStore *self)
{
  return self->form_definitions;
}

OplInstituteCache *
opl_store_get_institute_cache (OplStore *self)
{
  return self->institute_cache;
}

/* A UUID made from @key, the same on every copy of the practice (design.md §5: rows
 * inserted on two copies must not collide), for rows that are one per key: a stored
 * definition or profile per id and version. */
char *
opl_store_uuid_for_key (const char *key)
{
  g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  /* Version 8 (custom) and the RFC 4122 variant. */
  hex[12] = '8';
  hex[16] = "89ab"[g_ascii_xdigit_value (hex[16]) & 3];
  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
}

OplStore *
opl_store_new (OplDatabase *database)
{
  g_return_val_if_fail (OPL_IS_DATABASE (database), NULL);

  return g_object_new (OPL_TYPE_STORE, "database", database, NULL);
}

OplDatabase *
opl_store_get_database (OplStore *self)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  return self->database;
}

/**
 * opl_store_get_actor:
 *
 * Returns: (nullable): the id of the profile whose actions are recorded in the
 *   created_by and changed_by columns
 */
const char *
opl_store_get_actor (OplStore *self)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  return self->actor;
}

void
opl_store_set_actor (OplStore   *self,
                     const char *person_id)
{
  g_return_if_fail (OPL_IS_STORE (self));

  g_free (self->actor);
  self->actor = g_strdup (person_id);
}

/**
 * opl_store_set_id_func:
 * @func: (nullable): makes the id of each new row, or %NULL for random UUIDs
 * @user_data: for @func; must outlive its use
 *
 * Rows the store makes itself (ticks, moments done, leave periods, closures) get
 * their ids from @func. The history generator uses it so that the same seed writes
 * the same rows; everything else keeps the random UUIDs of design.md §5.
 */
void
opl_store_set_id_func (OplStore  *self,
                       OplIdFunc  func,
                       gpointer   user_data)
{
  g_return_if_fail (OPL_IS_STORE (self));

  self->id_func = func;
  self->id_data = user_data;
}

/**
 * opl_store_load:
 *
 * Reads the practice and its people into the store's models.
 */
gboolean
opl_store_load (OplStore  *self,
                GError   **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!load_practice (self, error) || !load_people (self, error))
    return FALSE;

  self->data_version = opl_database_get_data_version (self->database);
  return TRUE;
}

gboolean
opl_store_has_practice (OplStore *self)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return self->practice_id != NULL;
}

const char *
opl_store_get_practice_name (OplStore *self)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  return self->practice_name;
}

/**
 * opl_store_get_people:
 *
 * Returns: (transfer none): the practice's current people, opleiders first
 */
GListModel *
opl_store_get_people (OplStore *self)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->people);
}

/**
 * opl_store_get_all_people:
 *
 * Returns: (transfer none): every person of the practice, those archived too, in the
 *   order of opl_store_get_people()
 */
GListModel *
opl_store_get_all_people (OplStore *self)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->all_people);
}

/**
 * opl_store_lookup_person:
 *
 * Returns: (transfer none) (nullable): the person with @person_id, archived or not
 */
OplPerson *
opl_store_lookup_person (OplStore   *self,
                         const char *person_id)
{
  guint n_items;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->all_people));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (G_LIST_MODEL (self->all_people), i);

      if (g_strcmp0 (opl_person_get_id (person), person_id) == 0)
        return person;
    }

  return NULL;
}

/**
 * opl_store_find_profile:
 * @id_role_or_name: a person's id, a role ("hoofdopleider") or a full name
 *
 * Finds the profile a command line names: by id first, then the first person with
 * that role (opleiders come first), then by name, ignoring case.
 *
 * Returns: (transfer none) (nullable): the person
 */
OplPerson *
opl_store_find_profile (OplStore   *self,
                        const char *id_role_or_name)
{
  GListModel *people;
  OplPerson *person;
  OplRole role;
  gboolean is_role;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (id_role_or_name != NULL, NULL);

  person = opl_store_lookup_person (self, id_role_or_name);
  if (person != NULL)
    return person;

  people = G_LIST_MODEL (self->people);
  is_role = opl_role_from_string (id_role_or_name, &role);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) candidate = g_list_model_get_item (people, i);

      if ((is_role && opl_person_get_role (candidate) == role) ||
          (!is_role && g_utf8_collate (opl_person_get_name (candidate), id_role_or_name) == 0) ||
          (!is_role && g_ascii_strcasecmp (opl_person_get_name (candidate), id_role_or_name) == 0))
        return opl_store_lookup_person (self, opl_person_get_id (candidate));
    }

  return NULL;
}

/**
 * opl_store_add_person:
 *
 * Returns: (transfer full): the new person, or %NULL with @error set
 */
OplPerson *
opl_store_add_person (OplStore    *self,
                      const char  *name,
                      OplRole      role,
                      GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(OplPerson) person = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  person = opl_person_new (id, name, role);
  if (!opl_database_begin (self->database, error))
    return NULL;

  if (!opl_store_finish_action (self, opl_store_insert_person (self, person, now, error), error))
    return NULL;

  return g_steal_pointer (&person);
}

/**
 * opl_store_add_traject:
 * @traject: the traject, with its opleiders and leave periods
 *
 * Stores a traject and everything it holds in one transaction.
 */
gboolean
opl_store_add_traject (OplStore    *self,
                       OplTraject  *traject,
                       GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), FALSE);

  if (!opl_database_begin (self->database, error))
    return FALSE;

  return opl_store_finish_action (self, opl_store_insert_traject (self, traject, now, error), error);
}

#define TRAJECT_SELECT \
  "SELECT t.id, t.aios_id, a.name, t.phase, t.start_date, t.end_date, t.parttime," \
  " t.end_reason, t.end_note, t.changed_at" \
  " FROM traject t JOIN person a ON a.id = t.aios_id"

/* The trajecten of ?1, an aios or an opleider, found through the indexes on
 * traject (aios_id) and traject_opleider (opleider_id). */
#define TRAJECT_OF_PERSON \
  " t.id IN (SELECT id FROM traject WHERE aios_id = ?1" \
  "          UNION ALL SELECT traject_id FROM traject_opleider WHERE opleider_id = ?1)"

/* The trajecten a statement of TRAJECT_SELECT finds, with their opleiders and leave. */
static GPtrArray *
read_trajecten (OplStore      *self,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GPtrArray) trajecten = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row, ok;

  while ((ok = opl_database_step_row (self->database, stmt, &has_row, error)) && has_row)
    {
      OplEndReason reason = OPL_END_REGULAR;
      OplTraject *traject;
      GDate start, end;
      gboolean has_end;

      opl_column_date (stmt, 4, &start);
      has_end = opl_column_date (stmt, 5, &end);
      traject = opl_traject_new (opl_column_text (stmt, 0), opl_column_text (stmt, 1),
                                 opl_column_text (stmt, 2), sqlite3_column_int (stmt, 3),
                                 &start, has_end ? &end : NULL, sqlite3_column_double (stmt, 6));
      opl_end_reason_from_string (opl_column_text (stmt, 7), &reason);
      opl_traject_set_end (traject, has_end ? &end : NULL, reason, opl_column_text (stmt, 8));
      opl_traject_set_changed_at (traject, opl_column_text (stmt, 9));
      g_ptr_array_add (trajecten, traject);
    }

  /* The statement is released before the details reuse the connection. */
  opl_database_release (stmt);
  if (!ok)
    return NULL;

  for (guint i = 0; i < trajecten->len; i++)
    {
      if (!load_traject_details (self, g_ptr_array_index (trajecten, i), error))
        return NULL;
    }

  return g_steal_pointer (&trajecten);
}

/**
 * opl_store_list_trajecten:
 * @person_id: (nullable): an aios or opleider, or %NULL for all
 *
 * Every traject, the ended ones too; a view that shows what is going on wants
 * opl_store_list_current_trajecten() and opl_store_list_ended_trajecten(), which do
 * not grow with the years.
 *
 * Returns: (transfer full) (element-type OplTraject): the trajecten of @person_id,
 *   the most recent first
 */
GPtrArray *
opl_store_list_trajecten (OplStore    *self,
                          const char  *person_id,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  stmt = opl_database_prepare (self->database,
                               person_id != NULL
                                 ? TRAJECT_SELECT " WHERE" TRAJECT_OF_PERSON " ORDER BY t.start_date DESC"
                                 : TRAJECT_SELECT " ORDER BY t.start_date DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  if (person_id != NULL)
    opl_bind_text (stmt, 1, person_id);
  return read_trajecten (self, stmt, error);
}

/**
 * opl_store_get_traject:
 *
 * Returns: (transfer full): the traject with @traject_id as it is stored now, or %NULL
 *   with @error set
 */
OplTraject *
opl_store_get_traject (OplStore    *self,
                       const char  *traject_id,
                       GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  stmt = opl_database_prepare (self->database, TRAJECT_SELECT " WHERE t.id = ?", error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, traject_id);
  found = read_trajecten (self, stmt, error);
  if (found == NULL)
    return NULL;

  if (found->len == 0)
    {
      g_set_error_literal (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY,
                           _("This traject no longer exists; another profile may have removed it"));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * opl_store_list_trajecten_in:
 * @person_id: an aios or opleider
 * @first: the first day of a period
 * @last: its last day
 *
 * Returns: (transfer full) (element-type OplTraject): the trajecten of @person_id that
 *   run at some time from @first to @last, the most recent first; found through the
 *   indexes, so a year's question does not read the years before (docs/performance.md)
 */
GPtrArray *
opl_store_list_trajecten_in (OplStore     *self,
                             const char   *person_id,
                             const GDate  *first,
                             const GDate  *last,
                             GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (person_id != NULL && first != NULL && last != NULL, NULL);

  stmt = opl_database_prepare (self->database,
                               TRAJECT_SELECT " WHERE" TRAJECT_OF_PERSON
                               " AND t.start_date <= ?3 AND (t.end_date IS NULL OR t.end_date >= ?2)"
                               " ORDER BY t.start_date DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, person_id);
  opl_bind_date (stmt, 2, first);
  opl_bind_date (stmt, 3, last);
  return read_trajecten (self, stmt, error);
}

/* The trajecten of @person_id (%NULL for all) that have not ended before @today:
 * running or still to start, the most recent first. */
static GPtrArray *
list_not_ended (OplStore     *self,
                const char   *person_id,
                const GDate  *today,
                GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = opl_database_prepare (self->database,
                               person_id != NULL
                                 ? TRAJECT_SELECT " WHERE" TRAJECT_OF_PERSON
                                   " AND (t.end_date IS NULL OR t.end_date >= ?2) ORDER BY t.start_date DESC"
                                 : TRAJECT_SELECT
                                   " WHERE t.end_date IS NULL OR t.end_date >= ?2 ORDER BY t.start_date DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  if (person_id != NULL)
    opl_bind_text (stmt, 1, person_id);
  opl_bind_date (stmt, 2, today);
  return read_trajecten (self, stmt, error);
}

/**
 * opl_store_list_open_trajecten:
 * @today: the day that decides what has ended
 *
 * Returns: (transfer full) (element-type OplTraject): the practice's trajecten that
 *   have not ended before @today, running or still to start, the most recent first
 */
GPtrArray *
opl_store_list_open_trajecten (OplStore     *self,
                               const GDate  *today,
                               GError      **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  return list_not_ended (self, NULL, today, error);
}

/**
 * opl_store_list_current_trajecten:
 * @person: an opleider or an aios
 * @today: the day that decides what is current
 *
 * The trajecten a person works on now: an opleider's aios whose traject has not
 * ended (a plaatsvervangend opleider stands in for all of the practice's); an aios's
 * own current traject, or, once it has ended, their last one. An opleider's are
 * found by the query, not by reading every traject of the years before
 * (docs/performance.md).
 *
 * Returns: (transfer full) (element-type OplTraject): the most recent first, or %NULL
 *   with @error set
 */
GPtrArray *
opl_store_list_current_trajecten (OplStore     *self,
                                  OplPerson    *person,
                                  const GDate  *today,
                                  GError      **error)
{
  gboolean stands_in = opl_person_get_role (person) == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) current = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (opl_person_is_opleider (person))
    return list_not_ended (self, stands_in ? NULL : opl_person_get_id (person), today, error);

  /* An aios has a few trajecten, and one current one: the most recent. */
  all = opl_store_list_trajecten (self, opl_person_get_id (person), error);
  if (all == NULL)
    return NULL;

  for (guint i = 0; i < all->len && current->len == 0; i++)
    {
      OplTraject *traject = g_ptr_array_index (all, i);

      if (!opl_traject_has_ended (traject, today))
        g_ptr_array_add (current, g_object_ref (traject));
    }

  if (current->len == 0 && all->len > 0)
    g_ptr_array_add (current, g_object_ref (g_ptr_array_index (all, 0)));

  return g_steal_pointer (&current);
}

/**
 * opl_store_list_ended_trajecten:
 * @person_id: (nullable): an aios or opleider, or %NULL for all
 * @today: the day that counts
 * @limit: how many to return at most
 * @n_ended: (out) (optional): how many have ended in all
 *
 * Returns: (transfer full) (element-type OplTraject): the @limit trajecten of
 *   @person_id that ended last before @today, the last ended first
 */
GPtrArray *
opl_store_list_ended_trajecten (OplStore     *self,
                                const char   *person_id,
                                const GDate  *today,
                                guint         limit,
                                guint        *n_ended,
                                GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (n_ended != NULL)
    {
      g_autoptr(sqlite3_stmt) count =
        opl_database_prepare (self->database,
                              person_id != NULL
                                ? "SELECT count(*) FROM traject t WHERE" TRAJECT_OF_PERSON " AND t.end_date < ?2"
                                : "SELECT count(*) FROM traject t WHERE t.end_date < ?2",
                              error);
      gboolean has_row;

      if (count == NULL)
        return NULL;

      if (person_id != NULL)
        opl_bind_text (count, 1, person_id);
      opl_bind_date (count, 2, today);
      if (!opl_database_step_row (self->database, count, &has_row, error))
        return NULL;
      *n_ended = (guint) sqlite3_column_int64 (count, 0);
    }

  stmt = opl_database_prepare (self->database,
                               person_id != NULL
                                 ? TRAJECT_SELECT " WHERE" TRAJECT_OF_PERSON
                                   " AND t.end_date < ?2 ORDER BY t.end_date DESC, t.start_date DESC LIMIT ?3"
                                 : TRAJECT_SELECT
                                   " WHERE t.end_date < ?2 ORDER BY t.end_date DESC, t.start_date DESC LIMIT ?3",
                               error);
  if (stmt == NULL)
    return NULL;

  if (person_id != NULL)
    opl_bind_text (stmt, 1, person_id);
  opl_bind_date (stmt, 2, today);
  sqlite3_bind_int64 (stmt, 3, limit);
  return read_trajecten (self, stmt, error);
}

/**
 * opl_store_set_moment_done:
 * @done_on: (nullable): the day the moment took place, or %NULL to undo
 *
 * Records that a due moment of @traject_id took place, or takes that back, in one
 * transaction.
 */
gboolean
opl_store_set_moment_done (OplStore       *self,
                           const char     *traject_id,
                           OplMomentKind   kind,
                           int             month,
                           const GDate    *done_on,
                           GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = opl_timestamp_now ();

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  if (!opl_database_begin (self->database, error))
    return FALSE;

  if (done_on != NULL)
    return opl_store_finish_action (self,
                               opl_store_insert_moment_done (self, traject_id, kind, month, done_on, now, error),
                               error);

  stmt = opl_database_prepare (self->database,
                               "DELETE FROM moment_done WHERE traject_id = ? AND kind = ? AND month = ?",
                               error);
  if (stmt == NULL)
    return opl_store_finish_action (self, FALSE, error);

  opl_bind_text (stmt, 1, traject_id);
  opl_bind_text (stmt, 2, opl_moment_kind_to_string (kind));
  sqlite3_bind_int (stmt, 3, month);
  return opl_store_finish_action (self, opl_database_step_done (self->database, stmt, error), error);
}

/**
 * opl_store_get_moment_done_on:
 * @done_on: (out caller-allocates): the day the moment took place, or a cleared date
 *   when it has not (yet)
 *
 * Reads the day a due moment of @traject_id was recorded as done, so a view can show
 * it and an undo can put it back.
 */
gboolean
opl_store_get_moment_done_on (OplStore       *self,
                              const char     *traject_id,
                              OplMomentKind   kind,
                              int             month,
                              GDate          *done_on,
                              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (done_on != NULL, FALSE);

  g_date_clear (done_on, 1);

  stmt = opl_database_prepare (self->database,
                               "SELECT done_on FROM moment_done"
                               " WHERE traject_id = ? AND kind = ? AND month = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, traject_id);
  opl_bind_text (stmt, 2, opl_moment_kind_to_string (kind));
  sqlite3_bind_int (stmt, 3, month);
  if (!opl_database_step_row (self->database, stmt, &has_row, error))
    return FALSE;

  if (has_row && !opl_column_date (stmt, 0, done_on))
    g_date_clear (done_on, 1);

  return TRUE;
}

static gboolean
is_moment_done (OplMomentKind kind,
                int           month,
                gpointer      user_data)
{
  g_autofree char *key = g_strdup_printf ("%s:%d", opl_moment_kind_to_string (kind), month);

  return g_hash_table_contains (user_data, key);
}

/**
 * opl_store_get_schedule:
 * @today: the day the states are relative to
 *
 * A moment is done when it was marked done (opl_store_set_moment_done(), kept for
 * the voortgangsgesprek and for forms filled outside the app), or when every form it
 * expects is final (opl_store_get_moment_forms()).
 *
 * Returns: (transfer full) (element-type OplMoment): the due moments of @traject
 *   (opl_schedule_compute()), those that took place marked done
 */
GArray *
opl_store_get_schedule (OplStore     *self,
                        OplTraject   *traject,
                        const GDate  *today,
                        GError      **error)
{
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplScheduleInput input;
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);

  stmt = opl_database_prepare (self->database,
                               "SELECT kind, month FROM moment_done WHERE traject_id = ?", error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, opl_traject_get_id (traject));
  while ((ok = opl_database_step_row (self->database, stmt, &has_row, error)) && has_row)
    g_hash_table_add (done, g_strdup_printf ("%s:%d", opl_column_text (stmt, 0), sqlite3_column_int (stmt, 1)));
  if (!ok)
    return NULL;

  /* Moments with forms are also done when their forms are (opl-store-forms.h). */
  opl_database_release (g_steal_pointer (&stmt));
  if (!opl_store_add_form_moments_done (self, traject, done, error))
    return NULL;

  opl_schedule_input_from_traject (&input, traject);
  return opl_schedule_compute (&input, today, is_moment_done, done, error);
}

/**
 * opl_store_count:
 *
 * Counts the rows of each table, for `--check`.
 */
gboolean
opl_store_count (OplStore        *self,
                 OplStoreCounts  *counts,
                 GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  stmt = opl_database_prepare (self->database,
                               "SELECT (SELECT count(*) FROM practice), (SELECT count(*) FROM person),"
                               " (SELECT count(*) FROM traject), (SELECT count(*) FROM traject_opleider),"
                               " (SELECT count(*) FROM leave_period), (SELECT count(*) FROM checklist_tick),"
                               " (SELECT count(*) FROM moment_done), (SELECT count(*) FROM form_definition),"
                               " (SELECT count(*) FROM form), (SELECT count(*) FROM form_answer),"
                               " (SELECT count(*) FROM kpb_entry), (SELECT count(*) FROM dienst),"
                               " (SELECT count(*) FROM leergesprek), (SELECT count(*) FROM scholing),"
                               " (SELECT count(*) FROM scholing_dispensation), (SELECT count(*) FROM leerpunt),"
                               " (SELECT count(*) FROM hao_gesprek),"
                               " (SELECT count(*) FROM practice_form_definition WHERE removed_at IS NULL),"
                               " (SELECT count(*) FROM institute_profile)",
                               error);
  if (stmt == NULL || !opl_database_step_row (self->database, stmt, &has_row, error))
    return FALSE;

  counts->practices = sqlite3_column_int64 (stmt, 0);
  counts->people = sqlite3_column_int64 (stmt, 1);
  counts->trajecten = sqlite3_column_int64 (stmt, 2);
  counts->traject_opleiders = sqlite3_column_int64 (stmt, 3);
  counts->leave_periods = sqlite3_column_int64 (stmt, 4);
  counts->checklist_ticks = sqlite3_column_int64 (stmt, 5);
  counts->moments_done = sqlite3_column_int64 (stmt, 6);
  counts->form_definitions = sqlite3_column_int64 (stmt, 7);
  counts->forms = sqlite3_column_int64 (stmt, 8);
  counts->form_answers = sqlite3_column_int64 (stmt, 9);
  counts->kpb_entries = sqlite3_column_int64 (stmt, 10);
  counts->diensten = sqlite3_column_int64 (stmt, 11);
  counts->leergesprekken = sqlite3_column_int64 (stmt, 12);
  counts->scholing_days = sqlite3_column_int64 (stmt, 13);
  counts->scholing_dispensations = sqlite3_column_int64 (stmt, 14);
  counts->leerpunten = sqlite3_column_int64 (stmt, 15);
  counts->hao_gesprekken = sqlite3_column_int64 (stmt, 16);
  counts->practice_form_definitions = sqlite3_column_int64 (stmt, 17);
  counts->institute_profiles = sqlite3_column_int64 (stmt, 18);
  return TRUE;
}

/**
 * opl_store_start_monitoring:
 * @interval_ms: how often to look for changes by other processes
 *
 * Polls SQLite's data_version on the thread-default main context, and emits
 * #OplStore::changed when another process has committed (design.md §4: changes
 * appear in open windows within about a second).
 */
void
opl_store_start_monitoring (OplStore *self,
                            guint     interval_ms)
{
  g_return_if_fail (OPL_IS_STORE (self));

  g_clear_handle_id (&self->monitor_id, g_source_remove);
  self->data_version = opl_database_get_data_version (self->database);
  self->monitor_id = g_timeout_add (interval_ms, on_monitor_timeout_cb, self);
}

/**
 * opl_store_poll:
 *
 * Returns: %TRUE when another process changed the file since the last look
 */
gboolean
opl_store_poll (OplStore *self)
{
  gint64 version;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  version = opl_database_get_data_version (self->database);
  if (version == self->data_version || version < 0)
    return FALSE;

  emit_changed (self);
  return TRUE;
}

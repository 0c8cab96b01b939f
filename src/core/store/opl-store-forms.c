/* opl-store-forms.c: the store's part for filled forms (issue 5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of opl-store-forms.h are checked here, before any write, so that the user
 * gets a clear message; the schema's triggers (migration 4 -> 5) hold the same line
 * for anything that gets past this code.
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-form-private.h"
#include "opl-store-forms.h"
#include "opl-store-private.h"

#define FORM_COLUMNS \
  "SELECT f.id, f.definition_id, f.definition_version, f.traject_id, f.subject_id, f.author_id," \
  " f.author_role, f.moment_month, f.form_date, f.state, f.finalized_on, f.discussed_on, f.shared," \
  " f.supersedes, (SELECT n.id FROM form n WHERE n.supersedes = f.id), f.changed_at," \
  " coalesce ((SELECT s.n_answered FROM form_seal s WHERE s.form_id = f.id)," \
  "           (SELECT count(*) FROM form_answer a WHERE a.form_id = f.id AND a.value IS NOT NULL AND a.value <> ''))" \
  " FROM form f"

/* The filters every list applies after its indexed one. */
#define FORM_FILTERS \
  " AND (?2 IS NULL OR f.kind = ?2) AND (?3 = 0 OR f.moment_month = ?3)" \
  " AND (?4 IS NULL OR f.author_id = ?4) AND (?5 IS NULL OR f.subject_id = ?5)" \
  " AND (?6 OR NOT EXISTS (SELECT 1 FROM form n WHERE n.supersedes = f.id))"

#define FORM_ORDER " ORDER BY coalesce (f.moment_month, 0) DESC, f.form_date DESC, f.created_at DESC"

static const char list_by_traject_sql[] = FORM_COLUMNS " WHERE f.traject_id = ?1" FORM_FILTERS FORM_ORDER;
static const char list_by_author_sql[] = FORM_COLUMNS " WHERE f.author_id = ?4" FORM_FILTERS FORM_ORDER;
static const char list_by_subject_sql[] = FORM_COLUMNS " WHERE f.subject_id = ?5" FORM_FILTERS FORM_ORDER;
static const char list_all_sql[] = FORM_COLUMNS " WHERE ?1 IS NULL" FORM_FILTERS FORM_ORDER;
static const char load_form_sql[] = FORM_COLUMNS " WHERE f.id = ?";

gboolean
opl_store_form_error (GError     **error,
                      OplFormError code,
                      const char  *message)
{
  g_set_error_literal (error, OPL_FORM_ERROR, code, message);
  return FALSE;
}

static const char *
person_name (OplStore   *self,
             const char *person_id)
{
  OplPerson *person = person_id != NULL ? opl_store_lookup_person (self, person_id) : NULL;

  return person != NULL ? opl_person_get_name (person) : _("someone else");
}

/* A UUID for a stored definition that is the same on every copy of the practice
 * (design.md §5: rows inserted on two copies must not collide), made from the
 * definition's id and version. */
static char *
definition_row_id (OplFormDefinition *definition)
{
  g_autofree char *key = g_strdup_printf ("opleidingspraktijk-form-definition:%s:%d",
                                          opl_form_definition_get_id (definition),
                                          opl_form_definition_get_version (definition));

  return opl_store_uuid_for_key (key);
}

static char *
definition_key (const char *definition_id,
                int         version)
{
  return g_strdup_printf ("%s:%d", definition_id, version);
}

gboolean
opl_store_ensure_definition (OplStore           *self,
                             OplFormDefinition  *definition,
                             const char         *now,
                             GError            **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  gboolean has_row;

  select = opl_database_prepare (database,
                                 "SELECT checksum FROM form_definition WHERE definition_id = ? AND version = ?",
                                 error);
  if (select == NULL)
    return FALSE;

  opl_bind_text (select, 1, opl_form_definition_get_id (definition));
  sqlite3_bind_int (select, 2, opl_form_definition_get_version (definition));
  if (!opl_database_step_row (database, select, &has_row, error))
    return FALSE;

  if (has_row)
    {
      if (g_strcmp0 (opl_column_text (select, 0), opl_form_definition_get_checksum (definition)) == 0)
        return TRUE;

      g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_CONFLICT,
                   /* Translators: the first %s is a file name, the second a form id, %d its version */
                   _("The form definition “%s” gives “%s” version %d another text than the one this "
                     "practice already uses; a changed definition needs a higher version"),
                   opl_form_definition_get_name (definition), opl_form_definition_get_id (definition),
                   opl_form_definition_get_version (definition));
      return FALSE;
    }

  insert = opl_database_prepare (database,
                                 "INSERT INTO form_definition (id, definition_id, version, kind, checksum, json,"
                                 " created_at, created_by, changed_at, changed_by)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_text (insert, 1, definition_row_id (definition), -1, g_free);
  opl_bind_text (insert, 2, opl_form_definition_get_id (definition));
  sqlite3_bind_int (insert, 3, opl_form_definition_get_version (definition));
  opl_bind_text (insert, 4, opl_form_kind_to_string (opl_form_definition_get_kind (definition)));
  opl_bind_text (insert, 5, opl_form_definition_get_checksum (definition));
  opl_bind_text (insert, 6, opl_form_definition_get_json (definition));
  opl_store_bind_audit (self, insert, 7, now);
  return opl_database_step_done (database, insert, error);
}

/**
 * opl_store_get_form_definition:
 *
 * Reads the definition the practice stored for (@definition_id, @version): the text
 * forms filled against it were filled with.
 *
 * Returns: (transfer full): the definition, or %NULL with @error set
 */
OplFormDefinition *
opl_store_get_form_definition (OplStore    *self,
                               const char  *definition_id,
                               int          version,
                               GError     **error)
{
  GHashTable *cache;
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplFormDefinition *definition;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (definition_id != NULL, NULL);

  cache = opl_store_get_definition_cache (self);
  key = definition_key (definition_id, version);
  definition = g_hash_table_lookup (cache, key);
  if (definition != NULL)
    return g_object_ref (definition);

  stmt = opl_database_prepare (opl_store_get_database (self),
                               "SELECT json FROM form_definition WHERE definition_id = ? AND version = ?", error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, definition_id);
  sqlite3_bind_int (stmt, 2, version);
  if (!opl_database_step_row (opl_store_get_database (self), stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      /* Translators: %s is a form id, %d its version */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_FOUND,
                   _("This practice has no form definition “%s” version %d"), definition_id, version);
      return NULL;
    }

  /* Translators: the name of a definition read back from the database: id and version */
  name = g_strdup_printf (_("%s version %d (stored)"), definition_id, version);
  definition = opl_form_definition_new_from_data (name, opl_column_text (stmt, 0), -1, error);
  if (definition == NULL)
    return NULL;

  g_hash_table_insert (cache, g_steal_pointer (&key), g_object_ref (definition));
  return definition;
}

/* Reads the row of a FORM_COLUMNS statement, without answers (their count only). */
static OplForm *
read_form (OplStore      *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  g_autoptr(OplFormDefinition) definition = NULL;
  g_autoptr(OplForm) form = NULL;
  OplFormRole role = OPL_FORM_ROLE_AIOS;
  OplFormState state = OPL_FORM_STATE_DRAFT;
  GDate date, finalized_on, discussed_on;

  definition = opl_store_get_form_definition (self, opl_column_text (stmt, 1), sqlite3_column_int (stmt, 2), error);
  if (definition == NULL)
    return NULL;

  opl_form_role_from_string (opl_column_text (stmt, 6), &role);
  opl_form_state_from_string (opl_column_text (stmt, 9), &state);
  if (!opl_column_date (stmt, 8, &date))
    g_date_clear (&date, 1);
  if (!opl_column_date (stmt, 10, &finalized_on))
    g_date_clear (&finalized_on, 1);
  if (!opl_column_date (stmt, 11, &discussed_on))
    g_date_clear (&discussed_on, 1);

  form = opl_form_new (opl_column_text (stmt, 0), definition, opl_column_text (stmt, 3),
                       opl_column_text (stmt, 4), opl_column_text (stmt, 5), role,
                       sqlite3_column_int (stmt, 7), &date);
  opl_form_set_state (form, state, &finalized_on, &discussed_on);
  opl_form_set_shared (form, sqlite3_column_int (stmt, 12));
  opl_form_set_chain (form, opl_column_text (stmt, 13), opl_column_text (stmt, 14), 1);
  opl_form_set_changed_at (form, opl_column_text (stmt, 15));
  opl_form_set_n_answered (form, (guint) sqlite3_column_int (stmt, 16));
  return g_steal_pointer (&form);
}

static gboolean
load_answers (OplStore  *self,
              OplForm   *form,
              GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row, ok;

  stmt = opl_database_prepare (database, "SELECT item_id, value, note FROM form_answer WHERE form_id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_form_clear_answers (form);

  opl_bind_text (stmt, 1, opl_form_get_id (form));
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    opl_form_put_answer (form, opl_column_text (stmt, 0), opl_column_text (stmt, 1), opl_column_text (stmt, 2));

  /* A sealed private draft has its answers in its seal (opl-store-privacy.c). */
  if (ok && opl_form_is_private (form) && !opl_form_is_shared (form) &&
      opl_store_form_is_sealed (self, opl_form_get_id (form)))
    return opl_store_load_sealed_answers (self, form, error);

  return ok;
}

/* Counts the versions before @form: 1 for a first version. */
static gboolean
set_version_number (OplStore  *self,
                    OplForm   *form,
                    GError   **error)
{
  g_autofree char *id = g_strdup (opl_form_get_supersedes (form));
  OplDatabase *database = opl_store_get_database (self);
  int number = 1;

  while (id != NULL)
    {
      g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, "SELECT supersedes FROM form WHERE id = ?", error);
      gboolean has_row;

      if (stmt == NULL)
        return FALSE;

      opl_bind_text (stmt, 1, id);
      if (!opl_database_step_row (database, stmt, &has_row, error))
        return FALSE;

      number++;
      g_free (id);
      id = has_row ? g_strdup (opl_column_text (stmt, 0)) : NULL;
    }

  opl_form_set_chain (form, opl_form_get_supersedes (form), opl_form_get_superseded_by (form), number);
  return TRUE;
}

/* The forms @query asks for, as they are (not redacted). */
GPtrArray *
opl_store_query_forms (OplStore            *self,
                       const OplFormQuery  *query,
                       GError             **error)
{
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  const char *sql;
  gboolean has_row, ok;

  if (query->traject_id != NULL)
    sql = list_by_traject_sql;
  else if (query->author_id != NULL)
    sql = list_by_author_sql;
  else if (query->subject_id != NULL)
    sql = list_by_subject_sql;
  else
    sql = list_all_sql;

  stmt = opl_database_prepare (database, sql, error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, query->traject_id);
  if (query->kind >= 0 && query->kind < OPL_N_FORM_KINDS)
    opl_bind_text (stmt, 2, opl_form_kind_to_string ((OplFormKind) query->kind));
  sqlite3_bind_int (stmt, 3, MAX (query->moment_month, 0));
  opl_bind_text (stmt, 4, query->author_id);
  opl_bind_text (stmt, 5, query->subject_id);
  sqlite3_bind_int (stmt, 6, query->include_superseded ? 1 : 0);

  /* The rows first; the chains and answers after, with the statement released. */
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplForm *form = read_form (self, stmt, error);

      if (form == NULL)
        return NULL;
      g_ptr_array_add (forms, form);
    }
  if (!ok)
    return NULL;

  opl_database_release (g_steal_pointer (&stmt));

  for (guint i = 0; i < forms->len; i++)
    {
      OplForm *form = g_ptr_array_index (forms, i);

      if (!set_version_number (self, form, error) ||
          (query->with_answers && !load_answers (self, form, error)))
        return NULL;
    }

  return g_steal_pointer (&forms);
}

/* Whether the aios of @form's traject has shared their own ComBel of its moment:
 * final, or discussed, and shared. */
static gboolean
self_assessment_shared (OplStore *self,
                        OplForm  *form)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (database,
                          "SELECT 1 FROM form WHERE traject_id = ? AND kind = 'combel' AND moment_month = ?"
                          " AND author_role = 'aios' AND shared = 1 AND state IN ('final', 'discussed') LIMIT 1",
                          NULL);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_form_get_traject_id (form));
  sqlite3_bind_int (stmt, 2, opl_form_get_moment_month (form));
  return opl_database_step_row (database, stmt, &has_row, NULL) && has_row;
}

/**
 * opl_store_may_see_form:
 *
 * Whether @viewer_id may see @form's contents (design.md §7): someone else's private
 * form only once it is shared; and the self-assessment is blind: the aios sees the
 * opleider's and the docent's ComBel of a moment only once their own ComBel of that
 * moment is final and shared, as a hosted portfolio does; before that, that it exists.
 */
gboolean
opl_store_may_see_form (OplStore   *self,
                        OplForm    *form,
                        const char *viewer_id)
{
  if (opl_form_is_private (form) && !opl_form_is_shared (form) &&
      g_strcmp0 (opl_form_get_author_id (form), viewer_id) != 0)
    return FALSE;

  if (opl_form_get_kind (form) == OPL_FORM_KIND_COMBEL && opl_form_get_author_role (form) != OPL_FORM_ROLE_AIOS &&
      viewer_id != NULL && g_strcmp0 (opl_form_get_subject_id (form), viewer_id) == 0 &&
      opl_form_get_moment_month (form) > 0)
    return self_assessment_shared (self, form);

  return TRUE;
}

static void
apply_viewer (OplStore   *self,
              GPtrArray  *forms,
              const char *viewer_id)
{
  for (guint i = 0; i < forms->len; i++)
    {
      OplForm *form = g_ptr_array_index (forms, i);

      if (!opl_store_may_see_form (self, form, viewer_id))
        opl_form_redact (form);
    }
}

/* Loads one form as it is (with its answers), or %NULL with @error set. */
static OplForm *
load_form (OplStore    *self,
           const char  *form_id,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(OplForm) form = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row;

  stmt = opl_database_prepare (database, load_form_sql, error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, form_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      opl_store_form_error (error, OPL_FORM_ERROR_NOT_FOUND, _("The form does not exist (any more)"));
      return NULL;
    }

  form = read_form (self, stmt, error);
  opl_database_release (g_steal_pointer (&stmt));
  if (form == NULL || !set_version_number (self, form, error) || !load_answers (self, form, error))
    return NULL;

  return g_steal_pointer (&form);
}

/* The rules that need to know who acts: the store's actor, when set, is the one. */
static gboolean
check_actor (OplStore    *self,
             const char  *person_id,
             GError     **error)
{
  const char *actor = opl_store_get_actor (self);

  if (actor != NULL && g_strcmp0 (actor, person_id) != 0)
    {
      /* Translators: %s is a person's name */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED,
                   _("Only %s can change this form"), person_name (self, person_id));
      return FALSE;
    }

  return TRUE;
}

typedef enum
{
  AUTHOR_SIGNS,
  AUTHOR_SHARES,
  AUTHOR_MAKES_VERSION,
  AUTHOR_DISCARDS,
} AuthorAction;

/* Only the author of @form may do @action; @person_id tries to. */
static gboolean
check_author (OplStore      *self,
              OplForm       *form,
              const char    *person_id,
              AuthorAction   action,
              GError       **error)
{
  const char *name;

  if (g_strcmp0 (opl_form_get_author_id (form), person_id) == 0)
    return TRUE;

  name = person_name (self, opl_form_get_author_id (form));
  switch (action)
    {
    case AUTHOR_SIGNS:
      /* Translators: %s is a person's name */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED,
                   _("Only %s, who wrote this form, can sign it off"), name);
      break;
    case AUTHOR_SHARES:
      /* Translators: %s is a person's name */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED,
                   _("Only %s, who wrote this form, can share it"), name);
      break;
    case AUTHOR_MAKES_VERSION:
      /* Translators: %s is a person's name */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED,
                   _("Only %s, who wrote this form, can make a new version of it"), name);
      break;
    case AUTHOR_DISCARDS:
    default:
      /* Translators: %s is a person's name */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED,
                   _("Only %s, who wrote this draft, can discard it"), name);
      break;
    }

  return FALSE;
}

static gboolean
check_draft (OplForm  *form,
             GError  **error)
{
  if (opl_form_is_redacted (form))
    return opl_store_form_error (error, OPL_FORM_ERROR_NOT_ALLOWED, _("This form is private to its author"));

  if (opl_form_is_final (form))
    return opl_store_form_error (error, OPL_FORM_ERROR_FINAL,
                                 _("This form is final and cannot be changed; make a new version instead"));

  return TRUE;
}

gboolean
opl_store_moment_kind_for_form (OplFormKind    kind,
                                OplMomentKind *moment_kind)
{
  switch (kind)
    {
    case OPL_FORM_KIND_COMBEL:
      *moment_kind = OPL_MOMENT_COMBEL;
      return TRUE;
    case OPL_FORM_KIND_LEOH:
      *moment_kind = OPL_MOMENT_LEOH;
      return TRUE;
    case OPL_FORM_KIND_VOORTGANGSADVIES:
      *moment_kind = OPL_MOMENT_VOORTGANGSADVIES;
      return TRUE;
    case OPL_FORM_KIND_DIENSTENRAPPORTAGE:
      *moment_kind = OPL_MOMENT_DIENSTENRAPPORTAGE;
      return TRUE;
    case OPL_FORM_KIND_KPB:
    case OPL_FORM_KIND_KVB:
    default:
      return FALSE;
    }
}

/* Whether @month is a moment of @kind in @traject's schedule. */
static gboolean
check_moment (OplTraject   *traject,
              OplFormKind   kind,
              int           month,
              const GDate  *date,
              GError      **error)
{
  g_autoptr(GArray) moments = NULL;
  OplScheduleInput input;
  OplMomentKind moment_kind;

  if (month == 0)
    return TRUE;

  if (!opl_store_moment_kind_for_form (kind, &moment_kind))
    return opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("This form has no moments in the schedule"));

  opl_schedule_input_from_traject (&input, traject);
  moments = opl_schedule_compute (&input, date, NULL, NULL, error);
  if (moments == NULL)
    return FALSE;

  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == moment_kind && moment->month == month)
        return TRUE;
    }

  /* Translators: %s is a form's name (ComBel), %d a training month */
  g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID,
               _("The schedule of this traject has no %s after %d months"), opl_form_kind_get_label (kind), month);
  return FALSE;
}

static gboolean
is_opleider_of (OplTraject *traject,
                const char *person_id)
{
  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      if (g_strcmp0 (opl_traject_get_opleider (traject, i)->person_id, person_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Checks who fills the form and whom it is about; sets *@subject_id when the
 * definition says who it is (the aios, the author). */
static gboolean
check_people (OplStore             *self,
              OplTraject           *traject,
              const OplFormFiller  *filler,
              const char           *author_id,
              const char          **subject_id,
              GError              **error)
{
  OplPerson *author = opl_store_lookup_person (self, author_id);
  OplFormRole person_role;

  if (author == NULL || !opl_form_role_for_person (opl_person_get_role (author), &person_role))
    return opl_store_form_error (error, OPL_FORM_ERROR_NOT_ALLOWED, _("This profile fills no forms"));

  if ((filler->role == OPL_FORM_ROLE_AIOS && g_strcmp0 (author_id, opl_traject_get_aios_id (traject)) != 0) ||
      (filler->role == OPL_FORM_ROLE_OPLEIDER && person_role != OPL_FORM_ROLE_OPLEIDER))
    {
      /* Translators: %s is a person's name */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED,
                   filler->role == OPL_FORM_ROLE_AIOS
                     ? _("%s cannot fill the aios's part of this form")
                     : _("%s cannot fill the opleider's part of this form"),
                   opl_person_get_name (author));
      return FALSE;
    }

  switch (filler->subject)
    {
    case OPL_FORM_SUBJECT_AIOS:
      if (*subject_id == NULL)
        *subject_id = opl_traject_get_aios_id (traject);
      if (g_strcmp0 (*subject_id, opl_traject_get_aios_id (traject)) != 0)
        return opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("This form is about the traject’s aios"));
      return TRUE;

    case OPL_FORM_SUBJECT_OPLEIDER:
      if (*subject_id == NULL || !is_opleider_of (traject, *subject_id))
        return opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("This form is about one of the traject’s opleiders"));
      return TRUE;

    case OPL_FORM_SUBJECT_SELF:
    default:
      if (*subject_id == NULL)
        *subject_id = author_id;
      if (g_strcmp0 (*subject_id, author_id) != 0)
        return opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("This form is about the one who fills it"));
      return TRUE;
    }
}

/* Refuses a second form for the same moment, author role and subject (the schema's
 * index form_one_per_moment), naming who has it. */
static gboolean
check_no_twin (OplStore     *self,
               OplTraject   *traject,
               OplFormKind   kind,
               int           month,
               OplFormRole   role,
               const char   *subject_id,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database = opl_store_get_database (self);
  gboolean has_row;

  if (month == 0)
    return TRUE;

  stmt = opl_database_prepare (database,
                               "SELECT author_id FROM form WHERE traject_id = ? AND kind = ? AND moment_month = ?"
                               " AND author_role = ? AND subject_id = ? AND supersedes IS NULL",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_traject_get_id (traject));
  opl_bind_text (stmt, 2, opl_form_kind_to_string (kind));
  sqlite3_bind_int (stmt, 3, month);
  opl_bind_text (stmt, 4, opl_form_role_to_string (role));
  opl_bind_text (stmt, 5, subject_id);
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    {
      /* Translators: the first %s is a form's name, %d a training month, the last %s a name */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_EXISTS,
                   _("The %s after %d months was started already by %s; open that one"),
                   opl_form_kind_get_label (kind), month, person_name (self, opl_column_text (stmt, 0)));
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_form (OplStore    *self,
             OplForm     *form,
             const char  *now,
             GError     **error)
{
  OplFormDefinition *definition = opl_form_get_definition (form);
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (opl_store_get_database (self),
                          "INSERT INTO form (id, definition_id, definition_version, kind, traject_id, subject_id,"
                          " author_id, author_role, moment_month, form_date, shared, supersedes,"
                          " created_at, created_by, changed_at, changed_by)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_form_get_id (form));
  opl_bind_text (stmt, 2, opl_form_definition_get_id (definition));
  sqlite3_bind_int (stmt, 3, opl_form_definition_get_version (definition));
  opl_bind_text (stmt, 4, opl_form_kind_to_string (opl_form_get_kind (form)));
  opl_bind_text (stmt, 5, opl_form_get_traject_id (form));
  opl_bind_text (stmt, 6, opl_form_get_subject_id (form));
  opl_bind_text (stmt, 7, opl_form_get_author_id (form));
  opl_bind_text (stmt, 8, opl_form_role_to_string (opl_form_get_author_role (form)));
  if (opl_form_get_moment_month (form) > 0)
    sqlite3_bind_int (stmt, 9, opl_form_get_moment_month (form));
  opl_bind_date (stmt, 10, opl_form_get_date (form));
  sqlite3_bind_int (stmt, 11, opl_form_is_shared (form));
  opl_bind_text (stmt, 12, opl_form_get_supersedes (form));
  opl_store_bind_audit (self, stmt, 13, now);
  if (!opl_database_step_done (opl_store_get_database (self), stmt, error))
    return FALSE;

  opl_form_set_changed_at (form, now);
  return TRUE;
}

/**
 * opl_store_create_form_draft:
 * @definition: the definition to fill against (for a moment: the registry's current
 *   one of its kind)
 * @traject: the traject the form belongs to, with its opleiders
 * @author_id: who fills it
 * @author_role: in which role (an opleider also types in the docent's ComBel)
 * @subject_id: (nullable): whom it is about; %NULL when the definition says (the aios,
 *   the author)
 * @moment_month: the training month of the schedule moment, or 0
 * @date: the form's date
 *
 * See opl-store-forms.h.
 *
 * Returns: (transfer full): the new draft, or %NULL with @error set
 */
OplForm *
opl_store_create_form_draft (OplStore           *self,
                             OplFormDefinition  *definition,
                             OplTraject         *traject,
                             const char         *author_id,
                             OplFormRole         author_role,
                             const char         *subject_id,
                             int                 moment_month,
                             const GDate        *date,
                             GError            **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(OplForm) form = NULL;
  const OplFormFiller *filler;
  OplFormKind kind;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (definition), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);
  g_return_val_if_fail (author_id != NULL, NULL);

  kind = opl_form_definition_get_kind (definition);
  if (opl_form_kind_is_entry (kind))
    {
      opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("A KPB or KVB is a quick entry, not a form"));
      return NULL;
    }

  filler = opl_form_definition_lookup_filler (definition, author_role);
  if (filler == NULL)
    {
      /* Translators: the first %s is a form's title, the second a role (aios, docent) */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED, _("“%s” is not filled by the %s"),
                   opl_form_definition_get_title (definition), opl_form_role_get_label (author_role));
      return NULL;
    }

  if (date == NULL || !g_date_valid (date))
    {
      opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("The form needs a date"));
      return NULL;
    }

  if (!check_actor (self, author_id, error) ||
      !check_people (self, traject, filler, author_id, &subject_id, error) ||
      !check_moment (traject, kind, moment_month, date, error))
    return NULL;

  form = opl_form_new (id, definition, opl_traject_get_id (traject), subject_id, author_id, author_role,
                       moment_month, date);

  if (!opl_database_begin (opl_store_get_database (self), error))
    return NULL;

  ok = check_no_twin (self, traject, kind, moment_month, author_role, subject_id, error) &&
       opl_store_ensure_definition (self, definition, now, error) &&
       insert_form (self, form, now, error);
  if (!opl_store_finish_action (self, ok, error))
    return NULL;

  return g_steal_pointer (&form);
}

/* Whether two answers are the same: no value and "" count as one, as do no note and "". */
static gboolean
same_answer (const char *value,
             const char *note,
             const char *other_value,
             const char *other_note)
{
  return g_strcmp0 (value != NULL && *value != '\0' ? value : NULL,
                    other_value != NULL && *other_value != '\0' ? other_value : NULL) == 0 &&
         g_strcmp0 (note != NULL ? note : "", other_note != NULL ? other_note : "") == 0;
}

/* The answer to @item_id as it is stored now, in its row or in the form's seal, and who
 * wrote it last (nullable). FALSE with @error set when the form is gone. */
static gboolean
read_stored_answer (OplStore    *self,
                    OplForm     *form,
                    const char  *item_id,
                    char       **value,
                    char       **note,
                    char       **changed_by,
                    GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(OplForm) stored = NULL;
  const OplFormAnswer *answer;
  gboolean has_row;

  if (!opl_store_form_is_sealed (self, opl_form_get_id (form)))
    {
      stmt = opl_database_prepare (database,
                                   "SELECT a.value, a.note, a.changed_by FROM form f"
                                   " LEFT JOIN form_answer a ON a.form_id = f.id AND a.item_id = ?2"
                                   " WHERE f.id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;

      opl_bind_text (stmt, 1, opl_form_get_id (form));
      opl_bind_text (stmt, 2, item_id);
      if (!opl_database_step_row (database, stmt, &has_row, error))
        return FALSE;

      if (!has_row)
        return opl_store_form_error (error, OPL_FORM_ERROR_NOT_FOUND, _("The form does not exist (any more)"));

      *value = g_strdup (opl_column_text (stmt, 0));
      *note = g_strdup (opl_column_text (stmt, 1));
      *changed_by = g_strdup (opl_column_text (stmt, 2));
      return TRUE;
    }

  /* A sealed private draft: its answers are in one box, opened with the author's key. */
  stored = load_form (self, opl_form_get_id (form), error);
  if (stored == NULL)
    return FALSE;

  answer = opl_form_get_answer (stored, item_id);
  *value = answer != NULL ? g_strdup (answer->value) : NULL;
  *note = answer != NULL ? g_strdup (answer->note) : NULL;

  stmt = opl_database_prepare (database, "SELECT changed_by FROM form_seal WHERE form_id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_form_get_id (form));
  if (!opl_database_step_row (database, stmt, &has_row, error))
    return FALSE;

  *changed_by = has_row ? g_strdup (opl_column_text (stmt, 0)) : NULL;
  return TRUE;
}

/* Refuses the autosave of @item_id when another PC changed that answer since @form
 * was read, i.e. since this editor last read or wrote it (the form holds the answers
 * as it did): per item, so that two people may fill different items at once. An
 * answer the other PC changed to exactly @value and @note loses nothing. */
static gboolean
check_answer_as_read (OplStore    *self,
                      OplForm     *form,
                      const char  *item_id,
                      const char  *value,
                      const char  *note,
                      GError     **error)
{
  const OplFormAnswer *read = opl_form_get_answer (form, item_id);
  g_autofree char *stored_value = NULL;
  g_autofree char *stored_note = NULL;
  g_autofree char *changed_by = NULL;
  OplPerson *by;

  /* Without the key the seal cannot be read, and the save is refused for that. */
  if (opl_store_form_needs_seal (self, form) && opl_store_get_key (self, opl_form_get_author_id (form)) == NULL)
    return TRUE;

  if (!read_stored_answer (self, form, item_id, &stored_value, &stored_note, &changed_by, error))
    return FALSE;

  if (same_answer (stored_value, stored_note, read != NULL ? read->value : NULL, read != NULL ? read->note : NULL) ||
      same_answer (stored_value, stored_note, value, note))
    return TRUE;

  by = changed_by != NULL ? opl_store_lookup_person (self, changed_by) : NULL;
  if (by != NULL)
    g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED,
                 /* Translators: %s is the name of the person who changed it */
                 _("%s changed this answer after you opened the form"), opl_person_get_name (by));
  else
    g_set_error_literal (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED,
                         _("Someone else changed this answer after you opened the form"));
  return FALSE;
}

static gboolean
set_answer (OplStore    *self,
            OplForm     *form,
            const char  *item_id,
            const char  *value,
            const char  *note,
            gboolean     overwrite,
            GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;
  gboolean clear, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_FORM (form), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  if (value != NULL && *value == '\0')
    value = NULL;
  if (note == NULL)
    note = "";

  if (!check_draft (form, error) ||
      !check_actor (self, opl_form_get_author_id (form), error) ||
      !opl_form_definition_check_value (opl_form_get_definition (form), item_id, value, error))
    return FALSE;

  if (g_utf8_strlen (note, -1) > 20000)
    return opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("The note is too long"));

  database = opl_store_get_database (self);
  if (opl_store_form_needs_seal (self, form))
    {
      if (!opl_database_begin (database, error))
        return FALSE;

      ok = (overwrite || check_answer_as_read (self, form, item_id, value, note, error)) &&
           opl_store_seal_answer (self, form, item_id, value, note, now, error);
      if (!opl_store_finish_quiet_action (self, ok, error))
        return FALSE;

      opl_form_put_answer (form, item_id, value, note);
      return TRUE;
    }

  clear = value == NULL && *note == '\0';
  if (clear)
    stmt = opl_database_prepare (database, "DELETE FROM form_answer WHERE form_id = ? AND item_id = ?", error);
  else
    stmt = opl_database_prepare (database,
                                 "INSERT INTO form_answer (id, form_id, item_id, value, note,"
                                 " created_at, created_by, changed_at, changed_by)"
                                 " VALUES (?3, ?1, ?2, ?4, ?5, ?6, ?7, ?8, ?9)"
                                 " ON CONFLICT (form_id, item_id) DO UPDATE SET value = excluded.value,"
                                 " note = excluded.note, changed_at = excluded.changed_at,"
                                 " changed_by = excluded.changed_by",
                                 error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_form_get_id (form));
  opl_bind_text (stmt, 2, item_id);
  if (!clear)
    {
      sqlite3_bind_text (stmt, 3, g_uuid_string_random (), -1, g_free);
      opl_bind_text (stmt, 4, value);
      opl_bind_text (stmt, 5, note);
      opl_store_bind_audit (self, stmt, 6, now);
    }

  if (!opl_database_begin (database, error))
    return FALSE;

  ok = (overwrite || check_answer_as_read (self, form, item_id, value, note, error)) &&
       opl_database_step_done (database, stmt, error);
  if (!opl_store_finish_quiet_action (self, ok, error))
    return FALSE;

  opl_form_put_answer (form, item_id, value, note);
  return TRUE;
}

/**
 * opl_store_set_form_answer:
 * @form: the draft as it was read, with its answers: the answer to @item_id is saved
 *   only if its stored version is still the one @form holds
 * @value: (nullable): the answer, or %NULL to clear it
 * @note: (nullable): the note on the item
 *
 * Autosaves one item of a draft (see opl-store-forms.h).
 */
gboolean
opl_store_set_form_answer (OplStore    *self,
                           OplForm     *form,
                           const char  *item_id,
                           const char  *value,
                           const char  *note,
                           GError     **error)
{
  return set_answer (self, form, item_id, value, note, FALSE, error);
}

/**
 * opl_store_overwrite_form_answer:
 *
 * “Save Mine”: opl_store_set_form_answer() over whatever answer another PC stored since
 * @form was read, in one transaction.
 */
gboolean
opl_store_overwrite_form_answer (OplStore    *self,
                                 OplForm     *form,
                                 const char  *item_id,
                                 const char  *value,
                                 const char  *note,
                                 GError     **error)
{
  return set_answer (self, form, item_id, value, note, TRUE, error);
}

/* Runs an UPDATE of one form row that must change exactly that row. */
static gboolean
update_one (OplStore      *self,
            sqlite3_stmt  *stmt,
            const char    *message,
            GError       **error)
{
  OplDatabase *database = opl_store_get_database (self);

  if (!opl_database_step_done (database, stmt, error))
    return FALSE;

  if (sqlite3_changes (opl_database_get_handle (database)) != 1)
    return opl_store_form_error (error, OPL_FORM_ERROR_FINAL, message);

  return TRUE;
}

/**
 * opl_store_finalize_form:
 * @signer_id: who signs it off: must be its author
 * @date: the day it is signed off
 *
 * See opl-store-forms.h. Completeness is checked against the answers in the
 * database, inside the transaction.
 */
gboolean
opl_store_finalize_form (OplStore     *self,
                         OplForm      *form,
                         const char   *signer_id,
                         const GDate  *date,
                         GError      **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(OplForm) fresh = NULL;
  OplDatabase *database;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_FORM (form), FALSE);

  if (!check_draft (form, error) ||
      !check_author (self, form, signer_id, AUTHOR_SIGNS, error) ||
      !check_actor (self, signer_id, error))
    return FALSE;

  if (date == NULL || !g_date_valid (date) || g_date_compare (date, opl_form_get_date (form)) < 0)
    return opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("A form is signed off on or after its date"));

  database = opl_store_get_database (self);
  if (!opl_database_begin (database, error))
    return FALSE;

  fresh = load_form (self, opl_form_get_id (form), error);
  ok = fresh != NULL && check_draft (fresh, error) && opl_form_check_complete (fresh, error);
  if (ok)
    {
      stmt = opl_database_prepare (database,
                                   "UPDATE form SET state = 'final', finalized_on = ?, finalized_by = ?,"
                                   " changed_at = ?, changed_by = ? WHERE id = ? AND state = 'draft'",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      opl_bind_date (stmt, 1, date);
      opl_bind_text (stmt, 2, signer_id);
      opl_bind_text (stmt, 3, now);
      opl_bind_text (stmt, 4, opl_store_get_actor (self));
      opl_bind_text (stmt, 5, opl_form_get_id (form));
      ok = update_one (self, stmt, _("This form is final already"), error);
    }

  if (!opl_store_finish_action (self, ok, error))
    return FALSE;

  /* The object now holds what was signed. */
  for (guint s = 0; s < opl_form_definition_get_n_sections (opl_form_get_definition (form)); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (opl_form_get_definition (form), s);

      for (guint i = 0; i < section->n_items; i++)
        {
          const OplFormAnswer *answer = opl_form_get_answer (fresh, section->items[i].id);

          opl_form_put_answer (form, section->items[i].id, answer ? answer->value : NULL, answer ? answer->note : NULL);
        }
    }
  opl_form_set_state (form, OPL_FORM_STATE_FINAL, date, NULL);
  opl_form_set_changed_at (form, now);
  return TRUE;
}

/**
 * opl_store_mark_form_discussed:
 * @date: the day it was discussed
 *
 * See opl-store-forms.h.
 */
gboolean
opl_store_mark_form_discussed (OplStore     *self,
                               OplForm      *form,
                               const GDate  *date,
                               GError      **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_FORM (form), FALSE);

  if (opl_form_is_redacted (form) || (opl_form_is_private (form) && !opl_form_is_shared (form)))
    return opl_store_form_error (error, OPL_FORM_ERROR_NOT_ALLOWED, _("A private form is discussed after its author shares it"));

  if (opl_form_get_state (form) == OPL_FORM_STATE_DRAFT)
    return opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("A draft is signed off before it is discussed"));

  if (opl_form_get_state (form) == OPL_FORM_STATE_DISCUSSED)
    return opl_store_form_error (error, OPL_FORM_ERROR_FINAL, _("This form was marked discussed already"));

  if (date == NULL || !g_date_valid (date) || g_date_compare (date, opl_form_get_finalized_on (form)) < 0)
    return opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("A form is discussed on or after the day it was signed off"));

  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database,
                               "UPDATE form SET state = 'discussed', discussed_on = ?, changed_at = ?,"
                               " changed_by = ? WHERE id = ? AND state = 'final'",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_date (stmt, 1, date);
  opl_bind_text (stmt, 2, now);
  opl_bind_text (stmt, 3, opl_store_get_actor (self));
  opl_bind_text (stmt, 4, opl_form_get_id (form));
  if (!opl_database_begin (database, error) ||
      !opl_store_finish_action (self, update_one (self, stmt, _("This form was marked discussed already"), error),
                                error))
    return FALSE;

  opl_form_set_state (form, OPL_FORM_STATE_DISCUSSED, opl_form_get_finalized_on (form), date);
  opl_form_set_changed_at (form, now);
  return TRUE;
}

/**
 * opl_store_share_form:
 * @by_id: who shares it: must be its author
 *
 * See opl-store-forms.h. Sharing a form that is not private changes nothing.
 */
gboolean
opl_store_share_form (OplStore    *self,
                      OplForm     *form,
                      const char  *by_id,
                      GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_FORM (form), FALSE);

  if (!check_author (self, form, by_id, AUTHOR_SHARES, error) ||
      !check_actor (self, by_id, error))
    return FALSE;

  if (!opl_form_is_private (form) || opl_form_is_shared (form))
    return TRUE;

  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database,
                               "UPDATE form SET shared = 1, changed_at = ?, changed_by = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, now);
  opl_bind_text (stmt, 2, opl_store_get_actor (self));
  opl_bind_text (stmt, 3, opl_form_get_id (form));
  /* Shared, the answers are in clear, as the training requires (design.md §7). */
  if (!opl_database_begin (database, error) ||
      !opl_store_finish_action (self,
                                opl_store_unseal_form (self, form, now, error) &&
                                update_one (self, stmt, _("The form does not exist (any more)"), error),
                                error))
    return FALSE;

  opl_form_set_shared (form, TRUE);
  opl_form_set_changed_at (form, now);
  return TRUE;
}

static gboolean
insert_answers (OplStore    *self,
                OplForm     *from,
                OplForm     *to,
                const char  *now,
                GError     **error)
{
  OplFormDefinition *definition = opl_form_get_definition (from);

  for (guint s = 0; s < opl_form_definition_get_n_sections (definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, s);

      for (guint i = 0; i < section->n_items; i++)
        {
          const OplFormAnswer *answer = opl_form_get_answer (from, section->items[i].id);
          g_autoptr(sqlite3_stmt) stmt = NULL;

          if (answer == NULL)
            continue;

          stmt = opl_database_prepare (opl_store_get_database (self),
                                       "INSERT INTO form_answer (id, form_id, item_id, value, note,"
                                       " created_at, created_by, changed_at, changed_by)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                       error);
          if (stmt == NULL)
            return FALSE;

          sqlite3_bind_text (stmt, 1, opl_store_new_id (self), -1, g_free);
          opl_bind_text (stmt, 2, opl_form_get_id (to));
          opl_bind_text (stmt, 3, answer->item_id);
          opl_bind_text (stmt, 4, answer->value);
          opl_bind_text (stmt, 5, answer->note);
          opl_store_bind_audit (self, stmt, 6, now);
          if (!opl_database_step_done (opl_store_get_database (self), stmt, error))
            return FALSE;

          if (to != from)
            opl_form_put_answer (to, answer->item_id, answer->value, answer->note);
        }
    }

  return TRUE;
}

/**
 * opl_store_new_form_version:
 * @by_id: who starts it: must be the form's author
 *
 * See opl-store-forms.h.
 *
 * Returns: (transfer full): the new draft, or %NULL with @error set
 */
OplForm *
opl_store_new_form_version (OplStore    *self,
                            OplForm     *form,
                            const char  *by_id,
                            GError     **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(OplForm) fresh = NULL;
  g_autoptr(OplForm) draft = NULL;
  OplDatabase *database;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (OPL_IS_FORM (form), NULL);

  if (!check_author (self, form, by_id, AUTHOR_MAKES_VERSION, error) ||
      !check_actor (self, by_id, error))
    return NULL;

  if (!opl_form_is_final (form))
    {
      opl_store_form_error (error, OPL_FORM_ERROR_INVALID, _("A draft can still be changed; a new version is for a final form"));
      return NULL;
    }

  database = opl_store_get_database (self);
  if (!opl_database_begin (database, error))
    return NULL;

  fresh = load_form (self, opl_form_get_id (form), error);
  ok = fresh != NULL;
  if (ok && opl_form_get_superseded_by (fresh) != NULL)
    ok = opl_store_form_error (error, OPL_FORM_ERROR_EXISTS, _("This form has a newer version already; change that one"));

  if (ok)
    {
      draft = opl_form_new (id, opl_form_get_definition (fresh), opl_form_get_traject_id (fresh),
                            opl_form_get_subject_id (fresh), opl_form_get_author_id (fresh),
                            opl_form_get_author_role (fresh), opl_form_get_moment_month (fresh),
                            opl_form_get_date (fresh));
      opl_form_set_chain (draft, opl_form_get_id (fresh), NULL, opl_form_get_version_number (fresh) + 1);
      ok = insert_form (self, draft, now, error) && insert_answers (self, fresh, draft, now, error) &&
           opl_store_seal_if_private (self, draft, now, error);
    }

  if (!opl_store_finish_action (self, ok, error))
    return NULL;

  opl_form_set_chain (form, opl_form_get_supersedes (form), id, opl_form_get_version_number (form));
  return g_steal_pointer (&draft);
}

/**
 * opl_store_discard_form_draft:
 * @by_id: who discards it: must be its author
 *
 * Deletes a draft and its answers, in one transaction. A final form is never deleted.
 */
gboolean
opl_store_discard_form_draft (OplStore    *self,
                              OplForm     *form,
                              const char  *by_id,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_FORM (form), FALSE);

  if (!check_draft (form, error) ||
      !check_author (self, form, by_id, AUTHOR_DISCARDS, error) ||
      !check_actor (self, by_id, error))
    return FALSE;

  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database, "DELETE FROM form WHERE id = ? AND state = 'draft'", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_form_get_id (form));
  return opl_database_begin (database, error) &&
         opl_store_finish_action (self, update_one (self, stmt, _("This form is final and is kept"), error), error);
}

/* Stores a form of a practice's history: as a draft with its answers, then in its
 * state, signed off by its author. Inside the caller's transaction. */
gboolean
opl_store_insert_setup_form (OplStore    *self,
                             OplForm     *form,
                             const char  *now,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!opl_store_ensure_definition (self, opl_form_get_definition (form), now, error) ||
      !insert_form (self, form, now, error) ||
      !insert_answers (self, form, form, now, error))
    return FALSE;

  if (!opl_form_is_final (form))
    return TRUE;

  stmt = opl_database_prepare (opl_store_get_database (self),
                               "UPDATE form SET state = ?, finalized_on = ?, finalized_by = author_id,"
                               " discussed_on = ? WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_form_state_to_string (opl_form_get_state (form)));
  opl_bind_date (stmt, 2, opl_form_get_finalized_on (form));
  opl_bind_date (stmt, 3, opl_form_get_discussed_on (form));
  opl_bind_text (stmt, 4, opl_form_get_id (form));
  return opl_database_step_done (opl_store_get_database (self), stmt, error);
}

/**
 * opl_store_list_forms:
 * @query: what to list (OPL_FORM_QUERY_INIT and set fields)
 * @viewer_id: (nullable): the profile looking; a private form of someone else that is
 *   not shared comes back redacted (with no profile, every such form does)
 *
 * Returns: (transfer full) (element-type OplForm): the forms, or %NULL with @error set
 */
GPtrArray *
opl_store_list_forms (OplStore            *self,
                      const OplFormQuery  *query,
                      const char          *viewer_id,
                      GError             **error)
{
  GPtrArray *forms;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  forms = opl_store_query_forms (self, query, error);
  if (forms != NULL)
    apply_viewer (self, forms, viewer_id);
  return forms;
}

/**
 * opl_store_load_form:
 * @viewer_id: (nullable): the profile looking (see opl_store_list_forms())
 *
 * Returns: (transfer full): the form with its answers (none when redacted), or %NULL
 *   with @error set
 */
OplForm *
opl_store_load_form (OplStore    *self,
                     const char  *form_id,
                     const char  *viewer_id,
                     GError     **error)
{
  OplForm *form;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (form_id != NULL, NULL);

  form = load_form (self, form_id, error);
  if (form != NULL && !opl_store_may_see_form (self, form, viewer_id))
    opl_form_redact (form);
  return form;
}


/* opl-export-check.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules across the records of a bundle, checked before anything is written: ids
 * unique, every reference to a row inside the bundle, and the database's rules
 * (opl-schema.c: CHECK constraints, UNIQUE keys and triggers) that a single record
 * cannot show. Each failure names the JSON path of the row and member at fault.
 */

#define G_LOG_DOMAIN "opl-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-export-private.h"
#include "opl-form-definition.h"

typedef struct
{
  JsonObject *root;
  /* section -> (id -> JsonObject) and (id -> position + 1) */
  GHashTable *rows;
  GHashTable *positions;
  GHashTable *definitions;
} Check;

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *raw = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  raw = g_strdup_vprintf (format, args);
  va_end (args);
  message = opl_export_one_line (raw);

  g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID, message);
  return FALSE;
}

char *
opl_export_definition_key (const char *definition_id,
                           gint64      version)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, definition_id, version);
}

static JsonArray *
section (Check      *check,
         const char *name)
{
  return json_object_get_array_member (check->root, name);
}

static const char *
str (JsonObject *row,
     const char *member)
{
  return opl_export_record_get_string (row, member);
}

static JsonObject *
find (Check      *check,
      const char *section_name,
      const char *id)
{
  GHashTable *index = g_hash_table_lookup (check->rows, section_name);

  return index != NULL && id != NULL ? g_hash_table_lookup (index, id) : NULL;
}

static const char *
role_of (Check      *check,
         const char *person_id)
{
  return str (find (check, "people", person_id), "role");
}

static gboolean
is_opleider_role (const char *role)
{
  return g_strcmp0 (role, "hoofdopleider") == 0 || g_strcmp0 (role, "duo-opleider") == 0 ||
         g_strcmp0 (role, "plaatsvervangend-opleider") == 0;
}

static int
compare_dates (JsonObject *row,
               const char *a,
               const char *b)
{
  return g_strcmp0 (str (row, a), str (row, b));
}

/* Ids: unique in each section (nested rows: across the whole section). */
static gboolean
index_section (Check                 *check,
               const OplExportTable  *table,
               GError               **error)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *positions = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *rows = section (check, table->name);

  g_hash_table_insert (check->rows, (gpointer) table->name, index);
  g_hash_table_insert (check->positions, (gpointer) table->name, positions);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *id = str (row, "id");
      gpointer earlier = g_hash_table_lookup (positions, id);

      if (earlier != NULL)
        return fail (error, _("$.%s[%u].id: “%s” is also the id of $.%s[%u]"), table->name, i, id,
                     table->name, GPOINTER_TO_UINT (earlier) - 1);

      g_hash_table_insert (index, (gpointer) id, row);
      g_hash_table_insert (positions, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }

  return TRUE;
}

static gboolean
check_nested_ids (Check       *check,
                  const char  *section_name,
                  const char  *member,
                  GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  JsonArray *rows = section (check, section_name);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonArray *children = opl_export_record_get_array (json_array_get_object_element (rows, i), member);

      for (guint c = 0; c < json_array_get_length (children); c++)
        {
          const char *id = str (json_array_get_object_element (children, c), "id");
          g_autofree char *path = g_strdup_printf ("$.%s[%u].%s[%u]", section_name, i, member, c);
          const char *earlier = g_hash_table_lookup (seen, id);

          if (earlier != NULL)
            return fail (error, _("%s.id: “%s” is also the id of %s"), path, id, earlier);
          g_hash_table_insert (seen, (gpointer) id, g_steal_pointer (&path));
        }
    }

  return TRUE;
}

/* Every field with a reference names a row of the bundle. */
static gboolean
check_references (Check                 *check,
                  const OplExportTable  *table,
                  JsonObject            *row,
                  const char            *path,
                  GError               **error)
{
  for (guint f = 0; f < table->n_fields; f++)
    {
      const OplExportField *field = &table->fields[f];

      if (field->ref != NULL)
        {
          const char *id = str (row, field->name);

          if (id != NULL && find (check, field->ref, id) == NULL)
            return fail (error, _("%s.%s: “%s” is not the id of any row in $.%s"), path, field->name, id, field->ref);
        }
      else if (field->type == OPL_FIELD_CHILDREN)
        {
          JsonArray *children = opl_export_record_get_array (row, field->name);

          for (guint c = 0; c < json_array_get_length (children); c++)
            {
              g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, field->name, c);

              if (!check_references (check, field->child, json_array_get_object_element (children, c), where, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
check_audit (const OplExportTable  *table,
             JsonObject            *row,
             const char            *path,
             GError               **error)
{
  if (opl_export_table_lookup_field (table, "changed_at") != NULL &&
      compare_dates (row, "changed_at", "created_at") < 0)
    return fail (error, _("%s.changed_at: before created_at"), path);

  for (guint f = 0; f < table->n_fields; f++)
    {
      const OplExportField *field = &table->fields[f];

      if (field->type == OPL_FIELD_CHILDREN)
        {
          JsonArray *children = opl_export_record_get_array (row, field->name);

          for (guint c = 0; c < json_array_get_length (children); c++)
            {
              g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, field->name, c);

              if (!check_audit (field->child, json_array_get_object_element (children, c), where, error))
                return FALSE;
            }
        }
      else if (field->type == OPL_FIELD_CHILD && json_object_get_object_member (row, field->name) != NULL)
        {
          g_autofree char *where = g_strdup_printf ("%s.%s", path, field->name);

          if (!check_audit (field->child, json_object_get_object_member (row, field->name), where, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* A key made of several members must be unique in @seen. */
static gboolean
unique_key (GHashTable  *seen,
            char        *key,
            const char  *path,
            const char  *what,
            GError     **error)
{
  const char *earlier = g_hash_table_lookup (seen, key);

  if (earlier != NULL)
    {
      fail (error, _("%s: %s as %s"), path, what, earlier);
      g_free (key);
      return FALSE;
    }

  g_hash_table_insert (seen, key, g_strdup (path));
  return TRUE;
}

static gboolean
check_traject (Check       *check,
               JsonObject  *traject,
               const char  *path,
               GError     **error)
{
  g_autoptr(GHashTable) opleiders = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *shares = opl_export_record_get_array (traject, "opleiders");
  JsonArray *leaves = opl_export_record_get_array (traject, "leave_periods");
  JsonObject *slot = json_object_get_object_member (traject, "slot");
  double total = 0.0;

  if (g_strcmp0 (role_of (check, str (traject, "aios_id")), "aios") != 0)
    return fail (error, _("%s.aios_id: a traject belongs to an aios"), path);
  if (str (traject, "end_date") != NULL && compare_dates (traject, "end_date", "start_date") <= 0)
    return fail (error, _("%s.end_date: not after start_date"), path);
  if (str (traject, "bekwaamheidsverklaring_on") != NULL && opl_export_record_get_int (traject, "phase", 0) != 2)
    return fail (error, _("%s.bekwaamheidsverklaring_on: only a fase II traject has one"), path);
  /* Seed 000: "Het opleiden van een coassistent door aios is alleen mogelijk in de
   * laatste fase van de opleiding". */
  if (slot != NULL && str (slot, "coschap_start") != NULL && opl_export_record_get_int (traject, "phase", 0) != 2)
    return fail (error, _("%s.slot.coschap_start: an aios trains a coassistent only in fase II"), path);

  for (guint i = 0; i < json_array_get_length (shares); i++)
    {
      JsonObject *share = json_array_get_object_element (shares, i);
      const char *opleider = str (share, "opleider_id");

      if (!is_opleider_role (role_of (check, opleider)))
        return fail (error, _("%s.opleiders[%u].opleider_id: only an opleider can train an aios"), path, i);
      if (!g_hash_table_add (opleiders, (gpointer) opleider))
        return fail (error, _("%s.opleiders[%u].opleider_id: the opleider is named twice"), path, i);
      total += opl_export_record_get_double (share, "share", 0.0);
      if (total > 1.0001)
        return fail (error, _("%s.opleiders[%u].share: the shares of a traject add up to more than 100 %%"), path, i);
    }

  for (guint i = 0; i < json_array_get_length (leaves); i++)
    {
      JsonObject *leave = json_array_get_object_element (leaves, i);

      if (compare_dates (leave, "end_date", "start_date") < 0)
        return fail (error, _("%s.leave_periods[%u].end_date: before start_date"), path, i);
      for (guint j = 0; j < i; j++)
        {
          JsonObject *other = json_array_get_object_element (leaves, j);

          if (g_strcmp0 (str (other, "start_date"), str (leave, "end_date")) <= 0 &&
              g_strcmp0 (str (other, "end_date"), str (leave, "start_date")) >= 0)
            return fail (error, _("%s.leave_periods[%u]: overlaps leave_periods[%u]"), path, i, j);
        }
    }

  if (slot != NULL &&
      opl_export_record_get_int (slot, "start_minute", 0) + opl_export_record_get_int (slot, "duration", 0) > 1440)
    return fail (error, _("%s.slot.duration: the leergesprek would end after midnight"), path);

  return TRUE;
}

static gboolean
check_trajecten (Check   *check,
                 GError **error)
{
  JsonArray *rows = section (check, "trajecten");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.trajecten[%u]", i);

      if (!check_traject (check, json_array_get_object_element (rows, i), path, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_periods (Check       *check,
               const char  *name,
               GError     **error)
{
  JsonArray *rows = section (check, name);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      if (compare_dates (json_array_get_object_element (rows, i), "end_date", "start_date") < 0)
        return fail (error, _("$.%s[%u].end_date: before start_date"), name, i);
    }

  return TRUE;
}

static gboolean
check_ticks (Check   *check,
             GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *rows = section (check, "checklist_ticks");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *tick = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.checklist_ticks[%u]", i);

      if (!unique_key (seen, g_strjoin ("\n", str (tick, "person_id"), str (tick, "item_id"),
                                        str (tick, "period_key"), NULL),
                       path, _("the same opleider, item and period are ticked"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_moments_done (Check   *check,
                    GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *rows = section (check, "moments_done");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *moment = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.moments_done[%u]", i);

      if (!unique_key (seen, g_strdup_printf ("%s\n%s\n%" G_GINT64_FORMAT, str (moment, "traject_id"),
                                              str (moment, "kind"), opl_export_record_get_int (moment, "month", 0)),
                       path, _("the same moment of the traject is done"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_leergesprekken (Check   *check,
                      GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *rows = section (check, "leergesprekken");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.leergesprekken[%u]", i);
      const char *reason = str (row, "cancel_reason");

      if (opl_export_record_get_int (row, "start_minute", 0) + opl_export_record_get_int (row, "duration", 0) > 1440)
        return fail (error, _("%s.duration: the leergesprek would end after midnight"), path);
      if (g_strcmp0 (str (row, "status"), "cancelled") == 0 && strspn (reason, " ") == strlen (reason))
        return fail (error, _("%s.cancel_reason: a cancelled leergesprek needs a reason"), path);
      if (!unique_key (seen, g_strjoin ("\n", str (row, "traject_id"), str (row, "week_key"), NULL),
                       path, _("the traject has a leergesprek in this week already"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_definitions (Check   *check,
                   GError **error)
{
  JsonArray *rows = section (check, "form_definitions");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *json = str (row, "json");
      g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, json, -1);
      g_autofree char *key = opl_export_definition_key (str (row, "definition_id"),
                                                        opl_export_record_get_int (row, "version", 0));
      g_autofree char *name = g_strdup_printf ("%s.json", str (row, "definition_id"));
      g_autoptr(OplFormDefinition) definition = NULL;
      g_autoptr(GError) local_error = NULL;

      if (g_hash_table_contains (check->definitions, key))
        return fail (error, _("$.form_definitions[%u]: a second definition “%s” of version %lld"),
                     i, str (row, "definition_id"), (long long) opl_export_record_get_int (row, "version", 0));
      if (g_strcmp0 (checksum, str (row, "checksum")) != 0)
        return fail (error, _("$.form_definitions[%u].checksum: not the SHA-256 of json (the text was changed)"), i);

      definition = opl_form_definition_new_from_data (name, json, -1, &local_error);
      if (definition == NULL)
        return fail (error, _("$.form_definitions[%u].json: %s"), i, local_error->message);

      if (g_strcmp0 (opl_form_definition_get_id (definition), str (row, "definition_id")) != 0 ||
          opl_form_definition_get_version (definition) != opl_export_record_get_int (row, "version", 0) ||
          g_strcmp0 (opl_form_kind_to_string (opl_form_definition_get_kind (definition)), str (row, "kind")) != 0)
        return fail (error, _("$.form_definitions[%u]: definition_id, version or kind is not the text's own"), i);

      g_hash_table_insert (check->definitions, g_steal_pointer (&key), g_steal_pointer (&definition));
    }

  return TRUE;
}

static OplFormDefinition *
definition_of (Check      *check,
               JsonObject *row)
{
  g_autofree char *key = opl_export_definition_key (str (row, "definition_id"),
                                                    opl_export_record_get_int (row, "definition_version", 0));

  return g_hash_table_lookup (check->definitions, key);
}

/* The states of a form and their dates (opl-schema.c, the CHECKs of table form). */
static gboolean
check_form_state (JsonObject  *form,
                  const char  *path,
                  GError     **error)
{
  const char *state = str (form, "state");
  gboolean draft = g_str_equal (state, "draft");

  if (draft != (str (form, "finalized_on") == NULL))
    return fail (error, _("%s.finalized_on: a final or discussed form has the day it was signed off, a draft none"), path);
  if ((str (form, "finalized_on") == NULL) != (str (form, "finalized_by") == NULL))
    return fail (error, _("%s.finalized_by: given exactly when finalized_on is"), path);
  if (g_str_equal (state, "discussed") != (str (form, "discussed_on") != NULL))
    return fail (error, _("%s.discussed_on: a discussed form has the day it was discussed, others none"), path);
  if (str (form, "finalized_by") != NULL && g_strcmp0 (str (form, "finalized_by"), str (form, "author_id")) != 0)
    return fail (error, _("%s.finalized_by: only the author signs a form off"), path);
  if (str (form, "finalized_on") != NULL && compare_dates (form, "finalized_on", "form_date") < 0)
    return fail (error, _("%s.finalized_on: before form_date"), path);
  if (str (form, "discussed_on") != NULL && compare_dates (form, "discussed_on", "finalized_on") < 0)
    return fail (error, _("%s.discussed_on: before finalized_on"), path);

  return TRUE;
}

/* Who fills a form and whom it is about (the triggers form_author_fits, form_subject_fits). */
static gboolean
check_form_people (Check       *check,
                   JsonObject  *form,
                   const char  *path,
                   GError     **error)
{
  JsonObject *traject = find (check, "trajecten", str (form, "traject_id"));
  const char *aios = str (traject, "aios_id");
  const char *author_role = str (form, "author_role");
  const char *kind = str (form, "kind");

  if ((g_str_equal (author_role, "aios") && g_strcmp0 (str (form, "author_id"), aios) != 0) ||
      (g_str_equal (author_role, "opleider") && !is_opleider_role (role_of (check, str (form, "author_id")))) ||
      g_strcmp0 (role_of (check, str (form, "author_id")), "coassistent") == 0)
    return fail (error, _("%s.author_id: the author does not fill this form in this traject"), path);

  if ((!g_str_equal (kind, "leoh") && g_strcmp0 (str (form, "subject_id"), aios) != 0) ||
      (g_str_equal (kind, "leoh") && !is_opleider_role (role_of (check, str (form, "subject_id")))))
    return fail (error, _("%s.subject_id: the form is not about this person"), path);

  return TRUE;
}

static gboolean
check_answers (OplFormDefinition  *definition,
               JsonObject         *form,
               const char         *path,
               GError            **error)
{
  g_autoptr(GHashTable) items = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *answers = opl_export_record_get_array (form, "answers");

  for (guint i = 0; i < json_array_get_length (answers); i++)
    {
      JsonObject *answer = json_array_get_object_element (answers, i);
      const char *item = str (answer, "item_id");
      const char *value = str (answer, "value");
      g_autoptr(GError) local_error = NULL;

      if (opl_form_definition_lookup_item (definition, item, NULL) == NULL)
        return fail (error, _("%s.answers[%u].item_id: the definition has no item “%s”"), path, i, item);
      if (!g_hash_table_add (items, (gpointer) item))
        return fail (error, _("%s.answers[%u].item_id: a second answer to “%s”"), path, i, item);
      if (value != NULL && !opl_form_definition_check_value (definition, item, value, &local_error))
        return fail (error, _("%s.answers[%u].value: %s"), path, i, local_error->message);
    }

  return TRUE;
}

static gboolean
check_form_versions (Check       *check,
                     JsonObject  *form,
                     const char  *path,
                     GHashTable  *superseded,
                     GError     **error)
{
  const char *supersedes = str (form, "supersedes");
  JsonObject *older;

  if (supersedes == NULL)
    return TRUE;

  older = find (check, "forms", supersedes);
  if (g_strcmp0 (str (older, "state"), "draft") == 0)
    return fail (error, _("%s.supersedes: only a final form gets a new version"), path);

  /* The versions form a chain that ends: never back to @form. */
  for (guint steps = 0; older != NULL; steps++)
    {
      if (older == form || steps > g_hash_table_size (g_hash_table_lookup (check->rows, "forms")))
        return fail (error, _("%s.supersedes: the versions of the form go round in a circle"), path);
      older = find (check, "forms", str (older, "supersedes"));
    }

  return unique_key (superseded, g_strdup (supersedes), path, _("a second new version of the same form"), error);
}

static gboolean
check_forms (Check   *check,
             GError **error)
{
  g_autoptr(GHashTable) superseded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) moments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *rows = section (check, "forms");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *form = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.forms[%u]", i);
      OplFormDefinition *definition = definition_of (check, form);

      if (definition == NULL)
        return fail (error, _("%s.definition_id: the bundle has no definition “%s” of version %lld"),
                     path, str (form, "definition_id"), (long long) opl_export_record_get_int (form, "definition_version", 0));
      if (g_strcmp0 (opl_form_kind_to_string (opl_form_definition_get_kind (definition)), str (form, "kind")) != 0)
        return fail (error, _("%s.kind: not the kind of its definition"), path);

      if (!check_form_state (form, path, error) || !check_form_people (check, form, path, error) ||
          !check_answers (definition, form, path, error) ||
          !check_form_versions (check, form, path, superseded, error))
        return FALSE;

      /* One form per moment, author role and subject (index form_one_per_moment). */
      if (str (form, "supersedes") == NULL && opl_export_record_get_int (form, "moment_month", 0) > 0 &&
          !unique_key (moments, g_strdup_printf ("%s\n%s\n%" G_GINT64_FORMAT "\n%s\n%s", str (form, "traject_id"),
                                                 str (form, "kind"), opl_export_record_get_int (form, "moment_month", 0),
                                                 str (form, "author_role"), str (form, "subject_id")),
                       path, _("a second form for the same moment, author role and subject"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_kpb (Check   *check,
           GError **error)
{
  JsonArray *rows = section (check, "kpb_entries");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *entry = json_array_get_object_element (rows, i);
      OplFormDefinition *definition = definition_of (check, entry);
      g_autoptr(GError) local_error = NULL;

      if (definition == NULL)
        return fail (error, _("$.kpb_entries[%u].definition_id: the bundle has no definition “%s” of version %lld"),
                     i, str (entry, "definition_id"), (long long) opl_export_record_get_int (entry, "definition_version", 0));
      if (g_strcmp0 (opl_form_kind_to_string (opl_form_definition_get_kind (definition)), str (entry, "kind")) != 0)
        return fail (error, _("$.kpb_entries[%u].kind: the entry’s definition is not of its kind"), i);
      if (!opl_form_definition_check_value (definition, "competentiegebied", str (entry, "competentiegebied"), &local_error))
        return fail (error, _("$.kpb_entries[%u].competentiegebied: %s"), i, local_error->message);
      if (!opl_form_definition_check_value (definition, "score", str (entry, "score"), &local_error))
        return fail (error, _("$.kpb_entries[%u].score: %s"), i, local_error->message);
    }

  return TRUE;
}

static gboolean
check_diensten (Check   *check,
                GError **error)
{
  JsonArray *rows = section (check, "diensten");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      const char *with = str (json_array_get_object_element (rows, i), "with_person_id");

      if (with != NULL && !is_opleider_role (role_of (check, with)))
        return fail (error, _("$.diensten[%u].with_person_id: a dienst is done with an opleider"), i);
    }

  return TRUE;
}

/* Only an opleider has scholing rows (the triggers *_opleider_insert). */
static gboolean
check_opleider_rows (Check       *check,
                     const char  *name,
                     GError     **error)
{
  JsonArray *rows = section (check, name);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      if (!is_opleider_role (role_of (check, str (json_array_get_object_element (rows, i), "person_id"))))
        return fail (error, _("$.%s[%u].person_id: only an opleider has %s"), name, i, name);
    }

  return TRUE;
}

/* A scholing day's kind decides which members it has (the CHECKs of table scholing). */
static gboolean
check_scholing_day (JsonObject  *day,
                    const char  *path,
                    GError     **error)
{
  const char *kind = str (day, "kind");
  gboolean leergang = g_str_equal (kind, "leergang");
  const char *title = str (day, "title");

  if (leergang != (opl_export_record_get_int (day, "leergang", 0) != 0))
    return fail (error, _("%s.leergang: given exactly for a leergang day"), path);
  if (leergang != (opl_export_record_get_int (day, "leergang_day", 0) != 0))
    return fail (error, _("%s.leergang_day: given exactly for a leergang day"), path);
  if (g_str_equal (kind, "leergang6-alternative") != (str (day, "alternative") != NULL))
    return fail (error, _("%s.alternative: given exactly for a leergang-6 alternative"), path);
  if (str (day, "alternative") != NULL && *str (day, "alternative") == '\0')
    return fail (error, _("%s.alternative: empty"), path);
  if (g_str_equal (kind, "other") && strspn (title, " ") == strlen (title))
    return fail (error, _("%s.title: other scholing needs a title"), path);
  if (opl_export_record_get_boolean (day, "replacement_done") &&
      !(leergang && (!opl_export_record_get_boolean (day, "attended") || opl_export_record_get_boolean (day, "half_day"))))
    return fail (error, _("%s.replacement_done: only for a leergang day missed or attended half"), path);

  return TRUE;
}

static gboolean
check_scholing (Check   *check,
                GError **error)
{
  g_autoptr(GHashTable) per_date = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *rows = section (check, "scholing");

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *day = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.scholing[%u]", i);
      char *key = g_strjoin ("\n", str (day, "person_id"), str (day, "date"), NULL);
      double *total = g_hash_table_lookup (per_date, key);

      if (!check_scholing_day (day, path, error))
        {
          g_free (key);
          return FALSE;
        }
      if (total == NULL)
        {
          total = g_new0 (double, 1);
          g_hash_table_insert (per_date, key, total);
        }
      else
        g_free (key);
      *total += opl_export_record_get_boolean (day, "half_day") ? 0.5 : 1.0;
      if (*total > 1.0)
        return fail (error, _("%s.date: more than one day of scholing on one date"), path);
    }

  rows = section (check, "scholing_dispensations");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.scholing_dispensations[%u]", i);
      double days = opl_export_record_get_double (row, "days", 0.0);

      if (days * 2 != (double) (gint64) (days * 2))
        return fail (error, _("%s.days: dispensation is given in half days"), path);
      if (!unique_key (seen, g_strdup_printf ("d\n%s\n%" G_GINT64_FORMAT, str (row, "person_id"),
                                              opl_export_record_get_int (row, "year", 0)),
                       path, _("a second dispensation of the opleider for the year"), error))
        return FALSE;
    }

  rows = section (check, "hao_gesprekken");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.hao_gesprekken[%u]", i);

      if (!unique_key (seen, g_strjoin ("\n", "h", str (row, "person_id"), str (row, "date"), NULL),
                       path, _("a second HAO-voortgangsgesprek of the opleider on the day"), error))
        return FALSE;
    }

  return check_opleider_rows (check, "scholing", error) &&
         check_opleider_rows (check, "scholing_dispensations", error) &&
         check_opleider_rows (check, "leerpunten", error) &&
         check_opleider_rows (check, "hao_gesprekken", error);
}

static gboolean
check_all_references (Check   *check,
                      GError **error)
{
  const OplExportTable * const *tables;
  guint n_tables;

  tables = opl_export_schema_get_sections (&n_tables);
  for (guint t = 0; t < n_tables; t++)
    {
      JsonArray *rows;

      if (g_str_equal (tables[t]->name, "practice"))
        {
          if (!check_audit (tables[t], json_object_get_object_member (check->root, "practice"), "$.practice", error))
            return FALSE;
          continue;
        }

      rows = section (check, tables[t]->name);
      for (guint i = 0; i < json_array_get_length (rows); i++)
        {
          JsonObject *row = json_array_get_object_element (rows, i);
          g_autofree char *path = g_strdup_printf ("$.%s[%u]", tables[t]->name, i);

          if (!check_references (check, tables[t], row, path, error) ||
              !check_audit (tables[t], row, path, error))
            return FALSE;
        }
    }

  return check_references (check, opl_export_schema_get_selection (),
                           json_object_get_object_member (check->root, "selection"), "$.selection", error);
}

/**
 * opl_export_check_document:
 * @root: a document whose records passed the schema
 * @definitions: where the bundle's form definitions go, parsed
 *
 * Returns: whether the records fit together; %FALSE with @error naming the first
 *   row that does not
 */
gboolean
opl_export_check_document (JsonObject  *root,
                           GHashTable  *definitions,
                           GError     **error)
{
  const OplExportTable * const *tables;
  guint n_tables;
  Check check = {
    .root = root,
    .rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref),
    .positions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref),
    .definitions = definitions,
  };
  gboolean ok = TRUE;

  tables = opl_export_schema_get_sections (&n_tables);
  for (guint t = 0; ok && t < n_tables; t++)
    {
      if (tables[t]->has_id && !g_str_equal (tables[t]->name, "practice"))
        ok = index_section (&check, tables[t], error);
    }

  ok = ok && check_nested_ids (&check, "trajecten", "leave_periods", error) &&
       check_nested_ids (&check, "forms", "answers", error) &&
       check_all_references (&check, error) &&
       check_trajecten (&check, error) &&
       check_periods (&check, "closures", error) &&
       check_ticks (&check, error) &&
       check_moments_done (&check, error) &&
       check_leergesprekken (&check, error) &&
       check_definitions (&check, error) &&
       check_forms (&check, error) &&
       check_kpb (&check, error) &&
       check_diensten (&check, error) &&
       check_scholing (&check, error);

  g_hash_table_unref (check.rows);
  g_hash_table_unref (check.positions);
  return ok;
}

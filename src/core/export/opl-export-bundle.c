/* opl-export-bundle.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a bundle is done in stages, each refusing the whole file with a message
 * that says what and where: size, then the bytes (UTF-8, nesting depth, no NUL), then
 * JSON syntax (json-glib), then format and version, then every record against the
 * schema (opl-export-schema.c), then the rules across records (opl-export-check.c).
 * Only a document that passed all of them becomes a bundle.
 */

#define G_LOG_DOMAIN "opl-export"

#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-export-private.h"
#include "opl-export-writer.h"

struct _OplExportBundle
{
  GObject            parent_instance;

  JsonNode          *root_node;
  JsonObject        *root;
  /* section name -> (id -> JsonObject) */
  GHashTable        *indexes;
  /* "id:version" -> OplFormDefinition */
  GHashTable        *definitions;
  GDate              today;
  OplExportScope     scope;
  OplExportSections  sections;
};

G_DEFINE_FINAL_TYPE (OplExportBundle, opl_export_bundle, G_TYPE_OBJECT)

G_DEFINE_QUARK (opl-export-error-quark, opl_export_error)

static const char * const scope_names[] = { "practice", "aios", "year", "opleider" };
static const char * const section_flag_names[] = {
  "moments", "leergesprekken", "checklist", "forms", "kpb", "diensten", "scholing"
};

G_STATIC_ASSERT (G_N_ELEMENTS (section_flag_names) == 7);

static void
opl_export_bundle_finalize (GObject *object)
{
  OplExportBundle *self = (OplExportBundle *)object;

  g_clear_pointer (&self->root_node, json_node_unref);
  g_clear_pointer (&self->indexes, g_hash_table_unref);
  g_clear_pointer (&self->definitions, g_hash_table_unref);

  G_OBJECT_CLASS (opl_export_bundle_parent_class)->finalize (object);
}

static void
opl_export_bundle_class_init (OplExportBundleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_export_bundle_finalize;
}

static void
opl_export_bundle_init (OplExportBundle *self)
{
  self->indexes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref);
  self->definitions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_date_clear (&self->today, 1);
}

/* The first month of the opleidingsjaar (domain.md, "Scholing of the opleider": the
 * LUMC's year runs from 1 September). */
#define YEAR_START_MONTH G_DATE_SEPTEMBER

/**
 * opl_export_year_of_date:
 *
 * Returns: the opleidingsjaar @date falls in, named by the calendar year it starts in
 */
int
opl_export_year_of_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return (int) g_date_get_year (date) - (g_date_get_month (date) < YEAR_START_MONTH ? 1 : 0);
}

/**
 * opl_export_year_bounds:
 * @first: (out caller-allocates): the first day of opleidingsjaar @year
 * @last: (out caller-allocates): its last day
 */
void
opl_export_year_bounds (int    year,
                        GDate *first,
                        GDate *last)
{
  g_date_clear (first, 1);
  g_date_clear (last, 1);
  g_date_set_dmy (first, 1, YEAR_START_MONTH, (GDateYear) year);
  *last = *first;
  g_date_add_years (last, 1);
  g_date_subtract_days (last, 1);
}

const char *
opl_export_scope_to_string (OplExportScope scope)
{
  g_return_val_if_fail (scope <= OPL_EXPORT_SCOPE_OPLEIDER, NULL);

  return scope_names[scope];
}

/**
 * opl_export_section_to_string:
 * @section: one flag of #OplExportSections
 *
 * Returns: its name in the document's "selection.sections"
 */
const char *
opl_export_section_to_string (OplExportSections section)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_flag_names); i++)
    {
      if (section == (OplExportSections) (1 << i))
        return section_flag_names[i];
    }

  g_return_val_if_reached (NULL);
}

static void
build_indexes (OplExportBundle *self)
{
  const OplExportTable * const *tables;
  guint n_tables;

  tables = opl_export_schema_get_sections (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    {
      GHashTable *index;
      JsonArray *rows;

      if (!tables[i]->has_id || !json_object_has_member (self->root, tables[i]->name) ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (self->root, tables[i]->name)))
        continue;

      index = g_hash_table_new (g_str_hash, g_str_equal);
      rows = json_object_get_array_member (self->root, tables[i]->name);
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonObject *row = json_array_get_object_element (rows, r);

          g_hash_table_insert (index, (gpointer) json_object_get_string_member (row, "id"), row);
        }
      g_hash_table_insert (self->indexes, (gpointer) tables[i]->name, index);
    }
}

static void
read_selection (OplExportBundle *self)
{
  JsonObject *selection = opl_export_bundle_get_selection (self);
  const char *scope = opl_export_record_get_string (selection, "scope");
  JsonArray *sections = opl_export_record_get_array (selection, "sections");

  opl_date_parse_iso (json_object_get_string_member (self->root, "today"), &self->today);

  for (guint i = 0; i < G_N_ELEMENTS (scope_names); i++)
    {
      if (g_strcmp0 (scope, scope_names[i]) == 0)
        self->scope = (OplExportScope) i;
    }

  self->sections = 0;
  for (guint i = 0; sections != NULL && i < json_array_get_length (sections); i++)
    {
      const char *name = json_array_get_string_element (sections, i);

      for (guint f = 0; f < G_N_ELEMENTS (section_flag_names); f++)
        {
          if (g_strcmp0 (name, section_flag_names[f]) == 0)
            self->sections |= 1 << f;
        }
    }
}

/**
 * opl_export_bundle_new_from_root:
 * @root: a document whose every record passed opl_export_schema_check_record(), its
 *   members in schema order
 *
 * Checks the rules across records and makes the bundle.
 *
 * Returns: (transfer full): the bundle, or %NULL with @error set
 */
OplExportBundle *
opl_export_bundle_new_from_root (JsonObject  *root,
                                 GError     **error)
{
  g_autoptr(OplExportBundle) self = g_object_new (OPL_TYPE_EXPORT_BUNDLE, NULL);

  self->root_node = json_node_init_object (json_node_alloc (), root);
  self->root = json_node_get_object (self->root_node);

  if (!opl_export_check_document (self->root, self->definitions, error))
    return NULL;

  build_indexes (self);
  read_selection (self);
  json_node_seal (self->root_node);
  return g_steal_pointer (&self);
}

#define ONE_LINE_MAX 300

char *
opl_export_one_line (const char *text)
{
  GString *out = g_string_new (NULL);
  glong n = 0;

  for (const char *p = text; *p != '\0' && n < ONE_LINE_MAX; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  if (n >= ONE_LINE_MAX && *g_utf8_offset_to_pointer (text, n) != '\0')
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* ---- reading a file --------------------------------------------------------------- */

/* What prescan() found that only the parsed document can say the place of: the first
 * number JSON does not allow, by its place among the document's numbers. */
typedef struct
{
  guint  bad_number;          /* 1-based, among every number of the text; 0: none */
  guint  bad_number_line;
  char  *bad_number_text;
  /* The text with every such number written as 0 (and spaces), so that json-glib reads
   * it through and says where the bad one is (it refuses 08 and 09 as octal). */
  char  *patched;
} ScanFindings;

static void
scan_findings_clear (ScanFindings *findings)
{
  g_clear_pointer (&findings->bad_number_text, g_free);
  g_clear_pointer (&findings->patched, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScanFindings, scan_findings_clear)

/* Whether @text (@length bytes) is a number as JSON writes it: -?(0|[1-9][0-9]*),
 * then optionally .[0-9]+, then optionally [eE][+-]?[0-9]+. */
static gboolean
is_json_number (const char *text,
                gsize       length)
{
  gsize i = 0;

  if (i < length && text[i] == '-')
    i++;
  if (i < length && text[i] == '0')
    i++;
  else if (i < length && text[i] >= '1' && text[i] <= '9')
    {
      while (i < length && g_ascii_isdigit (text[i]))
        i++;
    }
  else
    return FALSE;

  if (i < length && text[i] == '.')
    {
      if (++i >= length || !g_ascii_isdigit (text[i]))
        return FALSE;
      while (i < length && g_ascii_isdigit (text[i]))
        i++;
    }

  if (i < length && (text[i] == 'e' || text[i] == 'E'))
    {
      if (++i < length && (text[i] == '+' || text[i] == '-'))
        i++;
      if (i >= length || !g_ascii_isdigit (text[i]))
        return FALSE;
      while (i < length && g_ascii_isdigit (text[i]))
        i++;
    }

  return i == length;
}

static gboolean
is_number_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '+' || c == '-';
}

static gboolean
not_json (GError     **error,
          const char  *message)
{
  g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE, message);
  return FALSE;
}

/* Looks at the bytes before json-glib does: valid UTF-8 without NUL, no "\u0000" in a
 * string (it would end the text early), nesting no deeper than the schema needs (a
 * parser recursing on "[[[[..." would use the stack up), and what json-glib takes but
 * JSON is not (issue 17): comments, strings in single quotes, text after the document,
 * and numbers such as 007 (octal: 7), 010 (8), 0x10, .5 or 1. (@findings). */
static gboolean
prescan (const char    *data,
         gsize          length,
         ScanFindings  *findings,
         GError       **error)
{
  const char *end = NULL;
  gboolean in_string = FALSE, ended = FALSE;
  guint depth = 0, line = 1, n_numbers = 0;

  if (!g_utf8_validate (data, (gssize) length, &end))
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE,
                   _("Byte %zu is not valid UTF-8 text (or a NUL byte)"), (size_t) (end - data));
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      g_autofree char *message = NULL;
      char c = data[i];

      if (c == '\n')
        line++;
      if (in_string)
        {
          if (c == '\\' && i + 1 < length)
            {
              if (data[i + 1] == 'u' && i + 5 < length && strncmp (data + i + 2, "0000", 4) == 0)
                {
                  g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID,
                               _("Line %u: a string holds a NUL character (\\u0000)"), line);
                  return FALSE;
                }
              i++;
            }
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        continue;

      /* The problems below come after a refused number: that one is reported. */
      if (ended)
        /* Translators: %u is a line of the bundle's JSON text */
        message = g_strdup_printf (_("Line %u: more text after the end of the document"), line);
      else if (c == '/')
        /* Translators: %u is a line of the bundle's JSON text */
        message = g_strdup_printf (_("Line %u: a comment; JSON has none"), line);
      else if (c == '\'')
        /* Translators: %u is a line of the bundle's JSON text */
        message = g_strdup_printf (_("Line %u: a string in single quotes; JSON writes strings in double quotes"), line);
      if (message != NULL)
        return findings->bad_number > 0 || not_json (error, message);

      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > OPL_EXPORT_MAX_DEPTH)
            {
              g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_TOO_LARGE,
                           _("Line %u: nested more than %d levels deep"), line, OPL_EXPORT_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        ended = --depth == 0;
      else if (g_ascii_isdigit (c) || c == '-' || c == '+' || c == '.')
        {
          gsize start = i;

          while (i + 1 < length && is_number_char (data[i + 1]))
            i++;
          n_numbers++;
          if (is_json_number (data + start, i + 1 - start))
            continue;

          if (findings->bad_number == 0)
            {
              findings->bad_number = n_numbers;
              findings->bad_number_line = line;
              findings->bad_number_text = g_strndup (data + start, MIN (i + 1 - start, 40));
              findings->patched = g_memdup2 (data, length);
            }
          findings->patched[start] = '0';
          memset (findings->patched + start + 1, ' ', i - start);
        }
      else if (g_ascii_isalpha (c))
        {
          /* true, false, null; json-glib refuses any other word. */
          while (i + 1 < length && (g_ascii_isalnum (data[i + 1]) || data[i + 1] == '_'))
            i++;
        }
    }

  return TRUE;
}

/* ---- what json-glib does not say -------------------------------------------------- */

/* json-glib keeps the last of two members of one name without a word, and reads 007 as
 * the number 7. A parser of its own sees every member and element as it is parsed: a
 * name seen twice leaves the object a member short of the members parsed into it, and
 * the numbers are counted, to find the one prescan() refused. Where either is in the
 * document is only known once the document is whole (find_paths()). */
#define OPL_TYPE_BUNDLE_PARSER (opl_bundle_parser_get_type ())

G_DECLARE_FINAL_TYPE (OplBundleParser, opl_bundle_parser, OPL, BUNDLE_PARSER, JsonParser)

/* At most this many problems are kept; one of them is reported. */
#define MAX_FINDINGS 100

typedef struct
{
  /* A JsonObject or JsonArray (a reference: one that a later member of the same name
   * replaces must not be freed, or another could take its address). */
  gpointer  container;
  gboolean  is_object;
  char     *member;
  guint     index;
  gboolean  duplicate;
} Finding;

struct _OplBundleParser
{
  JsonParser  parent_instance;

  /* The members parsed into each object being parsed, the innermost last. */
  GArray     *n_members;
  guint       n_numbers;
  guint       bad_number;
  GArray     *findings;
};

G_DEFINE_FINAL_TYPE (OplBundleParser, opl_bundle_parser, JSON_TYPE_PARSER)

static void
finding_clear (Finding *finding)
{
  if (finding->is_object)
    g_clear_pointer ((JsonObject **) &finding->container, json_object_unref);
  else
    g_clear_pointer ((JsonArray **) &finding->container, json_array_unref);
  g_clear_pointer (&finding->member, g_free);
}

static void
add_finding (OplBundleParser *self,
             gpointer         container,
             gboolean         is_object,
             const char      *member,
             guint            index,
             gboolean         duplicate)
{
  Finding finding = { NULL, is_object, g_strdup (member), index, duplicate };

  if (self->findings->len >= MAX_FINDINGS)
    {
      g_free (finding.member);
      return;
    }

  finding.container = is_object ? (gpointer) json_object_ref (container) : (gpointer) json_array_ref (container);
  g_array_append_val (self->findings, finding);
}

static void
count_number (OplBundleParser *self,
              JsonNode        *node,
              gpointer         container,
              gboolean         is_object,
              const char      *member,
              guint            index)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return;

  type = json_node_get_value_type (node);
  if ((type == G_TYPE_INT64 || type == G_TYPE_DOUBLE) && ++self->n_numbers == self->bad_number)
    add_finding (self, container, is_object, member, index, FALSE);
}

static void
opl_bundle_parser_object_start (JsonParser *parser)
{
  OplBundleParser *self = OPL_BUNDLE_PARSER (parser);
  guint zero = 0;

  g_array_append_val (self->n_members, zero);
}

static void
opl_bundle_parser_object_member (JsonParser *parser,
                                 JsonObject *object,
                                 const char *name)
{
  OplBundleParser *self = OPL_BUNDLE_PARSER (parser);
  guint *n_members;

  g_return_if_fail (self->n_members->len > 0);

  n_members = &g_array_index (self->n_members, guint, self->n_members->len - 1);
  if (json_object_get_size (object) < ++*n_members)
    {
      add_finding (self, object, TRUE, name, 0, TRUE);
      /* Counted again from what the object holds, so that the next member is not one. */
      *n_members = json_object_get_size (object);
    }

  count_number (self, json_object_get_member (object, name), object, TRUE, name, 0);
}

static void
opl_bundle_parser_object_end (JsonParser *parser,
                              JsonObject *object)
{
  OplBundleParser *self = OPL_BUNDLE_PARSER (parser);

  g_return_if_fail (self->n_members->len > 0);

  g_array_set_size (self->n_members, self->n_members->len - 1);
}

static void
opl_bundle_parser_array_element (JsonParser *parser,
                                 JsonArray  *array,
                                 int         index)
{
  OplBundleParser *self = OPL_BUNDLE_PARSER (parser);

  count_number (self, json_array_get_element (array, (guint) index), array, FALSE, NULL, (guint) index);
}

static void
opl_bundle_parser_finalize (GObject *object)
{
  OplBundleParser *self = (OplBundleParser *)object;

  g_clear_pointer (&self->n_members, g_array_unref);
  g_clear_pointer (&self->findings, g_array_unref);

  G_OBJECT_CLASS (opl_bundle_parser_parent_class)->finalize (object);
}

static void
opl_bundle_parser_class_init (OplBundleParserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  JsonParserClass *parser_class = JSON_PARSER_CLASS (klass);

  object_class->finalize = opl_bundle_parser_finalize;

  parser_class->object_start = opl_bundle_parser_object_start;
  parser_class->object_member = opl_bundle_parser_object_member;
  parser_class->object_end = opl_bundle_parser_object_end;
  parser_class->array_element = opl_bundle_parser_array_element;
}

static void
opl_bundle_parser_init (OplBundleParser *self)
{
  self->n_members = g_array_new (FALSE, FALSE, sizeof (guint));
  self->findings = g_array_new (FALSE, TRUE, sizeof (Finding));
  g_array_set_clear_func (self->findings, (GDestroyNotify) finding_clear);
}

/* Fills @paths (container -> its JSON path) for the containers of @findings under @node,
 * which is at @path. */
static void
find_paths (JsonNode   *node,
            GString    *path,
            GHashTable *paths)
{
  gsize length = path->len;
  gpointer container;

  if (JSON_NODE_HOLDS_OBJECT (node))
    container = json_node_get_object (node);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    container = json_node_get_array (node);
  else
    return;

  if (g_hash_table_contains (paths, container) && g_hash_table_lookup (paths, container) == NULL)
    g_hash_table_insert (paths, container, g_strdup (path->str));

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, container);
      while (json_object_iter_next (&iter, &name, &member))
        {
          g_autofree char *shown = opl_export_one_line (name);

          g_string_append_printf (path, ".%s", shown);
          find_paths (member, path, paths);
          g_string_truncate (path, length);
        }
    }
  else
    {
      for (guint i = 0; i < json_array_get_length (container); i++)
        {
          g_string_append_printf (path, "[%u]", i);
          find_paths (json_array_get_element (container, i), path, paths);
          g_string_truncate (path, length);
        }
    }
}

static void
set_bad_number_error (GError     **error,
                      const char  *where,
                      const char  *text)
{
  g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID,
               /* Translators: the first %s is a JSON path ($.people[2].opleider_since) or a
                * line, the second what the file has there (007) */
               _("%s: “%s” is not a number as JSON writes it (no leading zeros, no “+”, no hexadecimal, "
                 "digits on both sides of a point)"),
               where, text);
}

/* Refuses @root for the first of @parser's findings that is in it, or for the first of
 * them when none is (each was in a member replaced by a later one of the same name,
 * which is then a finding too; unless there were more than MAX_FINDINGS). */
static void
report_finding (OplBundleParser  *parser,
                JsonNode         *root,
                const char       *bad_number_text,
                GError          **error)
{
  g_autoptr(GHashTable) paths = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GString) path = g_string_new ("$");
  g_autofree char *where = NULL;
  Finding *finding = &g_array_index (parser->findings, Finding, 0);
  const char *container_path;

  for (guint i = 0; i < parser->findings->len; i++)
    g_hash_table_insert (paths, g_array_index (parser->findings, Finding, i).container, NULL);
  find_paths (root, path, paths);

  for (guint i = 0; i < parser->findings->len; i++)
    {
      Finding *candidate = &g_array_index (parser->findings, Finding, i);

      if (g_hash_table_lookup (paths, candidate->container) != NULL)
        {
          finding = candidate;
          break;
        }
    }

  container_path = g_hash_table_lookup (paths, finding->container);
  if (container_path == NULL)
    container_path = "$";

  if (finding->is_object)
    {
      g_autofree char *shown = opl_export_one_line (finding->member);

      where = g_strdup_printf ("%s.%s", container_path, shown);
    }
  else
    where = g_strdup_printf ("%s[%u]", container_path, finding->index);

  if (finding->duplicate)
    g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID,
                 /* Translators: %s is a JSON path ($.people[2].name) */
                 _("%s: the object has more than one member of this name"), where);
  else
    set_bad_number_error (error, where, bad_number_text);
}

static JsonNode *
parse_json (const char    *data,
            gsize          length,
            ScanFindings  *findings,
            GError       **error)
{
  g_autoptr(OplBundleParser) parser = g_object_new (OPL_TYPE_BUNDLE_PARSER, NULL);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;

  parser->bad_number = findings->bad_number;
  if (!json_parser_load_from_data (JSON_PARSER (parser), findings->patched != NULL ? findings->patched : data,
                                   (gssize) length, &local_error))
    {
      g_autofree char *message = opl_export_one_line (local_error->message);

      /* The number comes first: prescan() met it before json-glib's problem. */
      if (findings->bad_number > 0)
        {
          /* Translators: %u is a line of the bundle's JSON text */
          g_autofree char *line = g_strdup_printf (_("Line %u"), findings->bad_number_line);

          set_bad_number_error (error, line, findings->bad_number_text);
          return NULL;
        }

      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE,
                   /* Translators: %s is json-glib's message, with the line and column */
                   _("Not a bundle: the JSON is malformed or cut short (%s)"), message);
      return NULL;
    }

  root = json_parser_steal_root (JSON_PARSER (parser));
  if (root == NULL)
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE,
                           _("Not a bundle: the file is empty"));
      return NULL;
    }

  if (parser->findings->len > 0)
    {
      report_finding (parser, root, findings->bad_number_text, error);
      return NULL;
    }

  return g_steal_pointer (&root);
}

static gboolean
check_format (JsonObject  *root,
              GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), OPL_EXPORT_FORMAT_NAME) != 0)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE,
                   _("$.format: not an Opleidingspraktijk bundle (“format” must be “%s”)"),
                   OPL_EXPORT_FORMAT_NAME);
      return FALSE;
    }

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_VERSION,
                           _("$.version: missing or not a whole number"));
      return FALSE;
    }

  if (json_node_get_int (version) != OPL_EXPORT_FORMAT_VERSION)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_VERSION,
                   _("$.version: the bundle is of version %lld; this version of the app "
                     "reads version %d"), (long long) json_node_get_int (version), OPL_EXPORT_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_root_member (const char *name)
{
  static const char * const fixed[] = { "format", "version", "exported_at", "today", "selection", NULL };

  return g_strv_contains (fixed, name) || opl_export_schema_lookup (name) != NULL;
}

static gboolean
copy_fixed_members (JsonObject  *root,
                    JsonObject  *out,
                    GError     **error)
{
  const char *exported_at = NULL, *today = NULL;
  JsonNode *node;
  JsonObject *selection;
  GDate date;

  node = json_object_get_member (root, "exported_at");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    exported_at = json_node_get_string (node);
  if (exported_at == NULL || !opl_export_is_timestamp (exported_at))
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID,
                           _("$.exported_at: missing, or not a time written as YYYY-MM-DDTHH:MM:SSZ"));
      return FALSE;
    }
  if (!opl_export_check_date_range (exported_at, "$.exported_at", error))
    return FALSE;

  node = json_object_get_member (root, "today");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    today = json_node_get_string (node);
  if (today == NULL || !opl_date_parse_iso (today, &date))
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID,
                           _("$.today: missing, or not a real date written as YYYY-MM-DD"));
      return FALSE;
    }
  if (!opl_export_check_date_range (today, "$.today", error))
    return FALSE;

  node = json_object_get_member (root, "selection");
  if (node == NULL)
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID, _("$.selection: missing"));
      return FALSE;
    }
  selection = opl_export_schema_check_record (opl_export_schema_get_selection (), node, "$.selection", error);
  if (selection == NULL)
    return FALSE;

  json_object_set_string_member (out, "format", OPL_EXPORT_FORMAT_NAME);
  json_object_set_int_member (out, "version", OPL_EXPORT_FORMAT_VERSION);
  json_object_set_string_member (out, "exported_at", exported_at);
  json_object_set_string_member (out, "today", today);
  json_object_set_object_member (out, "selection", selection);
  return TRUE;
}

static gboolean
copy_section (JsonObject            *root,
              const OplExportTable  *table,
              JsonObject            *out,
              GError               **error)
{
  g_autofree char *path = g_strconcat ("$.", table->name, NULL);
  g_autoptr(JsonArray) rows = json_array_new ();
  JsonNode *node = json_object_get_member (root, table->name);
  JsonArray *array;

  if (node == NULL)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID, _("%s: missing"), path);
      return FALSE;
    }

  if (g_str_equal (table->name, "practice"))
    {
      JsonObject *practice = opl_export_schema_check_record (table, node, path, error);

      if (practice == NULL)
        return FALSE;
      json_object_set_object_member (out, table->name, practice);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID, _("%s: expected an array"), path);
      return FALSE;
    }

  array = json_node_get_array (node);
  if (json_array_get_length (array) > OPL_EXPORT_MAX_ROWS)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_TOO_LARGE,
                   _("%s: %u rows; a bundle holds at most %d in one list"),
                   path, json_array_get_length (array), OPL_EXPORT_MAX_ROWS);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s[%u]", path, i);
      JsonObject *row = opl_export_schema_check_record (table, json_array_get_element (array, i), where, error);

      if (row == NULL)
        return FALSE;
      json_array_add_object_element (rows, row);
    }

  json_object_set_array_member (out, table->name, g_steal_pointer (&rows));
  return TRUE;
}

/* The document with every record checked, its members in schema order. */
static JsonObject *
check_root (JsonObject  *root,
            GError     **error)
{
  g_autoptr(JsonObject) out = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (root);
  const OplExportTable * const *tables;
  guint n_tables;

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!is_root_member (l->data))
        {
          g_autofree char *name = opl_export_one_line (l->data);

          g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID, _("$.%s: unknown member"), name);
          return NULL;
        }
    }

  if (!copy_fixed_members (root, out, error))
    return NULL;

  tables = opl_export_schema_get_sections (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    {
      if (!copy_section (root, tables[i], out, error))
        return NULL;
    }

  return g_steal_pointer (&out);
}

/**
 * opl_export_bundle_new_from_data:
 * @data: a bundle's JSON text (not necessarily NUL-terminated)
 *
 * Checks the document completely (see the top of this file).
 *
 * Returns: (transfer full): the bundle, or %NULL with @error (#OPL_EXPORT_ERROR) set
 *   to a message that names the JSON path of the first problem
 */
OplExportBundle *
opl_export_bundle_new_from_data (const char  *data,
                                 gsize        length,
                                 GError     **error)
{
  g_auto(ScanFindings) findings = { 0 };
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonObject) root = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > OPL_EXPORT_MAX_BYTES)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_TOO_LARGE,
                   _("The bundle is %zu MB; at most %d MB is read"),
                   (size_t) (length / (1024 * 1024)), OPL_EXPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!prescan (data, length, &findings, error) || (node = parse_json (data, length, &findings, error)) == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE,
                           _("$: not an Opleidingspraktijk bundle (the document is not an object)"));
      return NULL;
    }

  if (!check_format (json_node_get_object (node), error))
    return NULL;

  root = check_root (json_node_get_object (node), error);
  if (root == NULL)
    return NULL;

  return opl_export_bundle_new_from_root (root, error);
}

static gboolean
is_bundle_entry (const char *pathname)
{
  const char *slash = strchr (pathname, '/');

  if (g_str_equal (pathname, OPL_EXPORT_JSON_NAME))
    return TRUE;

  /* One folder deep: a zip made of the bundle's folder. */
  return slash != NULL && strchr (slash + 1, '/') == NULL && g_str_equal (slash + 1, OPL_EXPORT_JSON_NAME);
}

/* Reads export.json out of a zip, never more than OPL_EXPORT_MAX_BYTES + 1 bytes. */
static GBytes *
read_zip (const char  *path,
          GError     **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  g_autoptr(GByteArray) contents = NULL;
  int rc;

  archive_read_support_format_zip (archive);
  archive_read_support_filter_none (archive);
  rc = archive_read_open_filename (archive, path, 64 * 1024);

  while (rc == ARCHIVE_OK && (rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      char buffer[64 * 1024];
      la_ssize_t n;

      if (!is_bundle_entry (archive_entry_pathname (entry)))
        continue;

      contents = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          g_byte_array_append (contents, (const guint8 *) buffer, (guint) n);
          if (contents->len > OPL_EXPORT_MAX_BYTES)
            break;
        }
      rc = n < 0 ? (int) n : ARCHIVE_EOF;
      break;
    }

  if (rc != ARCHIVE_EOF)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE,
                   _("“%s” is not a readable zip: %s"), path,
                   archive_error_string (archive) != NULL ? archive_error_string (archive) : _("damaged"));
      archive_read_free (archive);
      return NULL;
    }
  archive_read_free (archive);

  if (contents == NULL)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE,
                   _("The zip “%s” holds no %s"), path, OPL_EXPORT_JSON_NAME);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

static GBytes *
read_plain (const char  *path,
            GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/**
 * opl_export_bundle_new_from_file:
 * @path: a bundle's export.json, or a zip holding one (at its top or in one folder)
 *
 * Refuses a file over %OPL_EXPORT_MAX_BYTES before reading it, then reads it as
 * opl_export_bundle_new_from_data() does.
 *
 * Returns: (transfer full): the bundle, or %NULL with @error set
 */
OplExportBundle *
opl_export_bundle_new_from_file (const char  *path,
                                 GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char magic[4] = { 0 };
  FILE *stream;
  gsize length;
  const char *data;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, _("Cannot read “%s”: %s"), path, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_NOT_A_BUNDLE,
                   _("“%s” is not a file (give the bundle’s %s or its zip)"), path, OPL_EXPORT_JSON_NAME);
      return NULL;
    }
  if (g_file_info_get_size (info) > OPL_EXPORT_MAX_BYTES)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_TOO_LARGE,
                   _("“%s” is %lld MB; at most %d MB is read"), path,
                   (long long) (g_file_info_get_size (info) / (1024 * 1024)), OPL_EXPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  stream = fopen (path, "rb");
  if (stream != NULL)
    {
      if (fread (magic, 1, sizeof magic, stream) != sizeof magic)
        memset (magic, 0, sizeof magic);
      fclose (stream);
    }

  if (memcmp (magic, "PK\003\004", 4) == 0 || memcmp (magic, "PK\005\006", 4) == 0)
    bytes = read_zip (path, error);
  else
    bytes = read_plain (path, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return opl_export_bundle_new_from_data (data != NULL ? data : "", length, error);
}

/* ---- the canonical text ----------------------------------------------------------- */

static void
append_string (GString    *out,
               const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape;

      switch (c)
        {
        case '"':
          escape = "\\\"";
          break;
        case '\\':
          escape = "\\\\";
          break;
        case '\n':
          escape = "\\n";
          break;
        case '\r':
          escape = "\\r";
          break;
        case '\t':
          escape = "\\t";
          break;
        case '\b':
          escape = "\\b";
          break;
        case '\f':
          escape = "\\f";
          break;
        default:
          escape = NULL;
        }

      if (escape == NULL && c >= 0x20)
        continue;

      /* The characters before this one as they are, in one go (issue 19). */
      g_string_append_len (out, run, p - run);
      run = p + 1;
      if (escape != NULL)
        g_string_append (out, escape);
      else
        g_string_append_printf (out, "\\u%04x", c);
    }
  g_string_append_len (out, run, strlen (run));
  g_string_append_c (out, '"');
}

/**
 * opl_export_append_double:
 *
 * The shortest text that reads back as @value, with a decimal point: 1.0, 0.6, 0.75.
 */
void
opl_export_append_double (GString *out,
                          double   value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (text, sizeof text, format, value);
      if (g_ascii_strtod (text, NULL) == value)
        break;
    }

  g_string_append (out, text);
  if (strpbrk (text, ".eEni") == NULL)
    g_string_append (out, ".0");
}

static gboolean
is_scalar_array (JsonArray *array)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element) || JSON_NODE_HOLDS_ARRAY (element))
        return FALSE;
    }

  return TRUE;
}

static void append_node (GString  *out,
                         JsonNode *node,
                         guint     indent);

static void
append_indent (GString *out,
               guint    indent)
{
  gsize length = out->len;

  g_string_set_size (out, length + indent);
  memset (out->str + length, ' ', indent);
}

static void
append_object (GString    *out,
               JsonObject *object,
               guint       indent)
{
  g_autoptr(GList) members = json_object_get_members (object);

  if (members == NULL)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append (out, "{\n");
  for (GList *l = members; l != NULL; l = l->next)
    {
      append_indent (out, indent + 2);
      append_string (out, l->data);
      g_string_append (out, ": ");
      append_node (out, json_object_get_member (object, l->data), indent + 2);
      g_string_append (out, l->next != NULL ? ",\n" : "\n");
    }
  append_indent (out, indent);
  g_string_append_c (out, '}');
}

static void
append_array (GString   *out,
              JsonArray *array,
              guint      indent)
{
  guint length = json_array_get_length (array);

  if (length == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  /* A list of values on one line ("who": ["aios", "opleider"]), rows one per block. */
  if (is_scalar_array (array))
    {
      g_string_append_c (out, '[');
      for (guint i = 0; i < length; i++)
        {
          append_node (out, json_array_get_element (array, i), indent);
          if (i + 1 < length)
            g_string_append (out, ", ");
        }
      g_string_append_c (out, ']');
      return;
    }

  g_string_append (out, "[\n");
  for (guint i = 0; i < length; i++)
    {
      append_indent (out, indent + 2);
      append_node (out, json_array_get_element (array, i), indent + 2);
      g_string_append (out, i + 1 < length ? ",\n" : "\n");
    }
  append_indent (out, indent);
  g_string_append_c (out, ']');
}

static void
append_node (GString  *out,
             JsonNode *node,
             guint     indent)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      append_object (out, json_node_get_object (node), indent);
      return;
    case JSON_NODE_ARRAY:
      append_array (out, json_node_get_array (node), indent);
      return;
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      return;
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      opl_export_append_double (out, json_node_get_double (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_STRING:
      append_string (out, json_node_get_string (node));
      break;
    default:
      g_assert_not_reached ();
    }
}

char *
opl_export_node_to_json (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  append_node (out, node, 0);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/**
 * opl_export_bundle_to_json:
 *
 * Returns: (transfer full): the document's canonical text: 2-space indentation, members
 *   in schema order, lists of values on one line, '\n' line ends and a final newline
 */
char *
opl_export_bundle_to_json (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  return opl_export_node_to_json (self->root_node);
}

/* ---- getters ---------------------------------------------------------------------- */

JsonObject *
opl_export_bundle_get_root (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  return self->root;
}

JsonObject *
opl_export_bundle_get_practice (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  return json_object_get_object_member (self->root, "practice");
}

JsonObject *
opl_export_bundle_get_selection (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  return json_object_get_object_member (self->root, "selection");
}

OplExportScope
opl_export_bundle_get_scope (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), OPL_EXPORT_SCOPE_PRACTICE);

  return self->scope;
}

OplExportSections
opl_export_bundle_get_sections (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), 0);

  return self->sections;
}

const GDate *
opl_export_bundle_get_today (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  return &self->today;
}

const char *
opl_export_bundle_get_exported_at (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  return json_object_get_string_member (self->root, "exported_at");
}

/**
 * opl_export_bundle_get_n_omitted_private:
 *
 * Returns: how many private forms the exporting profile could not see and so were
 *   left out (design.md §7); the first page of the PDF says so
 */
guint
opl_export_bundle_get_n_omitted_private (OplExportBundle *self)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), 0);

  return (guint) opl_export_record_get_int (opl_export_bundle_get_selection (self), "omitted_private_forms", 0);
}

/**
 * opl_export_bundle_get_section:
 * @section: a section's name, e.g. %OPL_EXPORT_FORMS
 *
 * Returns: (transfer none): its rows in the document's order; an empty array for a
 *   name that is not a list section
 */
JsonArray *
opl_export_bundle_get_section (OplExportBundle *self,
                               const char      *section)
{
  static JsonArray *empty;
  JsonNode *node;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  node = json_object_get_member (self->root, section);
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, json_array_new ());
  return empty;
}

/**
 * opl_export_bundle_lookup:
 *
 * Returns: (transfer none) (nullable): the row of @section with "id" @id
 */
JsonObject *
opl_export_bundle_lookup (OplExportBundle *self,
                          const char      *section,
                          const char      *id)
{
  GHashTable *index;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  index = g_hash_table_lookup (self->indexes, section);
  if (index == NULL || id == NULL)
    return NULL;

  return g_hash_table_lookup (index, id);
}

/**
 * opl_export_bundle_get_person_name:
 *
 * Returns: the name of the person with @person_id, or "" when the bundle has none
 */
const char *
opl_export_bundle_get_person_name (OplExportBundle *self,
                                   const char      *person_id)
{
  JsonObject *person = opl_export_bundle_lookup (self, OPL_EXPORT_PEOPLE, person_id);

  return person != NULL ? json_object_get_string_member (person, "name") : "";
}

/**
 * opl_export_bundle_get_form_definition:
 *
 * Returns: (transfer none) (nullable): the definition as the bundle holds it (its own
 *   text, parsed), for the item texts and scale labels of a form
 */
OplFormDefinition *
opl_export_bundle_get_form_definition (OplExportBundle *self,
                                       const char      *definition_id,
                                       int              version)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), NULL);

  key = opl_export_definition_key (definition_id, version);
  return g_hash_table_lookup (self->definitions, key);
}

GPtrArray *
opl_export_bundle_filter (OplExportBundle *self,
                          const char      *section,
                          const char      *member,
                          const char      *value)
{
  GPtrArray *rows = g_ptr_array_new ();
  JsonArray *array;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (self), rows);

  array = opl_export_bundle_get_section (self, section);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *row = json_array_get_object_element (array, i);

      if (g_strcmp0 (opl_export_record_get_string (row, member), value) == 0)
        g_ptr_array_add (rows, row);
    }

  return rows;
}

/* ---- records ---------------------------------------------------------------------- */

static JsonNode *
value_member (JsonObject *record,
              const char *member)
{
  JsonNode *node;

  if (record == NULL)
    return NULL;

  node = json_object_get_member (record, member);
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? node : NULL;
}

const char *
opl_export_record_get_string (JsonObject *record,
                              const char *member)
{
  JsonNode *node = value_member (record, member);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

gint64
opl_export_record_get_int (JsonObject *record,
                           const char *member,
                           gint64      fallback)
{
  JsonNode *node = value_member (record, member);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_INT64 ? json_node_get_int (node) : fallback;
}

double
opl_export_record_get_double (JsonObject *record,
                              const char *member,
                              double      fallback)
{
  JsonNode *node = value_member (record, member);

  if (node == NULL)
    return fallback;
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return json_node_get_double (node);
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return (double) json_node_get_int (node);
  return fallback;
}

gboolean
opl_export_record_get_boolean (JsonObject *record,
                               const char *member)
{
  JsonNode *node = value_member (record, member);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

/**
 * opl_export_record_get_date:
 * @date: (out caller-allocates): the date, or a cleared one
 *
 * Returns: whether @member holds a date
 */
gboolean
opl_export_record_get_date (JsonObject *record,
                            const char *member,
                            GDate      *date)
{
  return opl_date_parse_iso (opl_export_record_get_string (record, member), date);
}

JsonArray *
opl_export_record_get_array (JsonObject *record,
                             const char *member)
{
  JsonNode *node = record != NULL ? json_object_get_member (record, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

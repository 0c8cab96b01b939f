/* opl-institute.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An institute profile (design.md §3) is a JSON file: data/institutes/<id>.json in the
 * core resource for the shipped ones (LUMC, the default), or a file an institute
 * supplies. It holds the institute's name, the secretariat's mail address, the
 * opleidingsjaar, the scholing requirements and the quality cycle's numbers
 * (domain.md, "Scholing of the opleider", "Quality cycle of the opleider"), and the
 * LEOh moments. A malformed profile is refused whole, with a message that names the
 * file and the problem.
 */

#define G_LOG_DOMAIN "opl-institute"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "opl-core-resources.h"
#include "opl-institute.h"

#define INSTITUTES_RESOURCE "/io/github/opleidingspraktijk/Opleidingspraktijk/data/institutes/"

/* Limits that keep a profile sensible. */
#define MAX_DAYS 60.0
#define MAX_YEARS 40

typedef struct
{
  char *id;
  char *title;
} Alternative;

struct _OplInstitute
{
  GObject           parent_instance;

  char             *id;
  int               version;
  char             *name;
  char             *email;
  gboolean          email_placeholder;
  OplScholingRules  rules;
  char             *leergang_titles[OPL_N_LEERGANGEN + 1];
  GArray           *alternatives;    /* Alternative */
  int               leoh_per_year;
  GArray           *leoh_months[2];  /* int, per phase */

  /* The profile's text as read, its SHA-256, and whether it came with the app. */
  char             *json;
  char             *checksum;
  gboolean          shipped;
};

G_DEFINE_FINAL_TYPE (OplInstitute, opl_institute, G_TYPE_OBJECT)

G_DEFINE_QUARK (opl-institute-error-quark, opl_institute_error)

/* The reader's state: the file's name for messages. */
typedef struct
{
  const char  *name;
  GError     **error;
} Reader;

static void
clear_alternative (gpointer data)
{
  Alternative *alternative = data;

  g_clear_pointer (&alternative->id, g_free);
  g_clear_pointer (&alternative->title, g_free);
}

static void
opl_institute_finalize (GObject *object)
{
  OplInstitute *self = (OplInstitute *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->email, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->leergang_titles); i++)
    g_clear_pointer (&self->leergang_titles[i], g_free);
  g_clear_pointer (&self->alternatives, g_array_unref);
  g_clear_pointer (&self->leoh_months[0], g_array_unref);
  g_clear_pointer (&self->leoh_months[1], g_array_unref);
  g_clear_pointer (&self->json, g_free);
  g_clear_pointer (&self->checksum, g_free);

  G_OBJECT_CLASS (opl_institute_parent_class)->finalize (object);
}

static void
opl_institute_class_init (OplInstituteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_institute_finalize;
}

static void
opl_institute_init (OplInstitute *self)
{
  self->alternatives = g_array_new (FALSE, TRUE, sizeof (Alternative));
  g_array_set_clear_func (self->alternatives, clear_alternative);
  self->leoh_months[0] = g_array_new (FALSE, TRUE, sizeof (int));
  self->leoh_months[1] = g_array_new (FALSE, TRUE, sizeof (int));
}

static gboolean
invalid (Reader     *reader,
         const char *problem)
{
  /* Translators: the first %s is a file name, the second what is wrong with it */
  g_set_error (reader->error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_INVALID,
               _("The institute profile “%s” is not valid: %s"), reader->name, problem);
  return FALSE;
}

static gboolean
invalid_member (Reader     *reader,
                const char *path,
                const char *expected)
{
  /* Translators: the first %s is a place in the file (“scholing.startersdagen”), the
   * second what it must be (“a whole number from 0 to 10”) */
  g_autofree char *problem = g_strdup_printf (_("“%s” must be %s"), path, expected);

  return invalid (reader, problem);
}

static JsonNode *
member_at (JsonObject *object,
           const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (object == NULL || !json_object_has_member (object, parts[i]))
        return NULL;

      node = json_object_get_member (object, parts[i]);
      object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
    }

  return node;
}

static gboolean
is_number (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 ||
          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static gboolean
read_int (Reader     *reader,
          JsonObject *root,
          const char *path,
          int         min,
          int         max,
          int        *value)
{
  JsonNode *node = member_at (root, path);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < min || json_node_get_int (node) > max)
    {
      /* Translators: what a value in a file must be: “a whole number from 0 to 10” */
      g_autofree char *expected = g_strdup_printf (_("a whole number from %d to %d"), min, max);

      return invalid_member (reader, path, expected);
    }

  *value = (int) json_node_get_int (node);
  return TRUE;
}

static gboolean
int_at (Reader     *reader,
        JsonNode   *node,
        const char *path,
        int         min,
        int         max,
        int        *value)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < min || json_node_get_int (node) > max)
    {
      g_autofree char *expected = g_strdup_printf (_("a whole number from %d to %d"), min, max);

      return invalid_member (reader, path, expected);
    }

  *value = (int) json_node_get_int (node);
  return TRUE;
}

/* A number of days: 0 to MAX_DAYS, in half days. */
static gboolean
read_days (Reader     *reader,
           JsonObject *root,
           const char *path,
           double     *value)
{
  JsonNode *node = member_at (root, path);
  double days = is_number (node) ? json_node_get_double (node) : -1.0;

  if (days < 0.0 || days > MAX_DAYS || days * 2.0 != (double) (gint64) (days * 2.0))
    {
      /* Translators: what a value in a file must be; %d is the largest */
      g_autofree char *expected = g_strdup_printf (_("a number of days from 0 to %d, in half days"),
                                                   (int) MAX_DAYS);

      return invalid_member (reader, path, expected);
    }

  *value = days;
  return TRUE;
}

static const char *
read_string (Reader     *reader,
             JsonObject *root,
             const char *path,
             gsize       max_length)
{
  JsonNode *node = member_at (root, path);
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      invalid_member (reader, path, _("a text"));
      return NULL;
    }

  text = json_node_get_string (node);
  if (*text == '\0' || (gsize) g_utf8_strlen (text, -1) > max_length)
    {
      /* Translators: what a value in a file must be; %u is the most characters */
      g_autofree char *expected = g_strdup_printf (_("a text of 1 to %u characters"), (guint) max_length);

      invalid_member (reader, path, expected);
      return NULL;
    }

  return text;
}

static gboolean
read_bool (Reader     *reader,
           JsonObject *root,
           const char *path,
           gboolean    fallback,
           gboolean   *value)
{
  JsonNode *node = member_at (root, path);

  if (node == NULL)
    {
      *value = fallback;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return invalid_member (reader, path, _("true or false"));

  *value = json_node_get_boolean (node);
  return TRUE;
}

static JsonArray *
read_array (Reader     *reader,
            JsonObject *root,
            const char *path,
            guint       min_length,
            guint       max_length)
{
  JsonNode *node = member_at (root, path);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (json_node_get_array (node)) < min_length ||
      json_array_get_length (json_node_get_array (node)) > max_length)
    {
      /* Translators: what a value in a file must be */
      g_autofree char *expected = g_strdup_printf (_("a list of %u to %u entries"), min_length, max_length);

      invalid_member (reader, path, expected);
      return NULL;
    }

  return json_node_get_array (node);
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

/* "09-01": the first day of the opleidingsjaar. */
static gboolean
read_year_start (OplInstitute *self,
                 Reader       *reader,
                 JsonObject   *root)
{
  const char *text = read_string (reader, root, "opleidingsjaar.start", 5);
  unsigned month = 0, day = 0;

  if (text == NULL)
    return FALSE;

  if (strlen (text) != 5 || text[2] != '-' || sscanf (text, "%2u-%2u", &month, &day) != 2 ||
      month < 1 || month > 12 || day < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, 2001))
    return invalid_member (reader, "opleidingsjaar.start", _("a day of the year written as MM-DD, not 29 February"));

  self->rules.year_start_month = (GDateMonth) month;
  self->rules.year_start_day = (GDateDay) day;
  return TRUE;
}

static gboolean
read_role_requirement (OplInstitute *self,
                       Reader       *reader,
                       JsonObject   *root,
                       OplRole       role)
{
  g_autofree char *base = g_strconcat ("scholing.requirement.", opl_role_to_string (role), NULL);
  g_autofree char *days = g_strconcat (base, ".days", NULL);
  g_autofree char *first_year = g_strconcat (base, ".first_year_days", NULL);
  g_autofree char *pro_rata = g_strconcat (base, ".pro_rata", NULL);
  g_autofree char *experienced = g_strconcat (base, ".experienced_from_year", NULL);

  if (!read_days (reader, root, days, &self->rules.days[role]))
    return FALSE;

  self->rules.first_year_days[role] = -1.0;
  if (member_at (root, first_year) != NULL &&
      !read_days (reader, root, first_year, &self->rules.first_year_days[role]))
    return FALSE;

  /* Without it, every opleider of the role counts as experienced. */
  self->rules.experienced_from_year[role] = 0;
  if (member_at (root, experienced) != NULL &&
      !read_int (reader, root, experienced, 0, 50, &self->rules.experienced_from_year[role]))
    return FALSE;

  return read_bool (reader, root, pro_rata, FALSE, &self->rules.pro_rata[role]);
}

static gboolean
read_requirement (OplInstitute *self,
                  Reader       *reader,
                  JsonObject   *root)
{
  const OplRole roles[] = { OPL_ROLE_HOOFDOPLEIDER, OPL_ROLE_DUO_OPLEIDER, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER };
  JsonArray *obligatory;

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      if (!read_role_requirement (self, reader, root, roles[i]))
        return FALSE;
    }

  if (!read_int (reader, root, "scholing.paralleldagen.per_year", 0, 52, &self->rules.paralleldagen))
    return FALSE;

  obligatory = read_array (reader, root, "scholing.paralleldagen.obligatory_for", 0, OPL_N_ROLES);
  if (obligatory == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (obligatory); i++)
    {
      JsonNode *node = json_array_get_element (obligatory, i);
      OplRole role;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          !opl_role_from_string (json_node_get_string (node), &role) || !opl_role_is_opleider (role))
        return invalid_member (reader, "scholing.paralleldagen.obligatory_for",
                               _("a list of opleider roles (hoofdopleider, duo-opleider, plaatsvervangend-opleider)"));

      self->rules.paralleldagen_obligatory[role] = TRUE;
    }

  return read_int (reader, root, "scholing.startersdagen", 0, 10, &self->rules.startersdagen);
}

static gboolean
read_alternatives (OplInstitute *self,
                   Reader       *reader,
                   JsonObject   *root)
{
  JsonArray *alternatives = read_array (reader, root, "scholing.leergang.alternatives", 0, 50);

  if (alternatives == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (alternatives); i++)
    {
      JsonNode *node = json_array_get_element (alternatives, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *path = g_strdup_printf ("scholing.leergang.alternatives[%u]", i);
      g_autoptr(GError) ignored = NULL;
      Reader inner = { reader->name, &ignored };
      const char *id = NULL, *title = NULL;
      Alternative alternative;

      if (object != NULL)
        {
          id = read_string (&inner, object, "id", 64);
          title = id != NULL ? read_string (&inner, object, "title", 100) : NULL;
        }

      if (!is_valid_id (id) || title == NULL || opl_institute_get_alternative_title (self, id) != NULL)
        {
          return invalid_member (reader, path,
                                 _("an object with a unique “id” (lower-case letters, digits and “-”) and a “title”"));
        }

      alternative.id = g_strdup (id);
      alternative.title = g_strdup (title);
      g_array_append_val (self->alternatives, alternative);
    }

  return TRUE;
}

static gboolean
read_leergang (OplInstitute *self,
               Reader       *reader,
               JsonObject   *root)
{
  JsonArray *titles;

  if (!read_int (reader, root, "scholing.leergang.days", 1, OPL_MAX_LEERGANG_DAYS, &self->rules.leergang_days) ||
      !read_days (reader, root, "scholing.leergang.max_missed_days_with_replacement",
                  &self->rules.max_missed_with_replacement) ||
      !read_int (reader, root, "scholing.leergang.certificate_after", 1, OPL_N_LEERGANGEN - 1,
                 &self->rules.certificate_after))
    return FALSE;

  if (self->rules.max_missed_with_replacement >= self->rules.leergang_days)
    return invalid_member (reader, "scholing.leergang.max_missed_days_with_replacement",
                           _("fewer days than a leergang has"));

  titles = read_array (reader, root, "scholing.leergang.titles", OPL_N_LEERGANGEN, OPL_N_LEERGANGEN);
  if (titles == NULL)
    return FALSE;

  for (guint i = 0; i < OPL_N_LEERGANGEN; i++)
    {
      JsonNode *node = json_array_get_element (titles, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          *json_node_get_string (node) == '\0')
        return invalid_member (reader, "scholing.leergang.titles", _("a list of six titles"));

      self->leergang_titles[i + 1] = g_strdup (json_node_get_string (node));
    }

  return read_alternatives (self, reader, root);
}

/* An ascending list of whole numbers, each with its own range check. */
static gboolean
read_ascending (Reader      *reader,
                JsonArray   *array,
                const char  *path,
                int          min,
                int          max,
                int         *values)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (!int_at (reader, json_array_get_element (array, i), path, min, max, &values[i]))
        return FALSE;

      if (i > 0 && values[i] <= values[i - 1])
        return invalid_member (reader, path, _("a list that goes up"));
    }

  return TRUE;
}

static gboolean
read_quality_cycle (OplInstitute *self,
                    Reader       *reader,
                    JsonObject   *root)
{
  JsonArray *niveaukaart, *hao;

  niveaukaart = read_array (reader, root, "quality_cycle.niveaukaart_from_year", 4, 4);
  if (niveaukaart == NULL ||
      !read_ascending (reader, niveaukaart, "quality_cycle.niveaukaart_from_year", 0, MAX_YEARS,
                       self->rules.niveaukaart_from_year))
    return FALSE;

  if (self->rules.niveaukaart_from_year[0] != 0)
    return invalid_member (reader, "quality_cycle.niveaukaart_from_year", _("a list that starts at 0"));

  hao = read_array (reader, root, "quality_cycle.hao_voortgangsgesprek", 1, 4);
  if (hao == NULL)
    return FALSE;

  self->rules.n_hao_steps = (int) json_array_get_length (hao);
  for (guint i = 0; i < json_array_get_length (hao); i++)
    {
      JsonNode *node = json_array_get_element (hao, i);
      g_autofree char *path = g_strdup_printf ("quality_cycle.hao_voortgangsgesprek[%u]", i);
      JsonObject *step;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid_member (reader, path, _("an object with “from_year” and “every_years”"));

      step = json_node_get_object (node);
      if (!int_at (reader, json_object_get_member (step, "from_year"), path, 0, MAX_YEARS,
                   &self->rules.hao_from_year[i]) ||
          !int_at (reader, json_object_get_member (step, "every_years"), path, 1, 10,
                   &self->rules.hao_every[i]))
        return FALSE;

      if ((i == 0 && self->rules.hao_from_year[0] != 0) ||
          (i > 0 && self->rules.hao_from_year[i] <= self->rules.hao_from_year[i - 1]))
        return invalid_member (reader, "quality_cycle.hao_voortgangsgesprek",
                               _("steps whose “from_year” starts at 0 and goes up"));
    }

  return read_int (reader, root, "quality_cycle.advised_leerpunten", 1, 10, &self->rules.advised_leerpunten);
}

static gboolean
read_leoh (OplInstitute *self,
           Reader       *reader,
           JsonObject   *root)
{
  const char * const paths[] = { "leoh.months.fase-1", "leoh.months.fase-2" };

  if (!read_int (reader, root, "leoh.per_year", 1, 12, &self->leoh_per_year))
    return FALSE;

  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    {
      JsonArray *months = read_array (reader, root, paths[p], 1, 12);
      int values[12];

      if (months == NULL || !read_ascending (reader, months, paths[p], 1, 12, values))
        return FALSE;

      g_array_append_vals (self->leoh_months[p], values, json_array_get_length (months));
    }

  return TRUE;
}

static gboolean
read_profile (OplInstitute *self,
              Reader       *reader,
              JsonObject   *root)
{
  const char *id, *name, *email;

  id = read_string (reader, root, "id", 64);
  if (id == NULL)
    return FALSE;
  if (!is_valid_id (id))
    return invalid_member (reader, "id", _("lower-case letters, digits and “-”"));

  if (!read_int (reader, root, "version", 1, G_MAXINT, &self->version))
    return FALSE;

  name = read_string (reader, root, "name", 200);
  email = name != NULL ? read_string (reader, root, "secretariat.email", 254) : NULL;
  if (email == NULL)
    return FALSE;
  if (strchr (email, '@') == NULL || strchr (email, ' ') != NULL)
    return invalid_member (reader, "secretariat.email", _("a mail address"));

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->email = g_strdup (email);

  return read_bool (reader, root, "secretariat.placeholder", FALSE, &self->email_placeholder) &&
         read_year_start (self, reader, root) &&
         read_requirement (self, reader, root) &&
         read_leergang (self, reader, root) &&
         read_quality_cycle (self, reader, root) &&
         read_leoh (self, reader, root);
}

/**
 * opl_institute_new_from_data:
 * @name: the file name, for messages
 * @data: the JSON text
 * @length: its length, or -1 when it ends with a NUL
 *
 * Reads an institute profile, refusing a malformed one with a message that names the
 * file and the problem.
 *
 * Returns: (transfer full): the institute, or %NULL with @error set
 */
OplInstitute *
opl_institute_new_from_data (const char  *name,
                             const char  *data,
                             gssize       length,
                             GError     **error)
{
  g_autoptr(OplInstitute) self = g_object_new (OPL_TYPE_INSTITUTE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  Reader reader = { name, error };

  g_return_val_if_fail (name != NULL && data != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    return invalid (&reader, parse_error->message), NULL;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (&reader, _("the document is not an object")), NULL;

  if (!read_profile (self, &reader, json_node_get_object (json_parser_get_root (parser))))
    return NULL;

  if (length < 0)
    length = (gssize) strlen (data);
  self->json = g_strndup (data, (gsize) length);
  self->checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, (gsize) length);
  return g_steal_pointer (&self);
}

/**
 * opl_institute_new_from_file:
 *
 * Returns: (transfer full): the institute profile in @file, or %NULL with @error set
 */
OplInstitute *
opl_institute_new_from_file (GFile   *file,
                             GError **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &read_error))
    {
      /* Translators: the first %s is a file name, the second why it could not be read */
      g_set_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_READ,
                   _("The institute profile “%s” could not be read: %s"), name, read_error->message);
      return NULL;
    }

  return opl_institute_new_from_data (name, contents, (gssize) length, error);
}

/**
 * opl_institute_new_for_id:
 * @id: the id of a profile shipped with the app ("lumc")
 *
 * Returns: (transfer full): the institute, or %NULL with @error set
 */
OplInstitute *
opl_institute_new_for_id (const char  *id,
                          GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OplInstitute) self = NULL;
  gsize length;
  const char *data;

  if (!is_valid_id (id))
    {
      g_set_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_UNKNOWN,
                   _("There is no institute profile “%s”"), id != NULL ? id : "");
      return NULL;
    }

  name = g_strconcat (id, ".json", NULL);
  path = g_strconcat (INSTITUTES_RESOURCE, name, NULL);
  bytes = g_resource_lookup_data (opl_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_UNKNOWN,
                   _("There is no institute profile “%s”"), id);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  self = opl_institute_new_from_data (name, data, (gssize) length, error);
  if (self != NULL && g_strcmp0 (self->id, id) != 0)
    {
      Reader reader = { name, error };

      invalid_member (&reader, "id", _("the file’s name without “.json”"));
      return NULL;
    }

  if (self != NULL)
    self->shipped = TRUE;
  return g_steal_pointer (&self);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/**
 * opl_institute_list_shipped:
 *
 * Returns: (transfer full): the ids of the profiles shipped with the app, sorted
 */
char **
opl_institute_list_shipped (void)
{
  g_auto(GStrv) names = g_resource_enumerate_children (opl_core_get_resource (), INSTITUTES_RESOURCE,
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  char **result;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *id = NULL;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;

      id = g_strndup (names[i], strlen (names[i]) - strlen (".json"));
      g_strv_builder_add (ids, id);
    }

  result = g_strv_builder_end (ids);
  qsort (result, g_strv_length (result), sizeof (char *), compare_strings);
  return result;
}

const char *
opl_institute_get_id (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);

  return self->id;
}

int
opl_institute_get_version (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), 0);

  return self->version;
}

const char *
opl_institute_get_name (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);

  return self->name;
}

/**
 * opl_institute_get_json:
 *
 * Returns: the profile's text, exactly as it was read
 */
const char *
opl_institute_get_json (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);

  return self->json;
}

/**
 * opl_institute_get_checksum:
 *
 * Returns: the SHA-256 of the profile's text, in hexadecimal
 */
const char *
opl_institute_get_checksum (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);

  return self->checksum;
}

/**
 * opl_institute_is_shipped:
 *
 * Returns: whether the profile came with the app (opl_institute_new_for_id()) rather
 *   than from a file an institute supplied
 */
gboolean
opl_institute_is_shipped (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), FALSE);

  return self->shipped;
}

/**
 * opl_institute_get_secretariat_email:
 *
 * Returns: where exports go; see opl_institute_is_email_placeholder()
 */
const char *
opl_institute_get_secretariat_email (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);

  return self->email;
}

/**
 * opl_institute_is_email_placeholder:
 *
 * Returns: whether the secretariat's address is a stand-in that must be replaced
 *   before anything is mailed
 */
gboolean
opl_institute_is_email_placeholder (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), TRUE);

  return self->email_placeholder;
}

/**
 * opl_institute_get_rules:
 *
 * Returns: (transfer none): the numbers the scholing and quality-cycle rules use
 */
const OplScholingRules *
opl_institute_get_rules (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);

  return &self->rules;
}

const char *
opl_institute_get_leergang_title (OplInstitute *self,
                                  int           number)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);
  g_return_val_if_fail (number >= 1 && number <= OPL_N_LEERGANGEN, NULL);

  return self->leergang_titles[number];
}

guint
opl_institute_get_n_alternatives (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), 0);

  return self->alternatives->len;
}

const char *
opl_institute_get_alternative_id (OplInstitute *self,
                                  guint         index)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);
  g_return_val_if_fail (index < self->alternatives->len, NULL);

  return g_array_index (self->alternatives, Alternative, index).id;
}

/**
 * opl_institute_get_alternative_title:
 *
 * Returns: (nullable): the title of the leergang-6 alternative @id, or %NULL
 */
const char *
opl_institute_get_alternative_title (OplInstitute *self,
                                     const char   *id)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);

  for (guint i = 0; i < self->alternatives->len; i++)
    {
      const Alternative *alternative = &g_array_index (self->alternatives, Alternative, i);

      if (g_strcmp0 (alternative->id, id) == 0)
        return alternative->title;
    }

  return NULL;
}

/**
 * opl_institute_get_leoh_per_year:
 *
 * Returns: how many LEOh an aios fills about each opleider a year, at least
 */
int
opl_institute_get_leoh_per_year (OplInstitute *self)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), 0);

  return self->leoh_per_year;
}

/**
 * opl_institute_get_leoh_months:
 *
 * Returns: (transfer none) (element-type int): the training months of the LEOh in @phase
 */
GArray *
opl_institute_get_leoh_months (OplInstitute *self,
                               OplPhase      phase)
{
  g_return_val_if_fail (OPL_IS_INSTITUTE (self), NULL);
  g_return_val_if_fail (phase == OPL_PHASE_I || phase == OPL_PHASE_II, NULL);

  return self->leoh_months[phase - 1];
}

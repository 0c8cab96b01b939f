/* opl-form-definition.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads and validates a form definition (docs/form-definitions.md). Validation is
 * complete and strict: every object is closed (an unknown key is an error), every
 * value has its type, every reference (a scale, a role, a competentiegebied) exists,
 * and ids are unique. The first problem found is reported with the file's name and
 * where in the file it is.
 */

#define G_LOG_DOMAIN "opl-form-definition"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "opl-form-definition.h"

#define MAX_ID_LENGTH 64
#define MAX_TEXT_LENGTH 2000
#define NUMBER_DEFAULT_MIN 0
#define NUMBER_DEFAULT_MAX 1000

struct _OplFormDefinition
{
  GObject         parent_instance;

  char           *name;
  char           *json;
  char           *checksum;

  char           *id;
  int             version;
  OplFormKind     kind;
  char           *title;
  char           *description;
  char           *source;
  gboolean        official;

  guint           n_fillers;
  OplFormFiller  *fillers;
  guint           n_scales;
  OplFormScale   *scales;
  guint           n_sections;
  OplFormSection *sections;
  guint           n_items;

  /* item id -> OplFormItem *, and item id -> OplFormSection * (borrowed) */
  GHashTable     *items;
  GHashTable     *item_sections;
};

G_DEFINE_FINAL_TYPE (OplFormDefinition, opl_form_definition, G_TYPE_OBJECT)

G_DEFINE_QUARK (opl-form-definition-error-quark, opl_form_definition_error)

static const char * const kind_strings[OPL_N_FORM_KINDS] = {
  "combel", "leoh", "kpb", "kvb", "voortgangsadvies", "dienstenrapportage",
};

static const char * const role_strings[OPL_N_FORM_ROLES] = {
  "aios", "opleider", "docent",
};

static const char * const subject_strings[] = {
  "aios", "opleider", "self",
};

static const char * const item_type_strings[] = {
  "scale", "text", "number",
};

/* domain.md 'ComBel': the seven CanMEDS-based competentiegebieden of Dutch GP training. */
static const char * const competentiegebieden[] = {
  "medisch-handelen",
  "communicatie",
  "samenwerken",
  "kennis-en-wetenschap",
  "maatschappelijk-handelen",
  "organisatie",
  "professionaliteit",
  NULL,
};

static const char * const competentiegebied_labels[] = {
  "Medisch handelen",
  "Communicatie",
  "Samenwerken",
  "Kennis en wetenschap",
  "Maatschappelijk handelen",
  "Organisatie",
  "Professionaliteit",
};

/* What a reader keeps while it walks the file. */
typedef struct
{
  const char *name;
  GString    *where;
} Reader;

static gboolean
fail (Reader      *reader,
      GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Reader      *reader,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (reader->where->len > 0)
    /* Translators: the first %s is a file name, the second where in the file (section 2,
     * item 3), the third what is wrong */
    g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID,
                 _("The form definition “%s” is not valid: %s: %s"), reader->name, reader->where->str, problem);
  else
    /* Translators: the first %s is a file name, the second what is wrong with it */
    g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID,
                 _("The form definition “%s” is not valid: %s"), reader->name, problem);
  return FALSE;
}

/* Sets where the reader is: "section 2 (“communicatie”)", then ", item 3 ...". */
static void
enter (Reader     *reader,
       gsize       keep,
       const char *format,
       ...) G_GNUC_PRINTF (3, 4);

static void
enter (Reader     *reader,
       gsize       keep,
       const char *format,
       ...)
{
  va_list args;

  g_string_truncate (reader->where, keep);
  if (keep > 0)
    g_string_append (reader->where, ", ");
  va_start (args, format);
  g_string_append_vprintf (reader->where, format, args);
  va_end (args);
}

static gboolean
check_keys (Reader              *reader,
            JsonObject          *object,
            const char * const  *allowed,
            GError             **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        /* Translators: %s is a key of a JSON object */
        return fail (reader, error, _("unknown key “%s”"), (const char *) l->data);
    }

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/* Reads an optional (or, with @required, a mandatory) non-empty text. */
static gboolean
get_string (Reader      *reader,
            JsonObject  *object,
            const char  *key,
            gboolean     required,
            const char **value,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        /* Translators: %s is a key of a JSON object */
        return fail (reader, error, _("“%s” is missing"), key);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    /* Translators: %s is a key of a JSON object */
    return fail (reader, error, _("“%s” must be a text"), key);

  *value = json_node_get_string (node);
  if (required && is_blank (*value))
    {
      *value = NULL;
      /* Translators: %s is a key of a JSON object */
      return fail (reader, error, _("“%s” is empty"), key);
    }

  if (g_utf8_strlen (*value, -1) > MAX_TEXT_LENGTH)
    /* Translators: %s is a key of a JSON object, %d a number of characters */
    return fail (reader, error, _("“%s” is longer than %d characters"), key, MAX_TEXT_LENGTH);

  return TRUE;
}

static gboolean
get_int (Reader      *reader,
         JsonObject  *object,
         const char  *key,
         gboolean     required,
         gint64      *value,
         gboolean    *present,
         GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *present = node != NULL;
  if (node == NULL)
    {
      if (required)
        return fail (reader, error, _("“%s” is missing"), key);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    /* Translators: %s is a key of a JSON object */
    return fail (reader, error, _("“%s” must be a whole number"), key);

  *value = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_bool (Reader      *reader,
          JsonObject  *object,
          const char  *key,
          gboolean    *value,
          gboolean    *present,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *present = node != NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    /* Translators: %s is a key of a JSON object */
    return fail (reader, error, _("“%s” must be true or false"), key);

  *value = json_node_get_boolean (node);
  return TRUE;
}

/* A list under @key: missing is an error with @required, an empty list with @non_empty. */
static gboolean
get_array (Reader      *reader,
           JsonObject  *object,
           const char  *key,
           gboolean     required,
           gboolean     non_empty,
           JsonArray  **array,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *array = NULL;
  if (node == NULL)
    {
      if (required)
        return fail (reader, error, _("“%s” is missing"), key);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    /* Translators: %s is a key of a JSON object */
    return fail (reader, error, _("“%s” must be a list"), key);

  *array = json_node_get_array (node);
  if (non_empty && json_array_get_length (*array) == 0)
    /* Translators: %s is a key of a JSON object */
    return fail (reader, error, _("“%s” is an empty list"), key);

  return TRUE;
}

static gboolean
get_object (Reader      *reader,
            JsonArray   *array,
            guint        index,
            JsonObject **object,
            GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (reader, error, _("it must be an object"));

  *object = json_node_get_object (node);
  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > MAX_ID_LENGTH || !g_ascii_isalnum (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
        return FALSE;
    }

  return TRUE;
}

static gboolean
get_id (Reader      *reader,
        JsonObject  *object,
        const char  *key,
        const char **value,
        GError     **error)
{
  if (!get_string (reader, object, key, TRUE, value, error))
    return FALSE;

  if (!is_valid_id (*value))
    /* Translators: the first %s is a key, the second its value */
    return fail (reader, error, _("“%s” “%s” must be 1 to 64 lower-case letters, digits or dashes"), key, *value);

  return TRUE;
}

static int
string_index (const char * const *strings,
              guint               n_strings,
              const char         *value)
{
  for (guint i = 0; i < n_strings; i++)
    {
      if (g_strcmp0 (strings[i], value) == 0)
        return (int) i;
    }

  return -1;
}

static gboolean
read_filler (OplFormDefinition  *self,
             Reader             *reader,
             JsonObject         *object,
             OplFormFiller      *filler,
             GError            **error)
{
  static const char * const keys[] = { "role", "subject", "label", NULL };
  const char *role, *subject, *label;
  int role_index, subject_index;

  if (!check_keys (reader, object, keys, error) ||
      !get_string (reader, object, "role", TRUE, &role, error) ||
      !get_string (reader, object, "subject", TRUE, &subject, error) ||
      !get_string (reader, object, "label", FALSE, &label, error))
    return FALSE;

  role_index = string_index (role_strings, OPL_N_FORM_ROLES, role);
  if (role_index < 0)
    /* Translators: %s is what the file gives as a role */
    return fail (reader, error, _("the role “%s” is not aios, opleider or docent"), role);

  subject_index = string_index (subject_strings, G_N_ELEMENTS (subject_strings), subject);
  if (subject_index < 0)
    /* Translators: %s is what the file gives as a subject */
    return fail (reader, error, _("the subject “%s” is not aios, opleider or self"), subject);

  if (role_index == OPL_FORM_ROLE_DOCENT && subject_index == OPL_FORM_SUBJECT_SELF)
    return fail (reader, error, _("a docent has no profile to evaluate as “self”"));

  for (guint i = 0; i < self->n_fillers; i++)
    {
      if ((int) self->fillers[i].role == role_index)
        /* Translators: %s is a role */
        return fail (reader, error, _("the role “%s” is listed twice"), role);
    }

  filler->role = (OplFormRole) role_index;
  filler->subject = (OplFormSubject) subject_index;
  filler->label = g_strdup (label);
  return TRUE;
}

static gboolean
read_option (OplFormScale  *scale,
             Reader        *reader,
             JsonObject    *object,
             GError       **error)
{
  static const char * const keys[] = { "value", "label", "rank", NULL };
  OplFormScaleOption *option = &scale->options[scale->n_options];
  const char *value, *label;
  gint64 rank = 0;
  gboolean has_rank;

  if (!check_keys (reader, object, keys, error) ||
      !get_string (reader, object, "value", TRUE, &value, error) ||
      !get_string (reader, object, "label", TRUE, &label, error) ||
      !get_int (reader, object, "rank", FALSE, &rank, &has_rank, error))
    return FALSE;

  if (strlen (value) > MAX_ID_LENGTH)
    return fail (reader, error, _("“value” is longer than 64 characters"));

  if (has_rank && (rank < 1 || rank > 100))
    return fail (reader, error, _("“rank” must be a whole number from 1 to 100"));

  for (guint i = 0; i < scale->n_options; i++)
    {
      if (g_str_equal (scale->options[i].value, value))
        /* Translators: %s is a value of a scale */
        return fail (reader, error, _("the value “%s” is used twice"), value);
      if (has_rank && scale->options[i].rank == rank)
        /* Translators: %d is a rank on a scale */
        return fail (reader, error, _("the rank %d is used twice"), (int) rank);
    }

  option->value = g_strdup (value);
  option->label = g_strdup (label);
  option->rank = (int) rank;
  scale->n_options++;
  return TRUE;
}

static gboolean
read_scale (OplFormDefinition  *self,
            Reader             *reader,
            JsonObject         *object,
            OplFormScale       *scale,
            GError            **error)
{
  static const char * const keys[] = { "id", "title", "options", NULL };
  gsize scale_where = reader->where->len;
  JsonArray *options;
  const char *id, *title;

  if (!check_keys (reader, object, keys, error) ||
      !get_id (reader, object, "id", &id, error) ||
      !get_string (reader, object, "title", FALSE, &title, error) ||
      !get_array (reader, object, "options", TRUE, TRUE, &options, error))
    return FALSE;

  if (opl_form_definition_lookup_scale (self, id) != NULL)
    /* Translators: %s is the id of a scale */
    return fail (reader, error, _("the scale id “%s” is used twice"), id);

  scale->id = g_strdup (id);
  scale->title = g_strdup (title);
  scale->options = g_new0 (OplFormScaleOption, json_array_get_length (options));

  for (guint i = 0; i < json_array_get_length (options); i++)
    {
      JsonObject *option;

      /* Translators: %u counts from 1 */
      enter (reader, scale_where, _("option %u"), i + 1);
      if (!get_object (reader, options, i, &option, error) || !read_option (scale, reader, option, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_item (OplFormDefinition  *self,
           Reader             *reader,
           JsonObject         *object,
           OplFormSection     *section,
           GError            **error)
{
  static const char * const keys[] = { "id", "type", "text", "help", "required", "scale", "min", "max", NULL };
  OplFormItem *item = &section->items[section->n_items];
  const char *id, *type, *text, *help, *scale_id;
  gint64 min = NUMBER_DEFAULT_MIN, max = NUMBER_DEFAULT_MAX;
  gboolean has_required, has_min, has_max;
  gboolean required = FALSE;
  int type_index;

  if (!check_keys (reader, object, keys, error) ||
      !get_id (reader, object, "id", &id, error) ||
      !get_string (reader, object, "type", TRUE, &type, error) ||
      !get_string (reader, object, "text", TRUE, &text, error) ||
      !get_string (reader, object, "help", FALSE, &help, error) ||
      !get_bool (reader, object, "required", &required, &has_required, error) ||
      !get_string (reader, object, "scale", FALSE, &scale_id, error) ||
      !get_int (reader, object, "min", FALSE, &min, &has_min, error) ||
      !get_int (reader, object, "max", FALSE, &max, &has_max, error))
    return FALSE;

  if (g_hash_table_contains (self->items, id))
    /* Translators: %s is the id of an item */
    return fail (reader, error, _("the item id “%s” is used twice"), id);

  type_index = string_index (item_type_strings, G_N_ELEMENTS (item_type_strings), type);
  if (type_index < 0)
    /* Translators: %s is what the file gives as an item type */
    return fail (reader, error, _("the type “%s” is not scale, text or number"), type);

  item->type = (OplFormItemType) type_index;
  if (item->type == OPL_FORM_ITEM_SCALE)
    {
      if (scale_id == NULL)
        return fail (reader, error, _("a scale item needs a “scale”"));
      item->scale = opl_form_definition_lookup_scale (self, scale_id);
      if (item->scale == NULL)
        /* Translators: %s is the id of a scale */
        return fail (reader, error, _("the scale “%s” is not defined"), scale_id);
    }
  else if (scale_id != NULL)
    return fail (reader, error, _("only a scale item has a “scale”"));

  if (item->type != OPL_FORM_ITEM_NUMBER && (has_min || has_max))
    return fail (reader, error, _("only a number item has “min” and “max”"));

  if (min > max || min < G_MININT32 || max > G_MAXINT32)
    return fail (reader, error, _("“min” must not be more than “max”"));

  item->id = g_strdup (id);
  item->text = g_strdup (text);
  item->help = g_strdup (help);
  item->required = has_required ? required : item->type == OPL_FORM_ITEM_SCALE;
  item->min = (int) min;
  item->max = (int) max;
  section->n_items++;

  g_hash_table_insert (self->items, item->id, item);
  g_hash_table_insert (self->item_sections, item->id, section);
  return TRUE;
}

static gboolean
read_section_roles (OplFormDefinition  *self,
                    Reader             *reader,
                    JsonObject         *object,
                    OplFormSection     *section,
                    GError            **error)
{
  JsonArray *roles;

  if (!get_array (reader, object, "roles", FALSE, TRUE, &roles, error))
    return FALSE;

  for (guint i = 0; roles != NULL && i < json_array_get_length (roles); i++)
    {
      JsonNode *node = json_array_get_element (roles, i);
      const char *role;
      int index;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (reader, error, _("“roles” must be a list of texts"));

      role = json_node_get_string (node);
      index = string_index (role_strings, OPL_N_FORM_ROLES, role);
      if (index < 0 || opl_form_definition_lookup_filler (self, (OplFormRole) index) == NULL)
        /* Translators: %s is a role */
        return fail (reader, error, _("“roles” names “%s”, which does not fill this form"), role);

      section->roles |= 1u << index;
    }

  return TRUE;
}

static gboolean
read_section (OplFormDefinition  *self,
              Reader             *reader,
              JsonObject         *object,
              OplFormSection     *section,
              GError            **error)
{
  static const char * const keys[] = { "id", "title", "help", "competentiegebied", "roles", "items", NULL };
  gsize section_where = reader->where->len;
  const char *id, *title, *help, *gebied;
  JsonArray *items;

  if (!check_keys (reader, object, keys, error) ||
      !get_id (reader, object, "id", &id, error))
    return FALSE;

  for (guint i = 0; i < self->n_sections; i++)
    {
      if (g_strcmp0 (self->sections[i].id, id) == 0)
        /* Translators: %s is the id of a section */
        return fail (reader, error, _("the section id “%s” is used twice"), id);
    }

  /* Translators: %s is the id of a section, which follows its number */
  g_string_append_printf (reader->where, _(" (“%s”)"), id);
  section_where = reader->where->len;

  if (!get_string (reader, object, "title", TRUE, &title, error) ||
      !get_string (reader, object, "help", FALSE, &help, error) ||
      !get_string (reader, object, "competentiegebied", FALSE, &gebied, error) ||
      !read_section_roles (self, reader, object, section, error) ||
      !get_array (reader, object, "items", TRUE, TRUE, &items, error))
    return FALSE;

  if (gebied != NULL && !g_strv_contains (competentiegebieden, gebied))
    /* Translators: %s is what the file gives as a competentiegebied */
    return fail (reader, error, _("“%s” is not one of the seven competentiegebieden"), gebied);

  section->id = g_strdup (id);
  section->title = g_strdup (title);
  section->help = g_strdup (help);
  section->competentiegebied = g_strdup (gebied);
  section->items = g_new0 (OplFormItem, json_array_get_length (items));

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item;

      /* Translators: %u counts from 1 */
      enter (reader, section_where, _("item %u"), i + 1);
      if (!get_object (reader, items, i, &item, error))
        return FALSE;
      if (json_object_has_member (item, "id") && JSON_NODE_HOLDS_VALUE (json_object_get_member (item, "id")) &&
          json_node_get_value_type (json_object_get_member (item, "id")) == G_TYPE_STRING)
        g_string_append_printf (reader->where, _(" (“%s”)"), json_object_get_string_member (item, "id"));
      if (!read_item (self, reader, item, section, error))
        return FALSE;
      self->n_items++;
    }

  return TRUE;
}

static gboolean
read_list (OplFormDefinition  *self,
           Reader             *reader,
           JsonArray          *array,
           const char         *what,
           gboolean          (*read_one) (OplFormDefinition *, Reader *, JsonObject *, guint, GError **),
           GError            **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object;

      enter (reader, 0, "%s %u", what, i + 1);
      if (!get_object (reader, array, i, &object, error) || !read_one (self, reader, object, i, error))
        return FALSE;
    }

  g_string_truncate (reader->where, 0);
  return TRUE;
}

static gboolean
read_one_filler (OplFormDefinition  *self,
                 Reader             *reader,
                 JsonObject         *object,
                 guint               index,
                 GError            **error)
{
  if (!read_filler (self, reader, object, &self->fillers[index], error))
    return FALSE;

  self->n_fillers++;
  return TRUE;
}

static gboolean
read_one_scale (OplFormDefinition  *self,
                Reader             *reader,
                JsonObject         *object,
                guint               index,
                GError            **error)
{
  /* Counted first, so that a half-read scale is freed with the others. */
  self->n_scales++;
  return read_scale (self, reader, object, &self->scales[index], error);
}

static gboolean
read_one_section (OplFormDefinition  *self,
                  Reader             *reader,
                  JsonObject         *object,
                  guint               index,
                  GError            **error)
{
  self->n_sections++;
  return read_section (self, reader, object, &self->sections[index], error);
}

/* A KPB or KVB definition describes the quick entry's fields (docs/form-definitions.md). */
static gboolean
check_entry_items (OplFormDefinition  *self,
                   Reader             *reader,
                   GError            **error)
{
  static const struct { const char *id; OplFormItemType type; } needed[] = {
    { "onderwerp", OPL_FORM_ITEM_TEXT },
    { "competentiegebied", OPL_FORM_ITEM_SCALE },
    { "score", OPL_FORM_ITEM_SCALE },
    { "feedback", OPL_FORM_ITEM_TEXT },
  };
  const OplFormItem *gebied;

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      const OplFormItem *item = g_hash_table_lookup (self->items, needed[i].id);

      if (item == NULL || item->type != needed[i].type)
        /* Translators: the first %s is an item id, the second an item type */
        return fail (reader, error, _("a KPB or KVB needs an item “%s” of type %s"),
                     needed[i].id, item_type_strings[needed[i].type]);
    }

  gebied = g_hash_table_lookup (self->items, "competentiegebied");
  for (guint i = 0; i < gebied->scale->n_options; i++)
    {
      if (!g_strv_contains (competentiegebieden, gebied->scale->options[i].value))
        /* Translators: %s is a value of a scale */
        return fail (reader, error, _("the competentiegebied “%s” is not one of the seven"),
                     gebied->scale->options[i].value);
    }

  return TRUE;
}

static gboolean
read_header (OplFormDefinition  *self,
             Reader             *reader,
             JsonObject         *root,
             GError            **error)
{
  static const char * const keys[] = {
    "format", "id", "version", "kind", "title", "official", "language", "description",
    "source", "about", "fillers", "scales", "sections", NULL
  };
  const char *id, *kind, *title, *description, *source, *language, *about;
  gint64 format = 0, version = 0;
  gboolean present, official = FALSE;
  int kind_index;

  if (!check_keys (reader, root, keys, error) ||
      !get_int (reader, root, "format", TRUE, &format, &present, error))
    return FALSE;

  if (format != 1)
    return fail (reader, error, _("“format” must be 1; this version of the app reads no other"));

  if (!get_id (reader, root, "id", &id, error) ||
      !get_int (reader, root, "version", TRUE, &version, &present, error))
    return FALSE;

  if (version < 1 || version > G_MAXINT32)
    return fail (reader, error, _("“version” must be a whole number from 1"));

  if (!get_string (reader, root, "kind", TRUE, &kind, error))
    return FALSE;

  kind_index = string_index (kind_strings, OPL_N_FORM_KINDS, kind);
  if (kind_index < 0)
    /* Translators: %s is what the file gives as the kind of form */
    return fail (reader, error, _("the kind “%s” is not combel, leoh, kpb, kvb, voortgangsadvies or dienstenrapportage"), kind);

  if (!get_string (reader, root, "title", TRUE, &title, error) ||
      !get_bool (reader, root, "official", &official, &present, error))
    return FALSE;

  if (!present)
    return fail (reader, error, _("“official” is missing (false for an editable definition)"));

  if (!get_string (reader, root, "description", FALSE, &description, error) ||
      !get_string (reader, root, "source", FALSE, &source, error) ||
      !get_string (reader, root, "language", FALSE, &language, error) ||
      !get_string (reader, root, "about", FALSE, &about, error))
    return FALSE;

  self->id = g_strdup (id);
  self->version = (int) version;
  self->kind = (OplFormKind) kind_index;
  self->title = g_strdup (title);
  self->official = official;
  self->description = g_strdup (description);
  self->source = g_strdup (source);
  return TRUE;
}

static gboolean
read_definition (OplFormDefinition  *self,
                 Reader             *reader,
                 JsonObject         *root,
                 GError            **error)
{
  JsonArray *fillers, *scales, *sections;

  if (!read_header (self, reader, root, error) ||
      !get_array (reader, root, "fillers", TRUE, TRUE, &fillers, error) ||
      !get_array (reader, root, "scales", TRUE, FALSE, &scales, error) ||
      !get_array (reader, root, "sections", TRUE, TRUE, &sections, error))
    return FALSE;

  self->fillers = g_new0 (OplFormFiller, json_array_get_length (fillers));
  self->scales = g_new0 (OplFormScale, json_array_get_length (scales));
  self->sections = g_new0 (OplFormSection, json_array_get_length (sections));

  if (!read_list (self, reader, fillers, _("filler"), read_one_filler, error) ||
      !read_list (self, reader, scales, _("scale"), read_one_scale, error) ||
      !read_list (self, reader, sections, _("section"), read_one_section, error))
    return FALSE;

  if ((self->kind == OPL_FORM_KIND_KPB || self->kind == OPL_FORM_KIND_KVB) &&
      !check_entry_items (self, reader, error))
    return FALSE;

  return TRUE;
}

static void
opl_form_definition_finalize (GObject *object)
{
  OplFormDefinition *self = (OplFormDefinition *)object;

  for (guint i = 0; i < self->n_fillers; i++)
    g_free (self->fillers[i].label);
  g_free (self->fillers);

  for (guint i = 0; i < self->n_scales; i++)
    {
      OplFormScale *scale = &self->scales[i];

      for (guint o = 0; o < scale->n_options; o++)
        {
          g_free (scale->options[o].value);
          g_free (scale->options[o].label);
        }
      g_free (scale->options);
      g_free (scale->id);
      g_free (scale->title);
    }
  g_free (self->scales);

  for (guint i = 0; i < self->n_sections; i++)
    {
      OplFormSection *section = &self->sections[i];

      for (guint j = 0; j < section->n_items; j++)
        {
          g_free (section->items[j].id);
          g_free (section->items[j].text);
          g_free (section->items[j].help);
        }
      g_free (section->items);
      g_free (section->id);
      g_free (section->title);
      g_free (section->help);
      g_free (section->competentiegebied);
    }
  g_free (self->sections);

  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->item_sections, g_hash_table_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->json, g_free);
  g_clear_pointer (&self->checksum, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (opl_form_definition_parent_class)->finalize (object);
}

static void
opl_form_definition_class_init (OplFormDefinitionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_form_definition_finalize;
}

static void
opl_form_definition_init (OplFormDefinition *self)
{
  self->items = g_hash_table_new (g_str_hash, g_str_equal);
  self->item_sections = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * opl_form_definition_new_from_data:
 * @name: the file's name, for messages
 * @data: the JSON text
 * @length: its length, or -1 when it ends with a NUL
 *
 * Reads and validates a definition (docs/form-definitions.md), refusing a malformed
 * one with %OPL_FORM_DEFINITION_ERROR_INVALID and a message that names @name and the
 * problem.
 *
 * Returns: (transfer full): the definition, or %NULL with @error set
 */
OplFormDefinition *
opl_form_definition_new_from_data (const char  *name,
                                   const char  *data,
                                   gssize       length,
                                   GError     **error)
{
  g_autoptr(OplFormDefinition) self = g_object_new (OPL_TYPE_FORM_DEFINITION, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GString) where = g_string_new (NULL);
  Reader reader = { .name = name, .where = where };
  JsonNode *root;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    return fail (&reader, error, "%s", parse_error->message), NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (&reader, error, _("the document is not a JSON object")), NULL;

  if (!read_definition (self, &reader, json_node_get_object (root), error))
    return NULL;

  self->name = g_strdup (name);
  self->json = g_strndup (data, (gsize) length);
  self->checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, (gsize) length);
  return g_steal_pointer (&self);
}

/**
 * opl_form_definition_new_from_file:
 * @path: a definition file, e.g. one an institute supplies
 *
 * Returns: (transfer full): the definition, or %NULL with @error set
 */
OplFormDefinition *
opl_form_definition_new_from_file (const char  *path,
                                   GError     **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  basename = g_path_get_basename (path);
  if (!g_file_get_contents (path, &contents, &length, &read_error))
    {
      /* Translators: the first %s is a file name, the second why it could not be read */
      g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_READ,
                   _("The form definition “%s” could not be read: %s"), basename, read_error->message);
      return NULL;
    }

  return opl_form_definition_new_from_data (basename, contents, (gssize) length, error);
}

/**
 * opl_form_definition_new_from_resource:
 * @resource_path: a path in the app's resources
 *
 * Returns: (transfer full): the definition, or %NULL with @error set
 */
OplFormDefinition *
opl_form_definition_new_from_resource (const char  *resource_path,
                                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (resource_path != NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  basename = g_path_get_basename (resource_path);
  data = g_bytes_get_data (bytes, &length);
  return opl_form_definition_new_from_data (basename, data, (gssize) length, error);
}

const char *
opl_form_definition_get_id (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  return self->id;
}

int
opl_form_definition_get_version (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), 0);

  return self->version;
}

OplFormKind
opl_form_definition_get_kind (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), OPL_FORM_KIND_COMBEL);

  return self->kind;
}

const char *
opl_form_definition_get_title (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  return self->title;
}

/**
 * opl_form_definition_get_description:
 *
 * Returns: (nullable): the text shown under the title; for an editable definition it
 *   says that the items are not the official text
 */
const char *
opl_form_definition_get_description (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  return self->description;
}

/**
 * opl_form_definition_get_source:
 *
 * Returns: (nullable): where the items come from
 */
const char *
opl_form_definition_get_source (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  return self->source;
}

/**
 * opl_form_definition_is_official:
 *
 * Returns: %FALSE for an editable definition, which is not the official item text
 *   (views label it so)
 */
gboolean
opl_form_definition_is_official (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), FALSE);

  return self->official;
}

/**
 * opl_form_definition_get_name:
 *
 * Returns: the name of the file the definition was read from
 */
const char *
opl_form_definition_get_name (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  return self->name;
}

/**
 * opl_form_definition_get_json:
 *
 * Returns: the definition's text exactly as it was read
 */
const char *
opl_form_definition_get_json (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  return self->json;
}

/**
 * opl_form_definition_get_checksum:
 *
 * Returns: the SHA-256 of the text, in hex
 */
const char *
opl_form_definition_get_checksum (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  return self->checksum;
}

guint
opl_form_definition_get_n_fillers (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), 0);

  return self->n_fillers;
}

const OplFormFiller *
opl_form_definition_get_filler (OplFormDefinition *self,
                                guint              index)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);
  g_return_val_if_fail (index < self->n_fillers, NULL);

  return &self->fillers[index];
}

/**
 * opl_form_definition_lookup_filler:
 *
 * Returns: (nullable): how @role fills the form, or %NULL when it does not
 */
const OplFormFiller *
opl_form_definition_lookup_filler (OplFormDefinition *self,
                                   OplFormRole        role)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  for (guint i = 0; i < self->n_fillers; i++)
    {
      if (self->fillers[i].role == role)
        return &self->fillers[i];
    }

  return NULL;
}

/**
 * opl_form_filler_get_label:
 * @definition: (nullable): the form's definition
 *
 * Returns: what the form @role fills is called (“Zelfbeoordeling”), from
 *   @definition; the kind's label (“ComBel”) when it gives no name or is %NULL
 */
const char *
opl_form_filler_get_label (OplFormDefinition *definition,
                           OplFormKind        kind,
                           OplFormRole        role)
{
  const OplFormFiller *filler = definition != NULL ? opl_form_definition_lookup_filler (definition, role) : NULL;

  if (filler != NULL && filler->label != NULL && *filler->label != '\0')
    return filler->label;
  return opl_form_kind_get_label (kind);
}

guint
opl_form_definition_get_n_scales (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), 0);

  return self->n_scales;
}

const OplFormScale *
opl_form_definition_get_scale (OplFormDefinition *self,
                               guint              index)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);
  g_return_val_if_fail (index < self->n_scales, NULL);

  return &self->scales[index];
}

const OplFormScale *
opl_form_definition_lookup_scale (OplFormDefinition *self,
                                  const char        *scale_id)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  for (guint i = 0; i < self->n_scales; i++)
    {
      if (g_strcmp0 (self->scales[i].id, scale_id) == 0)
        return &self->scales[i];
    }

  return NULL;
}

guint
opl_form_definition_get_n_sections (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), 0);

  return self->n_sections;
}

const OplFormSection *
opl_form_definition_get_section (OplFormDefinition *self,
                                 guint              index)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);
  g_return_val_if_fail (index < self->n_sections, NULL);

  return &self->sections[index];
}

guint
opl_form_definition_get_n_items (OplFormDefinition *self)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), 0);

  return self->n_items;
}

/**
 * opl_form_definition_lookup_item:
 * @section: (out) (optional): the item's section
 *
 * Returns: (nullable): the item with @item_id
 */
const OplFormItem *
opl_form_definition_lookup_item (OplFormDefinition     *self,
                                 const char            *item_id,
                                 const OplFormSection **section)
{
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), NULL);

  if (section != NULL)
    *section = item_id != NULL ? g_hash_table_lookup (self->item_sections, item_id) : NULL;

  return item_id != NULL ? g_hash_table_lookup (self->items, item_id) : NULL;
}

/**
 * opl_form_definition_check_value:
 * @value: (nullable): an answer; %NULL (no answer) always fits
 *
 * Checks that @value fits the item: an option of its scale, a whole number within its
 * range, or a text of at most 20,000 characters.
 */
gboolean
opl_form_definition_check_value (OplFormDefinition  *self,
                                 const char         *item_id,
                                 const char         *value,
                                 GError            **error)
{
  const OplFormItem *item;
  gint64 number;

  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (self), FALSE);

  item = opl_form_definition_lookup_item (self, item_id, NULL);
  if (item == NULL)
    {
      /* Translators: the first %s is an item id, the second a form's title */
      g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID,
                   _("The form “%s” has no item “%s”"), self->title, item_id);
      return FALSE;
    }

  if (value == NULL)
    return TRUE;

  switch (item->type)
    {
    case OPL_FORM_ITEM_SCALE:
      if (opl_form_scale_lookup_option (item->scale, value) == NULL)
        {
          /* Translators: the first %s is a value, the second an item's text */
          g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID,
                       _("“%s” is not an answer on the scale of “%s”"), value, item->text);
          return FALSE;
        }
      return TRUE;

    case OPL_FORM_ITEM_NUMBER:
      if (!g_ascii_string_to_signed (value, 10, item->min, item->max, &number, NULL))
        {
          /* Translators: %s is an item's text, the %d are the smallest and largest number */
          g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID,
                       _("“%s” takes a whole number from %d to %d"), item->text, item->min, item->max);
          return FALSE;
        }
      return TRUE;

    case OPL_FORM_ITEM_TEXT:
    default:
      if (!g_utf8_validate (value, -1, NULL) || g_utf8_strlen (value, -1) > 20000)
        {
          /* Translators: %s is an item's text */
          g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID,
                       _("The answer to “%s” is too long"), item->text);
          return FALSE;
        }
      return TRUE;
    }
}

/**
 * opl_form_section_applies_to:
 *
 * Returns: whether @role fills @section
 */
gboolean
opl_form_section_applies_to (const OplFormSection *section,
                             OplFormRole           role)
{
  g_return_val_if_fail (section != NULL, FALSE);

  return section->roles == 0 || (section->roles & (1u << role)) != 0;
}

/**
 * opl_form_scale_lookup_option:
 *
 * Returns: (nullable): the option of @scale whose value is @value
 */
const OplFormScaleOption *
opl_form_scale_lookup_option (const OplFormScale *scale,
                              const char         *value)
{
  g_return_val_if_fail (scale != NULL, NULL);

  for (guint i = 0; i < scale->n_options; i++)
    {
      if (g_strcmp0 (scale->options[i].value, value) == 0)
        return &scale->options[i];
    }

  return NULL;
}

const char *
opl_form_kind_to_string (OplFormKind kind)
{
  g_return_val_if_fail (kind < OPL_N_FORM_KINDS, NULL);

  return kind_strings[kind];
}

gboolean
opl_form_kind_from_string (const char  *str,
                           OplFormKind *kind)
{
  int index = string_index (kind_strings, OPL_N_FORM_KINDS, str);

  if (index < 0)
    return FALSE;

  *kind = (OplFormKind) index;
  return TRUE;
}

const char *
opl_form_kind_get_label (OplFormKind kind)
{
  switch (kind)
    {
    case OPL_FORM_KIND_COMBEL:
      return _("ComBel");
    case OPL_FORM_KIND_LEOH:
      return _("LEOh");
    case OPL_FORM_KIND_KPB:
      return _("KPB");
    case OPL_FORM_KIND_KVB:
      return _("KVB");
    case OPL_FORM_KIND_VOORTGANGSADVIES:
      return _("Voortgangsadvies");
    case OPL_FORM_KIND_DIENSTENRAPPORTAGE:
      return _("Voortgangsrapportage diensten");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_form_kind_is_entry:
 *
 * Returns: %TRUE for KPB and KVB, which are quick entries (opl-logbook.h) rather than
 *   forms filled item by item
 */
gboolean
opl_form_kind_is_entry (OplFormKind kind)
{
  return kind == OPL_FORM_KIND_KPB || kind == OPL_FORM_KIND_KVB;
}

const char *
opl_form_role_to_string (OplFormRole role)
{
  g_return_val_if_fail (role < OPL_N_FORM_ROLES, NULL);

  return role_strings[role];
}

gboolean
opl_form_role_from_string (const char  *str,
                           OplFormRole *role)
{
  int index = string_index (role_strings, OPL_N_FORM_ROLES, str);

  if (index < 0)
    return FALSE;

  *role = (OplFormRole) index;
  return TRUE;
}

const char *
opl_form_role_get_label (OplFormRole role)
{
  switch (role)
    {
    case OPL_FORM_ROLE_AIOS:
      return _("aios");
    case OPL_FORM_ROLE_OPLEIDER:
      return _("opleider");
    case OPL_FORM_ROLE_DOCENT:
      return _("docent");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_form_role_for_person:
 * @role: (out): the role a person with @person_role fills forms in
 *
 * Returns: %FALSE for a coassistent, who fills no forms
 */
gboolean
opl_form_role_for_person (OplRole      person_role,
                          OplFormRole *role)
{
  if (person_role == OPL_ROLE_AIOS)
    *role = OPL_FORM_ROLE_AIOS;
  else if (opl_role_is_opleider (person_role))
    *role = OPL_FORM_ROLE_OPLEIDER;
  else
    return FALSE;

  return TRUE;
}

const char *
opl_form_subject_to_string (OplFormSubject subject)
{
  g_return_val_if_fail (subject <= OPL_FORM_SUBJECT_SELF, NULL);

  return subject_strings[subject];
}

/**
 * opl_competentiegebied_get_ids:
 *
 * Returns: (transfer none): the ids of the seven competentiegebieden (domain.md 'ComBel')
 */
const char * const *
opl_competentiegebied_get_ids (void)
{
  return competentiegebieden;
}

/**
 * opl_competentiegebied_get_label:
 *
 * Returns: (nullable): the Dutch name of a competentiegebied (a domain word)
 */
const char *
opl_competentiegebied_get_label (const char *id)
{
  int index = string_index (competentiegebieden, G_N_ELEMENTS (competentiegebieden) - 1, id);

  return index >= 0 ? competentiegebied_labels[index] : NULL;
}

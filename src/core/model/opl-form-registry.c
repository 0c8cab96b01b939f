/* opl-form-registry.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-form-registry"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-core-resources.h"
#include "opl-form-registry.h"

#define FORMS_RESOURCE "/io/github/opleidingspraktijk/Opleidingspraktijk/data/forms/"

struct _OplFormRegistry
{
  GObject    parent_instance;

  /* Every definition, in the order they were added. */
  GPtrArray *definitions;
};

G_DEFINE_FINAL_TYPE (OplFormRegistry, opl_form_registry, G_TYPE_OBJECT)

static const char * const shipped_names[] = {
  "combel.json",
  "dienstenrapportage.json",
  "kpb.json",
  "kvb.json",
  "leoh.json",
  "voortgangsadvies.json",
  NULL,
};

static void
opl_form_registry_finalize (GObject *object)
{
  OplFormRegistry *self = (OplFormRegistry *)object;

  g_clear_pointer (&self->definitions, g_ptr_array_unref);

  G_OBJECT_CLASS (opl_form_registry_parent_class)->finalize (object);
}

static void
opl_form_registry_class_init (OplFormRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_form_registry_finalize;
}

static void
opl_form_registry_init (OplFormRegistry *self)
{
  self->definitions = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * opl_form_registry_new:
 *
 * Returns: (transfer full): an empty registry
 */
OplFormRegistry *
opl_form_registry_new (void)
{
  return g_object_new (OPL_TYPE_FORM_REGISTRY, NULL);
}

/**
 * opl_form_registry_get_shipped_names:
 *
 * Returns: (transfer none): the file names of the definitions in the GResource
 */
const char * const *
opl_form_registry_get_shipped_names (void)
{
  return shipped_names;
}

/**
 * opl_form_registry_new_default:
 *
 * Returns: (transfer full): a registry holding the shipped definitions, or %NULL with
 *   @error set (only when the app was built with a broken definition)
 */
OplFormRegistry *
opl_form_registry_new_default (GError **error)
{
  g_autoptr(OplFormRegistry) self = opl_form_registry_new ();

  for (guint i = 0; shipped_names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (FORMS_RESOURCE, shipped_names[i], NULL);
      g_autoptr(OplFormDefinition) definition = NULL;
      g_autoptr(GBytes) bytes = NULL;
      const char *data;
      gsize length;

      bytes = g_resource_lookup_data (opl_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return NULL;

      data = g_bytes_get_data (bytes, &length);
      definition = opl_form_definition_new_from_data (shipped_names[i], data, (gssize) length, error);
      if (definition == NULL || !opl_form_registry_add (self, definition, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

static gboolean
check_conflict (OplFormRegistry    *self,
                OplFormDefinition  *definition,
                gboolean           *duplicate,
                GError            **error)
{
  OplFormDefinition *known = opl_form_registry_lookup (self, opl_form_definition_get_id (definition),
                                                       opl_form_definition_get_version (definition));

  *duplicate = FALSE;
  if (known == NULL)
    return TRUE;

  if (g_str_equal (opl_form_definition_get_checksum (known), opl_form_definition_get_checksum (definition)))
    {
      *duplicate = TRUE;
      return TRUE;
    }

  g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_CONFLICT,
               /* Translators: the first %s is a file name, the second a form id, %d its version */
               _("The form definition “%s” gives “%s” version %d another text than the one already "
                 "known; a changed definition needs a higher version"),
               opl_form_definition_get_name (definition), opl_form_definition_get_id (definition),
               opl_form_definition_get_version (definition));
  return FALSE;
}

/**
 * opl_form_registry_add:
 *
 * Adds a definition. The same text under the same id and version again changes
 * nothing; another text under a known id and version is refused
 * (%OPL_FORM_DEFINITION_ERROR_CONFLICT).
 */
gboolean
opl_form_registry_add (OplFormRegistry    *self,
                       OplFormDefinition  *definition,
                       GError            **error)
{
  gboolean duplicate;

  g_return_val_if_fail (OPL_IS_FORM_REGISTRY (self), FALSE);
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (definition), FALSE);

  if (!check_conflict (self, definition, &duplicate, error))
    return FALSE;

  if (!duplicate)
    g_ptr_array_add (self->definitions, g_object_ref (definition));
  return TRUE;
}

/**
 * opl_form_registry_add_file:
 * @path: an institute's definition file
 *
 * Reads, validates and adds a definition file; a malformed one is refused with a
 * message naming the file and the problem, and the registry stays as it was.
 */
gboolean
opl_form_registry_add_file (OplFormRegistry  *self,
                            const char       *path,
                            GError          **error)
{
  g_autoptr(OplFormDefinition) definition = NULL;

  g_return_val_if_fail (OPL_IS_FORM_REGISTRY (self), FALSE);

  definition = opl_form_definition_new_from_file (path, error);
  return definition != NULL && opl_form_registry_add (self, definition, error);
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * opl_form_registry_add_directory:
 * @path: a folder of definition files (`*.json`)
 *
 * Adds every definition in @path, all or none: when one file is malformed or
 * conflicts, nothing is added and @error names that file.
 */
gboolean
opl_form_registry_add_directory (OplFormRegistry  *self,
                                 const char       *path,
                                 GError          **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(OplFormRegistry) trial = opl_form_registry_new ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) dir_error = NULL;
  const char *name;

  g_return_val_if_fail (OPL_IS_FORM_REGISTRY (self), FALSE);

  dir = g_dir_open (path, 0, &dir_error);
  if (dir == NULL)
    {
      /* Translators: the first %s is a folder, the second why it could not be read */
      g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_READ,
                   _("The folder of form definitions “%s” could not be read: %s"), path, dir_error->message);
      return FALSE;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  /* Try them all against a copy first, so that a bad file changes nothing. */
  g_ptr_array_extend (trial->definitions, self->definitions, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      g_autoptr(OplFormDefinition) definition = opl_form_definition_new_from_file (file, error);

      if (definition == NULL || !opl_form_registry_add (trial, definition, error))
        return FALSE;
      g_ptr_array_add (loaded, g_steal_pointer (&definition));
    }

  for (guint i = 0; i < loaded->len; i++)
    {
      if (!opl_form_registry_add (self, g_ptr_array_index (loaded, i), error))
        g_return_val_if_reached (FALSE);
    }

  return TRUE;
}

/**
 * opl_form_registry_remove_all:
 *
 * Empties the registry, so that its owner can fill it again while others keep
 * their pointer to it. Definitions handed out before stay valid only as long as
 * something else holds them (the store keeps every definition it read).
 */
void
opl_form_registry_remove_all (OplFormRegistry *self)
{
  g_return_if_fail (OPL_IS_FORM_REGISTRY (self));

  g_ptr_array_set_size (self->definitions, 0);
}

/**
 * opl_form_registry_lookup:
 * @version: a version, or 0 for the highest
 *
 * Returns: (transfer none) (nullable): the definition
 */
OplFormDefinition *
opl_form_registry_lookup (OplFormRegistry *self,
                          const char      *id,
                          int              version)
{
  OplFormDefinition *best = NULL;

  g_return_val_if_fail (OPL_IS_FORM_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->definitions->len; i++)
    {
      OplFormDefinition *definition = g_ptr_array_index (self->definitions, i);
      int v = opl_form_definition_get_version (definition);

      if (!g_str_equal (opl_form_definition_get_id (definition), id))
        continue;

      if (version > 0 && v == version)
        return definition;
      if (version == 0 && (best == NULL || v > opl_form_definition_get_version (best)))
        best = definition;
    }

  return best;
}

/**
 * opl_form_registry_get_latest:
 *
 * Returns: (transfer none) (nullable): the highest version of @id
 */
OplFormDefinition *
opl_form_registry_get_latest (OplFormRegistry *self,
                              const char      *id)
{
  return opl_form_registry_lookup (self, id, 0);
}

/**
 * opl_form_registry_get_current:
 *
 * Returns: (transfer none) (nullable): the definition a new form of @kind is filled
 *   against: the highest version of the kind's standard id
 */
OplFormDefinition *
opl_form_registry_get_current (OplFormRegistry *self,
                               OplFormKind      kind)
{
  g_return_val_if_fail (OPL_IS_FORM_REGISTRY (self), NULL);
  g_return_val_if_fail (kind < OPL_N_FORM_KINDS, NULL);

  return opl_form_registry_lookup (self, opl_form_kind_to_string (kind), 0);
}

/**
 * opl_form_registry_list:
 * @kind: an #OplFormKind, or -1 for all
 *
 * Returns: (transfer full) (element-type OplFormDefinition): the definitions of @kind,
 *   every version, in the order they were added
 */
GPtrArray *
opl_form_registry_list (OplFormRegistry *self,
                        int              kind)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (OPL_IS_FORM_REGISTRY (self), list);

  for (guint i = 0; i < self->definitions->len; i++)
    {
      OplFormDefinition *definition = g_ptr_array_index (self->definitions, i);

      if (kind < 0 || (int) opl_form_definition_get_kind (definition) == kind)
        g_ptr_array_add (list, g_object_ref (definition));
    }

  return list;
}

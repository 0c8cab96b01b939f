/* opl-form-library.c: the form definitions a window offers for new forms: the shipped
 * ones and the institute files the practice loaded in the preferences.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules (validation, which version a new form gets) are the core's registry's.
 * This file only keeps one registry per store, and keeps the institute's files in
 * $XDG_DATA_HOME/opleidingspraktijk/forms/ so that they are there at the next start.
 * (Keeping them in the practice database, for every PC of the practice, is asked of
 * the core in /work/notes/forms-gui-requests.md, R1.)
 */

#define G_LOG_DOMAIN "opl-form-library"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-form-library.h"

#define REGISTRY_KEY "opl-form-registry"
#define INSTITUTE_KEY "opl-form-institute-keys"

static char *
definition_key (OplFormDefinition *definition)
{
  return g_strdup_printf ("%s:%d", opl_form_definition_get_id (definition),
                          opl_form_definition_get_version (definition));
}

/**
 * opl_form_library_get_directory:
 *
 * Returns: (transfer full): the folder that keeps the institute's definition files
 */
char *
opl_form_library_get_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "opleidingspraktijk", "forms", NULL);
}

static GHashTable *
get_institute_keys (OplStore *store)
{
  GHashTable *keys = g_object_get_data (G_OBJECT (store), INSTITUTE_KEY);

  if (keys == NULL)
    {
      keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_data_full (G_OBJECT (store), INSTITUTE_KEY, keys, (GDestroyNotify) g_hash_table_unref);
    }

  return keys;
}

static void
remember_institute (OplStore          *store,
                    OplFormRegistry   *registry,
                    int                n_before)
{
  g_autoptr(GPtrArray) all = opl_form_registry_list (registry, -1);
  GHashTable *keys = get_institute_keys (store);

  for (guint i = (guint) n_before; i < all->len; i++)
    g_hash_table_add (keys, definition_key (g_ptr_array_index (all, i)));
}

/**
 * opl_form_library_get_registry:
 *
 * The shipped definitions and the institute's files. A broken file in the folder
 * leaves the folder out, with a warning in the log: the shipped forms still work.
 *
 * Returns: (transfer none): the registry of @store's windows
 */
OplFormRegistry *
opl_form_library_get_registry (OplStore *store)
{
  OplFormRegistry *registry;
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = NULL;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);

  registry = g_object_get_data (G_OBJECT (store), REGISTRY_KEY);
  if (registry != NULL)
    return registry;

  registry = opl_form_registry_new_default (&error);
  if (registry == NULL)
    {
      /* The shipped files are checked by the tests; this would be a broken build. */
      g_critical ("The shipped form definitions are invalid: %s", error->message);
      registry = opl_form_registry_new ();
      g_clear_error (&error);
    }

  directory = opl_form_library_get_directory ();
  if (g_file_test (directory, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GPtrArray) before = opl_form_registry_list (registry, -1);

      if (opl_form_registry_add_directory (registry, directory, &error))
        remember_institute (store, registry, before->len);
      else
        g_warning ("The institute’s form definitions were not loaded: %s", error->message);
    }

  g_object_set_data_full (G_OBJECT (store), REGISTRY_KEY, registry, g_object_unref);
  return registry;
}

/**
 * opl_form_library_add_file:
 * @file: an institute's definition file
 *
 * Validates @file with the core (a malformed file is refused with a message naming
 * the file and the problem), adds it to the registry, and keeps a copy for the next
 * start. Nothing changes when anything fails.
 *
 * Returns: (transfer full): the definition, or %NULL with @error set
 */
OplFormDefinition *
opl_form_library_add_file (OplStore  *store,
                           GFile     *file,
                           GError   **error)
{
  OplFormRegistry *registry;
  OplFormDefinition *known;
  g_autoptr(OplFormDefinition) definition = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir_path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  registry = opl_form_library_get_registry (store);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      /* Translators: %s is the address of a file that is not on this computer */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The form definition “%s” is not a local file"), uri);
      return NULL;
    }

  definition = opl_form_definition_new_from_file (path, error);
  if (definition == NULL)
    return NULL;

  /* Another text under a known id and version is refused (the registry says so in
   * its words) before anything is copied over the file that holds the known one. */
  known = opl_form_registry_lookup (registry, opl_form_definition_get_id (definition),
                                    opl_form_definition_get_version (definition));
  if (known != NULL &&
      g_strcmp0 (opl_form_definition_get_checksum (known), opl_form_definition_get_checksum (definition)) != 0)
    {
      if (!opl_form_registry_add (registry, definition, error))
        return NULL;
      g_return_val_if_reached (NULL);
    }

  dir_path = opl_form_library_get_directory ();
  directory = g_file_new_for_path (dir_path);
  name = g_strdup_printf ("%s-%d.json", opl_form_definition_get_id (definition),
                          opl_form_definition_get_version (definition));
  copy = g_file_get_child (directory, name);

  if ((!g_file_make_directory_with_parents (directory, NULL, &local_error) &&
       !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!g_file_replace_contents (copy, opl_form_definition_get_json (definition),
                                strlen (opl_form_definition_get_json (definition)),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error))
    return NULL;

  if (!opl_form_registry_add (registry, definition, error))
    {
      g_file_delete (copy, NULL, NULL);
      return NULL;
    }

  g_hash_table_add (get_institute_keys (store), definition_key (definition));
  return g_steal_pointer (&definition);
}

/**
 * opl_form_library_is_institute:
 *
 * Returns: whether @definition came from an institute's file rather than with the app
 */
gboolean
opl_form_library_is_institute (OplStore          *store,
                               OplFormDefinition *definition)
{
  g_autofree char *key = definition_key (definition);

  g_return_val_if_fail (OPL_IS_STORE (store), FALSE);

  return g_hash_table_contains (get_institute_keys (store), key);
}

/* fuzz-driver.c: runs LLVMFuzzerTestOneInput() over files, without libFuzzer.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `fuzz-import-corpus DIR|FILE...` feeds every file (every file in a folder) to the
 * fuzz target once, and prints TAP: the core test suite runs it over
 * tests/fuzz/corpus/, the seeds and every input the fuzzer ever found worth keeping.
 * A seed named valid-* must be taken as a bundle and one named bad-* refused, so that
 * the seeds stay what their names say.
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

#include "opl-export-bundle.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
add_files (const char *path,
           GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] != '.')
        g_ptr_array_add (files, g_build_filename (path, name, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  for (int i = 1; i < argc; i++)
    add_files (argv[i], files);
  g_ptr_array_sort (files, compare_names);

  if (files->len == 0)
    {
      printf ("1..0 # SKIP no corpus\n");
      return 0;
    }

  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (files, i));
      g_autoptr(OplExportBundle) bundle = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      if (!g_file_get_contents (g_ptr_array_index (files, i), &contents, &length, &error))
        {
          printf ("not ok %u %s # %s\n", i + 1, (char *) g_ptr_array_index (files, i), error->message);
          continue;
        }

      /* A crash or abort here ends the run, and the TAP count shows it. */
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);

      bundle = opl_export_bundle_new_from_data (contents, length, &error);
      if ((g_str_has_prefix (base, "valid-") && bundle == NULL) || (g_str_has_prefix (base, "bad-") && bundle != NULL))
        printf ("not ok %u %s # %s\n", i + 1, base, bundle == NULL ? error->message : "taken as a bundle");
      else
        printf ("ok %u %s%s%s\n", i + 1, base, bundle == NULL ? " # refused: " : "",
                bundle == NULL ? error->message : "");
      fflush (stdout);
    }

  return 0;
}

/* fuzz-import.c: the import's reader as a libFuzzer target (issue 7).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes go to opl_export_bundle_new_from_data(), the function every import starts
 * with. It must either refuse them with an OPL_EXPORT_ERROR and a message, or give a
 * bundle; a bundle must then read back from its own canonical text as the same
 * document, and every CSV table must be made from it. Anything else (a crash, a
 * sanitizer report, an abort below) is a bug.
 *
 * Built with clang -fsanitize=fuzzer when meson is set up with -Dfuzzing=true (see
 * tests/fuzz/meson.build); fuzz-driver.c runs the same function over the corpus in the
 * core test suite, so that every build checks the corpus.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "opl-export-bundle.h"
#include "opl-export-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_bundle (OplExportBundle *bundle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplExportBundle) again = NULL;
  g_autofree char *text = opl_export_bundle_to_json (bundle);
  g_autofree char *text_again = NULL;
  const char * const *tables = opl_export_csv_get_table_names ();

  again = opl_export_bundle_new_from_data (text, strlen (text), &error);
  if (again == NULL)
    {
      g_printerr ("A bundle did not read back from its own text: %s\n", error->message);
      abort ();
    }

  text_again = opl_export_bundle_to_json (again);
  if (strcmp (text, text_again) != 0)
    {
      g_printerr ("A bundle read back as another document\n");
      abort ();
    }

  for (guint i = 0; tables[i] != NULL; i++)
    {
      gsize length = 0;
      g_autofree char *csv = opl_export_csv_make_table (bundle, tables[i], &length);

      if (csv == NULL || length < 3 || memcmp (csv, "\xEF\xBB\xBF", 3) != 0)
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplExportBundle) bundle = NULL;

  bundle = opl_export_bundle_new_from_data ((const char *) data, size, &error);
  if (bundle != NULL)
    {
      check_bundle (bundle);
      return 0;
    }

  /* Every refusal is ours, with a message that says something, on one line. */
  if (error == NULL || error->domain != OPL_EXPORT_ERROR || error->message == NULL || *error->message == '\0' ||
      strchr (error->message, '\n') != NULL)
    abort ();

  return 0;
}

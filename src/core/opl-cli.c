/* opl-cli.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each mode prints its result on stdout, or one line on stderr and returns a
 * non-zero status, leaving a file it could not use untouched.
 */

#define G_LOG_DOMAIN "opl-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "opl-cli.h"
#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-demo.h"
#include "opl-store.h"

static int
fail (const GError *error)
{
  g_printerr ("opleidingspraktijk: %s\n", error->message);
  return OPL_EXIT_FAILURE;
}

/**
 * opl_cli_demo:
 * @path: where the demo practice goes; created when missing
 *
 * `--demo`: fills @path with the demo practice, refusing a file that holds one already.
 */
int
opl_cli_demo (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  GDate today;

  database = opl_database_open (path, OPL_DATABASE_OPEN_CREATE, &error);
  if (database == NULL)
    return fail (error);

  store = opl_store_new (database);
  opl_date_set_today (&today);
  if (!opl_store_load (store, &error) || !opl_demo_populate (store, &today, &error))
    return fail (error);

  /* Translators: the first %s is the practice's name, the second a file name */
  g_print (_("Created the demo practice “%s” in %s\n"), opl_store_get_practice_name (store), path);
  return OPL_EXIT_OK;
}

/* Runs a PRAGMA that answers with rows of problems, or one row "ok" / no rows. */
static gboolean
report_problems (OplDatabase *database,
                 const char  *sql,
                 const char  *what,
                 gboolean     ok_row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, sql, &error);
  gboolean has_row, healthy = TRUE;
  guint n_rows = 0;

  if (stmt == NULL)
    {
      g_print ("%s: %s\n", what, error->message);
      return FALSE;
    }

  while (opl_database_step_row (database, stmt, &has_row, &error) && has_row)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      n_rows++;
      if (ok_row && n_rows == 1 && g_strcmp0 (text, "ok") == 0)
        continue;

      healthy = FALSE;
      if (ok_row)
        g_print ("%s: %s\n", what, text);
      else
        g_print ("%s: %s row %" G_GINT64_FORMAT " refers to a missing %s row\n", what,
                 text, (gint64) sqlite3_column_int64 (stmt, 1), sqlite3_column_text (stmt, 2));
    }

  if (error != NULL)
    {
      g_print ("%s: %s\n", what, error->message);
      return FALSE;
    }

  if (healthy)
    g_print ("%s: ok\n", what);
  return healthy;
}

/**
 * opl_cli_check:
 * @path: an existing practice database
 *
 * `--check`: reports integrity, schema version and row counts without writing.
 *
 * Returns: 0 only when the file is healthy
 */
int
opl_cli_check (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  OplStoreCounts counts;
  gboolean healthy;

  database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL)
    return fail (error);

  g_print ("database: %s\n", path);
  g_print ("schema version: %d (this version writes %d)\n",
           opl_database_get_schema_version (database), OPL_DATABASE_SCHEMA_VERSION);
  g_print ("journal mode: %s\n", opl_database_get_journal_mode (database));

  healthy = report_problems (database, "PRAGMA integrity_check", "integrity", TRUE);
  healthy &= report_problems (database, "PRAGMA foreign_key_check", "foreign keys", FALSE);

  if (opl_database_get_schema_version (database) < OPL_DATABASE_SCHEMA_VERSION)
    {
      g_print ("counts: not available until the file is opened once to upgrade it\n");
      return healthy ? OPL_EXIT_OK : OPL_EXIT_FAILURE;
    }

  store = opl_store_new (database);
  if (!opl_store_count (store, &counts, &error))
    return fail (error);

  g_print ("practices: %" G_GINT64_FORMAT "\n", counts.practices);
  g_print ("people: %" G_GINT64_FORMAT "\n", counts.people);
  g_print ("trajecten: %" G_GINT64_FORMAT "\n", counts.trajecten);
  g_print ("traject opleiders: %" G_GINT64_FORMAT "\n", counts.traject_opleiders);
  g_print ("leave periods: %" G_GINT64_FORMAT "\n", counts.leave_periods);
  g_print ("%s\n", healthy ? "healthy" : "NOT healthy");

  return healthy ? OPL_EXIT_OK : OPL_EXIT_FAILURE;
}

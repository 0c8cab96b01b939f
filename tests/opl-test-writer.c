/* opl-test-writer.c: a second process that writes to a practice database.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   opl-test-writer PATH wal|delete people N TAG   N people named "TAG i", one transaction each
 *   opl-test-writer PATH wal|delete batches SIZE   batches of SIZE people until killed
 */

#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "opl-database-private.h"
#include "opl-store.h"

static int
write_people (OplStore   *store,
              int         n,
              const char *tag)
{
  for (int i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("%s %d", tag, i);
      g_autoptr(OplPerson) person = opl_store_add_person (store, name, OPL_ROLE_AIOS, &error);

      if (person == NULL)
        {
          g_printerr ("writer %s: %s\n", tag, error->message);
          return 1;
        }
    }

  return 0;
}

static gboolean
write_batch (OplDatabase  *database,
             int           size,
             GError      **error)
{
  if (!opl_database_begin (database, error))
    return FALSE;

  for (int i = 0; i < size; i++)
    {
      g_autoptr(sqlite3_stmt) stmt =
        opl_database_prepare (database,
                              "INSERT INTO person (id, name, role, created_at, changed_at)"
                              " VALUES (?, 'Batch', 'aios', '2026-11-22T10:00:00.000Z',"
                              " '2026-11-22T10:00:00.000Z')",
                              error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, g_uuid_string_random (), -1, g_free);
      if (!opl_database_step_done (database, stmt, error))
        {
          opl_database_rollback (database);
          return FALSE;
        }
    }

  return opl_database_commit (database, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  OplDatabaseOpenFlags flags = OPL_DATABASE_OPEN_CREATE;

  if (argc < 5)
    {
      g_printerr ("usage: %s PATH wal|delete people N TAG | batches SIZE\n", argv[0]);
      return 2;
    }

  if (g_str_equal (argv[2], "delete"))
    flags |= OPL_DATABASE_OPEN_NETWORK;

  database = opl_database_open (argv[1], flags, &error);
  if (database == NULL)
    {
      g_printerr ("writer: %s\n", error->message);
      return 1;
    }
  store = opl_store_new (database);

  if (g_str_equal (argv[3], "people") && argc == 6)
    return write_people (store, atoi (argv[4]), argv[5]);

  if (g_str_equal (argv[3], "batches"))
    {
      int size = atoi (argv[4]);

      printf ("ready\n");
      fflush (stdout);
      for (;;)
        {
          if (!write_batch (database, size, &error))
            {
              g_printerr ("writer: %s\n", error->message);
              return 1;
            }
        }
    }

  return 2;
}

/* opl-check-cache.c: which practice files were found intact, as they are now.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full integrity_check reads every page and every index of the file: the gate before
 * anything is written to it (opl-database.c), on a worker thread at the start. It runs
 * once per change of the file: a file found intact is remembered by what its change
 * shows (device, inode, size and modification time of the file and of its -wal), in a
 * small file per practice in the user's cache folder. The same file, unchanged since,
 * is not read again; any write changes one of them. No cache folder (a test's HOME is
 * /dev/null): every check runs.
 */

#define G_LOG_DOMAIN "opl-check-cache"

#include "config.h"

#include <glib/gstdio.h>

#include "opl-check-cache.h"

static char *
cache_path (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *name = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);

  return g_build_filename (g_get_user_cache_dir (), "opleidingspraktijk", "checked", name, NULL);
}

/* What a change of @path or its write-ahead log changes. An empty -wal holds no change:
 * SQLite makes one when the file is opened and removes it when the last connection
 * closes, so it is as good as none (issue 19: else a file checked while open, as every
 * file is, was checked again at every opening). */
static char *
file_state (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf main_stat, wal_stat;
  gboolean has_wal;

  if (g_stat (path, &main_stat) != 0)
    return NULL;

  has_wal = g_stat (wal, &wal_stat) == 0 && wal_stat.st_size > 0;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT
                          ":%ld|%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%ld",
                          (guint64) main_stat.st_dev, (guint64) main_stat.st_ino, (gint64) main_stat.st_size,
                          (gint64) main_stat.st_mtime, (long) main_stat.st_mtim.tv_nsec,
                          has_wal ? (gint64) wal_stat.st_size : (gint64) -1,
                          has_wal ? (gint64) wal_stat.st_mtime : (gint64) -1,
                          has_wal ? (long) wal_stat.st_mtim.tv_nsec : -1L);
}

/**
 * opl_check_cache_is_intact:
 *
 * Returns: whether @path was found intact by a full check and has not changed since
 */
gboolean
opl_check_cache_is_intact (const char *path)
{
  g_autofree char *cache = cache_path (path);
  g_autofree char *state = file_state (path);
  g_autofree char *remembered = NULL;

  return state != NULL && g_file_get_contents (cache, &remembered, NULL, NULL) && g_str_equal (state, remembered);
}

/* Remembers that @path, as it is now, passed a full check. */
void
opl_check_cache_remember (const char *path)
{
  g_autofree char *cache = cache_path (path);
  g_autofree char *folder = g_path_get_dirname (cache);
  g_autofree char *state = file_state (path);

  if (state == NULL || g_mkdir_with_parents (folder, 0700) != 0)
    return;
  g_file_set_contents_full (cache, state, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
}

void
opl_check_cache_forget (const char *path)
{
  g_autofree char *cache = cache_path (path);

  g_unlink (cache);
}

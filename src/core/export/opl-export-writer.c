/* opl-export-writer.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every bundle is first written as a folder under a temporary name beside its target
 * (".NAME.tmp-XXXXXX", on the same filesystem), each file flushed to disk. A folder
 * target is then that folder renamed into place; a zip target is a zip made of it
 * under a temporary name, flushed and renamed into place. rename() replaces in one
 * step, so a reader sees the old target or the whole new one, never a part; whatever
 * fails, the temporary files go and the target is as it was.
 *
 * A process that is killed cannot remove its temporary files, so every export first
 * removes those that earlier exports left in the target's folder (issue 17). Only this
 * writer's own names are touched (".NAME.tmp-XXXXXX", a folder, and the zip
 * ".NAME.tmp-XXXXXX.zip" made of it), only the user's own, and only when no live
 * process holds them: a writer holds an exclusive flock() on its staging folder until
 * it is done, and a folder whose lock can be taken belongs to a process that is gone
 * (the kernel drops a dead process's locks). A zip is its folder's: one whose folder is
 * gone is left over. On a filesystem without flock() the age decides instead: a day
 * after its last change.
 */

#define G_LOG_DOMAIN "opl-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-export-csv.h"
#include "opl-export-writer.h"

#define STAGING_MARK ".tmp-"
/* The six characters g_mkdtemp() puts in place of XXXXXX. */
#define STAGING_RANDOM 6

/* A staging folder that cannot be locked (a filesystem without flock()) is left over
 * when it has not changed for this long. */
#define STALE_STAGING_SECONDS (24 * 60 * 60)

/* How often a staging folder is made anew when another export's clean-up took it
 * before it was locked (see lock_staging()). */
#define STAGING_ATTEMPTS 5

/**
 * opl_export_formats_parse:
 * @text: a comma-separated list of pdf, csv and json
 *
 * Returns: whether @text named only known formats, at least one
 */
gboolean
opl_export_formats_parse (const char        *text,
                          OplExportFormats  *formats,
                          GError           **error)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);

  *formats = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);

      if (g_ascii_strcasecmp (part, "json") == 0)
        *formats |= OPL_EXPORT_FORMAT_JSON;
      else if (g_ascii_strcasecmp (part, "csv") == 0)
        *formats |= OPL_EXPORT_FORMAT_CSV;
      else if (g_ascii_strcasecmp (part, "pdf") == 0)
        *formats |= OPL_EXPORT_FORMAT_PDF;
      else
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: %s is what the user typed after --format */
                       _("“%s” is not a format: give pdf, csv and/or json, separated by commas"), part);
          return FALSE;
        }
    }

  if (*formats == 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Give at least one format: pdf, csv or json"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_error (GError     **error,
             const char  *path,
             const char  *reason)
{
  g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_WRITE,
               /* Translators: the first %s is a file or folder, the second why it failed */
               _("Could not write “%s”: %s"), path, reason);
  return FALSE;
}

/* Removes @path and everything under it (the staging folder; never the target). */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

static gboolean
sync_path (const char  *path,
           GError     **error)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  int saved;

  if (fd < 0 || fsync (fd) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      return write_error (error, path, g_strerror (saved));
    }

  close (fd);
  return TRUE;
}

/**
 * opl_export_write_private_file:
 * @length: of @contents, or -1 for a string
 *
 * g_file_set_contents() for a file of the export: made 0600, for its owner only.
 */
gboolean
opl_export_write_private_file (const char  *path,
                               const char  *contents,
                               gssize       length,
                               GError     **error)
{
  return g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* Whether @name is one of this writer's temporary names: ".NAME.tmp-XXXXXX" (a staging
 * folder) or that with ".zip" (the zip made of it, @zip set). */
static gboolean
is_staging_name (const char *name,
                 gboolean   *zip)
{
  gsize length = strlen (name);
  const char *mark;

  *zip = g_str_has_suffix (name, ".zip");
  if (*zip)
    length -= strlen (".zip");

  /* ".", at least one character of the target's name, the mark, the random part. */
  if (name[0] != '.' || length < 2 + strlen (STAGING_MARK) + STAGING_RANDOM)
    return FALSE;

  mark = name + length - STAGING_RANDOM - strlen (STAGING_MARK);
  if (strncmp (mark, STAGING_MARK, strlen (STAGING_MARK)) != 0)
    return FALSE;

  for (const char *p = mark + strlen (STAGING_MARK); p < name + length; p++)
    {
      if (!g_ascii_isalnum (*p))
        return FALSE;
    }

  return TRUE;
}

/* Opens the folder @path (not a symlink) and takes its lock without waiting. Returns
 * the descriptor, or -1 with @lock_errno the reason: EWOULDBLOCK when another process
 * holds it; for a filesystem without flock(), the descriptor with @lock_errno set. */
static int
open_and_lock (const char *path,
               int        *lock_errno)
{
  int fd = open (path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

  *lock_errno = 0;
  if (fd < 0)
    {
      *lock_errno = errno;
      return -1;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      *lock_errno = errno;
      if (*lock_errno == EWOULDBLOCK || *lock_errno == EINTR)
        {
          close (fd);
          return -1;
        }
    }

  return fd;
}

/* Removes one staging folder that an earlier export left in @parent, and its zip, when
 * it is the user's own and no live process holds it (see the top of this file). */
static void
remove_stale_folder (const char *path)
{
  g_autofree char *zip_path = g_strconcat (path, ".zip", NULL);
  struct stat st;
  int lock_errno;
  int fd = open_and_lock (path, &lock_errno);

  if (fd < 0)
    return;

  if (fstat (fd, &st) != 0 || !S_ISDIR (st.st_mode) || st.st_uid != getuid () ||
      (lock_errno != 0 && (gint64) st.st_mtime > g_get_real_time () / G_USEC_PER_SEC - STALE_STAGING_SECONDS))
    {
      close (fd);
      return;
    }

  g_debug ("Removing %s, left by an export that did not finish", path);
  g_unlink (zip_path);
  remove_tree (path);
  /* The lock goes only now: a writer that made a folder of this name in the meantime
   * could not lock it, and makes another (lock_staging()). */
  close (fd);
}

/* Removes a zip whose staging folder is gone: a writer's zip is made and removed
 * while its folder exists, so this one's writer did not finish. */
static void
remove_stale_zip (const char *path)
{
  g_autofree char *folder = g_strndup (path, strlen (path) - strlen (".zip"));
  GStatBuf st;

  if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != getuid () ||
      g_file_test (folder, G_FILE_TEST_EXISTS))
    return;

  g_debug ("Removing %s, left by an export that did not finish", path);
  g_unlink (path);
}

/* Removes what earlier exports that were killed left in @parent. */
static void
remove_stale_staging (const char *parent)
{
  g_autoptr(GDir) dir = g_dir_open (parent, 0, NULL);
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) zips = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  gboolean zip;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (is_staging_name (name, &zip))
        g_ptr_array_add (zip ? zips : folders, g_build_filename (parent, name, NULL));
    }

  /* The folders first: a folder's zip goes with it. */
  for (guint i = 0; i < folders->len; i++)
    remove_stale_folder (g_ptr_array_index (folders, i));
  for (guint i = 0; i < zips->len; i++)
    remove_stale_zip (g_ptr_array_index (zips, i));
}

/* Makes the staging folder from @template (0700) and locks it for as long as the export
 * runs. Returns its path and sets @fd (-1 when the filesystem has no flock(): then the
 * age protects it), or %NULL with @error set. */
static char *
lock_staging (const char  *template,
              const char  *target,
              int         *fd,
              GError     **error)
{
  for (guint attempt = 0; attempt < STAGING_ATTEMPTS; attempt++)
    {
      g_autofree char *path = g_strdup (template);
      struct stat by_path, by_fd;
      int lock_errno;

      /* Assessments of people: the folder, its files and a zip are for the owner only
       * (0700/0600), like the practice file (issue 15). */
      if (g_mkdtemp_full (path, 0700) == NULL)
        {
          write_error (error, target, g_strerror (errno));
          return NULL;
        }

      /* Another export's clean-up may find the folder before it is locked, take it for
       * a leftover and remove it: then the lock fails, or is taken on a folder that is
       * no longer there. Made anew, under another name. */
      *fd = open_and_lock (path, &lock_errno);
      if (*fd >= 0 && fstat (*fd, &by_fd) == 0 && stat (path, &by_path) == 0 &&
          by_fd.st_dev == by_path.st_dev && by_fd.st_ino == by_path.st_ino)
        {
          if (lock_errno != 0)
            {
              g_debug ("No lock on %s (%s): only its age protects it", path, g_strerror (lock_errno));
              close (*fd);
              *fd = -1;
            }
          return g_steal_pointer (&path);
        }

      if (*fd >= 0)
        close (*fd);
      *fd = -1;
      g_rmdir (path);
    }

  write_error (error, target, _("another export keeps taking its temporary folder"));
  return NULL;
}

static gboolean
make_folder (const char  *path,
             GError     **error)
{
  if (g_mkdir (path, 0700) != 0)
    return write_error (error, path, g_strerror (errno));
  return TRUE;
}

/* The JSON and CSV files of the bundle into the empty folder @staging. */
static gboolean
write_data_files (OplExportBundle              *bundle,
                  const char                   *staging,
                  const OplExportWriteOptions  *options,
                  GError                      **error)
{
  if (options->formats & OPL_EXPORT_FORMAT_JSON)
    {
      g_autofree char *path = g_build_filename (staging, OPL_EXPORT_JSON_NAME, NULL);
      g_autofree char *text = opl_export_bundle_to_json (bundle);

      if (!opl_export_write_private_file (path, text, -1, error))
        return FALSE;
    }

  if (options->formats & OPL_EXPORT_FORMAT_CSV)
    {
      g_autofree char *folder = g_build_filename (staging, OPL_EXPORT_CSV_FOLDER, NULL);

      if (!make_folder (folder, error) || !opl_export_csv_write_all (bundle, folder, error) ||
          !sync_path (folder, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  OplExportBundle             *bundle;
  const char                  *staging;
  const OplExportWriteOptions *options;
  GError                      *error;
} DataFiles;

static gpointer
write_data_files_thread (gpointer user_data)
{
  DataFiles *data = user_data;

  write_data_files (data->bundle, data->staging, data->options, &data->error);
  return NULL;
}

/* Writes the bundle's files into the empty folder @staging: the JSON and CSV on a
 * thread of their own while the PDFs are laid out (issue 19; the bundle is only read,
 * and json-glib's getters take no references). */
static gboolean
write_files (OplExportBundle              *bundle,
             const char                   *staging,
             const OplExportWriteOptions  *options,
             GError                      **error)
{
  DataFiles data = { bundle, staging, options, NULL };
  GThread *thread = NULL;
  gboolean written = TRUE;

  if (options->formats & OPL_EXPORT_FORMAT_PDF)
    thread = g_thread_try_new ("opl-export-data", write_data_files_thread, &data, NULL);
  if (thread == NULL)
    written = write_data_files (bundle, staging, options, error);

  if (written && (options->formats & OPL_EXPORT_FORMAT_PDF))
    {
      g_autofree char *folder = g_build_filename (staging, OPL_EXPORT_PDF_FOLDER, NULL);

      written = make_folder (folder, error) && options->render_pdf (bundle, folder, error) &&
                sync_path (folder, error);
    }

  if (thread != NULL)
    {
      g_thread_join (thread);
      if (data.error != NULL)
        {
          /* The first failure is the one reported. */
          if (written)
            g_propagate_error (error, g_steal_pointer (&data.error));
          g_clear_error (&data.error);
          written = FALSE;
        }
    }

  return written && sync_path (staging, error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The files under @folder, as paths relative to it, sorted (so a zip's order is fixed). */
static void
list_files (const char *folder,
            const char *prefix,
            GPtrArray  *files)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *child_name = g_ptr_array_index (names, i);
      g_autofree char *child = g_build_filename (folder, child_name, NULL);
      g_autofree char *relative = prefix != NULL ? g_strconcat (prefix, "/", child_name, NULL) : g_strdup (child_name);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        list_files (child, relative, files);
      else
        g_ptr_array_add (files, g_steal_pointer (&relative));
    }
}

static gboolean
archive_failed (struct archive  *archive,
                const char      *path,
                GError         **error)
{
  return write_error (error, path, archive_error_string (archive) != NULL ? archive_error_string (archive)
                                                                         : _("the zip could not be made"));
}

/* Zips the files of @staging into @zip_path; every entry is dated @mtime. */
static gboolean
write_zip (const char  *staging,
           const char  *zip_path,
           gint64       mtime,
           GError     **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  struct archive *archive;
  gboolean ok = TRUE;
  int fd;

  list_files (staging, NULL, files);

  /* Made 0600 before a byte is in it. */
  fd = g_open (zip_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    return write_error (error, zip_path, g_strerror (errno));

  archive = archive_write_new ();
  if (archive_write_set_format_zip (archive) != ARCHIVE_OK || archive_write_open_fd (archive, fd) != ARCHIVE_OK)
    {
      archive_failed (archive, zip_path, error);
      archive_write_free (archive);
      close (fd);
      return FALSE;
    }

  for (guint i = 0; ok && i < files->len; i++)
    {
      const char *relative = g_ptr_array_index (files, i);
      g_autofree char *path = g_build_filename (staging, relative, NULL);
      g_autofree char *contents = NULL;
      struct archive_entry *entry;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, error))
        {
          ok = FALSE;
          break;
        }

      entry = archive_entry_new ();
      archive_entry_set_pathname (entry, relative);
      archive_entry_set_size (entry, (la_int64_t) length);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0600);
      archive_entry_set_mtime (entry, (time_t) mtime, 0);
      if (archive_write_header (archive, entry) != ARCHIVE_OK ||
          (length > 0 && archive_write_data (archive, contents, length) != (la_ssize_t) length))
        ok = archive_failed (archive, zip_path, error);
      archive_entry_free (entry);
    }

  if (archive_write_close (archive) != ARCHIVE_OK && ok)
    ok = archive_failed (archive, zip_path, error);
  archive_write_free (archive);
  close (fd);

  return ok && sync_path (zip_path, error);
}

static gboolean
is_zip (const char *path)
{
  return g_str_has_suffix (path, ".zip") || g_str_has_suffix (path, ".ZIP");
}

/* A folder target may be missing or an empty folder; a zip target missing or a file. */
static gboolean
check_target (const char  *path,
              gboolean     zip,
              GError     **error)
{
  g_autoptr(GDir) dir = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (zip)
    {
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        return write_error (error, path, _("it is a folder"));
      return TRUE;
    }

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return write_error (error, path, _("a file of that name exists"));

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL || g_dir_read_name (dir) != NULL)
    return write_error (error, path, _("the folder exists and is not empty; choose another name"));

  return TRUE;
}

static gint64
bundle_mtime (OplExportBundle *bundle)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (opl_export_bundle_get_exported_at (bundle), utc);

  return time != NULL ? g_date_time_to_unix (time) : 0;
}

/**
 * opl_export_write:
 * @path: the folder to make, or a file ending in ".zip"
 * @options: the formats, and the PDF renderer
 *
 * Writes the bundle whole or not at all (see the top of this file).
 */
gboolean
opl_export_write (OplExportBundle              *bundle,
                  const char                   *path,
                  const OplExportWriteOptions  *options,
                  GError                      **error)
{
  g_autofree char *parent = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  g_autofree char *zip_path = NULL;
  g_autofree char *staging = NULL;
  gboolean zip, ok;
  int lock_fd = -1;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (bundle), FALSE);
  g_return_val_if_fail (path != NULL && options != NULL, FALSE);

  if (options->formats == 0)
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_UNSUPPORTED,
                           _("Give at least one format: pdf, csv or json"));
      return FALSE;
    }
  if ((options->formats & OPL_EXPORT_FORMAT_PDF) && options->render_pdf == NULL)
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_UNSUPPORTED,
                           _("PDF export is not available in this build"));
      return FALSE;
    }

  zip = is_zip (path);
  if (!check_target (path, zip, error))
    return FALSE;

  parent = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  if (!g_file_test (parent, G_FILE_TEST_IS_DIR))
    return write_error (error, path, _("its folder does not exist"));

  remove_stale_staging (parent);

  template = g_strdup_printf ("%s%c.%s" STAGING_MARK "XXXXXX", parent, G_DIR_SEPARATOR, base);
  staging = lock_staging (template, path, &lock_fd, error);
  if (staging == NULL)
    return FALSE;

  ok = write_files (bundle, staging, options, error);

  if (ok && zip)
    {
      zip_path = g_strconcat (staging, ".zip", NULL);
      ok = write_zip (staging, zip_path, bundle_mtime (bundle), error);
      if (ok && g_rename (zip_path, path) != 0)
        ok = write_error (error, path, g_strerror (errno));
      if (!ok)
        g_unlink (zip_path);
      remove_tree (staging);
    }
  else if (ok)
    {
      if (g_rename (staging, path) != 0)
        ok = write_error (error, path, g_strerror (errno));
      if (!ok)
        remove_tree (staging);
    }
  else
    remove_tree (staging);

  /* The rename itself on disk; the bundle is whole either way. */
  if (ok)
    sync_path (parent, NULL);

  /* Only now, when nothing of the staging folder is left under its name. */
  if (lock_fd >= 0)
    close (lock_fd);

  return ok;
}

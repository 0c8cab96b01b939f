/* test-reliability.c: issue 17's reliability suite, run with the other tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app runs as a command (OPL_BINARY), as a script or the window's worker would run
 * it, in three ways:
 *
 * - Kills: a writer (an import into a practice that is there, a merge of a laptop's
 *   copy, a migration of an older file by a mode that writes, a `--backup FILE`, the
 *   automatic backup before an import, a `--restore`) is killed with SIGKILL after a
 *   random time up to the time it takes whole. Then the file must pass integrity_check
 *   and hold exactly the state before or the state after (every table's rows, by
 *   digest), the app must read it (`--check`), and every backup it finished must hold
 *   the state before, whole.
 * - Corruption: copies of a practice with random bytes at random offsets (in its pages,
 *   in its header, a page overwritten, cut short) are opened by every mode that reads
 *   and every mode that writes. Each must refuse in one line (exit 1 or 2), or, when
 *   SQLite's own integrity_check finds nothing wrong, may do its work; no mode may crash
 *   or write to a damaged file (its bytes are compared), and none may leave a journal.
 * - Versions: a file of every schema version 1 .. current and one of a newer version,
 *   opened by every mode: modes that read succeed and leave the file as it was; modes
 *   that write upgrade an older file only after a backup of it, and refuse a newer one.
 *
 * Randomness comes from g_test_rand_int*(), so that `--seed` repeats a failing run. The
 * figures are printed at the end (/reliability/summary/figures), as one TAP comment per
 * kind.
 */

#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>

#include "opl-backup.h"
#include "opl-database.h"
#include "opl-schema.h"
#include "opl-test-utils.h"

#define TODAY "2026-11-22"

/* How often each kind of writer is killed, and how many damaged copies are made. */
#define N_KILLS 15
#define N_CORRUPT 20

/* The history the kill tests work on, and how many KPBs the laptop adds. */
#define HISTORY_YEARS "2"
#define N_LAPTOP_KPB 400

/* Where the laptop's changes are dated. */
#define LAPTOP_AT "2030-01-01T10:00:00.000Z"

/* ---- figures ---------------------------------------------------------------------- */

typedef enum
{
  KILL_IMPORT,
  KILL_MERGE,
  KILL_MIGRATION,
  KILL_BACKUP_FILE,
  KILL_AUTO_BACKUP,
  KILL_RESTORE,
  N_KILL_KINDS,
} KillKind;

static const char * const kill_names[N_KILL_KINDS] = {
  "import", "merge", "migration", "backup-file", "auto-backup", "restore",
};

typedef struct
{
  guint kills;
  guint old;
  guint new_;
  guint migrated;       /* migration only: upgraded, the mode's own write not yet made */
  guint partial;        /* neither: a failure */
  guint check_refused;  /* `--check` could not read the file afterwards: a failure */
  guint backups;        /* finished backups found and checked whole */
  guint bad_backups;    /* a finished backup that is not whole or not the state before */
  guint temporaries;    /* a killed backup's temporary file, left beside it */
} KillFigures;

static KillFigures kill_figures[N_KILL_KINDS];

static struct
{
  guint files;          /* damaged copies */
  guint unseen;         /* of which integrity_check finds nothing */
  guint runs;
  guint refused;
  guint read;           /* a reading mode's work done on a file SQLite finds intact */
  guint written_intact; /* a writing mode's work done on a file SQLite finds intact */
  guint restored;       /* --restore put the backup in place, the damaged file kept aside */
  guint written;        /* a damaged file's bytes changed: a failure */
  guint crashed;        /* ended by a signal, or an exit status other than 0, 1 or 2 */
  guint bad_message;    /* a refusal that is not one line: a failure */
  guint non_utf8;       /* a refusal quoting the damaged bytes as they are */
  guint journals;       /* a -journal, or a -wal that is not empty, left beside it */
  guint empty_logs;     /* an empty -wal and -shm left beside it (a read-only connection) */
} corrupt_figures;

static struct
{
  guint files;
  guint modes;
  guint runs;
  guint read;
  guint migrated;        /* an older file written after a backup of it */
  guint refused_writes;  /* a writing mode refused on a newer file */
  guint other_refusals;  /* a writing mode refused for a reason of its own, after upgrading */
  guint failures;
} version_figures;

/* ---- running the app ---------------------------------------------------------------- */

typedef struct
{
  int   status;   /* the exit status, or -1 */
  int   signal;   /* the signal that ended it, or 0 */
  char *out;
  char *err;
  char *shown;    /* err as valid UTF-8, for the log (TAP is text) */
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  g_clear_pointer (&run->shown, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* The app's data and cache folders for the child: the backups go to the former, the
 * record of files found intact to the latter (G_TEST_OPTION_ISOLATE_DIRS gives every
 * test case its own). */
static GSubprocessLauncher *
new_launcher (GSubprocessFlags flags)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (flags);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "OPL_TODAY", TODAY, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "TMPDIR", g_get_tmp_dir (), TRUE);
  return launcher;
}

static GSubprocess *
spawn_app (const char * const *args,
           GSubprocessFlags    flags)
{
  g_autoptr(GSubprocessLauncher) launcher = new_launcher (flags);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (gpointer) g_getenv ("OPL_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

/* Runs the app to its end, keeping how it ended and what it said. */
static void
run_app (Run                *run,
         const char * const *args)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) input = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;

  process = spawn_app (args, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                             G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* Bytes, not text: a message may quote a damaged file's bytes. */
  g_subprocess_communicate (process, input, NULL, &out, &err, &error);
  g_assert_no_error (error);
  run->out = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
  run->err = g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err));
  run->shown = g_utf8_make_valid (run->err != NULL ? run->err : "", -1);
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  run->signal = g_subprocess_get_if_signaled (process) ? g_subprocess_get_term_sig (process) : 0;
}

/* Runs @args, which must succeed. */
static void
run_ok (const char * const *args)
{
  g_auto(Run) run = { 0 };

  run_app (&run, args);
  if (run.status != 0)
    g_error ("%s %s: exit %d, signal %d: %s", args[0], args[2], run.status, run.signal, run.shown);
}

/* Runs @args to its end; returns how long it took, in microseconds. */
static gint64
run_timed (const char * const *args)
{
  gint64 started = g_get_monotonic_time ();

  run_ok (args);
  return g_get_monotonic_time () - started;
}

/* Whether @run refused in words: exit 1 or 2 and one line on stderr, prefixed. */
static gboolean
refused_in_words (const Run *run)
{
  const char *newline;

  if (run->signal != 0 || (run->status != 1 && run->status != 2))
    return FALSE;

  newline = strchr (run->err, '\n');
  return g_str_has_prefix (run->err, "opleidingspraktijk: ") && newline != NULL && newline[1] == '\0';
}

/* ---- files -------------------------------------------------------------------------- */

static const char * const log_suffixes[] = { "-wal", "-shm", "-journal" };

static void
remove_practice (const char *path)
{
  g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (log_suffixes); i++)
    {
      g_autofree char *log = g_strconcat (path, log_suffixes[i], NULL);

      g_unlink (log);
    }
}

/* @from, closed, copied to @to as a new file (a new inode: never the same file as far
 * as the record of checked files goes). */
static void
copy_practice (const char *from,
               const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  remove_practice (to);
  opl_test_write_file (to, contents, (gssize) length);
}

/* The SHA-256 of @path's bytes, or %NULL when it is not there. */
static char *
bytes_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

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

/* The names in @folder that begin with @prefix, sorted. */
static GPtrArray *
list_prefixed (const char *folder,
               const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, prefix))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  return names;
}

/* ---- what a file holds -------------------------------------------------------------- */

/* The first column of the first row of @sql, or %NULL. */
static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW &&
      sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* What integrity_check finds in @db: %NULL when it is intact. */
static char *
integrity_problem (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  GString *problems = g_string_new (NULL);
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *row = (const char *) sqlite3_column_text (stmt, 0);

          if (g_strcmp0 (row, "ok") != 0)
            g_string_append_printf (problems, "%s; ", row);
        }
    }
  if (rc != SQLITE_DONE)
    g_string_append (problems, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  if (problems->len == 0)
    {
      g_string_free (problems, TRUE);
      return NULL;
    }
  return g_string_free (problems, FALSE);
}

/* Whether the file is intact as SQLite alone sees it, without writing to it. */
static gboolean
sqlite_finds_intact (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *full = g_strconcat (uri, "?mode=ro&immutable=1", NULL);
  g_autofree char *problem = NULL;
  sqlite3 *db = NULL;
  gboolean intact;

  intact = sqlite3_open_v2 (full, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
           (problem = integrity_problem (db)) == NULL;
  sqlite3_close (db);
  return intact;
}

/* The state of the practice at @path as the next program to open it finds it (a
 * killed writer's journal or log is taken up: SQLite opens it read-write): every table
 * with the digest of its rows, and "#version" its schema version. %NULL, with
 * @problem, when the file is not intact. @immutable opens a file nobody writes (a
 * backup) without touching it. */
static GHashTable *
read_state (const char  *path,
            gboolean     immutable,
            char       **problem)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *full = g_strconcat (uri, immutable ? "?mode=ro&immutable=1" : "", NULL);
  GHashTable *state = NULL;
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_URI | (immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);

  *problem = NULL;
  if (sqlite3_open_v2 (full, &db, flags, NULL) != SQLITE_OK)
    *problem = g_strdup (sqlite3_errmsg (db));
  else if ((*problem = integrity_problem (db)) == NULL)
    {
      g_autofree char *keys = query_text (db, "SELECT count(*) FROM pragma_foreign_key_check");

      if (g_strcmp0 (keys, "0") != 0)
        *problem = g_strdup_printf ("%s foreign keys point nowhere", keys);
      else
        {
          state = opl_test_digest_tables (db);
          g_hash_table_insert (state, g_strdup ("#version"), query_text (db, "PRAGMA user_version"));
        }
    }
  sqlite3_close (db);
  return state;
}

static GHashTable *
state_of (const char *path)
{
  g_autofree char *problem = NULL;
  GHashTable *state = read_state (path, FALSE, &problem);

  if (state == NULL)
    g_error ("%s: %s", path, problem);
  return state;
}

/* The tables that two runs of the same work left different (rows it dates now or gives
 * a new id): those are compared by their number of rows only. */
static void
add_volatile (GHashTable *volatile_tables,
              GHashTable *a,
              GHashTable *b)
{
  GHashTableIter iter;
  gpointer table, digest;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &table, &digest))
    {
      if (g_strcmp0 (digest, g_hash_table_lookup (b, table)) != 0)
        g_hash_table_add (volatile_tables, g_strdup (table));
    }
}

/* "12:abc..." -> 12 */
static guint64
rows_of (const char *digest)
{
  return digest != NULL ? g_ascii_strtoull (digest, NULL, 10) : G_MAXUINT64;
}

static gboolean
same_state (GHashTable *state,
            GHashTable *expected,
            GHashTable *volatile_tables)
{
  GHashTableIter iter;
  gpointer table, digest;

  if (state == NULL || expected == NULL || g_hash_table_size (state) != g_hash_table_size (expected))
    return FALSE;

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &table, &digest))
    {
      const char *found = g_hash_table_lookup (state, table);

      if (found == NULL)
        return FALSE;
      if (volatile_tables != NULL && g_hash_table_contains (volatile_tables, table))
        {
          if (rows_of (found) != rows_of (digest))
            return FALSE;
        }
      else if (g_strcmp0 (found, digest) != 0)
        return FALSE;
    }

  return TRUE;
}

/* What differs between @state and @expected, for the log of a failure. */
static char *
describe_difference (GHashTable *state,
                     GHashTable *expected)
{
  GString *text = g_string_new (NULL);
  GHashTableIter iter;
  gpointer table, digest;

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &table, &digest))
    {
      const char *found = state != NULL ? g_hash_table_lookup (state, table) : NULL;

      if (g_strcmp0 (found, digest) != 0)
        g_string_append_printf (text, "%s: %" G_GUINT64_FORMAT " rows, not %" G_GUINT64_FORMAT "; ",
                                (const char *) table, rows_of (found), rows_of (digest));
    }
  return g_string_free (text, FALSE);
}

/* ---- kills -------------------------------------------------------------------------- */

typedef struct
{
  KillKind             kind;
  const char          *pristine;         /* the state before, closed */
  const char          *practice;         /* where each run works */
  const char * const  *args;
  GHashTable          *old;
  GHashTable          *new_;
  GHashTable          *migrated;         /* (nullable) an older file upgraded, no more */
  GHashTable          *volatile_tables;
  gint64               full;             /* how long a whole run takes, in µs */
  const char          *backup_file;      /* (nullable) what `--backup FILE` writes */
  gboolean             in_auto_backup;   /* killed while the automatic backup is written */
} KillSpec;

/* Whether @folder holds a backup's temporary file (".tmp-"). */
static gboolean
has_temporary (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (strstr (name, ".tmp-") != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Checks every backup in @folder that a run finished (it must hold @old, whole), counts
 * the temporary files killed runs left, and empties the folder for the next run. */
static void
check_backups (const char  *folder,
               GHashTable  *old,
               KillFigures *figures)
{
  g_autoptr(GPtrArray) names = list_prefixed (folder, "");

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (strstr (name, ".tmp-") != NULL)
        figures->temporaries++;
      else if (g_str_has_suffix (name, ".db"))
        {
          g_autofree char *problem = NULL;
          g_autoptr(GHashTable) state = read_state (path, TRUE, &problem);

          if (state != NULL && same_state (state, old, NULL))
            figures->backups++;
          else
            {
              g_autofree char *difference = describe_difference (state, old);

              g_test_message ("The backup %s is not the state before: %s%s", name, problem ? problem : "",
                              difference);
              figures->bad_backups++;
            }
        }
      g_unlink (path);
    }
}

/* Starts @spec's run and kills it: after a random time up to a whole run (@odd: in its
 * last quarter), or, for the automatic backup, once its temporary file is there and a
 * random part of the time a backup takes later. Returns when, in µs after the start. */
static gint64
run_killed (const KillSpec *spec,
            const char     *backup_folder,
            gboolean        odd)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();
  gint64 delay;

  process = spawn_app (spec->args, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                   G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  if (spec->in_auto_backup)
    {
      /* The process is reaped (its identifier gone) when it ended before that. */
      while (!has_temporary (backup_folder) && g_subprocess_get_identifier (process) != NULL &&
             g_get_monotonic_time () - started < 10 * spec->full)
        g_usleep (200);
      delay = g_test_rand_int_range (0, (gint32) MAX (spec->full, 1));
    }
  else if (odd)
    /* Every other kill falls in the last quarter, where the writing is. */
    delay = g_test_rand_int_range ((gint32) (spec->full * 3 / 4), (gint32) MAX (spec->full, 1));
  else
    delay = g_test_rand_int_range (0, (gint32) MAX (spec->full, 1));

  g_usleep ((gulong) delay);
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  return g_get_monotonic_time () - started;
}

/* Kills @spec's writer N_KILLS times, each time on a fresh copy of the state before. */
static void
kill_runs (const KillSpec *spec)
{
  KillFigures *figures = &kill_figures[spec->kind];
  g_autofree char *backup_folder = opl_backup_default_folder (spec->practice);

  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autoptr(GHashTable) state = NULL;
      g_autofree char *problem = NULL;
      g_auto(Run) check = { 0 };
      const char *verdict;
      gint64 when;

      copy_practice (spec->pristine, spec->practice);
      if (spec->backup_file != NULL)
        g_unlink (spec->backup_file);
      when = run_killed (spec, backup_folder, i % 2 == 1);
      figures->kills++;

      /* The next program to open it: the app itself, reading. */
      run_app (&check, (const char *[]) { "--database", spec->practice, "--check", NULL });
      if (check.status != 0)
        {
          g_test_message ("Kill %u of %s after %" G_GINT64_FORMAT " ms: --check says (exit %d): %s%s", i,
                          kill_names[spec->kind], when / 1000, check.status, check.out, check.err);
          figures->check_refused++;
        }

      state = read_state (spec->practice, FALSE, &problem);
      if (same_state (state, spec->old, NULL))
        {
          verdict = "the state before";
          figures->old++;
        }
      else if (spec->new_ != NULL && same_state (state, spec->new_, spec->volatile_tables))
        {
          verdict = "the state after";
          figures->new_++;
        }
      else if (spec->migrated != NULL && same_state (state, spec->migrated, spec->volatile_tables))
        {
          verdict = "upgraded, the mode's own change not yet written";
          figures->migrated++;
        }
      else
        {
          g_autofree char *before = describe_difference (state, spec->old);
          g_autofree char *after = spec->new_ != NULL ? describe_difference (state, spec->new_) : g_strdup ("");

          g_test_message ("Kill %u of %s: PARTIAL: %s; against the state before: %s; after: %s", i,
                          kill_names[spec->kind], problem != NULL ? problem : "intact", before, after);
          verdict = "PARTIAL";
          figures->partial++;
        }

      if (spec->backup_file != NULL && g_file_test (spec->backup_file, G_FILE_TEST_EXISTS))
        {
          g_autofree char *backup_problem = NULL;
          g_autoptr(GHashTable) backup = read_state (spec->backup_file, TRUE, &backup_problem);

          if (backup != NULL && same_state (backup, spec->old, NULL))
            figures->backups++;
          else
            {
              g_test_message ("Kill %u: the backup %s is not whole: %s", i, spec->backup_file,
                              backup_problem != NULL ? backup_problem : "other rows");
              figures->bad_backups++;
            }
        }
      if (spec->backup_file != NULL)
        {
          g_autofree char *folder = g_path_get_dirname (spec->backup_file);
          g_autofree char *base = g_path_get_basename (spec->backup_file);
          g_autofree char *prefix = g_strconcat (base, ".tmp-", NULL);
          g_autoptr(GPtrArray) temporaries = list_prefixed (folder, prefix);

          figures->temporaries += temporaries->len;
          for (guint t = 0; t < temporaries->len; t++)
            {
              g_autofree char *path = g_build_filename (folder, g_ptr_array_index (temporaries, t), NULL);

              g_unlink (path);
            }
        }

      check_backups (backup_folder, spec->old, figures);
      g_test_message ("Kill %u of %s after %" G_GINT64_FORMAT " ms: %s", i, kill_names[spec->kind], when / 1000,
                      verdict);
    }

  g_test_message ("%s: %u kills: %u the state before, %u after, %u upgraded only, %u partial; %u backups whole, "
                  "%u not; %u temporary files left; --check refused %u",
                  kill_names[spec->kind], figures->kills, figures->old, figures->new_, figures->migrated,
                  figures->partial, figures->backups, figures->bad_backups, figures->temporaries,
                  figures->check_refused);
  g_assert_cmpuint (figures->partial, ==, 0);
  g_assert_cmpuint (figures->bad_backups, ==, 0);
}

/* Runs @spec's writer whole on a fresh copy of the state before: how long it takes,
 * and the state after (twice, to see which tables it dates or numbers anew). */
static void
run_whole (KillSpec *spec)
{
  g_autofree char *backup_folder = opl_backup_default_folder (spec->practice);
  g_autoptr(GHashTable) again = NULL;

  for (guint i = 0; i < 2; i++)
    {
      gint64 took;

      copy_practice (spec->pristine, spec->practice);
      if (spec->backup_file != NULL)
        g_unlink (spec->backup_file);
      took = run_timed (spec->args);
      spec->full = i == 0 ? took : MAX (spec->full, took);
      if (i == 0)
        spec->new_ = state_of (spec->practice);
      else
        again = state_of (spec->practice);
      remove_tree (backup_folder);
    }

  spec->volatile_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_volatile (spec->volatile_tables, spec->new_, again);
  g_test_message ("%s takes %" G_GINT64_FORMAT " ms whole; %u tables differ between two runs",
                  kill_names[spec->kind], spec->full / 1000, g_hash_table_size (spec->volatile_tables));
}

static void
kill_spec_clear (KillSpec *spec)
{
  g_clear_pointer (&spec->old, g_hash_table_unref);
  g_clear_pointer (&spec->new_, g_hash_table_unref);
  g_clear_pointer (&spec->migrated, g_hash_table_unref);
  g_clear_pointer (&spec->volatile_tables, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KillSpec, kill_spec_clear)

/* A practice with HISTORY_YEARS of history, its bundle, and one of its year 2025 only,
 * imported into a new file: the same practice with less in it. */
typedef struct
{
  char *history;        /* the whole practice */
  char *bundle;         /* its export.json */
  char *part;           /* the practice from its bundle of 2025 */
} History;

static void
history_clear (History *history)
{
  g_clear_pointer (&history->history, g_free);
  g_clear_pointer (&history->bundle, g_free);
  g_clear_pointer (&history->part, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (History, history_clear)

static void
make_history (History *history)
{
  g_autofree char *full_folder = opl_test_db_path ("history-bundle");
  g_autofree char *part_folder = opl_test_db_path ("history-2025");
  g_autofree char *part_json = g_build_filename (part_folder, "export.json", NULL);

  history->history = opl_test_db_path ("history.db");
  history->bundle = g_build_filename (full_folder, "export.json", NULL);
  history->part = opl_test_db_path ("history-part.db");

  run_ok ((const char *[]) { "--database", history->history, "--demo", "--years", HISTORY_YEARS, NULL });
  run_ok ((const char *[]) { "--database", history->history, "--export", full_folder, "--format", "json", NULL });
  run_ok ((const char *[]) { "--database", history->history, "--export", part_folder, "--format", "json",
                             "--year", "2025", NULL });
  run_ok ((const char *[]) { "--database", history->part, "--import", part_json, NULL });
}

/* An import into a practice that is there: a checked backup first, then one
 * transaction. */
static void
test_kill_import (void)
{
  g_auto(History) history = { 0 };
  g_autofree char *practice = opl_test_db_path ("kill-import.db");
  g_auto(KillSpec) spec = { 0 };

  make_history (&history);
  spec.kind = KILL_IMPORT;
  spec.pristine = history.part;
  spec.practice = practice;
  spec.args = (const char *[]) { "--database", practice, "--import", history.bundle, NULL };
  spec.old = state_of (history.part);
  run_whole (&spec);
  kill_runs (&spec);
}

/* The import's automatic backup: killed while the backup is written. */
static void
test_kill_auto_backup (void)
{
  g_auto(History) history = { 0 };
  g_autofree char *practice = opl_test_db_path ("kill-auto.db");
  g_autofree char *file = opl_test_db_path ("kill-auto-timing.db");
  g_auto(KillSpec) spec = { 0 };
  gint64 backup_time;

  make_history (&history);
  spec.kind = KILL_AUTO_BACKUP;
  spec.pristine = history.part;
  spec.practice = practice;
  spec.args = (const char *[]) { "--database", practice, "--import", history.bundle, NULL };
  spec.old = state_of (history.part);
  run_whole (&spec);

  /* A backup by itself takes this long, with the process's start. */
  backup_time = run_timed ((const char *[]) { "--database", history.part, "--backup", file, NULL });
  g_test_message ("--backup FILE takes %" G_GINT64_FORMAT " ms", backup_time / 1000);
  spec.full = backup_time;
  spec.in_auto_backup = TRUE;
  kill_runs (&spec);
}

/* `--backup FILE`: the file is missing, or a whole backup of the practice. */
static void
test_kill_backup_file (void)
{
  g_auto(History) history = { 0 };
  g_autofree char *practice = opl_test_db_path ("kill-backup.db");
  g_autofree char *folder = opl_test_db_path ("kill-backup-files");
  g_autofree char *file = g_build_filename (folder, "backup.db", NULL);
  g_auto(KillSpec) spec = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  make_history (&history);
  spec.kind = KILL_BACKUP_FILE;
  spec.pristine = history.history;
  spec.practice = practice;
  spec.backup_file = file;
  spec.args = (const char *[]) { "--database", practice, "--backup", file, NULL };
  spec.old = state_of (history.history);
  run_whole (&spec);
  kill_runs (&spec);
}

/* `--restore BACKUP` of the practice with less in it, into the whole practice: a
 * before-restore backup first, then the backup copied in in one transaction. */
static void
test_kill_restore (void)
{
  g_auto(History) history = { 0 };
  g_autofree char *practice = opl_test_db_path ("kill-restore.db");
  g_autofree char *backup = opl_test_db_path ("kill-restore-backup.db");
  g_auto(KillSpec) spec = { 0 };
  g_autoptr(GHashTable) restored = NULL;

  make_history (&history);
  run_ok ((const char *[]) { "--database", history.part, "--backup", backup, NULL });
  spec.kind = KILL_RESTORE;
  spec.pristine = history.history;
  spec.practice = practice;
  spec.args = (const char *[]) { "--database", practice, "--restore", backup, NULL };
  spec.old = state_of (history.history);
  run_whole (&spec);

  /* What comes back is the backup, row for row. */
  restored = state_of (history.part);
  g_assert_true (same_state (spec.new_, restored, NULL));
  kill_runs (&spec);
}

/* A merge of a laptop's copy with a few hundred new rows, --prefer copy. */
static void
test_kill_merge (void)
{
  g_autofree char *pristine = opl_test_db_path ("kill-merge-pristine.db");
  g_autofree char *copy = opl_test_db_path ("kill-merge-laptop.db");
  g_autofree char *practice = opl_test_db_path ("kill-merge.db");
  g_auto(KillSpec) spec = { 0 };

  run_ok ((const char *[]) { "--database", pristine, "--demo", NULL });
  run_ok ((const char *[]) { "--database", pristine, "--copy-out", copy, NULL });
  {
    g_autoptr(OplDatabase) database = opl_test_open (copy);

    opl_test_exec (database,
                   "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                   G_STRINGIFY (N_LAPTOP_KPB) ")"
                   " INSERT INTO kpb_entry (id, traject_id, kind, entry_date, topic, competentiegebied, score, feedback,"
                   " assessor_id, definition_id, definition_version, created_at, created_by, changed_at, changed_by)"
                   " SELECT printf ('00000000-0000-4000-8000-%012d', i), k.traject_id, k.kind, k.entry_date,"
                   " 'Op de laptop ' || i, k.competentiegebied, k.score, 'Feedback ' || i, k.assessor_id,"
                   " k.definition_id, k.definition_version, '" LAPTOP_AT "', k.created_by, '" LAPTOP_AT "',"
                   " k.changed_by FROM n, (SELECT * FROM kpb_entry ORDER BY id LIMIT 1) AS k;"
                   "UPDATE leergesprek SET agenda = 'Van de laptop', changed_at = '" LAPTOP_AT "'");
  }

  spec.kind = KILL_MERGE;
  spec.pristine = pristine;
  spec.practice = practice;
  spec.args = (const char *[]) { "--database", practice, "--merge", copy, "--prefer", "copy", NULL };
  spec.old = state_of (pristine);
  run_whole (&spec);
  kill_runs (&spec);
}

/* ---- files of every schema version -------------------------------------------------- */

/* A file of schema @version (1 .. current): practice-v1.sql for versions 1 to 3,
 * practice-v4.sql for 4 and later, each migrated up with the app's own migrations as a
 * release of that version wrote it. */
static char *
file_of_version (const char *name,
                 int         version)
{
  const char *dump_name = version < 4 ? "practice-v1.sql" : "practice-v4.sql";
  g_autofree char *dump_path = g_test_build_filename (G_TEST_DIST, "data", dump_name, NULL);
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;
  char *path = opl_test_db_path (name);
  sqlite3 *db;

  g_assert_true (g_file_get_contents (dump_path, &sql, NULL, NULL));
  remove_practice (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  for (int v = version < 4 ? 1 : 4; v < version; v++)
    g_assert_cmpint (sqlite3_exec (db, opl_schema_get_migration (v), NULL, NULL, NULL), ==, SQLITE_OK);
  set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
  g_assert_cmpint (sqlite3_exec (db, set_version, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return path;
}

/* An older file upgraded by a mode that writes (--add-person): a checked backup, the
 * migration in one transaction, then the person in one of its own. */
static void
test_kill_migration (void)
{
  g_autofree char *pristine = file_of_version ("kill-migration-v4.db", 4);
  g_autofree char *practice = opl_test_db_path ("kill-migration.db");
  g_autofree char *upgraded = opl_test_db_path ("kill-migration-upgraded.db");
  g_autofree char *backup_folder = opl_backup_default_folder (upgraded);
  g_auto(KillSpec) spec = { 0 };
  g_autoptr(GHashTable) again = NULL;

  spec.kind = KILL_MIGRATION;
  spec.pristine = pristine;
  spec.practice = practice;
  spec.args = (const char *[]) { "--database", practice, "--add-person", "Nieuwe Aios", "--role", "aios", NULL };
  spec.old = state_of (pristine);
  g_assert_cmpstr (g_hash_table_lookup (spec.old, "#version"), ==, "4");
  run_whole (&spec);

  /* Upgraded and no more: what the app's own opening does, twice. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OplDatabase) database = NULL;

      copy_practice (pristine, upgraded);
      database = opl_database_open (upgraded, OPL_DATABASE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_clear_object (&database);
      if (i == 0)
        spec.migrated = state_of (upgraded);
      else
        again = state_of (upgraded);
      remove_tree (backup_folder);
    }
  add_volatile (spec.volatile_tables, spec.migrated, again);
  g_assert_false (same_state (spec.migrated, spec.new_, spec.volatile_tables));
  kill_runs (&spec);
}

/* ---- every mode --------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  gboolean    writes;
  const char *args[7];
  gboolean    needs_copy_record;  /* reads a copy this file handed out: sync_copy is
                                   * schema 10, so an older file refuses it in words */
} Mode;

/* Every command-line mode that opens the practice. "@OUT" is a new file or folder of
 * the run's own (with what follows it as its end), "@BUNDLE", "@COPY" and "@BACKUP" a
 * bundle, a laptop's copy and a backup of the same practice. */
static const Mode modes[] = {
  { "check", FALSE, { "--check" } },
  { "forms", FALSE, { "--forms" } },
  { "checklist", FALSE, { "--checklist" } },
  { "scholing", FALSE, { "--scholing" } },
  { "calendar", FALSE, { "--calendar", "@OUT.ics" } },
  { "export", FALSE, { "--export", "@OUT", "--format", "json,csv" } },
  { "backups", FALSE, { "--backups" } },
  { "backup", FALSE, { "--backup", "@OUT.db" } },
  { "merge-dry-run", FALSE, { "--merge", "@COPY", "--dry-run" }, TRUE },
  { "add-person", TRUE, { "--add-person", "Nieuwe Aios", "--role", "aios" } },
  { "add-closure", TRUE, { "--add-closure", "2027-03-01:2027-03-02", "--note", "Verbouwing" } },
  { "copy-out", TRUE, { "--copy-out", "@OUT.db" } },
  { "import", TRUE, { "--import", "@BUNDLE" } },
  { "merge", TRUE, { "--merge", "@COPY", "--prefer", "copy" } },
  { "restore", TRUE, { "--restore", "@BACKUP" } },
  { "demo", TRUE, { "--demo" } },
};

/* A bundle, a laptop's copy and a backup of a practice, for the modes that take one. */
typedef struct
{
  char *bundle;
  char *copy;
  char *backup;
} Artefacts;

static void
artefacts_clear (Artefacts *artefacts)
{
  g_clear_pointer (&artefacts->bundle, g_free);
  g_clear_pointer (&artefacts->copy, g_free);
  g_clear_pointer (&artefacts->backup, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Artefacts, artefacts_clear)

/* Made from @practice, which --copy-out writes to (the copy it handed out). */
static void
make_artefacts (Artefacts  *artefacts,
                const char *practice,
                const char *name)
{
  g_autofree char *bundle_name = g_strconcat (name, "-bundle", NULL);
  g_autofree char *copy_name = g_strconcat (name, "-copy.db", NULL);
  g_autofree char *backup_name = g_strconcat (name, "-backup.db", NULL);
  g_autofree char *folder = opl_test_db_path (bundle_name);

  artefacts->bundle = g_build_filename (folder, "export.json", NULL);
  artefacts->copy = opl_test_db_path (copy_name);
  artefacts->backup = opl_test_db_path (backup_name);
  run_ok ((const char *[]) { "--database", practice, "--copy-out", artefacts->copy, NULL });
  run_ok ((const char *[]) { "--database", practice, "--export", folder, "--format", "json", NULL });
  run_ok ((const char *[]) { "--database", practice, "--backup", artefacts->backup, NULL });
}

/* The command line of @mode on @practice, its outputs in @folder. */
static GPtrArray *
mode_args (const Mode      *mode,
           const char      *practice,
           const char      *folder,
           const Artefacts *artefacts)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (args, g_strdup ("--database"));
  g_ptr_array_add (args, g_strdup (practice));
  for (guint i = 0; mode->args[i] != NULL; i++)
    {
      const char *arg = mode->args[i];

      if (g_str_has_prefix (arg, "@OUT"))
        {
          g_autofree char *name = g_strconcat ("out", arg + strlen ("@OUT"), NULL);

          g_ptr_array_add (args, g_build_filename (folder, name, NULL));
        }
      else if (g_str_equal (arg, "@BUNDLE"))
        g_ptr_array_add (args, g_strdup (artefacts->bundle));
      else if (g_str_equal (arg, "@COPY"))
        g_ptr_array_add (args, g_strdup (artefacts->copy));
      else if (g_str_equal (arg, "@BACKUP"))
        g_ptr_array_add (args, g_strdup (artefacts->backup));
      else
        g_ptr_array_add (args, g_strdup (arg));
    }
  g_ptr_array_add (args, NULL);
  return args;
}

/* An empty folder for one run, and @bytes as the practice in it (or a copy of @from). */
static char *
fresh_run_folder (const char *name,
                  const char *bytes,
                  gsize       length,
                  const char *from)
{
  char *folder = opl_test_db_path (name);
  g_autofree char *practice = g_build_filename (folder, "practice.db", NULL);
  g_autofree char *backups = opl_backup_default_folder (practice);

  remove_tree (folder);
  remove_tree (backups);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  if (bytes != NULL)
    opl_test_write_file (practice, bytes, (gssize) length);
  else
    copy_practice (from, practice);
  return folder;
}

/* What a run left beside @practice: a journal or a log with something in it (counted in
 * @journals), or the empty -wal and -shm a read-only connection leaves (@empty_logs). */
static void
count_logs (const char *practice,
            guint      *journals,
            guint      *empty_logs)
{
  g_autofree char *journal = g_strconcat (practice, "-journal", NULL);
  g_autofree char *wal = g_strconcat (practice, "-wal", NULL);
  g_autofree char *shm = g_strconcat (practice, "-shm", NULL);
  GStatBuf st;

  if (g_file_test (journal, G_FILE_TEST_EXISTS) || (g_stat (wal, &st) == 0 && st.st_size > 0))
    (*journals)++;
  else if (g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (shm, G_FILE_TEST_EXISTS))
    (*empty_logs)++;
}

/* Whether a backup in @practice's folder holds @old, whole. */
static gboolean
has_backup_of (const char *practice,
               GHashTable *old)
{
  g_autofree char *folder = opl_backup_default_folder (practice);
  g_autoptr(GPtrArray) names = list_prefixed (folder, "");

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *problem = NULL;
      g_autoptr(GHashTable) state = NULL;

      if (!g_str_has_suffix (name, ".db") || strstr (name, ".tmp-") != NULL)
        continue;
      state = read_state (path, TRUE, &problem);
      if (state != NULL && same_state (state, old, NULL))
        return TRUE;
    }
  return FALSE;
}

/* ---- versions ----------------------------------------------------------------------- */

/* One file of schema @version (its state @old) in @mode. */
static void
run_version (int              version,
             const char      *file,
             GHashTable      *old,
             const Mode      *mode,
             const Artefacts *artefacts)
{
  g_autofree char *name = g_strdup_printf ("version-%d-%s", version, mode->name);
  g_autofree char *folder = fresh_run_folder (name, NULL, 0, file);
  g_autofree char *practice = g_build_filename (folder, "practice.db", NULL);
  g_autoptr(GPtrArray) args = mode_args (mode, practice, folder, artefacts);
  g_autofree char *before = bytes_digest (practice);
  g_autofree char *after = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(GHashTable) state = NULL;
  g_auto(Run) run = { 0 };
  guint journals = 0, empty_logs = 0;
  const char *failure = NULL;
  const char *outcome;

  run_app (&run, (const char * const *) args->pdata);
  version_figures.runs++;
  after = bytes_digest (practice);
  count_logs (practice, &journals, &empty_logs);

  if (run.signal != 0 || (run.status != 0 && !refused_in_words (&run)))
    failure = "crashed, or failed without one line";
  else if (!mode->writes || version > OPL_DATABASE_SCHEMA_VERSION)
    {
      /* Read, or refused: the file as it was. */
      if (g_strcmp0 (before, after) != 0)
        failure = "written";
      else if (journals > 0)
        failure = "a journal left";
      else if (!mode->writes && run.status != 0 && !(mode->needs_copy_record && version < 10))
        failure = "a reading mode refused";
      else if (mode->writes && run.status == 0)
        failure = "a newer file written";
      else if (run.status == 0)
        version_figures.read++;
      else
        version_figures.refused_writes++;
    }
  else if (g_strcmp0 (before, after) == 0)
    {
      /* A writing mode that refused before it wrote anything. */
      if (run.status == 0 && version < OPL_DATABASE_SCHEMA_VERSION)
        failure = "succeeded without upgrading";
      else if (run.status != 0)
        version_figures.other_refusals++;
    }
  else if ((state = read_state (practice, FALSE, &problem)) == NULL)
    failure = "not intact";
  else if (version < OPL_DATABASE_SCHEMA_VERSION && !has_backup_of (practice, old))
    failure = "upgraded without a backup of the file as it was";
  else if (g_strcmp0 (g_hash_table_lookup (state, "#version"), G_STRINGIFY (OPL_DATABASE_SCHEMA_VERSION)) != 0)
    failure = "not at the current version";
  else if (run.status != 0)
    version_figures.other_refusals++;
  else if (version < OPL_DATABASE_SCHEMA_VERSION)
    version_figures.migrated++;

  outcome = run.signal != 0 ? "a signal" : run.status == 0 ? "done" : "refused";
  if (failure != NULL)
    {
      version_figures.failures++;
      g_test_message ("Version %d, %s: %s (exit %d, signal %d): %s", version, mode->name, failure, run.status,
                      run.signal, run.shown);
    }
  else
    g_test_message ("Version %d, %s: %s%s%s", version, mode->name, outcome, run.status != 0 ? ": " : "",
                    run.status != 0 ? g_strchomp (run.shown) : "");
  remove_tree (folder);
}

/* A copy of @from with the marks of a later release: a version above ours and a table
 * of its own. */
static char *
make_newer (const char *from,
            const char *name)
{
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE later_feature (id TEXT NOT NULL PRIMARY KEY, note TEXT) STRICT;"
                                          "INSERT INTO later_feature VALUES ('a', 'only a later release knows this');"
                                          "PRAGMA user_version = %d", OPL_DATABASE_SCHEMA_VERSION + 1);
  char *path = opl_test_db_path (name);
  sqlite3 *db;

  copy_practice (from, path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return path;
}

/* A file of every schema version and one of a newer version, in every mode. */
static void
test_versions (void)
{
  g_autofree char *lineage_1 = file_of_version ("lineage-1.db", OPL_DATABASE_SCHEMA_VERSION);
  g_autofree char *current = file_of_version ("current.db", OPL_DATABASE_SCHEMA_VERSION);
  g_autofree char *newer = NULL;
  g_auto(Artefacts) artefacts_1 = { 0 };
  g_auto(Artefacts) artefacts_4 = { 0 };

  /* What the modes that take one read: of the same practice, at the current version
   * (the current file is the one the laptop's copy was handed out from). */
  make_artefacts (&artefacts_1, lineage_1, "lineage-1");
  make_artefacts (&artefacts_4, current, "current");
  newer = make_newer (current, "newer.db");

  for (int version = 1; version <= OPL_DATABASE_SCHEMA_VERSION + 1; version++)
    {
      g_autofree char *name = g_strdup_printf ("v%d.db", version);
      g_autofree char *file = version == OPL_DATABASE_SCHEMA_VERSION ? g_strdup (current) :
                              version > OPL_DATABASE_SCHEMA_VERSION ? g_strdup (newer) :
                              file_of_version (name, version);
      g_autoptr(GHashTable) old = state_of (file);

      version_figures.files++;
      for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
        run_version (version, file, old, &modes[m], version < 4 ? &artefacts_1 : &artefacts_4);
    }
  version_figures.modes = G_N_ELEMENTS (modes);

  g_assert_cmpuint (version_figures.failures, ==, 0);
}

/* ---- corruption --------------------------------------------------------------------- */

typedef enum
{
  DAMAGE_BYTES,       /* a few random bytes at random offsets past the header */
  DAMAGE_HEADER,      /* a byte or two of the 100-byte header */
  DAMAGE_PAGE,        /* a whole page of random bytes */
  DAMAGE_CUT,         /* the file cut short */
  N_DAMAGE_KINDS,
} DamageKind;

static const char * const damage_names[N_DAMAGE_KINDS] = { "bytes", "header", "page", "cut" };

/* Sets the byte at @offset to another value. */
static void
change_byte (guchar *bytes,
             gsize   offset)
{
  bytes[offset] ^= (guchar) g_test_rand_int_range (1, 256);
}

/* @bytes damaged as @kind says; @length may shrink. Returns what was done. */
static char *
damage (guchar     *bytes,
        gsize      *length,
        DamageKind  kind)
{
  const gsize page_size = 4096;
  gsize n_pages = *length / page_size;

  switch (kind)
    {
    case DAMAGE_BYTES:
      {
        int n = g_test_rand_int_range (1, 9);
        g_autoptr(GString) where = g_string_new (NULL);

        for (int i = 0; i < n; i++)
          {
            gsize offset = (gsize) g_test_rand_int_range (100, (gint32) *length);

            change_byte (bytes, offset);
            g_string_append_printf (where, " %" G_GSIZE_FORMAT, offset);
          }
        return g_strdup_printf ("%d bytes changed, at%s", n, where->str);
      }

    case DAMAGE_HEADER:
      {
        gsize offset = (gsize) g_test_rand_int_range (0, 100);

        change_byte (bytes, offset);
        return g_strdup_printf ("header byte %" G_GSIZE_FORMAT " changed", offset);
      }

    case DAMAGE_PAGE:
      {
        gsize page = (gsize) g_test_rand_int_range (1, (gint32) n_pages);

        for (gsize i = 0; i < page_size; i++)
          bytes[page * page_size + i] = (guchar) g_test_rand_int_range (0, 256);
        return g_strdup_printf ("page %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT " overwritten", page + 1, n_pages);
      }

    case DAMAGE_CUT:
    default:
      *length = (gsize) g_test_rand_int_range (1, (gint32) *length);
      return g_strdup_printf ("cut to %" G_GSIZE_FORMAT " bytes of %" G_GSIZE_FORMAT, *length, n_pages * page_size);
    }
}

/* Whether the damaged file's bytes are kept beside @practice as "<practice>.damaged-*"
 * (what --restore does with a damaged practice). */
static gboolean
kept_aside (const char *practice,
            const char *digest)
{
  g_autofree char *folder = g_path_get_dirname (practice);
  g_autofree char *base = g_path_get_basename (practice);
  g_autofree char *prefix = g_strconcat (base, ".damaged-", NULL);
  g_autoptr(GPtrArray) names = list_prefixed (folder, prefix);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autofree char *found = bytes_digest (path);

      if (g_strcmp0 (found, digest) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Runs @args with a damaged file (@damaged: the practice, or what the mode reads
 * besides it); @intact is whether SQLite's own integrity_check finds it intact. */
static void
run_on_damaged (const char         *what,
                const char * const *args,
                const char         *damaged,
                gboolean            writes,
                gboolean            intact,
                gboolean            is_restore)
{
  g_autofree char *before = bytes_digest (damaged);
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };
  const char *failure = NULL;
  const char *outcome = NULL;

  run_app (&run, args);
  corrupt_figures.runs++;
  after = bytes_digest (damaged);
  count_logs (damaged, &corrupt_figures.journals, &corrupt_figures.empty_logs);

  if (run.signal != 0 || (run.status != 0 && run.status != 1 && run.status != 2))
    {
      corrupt_figures.crashed++;
      failure = "CRASHED";
    }
  else if (run.status != 0 && !refused_in_words (&run))
    {
      corrupt_figures.bad_message++;
      failure = "refused, but not in one line";
    }
  else if (run.status != 0)
    {
      corrupt_figures.refused++;
      outcome = "refused";
      if (!g_utf8_validate (run.err, -1, NULL))
        corrupt_figures.non_utf8++;
      if (g_strcmp0 (before, after) != 0)
        {
          corrupt_figures.written++;
          failure = "refused, but WROTE to the damaged file";
        }
    }
  else if (g_strcmp0 (before, after) == 0)
    {
      /* Done without writing to it: fine when SQLite finds nothing wrong with it, or
       * when the mode never reads the practice (--backups). */
      if (intact || g_str_equal (what, "backups"))
        {
          corrupt_figures.read++;
          outcome = "done, the file as it was";
        }
      else
        {
          corrupt_figures.written++;
          failure = "READ a damaged file as if it were whole";
        }
    }
  else if (is_restore && kept_aside (damaged, before))
    {
      corrupt_figures.restored++;
      outcome = "restored, the damaged file kept aside";
    }
  else if (intact && writes)
    {
      corrupt_figures.written_intact++;
      outcome = "done, written (SQLite finds the file intact)";
    }
  else
    {
      corrupt_figures.written++;
      failure = "WROTE to a damaged file";
    }

  if (failure != NULL)
    g_test_message ("  %s: %s (exit %d, signal %d): %s", what, failure, run.status, run.signal, run.shown);
  else
    g_test_message ("  %s: %s%s%s", what, outcome, run.status != 0 ? ": " : "",
                    run.status != 0 ? g_strchomp (run.shown) : "");
}

/* Damaged copies of a practice (and of the laptop's copy and the backup that --merge and
 * --restore read), each opened by every mode. */
static void
test_corrupt (void)
{
  g_autofree char *pristine = opl_test_db_path ("corrupt-pristine.db");
  g_auto(Artefacts) artefacts = { 0 };
  g_autofree char *contents = NULL;
  g_autofree char *copy_contents = NULL;
  g_autofree char *backup_contents = NULL;
  gsize length, copy_length, backup_length;

  run_ok ((const char *[]) { "--database", pristine, "--demo", NULL });
  make_artefacts (&artefacts, pristine, "corrupt");
  g_assert_true (g_file_get_contents (pristine, &contents, &length, NULL));
  g_assert_true (g_file_get_contents (artefacts.copy, &copy_contents, &copy_length, NULL));
  g_assert_true (g_file_get_contents (artefacts.backup, &backup_contents, &backup_length, NULL));

  for (guint i = 0; i < N_CORRUPT; i++)
    {
      DamageKind kind = (DamageKind) (i % N_DAMAGE_KINDS);
      g_autofree guchar *bytes = g_memdup2 (contents, length);
      gsize damaged_length = length;
      g_autofree char *how = damage (bytes, &damaged_length, kind);
      g_autofree char *sample = opl_test_db_path ("corrupt-sample.db");
      gboolean intact;

      opl_test_write_file (sample, (const char *) bytes, (gssize) damaged_length);
      intact = sqlite_finds_intact (sample);
      g_unlink (sample);
      corrupt_figures.files++;
      if (intact)
        corrupt_figures.unseen++;
      g_test_message ("Damaged practice %u (%s): %s; SQLite finds it %s", i, damage_names[kind], how,
                      intact ? "intact" : "damaged");

      for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
        {
          g_autofree char *name = g_strdup_printf ("corrupt-%u-%s", i, modes[m].name);
          g_autofree char *folder = fresh_run_folder (name, (const char *) bytes, damaged_length, NULL);
          g_autofree char *practice = g_build_filename (folder, "practice.db", NULL);
          g_autoptr(GPtrArray) args = mode_args (&modes[m], practice, folder, &artefacts);

          run_on_damaged (modes[m].name, (const char * const *) args->pdata, practice, modes[m].writes, intact,
                          g_str_equal (modes[m].name, "restore"));
          remove_tree (folder);
        }

      /* The laptop's copy and the backup, damaged the same way, into a whole practice:
       * refused, the practice and the damaged file as they were. */
      for (guint side = 0; side < 2; side++)
        {
          const char *source = side == 0 ? copy_contents : backup_contents;
          gsize source_length = side == 0 ? copy_length : backup_length;
          g_autofree guchar *other = g_memdup2 (source, source_length);
          gsize other_length = source_length;
          g_autofree char *other_how = damage (other, &other_length, kind);
          g_autofree char *name = g_strdup_printf ("corrupt-%u-%s", i, side == 0 ? "copy" : "backup");
          g_autofree char *folder = fresh_run_folder (name, NULL, 0, pristine);
          g_autofree char *practice = g_build_filename (folder, "practice.db", NULL);
          g_autofree char *file = g_build_filename (folder, side == 0 ? "laptop.db" : "backup.db", NULL);
          g_autofree char *practice_before = bytes_digest (practice);
          g_autofree char *practice_after = NULL;
          gboolean other_intact;

          opl_test_write_file (file, (const char *) other, (gssize) other_length);
          other_intact = sqlite_finds_intact (file);
          corrupt_figures.files++;
          if (other_intact)
            corrupt_figures.unseen++;
          g_test_message (" The %s damaged (%s); SQLite finds it %s", side == 0 ? "laptop's copy" : "backup",
                          other_how, other_intact ? "intact" : "damaged");
          if (side == 0)
            run_on_damaged ("merge a damaged copy",
                            (const char *[]) { "--database", practice, "--merge", file, "--prefer", "copy", NULL },
                            file, FALSE, other_intact, FALSE);
          else
            run_on_damaged ("restore a damaged backup",
                            (const char *[]) { "--database", practice, "--restore", file, NULL },
                            file, FALSE, other_intact, FALSE);

          /* The practice is written only from a file SQLite finds whole. */
          practice_after = bytes_digest (practice);
          if (!other_intact && g_strcmp0 (practice_before, practice_after) != 0)
            {
              g_test_message ("  the practice was WRITTEN from a damaged %s", side == 0 ? "copy" : "backup");
              corrupt_figures.written++;
            }
          remove_tree (folder);
        }
    }

  g_test_message ("%u damaged files (%u that SQLite finds intact), %u runs: %u refused, %u read, %u written "
                  "where SQLite finds the file intact, %u restored with the damaged file kept aside; "
                  "%u wrote to a damaged file, %u crashed, %u not in one line, %u quoting bytes that are not "
                  "UTF-8; %u left a journal, %u an empty -wal and -shm",
                  corrupt_figures.files, corrupt_figures.unseen, corrupt_figures.runs, corrupt_figures.refused,
                  corrupt_figures.read, corrupt_figures.written_intact, corrupt_figures.restored,
                  corrupt_figures.written, corrupt_figures.crashed, corrupt_figures.bad_message,
                  corrupt_figures.non_utf8, corrupt_figures.journals, corrupt_figures.empty_logs);
  g_assert_cmpuint (corrupt_figures.written, ==, 0);
  g_assert_cmpuint (corrupt_figures.crashed, ==, 0);
  g_assert_cmpuint (corrupt_figures.bad_message, ==, 0);
  g_assert_cmpuint (corrupt_figures.journals, ==, 0);
}

/* ---- figures ------------------------------------------------------------------------ */

/* One line per kind of test, for the next reader of the log; and the failures of all
 * of them once more. */
static void
test_figures (void)
{
  KillFigures all = { 0 };
  GString *kinds = g_string_new (NULL);
  g_autofree char *kinds_text = NULL;

  for (guint k = 0; k < N_KILL_KINDS; k++)
    {
      const KillFigures *f = &kill_figures[k];

      all.kills += f->kills;
      all.old += f->old;
      all.new_ += f->new_;
      all.migrated += f->migrated;
      all.partial += f->partial;
      all.check_refused += f->check_refused;
      all.backups += f->backups;
      all.bad_backups += f->bad_backups;
      all.temporaries += f->temporaries;
      if (f->kills > 0)
        g_string_append_printf (kinds, "%s%s %u/%u/%u", kinds->len > 0 ? ", " : "", kill_names[k], f->old,
                                f->new_ + f->migrated, f->partial);
    }
  kinds_text = g_string_free (kinds, FALSE);

  g_test_message ("reliability: kills %u (old %u, new %u, upgraded only %u, partial %u; per kind old/new/partial: "
                  "%s); backups the kills finished %u whole, %u not; %u temporary files left; --check refused %u",
                  all.kills, all.old, all.new_, all.migrated, all.partial, kinds_text, all.backups,
                  all.bad_backups, all.temporaries, all.check_refused);
  g_test_message ("reliability: corrupt %u files (%u SQLite finds intact) x %u runs (refused %u, read %u, "
                  "written where intact %u, restored aside %u, written %u, crashed %u, not one line %u, "
                  "not UTF-8 %u, journals %u, empty -wal/-shm %u)",
                  corrupt_figures.files, corrupt_figures.unseen, corrupt_figures.runs, corrupt_figures.refused,
                  corrupt_figures.read, corrupt_figures.written_intact, corrupt_figures.restored,
                  corrupt_figures.written, corrupt_figures.crashed, corrupt_figures.bad_message,
                  corrupt_figures.non_utf8, corrupt_figures.journals, corrupt_figures.empty_logs);
  g_test_message ("reliability: versions %u files x %u modes = %u runs (read %u, upgraded and written %u, "
                  "refused writes to a newer file %u, refused for a reason of their own %u, failures %u)",
                  version_figures.files, version_figures.modes, version_figures.runs, version_figures.read,
                  version_figures.migrated, version_figures.refused_writes, version_figures.other_refusals,
                  version_figures.failures);

  g_assert_cmpuint (all.partial, ==, 0);
  g_assert_cmpuint (all.bad_backups, ==, 0);
  g_assert_cmpuint (corrupt_figures.written, ==, 0);
  g_assert_cmpuint (corrupt_figures.crashed, ==, 0);
  g_assert_cmpuint (version_figures.failures, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reliability/kill/import", test_kill_import);
  g_test_add_func ("/reliability/kill/merge", test_kill_merge);
  g_test_add_func ("/reliability/kill/migration", test_kill_migration);
  g_test_add_func ("/reliability/kill/backup-file", test_kill_backup_file);
  g_test_add_func ("/reliability/kill/auto-backup", test_kill_auto_backup);
  g_test_add_func ("/reliability/kill/restore", test_kill_restore);
  g_test_add_func ("/reliability/corrupt", test_corrupt);
  g_test_add_func ("/reliability/versions", test_versions);
  g_test_add_func ("/reliability/summary/figures", test_figures);

  return g_test_run ();
}

/* test-gui-backups.c: the Backups page and the read-only notices (issue 17).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 17: "Restore: a 'Backups' page lists them (date, size, what they hold: people,
 * trajecten, forms) and restores one after a confirmation, keeping the current file as
 * a backup too"; "a file from a newer version of the app opens read-only with a
 * message (design.md §4), in the window".
 */

#include "config.h"

#include <sqlite3.h>

#include "opl-backup.h"
#include "opl-backups-dialog-private.h"
#include "opl-gui-test-utils.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"

static gboolean
is_idle (gpointer data)
{
  return !opl_backups_dialog_is_working (OPL_BACKUPS_DIALOG (data));
}

static void
wait_for (gboolean (*done) (gpointer data),
          gpointer   data)
{
  for (guint i = 0; i < 1000 && !done (data); i++)
    opl_gui_test_wait_ms (20);
  g_assert_true (done (data));
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
window_closed (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static gint64
count (OplWindow  *window,
       const char *sql)
{
  return opl_test_count (opl_store_get_database (opl_window_get_store (window)), sql);
}

static void
test_backups_restore (void)
{
  g_autofree char *path = opl_test_db_path ("practice.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) keep = NULL;
  g_autoptr(GPtrArray) after = NULL;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplBackupsDialog *dialog;
  GtkWidget *confirm;
  GtkWidget *row;
  guint n_before_restore = 0;
  gint64 people;

  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (opl_test_find_person (store, "Anna de Vries")));
  g_assert_true (opl_backup_create (path, folder, OPL_BACKUP_REASON_MANUAL, NULL, &error));
  g_assert_no_error (error);
  people = count (window, "SELECT count(*) FROM person");
  opl_test_exec (opl_store_get_database (store),
                 "INSERT INTO person (id, name, role, created_at, changed_at) VALUES"
                 " ('00000000-0000-4000-8000-0000000000b1', 'Na de back-up', 'aios', '2026-12-07T10:00:00.000Z',"
                 " '2026-12-07T10:00:00.000Z')");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.backups", NULL));
  opl_gui_test_spin ();
  dialog = OPL_BACKUPS_DIALOG (opl_gui_test_find_window (OPL_TYPE_BACKUPS_DIALOG));
  g_assert_nonnull (dialog);
  keep = g_object_ref (G_OBJECT (dialog));
  wait_for (is_idle, dialog);

  /* One backup: when, why, how big, what it holds. */
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (opl_backups_dialog_get_list (dialog)), FALSE), ==, 1);
  row = gtk_widget_get_first_child (GTK_WIDGET (opl_backups_dialog_get_list (dialog)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Made by hand"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "5 people, 4 trajecten, 6 forms"));

  /* Restore, after a confirmation. */
  /* "clicked" itself: GTK 4 delays the clicked of an activated button by 250 ms. */
  g_signal_emit_by_name (find_button (row, "_Restore…"), "clicked");
  opl_gui_test_spin ();
  confirm = opl_gui_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "restore");
  wait_for (window_closed, dialog);
  opl_gui_test_spin ();

  /* The practice as it was backed up, opened again; the state before kept too. */
  g_assert_cmpint (count (window, "SELECT count(*) FROM person"), ==, people);
  after = opl_backup_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 2);
  /* Both made within the same second: found by their reason, not their order. */
  for (guint i = 0; i < after->len; i++)
    {
      OplBackup *backup = g_ptr_array_index (after, i);

      if (backup->reason == OPL_BACKUP_REASON_BEFORE_RESTORE)
        g_assert_cmpint (backup->n_people, ==, people + 1);
      else
        g_assert_cmpint (backup->reason, ==, OPL_BACKUP_REASON_MANUAL);
      n_before_restore += backup->reason == OPL_BACKUP_REASON_BEFORE_RESTORE;
    }
  g_assert_cmpuint (n_before_restore, ==, 1);

  opl_gui_test_destroy_other_windows (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A newer version's file: read, a notice above every page, nothing written. */
static void
test_newer_read_only (void)
{
  g_autofree char *path = opl_test_db_path ("newer.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OplWindow *window;
  sqlite3 *db;

  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  before = opl_test_file_digest (path);

  window = opl_window_new (NULL, NULL, NULL);
  opl_gui_test_show (GTK_WINDOW (window));
  g_assert_true (opl_window_open_practice (window, path, 0));
  opl_gui_test_spin ();
  g_assert_nonnull (opl_window_get_notice (window));
  g_assert_nonnull (strstr (opl_window_get_notice (window), "newer version"));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");
  gtk_window_destroy (GTK_WINDOW (window));
  opl_gui_test_spin ();

  after = opl_test_file_digest (path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/backups/restore", test_backups_restore);
  g_test_add_func ("/opl/gui/backups/newer-read-only", test_newer_read_only);

  return g_test_run ();
}

/* test-gui-merge.c: a laptop's copy merged back in the window (issue 16).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 16: "A widget test merges a copy with one conflict and resolves it in the
 * window."
 */

#include "config.h"

#include "opl-backup.h"
#include "opl-gui-test-utils.h"
#include "opl-merge-dialog-private.h"
#include "opl-store-copy.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"

#define LEERGESPREK "(SELECT id FROM leergesprek ORDER BY date, id LIMIT 1)"

static gboolean
has_text (OplStore   *store,
          const char *sql)
{
  g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM (%s)", sql);

  return opl_test_count (opl_store_get_database (store), count) == 1;
}

/* The toggle button of @side ("In the practice" is the first) of the first conflict. */
static GtkToggleButton *
side_button (OplMergeDialog *dialog,
             guint           side)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (opl_merge_dialog_get_conflicts_list (dialog)));
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child) && n++ == side)
      return GTK_TOGGLE_BUTTON (child);
  g_assert_not_reached ();
}

static void
test_merge_in_window (void)
{
  g_autofree char *path = opl_test_db_path ("practice.db");
  g_autofree char *copy = opl_test_db_path ("laptop.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GError) error = NULL;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplMergeDialog *dialog;
  g_autoptr(GObject) keep = NULL;

  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (opl_test_find_person (store, "Anna de Vries")));
  g_assert_true (opl_store_copy_out (store, copy, NULL, &error));
  g_assert_no_error (error);

  /* The laptop and the practice both change the leergesprek's notes; the laptop adds
   * an agenda. */
  {
    g_autoptr(OplDatabase) laptop = opl_test_open (copy);

    opl_test_exec (laptop, "UPDATE leergesprek SET notes = 'Laptop', agenda = 'Agenda',"
                           " changed_at = '2030-01-01T10:00:00.000Z' WHERE id = " LEERGESPREK);
  }
  opl_test_exec (opl_store_get_database (store), "UPDATE leergesprek SET notes = 'Praktijk',"
                                                 " changed_at = '2030-01-02T10:00:00.000Z' WHERE id = " LEERGESPREK);

  /* As dropping the file on the window does. */
  opl_window_open_merge (window, copy);
  opl_gui_test_spin ();
  dialog = OPL_MERGE_DIALOG (opl_gui_test_find_window (OPL_TYPE_MERGE_DIALOG));
  g_assert_nonnull (dialog);
  keep = g_object_ref (G_OBJECT (dialog));
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (opl_merge_dialog_get_conflicts_list (dialog)), FALSE), ==, 1);
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_merge_dialog_get_lines_list (dialog), "Leergesprekken"), ==,
                   "1 changed");
  /* Not before the conflict has a choice. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "merge.apply", NULL) &&
                  has_text (store, "SELECT 1 FROM sync_merge"));
  g_assert_nonnull (strstr (gtk_label_get_text (opl_merge_dialog_get_message_label (dialog)), "needs a choice"));

  /* The laptop's side, chosen with its button. */
  gtk_toggle_button_set_active (side_button (dialog, 1), TRUE);
  opl_gui_test_spin ();
  g_assert_true (gtk_toggle_button_get_active (side_button (dialog, 1)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "merge.apply", NULL));
  /* A checked backup first, on a worker (issue 17), then the merge. */
  for (guint i = 0; i < 1000 && gtk_widget_get_visible (GTK_WIDGET (dialog)); i++)
    opl_gui_test_wait_ms (20);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (has_text (store, "SELECT 1 FROM sync_merge"));
  {
    g_autofree char *folder = opl_backup_default_folder (path);
    g_autoptr(GPtrArray) backups = opl_backup_list (folder, NULL);

    g_assert_nonnull (backups);
    g_assert_cmpuint (backups->len, ==, 1);
    g_assert_cmpint (((OplBackup *) g_ptr_array_index (backups, 0))->reason, ==, OPL_BACKUP_REASON_BEFORE_MERGE);
  }

  g_assert_true (has_text (store, "SELECT 1 FROM leergesprek WHERE notes = 'Laptop' AND agenda = 'Agenda'"
                                  " AND id = " LEERGESPREK));
  g_assert_true (has_text (store, "SELECT 1 FROM sync_choice WHERE chosen = 'copy'"));
  /* The copy was handed back: it starts from the merged practice, with nothing new. */
  opl_window_open_merge (window, copy);
  opl_gui_test_spin ();
  dialog = OPL_MERGE_DIALOG (opl_gui_test_find_window (OPL_TYPE_MERGE_DIALOG));
  g_assert_nonnull (strstr (gtk_label_get_text (opl_merge_dialog_get_message_label (dialog)), "nothing to merge"));
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (opl_merge_dialog_get_conflicts_list (dialog)), FALSE), ==, 0);

  opl_gui_test_destroy_other_windows (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A copy opened on the laptop says so, and takes no copies itself. */
static void
test_copy_banner (void)
{
  g_autofree char *path = opl_test_db_path ("practice.db");
  g_autofree char *copy = opl_test_db_path ("laptop.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplStore) laptop = NULL;
  OplWindow *practice_window = opl_window_new (NULL, store, NULL);
  g_autoptr(GError) error = NULL;
  OplWindow *window;

  g_assert_true (opl_store_copy_out (store, copy, NULL, &error));
  /* The practice itself has no banner. */
  g_assert_null (opl_window_get_notice (practice_window));
  gtk_window_destroy (GTK_WINDOW (practice_window));
  laptop = opl_test_open_store (copy);
  window = opl_window_new (NULL, laptop, NULL);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (opl_test_find_person (laptop, "Charlotte Bakker")));
  opl_gui_test_spin ();
  g_assert_true (g_str_has_prefix (opl_window_get_notice (window), "A copy of “Huisartsenpraktijk De Linde” for a laptop"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/merge/in-window", test_merge_in_window);
  g_test_add_func ("/opl/gui/merge/copy-banner", test_copy_banner);

  return g_test_run ();
}

/* opl-compat.c: the only file allowed to contain *_CHECK_VERSION (style.md §2.2).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-compat"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-compat.h"

static GListStore *
create_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) practices = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (practices, _("Practice Databases"));
  gtk_file_filter_add_pattern (practices, "*.db");
  gtk_file_filter_add_pattern (practices, "*.sqlite");
  gtk_file_filter_add_pattern (practices, "*.sqlite3");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  g_list_store_append (filters, practices);
  g_list_store_append (filters, all);
  return filters;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_file_dialog_open_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (file == NULL && g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             "The file chooser was dismissed");
  else if (file == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, file, g_object_unref);
}

#else

static void
on_native_response_cb (GtkNativeDialog *native,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task,
                           gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)),
                           g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             "The file chooser was dismissed");

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

#endif

/**
 * opl_compat_choose_file_async:
 *
 * Asks the user for an existing file: GtkFileChooserNative on GTK 4.8 (which goes
 * through the portal in a sandbox), GtkFileDialog where it exists. Dismissing the
 * chooser finishes with %G_IO_ERROR_CANCELLED.
 */
void
opl_compat_choose_file_async (GtkWindow           *parent,
                              const char          *title,
                              const char          *accept_label,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  opl_compat_choose_file_filtered_async (parent, title, accept_label, NULL, cancellable, callback, user_data);
}

/**
 * opl_compat_choose_file_filtered_async:
 * @filter: (nullable): the kind of file to offer first (“All Files” comes after it),
 *   or %NULL for practice databases
 *
 * Like opl_compat_choose_file_async(), for another kind of file; finish it with
 * opl_compat_choose_file_finish().
 */
void
opl_compat_choose_file_filtered_async (GtkWindow           *parent,
                                       const char          *title,
                                       const char          *accept_label,
                                       GtkFileFilter       *filter,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GListStore) filters = create_filters ();

  if (filter != NULL)
    g_list_store_splice (filters, 0, 1, (gpointer *) &filter, 1);

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, opl_compat_choose_file_async);

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    gtk_file_dialog_open (dialog, parent, cancellable, on_file_dialog_open_cb,
                          g_steal_pointer (&task));
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  {
    GtkFileChooserNative *native;

    native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                          accept_label, NULL);
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filters)); i++)
      {
        g_autoptr(GtkFileFilter) each = g_list_model_get_item (G_LIST_MODEL (filters), i);

        gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), each);
      }

    /* The native dialog is released in the response handler. */
    g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb),
                      g_steal_pointer (&task));
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_folder_dialog_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *folder;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  folder = gtk_file_dialog_select_folder_finish (GTK_FILE_DIALOG (object), result, &error);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (folder == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The folder chooser was dismissed");
  else
    g_task_return_pointer (task, folder, g_object_unref);
}
#endif

/**
 * opl_compat_choose_folder_async:
 *
 * Asks the user for a folder, as opl_compat_choose_file_async() asks for a file;
 * finish it with opl_compat_choose_file_finish().
 */
void
opl_compat_choose_folder_async (GtkWindow           *parent,
                                const char          *title,
                                const char          *accept_label,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, opl_compat_choose_file_async);

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_select_folder (dialog, parent, cancellable, on_folder_dialog_cb, g_steal_pointer (&task));
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  {
    GtkFileChooserNative *native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                                accept_label, NULL);

    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
    g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb), g_steal_pointer (&task));
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

/**
 * opl_compat_choose_file_finish:
 *
 * Returns: (transfer full): the chosen file, or %NULL with @error set
 */
GFile *
opl_compat_choose_file_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == opl_compat_choose_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_file_dialog_save_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (file == NULL && g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             "The file chooser was dismissed");
  else if (file == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, file, g_object_unref);
}

#endif

/**
 * opl_compat_save_file_async:
 * @initial_name: (nullable): the name the chooser proposes
 * @filter: (nullable): the kind of file to save, and all files besides
 *
 * Asks the user where to save a file: GtkFileChooserNative on GTK 4.8 (the portal in
 * a sandbox), GtkFileDialog where it exists. The chooser asks before it overwrites.
 * Dismissing it finishes with %G_IO_ERROR_CANCELLED.
 */
void
opl_compat_save_file_async (GtkWindow           *parent,
                            const char          *title,
                            const char          *accept_label,
                            const char          *initial_name,
                            GtkFileFilter       *filter,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (filter == NULL || GTK_IS_FILE_FILTER (filter));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, opl_compat_save_file_async);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  if (filter != NULL)
    g_list_store_append (filters, filter);
  g_list_store_append (filters, all);

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_set_initial_name (dialog, initial_name);
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    gtk_file_dialog_save (dialog, parent, cancellable, on_file_dialog_save_cb,
                          g_steal_pointer (&task));
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  {
    GtkFileChooserNative *native;

    native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                          accept_label, NULL);
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
    if (initial_name != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filters)); i++)
      {
        g_autoptr(GtkFileFilter) item = g_list_model_get_item (G_LIST_MODEL (filters), i);

        gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), item);
      }

    /* The native dialog is released in the response handler. */
    g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb),
                      g_steal_pointer (&task));
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

/**
 * opl_compat_save_file_finish:
 *
 * Returns: (transfer full): where to save, or %NULL with @error set
 */
GFile *
opl_compat_save_file_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == opl_compat_save_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * opl_compat_list_box_remove_all:
 *
 * Removes every row of @list (gtk_list_box_remove_all() from GTK 4.12).
 */
void
opl_compat_list_box_remove_all (GtkListBox *list)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_list_box_remove_all (list);
#else
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
#endif
}

/* A floor, in characters, for the minimum width of a wrapping label (below). */
#define WRAPPING_LABEL_MIN_CHARS 10

static void
floor_wrapping_label (GtkLabel *label)
{
  if (!gtk_label_get_wrap (label) || gtk_label_get_width_chars (label) >= 0)
    return;

  /* A shorter text costs little at width 0, and keeps its natural width. */
  if (g_utf8_strlen (gtk_label_get_text (label), -1) > WRAPPING_LABEL_MIN_CHARS)
    gtk_label_set_width_chars (label, WRAPPING_LABEL_MIN_CHARS);
}

/**
 * opl_compat_floor_wrapping_labels:
 * @root: a widget whose descendants are built
 *
 * GTK 4.8 finds the minimum width of a wrapping label without #GtkLabel:width-chars
 * by laying its text out at width 0: one line per character, each shaped again.
 * For a row with a title and a subtitle that is 45 M instructions, and for a
 * dashboard of 40 rows 20 ms of its first frame (docs/performance.md). A floor
 * of a few characters makes that a layout of a few lines. The labels still wrap,
 * and still break inside a word that does not fit; libadwaita's rows and groups
 * offer no other way to their labels than this walk.
 */
void
opl_compat_floor_wrapping_labels (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        floor_wrapping_label (GTK_LABEL (child));
      else
        opl_compat_floor_wrapping_labels (child);
    }
}

/* opl-compat.h: the one home of GTK_CHECK_VERSION and ADW_CHECK_VERSION.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void   opl_compat_choose_file_async  (GtkWindow           *parent,
                                      const char          *title,
                                      const char          *accept_label,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
void   opl_compat_choose_file_filtered_async (GtkWindow        *parent,
                                              const char       *title,
                                              const char       *accept_label,
                                              GtkFileFilter    *filter,
                                              GCancellable     *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer          user_data);
void   opl_compat_choose_folder_async (GtkWindow          *parent,
                                       const char         *title,
                                       const char         *accept_label,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);
GFile *opl_compat_choose_file_finish (GAsyncResult        *result,
                                      GError             **error) G_GNUC_WARN_UNUSED_RESULT;

void   opl_compat_save_file_async    (GtkWindow           *parent,
                                      const char          *title,
                                      const char          *accept_label,
                                      const char          *initial_name,
                                      GtkFileFilter       *filter,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GFile *opl_compat_save_file_finish   (GAsyncResult        *result,
                                      GError             **error) G_GNUC_WARN_UNUSED_RESULT;

void   opl_compat_list_box_remove_all (GtkListBox         *list);
void   opl_compat_floor_wrapping_labels (GtkWidget        *root);

G_END_DECLS

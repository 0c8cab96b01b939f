/* opl-gui-test-utils.h: helpers for the GUI tests (suite 'gui').
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

void        opl_gui_test_init            (int         *argc,
                                          char      ***argv);
void        opl_gui_test_spin            (void);
void        opl_gui_test_show            (GtkWindow   *window);
void        opl_gui_test_wait_ms         (guint        ms);
GtkWidget  *opl_gui_test_find_window     (GType        type);
char       *opl_gui_test_describe_wide   (GtkWidget   *root,
                                          int          limit) G_GNUC_WARN_UNUSED_RESULT;
void        opl_gui_test_destroy_other_windows (GtkWindow *keep);
OplStore   *opl_gui_test_empty_store     (const char  *path);
GtkWidget  *opl_gui_test_nth_child       (GtkWidget   *parent,
                                          guint        n);
guint       opl_gui_test_count_children  (GtkWidget   *parent,
                                          gboolean     visible_only);
char       *opl_gui_test_list_titles     (GtkListBox  *list);
GtkWidget  *opl_gui_test_find_row        (GtkListBox  *list,
                                          const char  *title,
                                          const char  *subtitle_part);
const char *opl_gui_test_row_subtitle    (GtkListBox  *list,
                                          const char  *title);
char       *opl_gui_test_describe_unnamed (GtkWidget  *root,
                                           guint      *n_named) G_GNUC_WARN_UNUSED_RESULT;
gboolean    opl_gui_test_run_capture_shortcut (GtkWidget       *widget,
                                               guint            keyval,
                                               GdkModifierType  modifiers);
gboolean    opl_gui_test_save_png        (GtkWidget   *widget,
                                          const char  *path,
                                          GError     **error);

void        opl_gui_test_assert_later      (GtkWidget   *page,
                                            GtkWidget   *first,
                                            GtkWidget   *later);

G_END_DECLS

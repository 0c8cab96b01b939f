/* opl-rows.h: the rows the views' boxed lists are made of.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *opl_rows_new_icon   (const char *icon_name,
                                const char *css_class);
GtkWidget *opl_rows_append     (GtkListBox *list,
                                const char *icon_name,
                                const char *icon_class,
                                const char *title,
                                const char *subtitle);
GtkWidget *opl_rows_add_pill   (GtkWidget  *row,
                                const char *text,
                                const char *style);
GtkWidget *opl_rows_new_pill   (const char *text,
                                const char *style);
void       opl_rows_set_action (GtkWidget  *row,
                                const char *action_name,
                                GVariant   *target);
gboolean   opl_rows_show_minutes (GtkSpinButton *spin);
void       opl_rows_keep_focus_in_view (GtkScrolledWindow *scrolled);
void       opl_rows_activate_like (GtkWidget  *row,
                                   GtkWidget  *button);

G_END_DECLS

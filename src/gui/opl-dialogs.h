/* opl-dialogs.h: the confirmations the views and dialogs ask before they destroy something.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *opl_dialogs_new_destructive (GtkWindow  *parent,
                                        const char *heading,
                                        const char *body,
                                        const char *response_id,
                                        const char *label);
void       opl_dialogs_show_problem    (GtkLabel         *message_label,
                                        GtkWidget        *field,
                                        const char       *message);
void       opl_dialogs_clear_problem   (GtkLabel         *message_label,
                                        GtkWidget        *field);
void       opl_dialogs_add_toast       (AdwToastOverlay  *overlay,
                                        const char       *title,
                                        guint             timeout,
                                        char            **last_message);

G_END_DECLS

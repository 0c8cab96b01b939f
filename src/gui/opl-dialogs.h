/* opl-dialogs.h: the confirmations the views and dialogs ask before they destroy something
 * or save over another's change.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * OplChangedChoice:
 * @OPL_CHANGED_KEEP_EDITING: nothing happens; what was typed stays, unsaved
 * @OPL_CHANGED_RELOAD: show the version stored elsewhere, dropping what was typed
 * @OPL_CHANGED_SAVE_MINE: save what was typed over the version stored elsewhere
 *
 * What the person chose when a save was refused because the row changed elsewhere.
 */
typedef enum
{
  OPL_CHANGED_KEEP_EDITING,
  OPL_CHANGED_RELOAD,
  OPL_CHANGED_SAVE_MINE,
} OplChangedChoice;

/* Called with the @owner given to opl_dialogs_ask_changed_elsewhere(). */
typedef void (*OplChangedFunc) (gpointer         owner,
                                OplChangedChoice choice);

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
void              opl_dialogs_close_later           (GtkWindow      *window);
AdwMessageDialog *opl_dialogs_ask_changed_elsewhere (GtkWindow      *parent,
                                                     gpointer        owner,
                                                     const char     *message,
                                                     OplChangedFunc  func);

G_END_DECLS

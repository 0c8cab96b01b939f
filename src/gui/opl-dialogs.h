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

/**
 * OplFieldCheck:
 * @missing: whether the field lacks what it needs
 * @message_label: the line under the field's group that says what is missing
 * @field: the field, marked with the error style when @missing
 * @message: what to do, e.g. “Choose a score”
 *
 * One required field of a dialog, for opl_dialogs_check_fields().
 */
typedef struct
{
  gboolean    missing;
  GtkLabel   *message_label;
  GtkWidget  *field;
  const char *message;
} OplFieldCheck;

/**
 * OplCloseChoice:
 * @OPL_CLOSE_KEEP_EDITING: Cancel (or Escape): the editor stays open, with what was typed
 * @OPL_CLOSE_DISCARD: close without saving
 * @OPL_CLOSE_SAVE: save, then close
 *
 * What the person chose when an editor with unsaved changes was closed.
 */
typedef enum
{
  OPL_CLOSE_KEEP_EDITING,
  OPL_CLOSE_DISCARD,
  OPL_CLOSE_SAVE,
} OplCloseChoice;

/* Called with the @owner given to opl_dialogs_ask_save_changes(). */
typedef void (*OplCloseFunc) (gpointer       owner,
                              OplCloseChoice choice);

/* For opl_dialogs_guard_close(): whether @window has changes not saved, and saving
 * them (closing @window when it succeeds). */
typedef gboolean (*OplUnsavedFunc) (GtkWindow *window);
typedef void     (*OplSaveFunc)    (GtkWindow *window);

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
void       opl_dialogs_add_ctrl_enter  (GtkWidget           *widget,
                                        const char          *action_name);
gboolean   opl_dialogs_check_fields    (const OplFieldCheck *checks,
                                        guint                n_checks);
void       opl_dialogs_add_toast       (AdwToastOverlay  *overlay,
                                        const char       *title,
                                        guint             timeout,
                                        char            **last_message);
void              opl_dialogs_close_later           (GtkWindow      *window);
AdwMessageDialog *opl_dialogs_ask_save_changes      (GtkWindow          *parent,
                                                     gpointer            owner,
                                                     const char         *body,
                                                     OplCloseFunc        func);
void              opl_dialogs_guard_close           (GtkWindow          *window,
                                                     const char         *body,
                                                     OplUnsavedFunc      unsaved,
                                                     OplSaveFunc         save);
AdwMessageDialog *opl_dialogs_get_close_question    (GtkWindow          *window);
gboolean          opl_dialogs_is_answering          (GtkWindow          *window);
AdwMessageDialog *opl_dialogs_ask_changed_elsewhere (GtkWindow      *parent,
                                                     gpointer        owner,
                                                     const char     *message,
                                                     OplChangedFunc  func);

G_END_DECLS

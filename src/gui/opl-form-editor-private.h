/* opl-form-editor-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-form-editor.h"
#include "opl-form-item-row.h"

G_BEGIN_DECLS

/* Autosave waits this long after a keystroke in a text (a scale is saved at once). */
#define OPL_FORM_EDITOR_SAVE_DELAY_MS 300

OplFormItemRow   *opl_form_editor_find_row        (OplFormEditor *self,
                                                   const char    *item_id);
GtkWidget        *opl_form_editor_get_action_button (OplFormEditor *self,
                                                     const char    *action);
AdwMessageDialog *opl_form_editor_get_dialog      (OplFormEditor *self);
GtkWidget        *opl_form_editor_get_dialog_date (OplFormEditor *self);
GtkListBox       *opl_form_editor_get_summary_list (OplFormEditor *self);
GtkListBox       *opl_form_editor_get_header_list (OplFormEditor *self);
const char       *opl_form_editor_get_last_message (OplFormEditor *self);
guint             opl_form_editor_get_n_pending   (OplFormEditor *self);
AdwMessageDialog *opl_form_editor_get_conflict_dialog (OplFormEditor *self);

G_END_DECLS

/* opl-leergesprek-editor-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-leergesprek-editor.h"

G_BEGIN_DECLS

GtkTextView      *opl_leergesprek_editor_get_text_view      (OplLeergesprekEditor *self,
                                                             OplLeergesprekText    which);
AdwEntryRow      *opl_leergesprek_editor_get_entry_row      (OplLeergesprekEditor *self,
                                                             OplLeergesprekText    which);
GtkWidget        *opl_leergesprek_editor_get_held_button    (OplLeergesprekEditor *self);
GtkWidget        *opl_leergesprek_editor_get_cancel_button  (OplLeergesprekEditor *self);
AdwMessageDialog *opl_leergesprek_editor_get_cancel_dialog  (OplLeergesprekEditor *self);
GtkEditable      *opl_leergesprek_editor_get_reason_entry   (OplLeergesprekEditor *self);
const char       *opl_leergesprek_editor_get_last_message   (OplLeergesprekEditor *self);
AdwMessageDialog *opl_leergesprek_editor_get_close_dialog   (OplLeergesprekEditor *self);
AdwMessageDialog *opl_leergesprek_editor_get_conflict_dialog (OplLeergesprekEditor *self);

G_END_DECLS

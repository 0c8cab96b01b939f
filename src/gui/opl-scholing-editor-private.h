/* opl-scholing-editor-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-scholing-editor.h"

G_BEGIN_DECLS

void             opl_scholing_editor_set_date            (OplScholingEditor *self,
                                                          const GDate       *date);
void             opl_scholing_editor_set_kind            (OplScholingEditor *self,
                                                          OplScholingKind    kind);
void             opl_scholing_editor_set_leergang        (OplScholingEditor *self,
                                                          int                number,
                                                          int                day);
GtkSwitch       *opl_scholing_editor_get_half_day_switch (OplScholingEditor *self);
GtkSwitch       *opl_scholing_editor_get_attended_switch (OplScholingEditor *self);
GtkWidget       *opl_scholing_editor_get_replacement_row (OplScholingEditor *self);
AdwToastOverlay *opl_scholing_editor_get_toast_overlay   (OplScholingEditor *self);

AdwMessageDialog *opl_scholing_editor_get_close_dialog (OplScholingEditor *self);

G_END_DECLS

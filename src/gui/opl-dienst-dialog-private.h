/* opl-dienst-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-dienst-dialog.h"

G_BEGIN_DECLS

AdwComboRow *opl_dienst_dialog_get_kind_row        (OplDienstDialog *self);
AdwComboRow *opl_dienst_dialog_get_with_row        (OplDienstDialog *self);
GtkSwitch   *opl_dienst_dialog_get_distance_switch (OplDienstDialog *self);

AdwMessageDialog *opl_dienst_dialog_get_close_dialog (OplDienstDialog *self);
GtkLabel         *opl_dienst_dialog_get_problem      (OplDienstDialog *self);

G_END_DECLS

/* opl-traject-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-date-button.h"
#include "opl-traject-dialog.h"

G_BEGIN_DECLS

AdwComboRow   *opl_traject_dialog_get_aios_row      (OplTrajectDialog *self);
AdwComboRow   *opl_traject_dialog_get_phase_row     (OplTrajectDialog *self);
OplDateButton *opl_traject_dialog_get_start_button  (OplTrajectDialog *self);
GtkSpinButton *opl_traject_dialog_get_parttime_spin (OplTrajectDialog *self);
GtkLabel      *opl_traject_dialog_get_message_label (OplTrajectDialog *self);
GtkListBox    *opl_traject_dialog_get_moves_list    (OplTrajectDialog *self);
GtkSpinButton *opl_traject_dialog_get_share_spin    (OplTrajectDialog *self,
                                                     const char       *opleider_name);

G_END_DECLS

/* opl-period-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-date-button.h"
#include "opl-period-dialog.h"

G_BEGIN_DECLS

AdwComboRow   *opl_period_dialog_get_kind_row      (OplPeriodDialog *self);
OplDateButton *opl_period_dialog_get_start_button  (OplPeriodDialog *self);
OplDateButton *opl_period_dialog_get_end_button    (OplPeriodDialog *self);
AdwEntryRow   *opl_period_dialog_get_note_row      (OplPeriodDialog *self);
GtkLabel      *opl_period_dialog_get_message_label (OplPeriodDialog *self);

G_END_DECLS

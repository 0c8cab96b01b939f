/* opl-person-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-date-button.h"
#include "opl-person-dialog.h"

G_BEGIN_DECLS

AdwEntryRow   *opl_person_dialog_get_name_row      (OplPersonDialog *self);
AdwComboRow   *opl_person_dialog_get_role_row      (OplPersonDialog *self);
GtkSpinButton *opl_person_dialog_get_since_spin    (OplPersonDialog *self);
GtkLabel      *opl_person_dialog_get_message_label (OplPersonDialog *self);

G_END_DECLS

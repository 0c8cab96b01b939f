/* opl-kpb-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-date-button.h"
#include "opl-kpb-dialog.h"
#include "opl-scale-control.h"

G_BEGIN_DECLS

GtkEditable     *opl_kpb_dialog_get_topic        (OplKpbDialog *self);
AdwComboRow     *opl_kpb_dialog_get_kind_row     (OplKpbDialog *self);
AdwComboRow     *opl_kpb_dialog_get_area_row     (OplKpbDialog *self);
OplScaleControl *opl_kpb_dialog_get_score        (OplKpbDialog *self);
GtkTextView     *opl_kpb_dialog_get_feedback     (OplKpbDialog *self);
OplDateButton   *opl_kpb_dialog_get_date_button  (OplKpbDialog *self);
const char      *opl_kpb_dialog_get_last_message (OplKpbDialog *self);
AdwMessageDialog *opl_kpb_dialog_get_close_dialog (OplKpbDialog *self);
GtkLabel        *opl_kpb_dialog_get_problem      (OplKpbDialog *self,
                                                  const char   *group);

G_END_DECLS

/* opl-kpb-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store-forms.h"

G_BEGIN_DECLS

#define OPL_TYPE_KPB_DIALOG (opl_kpb_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplKpbDialog, opl_kpb_dialog, OPL, KPB_DIALOG, AdwWindow)

GtkWidget *opl_kpb_dialog_new (OplStore          *store,
                               OplPerson         *person,
                               OplTraject        *traject,
                               const OplKpbEntry *entry);

gboolean   opl_kpb_dialog_has_unsaved_changes (OplKpbDialog *self);

G_END_DECLS

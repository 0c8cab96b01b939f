/* opl-dienst-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store-forms.h"

G_BEGIN_DECLS

#define OPL_TYPE_DIENST_DIALOG (opl_dienst_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplDienstDialog, opl_dienst_dialog, OPL, DIENST_DIALOG, AdwWindow)

GtkWidget  *opl_dienst_dialog_new              (OplStore        *store,
                                                OplPerson       *person,
                                                OplTraject      *traject,
                                                const OplDienst *dienst);
const char *opl_dienst_dialog_get_last_message (OplDienstDialog *self);

gboolean   opl_dienst_dialog_has_unsaved_changes (OplDienstDialog *self);

G_END_DECLS

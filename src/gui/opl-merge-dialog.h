/* opl-merge-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-merge.h"

G_BEGIN_DECLS

#define OPL_TYPE_MERGE_DIALOG (opl_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplMergeDialog, opl_merge_dialog, OPL, MERGE_DIALOG, AdwWindow)

GtkWidget *opl_merge_dialog_new (OplStore    *store,
                                 const char  *path,
                                 GError     **error);

G_END_DECLS

/* opl-merge-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-merge-dialog.h"

G_BEGIN_DECLS

GtkListBox *opl_merge_dialog_get_conflicts_list (OplMergeDialog *self);
GtkListBox *opl_merge_dialog_get_lines_list     (OplMergeDialog *self);
GtkLabel   *opl_merge_dialog_get_message_label  (OplMergeDialog *self);

G_END_DECLS

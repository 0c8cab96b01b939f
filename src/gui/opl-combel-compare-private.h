/* opl-combel-compare-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-combel-compare.h"

G_BEGIN_DECLS

guint          opl_combel_compare_get_n_differences    (OplCombelCompare *self);
GPtrArray     *opl_combel_compare_get_rows             (OplCombelCompare *self,
                                                        const char       *page);
AdwStatusPage *opl_combel_compare_get_status           (OplCombelCompare *self,
                                                        const char       *page);
GtkSwitch     *opl_combel_compare_get_only_differences (OplCombelCompare *self);

G_END_DECLS

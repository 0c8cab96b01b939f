/* opl-checklist-page-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-checklist-page.h"
#include "opl-checklist-row.h"

G_BEGIN_DECLS

OplChecklistRow *opl_checklist_page_get_row             (OplChecklistPage *self,
                                                         const char       *item_id);
const char      *opl_checklist_page_get_history_summary (OplChecklistPage *self,
                                                         const char       *item_id);

G_END_DECLS

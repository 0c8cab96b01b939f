/* opl-scholing-page-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-quality-cycle.h"
#include "opl-scholing-page.h"

G_BEGIN_DECLS

const char      *opl_scholing_page_get_days_text          (OplScholingPage *self);
const char      *opl_scholing_page_get_paralleldagen_text (OplScholingPage *self);
GtkListBox      *opl_scholing_page_get_days_list          (OplScholingPage *self);
GtkListBox      *opl_scholing_page_get_progress_list      (OplScholingPage *self);
GtkListBox      *opl_scholing_page_get_leergangen_list    (OplScholingPage *self);
const char      *opl_scholing_page_get_days_view          (OplScholingPage *self);
OplQualityCycle *opl_scholing_page_get_quality_cycle      (OplScholingPage *self);
GtkWidget       *opl_scholing_page_get_editor             (OplScholingPage *self);

G_END_DECLS

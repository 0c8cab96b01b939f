/* opl-scholing-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-page.h"

G_BEGIN_DECLS

#define OPL_TYPE_SCHOLING_PAGE (opl_scholing_page_get_type ())

G_DECLARE_FINAL_TYPE (OplScholingPage, opl_scholing_page, OPL, SCHOLING_PAGE, OplPage)

GtkWidget *opl_scholing_page_new      (OplStore        *store,
                                       OplPerson       *person);
int        opl_scholing_page_get_year (OplScholingPage *self);
void       opl_scholing_page_set_year (OplScholingPage *self,
                                       int              year);
GtkWidget *opl_scholing_page_add_day  (OplScholingPage *self);

G_END_DECLS

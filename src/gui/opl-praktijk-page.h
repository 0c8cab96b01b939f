/* opl-praktijk-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-page.h"

G_BEGIN_DECLS

#define OPL_TYPE_PRAKTIJK_PAGE (opl_praktijk_page_get_type ())

G_DECLARE_FINAL_TYPE (OplPraktijkPage, opl_praktijk_page, OPL, PRAKTIJK_PAGE, OplPage)

GtkWidget *opl_praktijk_page_new (OplStore  *store,
                                  OplPerson *person);

G_END_DECLS

/* opl-forms-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-page.h"

G_BEGIN_DECLS

#define OPL_TYPE_FORMS_PAGE (opl_forms_page_get_type ())

G_DECLARE_FINAL_TYPE (OplFormsPage, opl_forms_page, OPL, FORMS_PAGE, OplPage)

GtkWidget *opl_forms_page_new            (OplStore     *store,
                                          OplPerson    *person);

gboolean   opl_forms_page_select_traject (OplFormsPage *self,
                                          const char   *traject_id);
void       opl_forms_page_show_tab       (OplFormsPage *self,
                                          const char   *tab);

G_END_DECLS

/* opl-practice-setup-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_PRACTICE_SETUP_PAGE (opl_practice_setup_page_get_type ())

G_DECLARE_FINAL_TYPE (OplPracticeSetupPage, opl_practice_setup_page, OPL, PRACTICE_SETUP_PAGE, AdwBin)

GtkWidget   *opl_practice_setup_page_new               (OplStore             *store);

OplStore    *opl_practice_setup_page_get_store         (OplPracticeSetupPage *self);
void         opl_practice_setup_page_get_start_date    (OplPracticeSetupPage *self,
                                                        GDate                *date);
void         opl_practice_setup_page_set_start_date    (OplPracticeSetupPage *self,
                                                        const GDate          *date);
const char  *opl_practice_setup_page_get_error_message (OplPracticeSetupPage *self);

G_END_DECLS

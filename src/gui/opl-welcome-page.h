/* opl-welcome-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_WELCOME_PAGE (opl_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (OplWelcomePage, opl_welcome_page, OPL, WELCOME_PAGE, AdwBin)

GtkWidget  *opl_welcome_page_new               (OplStore       *store);

OplStore   *opl_welcome_page_get_store         (OplWelcomePage *self);
const char *opl_welcome_page_get_error_message (OplWelcomePage *self);

G_END_DECLS

/* opl-application.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_APPLICATION (opl_application_get_type ())

G_DECLARE_FINAL_TYPE (OplApplication, opl_application, OPL, APPLICATION, AdwApplication)

OplApplication *opl_application_new              (void) G_GNUC_WARN_UNUSED_RESULT;
GSettings      *opl_application_get_settings     (OplApplication *self);
void            opl_application_follow_color_scheme (GSettings   *settings);

G_END_DECLS

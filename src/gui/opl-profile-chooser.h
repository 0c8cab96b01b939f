/* opl-profile-chooser.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_PROFILE_CHOOSER (opl_profile_chooser_get_type ())

G_DECLARE_FINAL_TYPE (OplProfileChooser, opl_profile_chooser, OPL, PROFILE_CHOOSER, AdwBin)

GtkWidget *opl_profile_chooser_new       (OplStore          *store);

OplStore  *opl_profile_chooser_get_store (OplProfileChooser *self);

G_END_DECLS

/* opl-profile-chooser-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-profile-chooser.h"

G_BEGIN_DECLS

GtkFlowBox *opl_profile_chooser_get_flow_box (OplProfileChooser *self);
const char *opl_profile_chooser_get_title    (OplProfileChooser *self);

G_END_DECLS

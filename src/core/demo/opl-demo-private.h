/* opl-demo-private.h: the parts of the demo practice in other files.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-practice-setup.h"

G_BEGIN_DECLS

gboolean opl_demo_add_forms (OplPracticeSetup  *setup,
                             OplTraject        *charlotte,
                             OplTraject        *daan,
                             OplPerson        **opleiders,
                             const GDate       *today,
                             GError           **error);

G_END_DECLS

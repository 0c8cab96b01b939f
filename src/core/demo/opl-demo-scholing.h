/* opl-demo-scholing.h: the demo opleiders' scholing and quality cycle.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-practice-setup.h"

G_BEGIN_DECLS

gboolean opl_demo_add_scholing (OplPracticeSetup  *setup,
                                OplPerson         *hoofdopleider,
                                OplPerson         *duo_opleider,
                                const GDate       *today,
                                GError           **error);

G_END_DECLS

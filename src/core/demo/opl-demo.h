/* opl-demo.h: a realistic demo practice, for a first look and for tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-store.h"

G_BEGIN_DECLS

gboolean opl_demo_populate (OplStore     *store,
                            const GDate  *today,
                            GError      **error);

G_END_DECLS

/* opl-schema.h: the practice database's schema, as an ordered list of migrations.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *opl_schema_get_migration      (int from_version);
const char *opl_schema_get_version_pragmas (void);

G_END_DECLS

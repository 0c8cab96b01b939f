/* opl-check-cache.h: which practice files were found intact, as they are now.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean opl_check_cache_is_intact (const char *path);
void     opl_check_cache_remember  (const char *path);
void     opl_check_cache_forget    (const char *path);

G_END_DECLS

/* opl-cli.h: the command-line modes that need no window.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line (design.md §8). */
#define OPL_EXIT_OK 0
#define OPL_EXIT_FAILURE 1
#define OPL_EXIT_USAGE 2

int opl_cli_demo  (const char *path);
int opl_cli_check (const char *path);

G_END_DECLS

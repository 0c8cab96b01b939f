/* opl-cli-private.h: what the command line's modes share.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "opl-cli.h"
#include "opl-store.h"

G_BEGIN_DECLS

void      opl_cli_print_json          (JsonBuilder            *builder);
int       opl_cli_fail                (const GError           *error);
int       opl_cli_usage_error         (const char             *message);
OplStore *opl_cli_open_store          (const char             *path,
                                       OplDatabaseOpenFlags    flags,
                                       GError                **error);
gboolean  opl_cli_parse_year          (const char             *text,
                                       int                    *year);
gboolean  opl_cli_parse_period        (const char             *text,
                                       GDate                  *start,
                                       GDate                  *end);
void      opl_cli_remove_new_database (const char             *path);

/* A passphrase read on the command line: wiped when freed. */
typedef char OplCliSecret;

int       opl_cli_unlock_profile      (OplCliOptions          *options,
                                       OplStore               *store,
                                       OplPerson              *person);

int       opl_cli_scholing            (OplCliOptions          *options,
                                       const char             *path);

gboolean  opl_cli_copy_given          (OplCliOptions          *options);
int       opl_cli_copy                (OplCliOptions          *options,
                                       const char             *path);

gboolean  opl_cli_backup_given        (OplCliOptions          *options);
int       opl_cli_backup              (OplCliOptions          *options,
                                       const char             *path);

gboolean  opl_cli_practice_given      (OplCliOptions          *options);
int       opl_cli_practice            (OplCliOptions          *options,
                                       const char             *path);

void      opl_cli_add_member_string   (JsonBuilder            *builder,
                                       const char             *name,
                                       const char             *value);
void      opl_cli_add_member_date     (JsonBuilder            *builder,
                                       const char             *name,
                                       const GDate            *date);
void      opl_cli_add_member_int      (JsonBuilder            *builder,
                                       const char             *name,
                                       gint64                  value);

G_END_DECLS

/* opl-cli.h: the command line, parsed and run before any window exists.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit statuses of the command line (design.md §8). */
#define OPL_EXIT_OK 0
#define OPL_EXIT_FAILURE 1
#define OPL_EXIT_USAGE 2

typedef struct
{
  char     *database;
  char     *profile;
  int       passphrase_fd;   /* -1: ask on the terminal */
  gboolean  demo;
  char     *years;
  char     *seed;
  gboolean  check;
  gboolean  version;
  gboolean  schedule;
  gboolean  checklist;
  gboolean  forms;
  char     *calendar;
  char     *date;
  gboolean  json;
  char     *phase;
  char     *start;
  char     *parttime;
  char    **leaves;
  gboolean  scholing;
  char     *year;
  char     *export_path;
  char     *import_path;
  char     *aios;
  char    **opleiders;
  char     *format;
  char     *add_person;
  char     *rename_person;
  char     *archive_person;
  char     *unarchive_person;
  gboolean  add_traject;
  char     *end_traject;
  char     *add_leave;
  char     *add_closure;
  char     *set_coschap;
  char     *set_role;
  gboolean  swap_roles;
  char     *role;
  char     *opleider_since;
  char     *name;
  char     *reason;
  char     *note;
  char     *kind;
  char     *experienced;
  gboolean  keep;
  char     *copy_out;
  char     *merge;
  char     *prefer;
  gboolean  update_copy;
  gboolean  dry_run;
  char     *backup;
  gboolean  backups;
  char     *restore;
} OplCliOptions;

void      opl_cli_options_clear (OplCliOptions  *options);
gboolean  opl_cli_options_parse (OplCliOptions  *options,
                                 char         ***argv,
                                 GError        **error);
gboolean  opl_cli_wants_window  (OplCliOptions  *options);
int       opl_cli_run           (OplCliOptions  *options,
                                 const char     *database_path);

GSettings *opl_cli_settings_new   (void);
char     *opl_cli_database_path (GSettings      *settings,
                                 const char     *option);
gboolean  opl_cli_main          (int             argc,
                                 char          **argv,
                                 int            *exit_status);

int       opl_cli_demo          (OplCliOptions  *options,
                                 const char     *path);
int       opl_cli_check         (const char     *path);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OplCliOptions, opl_cli_options_clear)

G_END_DECLS

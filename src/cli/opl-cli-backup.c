/* opl-cli-backup.c: backups on the command line (issue 17).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `--backup FILE` writes a checked backup of the practice to FILE, never over a file
 * that is there (opl_backup_write_file()); `--backups` lists the automatic backups in
 * the practice's folder (opl_backup_default_folder()): when, why, how big and what each
 * holds; `--restore BACKUP` brings one back into the practice and says where the state
 * before it is kept (opl_backup_restore()). All three take `--json`. Without
 * `--database` they work on the app's practice. A refusal is one line and exit 1.
 */

#define G_LOG_DOMAIN "opl-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-backup.h"
#include "opl-cli-private.h"

/* The first option given that no backup mode takes, or %NULL. */
static const char *
other_option (OplCliOptions *options)
{
  const struct
  {
    gboolean    given;
    const char *name;
  } others[] = {
    { options->profile != NULL, "--profile" },
    { options->passphrase_fd != -1, "--passphrase-fd" },
    { options->demo, "--demo" },
    { options->years != NULL, "--years" },
    { options->seed != NULL, "--seed" },
    { options->check, "--check" },
    { options->schedule, "--schedule" },
    { options->phase != NULL, "--phase" },
    { options->start != NULL, "--start" },
    { options->parttime != NULL, "--parttime" },
    { options->leaves != NULL, "--leave" },
    { options->checklist, "--checklist" },
    { options->date != NULL, "--date" },
    { options->calendar != NULL, "--calendar" },
    { options->forms, "--forms" },
    { options->scholing, "--scholing" },
    { options->year != NULL, "--year" },
    { options->export_path != NULL, "--export" },
    { options->aios != NULL, "--aios" },
    { options->opleiders != NULL, "--opleider" },
    { options->format != NULL, "--format" },
    { options->import_path != NULL, "--import" },
    { options->add_person != NULL, "--add-person" },
    { options->rename_person != NULL, "--rename-person" },
    { options->archive_person != NULL, "--archive-person" },
    { options->unarchive_person != NULL, "--unarchive-person" },
    { options->add_traject, "--add-traject" },
    { options->end_traject != NULL, "--end-traject" },
    { options->add_leave != NULL, "--add-leave" },
    { options->add_closure != NULL, "--add-closure" },
    { options->set_coschap != NULL, "--set-coschap" },
    { options->set_role != NULL, "--set-role" },
    { options->swap_roles, "--swap-roles" },
    { options->role != NULL, "--role" },
    { options->opleider_since != NULL, "--opleider-since" },
    { options->name != NULL, "--name" },
    { options->reason != NULL, "--reason" },
    { options->note != NULL, "--note" },
    { options->kind != NULL, "--kind" },
    { options->experienced != NULL, "--experienced" },
    { options->keep, "--keep" },
    { options->copy_out != NULL, "--copy-out" },
    { options->merge != NULL, "--merge" },
    { options->prefer != NULL, "--prefer" },
    { options->update_copy, "--update-copy" },
    { options->dry_run, "--dry-run" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      if (others[i].given)
        return others[i].name;
    }

  return NULL;
}

/* One mode, and only --database and --json beside it. */
static int
check_options (OplCliOptions *options,
               const char    *mode)
{
  const char *other = other_option (options);
  int n_modes = (options->backup != NULL) + (options->backups != FALSE) + (options->restore != NULL);

  if (n_modes > 1)
    return opl_cli_usage_error (_("Give one of --backup, --backups and --restore"));

  if (other != NULL)
    {
      /* Translators: an option, then the command-line mode it does not go with */
      g_autofree char *message = g_strdup_printf (_("%s does not go with %s"), other, mode);

      return opl_cli_usage_error (message);
    }

  return OPL_EXIT_OK;
}

/* "5 people, 4 trajecten, 6 forms" */
static char *
describe_contents (const OplBackup *backup)
{
  int people = (int) backup->n_people;
  int trajecten = (int) backup->n_trajecten;
  int forms = (int) backup->n_forms;
  /* Translators: counts of what a backup holds, joined as "5 people, 4 trajecten, 6 forms" */
  g_autofree char *p = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people", people), people);
  g_autofree char *t = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d traject", "%d trajecten", trajecten),
                                        trajecten);
  g_autofree char *f = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d form", "%d forms", forms), forms);

  /* Translators: people, trajecten and forms, each counted ("5 people") */
  return g_strdup_printf (_("%s, %s, %s"), p, t, f);
}

/* `--backup FILE` */
static int
run_backup (OplCliOptions *options,
            const char    *path)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (!opl_backup_write_file (path, options->backup, &error))
    return opl_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      opl_cli_add_member_string (builder, "database", path);
      opl_cli_add_member_string (builder, "backup", options->backup);
      opl_cli_add_member_int (builder, "size", g_stat (options->backup, &st) == 0 ? st.st_size : 0);
      json_builder_end_object (builder);
      opl_cli_print_json (builder);
    }
  else
    /* Translators: the practice file, then the backup written */
    g_print (_("Wrote a checked backup of %s to %s\n"), path, options->backup);

  return OPL_EXIT_OK;
}

static void
build_backup (JsonBuilder     *builder,
              const OplBackup *backup)
{
  g_autofree char *name = g_path_get_basename (backup->path);
  g_autofree char *created = g_date_time_format_iso8601 (backup->created);

  json_builder_begin_object (builder);
  opl_cli_add_member_string (builder, "path", backup->path);
  opl_cli_add_member_string (builder, "file", name);
  opl_cli_add_member_string (builder, "reason", opl_backup_reason_to_string (backup->reason));
  opl_cli_add_member_string (builder, "created", created);
  opl_cli_add_member_int (builder, "size", backup->size);
  json_builder_set_member_name (builder, "damaged");
  json_builder_add_boolean_value (builder, backup->damaged);
  opl_cli_add_member_string (builder, "problem", backup->problem);
  opl_cli_add_member_string (builder, "practice", backup->practice_name);
  opl_cli_add_member_int (builder, "schema_version", backup->schema_version);
  opl_cli_add_member_int (builder, "people", backup->n_people);
  opl_cli_add_member_int (builder, "trajecten", backup->n_trajecten);
  opl_cli_add_member_int (builder, "forms", backup->n_forms);
  json_builder_end_object (builder);
}

/* `--backups` */
static int
run_list (OplCliOptions *options,
          const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GPtrArray) backups = opl_backup_list (folder, &error);

  if (backups == NULL)
    return opl_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      opl_cli_add_member_string (builder, "database", path);
      opl_cli_add_member_string (builder, "folder", folder);
      json_builder_set_member_name (builder, "backups");
      json_builder_begin_array (builder);
      for (guint i = 0; i < backups->len; i++)
        build_backup (builder, g_ptr_array_index (backups, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      opl_cli_print_json (builder);
      return OPL_EXIT_OK;
    }

  if (backups->len == 0)
    {
      /* Translators: the practice file, then the folder of its backups */
      g_print (_("No backups of %s yet (they go in %s)\n"), path, folder);
      return OPL_EXIT_OK;
    }

  /* Translators: the practice file, then the folder of its backups */
  g_print (_("Backups of %s in %s, newest first:\n"), path, folder);
  for (guint i = 0; i < backups->len; i++)
    {
      const OplBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *created = g_date_time_format (backup->created, "%Y-%m-%d %H:%M:%S");
      g_autofree char *size = g_format_size ((guint64) backup->size);
      g_autofree char *name = g_path_get_basename (backup->path);
      g_autofree char *contents = NULL;

      if (backup->damaged)
        /* Translators: what cannot be read of a backup, then why */
        contents = g_strdup_printf (_("damaged: %s"), backup->problem);
      else
        contents = describe_contents (backup);

      /* Translators: a line of --backups: when, why, size, what it holds, its file */
      g_print (_("%s  %-18s %10s  %s  %s\n"), created, opl_backup_reason_to_string (backup->reason), size, contents,
               name);
    }

  return OPL_EXIT_OK;
}

/* `--restore BACKUP` */
static int
run_restore (OplCliOptions *options,
             const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autofree char *kept = NULL;

  if (!opl_backup_restore (path, options->restore, folder, &kept, &error))
    return opl_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      opl_cli_add_member_string (builder, "database", path);
      opl_cli_add_member_string (builder, "restored", options->restore);
      opl_cli_add_member_string (builder, "previous", kept);
      json_builder_end_object (builder);
      opl_cli_print_json (builder);
    }
  else if (kept != NULL)
    /* Translators: the backup, the practice file, then where its state before is kept */
    g_print (_("Restored %s into %s; the state before is kept in %s\n"), options->restore, path, kept);
  else
    /* Translators: the backup, then the practice file */
    g_print (_("Restored %s into %s (there was no practice file before)\n"), options->restore, path);

  return OPL_EXIT_OK;
}

/**
 * opl_cli_backup_given:
 *
 * Returns: whether the options ask for a backup mode (`--backup`, `--backups`,
 *   `--restore`)
 */
gboolean
opl_cli_backup_given (OplCliOptions *options)
{
  return options->backup != NULL || options->backups || options->restore != NULL;
}

/**
 * opl_cli_backup:
 * @path: the practice (--database, or the app's)
 *
 * Runs `--backup FILE`, `--backups` or `--restore BACKUP` (issue 17).
 *
 * Returns: the exit status
 */
int
opl_cli_backup (OplCliOptions *options,
                const char    *path)
{
  const char *mode = options->backup != NULL ? "--backup" : options->backups ? "--backups" : "--restore";
  int status;

  if ((status = check_options (options, mode)) != OPL_EXIT_OK)
    return status;

  if (options->backup != NULL)
    return run_backup (options, path);
  if (options->backups)
    return run_list (options, path);
  return run_restore (options, path);
}

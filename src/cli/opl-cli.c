/* opl-cli.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each mode prints its result on stdout, or one line on stderr and returns a
 * non-zero status, leaving a file it could not use untouched.
 */

#define G_LOG_DOMAIN "opl-cli"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-cli.h"
#include "opl-backup.h"
#include "opl-cli-private.h"
#include "opl-date.h"
#include "opl-demo.h"
#include "opl-export-pdf.h"
#include "opl-export-writer.h"
#include "opl-history.h"
#include "opl-schedule.h"
#include "opl-store.h"
#include "opl-store-calendar.h"
#include "opl-store-export.h"
#include "opl-store-forms.h"

#include <json-glib/json-glib.h>

static int
fail (const GError *error)
{
  g_autofree char *line = g_strdup (error->message);

  /* One line on stderr, whatever the message quotes. */
  g_strdelimit (line, "\r\n", ' ');
  g_printerr ("opleidingspraktijk: %s\n", line);
  return OPL_EXIT_FAILURE;
}

static int
usage_error (const char *message)
{
  g_printerr ("opleidingspraktijk: %s\n", message);
  return OPL_EXIT_USAGE;
}

/* The database at @path opened with @flags, and its practice and people loaded. */
static OplStore *
open_store (const char            *path,
            OplDatabaseOpenFlags   flags,
            GError               **error)
{
  g_autoptr(OplDatabase) database = opl_database_open (path, flags, error);
  g_autoptr(OplStore) store = NULL;

  if (database == NULL)
    return NULL;

  store = opl_store_new (database);
  if (!opl_store_load (store, error))
    return NULL;

  return g_steal_pointer (&store);
}

void
opl_cli_options_clear (OplCliOptions *options)
{
  g_clear_pointer (&options->database, g_free);
  g_clear_pointer (&options->profile, g_free);
  g_clear_pointer (&options->years, g_free);
  g_clear_pointer (&options->seed, g_free);
  g_clear_pointer (&options->date, g_free);
  g_clear_pointer (&options->calendar, g_free);
  g_clear_pointer (&options->phase, g_free);
  g_clear_pointer (&options->start, g_free);
  g_clear_pointer (&options->parttime, g_free);
  g_clear_pointer (&options->leaves, g_strfreev);
  g_clear_pointer (&options->export_path, g_free);
  g_clear_pointer (&options->import_path, g_free);
  g_clear_pointer (&options->aios, g_free);
  g_clear_pointer (&options->opleiders, g_strfreev);
  g_clear_pointer (&options->year, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->add_person, g_free);
  g_clear_pointer (&options->rename_person, g_free);
  g_clear_pointer (&options->archive_person, g_free);
  g_clear_pointer (&options->unarchive_person, g_free);
  g_clear_pointer (&options->end_traject, g_free);
  g_clear_pointer (&options->add_leave, g_free);
  g_clear_pointer (&options->add_closure, g_free);
  g_clear_pointer (&options->set_coschap, g_free);
  g_clear_pointer (&options->set_role, g_free);
  g_clear_pointer (&options->role, g_free);
  g_clear_pointer (&options->opleider_since, g_free);
  g_clear_pointer (&options->name, g_free);
  g_clear_pointer (&options->reason, g_free);
  g_clear_pointer (&options->note, g_free);
  g_clear_pointer (&options->kind, g_free);
  g_clear_pointer (&options->experienced, g_free);
  g_clear_pointer (&options->copy_out, g_free);
  g_clear_pointer (&options->merge, g_free);
  g_clear_pointer (&options->prefer, g_free);
  g_clear_pointer (&options->backup, g_free);
  g_clear_pointer (&options->restore, g_free);
}

/**
 * opl_cli_options_parse:
 * @argv: (inout): the arguments; what was understood is removed
 *
 * Parses the command line (design.md §8). Values are checked by the mode that uses
 * them, so that every mistake gets a message of our own.
 *
 * Returns: %FALSE with @error set when the arguments make no sense
 */
gboolean
opl_cli_options_parse (OplCliOptions   *options,
                       char          ***argv,
                       GError         **error)
{
  const GOptionEntry main_entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &options->database,
      N_("The practice database to open"), N_("FILE") },
    { "demo", 0, 0, G_OPTION_ARG_NONE, &options->demo,
      N_("Create a demo practice in the database and exit"), NULL },
    { "years", 0, 0, G_OPTION_ARG_STRING, &options->years,
      N_("With --demo: a practice with this many years of history, for benchmarks"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &options->seed,
      N_("With --years: the seed of the made-up history (default 1)"), N_("S") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &options->check,
      N_("Check the database’s integrity, schema version and contents, and exit"), NULL },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &options->profile,
      N_("Open the dashboard of this profile (an id, a role or a name)"), N_("ID") },
    { "passphrase-fd", 0, 0, G_OPTION_ARG_INT, &options->passphrase_fd,
      N_("Read the passphrase of a locked --profile from this file descriptor (one line)"), N_("N") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };
  const GOptionEntry schedule_entries[] = {
    { "schedule", 0, 0, G_OPTION_ARG_NONE, &options->schedule,
      N_("Print the due moments of a training year and exit"), NULL },
    { "phase", 0, 0, G_OPTION_ARG_STRING, &options->phase,
      N_("Fase I or fase II of the training"), N_("1|2") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &options->start,
      N_("The start date of the traject"), N_("YYYY-MM-DD") },
    { "parttime", 0, 0, G_OPTION_ARG_STRING, &options->parttime,
      N_("The part-time factor, from 0.5 to 1.0 (default 1.0)"), N_("F") },
    { "leave", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->leaves,
      N_("An interruption of the training (may be repeated)"), N_("YYYY-MM-DD:YYYY-MM-DD") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json,
      N_("Print JSON"), NULL },
    { NULL }
  };
  const GOptionEntry checklist_entries[] = {
    { "checklist", 0, 0, G_OPTION_ARG_NONE, &options->checklist,
      N_("Print the checklist of a profile (--profile, or the hoofdopleider) and exit"), NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options->date,
      N_("The day to look at instead of today"), N_("YYYY-MM-DD") },
    { "calendar", 0, 0, G_OPTION_ARG_FILENAME, &options->calendar,
      N_("Write the leergesprekken and due moments as an iCalendar file and exit"), N_("OUT.ics") },
    { "forms", 0, 0, G_OPTION_ARG_NONE, &options->forms,
      N_("List the forms as the profile (--profile) may see them and exit"), NULL },
    { "scholing", 0, 0, G_OPTION_ARG_NONE, &options->scholing,
      N_("Print an opleider’s scholingsdagen against the requirement (--profile, --year) and exit"), NULL },
    { "year", 0, 0, G_OPTION_ARG_STRING, &options->year,
      N_("The opleidingsjaar, by the year it starts in (--scholing: default the current one; --export: only that year; "
         "--set-role, --swap-roles)"),
      N_("YYYY") },
    { NULL }
  };
  const GOptionEntry export_entries[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &options->export_path,
      N_("Write a bundle for the institute to a folder, or a zip when DIR ends in .zip, and exit"), N_("DIR") },
    { "aios", 0, 0, G_OPTION_ARG_STRING, &options->aios,
      N_("Export the trajecten of this aios, or with --add-traject: its aios (an id or a name)"), N_("ID") },
    { "opleider", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->opleiders,
      N_("Export the scholing and checklist of this opleider (an id or a name), or with --add-traject: "
         "an opleider and their share (may be repeated)"), N_("ID[:SHARE]") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options->format,
      N_("What to write (default: pdf,csv,json)"), N_("pdf,csv,json") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &options->import_path,
      N_("Check a bundle (its export.json or zip) and add it to the database, and exit"), N_("FILE") },
    { NULL }
  };
  const GOptionEntry practice_entries[] = {
    { "add-person", 0, 0, G_OPTION_ARG_STRING, &options->add_person,
      N_("Add a person with --role to the practice and exit"), N_("NAME") },
    { "rename-person", 0, 0, G_OPTION_ARG_STRING, &options->rename_person,
      N_("Give a person the --name and exit"), N_("PERSON") },
    { "archive-person", 0, 0, G_OPTION_ARG_STRING, &options->archive_person,
      N_("Archive a person: no longer a profile, their history kept; and exit"), N_("PERSON") },
    { "unarchive-person", 0, 0, G_OPTION_ARG_STRING, &options->unarchive_person,
      N_("Bring an archived person back and exit"), N_("PERSON") },
    { "add-traject", 0, 0, G_OPTION_ARG_NONE, &options->add_traject,
      N_("Add a traject (--aios, --phase, --start, --opleider) and exit"), NULL },
    { "end-traject", 0, 0, G_OPTION_ARG_STRING, &options->end_traject,
      N_("End a traject, or an aios’s current one, on --date and exit"), N_("TRAJECT") },
    { "add-leave", 0, 0, G_OPTION_ARG_STRING, &options->add_leave,
      N_("Record the --leave of a traject, or of an aios’s current one, and exit"), N_("TRAJECT") },
    { "add-closure", 0, 0, G_OPTION_ARG_STRING, &options->add_closure,
      N_("Record a period the practice is closed and exit"), N_("YYYY-MM-DD:YYYY-MM-DD") },
    { "set-coschap", 0, 0, G_OPTION_ARG_STRING, &options->set_coschap,
      N_("Start the coschap of a traject in the last phase on --start and exit"), N_("TRAJECT") },
    { "set-role", 0, 0, G_OPTION_ARG_STRING, &options->set_role,
      N_("Set an opleider’s --role in opleidingsjaar --year and exit"), N_("PERSON") },
    { "swap-roles", 0, 0, G_OPTION_ARG_NONE, &options->swap_roles,
      N_("Swap the hoofdopleider and the plaatsvervangend opleider from opleidingsjaar --year and exit"), NULL },
    { "role", 0, 0, G_OPTION_ARG_STRING, &options->role,
      N_("The role: hoofdopleider, duo-opleider, plaatsvervangend-opleider, aios or coassistent"), N_("ROLE") },
    { "opleider-since", 0, 0, G_OPTION_ARG_STRING, &options->opleider_since,
      N_("The opleidingsjaar an opleider began in"), N_("YYYY") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &options->name,
      N_("The person’s new name"), N_("NAME") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &options->reason,
      N_("Why the traject ends early: ontkoppeling, zwangerschap, uitval or overig"), N_("REASON") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &options->note,
      N_("What the reason leaves unsaid, or why the practice is closed"), N_("TEXT") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &options->kind,
      N_("The kind of leave: ziekte, zwangerschap, verlof (the default) or overig"), N_("KIND") },
    { "experienced", 0, 0, G_OPTION_ARG_STRING, &options->experienced,
      N_("Whether a duo-opleider counts as experienced that year"), N_("yes|no|default") },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &options->keep,
      N_("With --swap-roles: record the roles as they are instead"), NULL },
    { NULL }
  };
  const GOptionEntry copy_entries[] = {
    { "copy-out", 0, 0, G_OPTION_ARG_FILENAME, &options->copy_out,
      N_("Write a copy of the practice for a laptop to FILE (a new file) and exit"), N_("FILE") },
    { "merge", 0, 0, G_OPTION_ARG_FILENAME, &options->merge,
      N_("Merge a copy for a laptop back into the practice and exit; a conflict needs --prefer"), N_("FILE") },
    { "prefer", 0, 0, G_OPTION_ARG_STRING, &options->prefer,
      N_("With --merge: keep this side of every conflict that has no choice yet"), N_("practice|copy") },
    { "update-copy", 0, 0, G_OPTION_ARG_NONE, &options->update_copy,
      N_("With --merge: afterwards, rewrite FILE as a copy of the merged practice for the laptop to go on with"),
      NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options->dry_run,
      N_("With --merge: only show what the merge would do, and write nothing"), NULL },
    { NULL }
  };
  const GOptionEntry backup_entries[] = {
    { "backup", 0, 0, G_OPTION_ARG_FILENAME, &options->backup,
      N_("Write a checked backup of the practice to FILE (a new file) and exit"), N_("FILE") },
    { "backups", 0, 0, G_OPTION_ARG_NONE, &options->backups,
      N_("List the practice’s automatic backups and exit"), NULL },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, &options->restore,
      N_("Bring a backup back into the practice, keeping the state before as a backup, and exit"), N_("BACKUP") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GOptionGroup *schedule_group;
  GOptionGroup *practice_group;
  GOptionGroup *copy_group;
  GOptionGroup *backup_group;

  /* Not given: ask on the terminal (0 is standard input). */
  options->passphrase_fd = -1;
  g_option_context_set_summary (context, _("The practice’s companion for the huisartsopleiding."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, main_entries, GETTEXT_PACKAGE);

  schedule_group = g_option_group_new ("schedule", _("Schedule options:"),
                                       _("Show the schedule options"), NULL, NULL);
  g_option_group_set_translation_domain (schedule_group, GETTEXT_PACKAGE);
  g_option_group_add_entries (schedule_group, schedule_entries);
  g_option_context_add_group (context, schedule_group);
  g_option_context_add_main_entries (context, checklist_entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, export_entries, GETTEXT_PACKAGE);

  practice_group = g_option_group_new ("practice", _("Practice options:"),
                                       _("Show the options that change the practice"), NULL, NULL);
  g_option_group_set_translation_domain (practice_group, GETTEXT_PACKAGE);
  g_option_group_add_entries (practice_group, practice_entries);
  g_option_context_add_group (context, practice_group);

  copy_group = g_option_group_new ("copy", _("Options of copies for a laptop:"),
                                   _("Show the options of copies for a laptop"), NULL, NULL);
  g_option_group_set_translation_domain (copy_group, GETTEXT_PACKAGE);
  g_option_group_add_entries (copy_group, copy_entries);
  g_option_context_add_group (context, copy_group);

  backup_group = g_option_group_new ("backup", _("Backup options:"), _("Show the backup options"), NULL, NULL);
  g_option_group_set_translation_domain (backup_group, GETTEXT_PACKAGE);
  g_option_group_add_entries (backup_group, backup_entries);
  g_option_context_add_group (context, backup_group);

  if (!g_option_context_parse_strv (context, argv, error))
    return FALSE;

  if (g_strv_length (*argv) > 1)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Unexpected argument “%s”"), (*argv)[1]);
      return FALSE;
    }

  return TRUE;
}

/**
 * opl_cli_wants_window:
 *
 * Returns: whether the arguments ask for the app rather than a command-line mode
 */
gboolean
opl_cli_wants_window (OplCliOptions *options)
{
  return !options->version && !options->demo && !options->check && !options->schedule &&
         !options->checklist && !options->forms && options->calendar == NULL && !options->scholing &&
         options->export_path == NULL && options->import_path == NULL &&
         options->aios == NULL && options->opleiders == NULL && options->year == NULL && options->format == NULL &&
         options->years == NULL && options->seed == NULL && !opl_cli_practice_given (options) &&
         !opl_cli_copy_given (options) && !opl_cli_backup_given (options);
}

static gboolean
parse_leave (const char  *text,
             OplLeave    *leave)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);

  leave->kind = OPL_LEAVE_OVERIG;
  return g_strv_length (parts) == 2 &&
         opl_date_parse_iso (parts[0], &leave->start) &&
         opl_date_parse_iso (parts[1], &leave->end);
}

static gboolean
parse_schedule_input (OplCliOptions     *options,
                      OplScheduleInput  *input,
                      GArray            *leaves,
                      char             **message)
{
  char *end = NULL;

  if (g_strcmp0 (options->phase, "1") == 0 || g_strcmp0 (options->phase, "I") == 0)
    input->phase = OPL_PHASE_I;
  else if (g_strcmp0 (options->phase, "2") == 0 || g_strcmp0 (options->phase, "II") == 0)
    input->phase = OPL_PHASE_II;
  else
    {
      *message = g_strdup (options->phase == NULL
                           ? _("--schedule needs --phase 1 or --phase 2")
                           : _("--phase must be 1 or 2"));
      return FALSE;
    }

  if (options->start == NULL || !opl_date_parse_iso (options->start, &input->start))
    {
      *message = g_strdup (options->start == NULL
                           ? _("--schedule needs --start YYYY-MM-DD")
                           : _("--start must be a real date written as YYYY-MM-DD"));
      return FALSE;
    }
  g_date_clear (&input->end, 1);

  input->parttime = 1.0;
  if (options->parttime != NULL)
    {
      input->parttime = g_ascii_strtod (options->parttime, &end);
      if (end == options->parttime || *end != '\0' || !(input->parttime >= 0.5 && input->parttime <= 1.0))
        {
          *message = g_strdup (_("--parttime must be a number from 0.5 to 1.0"));
          return FALSE;
        }
    }

  for (guint i = 0; options->leaves != NULL && options->leaves[i] != NULL; i++)
    {
      OplLeave leave;

      if (!parse_leave (options->leaves[i], &leave))
        {
          /* Translators: %s is what the user typed after --leave */
          *message = g_strdup_printf (_("--leave “%s” must be two real dates, YYYY-MM-DD:YYYY-MM-DD"),
                                      options->leaves[i]);
          return FALSE;
        }
      g_array_append_val (leaves, leave);
    }

  input->leaves = (const OplLeave *) leaves->data;
  input->n_leaves = leaves->len;
  return TRUE;
}

/* Prints the document @builder holds, on one line, and ends it. */
static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_schedule_json (GArray *moments)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "moments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);
      g_auto(GStrv) who = opl_who_to_strv (moment->who);
      g_autofree char *due = opl_date_to_iso (&moment->due);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, opl_moment_kind_to_string (moment->kind));
      json_builder_set_member_name (builder, "month");
      json_builder_add_int_value (builder, moment->month);
      json_builder_set_member_name (builder, "due");
      json_builder_add_string_value (builder, due);
      json_builder_set_member_name (builder, "who");
      json_builder_begin_array (builder);
      for (guint w = 0; who[w] != NULL; w++)
        json_builder_add_string_value (builder, who[w]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder, opl_moment_state_to_string (moment->state));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  print_json (builder);
}

static void
print_schedule_text (GArray *moments)
{
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);
      g_auto(GStrv) who = opl_who_to_strv (moment->who);
      g_autofree char *due = opl_date_to_iso (&moment->due);
      g_autofree char *people = g_strjoinv (", ", who);

      /* Translators: a line of the schedule: date, kind, training month, who, state */
      g_print (_("%s  %-30s training month %2d  %-30s %s\n"), due, opl_moment_kind_get_label (moment->kind),
               moment->month, people, opl_moment_state_get_label (moment->state));
    }
}

/* `--schedule`: the due moments of a training year from the facts on the command line. */
static int
run_schedule (OplCliOptions *options)
{
  g_autoptr(GArray) leaves = g_array_new (FALSE, TRUE, sizeof (OplLeave));
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  OplScheduleInput input = { 0 };
  GDate today;

  if (!parse_schedule_input (options, &input, leaves, &message))
    return usage_error (message);

  opl_date_set_today (&today);
  moments = opl_schedule_compute (&input, &today, NULL, NULL, &error);
  if (moments == NULL)
    return usage_error (error->message);

  if (options->json)
    print_schedule_json (moments);
  else
    print_schedule_text (moments);

  return OPL_EXIT_OK;
}

static void
print_checklist_json (GArray *statuses)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < statuses->len; i++)
    {
      const OplChecklistStatus *status = &g_array_index (statuses, OplChecklistStatus, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, status->item->id);
      json_builder_set_member_name (builder, "period");
      json_builder_add_string_value (builder, opl_period_to_string (status->item->period));
      json_builder_set_member_name (builder, "period_key");
      json_builder_add_string_value (builder, status->period_key);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, status->item->title);
      json_builder_set_member_name (builder, "done");
      json_builder_add_boolean_value (builder, status->done);
      json_builder_set_member_name (builder, "overdue");
      json_builder_add_boolean_value (builder, status->overdue);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  print_json (builder);
}

static void
print_checklist_text (GArray *statuses)
{
  for (guint i = 0; i < statuses->len; i++)
    {
      const OplChecklistStatus *status = &g_array_index (statuses, OplChecklistStatus, i);

      g_print ("[%s] %-10s %s%s\n", status->done ? "x" : " ", status->period_key,
               status->item->title, status->overdue ? _(" (overdue)") : "");
    }
}

/* `--checklist`: the checklist of one profile on one day. */
static int
run_checklist (OplCliOptions *options,
               const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplStore) store = NULL;
  g_autoptr(OplChecklist) checklist = NULL;
  g_autoptr(GArray) statuses = NULL;
  OplPerson *person;
  GDate today;

  if (options->date != NULL && !opl_date_parse_iso (options->date, &today))
    return usage_error (_("--date must be a real date written as YYYY-MM-DD"));
  if (options->date == NULL)
    opl_date_set_today (&today);

  store = open_store (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  if (store == NULL || (checklist = opl_checklist_new_default (&error)) == NULL)
    return fail (error);

  person = opl_store_find_profile (store, options->profile != NULL ? options->profile : "hoofdopleider");
  if (person == NULL)
    return usage_error (options->profile != NULL
                        ? _("--profile names no one in this practice (give an id, a role or a name)")
                        : _("The practice has no hoofdopleider; name a profile with --profile"));

  statuses = opl_store_get_checklist_status (store, checklist, opl_person_get_id (person), &today, &error);
  if (statuses == NULL)
    return fail (error);

  if (options->json)
    print_checklist_json (statuses);
  else
    print_checklist_text (statuses);

  return OPL_EXIT_OK;
}

/* `--calendar OUT.ics`: the running trajecten's leergesprekken and due moments. */
static int
run_calendar (OplCliOptions *options,
              const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplStore) store = NULL;
  guint n_events = 0;
  GDate today;

  if (options->date != NULL && !opl_date_parse_iso (options->date, &today))
    return usage_error (_("--date must be a real date written as YYYY-MM-DD"));
  if (options->date == NULL)
    opl_date_set_today (&today);

  store = open_store (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  if (store == NULL ||
      !opl_store_write_calendar (store, &today, options->calendar, &n_events, &error))
    return fail (error);

  /* Translators: %u is a number of events, %s a file name */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u event to %s\n", "Wrote %u events to %s\n", n_events),
           n_events, options->calendar);
  return OPL_EXIT_OK;
}

static const char *
name_of (OplStore   *store,
         const char *person_id)
{
  OplPerson *person = opl_store_lookup_person (store, person_id);

  return person != NULL ? opl_person_get_name (person) : "";
}

/* A form as one JSON object; a redacted one says only that it is pending. */
static void
add_form_json (JsonBuilder *builder,
               OplStore    *store,
               OplForm     *form)
{
  OplFormDefinition *definition = opl_form_get_definition (form);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, opl_form_get_id (form));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, opl_form_kind_to_string (opl_form_get_kind (form)));
  json_builder_set_member_name (builder, "definition");
  json_builder_add_string_value (builder, opl_form_definition_get_id (definition));
  json_builder_set_member_name (builder, "definition_version");
  json_builder_add_int_value (builder, opl_form_definition_get_version (definition));
  json_builder_set_member_name (builder, "traject");
  json_builder_add_string_value (builder, opl_form_get_traject_id (form));
  json_builder_set_member_name (builder, "month");
  json_builder_add_int_value (builder, opl_form_get_moment_month (form));
  json_builder_set_member_name (builder, "author");
  json_builder_add_string_value (builder, name_of (store, opl_form_get_author_id (form)));
  json_builder_set_member_name (builder, "author_role");
  json_builder_add_string_value (builder, opl_form_role_to_string (opl_form_get_author_role (form)));
  json_builder_set_member_name (builder, "subject");
  json_builder_add_string_value (builder, name_of (store, opl_form_get_subject_id (form)));
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, opl_form_is_redacted (form)
                                          ? "pending" : opl_form_state_to_string (opl_form_get_state (form)));
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, opl_form_get_version_number (form));
  if (!opl_form_is_redacted (form))
    {
      json_builder_set_member_name (builder, "answered");
      json_builder_add_int_value (builder, opl_form_get_n_answered (form));
    }
  json_builder_end_object (builder);
}

/* `--forms`: every form's newest version, as --profile may see it. */
static int
run_forms (OplCliOptions *options,
           const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplStore) store = NULL;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  OplPerson *viewer = NULL;
  int status;

  store = open_store (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return fail (error);

  if (options->profile != NULL && (viewer = opl_store_find_profile (store, options->profile)) == NULL)
    return usage_error (_("--profile names no one in this practice (give an id, a role or a name)"));
  if (viewer != NULL && (status = opl_cli_unlock_profile (options, store, viewer)) != OPL_EXIT_OK)
    return status;

  forms = opl_store_list_forms (store, &query, viewer != NULL ? opl_person_get_id (viewer) : NULL, &error);
  if (forms == NULL)
    return fail (error);

  if (!options->json)
    {
      for (guint i = 0; i < forms->len; i++)
        {
          OplForm *form = g_ptr_array_index (forms, i);

          /* Translators: a line of --forms: kind, training month, author, subject, state */
          g_print (_("%-20s training month %2d  %-20s about %-20s %s\n"), opl_form_kind_get_label (opl_form_get_kind (form)),
                   opl_form_get_moment_month (form), name_of (store, opl_form_get_author_id (form)),
                   name_of (store, opl_form_get_subject_id (form)),
                   opl_form_is_redacted (form) ? _("pending") : opl_form_state_get_label (opl_form_get_state (form)));
        }
      return OPL_EXIT_OK;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "forms");
  json_builder_begin_array (builder);
  for (guint i = 0; i < forms->len; i++)
    add_form_json (builder, store, g_ptr_array_index (forms, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  print_json (builder);
  return OPL_EXIT_OK;
}

/* --year YYYY: an opleidingsjaar from 1950 to 2199. */
static gboolean
parse_year (const char *text,
            int        *year)
{
  gint64 value;

  if (text == NULL || strlen (text) != 4 || !g_ascii_string_to_signed (text, 10, 1950, 2199, &value, NULL))
    return FALSE;

  *year = (int) value;
  return TRUE;
}

/* --aios / --opleider: a profile of that kind, by id or name. */
static OplPerson *
find_person (OplStore   *store,
             const char *text,
             gboolean    opleider)
{
  OplPerson *person = opl_store_find_profile (store, text);

  if (person == NULL || opl_person_is_opleider (person) != opleider ||
      (!opleider && opl_person_get_role (person) != OPL_ROLE_AIOS))
    return NULL;
  return person;
}

/* What --export asks for, checked before anything is read; a usage message or NULL. */
static char *
parse_export_args (OplCliOptions     *options,
                   OplExportFormats  *formats,
                   int               *year)
{
  g_autoptr(GError) error = NULL;

  *year = 0;
  if (options->aios != NULL && options->opleiders != NULL)
    return g_strdup (_("Give --aios or --opleider, not both"));
  if (options->opleiders != NULL && g_strv_length (options->opleiders) > 1)
    return g_strdup (_("--export takes one --opleider"));
  if (options->year != NULL && !parse_year (options->year, year))
    return g_strdup (_("--year must be an opleidingsjaar written as YYYY, from 1950 to 2199"));
  if (!opl_export_formats_parse (options->format != NULL ? options->format : "pdf,csv,json", formats, &error))
    return g_strdup_printf ("--format: %s", error->message);
  if (*options->export_path == '\0')
    return g_strdup (_("--export needs a folder, or a file ending in .zip"));

  return NULL;
}

/* "Wrote DIR: 2 trajecten, 5 forms, 63 leergesprekken, 1 private form left out". */
static void
print_export_summary (OplExportBundle *bundle,
                      const char      *path)
{
  guint n_trajecten = json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_TRAJECTEN));
  guint n_forms = json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_FORMS));
  guint n_leergesprekken = json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_LEERGESPREKKEN));
  guint n_private = opl_export_bundle_get_n_omitted_private (bundle);
  g_autofree char *trajecten = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u traject", "%u trajecten", n_trajecten),
                                                n_trajecten);
  g_autofree char *forms = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u form", "%u forms", n_forms), n_forms);
  g_autofree char *leergesprekken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u leergesprek", "%u leergesprekken",
                                                                  n_leergesprekken), n_leergesprekken);
  g_autofree char *left_out = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u private form left out",
                                                           "%u private forms left out", n_private), n_private);

  /* Translators: "Wrote FOLDER: 2 trajecten, 5 forms, 63 leergesprekken, 1 private form left out" */
  g_print (_("Wrote %s: %s, %s, %s, %s\n"), path, trajecten, forms, leergesprekken, left_out);
}

/* A read that failed beside the file's check (OPL_DATABASE_OPEN_CHECK_LATER): a
 * damaged file is reported as the check found it, as it would have been at once. */
static int
fail_checked (OplDatabase *database,
              GError      *error)
{
  g_autoptr(GError) check_error = NULL;

  if (!opl_database_wait_for_check (database, &check_error))
    return fail (check_error);

  return fail (error);
}

/* `--export DIR`: a bundle of the practice, an aios, a year or an opleider, as --profile
 * may see it (design.md §7), written whole or not at all. */
static int
export_from (OplCliOptions         *options,
             OplDatabase           *database,
             OplExportWriteOptions *write_options,
             int                    year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplStore) store = NULL;
  g_autoptr(OplExportBundle) bundle = NULL;
  OplExportSelection selection = OPL_EXPORT_SELECTION_INIT;
  OplPerson *person;
  int status;

  selection.year = year;
  store = opl_store_new (database);
  if (!opl_store_load (store, &error))
    return fail_checked (database, error);

  selection.scope = selection.year != 0 ? OPL_EXPORT_SCOPE_YEAR : OPL_EXPORT_SCOPE_PRACTICE;
  if (options->aios != NULL)
    {
      if ((person = find_person (store, options->aios, FALSE)) == NULL)
        return usage_error (_("--aios names no aios of this practice (give an id or a name)"));
      selection.scope = OPL_EXPORT_SCOPE_AIOS;
      selection.aios_id = opl_person_get_id (person);
    }
  if (options->opleiders != NULL)
    {
      if ((person = find_person (store, options->opleiders[0], TRUE)) == NULL)
        return usage_error (_("--opleider names no opleider of this practice (give an id or a name)"));
      selection.scope = OPL_EXPORT_SCOPE_OPLEIDER;
      selection.opleider_id = opl_person_get_id (person);
    }
  if (options->profile != NULL)
    {
      if ((person = opl_store_find_profile (store, options->profile)) == NULL)
        return usage_error (_("--profile names no one in this practice (give an id, a role or a name)"));
      if ((status = opl_cli_unlock_profile (options, store, person)) != OPL_EXIT_OK)
        return status;
      selection.viewer_id = opl_person_get_id (person);
    }

  bundle = opl_store_export_bundle (store, &selection, &error);
  if (bundle == NULL)
    return g_error_matches (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION) ? usage_error (error->message)
                                                                                : fail_checked (database, error);
  if (!opl_database_wait_for_check (database, &error))
    return fail (error);

  if (!opl_export_write (bundle, options->export_path, write_options, &error))
    return fail (error);

  print_export_summary (bundle, options->export_path);
  return OPL_EXIT_OK;
}

static int
run_export (OplCliOptions *options,
            const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autofree char *message = NULL;
  OplExportWriteOptions write_options = { 0, opl_export_pdf_write_all };
  int year = 0;
  int status;

  message = parse_export_args (options, &write_options.formats, &year);
  if (message != NULL)
    return usage_error (message);

  /* The file's check runs on a worker while the bundle is read (issue 19: about a
   * tenth of the export of a year); nothing is written before it has passed. */
  database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY | OPL_DATABASE_OPEN_CHECK_LATER, &error);
  if (database == NULL)
    return fail (error);

  status = export_from (options, database, &write_options, year);
  /* Not left running when the command ends early (a usage error). */
  opl_database_wait_for_check (database, NULL);
  return status;
}

/* Removes a database file made for an import that failed (and its journal files). */
static void
remove_new_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", NULL };

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* A new practice file (a first --import, --demo) is built as ".NAME.new-XXXXXX" beside
 * its place and renamed into place only when complete (issue 17): a process killed
 * halfway leaves no half-made practice under the name the app opens. */
#define NEW_PRACTICE_MARK ".new-"
#define NEW_PRACTICE_RANDOM 6

/* One that a killed process left is removed by the next run for the same file, a day
 * after it last changed: no run takes that long, and SQLite's own locks on it cannot be
 * tested without taking them (which a live run would notice). */
#define STALE_NEW_PRACTICE_SECONDS (24 * 60 * 60)

/* Removes the temporary practices a killed --import or --demo left for @path. */
static void
remove_stale_new_practices (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (".", base, NEW_PRACTICE_MARK, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 stale_before = g_get_real_time () / G_USEC_PER_SEC - STALE_NEW_PRACTICE_SECONDS;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", NULL };
      g_autofree char *file = NULL;
      gboolean stale = TRUE;

      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + NEW_PRACTICE_RANDOM)
        continue;

      file = g_build_filename (folder, name, NULL);
      for (guint i = 0; stale && suffixes[i] != NULL; i++)
        {
          g_autofree char *part = g_strconcat (file, suffixes[i], NULL);
          GStatBuf st;

          /* Every part the user's own and old; a part that is not there is no sign of life. */
          if (g_lstat (part, &st) == 0)
            stale = S_ISREG (st.st_mode) && st.st_uid == getuid () && (gint64) st.st_mtime < stale_before;
          else
            stale = errno == ENOENT;
        }

      if (stale)
        {
          g_debug ("Removing %s, left by an import or demo that did not finish", file);
          remove_new_database (file);
        }
    }
}

/* An empty file (0600) beside @path for the new practice to be built in; its folder is
 * made (0700) when missing, as opening a new practice would. */
static char *
begin_new_practice (const char  *path,
                    GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = NULL;
  int saved_errno;
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder, the second the system's reason */
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }

  remove_stale_new_practices (path);

  template = g_strdup_printf ("%s%c.%s" NEW_PRACTICE_MARK "XXXXXX", folder, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file, the second the system's reason */
                   _("Cannot create “%s”: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  close (fd);
  return g_steal_pointer (&template);
}

/* Puts the complete practice @temporary (closed: nothing of it in a -wal) in place as
 * @path, which must still not exist; a file made there meanwhile is not replaced. */
static gboolean
finish_new_practice (const char  *temporary,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *wal = g_strconcat (temporary, "-wal", NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf st;
  int saved_errno = 0;
  int fd;

  /* SQLite folds the -wal into the file when the last connection closes: one still
   * there holds part of the practice, which the rename would leave behind. */
  if (g_lstat (wal, &st) == 0 && st.st_size > 0)
    saved_errno = EBUSY;
  /* link() refuses an existing name, where rename() would replace it; a filesystem
   * without hard links gets the rename, after a last look. */
  else if (link (temporary, path) == 0)
    g_unlink (temporary);
  else if (errno == EEXIST || g_file_test (path, G_FILE_TEST_EXISTS))
    saved_errno = EEXIST;
  else if (g_rename (temporary, path) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file, the second the system's reason */
                   _("Cannot create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  /* The new name itself on disk. */
  fd = open (folder, O_RDONLY | O_CLOEXEC);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;
}

/* Issue 17: a checked backup "before every ... import" into a practice that is there
 * (an empty file has nothing to keep). */
static gboolean
back_up_before_import (const char  *path,
                       GError     **error)
{
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GError) local_error = NULL;

  if (opl_backup_create (path, folder, OPL_BACKUP_REASON_BEFORE_IMPORT, NULL, &local_error) ||
      g_error_matches (local_error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_EMPTY))
    return TRUE;

  g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("No backup could be made before the import, "
                                                                       "so nothing was imported: "));
  return FALSE;
}

/* `--import FILE`: the bundle is read and checked whole before the database is opened;
 * a database that did not exist is built under a temporary name and put in place only
 * when the import succeeded (finish_new_practice()). */
static int
run_import (OplCliOptions *options,
            const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autofree char *temporary = NULL;
  OplImportReport report = { 0 };
  gboolean ok;

  bundle = opl_export_bundle_new_from_file (options->import_path, &error);
  if (bundle == NULL)
    {
      g_prefix_error (&error, "%s: ", options->import_path);
      return fail (error);
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && (temporary = begin_new_practice (path, &error)) == NULL)
    return fail (error);

  database = opl_database_open (temporary != NULL ? temporary : path, OPL_DATABASE_OPEN_CREATE, &error);
  if (database != NULL)
    {
      store = opl_store_new (database);
      ok = opl_store_load (store, &error) && (temporary != NULL || back_up_before_import (path, &error)) &&
           opl_store_import_bundle (store, bundle, &report, &error);
    }
  else
    ok = FALSE;

  /* Closed before the rename, so that SQLite has folded its -wal into the file. */
  g_clear_object (&store);
  g_clear_object (&database);
  if (ok && temporary != NULL)
    ok = finish_new_practice (temporary, path, &error);
  if (!ok)
    {
      if (temporary != NULL)
        remove_new_database (temporary);
      return fail (error);
    }

  /* Translators: %s is a file; the numbers count rows */
  g_print (_("Imported %s: %u rows added, %u already there\n"), options->import_path,
           report.inserted, report.unchanged);
  return OPL_EXIT_OK;
}

/**
 * opl_cli_settings_new:
 *
 * Returns: (transfer full) (nullable): the app's settings, or %NULL when its schema is
 *   not installed (an uninstalled build runs without remembered settings)
 */
GSettings *
opl_cli_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.opleidingspraktijk.Opleidingspraktijk", TRUE);

  if (schema == NULL)
    {
      g_debug ("GSettings schema not installed; settings are not remembered");
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * opl_cli_database_path:
 * @settings: (nullable): the app's settings
 * @option: (nullable): the --database given
 *
 * Returns: (transfer full): the database to work on: @option, else the one the app
 *   remembers, else the default
 */
char *
opl_cli_database_path (GSettings  *settings,
                       const char *option)
{
  g_autofree char *remembered = NULL;

  if (option != NULL)
    return g_canonicalize_filename (option, NULL);

  if (settings != NULL)
    remembered = g_settings_get_string (settings, "database-path");

  if (remembered != NULL && *remembered != '\0')
    return g_steal_pointer (&remembered);

  return opl_database_get_default_path ();
}

/**
 * opl_cli_main:
 * @exit_status: (out): set when a mode ran
 *
 * Runs the command-line mode @argv asks for, or says that it asks for the window:
 * main () calls it before it loads the window's module, so that a command loads no
 * GTK (issue 19). A mistake in the arguments gets one line on stderr and exit status 2.
 *
 * Returns: %TRUE when a mode ran (or the arguments were refused); %FALSE when the
 *   arguments ask for the window
 */
gboolean
opl_cli_main (int    argc,
              char **argv,
              int   *exit_status)
{
  g_auto(OplCliOptions) options = { 0 };
  g_auto(GStrv) arguments = g_new0 (char *, argc + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *path = NULL;

  for (int i = 0; i < argc; i++)
    arguments[i] = g_strdup (argv[i]);

  if (!opl_cli_options_parse (&options, &arguments, &error))
    {
      g_printerr ("opleidingspraktijk: %s\n", error->message);
      *exit_status = OPL_EXIT_USAGE;
      return TRUE;
    }

  if (opl_cli_wants_window (&options))
    return FALSE;

  settings = opl_cli_settings_new ();
  path = opl_cli_database_path (settings, options.database);
  *exit_status = opl_cli_run (&options, path);
  return TRUE;
}

/**
 * opl_cli_run:
 * @database_path: the database the modes work on
 *
 * Runs the command-line mode the options ask for.
 *
 * Returns: the exit status
 */
int
opl_cli_run (OplCliOptions *options,
             const char    *database_path)
{
  if (options->version)
    {
      g_print ("opleidingspraktijk %s\n", PACKAGE_VERSION);
      return OPL_EXIT_OK;
    }

  /* Before the other modes: a backup mode refuses their options. */
  if (opl_cli_backup_given (options))
    return opl_cli_backup (options, database_path);

  /* Before the practice modes: a copy mode refuses their options. */
  if (opl_cli_copy_given (options))
    return opl_cli_copy (options, database_path);

  if (opl_cli_practice_given (options))
    return opl_cli_practice (options, database_path);

  if (options->schedule)
    return run_schedule (options);

  if (options->checklist)
    return run_checklist (options, database_path);

  if (options->calendar != NULL)
    return run_calendar (options, database_path);

  if (options->forms)
    return run_forms (options, database_path);

  if (options->scholing)
    return opl_cli_scholing (options, database_path);

  if (options->export_path != NULL && options->import_path != NULL)
    return usage_error (_("Give --export or --import, not both"));

  if (options->export_path != NULL)
    return run_export (options, database_path);

  if (options->import_path != NULL)
    return run_import (options, database_path);

  if (options->aios != NULL || options->opleiders != NULL || options->year != NULL || options->format != NULL)
    return usage_error (_("--aios and --opleider go with --export or --add-traject, --format with --export, "
                          "--year with --export, --scholing, --set-role or --swap-roles"));

  if (options->demo || options->years != NULL || options->seed != NULL)
    return opl_cli_demo (options, database_path);

  if (options->check)
    return opl_cli_check (database_path);

  g_return_val_if_reached (OPL_EXIT_USAGE);
}

/* `--years N [--seed S]`, checked before the file is touched. */
static gboolean
parse_history_options (OplCliOptions  *options,
                       guint          *years,
                       guint32        *seed,
                       char          **message)
{
  guint64 value = OPL_HISTORY_DEFAULT_SEED;
  guint64 n_years = 0;

  if (!options->demo)
    {
      *message = g_strdup (_("--years and --seed go with --demo"));
      return FALSE;
    }

  if (options->years == NULL && options->seed != NULL)
    {
      *message = g_strdup (_("--seed goes with --years"));
      return FALSE;
    }

  if (options->years != NULL &&
      !g_ascii_string_to_unsigned (options->years, 10, 1, OPL_HISTORY_MAX_YEARS, &n_years, NULL))
    {
      /* Translators: %d is the largest number of years */
      *message = g_strdup_printf (_("--years must be a number from 1 to %d"), OPL_HISTORY_MAX_YEARS);
      return FALSE;
    }

  if (options->seed != NULL && !g_ascii_string_to_unsigned (options->seed, 10, 0, G_MAXUINT32, &value, NULL))
    {
      *message = g_strdup (_("--seed must be a whole number from 0 to 4294967295"));
      return FALSE;
    }

  *years = (guint) n_years;
  *seed = (guint32) value;
  return TRUE;
}

/* Fills @store with the demo practice, or with @years of made-up history (@counts). */
static gboolean
populate_demo (OplStore          *store,
               guint              years,
               guint32            seed,
               OplHistoryCounts  *counts,
               GError           **error)
{
  GDate today;

  opl_date_set_today (&today);
  if (years > 0)
    return opl_history_generate (store, &today, years, seed, counts, error);
  return opl_demo_populate (store, &today, error);
}

/* What `--demo --years N` made (opl_history_generate()), and in how long. */
static void
print_history (const char             *name,
               const char             *path,
               guint                   years,
               guint32                 seed,
               const OplHistoryCounts *counts,
               gint64                  started)
{
  /* Translators: the first %s is the practice's name, the second a file name; %u the
   * number of years, then the seed */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Created “%s” with %u year of history (seed %u) in %s\n",
                        "Created “%s” with %u years of history (seed %u) in %s\n", years),
           name, years, seed, path);
  /* Translators: what the history generator wrote, and how long it took */
  g_print (_("%u people, %u trajecten, %u leergesprekken, %u checklist ticks, %u moments done, "
             "%u KPB/KVB, %u diensten, %u closures, %u forms with %u answers, %u scholing days, "
             "%u leerpunten, %u HAO-voortgangsgesprekken, in %.2f s\n"),
           counts->people, counts->trajecten, counts->leergesprekken, counts->checklist_ticks,
           counts->moments_done, counts->kpb_entries, counts->diensten, counts->closures,
           counts->forms, counts->form_answers, counts->scholing_days, counts->leerpunten,
           counts->hao_gesprekken, (g_get_monotonic_time () - started) / 1e6);
}

/**
 * opl_cli_demo:
 * @path: where the demo practice goes; created when missing
 *
 * `--demo`: fills @path with the demo practice, refusing a file that holds one already.
 * With `--years N [--seed S]` the practice has N years of made-up history instead
 * (opl_history_generate()). A file that did not exist is built under a temporary name
 * and put in place only when complete (finish_new_practice()).
 */
int
opl_cli_demo (OplCliOptions *options,
              const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplStore) store = NULL;
  g_autofree char *message = NULL;
  g_autofree char *temporary = NULL;
  g_autofree char *name = NULL;
  OplHistoryCounts counts = { 0 };
  gint64 started;
  guint32 seed;
  guint years;
  gboolean ok;

  if (!parse_history_options (options, &years, &seed, &message))
    return usage_error (message);

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && (temporary = begin_new_practice (path, &error)) == NULL)
    return fail (error);

  store = open_store (temporary != NULL ? temporary : path, OPL_DATABASE_OPEN_CREATE, &error);
  started = g_get_monotonic_time ();
  ok = store != NULL && populate_demo (store, years, seed, &counts, &error);
  if (ok)
    name = g_strdup (opl_store_get_practice_name (store));

  /* Closed before the rename, so that SQLite has folded its -wal into the file. */
  g_clear_object (&store);
  if (ok && temporary != NULL)
    ok = finish_new_practice (temporary, path, &error);
  if (!ok)
    {
      if (temporary != NULL)
        remove_new_database (temporary);
      return fail (error);
    }

  if (years > 0)
    print_history (name, path, years, seed, &counts, started);
  else
    /* Translators: the first %s is the practice's name, the second a file name */
    g_print (_("Created the demo practice “%s” in %s\n"), name, path);
  return OPL_EXIT_OK;
}

/* Prints what a check found (@problems: one line each), or why it could not run. */
static gboolean
report_problems (const char *what,
                 GPtrArray  *problems,
                 GError     *error)
{
  if (problems == NULL)
    {
      g_print ("%s: %s\n", what, error->message);
      return FALSE;
    }

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s: %s\n", what, (const char *) g_ptr_array_index (problems, i));

  if (problems->len == 0)
    g_print ("%s: ok\n", what);
  return problems->len == 0;
}

/**
 * opl_cli_check:
 * @path: an existing practice database
 *
 * `--check`: reports integrity, schema version and row counts without writing.
 * The report is deliberately not translated: it is read by support and by scripts,
 * and its keys stay the same in every language.
 *
 * Returns: 0 only when the file is healthy
 */
int
opl_cli_check (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  g_autoptr(GPtrArray) integrity = NULL;
  g_autoptr(GPtrArray) foreign_keys = NULL;
  OplStoreCounts counts;
  gboolean healthy;

  database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL)
    return fail (error);

  g_print ("database: %s\n", path);
  g_print ("schema version: %d (this version writes %d)\n",
           opl_database_get_schema_version (database), OPL_DATABASE_SCHEMA_VERSION);
  g_print ("journal mode: %s\n", opl_database_get_journal_mode (database));
  if (opl_database_get_rolled_back (database))
    g_print ("recovery: a crash had left an unfinished change; SQLite rolled it back from the journal\n");

  integrity = opl_database_check_integrity (database, &error);
  healthy = report_problems ("integrity", integrity, error);
  g_clear_error (&error);
  foreign_keys = opl_database_check_foreign_keys (database, &error);
  healthy &= report_problems ("foreign keys", foreign_keys, error);
  g_clear_error (&error);

  /* An older file is counted from its copy upgraded in memory; the file stays as it is. */
  store = opl_store_new (database);
  if (!opl_store_count (store, &counts, &error))
    return fail (error);

  g_print ("practices: %" G_GINT64_FORMAT "\n", counts.practices);
  g_print ("people: %" G_GINT64_FORMAT "\n", counts.people);
  g_print ("trajecten: %" G_GINT64_FORMAT "\n", counts.trajecten);
  g_print ("traject opleiders: %" G_GINT64_FORMAT "\n", counts.traject_opleiders);
  g_print ("leave periods: %" G_GINT64_FORMAT "\n", counts.leave_periods);
  g_print ("checklist ticks: %" G_GINT64_FORMAT "\n", counts.checklist_ticks);
  g_print ("moments done: %" G_GINT64_FORMAT "\n", counts.moments_done);
  g_print ("form definitions: %" G_GINT64_FORMAT "\n", counts.form_definitions);
  g_print ("forms: %" G_GINT64_FORMAT "\n", counts.forms);
  g_print ("form answers: %" G_GINT64_FORMAT "\n", counts.form_answers);
  g_print ("kpb/kvb entries: %" G_GINT64_FORMAT "\n", counts.kpb_entries);
  g_print ("diensten: %" G_GINT64_FORMAT "\n", counts.diensten);
  g_print ("leergesprekken: %" G_GINT64_FORMAT "\n", counts.leergesprekken);
  g_print ("scholing days: %" G_GINT64_FORMAT "\n", counts.scholing_days);
  g_print ("scholing dispensations: %" G_GINT64_FORMAT "\n", counts.scholing_dispensations);
  g_print ("leerpunten: %" G_GINT64_FORMAT "\n", counts.leerpunten);
  g_print ("hao-voortgangsgesprekken: %" G_GINT64_FORMAT "\n", counts.hao_gesprekken);
  g_print ("form definitions offered by the practice: %" G_GINT64_FORMAT "\n", counts.practice_form_definitions);
  g_print ("institute profiles: %" G_GINT64_FORMAT "\n", counts.institute_profiles);
  g_print ("%s\n", healthy ? "healthy" : "NOT healthy");

  return healthy ? OPL_EXIT_OK : OPL_EXIT_FAILURE;
}

/* For the modes that live in files of their own (opl-cli-scholing.c, opl-cli-practice.c,
 * opl-cli-copy.c). */
void
opl_cli_print_json (JsonBuilder *builder)
{
  print_json (builder);
}

int
opl_cli_fail (const GError *error)
{
  return fail (error);
}

int
opl_cli_usage_error (const char *message)
{
  return usage_error (message);
}

OplStore *
opl_cli_open_store (const char            *path,
                    OplDatabaseOpenFlags   flags,
                    GError               **error)
{
  return open_store (path, flags, error);
}

/* YYYY, an opleidingsjaar from 1950 to 2199. */
gboolean
opl_cli_parse_year (const char *text,
                    int        *year)
{
  return parse_year (text, year);
}

/* YYYY-MM-DD:YYYY-MM-DD, two real dates (in any order: the mode checks that). */
gboolean
opl_cli_parse_period (const char *text,
                      GDate      *start,
                      GDate      *end)
{
  OplLeave leave;

  if (!parse_leave (text, &leave))
    return FALSE;

  *start = leave.start;
  *end = leave.end;
  return TRUE;
}

void
opl_cli_remove_new_database (const char *path)
{
  remove_new_database (path);
}

/* JSON members the modes print: a string or null, a date (ISO) or null, an integer. */
void
opl_cli_add_member_string (JsonBuilder *builder,
                           const char  *name,
                           const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
opl_cli_add_member_date (JsonBuilder *builder,
                         const char  *name,
                         const GDate *date)
{
  g_autofree char *iso = date != NULL && g_date_valid (date) ? opl_date_to_iso (date) : NULL;

  opl_cli_add_member_string (builder, name, iso);
}

void
opl_cli_add_member_int (JsonBuilder *builder,
                        const char  *name,
                        gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* opl-cli-copy.c: copies for a laptop on the command line (issue 16).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `--copy-out FILE` writes a copy of the practice for a laptop (opl_store_copy_out())
 * and `--merge FILE` brings one back (OplMerge): it shows what the laptop added,
 * changed and deleted, and every true conflict with both sides, who and when. A
 * conflict is decided for all at once with `--prefer practice|copy`; without it the
 * merge stops and writes nothing. `--dry-run` only shows; `--update-copy` rewrites FILE
 * afterwards with the merged practice, so the laptop goes on from there. Values of
 * another's private drafts never show: the core hides them.
 */

#define G_LOG_DOMAIN "opl-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-backup.h"
#include "opl-cli-private.h"
#include "opl-merge.h"

/* The longest value the text report shows of a conflict; --json has all of it. */
#define MAX_VALUE_CHARS 200

/* `--copy-out FILE` or `--merge FILE`, and the options of --merge. */
typedef struct
{
  OplCliOptions *options;
  const char    *path;
  const char    *mode;
  OplStore      *store;
} CopyRun;

static void
copy_run_clear (CopyRun *run)
{
  g_clear_object (&run->store);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CopyRun, copy_run_clear)

/* The first option given that no copy mode takes, or %NULL. */
static const char *
other_option (OplCliOptions *options)
{
  const struct
  {
    gboolean    given;
    const char *name;
  } others[] = {
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
  };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      if (others[i].given)
        return others[i].name;
    }

  return NULL;
}

/* The usage error "OPTION does not go with MODE". */
static int
does_not_go_with (const char *option,
                  const char *mode)
{
  /* Translators: an option, then the command-line mode it does not go with */
  g_autofree char *message = g_strdup_printf (_("%s does not go with %s"), option, mode);

  return opl_cli_usage_error (message);
}

/* What the options ask, checked before anything is opened: one mode, its options only,
 * and --database. */
static int
check_options (OplCliOptions *options,
               const char    *mode)
{
  g_autofree char *message = NULL;
  const char *other = other_option (options);

  if (options->copy_out != NULL && options->merge != NULL)
    return opl_cli_usage_error (_("--copy-out and --merge do not go together"));

  if (options->copy_out == NULL && options->merge == NULL)
    return opl_cli_usage_error (_("--prefer, --update-copy and --dry-run go with --merge FILE"));

  if (other != NULL)
    return does_not_go_with (other, mode);

  if (options->copy_out != NULL)
    {
      if (options->prefer != NULL)
        return does_not_go_with ("--prefer", mode);
      if (options->update_copy)
        return does_not_go_with ("--update-copy", mode);
      if (options->dry_run)
        return does_not_go_with ("--dry-run", mode);
    }

  if (options->prefer != NULL && g_strcmp0 (options->prefer, "practice") != 0 &&
      g_strcmp0 (options->prefer, "copy") != 0)
    return opl_cli_usage_error (_("--prefer must be practice or copy"));

  if (options->update_copy && options->dry_run)
    return opl_cli_usage_error (_("--update-copy does not go with --dry-run: a dry run writes nothing"));

  if (options->database == NULL)
    {
      /* Translators: a command-line mode */
      message = g_strdup_printf (_("%s needs --database FILE"), mode);
      return opl_cli_usage_error (message);
    }

  return OPL_EXIT_OK;
}

/* Opens the practice (it must exist) and sets the actor (--profile): for writing, and
 * refused when it takes no writes (newer or damaged), unless this is a --dry-run, which
 * reads an older file without migrating it. */
static int
open_practice (CopyRun *run)
{
  g_autoptr(GError) error = NULL;
  gboolean dry_run = run->options->dry_run;
  OplPerson *actor;

  run->store = opl_cli_open_store (run->path, dry_run ? OPL_DATABASE_OPEN_NO_MIGRATION : OPL_DATABASE_OPEN_DEFAULT,
                                   &error);
  if (run->store == NULL ||
      (!dry_run && !opl_database_check_writable (opl_store_get_database (run->store), &error)))
    return opl_cli_fail (error);

  if (run->options->profile == NULL)
    return OPL_EXIT_OK;

  actor = opl_store_find_profile (run->store, run->options->profile);
  if (actor == NULL)
    return opl_cli_usage_error (_("--profile names no one in this practice (give an id, a role or a name)"));

  opl_store_set_actor (run->store, opl_person_get_id (actor));
  return opl_cli_unlock_profile (run->options, run->store, actor);
}

/* The name of the person @id of the practice, or %NULL. */
static const char *
name_of (OplStore   *store,
         const char *id)
{
  OplPerson *person = id != NULL ? opl_store_lookup_person (store, id) : NULL;

  return person != NULL ? opl_person_get_name (person) : NULL;
}

/* What the copy at @path says about itself, read without writing to it. */
static OplCopyInfo *
read_copy_info (const char  *path,
                GError     **error)
{
  g_autoptr(OplDatabase) copy = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, error);
  OplCopyInfo *info;

  if (copy == NULL)
    return NULL;

  info = opl_copy_info_read (copy);
  if (info == NULL)
    /* Translators: %s is a file */
    g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_NOT_A_COPY, _("“%s” is not a copy for a laptop"), path);
  return info;
}

/* {"id","path","practice","taken_at","taken_by"}: a copy, as the member @member. */
static void
build_copy (JsonBuilder       *builder,
            const char        *member,
            const OplCopyInfo *info,
            const char        *path,
            OplStore          *store)
{
  json_builder_set_member_name (builder, member);
  if (info == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  opl_cli_add_member_string (builder, "id", info->copy_id);
  opl_cli_add_member_string (builder, "path", path);
  opl_cli_add_member_string (builder, "practice", info->practice_name);
  opl_cli_add_member_string (builder, "taken_at", info->taken_at);
  opl_cli_add_member_string (builder, "taken_by", name_of (store, info->taken_by));
  json_builder_end_object (builder);
}

/* --copy-out --------------------------------------------------------------------- */

/* `--copy-out FILE`: a copy of the practice for a laptop, recorded in the practice as
 * taken by --profile. A file that is there is never replaced: it may be a copy whose
 * changes were not merged yet. */
static int
run_copy_out (CopyRun *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplCopyInfo) info = NULL;
  const char *path = run->options->copy_out;
  int status;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Translators: %s is a file */
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists; a copy never replaces a file (bring a copy back with --merge FILE "
                     "--update-copy, or choose another name)"), path);
      return opl_cli_fail (error);
    }

  if ((status = open_practice (run)) != OPL_EXIT_OK)
    return status;

  if (!opl_store_copy_out (run->store, path, NULL, &error) || (info = read_copy_info (path, &error)) == NULL)
    return opl_cli_fail (error);

  if (run->options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      build_copy (builder, "copy", info, path, run->store);
      json_builder_end_object (builder);
      opl_cli_print_json (builder);
    }
  else
    /* Translators: a practice's name, a file, then the copy's id */
    g_print (_("Wrote a copy of “%s” for a laptop to %s (copy %s)\n"), info->practice_name, path, info->copy_id);

  return OPL_EXIT_OK;
}

/* --merge ------------------------------------------------------------------------ */

/* What one --merge did, for the report. */
typedef struct
{
  OplMerge    *merge;
  gboolean     applied;
  OplCopyInfo *updated;      /* the copy --update-copy wrote, or %NULL */
} MergeResult;

static const char *
kind_to_string (OplMergeConflictKind kind)
{
  switch (kind)
    {
    case OPL_MERGE_CONFLICT_FIELD:
      return "field";
    case OPL_MERGE_CONFLICT_DELETED_IN_PRACTICE:
      return "deleted-in-practice";
    case OPL_MERGE_CONFLICT_DELETED_IN_COPY:
      return "deleted-in-copy";
    case OPL_MERGE_CONFLICT_ADDED_TWICE:
      return "added-twice";
    case OPL_MERGE_CONFLICT_FINAL_FORM:
      return "final-form";
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
side_to_string (OplMergeSide side)
{
  switch (side)
    {
    case OPL_MERGE_SIDE_PRACTICE:
      return "practice";
    case OPL_MERGE_SIDE_COPY:
      return "copy";
    case OPL_MERGE_SIDE_NONE:
    default:
      return NULL;
    }
}

/* What a conflict is about, when it is not one field. */
static const char *
kind_label (OplMergeConflictKind kind)
{
  switch (kind)
    {
    case OPL_MERGE_CONFLICT_DELETED_IN_PRACTICE:
      return _("deleted in the practice, changed on the laptop");
    case OPL_MERGE_CONFLICT_DELETED_IN_COPY:
      return _("deleted on the laptop, changed in the practice");
    case OPL_MERGE_CONFLICT_ADDED_TWICE:
      return _("added on both sides, differently");
    case OPL_MERGE_CONFLICT_FINAL_FORM:
      return _("signed off on one side, edited on the other");
    case OPL_MERGE_CONFLICT_FIELD:
    default:
      return _("changed on both sides");
    }
}

static void
build_side (JsonBuilder *builder,
            const char  *member,
            const char  *value,
            const char  *by,
            const char  *at)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  opl_cli_add_member_string (builder, "value", value);
  opl_cli_add_member_string (builder, "by", by);
  opl_cli_add_member_string (builder, "at", at);
  json_builder_end_object (builder);
}

static void
print_merge_json (CopyRun     *run,
                  MergeResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *conflicts = opl_merge_get_conflicts (result->merge);
  GPtrArray *lines = opl_merge_get_lines (result->merge);
  OplMergeCounts counts;

  opl_merge_get_counts (result->merge, &counts);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "merge");
  json_builder_begin_object (builder);

  build_copy (builder, "copy", opl_merge_get_copy_info (result->merge), run->options->merge, run->store);
  json_builder_set_member_name (builder, "practice");
  json_builder_begin_object (builder);
  opl_cli_add_member_string (builder, "name", opl_store_get_practice_name (run->store));
  opl_cli_add_member_string (builder, "path", run->path);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "merged_before");
  json_builder_add_boolean_value (builder, opl_merge_was_merged (result->merge));
  opl_cli_add_member_int (builder, "added", counts.added);
  opl_cli_add_member_int (builder, "changed", counts.changed);
  opl_cli_add_member_int (builder, "deleted", counts.deleted);
  opl_cli_add_member_int (builder, "already", counts.already);

  json_builder_set_member_name (builder, "conflicts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < conflicts->len; i++)
    {
      const OplMergeConflict *conflict = g_ptr_array_index (conflicts, i);

      json_builder_begin_object (builder);
      opl_cli_add_member_string (builder, "key", conflict->key);
      opl_cli_add_member_string (builder, "kind", kind_to_string (conflict->kind));
      opl_cli_add_member_string (builder, "title", conflict->title);
      opl_cli_add_member_string (builder, "field", conflict->field);
      build_side (builder, "practice", conflict->practice_value, conflict->practice_by, conflict->practice_at);
      build_side (builder, "copy", conflict->copy_value, conflict->copy_by, conflict->copy_at);
      opl_cli_add_member_string (builder, "choice", side_to_string (conflict->choice));
      json_builder_set_member_name (builder, "decided_before");
      json_builder_add_boolean_value (builder, conflict->decided_before);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  opl_cli_add_member_string (builder, "problem", opl_merge_get_problem (result->merge));
  json_builder_set_member_name (builder, "applied");
  json_builder_add_boolean_value (builder, result->applied);
  build_copy (builder, "updated_copy", result->updated, run->options->merge, run->store);

  json_builder_set_member_name (builder, "lines");
  json_builder_begin_array (builder);
  for (guint i = 0; i < lines->len; i++)
    {
      const OplMergeLine *line = g_ptr_array_index (lines, i);

      json_builder_begin_object (builder);
      opl_cli_add_member_string (builder, "table", line->table);
      opl_cli_add_member_string (builder, "label", line->label);
      opl_cli_add_member_int (builder, "added", line->added);
      opl_cli_add_member_int (builder, "changed", line->changed);
      opl_cli_add_member_int (builder, "deleted", line->deleted);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  json_builder_end_object (builder);
  opl_cli_print_json (builder);
}

/* A side's value on one line, quoted and cut short; %NULL is a deleted row. */
static char *
value_for_text (const char *value)
{
  g_autofree char *line = NULL;

  if (value == NULL)
    return g_strdup (_("(deleted)"));

  line = g_strdelimit (g_strdup (value), "\r\n\t", ' ');
  if (g_utf8_strlen (line, -1) > MAX_VALUE_CHARS)
    {
      g_autofree char *start = g_utf8_substring (line, 0, MAX_VALUE_CHARS);

      return g_strdup_printf ("“%s…”", start);
    }

  return g_strdup_printf ("“%s”", line);
}

/* "  in the practice: “Praktijk” (Bram Jansen, 2030-01-02T10:00:00.000Z)" */
static void
print_side (const char *label,
            const char *value,
            const char *by,
            const char *at)
{
  g_autofree char *text = value_for_text (value);

  if (by != NULL && at != NULL)
    /* Translators: a side of a conflict (“in the practice”), its value, who changed it
     * and when */
    g_print (_("    %s: %s (%s, %s)\n"), label, text, by, at);
  else if (by != NULL || at != NULL)
    /* Translators: a side of a conflict, its value, then who changed it or when */
    g_print (_("    %s: %s (%s)\n"), label, text, by != NULL ? by : at);
  else
    /* Translators: a side of a conflict, then its value */
    g_print (_("    %s: %s\n"), label, text);
}

static void
print_conflict (const OplMergeConflict *conflict)
{
  const char *about = conflict->field != NULL ? conflict->field : kind_label (conflict->kind);

  /* Translators: what a conflict is about (“Leergesprek · 2 April 2026”), then the
   * field or what happened */
  g_print (_("  %s — %s\n"), conflict->title, about);
  print_side (_("in the practice"), conflict->practice_value, conflict->practice_by, conflict->practice_at);
  print_side (_("on the laptop"), conflict->copy_value, conflict->copy_by, conflict->copy_at);

  if (conflict->choice == OPL_MERGE_SIDE_NONE)
    g_print (_("    no choice yet\n"));
  else if (conflict->decided_before)
    g_print (conflict->choice == OPL_MERGE_SIDE_COPY ? _("    kept: the laptop’s (chosen in an earlier merge)\n")
                                                     : _("    kept: the practice’s (chosen in an earlier merge)\n"));
  else
    g_print (conflict->choice == OPL_MERGE_SIDE_COPY ? _("    kept: the laptop’s\n")
                                                     : _("    kept: the practice’s\n"));
}

/* The report: the copy, what it brings per kind of row, and every conflict. */
static void
print_merge_text (CopyRun     *run,
                  MergeResult *result)
{
  const OplCopyInfo *info = opl_merge_get_copy_info (result->merge);
  const char *taken_by = name_of (run->store, info->taken_by);
  GPtrArray *conflicts = opl_merge_get_conflicts (result->merge);
  GPtrArray *lines = opl_merge_get_lines (result->merge);
  OplMergeCounts counts;

  opl_merge_get_counts (result->merge, &counts);
  if (taken_by != NULL)
    /* Translators: a file, a practice's name, when the copy was taken, then by whom */
    g_print (_("%s: a copy of “%s” taken %s by %s\n"), run->options->merge, info->practice_name, info->taken_at,
             taken_by);
  else
    /* Translators: a file, a practice's name, then when the copy was taken */
    g_print (_("%s: a copy of “%s” taken %s\n"), run->options->merge, info->practice_name, info->taken_at);

  for (guint i = 0; i < lines->len; i++)
    {
      const OplMergeLine *line = g_ptr_array_index (lines, i);

      /* Translators: a kind of row (“Leergesprekken”), then how many the merge adds,
       * changes and deletes */
      g_print (_("  %s: %u added, %u changed, %u deleted\n"), line->label, line->added, line->changed, line->deleted);
    }

  if (counts.already > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "  %u change of the laptop’s is in the practice already\n",
                          "  %u changes of the laptop’s are in the practice already\n", counts.already),
             counts.already);

  if (conflicts->len > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u conflict:\n", "%u conflicts:\n", conflicts->len), conflicts->len);
  for (guint i = 0; i < conflicts->len; i++)
    print_conflict (g_ptr_array_index (conflicts, i));
}

static gboolean
holds_nothing_new (MergeResult *result)
{
  OplMergeCounts counts;

  opl_merge_get_counts (result->merge, &counts);
  return opl_merge_was_merged (result->merge) ||
         counts.added + counts.changed + counts.deleted + counts.conflicts == 0;
}

/* The last line of the text report: what was done. */
static void
print_outcome (CopyRun     *run,
               MergeResult *result)
{
  OplMergeCounts counts;

  opl_merge_get_counts (result->merge, &counts);
  if (opl_merge_was_merged (result->merge))
    /* Translators: %s is a file */
    g_print (_("Nothing new in %s: this copy was merged before\n"), run->options->merge);
  else if (holds_nothing_new (result))
    /* Translators: %s is a file */
    g_print (_("Nothing new in %s: the practice holds all of it\n"), run->options->merge);
  else if (result->applied)
    /* Translators: a file, the practice's file, then numbers of rows */
    g_print (_("Merged %s into %s: %u added, %u changed, %u deleted\n"), run->options->merge, run->path,
             counts.added, counts.changed, counts.deleted);
  else if (run->options->dry_run && counts.unresolved == 0 && opl_merge_get_problem (result->merge) == NULL)
    g_print (_("Dry run: the merge can be applied; nothing was written\n"));

  if (result->updated != NULL)
    /* Translators: a file, then the copy's id */
    g_print (_("Wrote the updated copy to %s (copy %s): go on with it on the laptop\n"), run->options->merge,
             result->updated->copy_id);
}

static void
print_merge (CopyRun     *run,
             MergeResult *result)
{
  if (run->options->json)
    print_merge_json (run, result);
  else
    {
      print_merge_text (run, result);
      print_outcome (run, result);
    }
}

/* The merge cannot be applied as it stands: the report, and why on one line. */
static int
refuse_merge (CopyRun     *run,
              MergeResult *result)
{
  g_autoptr(GError) error = NULL;
  OplMergeCounts counts;

  opl_merge_get_counts (result->merge, &counts);
  print_merge (run, result);
  if (counts.unresolved > 0)
    {
      g_autofree char *message = NULL;

      /* Translators: %u is a number of conflicts; --prefer's words are not translated */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u conflict needs a choice: run again with --prefer practice or "
                                              "--prefer copy; nothing was written",
                                              "%u conflicts need a choice: run again with --prefer practice or "
                                              "--prefer copy; nothing was written", counts.unresolved),
                                 counts.unresolved);
      g_set_error_literal (&error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_UNRESOLVED, message);
    }
  else
    /* Translators: %s is why the merge cannot be written */
    g_set_error (&error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED, _("The merge cannot be applied: %s"),
                 opl_merge_get_problem (result->merge));

  return opl_cli_fail (error);
}

/* `--merge FILE [--prefer practice|copy] [--update-copy] [--dry-run]`. */
static int
run_merge (CopyRun *run)
{
  OplCliOptions *options = run->options;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(OplCopyInfo) updated = NULL;
  MergeResult result = { NULL, FALSE, NULL };
  OplMergeSide side;
  OplMergeCounts counts;
  int status;

  if ((status = open_practice (run)) != OPL_EXIT_OK)
    return status;

  merge = opl_merge_new (run->store, options->merge, &error);
  if (merge == NULL)
    return opl_cli_fail (error);
  result.merge = merge;

  side = g_strcmp0 (options->prefer, "copy") == 0 ? OPL_MERGE_SIDE_COPY : OPL_MERGE_SIDE_PRACTICE;
  if (options->prefer != NULL && !opl_merge_was_merged (merge) && !opl_merge_choose_all (merge, side, &error))
    return opl_cli_fail (error);

  opl_merge_get_counts (merge, &counts);
  if (!opl_merge_was_merged (merge) && (counts.unresolved > 0 || opl_merge_get_problem (merge) != NULL))
    return refuse_merge (run, &result);

  if (options->dry_run)
    {
      print_merge (run, &result);
      return OPL_EXIT_OK;
    }

  /* A copy merged before holds nothing new: nothing to write. */
  if (!opl_merge_was_merged (merge))
    {
      /* Issue 17: a checked backup "before every merge". */
      g_autofree char *folder = opl_backup_default_folder (run->path);

      if (!opl_backup_create (run->path, folder, OPL_BACKUP_REASON_BEFORE_MERGE, NULL, &error) ||
          !opl_merge_apply (merge, &error))
        return opl_cli_fail (error);
      result.applied = TRUE;
    }

  if (options->update_copy)
    {
      if (!opl_merge_hand_back (merge, options->merge, &error) ||
          (updated = read_copy_info (options->merge, &error)) == NULL)
        {
          /* Translators: what follows is why the copy could not be written */
          g_prefix_error (&error, _("The merge was written, but the copy was not updated: "));
          print_merge (run, &result);
          return opl_cli_fail (error);
        }
      result.updated = updated;
    }

  print_merge (run, &result);
  return OPL_EXIT_OK;
}

/**
 * opl_cli_copy_given:
 *
 * Returns: whether the options ask for a copy mode (`--copy-out`, `--merge`) or give
 *   an option that only --merge takes
 */
gboolean
opl_cli_copy_given (OplCliOptions *options)
{
  return options->copy_out != NULL || options->merge != NULL || options->prefer != NULL || options->update_copy ||
         options->dry_run;
}

/**
 * opl_cli_copy:
 * @path: the practice (--database); it must exist
 *
 * Runs `--copy-out FILE` or `--merge FILE` (issue 16).
 *
 * Returns: the exit status
 */
int
opl_cli_copy (OplCliOptions *options,
              const char    *path)
{
  g_auto(CopyRun) run = { options, path, NULL, NULL };
  int status;

  run.mode = options->copy_out != NULL ? "--copy-out" : "--merge";
  if ((status = check_options (options, run.mode)) != OPL_EXIT_OK)
    return status;

  return options->copy_out != NULL ? run_copy_out (&run) : run_merge (&run);
}

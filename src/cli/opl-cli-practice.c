/* opl-cli-practice.c: running the practice from the command line (issue 14).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `--add-person`, `--rename-person`, `--archive-person`, `--unarchive-person`,
 * `--add-traject`, `--end-traject`, `--add-leave`, `--add-closure`, `--set-coschap`,
 * `--set-role` and `--swap-roles` each write one change through the store functions of
 * the Praktijk view (opl-store-practice.c), so the rules are the same as in the window.
 * A mistake in the arguments, or a PERSON or TRAJECT that names nobody, exits 2; a
 * change the rules or the file refuse exits 1 with the store's words, and nothing is
 * written. A database file that the mode made and could not use is removed again.
 */

#define G_LOG_DOMAIN "opl-cli"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "opl-cli-private.h"
#include "opl-date.h"
#include "opl-store-practice.h"

/* The options a practice mode may take besides --database, --profile and --json, and
 * the other modes', which it may not. */
typedef enum
{
  OPT_ROLE,
  OPT_OPLEIDER_SINCE,
  OPT_NAME,
  OPT_AIOS,
  OPT_PHASE,
  OPT_START,
  OPT_PARTTIME,
  OPT_OPLEIDER,
  OPT_DATE,
  OPT_REASON,
  OPT_NOTE,
  OPT_LEAVE,
  OPT_KIND,
  OPT_YEAR,
  OPT_EXPERIENCED,
  OPT_KEEP,
  OPT_DEMO,
  OPT_YEARS,
  OPT_SEED,
  OPT_CHECK,
  OPT_SCHEDULE,
  OPT_CHECKLIST,
  OPT_CALENDAR,
  OPT_FORMS,
  OPT_SCHOLING,
  OPT_EXPORT,
  OPT_FORMAT,
  OPT_IMPORT,
  N_OPTS
} PracticeOption;

#define TAKES(option) (1u << (option))

/* The options that only the practice modes use: given alone, they ask for one. */
#define PRACTICE_ONLY (TAKES (OPT_ROLE) | TAKES (OPT_OPLEIDER_SINCE) | TAKES (OPT_NAME) | TAKES (OPT_REASON) | \
                       TAKES (OPT_NOTE) | TAKES (OPT_KIND) | TAKES (OPT_EXPERIENCED) | TAKES (OPT_KEEP))

static const char * const option_names[N_OPTS] = {
  [OPT_ROLE] = "--role",
  [OPT_OPLEIDER_SINCE] = "--opleider-since",
  [OPT_NAME] = "--name",
  [OPT_AIOS] = "--aios",
  [OPT_PHASE] = "--phase",
  [OPT_START] = "--start",
  [OPT_PARTTIME] = "--parttime",
  [OPT_OPLEIDER] = "--opleider",
  [OPT_DATE] = "--date",
  [OPT_REASON] = "--reason",
  [OPT_NOTE] = "--note",
  [OPT_LEAVE] = "--leave",
  [OPT_KIND] = "--kind",
  [OPT_YEAR] = "--year",
  [OPT_EXPERIENCED] = "--experienced",
  [OPT_KEEP] = "--keep",
  [OPT_DEMO] = "--demo",
  [OPT_YEARS] = "--years",
  [OPT_SEED] = "--seed",
  [OPT_CHECK] = "--check",
  [OPT_SCHEDULE] = "--schedule",
  [OPT_CHECKLIST] = "--checklist",
  [OPT_CALENDAR] = "--calendar",
  [OPT_FORMS] = "--forms",
  [OPT_SCHOLING] = "--scholing",
  [OPT_EXPORT] = "--export",
  [OPT_FORMAT] = "--format",
  [OPT_IMPORT] = "--import",
};

typedef enum
{
  MODE_ADD_PERSON,
  MODE_RENAME_PERSON,
  MODE_ARCHIVE_PERSON,
  MODE_UNARCHIVE_PERSON,
  MODE_ADD_TRAJECT,
  MODE_END_TRAJECT,
  MODE_ADD_LEAVE,
  MODE_ADD_CLOSURE,
  MODE_SET_COSCHAP,
  MODE_SET_ROLE,
  MODE_SWAP_ROLES,
  N_MODES
} PracticeModeId;

/* One run of a mode: the options, and the store once the arguments made sense. */
typedef struct
{
  OplCliOptions *options;
  const char    *path;
  const char    *mode;
  OplStore      *store;
  GDate          today;
} PracticeRun;

typedef struct
{
  const char *option;
  guint       takes;
  int       (*run) (PracticeRun *run);
} PracticeMode;

/* An --opleider PERSON[:SHARE] of --add-traject. */
typedef struct
{
  char   *who;
  double  share;    /* < 0: not given */
} OpleiderArg;

static void
opleider_arg_clear (OpleiderArg *arg)
{
  g_clear_pointer (&arg->who, g_free);
}

static guint
mask_of (const gboolean *given,
         guint           n_given)
{
  guint mask = 0;

  for (guint i = 0; i < n_given; i++)
    {
      if (given[i])
        mask |= TAKES (i);
    }

  return mask;
}

static guint
given_options (OplCliOptions *options)
{
  const gboolean given[N_OPTS] = {
    [OPT_ROLE] = options->role != NULL,
    [OPT_OPLEIDER_SINCE] = options->opleider_since != NULL,
    [OPT_NAME] = options->name != NULL,
    [OPT_AIOS] = options->aios != NULL,
    [OPT_PHASE] = options->phase != NULL,
    [OPT_START] = options->start != NULL,
    [OPT_PARTTIME] = options->parttime != NULL,
    [OPT_OPLEIDER] = options->opleiders != NULL,
    [OPT_DATE] = options->date != NULL,
    [OPT_REASON] = options->reason != NULL,
    [OPT_NOTE] = options->note != NULL,
    [OPT_LEAVE] = options->leaves != NULL,
    [OPT_KIND] = options->kind != NULL,
    [OPT_YEAR] = options->year != NULL,
    [OPT_EXPERIENCED] = options->experienced != NULL,
    [OPT_KEEP] = options->keep,
    [OPT_DEMO] = options->demo,
    [OPT_YEARS] = options->years != NULL,
    [OPT_SEED] = options->seed != NULL,
    [OPT_CHECK] = options->check,
    [OPT_SCHEDULE] = options->schedule,
    [OPT_CHECKLIST] = options->checklist,
    [OPT_CALENDAR] = options->calendar != NULL,
    [OPT_FORMS] = options->forms,
    [OPT_SCHOLING] = options->scholing,
    [OPT_EXPORT] = options->export_path != NULL,
    [OPT_FORMAT] = options->format != NULL,
    [OPT_IMPORT] = options->import_path != NULL,
  };

  return mask_of (given, N_OPTS);
}

static guint
given_modes (OplCliOptions *options)
{
  const gboolean given[N_MODES] = {
    [MODE_ADD_PERSON] = options->add_person != NULL,
    [MODE_RENAME_PERSON] = options->rename_person != NULL,
    [MODE_ARCHIVE_PERSON] = options->archive_person != NULL,
    [MODE_UNARCHIVE_PERSON] = options->unarchive_person != NULL,
    [MODE_ADD_TRAJECT] = options->add_traject,
    [MODE_END_TRAJECT] = options->end_traject != NULL,
    [MODE_ADD_LEAVE] = options->add_leave != NULL,
    [MODE_ADD_CLOSURE] = options->add_closure != NULL,
    [MODE_SET_COSCHAP] = options->set_coschap != NULL,
    [MODE_SET_ROLE] = options->set_role != NULL,
    [MODE_SWAP_ROLES] = options->swap_roles,
  };

  return mask_of (given, N_MODES);
}

/* The usage error "MODE needs WHAT". */
static int
needs (PracticeRun *run,
       const char  *what)
{
  /* Translators: a command-line mode, then the option it lacks (“--add-person needs
   * --role ROLE”) */
  g_autofree char *message = g_strdup_printf (_("%s needs %s"), run->mode, what);

  return opl_cli_usage_error (message);
}

/* The usage error for a PERSON or TRAJECT that names nobody, or more than one. */
static int
names_no_one (const char *option,
              const char *text,
              guint       n_found)
{
  g_autofree char *message = NULL;

  if (n_found == 0)
    /* Translators: an option, then what followed it */
    message = g_strdup_printf (_("%s “%s”: no one in this practice has that id or name"), option, text);
  else
    /* Translators: an option, what followed it, then how many people have that name */
    message = g_strdup_printf (_("%s “%s”: %u people have that name; give an id"), option, text, n_found);

  return opl_cli_usage_error (message);
}

/* Parsing ------------------------------------------------------------------------ */

static gboolean
parse_role (const char *text,
            OplRole    *role)
{
  return text != NULL && opl_role_from_string (text, role);
}

static int
role_error (void)
{
  return opl_cli_usage_error (_("--role must be hoofdopleider, duo-opleider, plaatsvervangend-opleider, "
                                "aios or coassistent"));
}

static gboolean
parse_phase (const char *text,
             OplPhase   *phase)
{
  if (g_strcmp0 (text, "1") == 0 || g_strcmp0 (text, "I") == 0)
    *phase = OPL_PHASE_I;
  else if (g_strcmp0 (text, "2") == 0 || g_strcmp0 (text, "II") == 0)
    *phase = OPL_PHASE_II;
  else
    return FALSE;

  return TRUE;
}

/* A number as written; whether the training allows it is the store's question. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

/* SHARE: a fraction from 0 to 1, or a percentage (“50%”, “50 %”). */
static gboolean
parse_share (const char *text,
             double     *share)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  if (end == text)
    return FALSE;

  while (*end == ' ')
    end++;
  if (*end == '%')
    {
      value /= 100;
      end++;
    }

  if (*end != '\0' || !(value >= 0.0 && value <= 1.0))
    return FALSE;

  *share = value;
  return TRUE;
}

/* Every --opleider PERSON[:SHARE]; a usage message or %NULL. */
static char *
parse_opleiders (char   **texts,
                 GArray  *args)
{
  for (guint i = 0; texts[i] != NULL; i++)
    {
      const char *colon = strrchr (texts[i], ':');
      OpleiderArg arg = { .share = -1.0 };

      if (colon != NULL && !parse_share (colon + 1, &arg.share))
        /* Translators: %s is what followed --opleider */
        return g_strdup_printf (_("--opleider “%s”: the share must be a fraction from 0 to 1 or a percentage "
                                  "such as 50%%"), texts[i]);

      arg.who = colon != NULL ? g_strndup (texts[i], colon - texts[i]) : g_strdup (texts[i]);
      g_array_append_val (args, arg);
    }

  return NULL;
}

/* Opening and finding ------------------------------------------------------------ */

/* Opens the database for writing (made when missing) and sets the actor (--profile). */
static int
open_practice (PracticeRun *run)
{
  g_autoptr(GError) error = NULL;
  OplPerson *actor;

  run->store = opl_cli_open_store (run->path, OPL_DATABASE_OPEN_CREATE, &error);
  if (run->store == NULL)
    return opl_cli_fail (error);

  if (run->options->profile == NULL)
    return OPL_EXIT_OK;

  actor = opl_store_find_profile (run->store, run->options->profile);
  if (actor == NULL)
    return opl_cli_usage_error (_("--profile names no one in this practice (give an id, a role or a name)"));

  opl_store_set_actor (run->store, opl_person_get_id (actor));
  return opl_cli_unlock_profile (run->options, run->store, actor);
}

/* Everyone in the practice, archived or not, whose id is @text, or else whose full
 * name is @text, ignoring case. */
static GPtrArray *
find_people (OplStore   *store,
             const char *text)
{
  GListModel *people = opl_store_get_all_people (store);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  OplPerson *by_id = opl_store_lookup_person (store, text);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  if (by_id != NULL)
    {
      g_ptr_array_add (found, g_object_ref (by_id));
      return found;
    }

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);
      g_autofree char *name = g_utf8_casefold (opl_person_get_name (person), -1);

      if (strcmp (name, folded) == 0)
        g_ptr_array_add (found, g_steal_pointer (&person));
    }

  return found;
}

/* PERSON, with a reference of its own: the store reloads its people after a write. */
static int
lookup_person (PracticeRun  *run,
               const char   *option,
               const char   *text,
               OplPerson   **person)
{
  g_autoptr(GPtrArray) found = find_people (run->store, text);

  if (found->len != 1)
    return names_no_one (option, text, found->len);

  *person = g_object_ref (g_ptr_array_index (found, 0));
  return OPL_EXIT_OK;
}

/* The traject of @aios that has not ended and started first: the one running now when
 * there is one. */
static OplTraject *
find_current_traject (PracticeRun  *run,
                      OplPerson    *aios,
                      GError      **error)
{
  g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (run->store, opl_person_get_id (aios), error);
  OplTraject *current = NULL;

  if (trajecten == NULL)
    return NULL;

  /* The most recent first. */
  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (g_strcmp0 (opl_traject_get_aios_id (traject), opl_person_get_id (aios)) == 0 &&
          !opl_traject_has_ended (traject, &run->today))
        current = traject;
    }

  return current != NULL ? g_object_ref (current) : NULL;
}

/* The traject of @aios, whom TRAJECT named, that has not ended. */
static int
lookup_current_traject (PracticeRun  *run,
                        const char   *text,
                        OplPerson    *aios,
                        OplTraject  **traject)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (opl_person_get_role (aios) != OPL_ROLE_AIOS)
    /* Translators: an option, what followed it, then the person's name */
    message = g_strdup_printf (_("%s “%s”: %s is no aios; give a traject’s id or an aios"), run->mode, text,
                               opl_person_get_name (aios));
  else if ((*traject = find_current_traject (run, aios, &error)) != NULL)
    return OPL_EXIT_OK;
  else if (error != NULL)
    return opl_cli_fail (error);
  else
    /* Translators: an option, what followed it, then the aios's name */
    message = g_strdup_printf (_("%s “%s”: %s has no traject that has not ended; give the traject’s id"),
                               run->mode, text, opl_person_get_name (aios));

  return opl_cli_usage_error (message);
}

/* TRAJECT: a traject's id, or an aios (id or name) whose traject has not ended. */
static int
lookup_traject (PracticeRun  *run,
                const char   *text,
                OplTraject  **traject)
{
  g_autoptr(GPtrArray) found = find_people (run->store, text);
  g_autofree char *message = NULL;

  if (found->len == 1)
    return lookup_current_traject (run, text, g_ptr_array_index (found, 0), traject);
  if (found->len > 1)
    return names_no_one (run->mode, text, found->len);

  /* Nobody by that id or name: a traject's id, then. */
  *traject = opl_store_get_traject (run->store, text, NULL);
  if (*traject != NULL)
    return OPL_EXIT_OK;

  /* Translators: an option, then what followed it */
  message = g_strdup_printf (_("%s “%s”: no traject has that id, and no aios that id or name"), run->mode, text);
  return opl_cli_usage_error (message);
}

/* Printing ------------------------------------------------------------------------ */

static const char *
empty_as_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* @value: 0 or 1, or -1 for null */
static void
add_member_tristate (JsonBuilder *builder,
                     const char  *name,
                     int          value)
{
  json_builder_set_member_name (builder, name);
  if (value >= 0)
    json_builder_add_boolean_value (builder, value != 0);
  else
    json_builder_add_null_value (builder);
}

/* Prints `{"@name": …}` with what @build adds to the inner object. */
static void
print_object (const char *name,
              void      (*build) (JsonBuilder *builder,
                                  gpointer     data),
              gpointer    data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  build (builder, data);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  opl_cli_print_json (builder);
}

static void
build_person (JsonBuilder *builder,
              gpointer     data)
{
  OplPerson *person = data;

  opl_cli_add_member_string (builder, "id", opl_person_get_id (person));
  opl_cli_add_member_string (builder, "name", opl_person_get_name (person));
  opl_cli_add_member_string (builder, "role", opl_role_to_string (opl_person_get_role (person)));
  json_builder_set_member_name (builder, "opleider_since");
  if (opl_person_get_opleider_since (person) > 0)
    json_builder_add_int_value (builder, opl_person_get_opleider_since (person));
  else
    json_builder_add_null_value (builder);
  add_member_tristate (builder, "archived", opl_person_is_archived (person));
}

static void
build_traject (JsonBuilder *builder,
               gpointer     data)
{
  OplTraject *traject = data;

  opl_cli_add_member_string (builder, "id", opl_traject_get_id (traject));
  opl_cli_add_member_string (builder, "aios", opl_traject_get_aios_id (traject));
  opl_cli_add_member_string (builder, "aios_name", opl_traject_get_aios_name (traject));
  opl_cli_add_member_int (builder, "phase", opl_traject_get_phase (traject));
  opl_cli_add_member_date (builder, "start", opl_traject_get_start (traject));
  opl_cli_add_member_date (builder, "end", opl_traject_get_end (traject));
  json_builder_set_member_name (builder, "parttime");
  json_builder_add_double_value (builder, opl_traject_get_parttime (traject));
  opl_cli_add_member_string (builder, "end_reason", opl_end_reason_to_string (opl_traject_get_end_reason (traject)));
  opl_cli_add_member_string (builder, "end_note", empty_as_null (opl_traject_get_end_note (traject)));
  json_builder_set_member_name (builder, "opleiders");
  json_builder_begin_array (builder);
  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, i);

      json_builder_begin_object (builder);
      opl_cli_add_member_string (builder, "id", opleider->person_id);
      opl_cli_add_member_string (builder, "name", opleider->name);
      json_builder_set_member_name (builder, "share");
      json_builder_add_double_value (builder, opleider->share);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The person with @person_id as the store holds them now, in JSON or as @line. */
static int
print_person (PracticeRun *run,
              const char  *person_id,
              const char  *line)
{
  OplPerson *person = opl_store_lookup_person (run->store, person_id);

  g_return_val_if_fail (person != NULL, OPL_EXIT_FAILURE);

  if (run->options->json)
    print_object ("person", build_person, person);
  else
    g_print ("%s\n", line);

  return OPL_EXIT_OK;
}

static char *
lower_label (const char *label)
{
  return g_utf8_strdown (label, -1);
}

/* People --------------------------------------------------------------------------- */

/* `--add-person NAME --role ROLE [--opleider-since YYYY]`. */
static int
run_add_person (PracticeRun *run)
{
  OplCliOptions *options = run->options;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplPerson) person = NULL;
  g_autofree char *role_label = NULL;
  g_autofree char *line = NULL;
  int since = 0, status;
  OplRole role;

  if (options->role == NULL)
    return needs (run, "--role ROLE");
  if (!parse_role (options->role, &role))
    return role_error ();
  if (options->opleider_since != NULL && !opl_cli_parse_year (options->opleider_since, &since))
    return opl_cli_usage_error (_("--opleider-since must be a year written as YYYY, from 1950 to 2199"));
  if (options->opleider_since != NULL && !opl_role_is_opleider (role))
    return opl_cli_usage_error (_("--opleider-since goes with an opleider’s --role"));

  if ((status = open_practice (run)) != OPL_EXIT_OK)
    return status;

  person = opl_store_add_practice_person (run->store, options->add_person, role, since, &error);
  if (person == NULL)
    return opl_cli_fail (error);

  role_label = lower_label (opl_role_get_label (role));
  /* Translators: the name, the role, then the new person's id */
  line = g_strdup_printf (_("Added %s, %s (id %s)"), opl_person_get_name (person), role_label,
                          opl_person_get_id (person));
  return print_person (run, opl_person_get_id (person), line);
}

/* `--rename-person PERSON --name NAME [--opleider-since YYYY]`. */
static int
run_rename_person (PracticeRun *run)
{
  OplCliOptions *options = run->options;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplPerson) person = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *line = NULL;
  int since = 0, status;

  if (options->name == NULL)
    return needs (run, "--name NAME");
  if (options->opleider_since != NULL && !opl_cli_parse_year (options->opleider_since, &since))
    return opl_cli_usage_error (_("--opleider-since must be a year written as YYYY, from 1950 to 2199"));

  if ((status = open_practice (run)) != OPL_EXIT_OK ||
      (status = lookup_person (run, run->mode, options->rename_person, &person)) != OPL_EXIT_OK)
    return status;

  if (options->opleider_since == NULL)
    since = opl_person_get_opleider_since (person);
  else if (!opl_person_is_opleider (person))
    return opl_cli_usage_error (_("--opleider-since goes with an opleider’s --role"));

  old_name = g_strdup (opl_person_get_name (person));
  if (!opl_store_update_person (run->store, person, options->name, since, &error))
    return opl_cli_fail (error);

  /* Translators: the old name, then the new one */
  line = g_strdup_printf (_("Renamed %s to %s"), old_name,
                          opl_person_get_name (opl_store_lookup_person (run->store, opl_person_get_id (person))));
  return print_person (run, opl_person_get_id (person), line);
}

/* `--archive-person PERSON` and `--unarchive-person PERSON`: an archived person is no
 * longer a profile, and keeps everything they did (opl_store_set_person_archived()). */
static int
set_archived (PracticeRun *run,
              const char  *text,
              gboolean     archived)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplPerson) person = NULL;
  g_autofree char *line = NULL;
  int status;

  if ((status = open_practice (run)) != OPL_EXIT_OK ||
      (status = lookup_person (run, run->mode, text, &person)) != OPL_EXIT_OK)
    return status;

  if (!opl_store_set_person_archived (run->store, person, archived, &error))
    return opl_cli_fail (error);

  line = archived
         /* Translators: %s is a name */
         ? g_strdup_printf (_("Archived %s: no longer a profile to choose, with all their history kept"),
                            opl_person_get_name (person))
         /* Translators: %s is a name */
         : g_strdup_printf (_("%s is a profile of the practice again"), opl_person_get_name (person));
  return print_person (run, opl_person_get_id (person), line);
}

static int
run_archive_person (PracticeRun *run)
{
  return set_archived (run, run->options->archive_person, TRUE);
}

static int
run_unarchive_person (PracticeRun *run)
{
  return set_archived (run, run->options->unarchive_person, FALSE);
}

/* Trajecten ------------------------------------------------------------------------ */

/* What --add-traject asks for, checked before the file is opened. */
static int
parse_traject_args (PracticeRun *run,
                    OplPhase    *phase,
                    GDate       *start,
                    double      *parttime,
                    GArray      *opleiders)
{
  OplCliOptions *options = run->options;
  g_autofree char *message = NULL;

  if (options->aios == NULL)
    return needs (run, "--aios PERSON");
  if (options->phase == NULL)
    return needs (run, "--phase 1|2");
  if (!parse_phase (options->phase, phase))
    return opl_cli_usage_error (_("--phase must be 1 or 2"));
  if (options->start == NULL)
    return needs (run, "--start YYYY-MM-DD");
  if (!opl_date_parse_iso (options->start, start))
    return opl_cli_usage_error (_("--start must be a real date written as YYYY-MM-DD"));
  if (options->parttime != NULL && !parse_number (options->parttime, parttime))
    return opl_cli_usage_error (_("--parttime must be a number such as 0.8"));
  if (options->opleiders == NULL)
    return needs (run, "--opleider PERSON[:SHARE]");
  if ((message = parse_opleiders (options->opleiders, opleiders)) != NULL)
    return opl_cli_usage_error (message);

  return OPL_EXIT_OK;
}

/* Adds the opleiders to @traject: without a share they split what the others leave,
 * so one opleider has 100 % and a duo 50 % each. */
static int
add_opleiders (PracticeRun *run,
               OplTraject  *traject,
               GArray      *args)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  double given = 0.0;
  guint n_without = 0;

  for (guint i = 0; i < args->len; i++)
    {
      const OpleiderArg *arg = &g_array_index (args, OpleiderArg, i);
      OplPerson *person = NULL;
      int status = lookup_person (run, "--opleider", arg->who, &person);

      if (status != OPL_EXIT_OK)
        return status;

      g_ptr_array_add (people, person);
      for (guint j = 0; j < i; j++)
        {
          if (g_strcmp0 (opl_person_get_id (g_ptr_array_index (people, j)), opl_person_get_id (person)) == 0)
            {
              /* Translators: %s is a name */
              g_autofree char *message = g_strdup_printf (_("--opleider names %s twice"),
                                                          opl_person_get_name (person));

              return opl_cli_usage_error (message);
            }
        }
      if (arg->share >= 0.0)
        given += arg->share;
      else
        n_without++;
    }

  for (guint i = 0; i < args->len; i++)
    {
      const OpleiderArg *arg = &g_array_index (args, OpleiderArg, i);
      OplPerson *person = g_ptr_array_index (people, i);
      double share = arg->share >= 0.0 ? arg->share : MAX (0.0, 1.0 - given) / n_without;

      opl_traject_add_opleider (traject, opl_person_get_id (person), opl_person_get_name (person),
                                opl_person_get_role (person), share);
    }

  return OPL_EXIT_OK;
}

static char *
describe_added (OplTraject *traject)
{
  g_autoptr(GString) opleiders = g_string_new (NULL);
  g_autofree char *start = opl_date_to_iso (opl_traject_get_start (traject));

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, i);

      if (i > 0)
        g_string_append (opleiders, ", ");
      g_string_append_printf (opleiders, "%s %d %%", opleider->name, (int) round (opleider->share * 100));
    }

  /* Translators: the aios, I or II, the start date, the part-time factor in percent,
   * the opleiders with their shares, then the traject's id */
  return g_strdup_printf (_("Added a traject for %s: fase %s from %s at %d %%, with %s (id %s)"),
                          opl_traject_get_aios_name (traject),
                          opl_traject_get_phase (traject) == OPL_PHASE_I ? "I" : "II", start,
                          (int) round (opl_traject_get_parttime (traject) * 100), opleiders->str,
                          opl_traject_get_id (traject));
}

static char *
describe_ended (OplTraject *traject)
{
  g_autofree char *end = opl_date_to_iso (opl_traject_get_end (traject));
  g_autofree char *reason = lower_label (opl_end_reason_get_label (opl_traject_get_end_reason (traject)));

  if (opl_traject_get_end_reason (traject) == OPL_END_REGULAR)
    /* Translators: the aios, then the traject's last day */
    return g_strdup_printf (_("Ended the traject of %s on %s"), opl_traject_get_aios_name (traject), end);

  /* Translators: the aios, the traject's last day, then why it ended early */
  return g_strdup_printf (_("Ended the traject of %s on %s: %s"), opl_traject_get_aios_name (traject), end, reason);
}

/* The traject with @traject_id as stored now, in JSON or in the words of @describe. */
static int
print_traject (PracticeRun  *run,
               const char   *traject_id,
               char       *(*describe) (OplTraject *traject))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplTraject) traject = opl_store_get_traject (run->store, traject_id, &error);
  g_autofree char *line = NULL;

  if (traject == NULL)
    return opl_cli_fail (error);

  if (run->options->json)
    {
      print_object ("traject", build_traject, traject);
      return OPL_EXIT_OK;
    }

  line = describe (traject);
  g_print ("%s\n", line);
  return OPL_EXIT_OK;
}

/* `--add-traject --aios PERSON --phase 1|2 --start YYYY-MM-DD [--parttime F]
 * --opleider PERSON[:SHARE]...`: refused when the store refuses it (shares that do not
 * add up to 100 %, a part-time factor the training does not allow, a second traject of
 * the aios at the same time). */
static int
run_add_traject (PracticeRun *run)
{
  g_autoptr(GArray) opleiders = g_array_new (FALSE, TRUE, sizeof (OpleiderArg));
  g_autoptr(GError) error = NULL;
  g_autoptr(OplPerson) aios = NULL;
  g_autoptr(OplTraject) traject = NULL;
  g_autofree char *id = g_uuid_string_random ();
  OplPhase phase = OPL_PHASE_I;
  double parttime = 1.0;
  GDate start;
  int status;

  g_array_set_clear_func (opleiders, (GDestroyNotify) opleider_arg_clear);
  g_date_clear (&start, 1);
  if ((status = parse_traject_args (run, &phase, &start, &parttime, opleiders)) != OPL_EXIT_OK ||
      (status = open_practice (run)) != OPL_EXIT_OK ||
      (status = lookup_person (run, "--aios", run->options->aios, &aios)) != OPL_EXIT_OK)
    return status;

  traject = opl_traject_new (id, opl_person_get_id (aios), opl_person_get_name (aios), phase, &start, NULL, parttime);
  if ((status = add_opleiders (run, traject, opleiders)) != OPL_EXIT_OK)
    return status;

  if (!opl_store_add_practice_traject (run->store, traject, &error))
    return opl_cli_fail (error);

  return print_traject (run, id, describe_added);
}

/* `--end-traject TRAJECT --date YYYY-MM-DD [--reason R] [--note TEXT]`; the reasons are
 * seed 004's (“zwangerschap, uitval, of ontkoppeling”). */
static int
run_end_traject (PracticeRun *run)
{
  OplCliOptions *options = run->options;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplTraject) traject = NULL;
  OplEndReason reason = OPL_END_REGULAR;
  GDate end;
  int status;

  if (options->date == NULL)
    return needs (run, "--date YYYY-MM-DD");
  if (!opl_date_parse_iso (options->date, &end))
    return opl_cli_usage_error (_("--date must be a real date written as YYYY-MM-DD"));
  if (options->reason != NULL && !opl_end_reason_from_string (options->reason, &reason))
    return opl_cli_usage_error (_("--reason must be ontkoppeling, zwangerschap, uitval or overig"));

  if ((status = open_practice (run)) != OPL_EXIT_OK ||
      (status = lookup_traject (run, options->end_traject, &traject)) != OPL_EXIT_OK)
    return status;

  if (!opl_store_end_traject (run->store, traject, &end, reason, options->note, &error))
    return opl_cli_fail (error);

  return print_traject (run, opl_traject_get_id (traject), describe_ended);
}

/* Leave, closures, the coschap ------------------------------------------------------ */

typedef struct
{
  const char *traject_id;
  OplLeave    leave;
} TrajectLeave;

static void
build_leave (JsonBuilder *builder,
             gpointer     data)
{
  const TrajectLeave *row = data;

  opl_cli_add_member_string (builder, "id", row->leave.id);
  opl_cli_add_member_string (builder, "traject", row->traject_id);
  opl_cli_add_member_string (builder, "kind", opl_leave_kind_to_string (row->leave.kind));
  opl_cli_add_member_date (builder, "start", &row->leave.start);
  opl_cli_add_member_date (builder, "end", &row->leave.end);
}

/* `--add-leave TRAJECT --leave YYYY-MM-DD:YYYY-MM-DD [--kind K]`: the schedule moves by
 * it as the rules say (opl_schedule_compute()). */
static int
run_add_leave (PracticeRun *run)
{
  OplCliOptions *options = run->options;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplTraject) traject = NULL;
  g_autofree char *id = NULL;
  TrajectLeave row = { .leave.kind = OPL_LEAVE_VERLOF };
  int status;

  if (options->leaves == NULL)
    return needs (run, "--leave YYYY-MM-DD:YYYY-MM-DD");
  if (g_strv_length (options->leaves) > 1)
    return opl_cli_usage_error (_("--add-leave takes one --leave"));
  if (!opl_cli_parse_period (options->leaves[0], &row.leave.start, &row.leave.end))
    {
      /* Translators: %s is what the user typed after --leave */
      g_autofree char *message = g_strdup_printf (_("--leave “%s” must be two real dates, YYYY-MM-DD:YYYY-MM-DD"),
                                                  options->leaves[0]);

      return opl_cli_usage_error (message);
    }
  if (options->kind != NULL && !opl_leave_kind_from_string (options->kind, &row.leave.kind))
    return opl_cli_usage_error (_("--kind must be ziekte, zwangerschap, verlof or overig"));

  if ((status = open_practice (run)) != OPL_EXIT_OK ||
      (status = lookup_traject (run, options->add_leave, &traject)) != OPL_EXIT_OK)
    return status;

  id = opl_store_add_leave (run->store, traject, row.leave.kind, &row.leave.start, &row.leave.end, &error);
  if (id == NULL)
    return opl_cli_fail (error);

  g_strlcpy (row.leave.id, id, sizeof row.leave.id);
  row.traject_id = opl_traject_get_id (traject);
  if (options->json)
    {
      print_object ("leave", build_leave, &row);
    }
  else
    {
      g_autofree char *kind = lower_label (opl_leave_kind_get_label (row.leave.kind));
      g_autofree char *start = opl_date_to_iso (&row.leave.start);
      g_autofree char *end = opl_date_to_iso (&row.leave.end);

      /* Translators: the kind of leave, its first and last day, the aios, then the id */
      g_print (_("Recorded %s from %s to %s in the traject of %s (id %s)\n"), kind, start, end,
               opl_traject_get_aios_name (traject), id);
    }

  return OPL_EXIT_OK;
}

typedef struct
{
  const char *id;
  GDate       start;
  GDate       end;
  const char *note;
} ClosureFacts;

static void
build_closure (JsonBuilder *builder,
               gpointer     data)
{
  const ClosureFacts *closure = data;

  opl_cli_add_member_string (builder, "id", closure->id);
  opl_cli_add_member_date (builder, "start", &closure->start);
  opl_cli_add_member_date (builder, "end", &closure->end);
  opl_cli_add_member_string (builder, "note", closure->note);
}

/* `--add-closure YYYY-MM-DD:YYYY-MM-DD [--note TEXT]`: no leergesprekken then. */
static int
run_add_closure (PracticeRun *run)
{
  OplCliOptions *options = run->options;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  ClosureFacts closure = { .note = options->note };
  int status;

  if (!opl_cli_parse_period (options->add_closure, &closure.start, &closure.end))
    {
      /* Translators: %s is what the user typed after --add-closure */
      g_autofree char *message = g_strdup_printf (_("--add-closure “%s” must be two real dates, "
                                                    "YYYY-MM-DD:YYYY-MM-DD"), options->add_closure);

      return opl_cli_usage_error (message);
    }

  if ((status = open_practice (run)) != OPL_EXIT_OK)
    return status;

  id = opl_store_add_closure (run->store, &closure.start, &closure.end, options->note, &error);
  if (id == NULL)
    return opl_cli_fail (error);

  closure.id = id;
  if (options->json)
    {
      print_object ("closure", build_closure, &closure);
      return OPL_EXIT_OK;
    }

  start = opl_date_to_iso (&closure.start);
  end = opl_date_to_iso (&closure.end);
  /* Translators: the first and the last day, then the closure's id */
  g_print (_("The practice is closed from %s to %s (id %s)\n"), start, end, id);
  return OPL_EXIT_OK;
}

typedef struct
{
  OplTraject *traject;
  GDate       start;
} CoschapFacts;

static void
build_coschap (JsonBuilder *builder,
               gpointer     data)
{
  const CoschapFacts *coschap = data;

  opl_cli_add_member_string (builder, "traject", opl_traject_get_id (coschap->traject));
  opl_cli_add_member_string (builder, "aios", opl_traject_get_aios_id (coschap->traject));
  opl_cli_add_member_date (builder, "start", &coschap->start);
  opl_cli_add_member_int (builder, "weeks", OPL_COSCHAP_WEEKS);
}

/* `--set-coschap TRAJECT --start YYYY-MM-DD`: only in the last phase (seed 000: “alleen
 * mogelijk in de laatste fase van de opleiding”), which opl_store_set_coschap() says. */
static int
run_set_coschap (PracticeRun *run)
{
  OplCliOptions *options = run->options;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplTraject) traject = NULL;
  g_autofree char *start = NULL;
  CoschapFacts coschap;
  int status;

  if (options->start == NULL)
    return needs (run, "--start YYYY-MM-DD");
  if (!opl_date_parse_iso (options->start, &coschap.start))
    return opl_cli_usage_error (_("--start must be a real date written as YYYY-MM-DD"));

  if ((status = open_practice (run)) != OPL_EXIT_OK ||
      (status = lookup_traject (run, options->set_coschap, &traject)) != OPL_EXIT_OK)
    return status;

  if (!opl_store_set_coschap (run->store, traject, &coschap.start, &error))
    return opl_cli_fail (error);

  coschap.traject = traject;
  if (options->json)
    {
      print_object ("coschap", build_coschap, &coschap);
      return OPL_EXIT_OK;
    }

  start = opl_date_to_iso (&coschap.start);
  /* Translators: the aios, the first day, then the number of weeks */
  g_print (_("The coschap of %s’s coassistent starts on %s and lasts %d weeks\n"),
           opl_traject_get_aios_name (traject), start, OPL_COSCHAP_WEEKS);
  return OPL_EXIT_OK;
}

/* Roles per opleidingsjaar ------------------------------------------------------------ */

typedef struct
{
  OplPerson       *person;
  int              year;
  OplOpleiderYear  role;
} YearRole;

static gboolean
read_year_role (PracticeRun  *run,
                OplPerson    *person,
                int           year,
                YearRole     *out,
                GError      **error)
{
  out->person = person;
  out->year = year;
  return opl_store_get_opleider_year (run->store, person, year, &out->role, error);
}

static void
build_year_role (JsonBuilder *builder,
                 gpointer     data)
{
  const YearRole *role = data;

  opl_cli_add_member_string (builder, "person", opl_person_get_id (role->person));
  opl_cli_add_member_string (builder, "name", opl_person_get_name (role->person));
  opl_cli_add_member_int (builder, "year", role->year);
  opl_cli_add_member_string (builder, "role", opl_role_to_string (role->role.role));
  add_member_tristate (builder, "experienced", role->role.experienced);
}

/* --experienced yes|no|default: 1, 0 or -1 (the institute profile's rule). */
static gboolean
parse_experienced (const char *text,
                   int        *experienced)
{
  if (g_strcmp0 (text, "yes") == 0)
    *experienced = 1;
  else if (g_strcmp0 (text, "no") == 0)
    *experienced = 0;
  else if (g_strcmp0 (text, "default") == 0)
    *experienced = -1;
  else
    return FALSE;

  return TRUE;
}

static int
year_error (void)
{
  return opl_cli_usage_error (_("--year must be an opleidingsjaar written as YYYY, from 1950 to 2199"));
}

static void
print_set_role (const YearRole *role)
{
  g_autofree char *label = lower_label (opl_role_get_label (role->role.role));
  const char *name = opl_person_get_name (role->person);

  if (role->role.role == OPL_ROLE_DUO_OPLEIDER && role->role.experienced == 1)
    /* Translators: a name, then the opleidingsjaar (2026–2027) */
    g_print (_("%s is an experienced duo-opleider in opleidingsjaar %d–%d\n"), name, role->year, role->year + 1);
  else if (role->role.role == OPL_ROLE_DUO_OPLEIDER && role->role.experienced == 0)
    /* Translators: a name, then the opleidingsjaar (2026–2027) */
    g_print (_("%s is a duo-opleider, not yet experienced, in opleidingsjaar %d–%d\n"), name, role->year,
             role->year + 1);
  else
    /* Translators: a name, a role, then the opleidingsjaar (2026–2027) */
    g_print (_("%s is %s in opleidingsjaar %d–%d\n"), name, label, role->year, role->year + 1);
}

/* `--set-role PERSON --year YYYY --role ROLE [--experienced yes|no|default]`: seed 002
 * (a role per opleidingsjaar) and seed 001 (only experienced duo-opleiders split the
 * days pro rata). */
static int
run_set_role (PracticeRun *run)
{
  OplCliOptions *options = run->options;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplPerson) person = NULL;
  YearRole written;
  int year = 0, experienced = -1, status;
  OplRole role;

  if (options->year == NULL)
    return needs (run, "--year YYYY");
  if (!opl_cli_parse_year (options->year, &year))
    return year_error ();
  if (options->role == NULL)
    return needs (run, "--role ROLE");
  if (!parse_role (options->role, &role))
    return role_error ();
  if (options->experienced != NULL && !parse_experienced (options->experienced, &experienced))
    return opl_cli_usage_error (_("--experienced must be yes, no or default"));
  if (options->experienced != NULL && role != OPL_ROLE_DUO_OPLEIDER)
    return opl_cli_usage_error (_("--experienced goes with --role duo-opleider"));

  if ((status = open_practice (run)) != OPL_EXIT_OK ||
      (status = lookup_person (run, run->mode, options->set_role, &person)) != OPL_EXIT_OK)
    return status;

  if (!opl_store_set_opleider_year (run->store, person, year, role, experienced, &run->today, &error) ||
      !read_year_role (run, person, year, &written, &error))
    return opl_cli_fail (error);

  if (options->json)
    print_object ("role", build_year_role, &written);
  else
    print_set_role (&written);

  return OPL_EXIT_OK;
}

static void
print_swap (const YearRole *roles,
            gboolean        json)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const YearRole *hoofd = roles[0].role.role == OPL_ROLE_HOOFDOPLEIDER ? &roles[0] : &roles[1];
  const YearRole *plv = hoofd == &roles[0] ? &roles[1] : &roles[0];

  if (!json)
    {
      /* Translators: the opleidingsjaar (2027–2028), then two names */
      g_print (_("Opleidingsjaar %d–%d: %s is hoofdopleider, %s plaatsvervangend opleider\n"), hoofd->year,
               hoofd->year + 1, opl_person_get_name (hoofd->person), opl_person_get_name (plv->person));
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "roles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < 2; i++)
    {
      json_builder_begin_object (builder);
      build_year_role (builder, (gpointer) &roles[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  opl_cli_print_json (builder);
}

/* `--swap-roles --year YYYY [--keep]`: the hoofdopleider and the plaatsvervangend
 * opleider trade places from opleidingsjaar YYYY (seed 002: “Het jaar erop dient deze
 * opleider wel 8 dagen te volgen en zijn/haar collega is dan plaatsvervangend
 * opleider”), or with --keep their roles are recorded as they are. */
static int
run_swap_roles (PracticeRun *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplPerson) hoofd = NULL;
  g_autoptr(OplPerson) plv = NULL;
  OplPerson *offered_hoofd = NULL, *offered_plv = NULL;
  YearRole roles[2];
  int year = 0, status;

  if (run->options->year == NULL)
    return needs (run, "--year YYYY");
  if (!opl_cli_parse_year (run->options->year, &year))
    return year_error ();

  if ((status = open_practice (run)) != OPL_EXIT_OK)
    return status;

  /* Without an offer opl_store_swap_roles() says why; the two are held on to, since the
   * store reloads its people after the swap. */
  if (!opl_store_get_swap_offer (run->store, year, &offered_hoofd, &offered_plv, &error) && error != NULL)
    return opl_cli_fail (error);
  hoofd = offered_hoofd != NULL ? g_object_ref (offered_hoofd) : NULL;
  plv = offered_plv != NULL ? g_object_ref (offered_plv) : NULL;

  if (!opl_store_swap_roles (run->store, year, !run->options->keep, &run->today, &error) ||
      !read_year_role (run, hoofd, year, &roles[0], &error) ||
      !read_year_role (run, plv, year, &roles[1], &error))
    return opl_cli_fail (error);

  print_swap (roles, run->options->json);
  return OPL_EXIT_OK;
}

/* Choosing the mode ---------------------------------------------------------------- */

static const PracticeMode modes[N_MODES] = {
  [MODE_ADD_PERSON] = { "--add-person", TAKES (OPT_ROLE) | TAKES (OPT_OPLEIDER_SINCE), run_add_person },
  [MODE_RENAME_PERSON] = { "--rename-person", TAKES (OPT_NAME) | TAKES (OPT_OPLEIDER_SINCE), run_rename_person },
  [MODE_ARCHIVE_PERSON] = { "--archive-person", 0, run_archive_person },
  [MODE_UNARCHIVE_PERSON] = { "--unarchive-person", 0, run_unarchive_person },
  [MODE_ADD_TRAJECT] = { "--add-traject", TAKES (OPT_AIOS) | TAKES (OPT_PHASE) | TAKES (OPT_START) |
                                          TAKES (OPT_PARTTIME) | TAKES (OPT_OPLEIDER), run_add_traject },
  [MODE_END_TRAJECT] = { "--end-traject", TAKES (OPT_DATE) | TAKES (OPT_REASON) | TAKES (OPT_NOTE), run_end_traject },
  [MODE_ADD_LEAVE] = { "--add-leave", TAKES (OPT_LEAVE) | TAKES (OPT_KIND), run_add_leave },
  [MODE_ADD_CLOSURE] = { "--add-closure", TAKES (OPT_NOTE), run_add_closure },
  [MODE_SET_COSCHAP] = { "--set-coschap", TAKES (OPT_START), run_set_coschap },
  [MODE_SET_ROLE] = { "--set-role", TAKES (OPT_YEAR) | TAKES (OPT_ROLE) | TAKES (OPT_EXPERIENCED), run_set_role },
  [MODE_SWAP_ROLES] = { "--swap-roles", TAKES (OPT_YEAR) | TAKES (OPT_KEEP), run_swap_roles },
};

/* "--note goes with --end-traject, --add-closure": a practice option without its mode. */
static int
option_without_mode (guint given)
{
  guint option = g_bit_nth_lsf (given & PRACTICE_ONLY, -1);
  g_autoptr(GPtrArray) takers = g_ptr_array_new_null_terminated (N_MODES, NULL, TRUE);
  g_autofree char *list = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i < N_MODES; i++)
    {
      if (modes[i].takes & TAKES (option))
        g_ptr_array_add (takers, (gpointer) modes[i].option);
    }

  list = g_strjoinv (", ", (char **) takers->pdata);
  /* Translators: an option, then the modes it goes with */
  message = g_strdup_printf (_("%s goes with %s"), option_names[option], list);
  return opl_cli_usage_error (message);
}

/* What the options ask of the practice mode, checked before anything is opened: one
 * mode, only its options, and --database. */
static int
check_mode (OplCliOptions       *options,
            const PracticeMode **mode)
{
  guint given = given_options (options);
  guint chosen = given_modes (options);
  g_autofree char *message = NULL;

  if (chosen == 0)
    return option_without_mode (given);

  *mode = &modes[g_bit_nth_lsf (chosen, -1)];
  if ((chosen & (chosen - 1)) != 0)
    /* Translators: two command-line modes */
    message = g_strdup_printf (_("%s and %s do not go together"), (*mode)->option,
                               modes[g_bit_nth_lsf (chosen, g_bit_nth_lsf (chosen, -1))].option);
  else if ((given & ~(*mode)->takes) != 0)
    /* Translators: an option, then the command-line mode it does not go with */
    message = g_strdup_printf (_("%s does not go with %s"), option_names[g_bit_nth_lsf (given & ~(*mode)->takes, -1)],
                               (*mode)->option);
  else if (options->database == NULL)
    /* Translators: a command-line mode */
    message = g_strdup_printf (_("%s needs --database FILE"), (*mode)->option);

  return message != NULL ? opl_cli_usage_error (message) : OPL_EXIT_OK;
}

/**
 * opl_cli_practice_given:
 *
 * Returns: whether the options ask for a mode that changes the practice, or give an
 *   option that only those modes take
 */
gboolean
opl_cli_practice_given (OplCliOptions *options)
{
  return given_modes (options) != 0 || (given_options (options) & PRACTICE_ONLY) != 0;
}

/**
 * opl_cli_practice:
 * @path: the database (--database); made when it does not exist, and removed again
 *   when the mode fails
 *
 * Runs the practice mode the options ask for (issue 14): one change, written in one
 * transaction by the store, as the Praktijk view would.
 *
 * Returns: the exit status
 */
int
opl_cli_practice (OplCliOptions *options,
                  const char    *path)
{
  const PracticeMode *mode = NULL;
  PracticeRun run = { options, path, NULL, NULL };
  gboolean existed;
  int status;

  if ((status = check_mode (options, &mode)) != OPL_EXIT_OK)
    return status;

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  run.mode = mode->option;
  opl_date_set_today (&run.today);
  status = mode->run (&run);

  g_clear_object (&run.store);
  if (status != OPL_EXIT_OK && !existed)
    opl_cli_remove_new_database (path);

  return status;
}

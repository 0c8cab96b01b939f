/* opl-cli-scholing.c: `--scholing`, an opleider's opleidingsjaar on the command line.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `opleidingspraktijk --database F --scholing --profile ID --year YYYY --json` prints
 * the requirement, the counted days by kind, what is missing and the leergang status
 * (the scholing issue). Bad arguments exit 2, a file that can't be used exits 1.
 */

#define G_LOG_DOMAIN "opl-cli"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "opl-cli-private.h"
#include "opl-date.h"
#include "opl-store-scholing.h"

static gboolean
parse_year (const char *text,
            int        *year)
{
  char *end = NULL;
  gint64 value;

  if (text == NULL || strlen (text) != 4)
    return FALSE;

  value = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || value < 1950 || value > 2200)
    return FALSE;

  *year = (int) value;
  return TRUE;
}

static void
add_member_days (JsonBuilder *builder,
                 const char  *name,
                 double       days)
{
  json_builder_set_member_name (builder, name);
  if (days == floor (days))
    json_builder_add_int_value (builder, (gint64) days);
  else
    json_builder_add_double_value (builder, days);
}

static void
add_member_bool (JsonBuilder *builder,
                 const char  *name,
                 gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
build_requirement (JsonBuilder             *builder,
                   const OplScholingReport *report)
{
  const OplScholingRequirement *requirement = &report->requirement;

  json_builder_set_member_name (builder, "requirement");
  json_builder_begin_object (builder);
  add_member_days (builder, "days", requirement->days);
  add_member_days (builder, "role_days", requirement->base_days);
  json_builder_set_member_name (builder, "share");
  json_builder_add_double_value (builder, requirement->share);
  add_member_bool (builder, "first_year", requirement->first_year);
  json_builder_set_member_name (builder, "dispensation");
  json_builder_begin_object (builder);
  add_member_days (builder, "days", requirement->dispensation_days);
  opl_cli_add_member_string (builder, "reason", report->dispensation_reason);
  json_builder_end_object (builder);
  opl_cli_add_member_int (builder, "paralleldagen", requirement->paralleldagen);
  add_member_bool (builder, "paralleldagen_obligatory", requirement->paralleldagen_obligatory);
  json_builder_end_object (builder);
}

static void
build_counted (JsonBuilder             *builder,
               const OplScholingReport *report)
{
  json_builder_set_member_name (builder, "counted");
  json_builder_begin_object (builder);
  add_member_days (builder, "total", report->count.total);
  json_builder_set_member_name (builder, "by_kind");
  json_builder_begin_object (builder);
  for (guint k = 0; k < OPL_N_SCHOLING_KINDS; k++)
    add_member_days (builder, opl_scholing_kind_to_string (k), report->count.by_kind[k]);
  json_builder_end_object (builder);
  opl_cli_add_member_int (builder, "paralleldagen", report->count.paralleldagen);
  add_member_days (builder, "absent", report->count.absent);
  json_builder_end_object (builder);
}

static void
build_missing (JsonBuilder             *builder,
               const OplScholingReport *report)
{
  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->needs->len; i++)
    {
      const OplScholingNeed *need = &g_array_index (report->needs, OplScholingNeed, i);

      json_builder_begin_object (builder);
      opl_cli_add_member_string (builder, "what", opl_scholing_need_kind_to_string (need->kind));
      add_member_days (builder, "amount", need->amount);
      if (need->leergang > 0)
        opl_cli_add_member_int (builder, "leergang", need->leergang);
      opl_cli_add_member_date (builder, "by", &need->by);
      add_member_bool (builder, "overdue", need->overdue);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_leergangen (JsonBuilder             *builder,
                  const OplScholingReport *report,
                  OplInstitute            *institute)
{
  const OplScholingPath *path = &report->path;

  json_builder_set_member_name (builder, "leergangen");
  json_builder_begin_array (builder);
  for (int number = 1; number <= OPL_N_LEERGANGEN; number++)
    {
      const OplLeergangStatus *status = &path->leergangen[number];

      json_builder_begin_object (builder);
      opl_cli_add_member_int (builder, "number", number);
      opl_cli_add_member_string (builder, "title", opl_institute_get_leergang_title (institute, number));
      opl_cli_add_member_string (builder, "status", opl_leergang_state_to_string (status->state));
      if (status->year > 0)
        opl_cli_add_member_int (builder, "year", status->year);
      else
        opl_cli_add_member_string (builder, "year", NULL);
      opl_cli_add_member_int (builder, "days_registered", status->registered);
      add_member_days (builder, "attended", status->attended);
      add_member_days (builder, "missed", status->missed);
      add_member_bool (builder, "replacement_pending", status->replacement_pending);
      if (number == OPL_N_LEERGANGEN)
        add_member_bool (builder, "alternative", status->alternative);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "path");
  json_builder_begin_object (builder);
  add_member_days (builder, "startersdagen", path->startersdagen);
  opl_cli_add_member_int (builder, "startersdagen_required", opl_institute_get_rules (institute)->startersdagen);
  add_member_bool (builder, "startersdagen_done", path->startersdagen_done);
  opl_cli_add_member_int (builder, "leergangen_completed", path->n_completed);
  add_member_bool (builder, "certificate", path->certificate);
  opl_cli_add_member_int (builder, "next_leergang", path->next_leergang);
  json_builder_end_object (builder);
}

static void
build_quality_cycle (JsonBuilder             *builder,
                     const OplScholingReport *report,
                     OplInstitute            *institute)
{
  static const char * const advice[] = { "empty", "focused", "too-many" };

  json_builder_set_member_name (builder, "quality_cycle");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "opleider_since");
  if (report->opleider_since > 0)
    json_builder_add_int_value (builder, report->opleider_since);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "experience_year");
  if (report->requirement.experience_year >= 0)
    json_builder_add_int_value (builder, report->requirement.experience_year);
  else
    json_builder_add_null_value (builder);
  opl_cli_add_member_int (builder, "niveaukaart", report->niveaukaart);
  json_builder_set_member_name (builder, "hao_voortgangsgesprek");
  json_builder_begin_object (builder);
  opl_cli_add_member_int (builder, "every_years", report->hao_interval);
  opl_cli_add_member_date (builder, "last", &report->last_hao);
  opl_cli_add_member_date (builder, "next", &report->next_hao);
  add_member_bool (builder, "overdue", report->hao_overdue);
  json_builder_end_object (builder);
  opl_cli_add_member_int (builder, "leerpunten", report->leerpunten->len);
  opl_cli_add_member_int (builder, "advised_leerpunten", opl_institute_get_rules (institute)->advised_leerpunten);
  opl_cli_add_member_string (builder, "leerplan", advice[report->leerplan_advice]);
  json_builder_set_member_name (builder, "leoh");
  json_builder_begin_object (builder);
  opl_cli_add_member_int (builder, "due", report->leoh_due);
  opl_cli_add_member_int (builder, "done", report->leoh_done);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
print_report_json (const OplScholingReport *report,
                   OplPerson               *person,
                   OplInstitute            *institute)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "profile");
  json_builder_begin_object (builder);
  opl_cli_add_member_string (builder, "id", opl_person_get_id (person));
  opl_cli_add_member_string (builder, "name", opl_person_get_name (person));
  opl_cli_add_member_string (builder, "role", opl_role_to_string (opl_person_get_role (person)));
  json_builder_end_object (builder);
  opl_cli_add_member_string (builder, "institute", opl_institute_get_id (institute));
  opl_cli_add_member_int (builder, "year", report->year);
  json_builder_set_member_name (builder, "opleidingsjaar");
  json_builder_begin_object (builder);
  opl_cli_add_member_date (builder, "start", &report->first);
  opl_cli_add_member_date (builder, "end", &report->last);
  json_builder_end_object (builder);
  build_requirement (builder, report);
  build_counted (builder, report);
  build_missing (builder, report);
  build_leergangen (builder, report, institute);
  build_quality_cycle (builder, report, institute);
  json_builder_end_object (builder);
  opl_cli_print_json (builder);
}

static void
print_report_text (const OplScholingReport *report,
                   OplPerson               *person,
                   OplInstitute            *institute)
{
  g_autofree char *first = opl_date_to_iso (&report->first);
  g_autofree char *last = opl_date_to_iso (&report->last);

  /* Translators: name, role, the opleidingsjaar (2026–2027) and its first and last day */
  g_print (_("%s (%s), opleidingsjaar %d–%d, %s to %s\n"), opl_person_get_name (person),
           opl_role_get_label (opl_person_get_role (person)), report->year, report->year + 1, first, last);
  /* Translators: “4 of 8 days, 2 of 5 paralleldagen” */
  g_print (_("Scholingsdagen: %g of %g days, %d of %d paralleldagen\n"), report->count.total,
           report->requirement.days, report->count.paralleldagen, report->requirement.paralleldagen);

  for (guint i = 0; i < report->needs->len; i++)
    {
      const OplScholingNeed *need = &g_array_index (report->needs, OplScholingNeed, i);
      g_autofree char *by = g_date_valid (&need->by) ? opl_date_to_iso (&need->by) : NULL;
      g_autofree char *text = opl_scholing_need_describe (need, by);

      /* Translators: %s is what is still needed, with its date */
      g_print (_("Still needed: %s\n"), text);
    }

  for (int number = 1; number <= OPL_N_LEERGANGEN; number++)
    {
      const OplLeergangStatus *status = &report->path.leergangen[number];

      g_print (_("Leergang %d, %s: %s, %g of %d days\n"), number,
               opl_institute_get_leergang_title (institute, number),
               opl_leergang_state_get_label (status->state), status->attended,
               opl_institute_get_rules (institute)->leergang_days);
    }
}

/**
 * opl_cli_scholing:
 *
 * `--scholing`: an opleider's opleidingsjaar (--profile, or the hoofdopleider; --year,
 * or the current one).
 */
int
opl_cli_scholing (OplCliOptions *options,
                  const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplStore) store = NULL;
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(OplScholingReport) report = NULL;
  OplPerson *person;
  GDate today;
  int year = 0;

  if (options->year != NULL && !parse_year (options->year, &year))
    return opl_cli_usage_error (_("--year must be the year an opleidingsjaar starts in, YYYY from 1950 to 2200"));

  store = opl_cli_open_store (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return opl_cli_fail (error);

  institute = opl_store_load_institute (store, &error);
  if (institute == NULL)
    return opl_cli_fail (error);

  person = opl_store_find_profile (store, options->profile != NULL ? options->profile : "hoofdopleider");
  if (person == NULL)
    return opl_cli_usage_error (options->profile != NULL
                                ? _("--profile names no one in this practice (give an id, a role or a name)")
                                : _("The practice has no hoofdopleider; name a profile with --profile"));
  if (!opl_person_is_opleider (person))
    return opl_cli_usage_error (_("--scholing is kept for opleiders; --profile names someone else"));

  opl_date_set_today (&today);
  if (options->year == NULL)
    year = opl_scholing_year_of (opl_institute_get_rules (institute), &today);

  report = opl_store_get_scholing_report (store, institute, opl_person_get_id (person), year, &today, &error);
  if (report == NULL)
    return opl_cli_fail (error);

  if (options->json)
    print_report_json (report, person, institute);
  else
    print_report_text (report, person, institute);

  return OPL_EXIT_OK;
}

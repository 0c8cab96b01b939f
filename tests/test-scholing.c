/* test-scholing.c: the opleider's scholingsdagen and quality cycle, rule by rule.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: domain.md, "Scholing of the opleider" and "Quality cycle of the opleider";
 * design.md §3 (the institute profile); the scholing issue's list of edge cases: a duo
 * share of 50 %, a plaatsvervanger's second year, a leergang with one and with two
 * missed days, dispensation, a year boundary, half days.
 */

#include "config.h"

#include "opl-core-resources.h"
#include "opl-institute.h"
#include "opl-schedule.h"
#include "opl-scholing.h"
#include "opl-scholing-report.h"
#include "opl-traject.h"

/* The LUMC profile shipped with the app: the rules every test here uses. */
static OplInstitute *lumc;

static const OplScholingRules *
rules (void)
{
  return opl_institute_get_rules (lumc);
}

static GDate
date (int day,
      int month,
      int year)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return d;
}

static GPtrArray *
new_days (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) opl_scholing_day_free);
}

static OplScholingDay *
add (GPtrArray       *days,
     int              day,
     int              month,
     int              year,
     OplScholingKind  kind)
{
  GDate d = date (day, month, year);
  OplScholingDay *scholing = opl_scholing_day_new ("person", &d, kind);

  g_ptr_array_add (days, scholing);
  return scholing;
}

static OplScholingDay *
add_leergang (GPtrArray *days,
              int        day,
              int        month,
              int        year,
              int        number,
              int        leergang_day)
{
  OplScholingDay *scholing = add (days, day, month, year, OPL_SCHOLING_LEERGANG);

  scholing->leergang = number;
  scholing->leergang_day = leergang_day;
  return scholing;
}

/* The four days of leergang @number in opleidingsjaar @year: October and March. */
static void
add_whole_leergang (GPtrArray *days,
                    int        year,
                    int        number)
{
  add_leergang (days, 8, 10, year, number, 1);
  add_leergang (days, 9, 10, year, number, 2);
  add_leergang (days, 4, 3, year + 1, number, 3);
  add_leergang (days, 5, 3, year + 1, number, 4);
}

static const OplScholingNeed *
find_need (GArray              *needs,
           OplScholingNeedKind  kind)
{
  for (guint i = 0; i < needs->len; i++)
    {
      if (g_array_index (needs, OplScholingNeed, i).kind == kind)
        return &g_array_index (needs, OplScholingNeed, i);
    }

  return NULL;
}

/* design.md §3: the LUMC profile holds domain.md's numbers. */
static void
test_institute_lumc (void)
{
  const OplScholingRules *r = rules ();
  g_auto(GStrv) shipped = opl_institute_list_shipped ();
  GArray *months;

  g_assert_true (g_strv_contains ((const char * const *) shipped, "lumc"));
  g_assert_cmpstr (opl_institute_get_id (lumc), ==, OPL_INSTITUTE_DEFAULT);
  g_assert_cmpstr (opl_institute_get_name (lumc), ==, "LUMC Huisartsgeneeskunde");
  /* Seed 001 (Handleiding huisartsopleiders LUMC), the LEOh: "mail deze naar:
   * huisartsopleiders@lumc.nl", and "Zolang er nog geen e-portfolio voor opleiders is,
   * gebeurt dit door deze te mailen aan het opleiderssecretariaat.
   * huisartsopleiders@lumc.nl": the secretariat's real address, no stand-in. */
  g_assert_cmpstr (opl_institute_get_secretariat_email (lumc), ==, "huisartsopleiders@lumc.nl");
  g_assert_false (opl_institute_is_email_placeholder (lumc));
  g_assert_cmpint (opl_institute_get_version (lumc), ==, 3);

  g_assert_cmpfloat (r->days[OPL_ROLE_HOOFDOPLEIDER], ==, 8);
  /* Seed 002: "Voor een plaatsvervangend opleider geldt een minimum van 4 dagen. Het jaar
   * erop dient deze opleider wel 8 dagen te volgen en zijn/haar collega is dan
   * plaatsvervangend opleider": 4 in a year as plaatsvervangend, whatever the experience
   * (the role is kept per opleidingsjaar). */
  g_assert_cmpfloat (r->days[OPL_ROLE_PLAATSVERVANGEND_OPLEIDER], ==, 4);
  g_assert_cmpfloat (r->first_year_days[OPL_ROLE_PLAATSVERVANGEND_OPLEIDER], <, 0);
  g_assert_cmpfloat (r->first_year_days[OPL_ROLE_HOOFDOPLEIDER], <, 0);
  /* Seed 001: "Ervaren duo opleiders kunnen deze 8 dagen naar rato verdelen"; LUMC's
   * "ervaren opleider" is niveaukaart 4 (seed 004), from the sixth year. */
  g_assert_true (r->pro_rata[OPL_ROLE_DUO_OPLEIDER]);
  g_assert_cmpint (r->experienced_from_year[OPL_ROLE_DUO_OPLEIDER], ==, 6);
  g_assert_cmpint (r->experienced_from_year[OPL_ROLE_DUO_OPLEIDER], ==, r->niveaukaart_from_year[3]);
  g_assert_false (r->pro_rata[OPL_ROLE_HOOFDOPLEIDER]);
  g_assert_cmpint (r->paralleldagen, ==, 5);
  g_assert_true (r->paralleldagen_obligatory[OPL_ROLE_HOOFDOPLEIDER]);
  g_assert_false (r->paralleldagen_obligatory[OPL_ROLE_DUO_OPLEIDER]);
  g_assert_cmpint (r->startersdagen, ==, 2);
  g_assert_cmpint (r->leergang_days, ==, 4);
  g_assert_cmpfloat (r->max_missed_with_replacement, ==, 1);
  g_assert_cmpint (r->certificate_after, ==, 5);
  g_assert_cmpstr (opl_institute_get_leergang_title (lumc, 1), ==, "Fundament");
  g_assert_cmpstr (opl_institute_get_leergang_title (lumc, 5), ==, "EBM en klinisch redeneren");
  g_assert_cmpuint (opl_institute_get_n_alternatives (lumc), ==, 6);
  g_assert_cmpstr (opl_institute_get_alternative_title (lumc, "beoordelaar-bct"), ==, "Beoordelaar BCT");
  g_assert_cmpint (r->year_start_month, ==, G_DATE_SEPTEMBER);
  g_assert_cmpint (r->year_start_day, ==, 1);
  g_assert_cmpint (r->advised_leerpunten, ==, 2);

  /* domain.md, "LEOh": at least twice a year; the profile's months agree with the
   * schedule engine's. */
  g_assert_cmpint (opl_institute_get_leoh_per_year (lumc), ==, 2);
  for (OplPhase phase = OPL_PHASE_I; phase <= OPL_PHASE_II; phase++)
    {
      OplScheduleInput input = { .phase = phase, .parttime = 1.0 };
      g_autoptr(GArray) moments = NULL;
      GDate today = date (1, 9, 2026);
      guint n = 0;

      input.start = date (1, 9, 2026);
      g_date_clear (&input.end, 1);
      moments = opl_schedule_compute (&input, &today, NULL, NULL, NULL);
      months = opl_institute_get_leoh_months (lumc, phase);
      for (guint i = 0; i < moments->len; i++)
        {
          const OplMoment *moment = &g_array_index (moments, OplMoment, i);

          if (moment->kind != OPL_MOMENT_LEOH)
            continue;

          g_assert_cmpuint (n, <, months->len);
          g_assert_cmpint (moment->month, ==, g_array_index (months, int, n));
          n++;
        }
      g_assert_cmpuint (n, ==, months->len);
    }
}

static void
assert_refused (const char *json,
                const char *problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplInstitute) institute = opl_institute_new_from_data ("broken.json", json, -1, &error);

  g_assert_null (institute);
  g_assert_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_INVALID);
  /* The message names the file and the problem. */
  g_assert_nonnull (strstr (error->message, "broken.json"));
  if (strstr (error->message, problem) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, problem);
}

/* A copy of the shipped profile with one value replaced. */
static char *
lumc_with (const char *search,
           const char *replace)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (opl_core_get_resource (),
                                                    "/io/github/opleidingspraktijk/Opleidingspraktijk/data/institutes/lumc.json",
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) parts = g_strsplit (text, search, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoin (replace, parts[0], parts[1], NULL);
}

/* design.md §3 and the brief: a malformed profile is refused, naming file and problem. */
static void
test_institute_malformed (void)
{
  struct { const char *search, *replace, *problem; } cases[] = {
    { "\"hoofdopleider\": { \"days\": 8 }", "\"hoofdopleider\": { \"days\": 8.3 }", "scholing.requirement.hoofdopleider.days" },
    { "\"hoofdopleider\": { \"days\": 8 }", "\"hoofdopleider\": { }", "scholing.requirement.hoofdopleider.days" },
    { "\"per_year\": 5", "\"per_year\": \"vijf\"", "scholing.paralleldagen.per_year" },
    { "\"obligatory_for\": [ \"hoofdopleider\" ]", "\"obligatory_for\": [ \"aios\" ]", "obligatory_for" },
    { "\"start\": \"09-01\"", "\"start\": \"02-29\"", "opleidingsjaar.start" },
    { "\"start\": \"09-01\"", "\"start\": \"13-01\"", "opleidingsjaar.start" },
    { "\"days\": 4,", "\"days\": 0,", "scholing.leergang.days" },
    { "\"max_missed_days_with_replacement\": 1", "\"max_missed_days_with_replacement\": 4", "max_missed_days_with_replacement" },
    { "\"Fundament\",", "", "scholing.leergang.titles" },
    { "\"id\": \"intervisie\"", "\"id\": \"visiteur\"", "scholing.leergang.alternatives[2]" },
    { "[ 0, 2, 4, 6 ]", "[ 0, 4, 2, 6 ]", "niveaukaart_from_year" },
    { "[ 0, 2, 4, 6 ]", "[ 1, 2, 4, 6 ]", "niveaukaart_from_year" },
    { "{ \"from_year\": 4, \"every_years\": 2 }", "{ \"from_year\": 4, \"every_years\": 0 }", "hao_voortgangsgesprek[1]" },
    { "\"email\": \"huisartsopleiders@lumc.nl\"", "\"email\": \"secretariaat\"", "secretariat.email" },
    { "\"id\": \"lumc\"", "\"id\": \"LUMC Leiden\"", "“id”" },
    { "\"version\": 3", "\"version\": 0", "version" },
    { "\"experienced_from_year\": 6", "\"experienced_from_year\": \"zes\"", "scholing.requirement.duo-opleider.experienced_from_year" },
    { "\"fase-2\": [ 3, 9 ]", "\"fase-2\": [ 9, 3 ]", "leoh.months.fase-2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = lumc_with (cases[i].search, cases[i].replace);

      assert_refused (json, cases[i].problem);
    }

  assert_refused ("{ \"id\": ", "broken.json");
  assert_refused ("[ 1, 2 ]", "not an object");
}

static void
test_institute_unknown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplInstitute) institute = opl_institute_new_for_id ("../checklist", &error);

  g_assert_null (institute);
  g_assert_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_UNKNOWN);
  g_clear_error (&error);

  institute = opl_institute_new_for_id ("umcg", &error);
  g_assert_null (institute);
  g_assert_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_UNKNOWN);
  g_assert_nonnull (strstr (error->message, "umcg"));
}

/* An institute may compose the requirement differently (domain.md: "the counter's
 * rules are configurable"): its own file changes the numbers. */
static void
test_institute_own_file (void)
{
  g_autofree char *json = lumc_with ("\"hoofdopleider\": { \"days\": 8 }", "\"hoofdopleider\": { \"days\": 6 }");
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "umcx.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplInstitute) institute = NULL;
  OplScholingRequirement requirement;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  institute = opl_institute_new_from_file (file, &error);
  g_assert_no_error (error);
  opl_scholing_requirement (opl_institute_get_rules (institute), OPL_ROLE_HOOFDOPLEIDER, 3, 1.0, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 6);
}

/* domain.md: the requirement is per opleidingsjaar; LUMC's runs 1 September to 31
 * August (the institute profile). */
static void
test_year_boundary (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  GDate d = date (31, 8, 2027), first, last;
  OplScholingCount count;

  g_assert_cmpint (opl_scholing_year_of (rules (), &d), ==, 2026);
  d = date (1, 9, 2027);
  g_assert_cmpint (opl_scholing_year_of (rules (), &d), ==, 2027);
  d = date (1, 1, 2027);
  g_assert_cmpint (opl_scholing_year_of (rules (), &d), ==, 2026);

  /* A new registration for another year starts on its nearest day. */
  d = date (22, 11, 2026);
  opl_scholing_day_in_year (rules (), 2024, &d, &first);
  g_assert_cmpint (g_date_get_year (&first), ==, 2025);
  g_assert_cmpint (g_date_get_month (&first), ==, G_DATE_AUGUST);
  opl_scholing_day_in_year (rules (), 2026, &d, &first);
  g_assert_cmpint (g_date_compare (&first, &d), ==, 0);
  opl_scholing_day_in_year (rules (), 2030, &d, &first);
  g_assert_cmpint (g_date_get_year (&first), ==, 2030);
  g_assert_cmpint (g_date_get_month (&first), ==, G_DATE_SEPTEMBER);

  opl_scholing_year_bounds (rules (), 2026, &first, &last);
  d = date (1, 9, 2026);
  g_assert_cmpint (g_date_compare (&first, &d), ==, 0);
  d = date (31, 8, 2027);
  g_assert_cmpint (g_date_compare (&last, &d), ==, 0);

  /* A day on 31 August counts for the year that ends; 1 September for the next. */
  add (days, 31, 8, 2027, OPL_SCHOLING_PARALLELDAG);
  add (days, 1, 9, 2027, OPL_SCHOLING_OPLEIDERSTWEEDAAGSE);
  opl_scholing_count (rules (), days, 2026, &count);
  g_assert_cmpfloat (count.total, ==, 1);
  g_assert_cmpint (count.paralleldagen, ==, 1);
  opl_scholing_count (rules (), days, 2027, &count);
  g_assert_cmpfloat (count.total, ==, 1);
  g_assert_cmpfloat (count.by_kind[OPL_SCHOLING_OPLEIDERSTWEEDAAGSE], ==, 1);
  g_assert_cmpint (count.paralleldagen, ==, 0);
}

/* domain.md: a hoofdopleider 8 scholingsdagen, unless dispensation (e.g. a kaderopleiding). */
static void
test_requirement_hoofdopleider_dispensation (void)
{
  OplScholingRequirement requirement;

  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 3, 0.5, 0, &requirement);
  /* The hoofdopleider does not split: the share does not matter. */
  g_assert_cmpfloat (requirement.days, ==, 8);
  g_assert_true (requirement.paralleldagen_obligatory);
  g_assert_cmpint (requirement.paralleldagen, ==, 5);

  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 3, 1.0, 3, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 5);
  g_assert_cmpfloat (requirement.dispensation_days, ==, 3);

  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 3, 1.0, 8, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 0);
  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 3, 1.0, 12, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 0);
}

/* domain.md: experienced duo-opleiders may split the 8 pro rata; 50 % -> 4 days. */
static void
test_requirement_duo_share (void)
{
  OplScholingRequirement requirement;

  opl_scholing_requirement (rules (), OPL_ROLE_DUO_OPLEIDER, 3, 0.5, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 4);
  g_assert_cmpfloat (requirement.share, ==, 0.5);
  g_assert_cmpfloat (requirement.base_days, ==, 8);
  /* Paralleldagen are optional for the duo-opleider. */
  g_assert_false (requirement.paralleldagen_obligatory);

  /* 40 % of 8 is 3.2: rounded up to the half day. */
  opl_scholing_requirement (rules (), OPL_ROLE_DUO_OPLEIDER, 3, 0.4, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 3.5);

  /* Share and dispensation together. */
  opl_scholing_requirement (rules (), OPL_ROLE_DUO_OPLEIDER, 3, 0.5, 1, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 3);
}

/* Seed 002: "Voor een plaatsvervangend opleider geldt een minimum van 4 dagen. Het jaar
 * erop dient deze opleider wel 8 dagen te volgen en zijn/haar collega is dan
 * plaatsvervangend opleider." The requirement follows the role of the opleidingsjaar:
 * 4 in a year as plaatsvervangend, 8 the next year as hoofdopleider. */
static void
test_requirement_plaatsvervanger (void)
{
  OplScholingRequirement requirement;
  OplScholingRules first_year_rules = *rules ();
  int since = 2025;

  opl_scholing_requirement (rules (), OPL_ROLE_PLAATSVERVANGEND_OPLEIDER,
                            opl_scholing_experience_year (since, 2025), 1.0, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 4);
  opl_scholing_requirement (rules (), OPL_ROLE_PLAATSVERVANGEND_OPLEIDER,
                            opl_scholing_experience_year (since, 2028), 1.0, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 4);

  /* The year after, as hoofdopleider. */
  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER,
                            opl_scholing_experience_year (since, 2026), 1.0, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 8);

  /* An institute whose profile sets fewer days in the first year only (first_year_days). */
  first_year_rules.days[OPL_ROLE_PLAATSVERVANGEND_OPLEIDER] = 8;
  first_year_rules.first_year_days[OPL_ROLE_PLAATSVERVANGEND_OPLEIDER] = 4;
  opl_scholing_requirement (&first_year_rules, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER,
                            opl_scholing_experience_year (since, 2025), 1.0, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 4);
  g_assert_true (requirement.first_year);
  opl_scholing_requirement (&first_year_rules, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER,
                            opl_scholing_experience_year (since, 2026), 1.0, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 8);
  g_assert_false (requirement.first_year);
  /* Unknown experience: the full requirement, not the first year's. */
  opl_scholing_requirement (&first_year_rules, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER,
                            opl_scholing_experience_year (0, 2026), 1.0, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 8);
}

/* Seed 001: "Ervaren duo opleiders kunnen deze 8 dagen naar rato verdelen". Who is
 * experienced: LUMC's "ervaren opleider" (seed 004, niveaukaart 4), from the sixth year
 * as opleider, unless the practice set it for the year. */
static void
test_experienced (void)
{
  g_assert_false (opl_scholing_is_experienced (rules (), OPL_ROLE_DUO_OPLEIDER, 3, OPL_EXPERIENCED_BY_PROFILE));
  g_assert_false (opl_scholing_is_experienced (rules (), OPL_ROLE_DUO_OPLEIDER, 5, OPL_EXPERIENCED_BY_PROFILE));
  g_assert_true (opl_scholing_is_experienced (rules (), OPL_ROLE_DUO_OPLEIDER, 6, OPL_EXPERIENCED_BY_PROFILE));
  g_assert_true (opl_scholing_is_experienced (rules (), OPL_ROLE_DUO_OPLEIDER, 3, OPL_EXPERIENCED_YES));
  g_assert_false (opl_scholing_is_experienced (rules (), OPL_ROLE_DUO_OPLEIDER, 9, OPL_EXPERIENCED_NO));
}

/* domain.md: 2 startersdagen before the first aios; the yearly days are an opleider's. */
static void
test_aspirant_startersdagen (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GArray) needs = NULL;
  OplScholingRequirement requirement;
  OplScholingCount count;
  OplScholingPath path;
  const OplScholingNeed *need;
  GDate today = date (1, 2, 2026);

  g_assert_cmpint (opl_scholing_experience_year (2026, 2025), ==, 0);
  g_assert_cmpint (opl_scholing_experience_year (2026, 2026), ==, 1);

  add (days, 15, 1, 2026, OPL_SCHOLING_STARTERSDAG);
  opl_scholing_requirement (rules (), OPL_ROLE_DUO_OPLEIDER, 0, 1.0, 0, &requirement);
  g_assert_cmpfloat (requirement.days, ==, 0);
  opl_scholing_count (rules (), days, 2025, &count);
  opl_scholing_path (rules (), days, 2025, &path);
  g_assert_cmpfloat (path.startersdagen, ==, 1);
  g_assert_false (path.startersdagen_done);
  needs = opl_scholing_needs (rules (), &requirement, &count, &path, 2025, &today);
  need = find_need (needs, OPL_NEED_STARTERSDAGEN);
  g_assert_nonnull (need);
  g_assert_cmpfloat (need->amount, ==, 1);
  g_assert_false (g_date_valid (&need->by));
  g_assert_null (find_need (needs, OPL_NEED_DAYS));

  add (days, 16, 1, 2026, OPL_SCHOLING_STARTERSDAG);
  opl_scholing_path (rules (), days, 2025, &path);
  g_assert_true (path.startersdagen_done);
}

/* domain.md: 5 paralleldagen a year, obligatory for the hoofdopleider, optional for the
 * duo-opleider: an optional one is never missing. */
static void
test_paralleldagen (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GArray) hoofd_needs = NULL;
  g_autoptr(GArray) duo_needs = NULL;
  OplScholingRequirement hoofd, duo;
  OplScholingCount count;
  OplScholingPath path;
  OplScholingDay *absent;
  GDate today = date (1, 12, 2026);

  add (days, 15, 9, 2026, OPL_SCHOLING_PARALLELDAG);
  add (days, 13, 10, 2026, OPL_SCHOLING_PARALLELDAG)->half_day = TRUE;
  absent = add (days, 10, 11, 2026, OPL_SCHOLING_PARALLELDAG);
  absent->attended = FALSE;

  opl_scholing_count (rules (), days, 2026, &count);
  /* A half paralleldag is a paralleldag attended, and half a day. */
  g_assert_cmpint (count.paralleldagen, ==, 2);
  g_assert_cmpfloat (count.by_kind[OPL_SCHOLING_PARALLELDAG], ==, 1.5);
  g_assert_cmpfloat (count.absent, ==, 1);

  opl_scholing_path (rules (), days, 2026, &path);
  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 4, 1.0, 0, &hoofd);
  opl_scholing_requirement (rules (), OPL_ROLE_DUO_OPLEIDER, 4, 0.5, 0, &duo);
  hoofd_needs = opl_scholing_needs (rules (), &hoofd, &count, &path, 2026, &today);
  duo_needs = opl_scholing_needs (rules (), &duo, &count, &path, 2026, &today);

  g_assert_nonnull (find_need (hoofd_needs, OPL_NEED_PARALLELDAGEN));
  g_assert_cmpfloat (find_need (hoofd_needs, OPL_NEED_PARALLELDAGEN)->amount, ==, 3);
  g_assert_null (find_need (duo_needs, OPL_NEED_PARALLELDAGEN));
  /* The days still count for the duo: 1.5 of 4. */
  g_assert_cmpfloat (find_need (duo_needs, OPL_NEED_DAYS)->amount, ==, 2.5);
}

/* The issue: half days count 0.5; a day absent does not count. */
static void
test_half_days_and_absent (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  OplScholingCount count;
  OplScholingDay *day;

  add (days, 1, 10, 2026, OPL_SCHOLING_OTHER)->half_day = TRUE;
  add (days, 2, 10, 2026, OPL_SCHOLING_OPLEIDERSTWEEDAAGSE);
  add (days, 3, 10, 2026, OPL_SCHOLING_OPLEIDERSTWEEDAAGSE)->attended = FALSE;
  day = add (days, 4, 10, 2026, OPL_SCHOLING_OTHER);
  day->half_day = TRUE;
  day->attended = FALSE;

  g_assert_cmpfloat (opl_scholing_day_value (g_ptr_array_index (days, 0)), ==, 0.5);
  g_assert_cmpfloat (opl_scholing_day_value (g_ptr_array_index (days, 2)), ==, 0);

  opl_scholing_count (rules (), days, 2026, &count);
  g_assert_cmpfloat (count.total, ==, 1.5);
  g_assert_cmpfloat (count.by_kind[OPL_SCHOLING_OTHER], ==, 0.5);
  g_assert_cmpfloat (count.by_kind[OPL_SCHOLING_OPLEIDERSTWEEDAAGSE], ==, 1);
  g_assert_cmpfloat (count.absent, ==, 1.5);
}

/* domain.md: 4 days per leergang; 1 day missed: a replacement assignment. */
static void
test_leergang_one_missed (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GArray) needs = NULL;
  OplScholingRequirement requirement;
  OplScholingCount count;
  OplScholingPath path;
  const OplScholingNeed *need;
  OplScholingDay *missed;
  GDate today = date (1, 4, 2027);

  add_whole_leergang (days, 2026, 2);
  missed = g_ptr_array_index (days, 2);
  missed->attended = FALSE;

  opl_scholing_path (rules (), days, 2026, &path);
  g_assert_cmpint (path.leergangen[2].state, ==, OPL_LEERGANG_REPLACEMENT_NEEDED);
  g_assert_cmpfloat (path.leergangen[2].missed, ==, 1);
  g_assert_cmpfloat (path.leergangen[2].attended, ==, 3);
  g_assert_true (path.leergangen[2].replacement_pending);

  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 2, 1.0, 0, &requirement);
  opl_scholing_count (rules (), days, 2026, &count);
  needs = opl_scholing_needs (rules (), &requirement, &count, &path, 2026, &today);
  need = find_need (needs, OPL_NEED_REPLACEMENT);
  g_assert_nonnull (need);
  g_assert_cmpint (need->leergang, ==, 2);
  g_assert_cmpint (g_date_get_year (&need->by), ==, 2027);
  g_assert_cmpint (g_date_get_month (&need->by), ==, G_DATE_AUGUST);
  g_assert_false (need->overdue);
  g_assert_null (find_need (needs, OPL_NEED_REDO_LEERGANG));

  /* The replacement assignment done: the leergang is complete. */
  missed->replacement_done = TRUE;
  opl_scholing_path (rules (), days, 2026, &path);
  g_assert_cmpint (path.leergangen[2].state, ==, OPL_LEERGANG_COMPLETED);
  g_assert_false (path.leergangen[2].replacement_pending);

  /* A half day attended is half a day missed: a replacement too. */
  missed->attended = TRUE;
  missed->half_day = TRUE;
  missed->replacement_done = FALSE;
  opl_scholing_path (rules (), days, 2026, &path);
  g_assert_cmpint (path.leergangen[2].state, ==, OPL_LEERGANG_REPLACEMENT_NEEDED);
  g_assert_cmpfloat (path.leergangen[2].missed, ==, 0.5);
}

/* domain.md: 2 days missed: the leergang must be done again. */
static void
test_leergang_two_missed (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GArray) needs = NULL;
  OplScholingRequirement requirement;
  OplScholingCount count;
  OplScholingPath path;
  GDate today = date (1, 4, 2027);

  add_whole_leergang (days, 2026, 3);
  ((OplScholingDay *) g_ptr_array_index (days, 0))->attended = FALSE;
  ((OplScholingDay *) g_ptr_array_index (days, 3))->attended = FALSE;
  ((OplScholingDay *) g_ptr_array_index (days, 3))->replacement_done = TRUE;

  opl_scholing_path (rules (), days, 2026, &path);
  g_assert_cmpint (path.leergangen[3].state, ==, OPL_LEERGANG_REDO);
  g_assert_false (path.leergangen[3].replacement_pending);

  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 3, 1.0, 0, &requirement);
  opl_scholing_count (rules (), days, 2026, &count);
  needs = opl_scholing_needs (rules (), &requirement, &count, &path, 2026, &today);
  g_assert_nonnull (find_need (needs, OPL_NEED_REDO_LEERGANG));
  g_assert_cmpint (find_need (needs, OPL_NEED_REDO_LEERGANG)->leergang, ==, 3);
  g_assert_null (find_need (needs, OPL_NEED_REPLACEMENT));

  /* One and a half days missed is more than a replacement covers: redo as well. */
  ((OplScholingDay *) g_ptr_array_index (days, 0))->attended = TRUE;
  ((OplScholingDay *) g_ptr_array_index (days, 0))->half_day = TRUE;
  opl_scholing_path (rules (), days, 2026, &path);
  g_assert_cmpint (path.leergangen[3].state, ==, OPL_LEERGANG_REDO);

  /* Done again the next year: completed, in that year. */
  add_whole_leergang (days, 2027, 3);
  opl_scholing_path (rules (), days, 2027, &path);
  g_assert_cmpint (path.leergangen[3].state, ==, OPL_LEERGANG_COMPLETED);
  g_assert_cmpint (path.leergangen[3].year, ==, 2027);
  /* Looked at from 2026 the later attempt does not exist yet. */
  opl_scholing_path (rules (), days, 2026, &path);
  g_assert_cmpint (path.leergangen[3].state, ==, OPL_LEERGANG_REDO);
}

/* domain.md: leergang 1 to 5, a certificate after 5, then leergang 6: 4 days a year or
 * an approved alternative. */
static void
test_path_certificate (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GArray) needs = NULL;
  OplScholingRequirement requirement;
  OplScholingCount count;
  OplScholingPath path;
  OplScholingDay *alternative;
  GDate today = date (1, 10, 2025);

  add (days, 10, 3, 2020, OPL_SCHOLING_STARTERSDAG);
  add (days, 11, 3, 2020, OPL_SCHOLING_STARTERSDAG);
  for (int number = 1; number <= 4; number++)
    add_whole_leergang (days, 2019 + number, number);

  opl_scholing_path (rules (), days, 2023, &path);
  g_assert_true (path.startersdagen_done);
  g_assert_cmpint (path.n_completed, ==, 4);
  g_assert_false (path.certificate);
  g_assert_cmpint (path.next_leergang, ==, 5);
  g_assert_cmpint (path.leergangen[5].state, ==, OPL_LEERGANG_NOT_STARTED);

  add_whole_leergang (days, 2024, 5);
  opl_scholing_path (rules (), days, 2024, &path);
  g_assert_true (path.certificate);
  g_assert_cmpint (path.next_leergang, ==, 6);

  /* After the certificate, leergang 6 each year: still needed in 2025. */
  opl_scholing_path (rules (), days, 2025, &path);
  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 6, 1.0, 0, &requirement);
  opl_scholing_count (rules (), days, 2025, &count);
  needs = opl_scholing_needs (rules (), &requirement, &count, &path, 2025, &today);
  g_assert_nonnull (find_need (needs, OPL_NEED_LEERGANG6));
  g_assert_cmpfloat (find_need (needs, OPL_NEED_LEERGANG6)->amount, ==, 4);
  g_clear_pointer (&needs, g_array_unref);

  /* An approved alternative (intervisie) completes it for that year. */
  alternative = add (days, 5, 11, 2025, OPL_SCHOLING_LEERGANG6_ALTERNATIVE);
  alternative->alternative = g_strdup ("intervisie");
  opl_scholing_path (rules (), days, 2025, &path);
  g_assert_cmpint (path.leergangen[6].state, ==, OPL_LEERGANG_COMPLETED);
  g_assert_true (path.leergangen[6].alternative);
  needs = opl_scholing_needs (rules (), &requirement, &count, &path, 2025, &today);
  g_assert_null (find_need (needs, OPL_NEED_LEERGANG6));

  /* ... and only for that year: 2026 is not started while it runs, missing once over. */
  today = date (1, 10, 2026);
  opl_scholing_path_on (rules (), days, 2026, 7, &today, &path);
  g_assert_cmpint (path.leergangen[6].state, ==, OPL_LEERGANG_NOT_STARTED);
  opl_scholing_path (rules (), days, 2026, &path);
  g_assert_cmpint (path.leergangen[6].state, ==, OPL_LEERGANG_MISSING);
}

/* Issue 18, item 9. Seed 002 (002_*.txt), "Alle opleiders (hoofd en duo-opleiders) volgen
 * gedurende 5 jaar 5 leergangen [...] Ieder jaar volgt de opleider tweemaal onderwijs
 * gedurende een tweedaagse": one leergang a year. A year of an opleider without a day of
 * the next leergang owes it: needed while the year runs, missing once it is over. */
static void
test_leergang_a_year (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GArray) needs = NULL;
  OplScholingRequirement requirement;
  OplScholingCount count;
  OplScholingPath path;
  const OplScholingNeed *need;
  GDate today = date (1, 2, 2027);

  add_whole_leergang (days, 2025, 1);
  opl_scholing_path_on (rules (), days, 2026, 2, &today, &path);
  g_assert_cmpint (path.leergangen[1].state, ==, OPL_LEERGANG_COMPLETED);
  g_assert_cmpint (path.owed_leergang, ==, 2);
  g_assert_cmpint (path.leergangen[2].state, ==, OPL_LEERGANG_NOT_STARTED);
  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 2, 1.0, 0, &requirement);
  opl_scholing_count (rules (), days, 2026, &count);
  needs = opl_scholing_needs (rules (), &requirement, &count, &path, 2026, &today);
  need = find_need (needs, OPL_NEED_LEERGANG);
  g_assert_nonnull (need);
  g_assert_cmpint (need->leergang, ==, 2);
  g_assert_cmpint (g_date_get_year (&need->by), ==, 2027);
  g_assert_cmpint (g_date_get_month (&need->by), ==, G_DATE_AUGUST);

  /* The year over without a day of it: leergang 2 is missing. */
  opl_scholing_path_on (rules (), days, 2026, 2, NULL, &path);
  g_assert_cmpint (path.leergangen[2].state, ==, OPL_LEERGANG_MISSING);
  g_assert_cmpstr (opl_leergang_state_to_string (OPL_LEERGANG_MISSING), ==, "missing");

  /* An aspirant (no aios yet) owes none; nor a year with a day of it. */
  opl_scholing_path_on (rules (), days, 2026, 0, NULL, &path);
  g_assert_cmpint (path.owed_leergang, ==, 0);
  add_leergang (days, 8, 10, 2026, 2, 1);
  opl_scholing_path_on (rules (), days, 2026, 2, &today, &path);
  g_assert_cmpint (path.owed_leergang, ==, 0);
  g_assert_cmpint (path.leergangen[2].state, ==, OPL_LEERGANG_IN_PROGRESS);
}

/* Issue 18, item 9: "a leergang whose four days fall in two opleidingsjaren completes"
 * (seed 002: "tweemaal [...] een tweedaagse": a tweedaagse in June, the other in
 * November, across 1 September). */
static void
test_leergang_across_years (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  OplScholingPath path;

  add_leergang (days, 11, 6, 2026, 3, 1);
  add_leergang (days, 12, 6, 2026, 3, 2);
  add_leergang (days, 5, 11, 2026, 3, 3);
  add_leergang (days, 6, 11, 2026, 3, 4);
  opl_scholing_path (rules (), days, 2026, &path);
  g_assert_cmpint (path.leergangen[3].state, ==, OPL_LEERGANG_COMPLETED);
  g_assert_cmpint (path.leergangen[3].year, ==, 2025);
  g_assert_cmpint (path.leergangen[3].last_year, ==, 2026);
  g_assert_cmpfloat (path.leergangen[3].missed, ==, 0);

  /* Looked at from 2025 (its second tweedaagse still to come) it is in progress. */
  opl_scholing_path (rules (), days, 2025, &path);
  g_assert_cmpint (path.leergangen[3].state, ==, OPL_LEERGANG_IN_PROGRESS);
}

/* Issue 18, item 9. Seed 002: "Tijdens de leergangen wordt aanwezigheid verwacht van 4
 * dagen per leergang. Indien de opleider 1 dag afwezig is, volgt er een vervangende
 * opdracht. Indien er 2 dagen niet gevolgd worden dient de opleider de leergang opnieuw
 * te volgen." A leergang whose year ended with a day never registered is not "in
 * progress": one day short needs the replacement assignment, two the leergang again. */
static void
test_leergang_year_ended (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  OplScholingPath path;
  GDate during = date (1, 5, 2027);

  add_leergang (days, 8, 10, 2026, 4, 1);
  add_leergang (days, 9, 10, 2026, 4, 2);
  add_leergang (days, 4, 3, 2027, 4, 3);
  opl_scholing_path_on (rules (), days, 2026, 4, &during, &path);
  g_assert_cmpint (path.leergangen[4].state, ==, OPL_LEERGANG_IN_PROGRESS);

  /* A year after its first day, day 4 never came: a replacement assignment. */
  opl_scholing_path (rules (), days, 2027, &path);
  g_assert_true (path.leergangen[4].ended);
  g_assert_cmpint (path.leergangen[4].state, ==, OPL_LEERGANG_REPLACEMENT_NEEDED);
  g_assert_cmpfloat (path.leergangen[4].missed, ==, 1);

  /* Two days short: to do again. */
  g_ptr_array_remove_index (days, 2);
  opl_scholing_path (rules (), days, 2027, &path);
  g_assert_cmpint (path.leergangen[4].state, ==, OPL_LEERGANG_REDO);
  g_assert_cmpfloat (path.leergangen[4].missed, ==, 2);
}

/* Issue 18, item 9. Seed 002: "Na afronding van leergang 5 ontvangt de opleider een
 * certificaat. Met dit certificaat stroomt de opleider leergang 6 in": before the
 * certificate leergang 6 is not in progress, whatever is registered as its. */
static void
test_leergang6_after_certificate (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  OplScholingPath path;

  for (int number = 1; number <= 3; number++)
    add_whole_leergang (days, 2020 + number, number);
  add_leergang (days, 8, 10, 2024, 6, 1);
  opl_scholing_path (rules (), days, 2024, &path);
  g_assert_false (path.certificate);
  g_assert_cmpint (path.leergangen[6].state, ==, OPL_LEERGANG_NOT_STARTED);
  g_assert_cmpfloat (path.leergangen[6].attended, ==, 0);
}

/* The issue: what is still missing and by when (the end of the opleidingsjaar). */
static void
test_needs_by_year_end (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GArray) needs = NULL;
  g_autoptr(GArray) late = NULL;
  OplScholingRequirement requirement;
  OplScholingCount count;
  OplScholingPath path;
  const OplScholingNeed *need;
  GDate today = date (1, 12, 2026), after = date (1, 9, 2027);
  g_autofree char *text = NULL;

  add (days, 15, 9, 2026, OPL_SCHOLING_PARALLELDAG);
  add (days, 13, 10, 2026, OPL_SCHOLING_OPLEIDERSTWEEDAAGSE)->half_day = TRUE;
  opl_scholing_requirement (rules (), OPL_ROLE_HOOFDOPLEIDER, 5, 1.0, 0, &requirement);
  opl_scholing_count (rules (), days, 2026, &count);
  opl_scholing_path (rules (), days, 2026, &path);
  needs = opl_scholing_needs (rules (), &requirement, &count, &path, 2026, &today);

  need = find_need (needs, OPL_NEED_DAYS);
  g_assert_cmpfloat (need->amount, ==, 6.5);
  g_assert_cmpint (g_date_get_day (&need->by), ==, 31);
  g_assert_cmpint (g_date_get_month (&need->by), ==, G_DATE_AUGUST);
  g_assert_cmpint (g_date_get_year (&need->by), ==, 2027);
  g_assert_false (need->overdue);
  text = opl_scholing_need_describe (need, "31 August 2027");
  g_assert_cmpstr (text, ==, "6½ more scholingsdagen by 31 August 2027");

  /* Looked at after the year's end, what was missing is overdue. */
  late = opl_scholing_needs (rules (), &requirement, &count, &path, 2026, &after);
  g_assert_true (find_need (late, OPL_NEED_DAYS)->overdue);
  g_assert_true (find_need (late, OPL_NEED_PARALLELDAGEN)->overdue);
}

static void
test_pro_rata_share (void)
{
  g_autoptr(GPtrArray) trajecten = g_ptr_array_new_with_free_func (g_object_unref);
  GDate start = date (1, 3, 2026), end = date (28, 2, 2027);
  OplTraject *traject = opl_traject_new ("t1", "aios", "Aios", OPL_PHASE_I, &start, &end, 1.0);

  opl_traject_add_opleider (traject, "duo", "Duo", OPL_ROLE_DUO_OPLEIDER, 0.5);
  opl_traject_add_opleider (traject, "hoofd", "Hoofd", OPL_ROLE_HOOFDOPLEIDER, 0.5);
  g_ptr_array_add (trajecten, traject);

  g_assert_cmpfloat (opl_scholing_pro_rata_share (rules (), 2026, trajecten, "duo"), ==, 0.5);
  g_assert_cmpfloat (opl_scholing_pro_rata_share (rules (), 2025, trajecten, "duo"), ==, 0.5);
  /* No traject in the opleidingsjaar: nothing to split. */
  g_assert_cmpfloat (opl_scholing_pro_rata_share (rules (), 2027, trajecten, "duo"), ==, 1.0);
  g_assert_cmpfloat (opl_scholing_pro_rata_share (rules (), 2026, trajecten, "someone-else"), ==, 1.0);
}

static void
assert_invalid (OplScholingDay *day)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (opl_scholing_day_validate (rules (), day, &error));
  g_assert_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID);
}

static void
test_validate (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GError) error = NULL;
  OplScholingDay *day;

  day = add_leergang (days, 1, 10, 2026, 7, 1);
  assert_invalid (day);
  day->leergang = 2;
  day->leergang_day = 5;
  assert_invalid (day);
  day->leergang_day = 4;
  g_assert_true (opl_scholing_day_validate (rules (), day, &error));
  g_assert_no_error (error);
  /* A replacement assignment is for time missed. */
  day->replacement_done = TRUE;
  assert_invalid (day);
  day->attended = FALSE;
  g_assert_true (opl_scholing_day_validate (rules (), day, NULL));

  day = add (days, 2, 10, 2026, OPL_SCHOLING_PARALLELDAG);
  day->leergang = 1;
  assert_invalid (day);
  day->leergang = 0;
  day->attended = FALSE;
  day->replacement_done = TRUE;
  assert_invalid (day);

  day = add (days, 3, 10, 2026, OPL_SCHOLING_LEERGANG6_ALTERNATIVE);
  assert_invalid (day);
  day->alternative = g_strdup ("visiteur");
  g_assert_true (opl_scholing_day_validate (rules (), day, NULL));

  day = add (days, 4, 10, 2026, OPL_SCHOLING_OTHER);
  day->title = g_strdup ("   ");
  assert_invalid (day);
  g_free (day->title);
  day->title = g_strdup ("Cursus motiverende gespreksvoering");
  g_assert_true (opl_scholing_day_validate (rules (), day, NULL));

  g_date_clear (&day->date, 1);
  assert_invalid (day);
}

static void
test_conflicts (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(OplScholingDay) same_day = NULL;
  g_autoptr(OplScholingDay) next_year = NULL;
  g_autoptr(GError) error = NULL;
  OplScholingDay *morning, *afternoon;
  GDate d = date (5, 3, 2027);

  add_leergang (days, 8, 10, 2026, 2, 1);
  morning = add (days, 9, 10, 2026, OPL_SCHOLING_OTHER);
  morning->half_day = TRUE;

  /* Two half days on one date are one day. */
  afternoon = opl_scholing_day_new ("person", &morning->date, OPL_SCHOLING_PARALLELDAG);
  afternoon->half_day = TRUE;
  g_assert_true (opl_scholing_check_conflicts (rules (), days, afternoon, &error));
  g_assert_no_error (error);
  afternoon->half_day = FALSE;
  g_assert_false (opl_scholing_check_conflicts (rules (), days, afternoon, &error));
  g_assert_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID);
  g_clear_error (&error);
  opl_scholing_day_free (afternoon);

  /* A registration does not conflict with itself when it is edited. */
  g_assert_true (opl_scholing_check_conflicts (rules (), days, morning, NULL));

  /* The same leergang day twice in one opleidingsjaar. */
  same_day = opl_scholing_day_new ("person", &d, OPL_SCHOLING_LEERGANG);
  same_day->leergang = 2;
  same_day->leergang_day = 1;
  g_assert_false (opl_scholing_check_conflicts (rules (), days, same_day, &error));
  g_assert_nonnull (strstr (error->message, "Leergang 2, day 1"));

  /* ... is fine in another one (the leergang done again). */
  d = date (7, 10, 2027);
  next_year = opl_scholing_day_new ("person", &d, OPL_SCHOLING_LEERGANG);
  next_year->leergang = 2;
  next_year->leergang_day = 1;
  g_assert_true (opl_scholing_check_conflicts (rules (), days, next_year, NULL));
}

/* domain.md, "Quality cycle": niveaukaart 1 aspirant and first year; 2 second and third;
 * 3 fourth and fifth; 4 sixth year and later. */
static void
test_niveaukaart (void)
{
  const int expected[] = { 1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 4 };

  for (int year = 0; year < (int) G_N_ELEMENTS (expected); year++)
    g_assert_cmpint (opl_quality_niveaukaart (rules (), year), ==, expected[year]);

  g_assert_cmpint (opl_quality_niveaukaart (rules (), -1), ==, 0);
}

/* domain.md, "Quality cycle": the HAO-voortgangsgesprek 0-3 years once a year, 4-5 once
 * every 2 years, 6 and more once every 3 years. */
static void
test_hao_voortgangsgesprek (void)
{
  const int expected[] = { 1, 1, 1, 1, 2, 2, 3, 3, 3 };
  GDate last = date (29, 2, 2024), year_end = date (31, 8, 2027), next;

  for (int year = 0; year < (int) G_N_ELEMENTS (expected); year++)
    g_assert_cmpint (opl_quality_hao_interval (rules (), year), ==, expected[year]);
  g_assert_cmpint (opl_quality_hao_interval (rules (), -1), ==, 1);

  /* The next one: the interval after the last (29 February + 3 years: 28 February). */
  opl_quality_next_hao (rules (), 7, &last, &year_end, &next);
  g_assert_cmpint (g_date_get_year (&next), ==, 2027);
  g_assert_cmpint (g_date_get_month (&next), ==, G_DATE_FEBRUARY);
  g_assert_cmpint (g_date_get_day (&next), ==, 28);
  opl_quality_next_hao (rules (), 4, &last, &year_end, &next);
  g_assert_cmpint (g_date_get_year (&next), ==, 2026);

  /* Never held: due this opleidingsjaar. */
  opl_quality_next_hao (rules (), 2, NULL, &year_end, &next);
  g_assert_cmpint (g_date_compare (&next, &year_end), ==, 0);
}

/* domain.md, "Quality cycle": better two leerpunten that are worked on than four that
 * stay on paper. */
static void
test_leerplan_advice (void)
{
  g_assert_cmpint (opl_quality_leerplan_advice (rules (), 0), ==, OPL_LEERPLAN_EMPTY);
  g_assert_cmpint (opl_quality_leerplan_advice (rules (), 1), ==, OPL_LEERPLAN_FOCUSED);
  g_assert_cmpint (opl_quality_leerplan_advice (rules (), 2), ==, OPL_LEERPLAN_FOCUSED);
  g_assert_cmpint (opl_quality_leerplan_advice (rules (), 3), ==, OPL_LEERPLAN_TOO_MANY);
  g_assert_cmpint (opl_quality_leerplan_advice (rules (), 4), ==, OPL_LEERPLAN_TOO_MANY);
}

/* All the rules together for one opleider and year. */
static void
test_report (void)
{
  g_autoptr(GPtrArray) days = new_days ();
  g_autoptr(GPtrArray) leerpunten = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_leerpunt_free);
  g_autoptr(OplScholingReport) report = NULL;
  GDate last_hao = date (10, 3, 2026), today = date (22, 11, 2026);
  OplScholingFacts facts = {
    .role = OPL_ROLE_DUO_OPLEIDER,
    .opleider_since = 2024,
    .share = 0.5,
    .experienced = OPL_EXPERIENCED_YES,   /* set for the year: the 8 are split */
    .days = days,
    .last_hao = &last_hao,
    .leerpunten = leerpunten,
    .leoh_due = 2,
    .leoh_done = 1,
  };

  add (days, 15, 9, 2026, OPL_SCHOLING_PARALLELDAG)->half_day = TRUE;
  add_leergang (days, 8, 10, 2026, 3, 1);
  add_leergang (days, 8, 10, 2025, 2, 1);
  for (int i = 0; i < 3; i++)
    {
      OplLeerpunt *leerpunt = g_new0 (OplLeerpunt, 1);

      leerpunt->text = g_strdup_printf ("Leerpunt %d", i + 1);
      g_ptr_array_add (leerpunten, leerpunt);
    }

  report = opl_scholing_report_compute (rules (), &facts, 2026, &today);
  g_assert_cmpint (report->requirement.experience_year, ==, 3);
  g_assert_cmpfloat (report->requirement.days, ==, 4);
  g_assert_true (report->requirement.experienced);
  g_assert_cmpfloat (report->count.total, ==, 1.5);
  g_assert_cmpuint (report->days->len, ==, 2);
  g_assert_cmpint (report->niveaukaart, ==, 2);
  g_assert_cmpint (report->hao_interval, ==, 1);
  g_assert_cmpint (g_date_get_year (&report->next_hao), ==, 2027);
  g_assert_false (report->hao_overdue);
  g_assert_cmpint (report->leerplan_advice, ==, OPL_LEERPLAN_TOO_MANY);
  g_assert_cmpfloat (find_need (report->needs, OPL_NEED_DAYS)->amount, ==, 2.5);
}

static void
test_format_days (void)
{
  const struct { double days; const char *text; } cases[] = {
    { 0, "0" }, { 0.5, "½" }, { 1, "1" }, { 2.5, "2½" }, { 8, "8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = opl_scholing_format_days (cases[i].days);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  lumc = opl_institute_new_for_id (OPL_INSTITUTE_DEFAULT, &error);
  g_assert_no_error (error);

  g_test_add_func ("/opl/institute/lumc", test_institute_lumc);
  g_test_add_func ("/opl/institute/malformed", test_institute_malformed);
  g_test_add_func ("/opl/institute/unknown", test_institute_unknown);
  g_test_add_func ("/opl/institute/own-file", test_institute_own_file);
  g_test_add_func ("/opl/scholing/year-boundary", test_year_boundary);
  g_test_add_func ("/opl/scholing/requirement-hoofdopleider-dispensation", test_requirement_hoofdopleider_dispensation);
  g_test_add_func ("/opl/scholing/requirement-duo-share", test_requirement_duo_share);
  g_test_add_func ("/opl/scholing/requirement-plaatsvervanger", test_requirement_plaatsvervanger);
  g_test_add_func ("/opl/scholing/experienced", test_experienced);
  g_test_add_func ("/opl/scholing/aspirant-startersdagen", test_aspirant_startersdagen);
  g_test_add_func ("/opl/scholing/paralleldagen", test_paralleldagen);
  g_test_add_func ("/opl/scholing/half-days-and-absent", test_half_days_and_absent);
  g_test_add_func ("/opl/scholing/leergang-one-missed", test_leergang_one_missed);
  g_test_add_func ("/opl/scholing/leergang-two-missed", test_leergang_two_missed);
  g_test_add_func ("/opl/scholing/path-certificate", test_path_certificate);
  g_test_add_func ("/opl/scholing/leergang-a-year", test_leergang_a_year);
  g_test_add_func ("/opl/scholing/leergang-across-years", test_leergang_across_years);
  g_test_add_func ("/opl/scholing/leergang-year-ended", test_leergang_year_ended);
  g_test_add_func ("/opl/scholing/leergang6-after-certificate", test_leergang6_after_certificate);
  g_test_add_func ("/opl/scholing/needs-by-year-end", test_needs_by_year_end);
  g_test_add_func ("/opl/scholing/pro-rata-share", test_pro_rata_share);
  g_test_add_func ("/opl/scholing/validate", test_validate);
  g_test_add_func ("/opl/scholing/conflicts", test_conflicts);
  g_test_add_func ("/opl/scholing/report", test_report);
  g_test_add_func ("/opl/scholing/format-days", test_format_days);
  g_test_add_func ("/opl/quality/niveaukaart", test_niveaukaart);
  g_test_add_func ("/opl/quality/hao-voortgangsgesprek", test_hao_voortgangsgesprek);
  g_test_add_func ("/opl/quality/leerplan-advice", test_leerplan_advice);

  status = g_test_run ();
  g_clear_object (&lumc);
  return status;
}

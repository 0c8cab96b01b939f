/* test-setup.c: what the first-run assistant accepts and refuses.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: the foundation issue, item 4 (create a practice: name, opleiders, aios with
 * start date and phase); domain.md, Glossary (one hoofdopleider, the institute's
 * contact) and Roles (duo-opleiders split the guidance; part time at least 2.5 days).
 */

#include "config.h"

#include "opl-practice-setup.h"
#include "opl-test-utils.h"

static void
assert_invalid (OplPracticeSetup *setup,
                const char       *message_part)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  opl_test_fixed_today (&today);
  g_assert_false (opl_practice_setup_finish (setup, &today, &error));
  g_assert_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, message_part);
}

static GDate
date (int year, int month, int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return d;
}

static void
test_needs_name (void)
{
  g_autoptr(OplPracticeSetup) setup = opl_practice_setup_new ("   ");
  g_autofree char *long_name = g_strnfill (201, 'a');
  g_autoptr(OplPracticeSetup) too_long = opl_practice_setup_new (long_name);

  opl_practice_setup_add_opleider (setup, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  assert_invalid (setup, "name");

  opl_practice_setup_add_opleider (too_long, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  assert_invalid (too_long, "too long");
}

static void
test_needs_one_hoofdopleider (void)
{
  g_autoptr(OplPracticeSetup) none = opl_practice_setup_new ("De Linde");
  g_autoptr(OplPracticeSetup) two = opl_practice_setup_new ("De Linde");
  g_autoptr(OplPracticeSetup) nameless = opl_practice_setup_new ("De Linde");

  opl_practice_setup_add_opleider (none, "Bram", OPL_ROLE_DUO_OPLEIDER);
  assert_invalid (none, "hoofdopleider");

  opl_practice_setup_add_opleider (two, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  opl_practice_setup_add_opleider (two, "Bram", OPL_ROLE_HOOFDOPLEIDER);
  assert_invalid (two, "duo-opleider");

  opl_practice_setup_add_opleider (nameless, " ", OPL_ROLE_HOOFDOPLEIDER);
  assert_invalid (nameless, "name");
}

static void
test_start_date_range (void)
{
  g_autoptr(OplPracticeSetup) early = opl_practice_setup_new ("De Linde");
  g_autoptr(OplPracticeSetup) late = opl_practice_setup_new ("De Linde");
  g_autoptr(OplPracticeSetup) backwards = opl_practice_setup_new ("De Linde");
  GDate long_ago = date (2023, 11, 21);
  GDate far_ahead = date (2027, 11, 23);
  GDate start = date (2026, 9, 1);
  GDate end = date (2026, 8, 31);

  opl_practice_setup_add_opleider (early, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  opl_practice_setup_add_aios (early, "Charlotte", OPL_PHASE_I, &long_ago, NULL, 1.0);
  assert_invalid (early, "Charlotte");

  opl_practice_setup_add_opleider (late, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  opl_practice_setup_add_aios (late, "Charlotte", OPL_PHASE_I, &far_ahead, NULL, 1.0);
  assert_invalid (late, "start date");

  opl_practice_setup_add_opleider (backwards, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  opl_practice_setup_add_aios (backwards, "Charlotte", OPL_PHASE_I, &start, &end, 1.0);
  assert_invalid (backwards, "end after");
}

static void
test_parttime_range (void)
{
  g_autoptr(OplPracticeSetup) setup = opl_practice_setup_new ("De Linde");
  GDate start = date (2026, 9, 1);

  opl_practice_setup_add_opleider (setup, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  opl_practice_setup_add_aios (setup, "Charlotte", OPL_PHASE_I, &start, NULL, 0.4);
  assert_invalid (setup, "part-time");
}

/* The hoofdopleider and duo-opleider split the guidance; a plaatsvervanger has no share. */
static void
test_shares (void)
{
  g_autoptr(OplPracticeSetup) setup = opl_practice_setup_new (" De Linde ");
  g_autoptr(GError) error = NULL;
  GDate start = date (2026, 9, 1);
  OplTraject *traject;
  OplPerson *anna, *bram, *carla;
  GDate today;

  anna = opl_practice_setup_add_opleider (setup, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  bram = opl_practice_setup_add_opleider (setup, "Bram", OPL_ROLE_DUO_OPLEIDER);
  carla = opl_practice_setup_add_opleider (setup, "Carla", OPL_ROLE_PLAATSVERVANGEND_OPLEIDER);
  traject = opl_practice_setup_add_aios (setup, " Daan ", OPL_PHASE_II, &start, NULL, 0.8);

  opl_test_fixed_today (&today);
  g_assert_true (opl_practice_setup_finish (setup, &today, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (opl_practice_setup_get_name (setup), ==, "De Linde");
  g_assert_cmpstr (opl_traject_get_aios_name (traject), ==, "Daan");
  g_assert_cmpuint (opl_traject_get_n_opleiders (traject), ==, 2);
  g_assert_cmpfloat_with_epsilon (opl_traject_get_share_of (traject, opl_person_get_id (anna)), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (opl_traject_get_share_of (traject, opl_person_get_id (bram)), 0.5, 1e-9);
  g_assert_cmpfloat (opl_traject_get_share_of (traject, opl_person_get_id (carla)), ==, 0.0);
  g_assert_cmpuint (opl_practice_setup_get_people (setup)->len, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/setup/needs-name", test_needs_name);
  g_test_add_func ("/opl/setup/needs-one-hoofdopleider", test_needs_one_hoofdopleider);
  g_test_add_func ("/opl/setup/start-date-range", test_start_date_range);
  g_test_add_func ("/opl/setup/parttime-range", test_parttime_range);
  g_test_add_func ("/opl/setup/shares", test_shares);

  return g_test_run ();
}

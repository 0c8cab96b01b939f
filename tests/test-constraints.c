/* test-constraints.c: every rule the schema enforces, each tried and refused.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: the foundation issue, item 3 (Store: roles, koppelingen with their share,
 * phase I or II, start date, part-time factor, leave; UUIDs; created/changed by whom
 * and when) and domain.md (Glossary; Roles; "Part time and interruptions").
 */

#include "config.h"

#include "opl-database-private.h"
#include "opl-test-utils.h"

#define NOW "'2026-11-22T10:00:00.000Z'"
#define AUDIT NOW ", NULL, " NOW ", NULL"

#define HOOFD "'11111111-1111-4111-8111-111111111111'"
#define DUO "'22222222-2222-4222-8222-222222222222'"
#define AIOS "'33333333-3333-4333-8333-333333333333'"
#define TRAJECT "'44444444-4444-4444-8444-444444444444'"

typedef struct
{
  char        *path;
  OplDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->path = opl_test_db_path ("constraints.db");
  fixture->database = opl_test_open (fixture->path);

  opl_test_exec (fixture->database,
                 "INSERT INTO practice (id, name, created_at, created_by, changed_at, changed_by)"
                 " VALUES ('55555555-5555-4555-8555-555555555555', 'De Linde', " AUDIT ");"
                 "INSERT INTO person (id, name, role, created_at, created_by, changed_at, changed_by) VALUES"
                 " (" HOOFD ", 'Anna', 'hoofdopleider', " AUDIT "),"
                 " (" DUO ", 'Bram', 'duo-opleider', " AUDIT "),"
                 " (" AIOS ", 'Charlotte', 'aios', " AUDIT ");"
                 "INSERT INTO traject (id, aios_id, phase, start_date, parttime,"
                 " created_at, created_by, changed_at, changed_by)"
                 " VALUES (" TRAJECT ", " AIOS ", 1, '2026-07-01', 1.0, " AUDIT ");"
                 "INSERT INTO traject_opleider (traject_id, opleider_id, share,"
                 " created_at, created_by, changed_at, changed_by)"
                 " VALUES (" TRAJECT ", " HOOFD ", 0.5, " AUDIT ");");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  g_clear_pointer (&fixture->path, g_free);
}

/* @sql must fail with a constraint error and change nothing. */
static void
assert_refused (Fixture    *fixture,
                const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 changes = opl_test_count (fixture->database, "SELECT total_changes()");

  g_assert_true (opl_database_begin (fixture->database, &error));
  if (opl_database_exec (fixture->database, sql, &error))
    g_error ("Accepted what the schema must refuse: %s", sql);
  opl_database_rollback (fixture->database);

  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (opl_test_count (fixture->database, "SELECT total_changes()"), ==, changes);
}

static void
assert_accepted (Fixture    *fixture,
                 const char *sql)
{
  opl_test_exec (fixture->database, sql);
}

static void
test_practice (Fixture       *fixture,
               gconstpointer  data)
{
  /* One practice per file (design.md §1: "A practice database holds one practice"). */
  assert_refused (fixture, "INSERT INTO practice (id, name, created_at, changed_at)"
                           " VALUES ('66666666-6666-4666-8666-666666666666', 'Tweede', " NOW ", " NOW ")");
  assert_refused (fixture, "UPDATE practice SET name = '   '");
  assert_refused (fixture, "UPDATE practice SET id = 'short'");
}

static void
test_person (Fixture       *fixture,
             gconstpointer  data)
{
  /* The five roles of the glossary and no others. */
  assert_refused (fixture, "INSERT INTO person (id, name, role, created_at, changed_at)"
                           " VALUES ('77777777-7777-4777-8777-777777777777', 'Dirk', 'specialist', " NOW ", " NOW ")");
  assert_refused (fixture, "INSERT INTO person (id, name, role, created_at, changed_at)"
                           " VALUES ('77777777-7777-4777-8777-777777777777', '', 'aios', " NOW ", " NOW ")");
  assert_refused (fixture, "INSERT INTO person (id, name, role, created_at, changed_at)"
                           " VALUES ('77777777-7777-4777-8777-777777777777', NULL, 'aios', " NOW ", " NOW ")");
  /* Stable UUIDs as row identity, unique. */
  assert_refused (fixture, "INSERT INTO person (id, name, role, created_at, changed_at)"
                           " VALUES (" HOOFD ", 'Dubbel', 'aios', " NOW ", " NOW ")");
  assert_refused (fixture, "INSERT INTO person (id, name, role, created_at, changed_at)"
                           " VALUES ('12', 'Kort', 'aios', " NOW ", " NOW ")");
  assert_refused (fixture, "UPDATE person SET email = 'no-at-sign' WHERE id = " HOOFD);
  assert_refused (fixture, "UPDATE person SET archived = 2 WHERE id = " HOOFD);
  assert_refused (fixture, "UPDATE person SET opleider_since = 1800 WHERE id = " HOOFD);
  /* A person with a traject cannot be deleted: the history would lose its aios. */
  assert_refused (fixture, "DELETE FROM person WHERE id = " AIOS);
  assert_refused (fixture, "DELETE FROM person WHERE id = " HOOFD);
  assert_accepted (fixture, "INSERT INTO person (id, name, role, created_at, changed_at)"
                            " VALUES ('77777777-7777-4777-8777-777777777777', 'Eva', 'coassistent', " NOW ", " NOW ")");
}

static void
test_audit_columns (Fixture       *fixture,
                    gconstpointer  data)
{
  /* created/changed by whom and when on every row. */
  assert_refused (fixture, "INSERT INTO person (id, name, role, created_at, changed_at)"
                           " VALUES ('77777777-7777-4777-8777-777777777777', 'Dirk', 'aios', NULL, " NOW ")");
  assert_refused (fixture, "INSERT INTO person (id, name, role, created_at, changed_at)"
                           " VALUES ('77777777-7777-4777-8777-777777777777', 'Dirk', 'aios', 'yesterday', " NOW ")");
  assert_refused (fixture, "UPDATE person SET changed_at = '2020-01-01T00:00:00.000Z' WHERE id = " HOOFD);
  assert_refused (fixture, "UPDATE person SET changed_by = 'someone' WHERE id = " HOOFD);
  assert_accepted (fixture, "UPDATE person SET changed_by = " DUO ", changed_at = '2026-11-23T08:00:00.000Z'"
                            " WHERE id = " HOOFD);
}

static void
test_traject (Fixture       *fixture,
              gconstpointer  data)
{
#define NEW_TRAJECT "INSERT INTO traject (id, aios_id, phase, start_date, end_date, parttime, created_at, changed_at)" \
                    " VALUES ('88888888-8888-4888-8888-888888888888', "
  /* A traject belongs to an aios (domain.md, Glossary: koppeling). */
  assert_refused (fixture, NEW_TRAJECT HOOFD ", 1, '2026-07-01', NULL, 1.0, " NOW ", " NOW ")");
  assert_refused (fixture, NEW_TRAJECT "'99999999-9999-4999-8999-999999999999', 1, '2026-07-01', NULL, 1.0, " NOW ", " NOW ")");
  assert_refused (fixture, "UPDATE traject SET aios_id = " DUO);
  /* Fase I or fase II, nothing else. */
  assert_refused (fixture, NEW_TRAJECT AIOS ", 3, '2026-07-01', NULL, 1.0, " NOW ", " NOW ")");
  /* Impossible and malformed dates. */
  assert_refused (fixture, NEW_TRAJECT AIOS ", 2, '2026-02-30', NULL, 1.0, " NOW ", " NOW ")");
  assert_refused (fixture, NEW_TRAJECT AIOS ", 2, '1-7-2026', NULL, 1.0, " NOW ", " NOW ")");
  assert_refused (fixture, NEW_TRAJECT AIOS ", 2, '2026-07-01', '2026-06-30', 1.0, " NOW ", " NOW ")");
  /* Part time between 0.5 and 1.0 (domain.md, Roles: at least 2.5 days of 5). */
  assert_refused (fixture, NEW_TRAJECT AIOS ", 2, '2026-07-01', NULL, 0.4, " NOW ", " NOW ")");
  assert_refused (fixture, NEW_TRAJECT AIOS ", 2, '2026-07-01', NULL, 1.2, " NOW ", " NOW ")");
  assert_refused (fixture, NEW_TRAJECT AIOS ", 2, '2026-07-01', NULL, 'full', " NOW ", " NOW ")");
  /* One traject at a time: while the aios's first one runs on (no end), a second that
   * starts later is refused; once it has ended, the next one follows (issue 14). */
  assert_refused (fixture, NEW_TRAJECT AIOS ", 2, '2028-02-29', NULL, 0.5, " NOW ", " NOW ")");
  assert_accepted (fixture, "UPDATE traject SET end_date = '2027-06-30' WHERE id = " TRAJECT);
  assert_refused (fixture, NEW_TRAJECT AIOS ", 2, '2027-06-30', NULL, 0.5, " NOW ", " NOW ")");
  assert_accepted (fixture, NEW_TRAJECT AIOS ", 2, '2028-02-29', NULL, 0.5, " NOW ", " NOW ")");
  /* ... and an ended traject cannot be reopened over the next one. */
  assert_refused (fixture, "UPDATE traject SET end_date = NULL WHERE id = " TRAJECT);
#undef NEW_TRAJECT
}

static void
test_traject_opleider (Fixture       *fixture,
                       gconstpointer  data)
{
#define NEW_SHARE "INSERT INTO traject_opleider (traject_id, opleider_id, share, created_at, changed_at) VALUES ("
  /* Only opleiders guide an aios. */
  assert_refused (fixture, NEW_SHARE TRAJECT ", " AIOS ", 0.5, " NOW ", " NOW ")");
  /* Each opleider once per traject. */
  assert_refused (fixture, NEW_SHARE TRAJECT ", " HOOFD ", 0.1, " NOW ", " NOW ")");
  /* Duo shares add up to at most 100 % (domain.md, Roles: the split of the guidance). */
  assert_refused (fixture, NEW_SHARE TRAJECT ", " DUO ", 0.6, " NOW ", " NOW ")");
  assert_refused (fixture, NEW_SHARE TRAJECT ", " DUO ", 0, " NOW ", " NOW ")");
  assert_refused (fixture, "UPDATE traject_opleider SET share = 1.5");
  assert_refused (fixture, NEW_SHARE "'99999999-9999-4999-8999-999999999999', " DUO ", 0.5, " NOW ", " NOW ")");
  assert_accepted (fixture, NEW_SHARE TRAJECT ", " DUO ", 0.5, " NOW ", " NOW ")");
  assert_refused (fixture, "UPDATE traject_opleider SET share = 0.6 WHERE opleider_id = " DUO);
#undef NEW_SHARE
}

static void
test_leave_period (Fixture       *fixture,
                   gconstpointer  data)
{
#define NEW_LEAVE "INSERT INTO leave_period (id, traject_id, kind, start_date, end_date, created_at, changed_at) VALUES "
  assert_refused (fixture, NEW_LEAVE "('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', " TRAJECT ", 'vakantie', '2026-09-01', '2026-09-14', " NOW ", " NOW ")");
  assert_refused (fixture, NEW_LEAVE "('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', " TRAJECT ", 'ziekte', '2026-09-14', '2026-09-01', " NOW ", " NOW ")");
  assert_refused (fixture, NEW_LEAVE "('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', " TRAJECT ", 'ziekte', '2026-09-31', '2026-10-14', " NOW ", " NOW ")");
  assert_refused (fixture, NEW_LEAVE "('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '99999999-9999-4999-8999-999999999999', 'ziekte', '2026-09-01', '2026-09-14', " NOW ", " NOW ")");
  assert_accepted (fixture, NEW_LEAVE "('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', " TRAJECT ", 'ziekte', '2026-09-01', '2026-09-14', " NOW ", " NOW ")");
  /* Two interruptions of one traject cannot overlap: the schedule counts each day once. */
  assert_refused (fixture, NEW_LEAVE "('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', " TRAJECT ", 'zwangerschap', '2026-09-14', '2026-12-01', " NOW ", " NOW ")");
  assert_accepted (fixture, NEW_LEAVE "('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', " TRAJECT ", 'zwangerschap', '2026-09-15', '2026-12-01', " NOW ", " NOW ")");
  /* Nor when one is moved onto the other (issue 14: leave is changed in the app). */
  assert_refused (fixture, "UPDATE leave_period SET start_date = '2026-09-10' WHERE id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'");
  assert_accepted (fixture, "UPDATE leave_period SET start_date = '2026-09-20' WHERE id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'");
  /* Deleting a traject takes its leave and shares along; nothing dangles. */
  assert_accepted (fixture, "DELETE FROM traject WHERE id = " TRAJECT);
  g_assert_cmpint (opl_test_count (fixture->database, "SELECT count(*) FROM leave_period"), ==, 0);
  g_assert_cmpint (opl_test_count (fixture->database, "SELECT count(*) FROM traject_opleider"), ==, 0);
#undef NEW_LEAVE
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/opl/constraints/practice", test_practice);
  ADD ("/opl/constraints/person", test_person);
  ADD ("/opl/constraints/audit-columns", test_audit_columns);
  ADD ("/opl/constraints/traject", test_traject);
  ADD ("/opl/constraints/traject-opleider", test_traject_opleider);
  ADD ("/opl/constraints/leave-period", test_leave_period);
#undef ADD

  return g_test_run ();
}

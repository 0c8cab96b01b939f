/* test-merge.c: the aios's laptop, scripted (issue 16; design.md §5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy is taken from the demo practice; the laptop (a store on the copy) and the
 * practice each change what a scenario says, with SQL or the store's functions; the
 * copy comes back and is merged. Sources: issue 16 ("changes on different rows, or on
 * different fields of the same row, merge by themselves. A true conflict ... the user
 * chooses per conflict ... nothing is ever dropped silently ... Final forms stay
 * frozen: a conflict never changes a final form in place; it becomes a new version";
 * "merging the same copy twice changes nothing the second time; merging an older copy
 * after a newer one loses nothing of the newer"), design.md §5.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "opl-database-private.h"
#include "opl-form-registry.h"
#include "opl-store-institute.h"
#include "opl-merge.h"
#include "opl-store-forms.h"
#include "opl-store-privacy.h"
#include "opl-test-utils.h"

#define LAPTOP_AT "2030-01-01T10:00:00.000Z"
#define PRACTICE_AT "2030-01-02T10:00:00.000Z"

typedef struct
{
  char     *path;
  char     *copy_path;
  OplStore *practice;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->path = opl_test_db_path ("practice.db");
  fixture->copy_path = opl_test_db_path ("laptop.db");
  fixture->practice = opl_test_demo_store (fixture->path);
  opl_store_set_actor (fixture->practice,
                       opl_person_get_id (opl_test_find_person (fixture->practice, "Anna de Vries")));
  g_assert_true (opl_store_copy_out (fixture->practice, fixture->copy_path, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->practice);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->copy_path, g_free);
}

/* SQL on the laptop's copy, as a store on it would write it. */
static void
on_laptop (Fixture    *fixture,
           const char *sql)
{
  g_autoptr(OplDatabase) laptop = opl_test_open (fixture->copy_path);

  opl_test_exec (laptop, sql);
}

static void
in_practice (Fixture    *fixture,
             const char *sql)
{
  opl_test_exec (opl_store_get_database (fixture->practice), sql);
}

static char *
practice_text (Fixture    *fixture,
               const char *sql)
{
  OplDatabase *database = opl_store_get_database (fixture->practice);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, sql, NULL);
  gboolean has_row = FALSE;

  g_assert_nonnull (stmt);
  g_assert_true (opl_database_step_row (database, stmt, &has_row, NULL));
  return has_row ? g_strdup (opl_column_text (stmt, 0)) : NULL;
}

static gint64
practice_count (Fixture    *fixture,
                const char *sql)
{
  return opl_test_count (opl_store_get_database (fixture->practice), sql);
}

static OplMerge *
preview (Fixture    *fixture,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  OplMerge *merge = opl_merge_new (fixture->practice, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (merge);
  return merge;
}

static void
apply (OplMerge *merge)
{
  g_autoptr(GError) error = NULL;

  opl_merge_apply (merge, &error);
  g_assert_no_error (error);
}

static OplMergeConflict *
only_conflict (OplMerge *merge)
{
  GPtrArray *conflicts = opl_merge_get_conflicts (merge);

  g_assert_cmpuint (conflicts->len, ==, 1);
  return g_ptr_array_index (conflicts, 0);
}

/* The first leergesprek of the demo, whose fields the scenarios change. */
#define LEERGESPREK "(SELECT id FROM leergesprek ORDER BY date, id LIMIT 1)"

/* "Changes on different rows, or on different fields of the same row, merge by
 * themselves": both add a KPB, both change other fields of one leergesprek. */
static void
test_both_add_and_change_other_fields (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *notes = NULL;
  OplMergeCounts counts;
  gint64 kpb_before = practice_count (fixture, "SELECT count(*) FROM kpb_entry");

  on_laptop (fixture,
             "INSERT INTO kpb_entry SELECT '00000000-0000-4000-8000-00000000a001', traject_id, kind, entry_date,"
             " 'Op de laptop', competentiegebied, score, feedback, assessor_id, definition_id, definition_version,"
             " '" LAPTOP_AT "', created_by, '" LAPTOP_AT "', changed_by FROM kpb_entry LIMIT 1;"
             "UPDATE leergesprek SET agenda = 'Agenda van de laptop', changed_at = '" LAPTOP_AT "'"
             " WHERE id = " LEERGESPREK);
  in_practice (fixture,
               "INSERT INTO kpb_entry SELECT '00000000-0000-4000-8000-00000000b001', traject_id, kind, entry_date,"
               " 'In de praktijk', competentiegebied, score, feedback, assessor_id, definition_id, definition_version,"
               " '" PRACTICE_AT "', created_by, '" PRACTICE_AT "', changed_by FROM kpb_entry LIMIT 1;"
               "UPDATE leergesprek SET notes = 'Notities van de praktijk', changed_at = '" PRACTICE_AT "'"
               " WHERE id = " LEERGESPREK);

  merge = preview (fixture, fixture->copy_path);
  opl_merge_get_counts (merge, &counts);
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.conflicts, ==, 0);
  g_assert_null (opl_merge_get_problem (merge));
  apply (merge);

  g_assert_cmpint (practice_count (fixture, "SELECT count(*) FROM kpb_entry"), ==, kpb_before + 2);
  agenda = practice_text (fixture, "SELECT agenda FROM leergesprek WHERE id = " LEERGESPREK);
  notes = practice_text (fixture, "SELECT notes FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, "Agenda van de laptop");
  g_assert_cmpstr (notes, ==, "Notities van de praktijk");
  /* The row says the later of the two changes. */
  g_free (agenda);
  agenda = practice_text (fixture, "SELECT changed_at FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, PRACTICE_AT);
}

/* "A true conflict (the same field changed on both sides) is shown side by side with
 * who changed it and when, and the user chooses ... the choice is recorded". */
static void
test_same_field (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *changed_by = NULL;
  g_autofree char *chosen = NULL;
  OplMergeConflict *conflict;

  in_practice (fixture, "UPDATE leergesprek SET notes = 'Praktijk', changed_at = '" PRACTICE_AT "',"
                        " changed_by = (SELECT id FROM person WHERE name = 'Bram Jansen') WHERE id = " LEERGESPREK);
  on_laptop (fixture, "UPDATE leergesprek SET notes = 'Laptop', changed_at = '" LAPTOP_AT "',"
                      " changed_by = (SELECT id FROM person WHERE name = 'Charlotte Bakker') WHERE id = " LEERGESPREK);

  merge = preview (fixture, fixture->copy_path);
  conflict = only_conflict (merge);
  g_assert_cmpint (conflict->kind, ==, OPL_MERGE_CONFLICT_FIELD);
  g_assert_cmpstr (conflict->field, ==, "Notes");
  g_assert_cmpstr (conflict->practice_value, ==, "Praktijk");
  g_assert_cmpstr (conflict->copy_value, ==, "Laptop");
  g_assert_cmpstr (conflict->practice_by, ==, "Bram Jansen");
  g_assert_cmpstr (conflict->copy_by, ==, "Charlotte Bakker");
  g_assert_cmpstr (conflict->copy_at, ==, LAPTOP_AT);
  g_assert_true (g_str_has_prefix (conflict->title, "Leergesprek · 2 "));

  /* Nothing is written without a choice. */
  g_assert_false (opl_merge_apply (merge, &error));
  g_assert_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_UNRESOLVED);
  g_clear_error (&error);

  g_assert_true (opl_merge_choose (merge, conflict->key, OPL_MERGE_SIDE_COPY, &error));
  apply (merge);
  notes = practice_text (fixture, "SELECT notes FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (notes, ==, "Laptop");
  /* Who chose, and when: in the row, and in the record of the choice. */
  changed_by = practice_text (fixture, "SELECT p.name FROM leergesprek l JOIN person p ON p.id = l.changed_by"
                                       " WHERE l.id = " LEERGESPREK);
  g_assert_cmpstr (changed_by, ==, "Anna de Vries");
  chosen = practice_text (fixture, "SELECT chosen || ' ' || practice_value || ' ' || copy_value FROM sync_choice");
  g_assert_cmpstr (chosen, ==, "copy Praktijk Laptop");
}

/* "Keep all practice": the practice's side of every conflict. */
static void
test_keep_all_practice (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *agenda = NULL;

  in_practice (fixture, "UPDATE leergesprek SET notes = 'Praktijk', agenda = 'P', changed_at = '" PRACTICE_AT "'"
                        " WHERE id = " LEERGESPREK);
  on_laptop (fixture, "UPDATE leergesprek SET notes = 'Laptop', agenda = 'L', changed_at = '" LAPTOP_AT "'"
                      " WHERE id = " LEERGESPREK);

  merge = preview (fixture, fixture->copy_path);
  g_assert_cmpuint (opl_merge_get_conflicts (merge)->len, ==, 2);
  g_assert_true (opl_merge_choose_all (merge, OPL_MERGE_SIDE_PRACTICE, &error));
  apply (merge);
  notes = practice_text (fixture, "SELECT notes FROM leergesprek WHERE id = " LEERGESPREK);
  agenda = practice_text (fixture, "SELECT agenda FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (notes, ==, "Praktijk");
  g_assert_cmpstr (agenda, ==, "P");
  g_assert_cmpint (practice_count (fixture, "SELECT count(*) FROM sync_choice WHERE chosen = 'practice'"), ==, 2);
}

/* "A row deleted on one side and changed on the other" is a conflict, both ways. */
static void
test_delete_versus_change (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kpb = practice_text (fixture, "SELECT id FROM kpb_entry ORDER BY id LIMIT 1");
  g_autofree char *dienst = practice_text (fixture, "SELECT id FROM dienst ORDER BY id LIMIT 1");
  g_autofree char *sql = NULL;
  g_autofree char *note = NULL;
  GPtrArray *conflicts;

  /* The laptop deletes a KPB the practice changed; the practice deletes a dienst the
   * laptop changed. */
  sql = g_strdup_printf ("DELETE FROM kpb_entry WHERE id = '%s';"
                         "UPDATE dienst SET note = 'Van de laptop', changed_at = '" LAPTOP_AT "' WHERE id = '%s'",
                         kpb, dienst);
  on_laptop (fixture, sql);
  g_free (sql);
  sql = g_strdup_printf ("UPDATE kpb_entry SET topic = 'Veranderd', changed_at = '" PRACTICE_AT "' WHERE id = '%s';"
                         "DELETE FROM dienst WHERE id = '%s'", kpb, dienst);
  in_practice (fixture, sql);

  merge = preview (fixture, fixture->copy_path);
  conflicts = opl_merge_get_conflicts (merge);
  g_assert_cmpuint (conflicts->len, ==, 2);
  for (guint i = 0; i < conflicts->len; i++)
    {
      OplMergeConflict *conflict = g_ptr_array_index (conflicts, i);

      if (conflict->kind == OPL_MERGE_CONFLICT_DELETED_IN_COPY)
        {
          g_assert_null (conflict->copy_value);
          g_assert_true (opl_merge_choose (merge, conflict->key, OPL_MERGE_SIDE_PRACTICE, &error));
        }
      else
        {
          g_assert_cmpint (conflict->kind, ==, OPL_MERGE_CONFLICT_DELETED_IN_PRACTICE);
          g_assert_null (conflict->practice_value);
          g_assert_true (opl_merge_choose (merge, conflict->key, OPL_MERGE_SIDE_COPY, &error));
        }
      conflicts = opl_merge_get_conflicts (merge);
    }
  apply (merge);

  /* The KPB stays as the practice changed it; the dienst is back, with the laptop's note. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT topic FROM kpb_entry WHERE id = '%s'", kpb);
  g_free (note);
  note = practice_text (fixture, sql);
  g_assert_cmpstr (note, ==, "Veranderd");
  g_free (sql);
  sql = g_strdup_printf ("SELECT note FROM dienst WHERE id = '%s'", dienst);
  g_free (note);
  note = practice_text (fixture, sql);
  g_assert_cmpstr (note, ==, "Van de laptop");
}

#define MONTH_6 "(SELECT id FROM form WHERE kind = 'combel' AND moment_month = 6 AND author_role = 'aios')"
#define AN_ANSWER "(SELECT id FROM form_answer WHERE form_id = " MONTH_6 " ORDER BY item_id LIMIT 1)"

/* "Final forms stay frozen: a conflict never changes a final form in place; it becomes
 * a new version": Charlotte signs her month-6 self-assessment off on the practice PC
 * and edits it on the laptop. */
static void
test_signed_in_practice (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *final_note = NULL;
  g_autofree char *version_note = NULL;
  OplMergeConflict *conflict;

  on_laptop (fixture, "UPDATE form_answer SET note = 'Op de laptop', changed_at = '" LAPTOP_AT "'"
                      " WHERE id = " AN_ANSWER);
  in_practice (fixture, "UPDATE form SET state = 'final', finalized_on = '2026-12-02',"
                        " finalized_by = author_id, changed_at = '" PRACTICE_AT "' WHERE id = " MONTH_6);

  merge = preview (fixture, fixture->copy_path);
  conflict = only_conflict (merge);
  g_assert_cmpint (conflict->kind, ==, OPL_MERGE_CONFLICT_FINAL_FORM);
  g_assert_true (opl_merge_choose (merge, conflict->key, OPL_MERGE_SIDE_COPY, &error));
  g_assert_null (opl_merge_get_problem (merge));
  apply (merge);

  /* The final form is as it was signed; the laptop's edit is in version 2, a draft. */
  final_note = practice_text (fixture, "SELECT note FROM form_answer WHERE id = " AN_ANSWER);
  g_assert_cmpstr (final_note, !=, "Op de laptop");
  version_note = practice_text (fixture, "SELECT a.note FROM form_answer a JOIN form f ON f.id = a.form_id"
                                         " WHERE f.supersedes = " MONTH_6 " AND a.note = 'Op de laptop'");
  g_assert_cmpstr (version_note, ==, "Op de laptop");
  g_assert_cmpint (practice_count (fixture, "SELECT count(*) FROM form WHERE supersedes = " MONTH_6
                                            " AND state = 'draft'"), ==, 1);
  g_assert_cmpint (practice_count (fixture, "SELECT count(*) FROM form_answer WHERE form_id ="
                                            " (SELECT id FROM form WHERE supersedes = " MONTH_6 ")"), ==,
                   practice_count (fixture, "SELECT count(*) FROM form_answer WHERE form_id = " MONTH_6));
}

/* The other way: signed off on the laptop, edited in the practice. Signed off as on the
 * laptop; the practice's edit goes into a new version. */
static void
test_signed_on_laptop (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  g_autofree char *note = NULL;
  g_autofree char *version_note = NULL;
  OplMergeConflict *conflict;

  on_laptop (fixture, "UPDATE form SET state = 'final', finalized_on = '2026-12-01',"
                      " finalized_by = author_id, changed_at = '" LAPTOP_AT "' WHERE id = " MONTH_6);
  in_practice (fixture, "UPDATE form_answer SET note = 'In de praktijk', changed_at = '" PRACTICE_AT "'"
                        " WHERE id = " AN_ANSWER);

  merge = preview (fixture, fixture->copy_path);
  conflict = only_conflict (merge);
  g_assert_cmpint (conflict->kind, ==, OPL_MERGE_CONFLICT_FINAL_FORM);
  g_assert_true (opl_merge_choose (merge, conflict->key, OPL_MERGE_SIDE_COPY, &error));
  g_assert_null (opl_merge_get_problem (merge));
  apply (merge);

  state = practice_text (fixture, "SELECT state FROM form WHERE id = " MONTH_6);
  g_assert_cmpstr (state, ==, "final");
  note = practice_text (fixture, "SELECT note FROM form_answer WHERE id = " AN_ANSWER);
  g_assert_cmpstr (note, !=, "In de praktijk");
  version_note = practice_text (fixture, "SELECT a.note FROM form_answer a JOIN form f ON f.id = a.form_id"
                                         " WHERE f.supersedes = " MONTH_6 " AND a.note = 'In de praktijk'");
  g_assert_cmpstr (version_note, ==, "In de praktijk");
}

/* Two copies out at once (two laptops): each merges against its own base. */
static void
test_two_copies (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *second = opl_test_db_path ("second-laptop.db");
  g_autoptr(OplMerge) first_merge = NULL;
  g_autoptr(OplMerge) second_merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) other = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *notes = NULL;

  g_assert_true (opl_store_copy_out (fixture->practice, second, NULL, &error));
  on_laptop (fixture, "UPDATE leergesprek SET agenda = 'Eerste laptop', changed_at = '" LAPTOP_AT "'"
                      " WHERE id = " LEERGESPREK);
  other = opl_test_open (second);
  opl_test_exec (other, "UPDATE leergesprek SET notes = 'Tweede laptop', changed_at = '" LAPTOP_AT "'"
                        " WHERE id = " LEERGESPREK);
  g_clear_object (&other);

  first_merge = preview (fixture, fixture->copy_path);
  apply (first_merge);
  second_merge = preview (fixture, second);
  g_assert_cmpuint (opl_merge_get_conflicts (second_merge)->len, ==, 0);
  apply (second_merge);

  agenda = practice_text (fixture, "SELECT agenda FROM leergesprek WHERE id = " LEERGESPREK);
  notes = practice_text (fixture, "SELECT notes FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, "Eerste laptop");
  g_assert_cmpstr (notes, ==, "Tweede laptop");
}

/* Round trips: the merge hands back a copy of the merged practice; the laptop goes on
 * from there; an old copy merged again changes nothing; the same copy twice neither. */
static void
test_round_trips (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *stale = opl_test_db_path ("stale-laptop.db");
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *agenda = NULL;

  on_laptop (fixture, "UPDATE leergesprek SET agenda = 'Ronde 1', changed_at = '" LAPTOP_AT "' WHERE id = " LEERGESPREK);
  {
    g_autoptr(GFile) from = g_file_new_for_path (fixture->copy_path);
    g_autoptr(GFile) to = g_file_new_for_path (stale);

    g_assert_true (g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error));
  }

  merge = preview (fixture, fixture->copy_path);
  apply (merge);
  g_assert_true (opl_merge_hand_back (merge, fixture->copy_path, &error));
  g_assert_no_error (error);
  g_clear_object (&merge);

  /* Round 2 starts from the merged state: no conflict with round 1. */
  on_laptop (fixture, "UPDATE leergesprek SET agenda = 'Ronde 2', changed_at = '2030-01-03T10:00:00.000Z'"
                      " WHERE id = " LEERGESPREK);
  merge = preview (fixture, fixture->copy_path);
  g_assert_cmpuint (opl_merge_get_conflicts (merge)->len, ==, 0);
  apply (merge);
  g_clear_object (&merge);
  agenda = practice_text (fixture, "SELECT agenda FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, "Ronde 2");

  /* The same copy again, and round 1's old copy: both merged already. */
  before = opl_test_digest_database (opl_store_get_database (fixture->practice));
  merge = preview (fixture, fixture->copy_path);
  g_assert_true (opl_merge_was_merged (merge));
  apply (merge);
  g_clear_object (&merge);
  merge = preview (fixture, stale);
  g_assert_true (opl_merge_was_merged (merge));
  apply (merge);
  after = opl_test_digest_database (opl_store_get_database (fixture->practice));
  g_assert_cmpstr (after, ==, before);
  g_free (agenda);
  agenda = practice_text (fixture, "SELECT agenda FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, "Ronde 2");
}

/* An old copy after a newer one: the laptop went on with a copy after its first merge
 * without taking the handed-back one; the newer value of the practice is not lost. */
static void
test_older_after_newer (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *newer = opl_test_db_path ("newer-laptop.db");
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agenda = NULL;
  g_autoptr(OplDatabase) laptop = NULL;

  /* A second copy, taken later, changes the agenda and is merged first. */
  g_assert_true (opl_store_copy_out (fixture->practice, newer, NULL, &error));
  laptop = opl_test_open (newer);
  opl_test_exec (laptop, "UPDATE leergesprek SET agenda = 'Nieuwer', changed_at = '2030-01-05T10:00:00.000Z'"
                         " WHERE id = " LEERGESPREK);
  g_clear_object (&laptop);
  merge = preview (fixture, newer);
  apply (merge);
  g_clear_object (&merge);

  /* The older copy changed another field only: it merges, the newer agenda stays. */
  on_laptop (fixture, "UPDATE leergesprek SET notes = 'Ouder', changed_at = '" LAPTOP_AT "' WHERE id = " LEERGESPREK);
  merge = preview (fixture, fixture->copy_path);
  g_assert_cmpuint (opl_merge_get_conflicts (merge)->len, ==, 0);
  apply (merge);
  agenda = practice_text (fixture, "SELECT agenda || ' ' || notes FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, "Nieuwer Ouder");
}

#define ADD_WEEK \
  "INSERT INTO leergesprek (id, traject_id, week_key, date, start_minute, duration, kind, status, opleider_id," \
  " agenda, notes, agreements, top, tip, cancel_reason, created_at, created_by, changed_at, changed_by)" \
  " SELECT '%s', traject_id, '2027-W30', '2027-07-28', start_minute, duration, kind, 'planned', opleider_id, '%s'," \
  " '', '', '', '', '', '%s', NULL, '%s', NULL FROM leergesprek WHERE id = " LEERGESPREK

/* The same thing added on both sides (the same leergesprek week) in other words: a
 * conflict; the same in content: once. */
static void
test_added_twice (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agenda = NULL;
  OplMergeConflict *conflict;
  OplMergeCounts counts;
  g_autofree char *laptop = g_strdup_printf (ADD_WEEK, "00000000-0000-4000-8000-00000000a002", "Laptop", LAPTOP_AT,
                                             LAPTOP_AT);
  g_autofree char *practice = g_strdup_printf (ADD_WEEK, "00000000-0000-4000-8000-00000000b002", "Praktijk", PRACTICE_AT,
                                               PRACTICE_AT);

  on_laptop (fixture, laptop);
  in_practice (fixture, practice);
  merge = preview (fixture, fixture->copy_path);
  conflict = only_conflict (merge);
  g_assert_cmpint (conflict->kind, ==, OPL_MERGE_CONFLICT_ADDED_TWICE);
  g_assert_true (opl_merge_choose (merge, conflict->key, OPL_MERGE_SIDE_COPY, &error));
  apply (merge);
  agenda = practice_text (fixture, "SELECT group_concat (agenda) FROM leergesprek WHERE week_key = '2027-W30'");
  g_assert_cmpstr (agenda, ==, "Laptop");
  g_clear_object (&merge);

  /* A tick made on both sides for the same task and period: the same fact, once. */
  on_laptop (fixture, "INSERT INTO checklist_tick (id, person_id, item_id, period_key, checklist_version, created_at,"
                      " changed_at) SELECT '00000000-0000-4000-8000-00000000a003', id, 'merge-test', '2026-12-01', 1,"
                      " '" LAPTOP_AT "', '" LAPTOP_AT "' FROM person WHERE name = 'Anna de Vries'");
  in_practice (fixture, "INSERT INTO checklist_tick (id, person_id, item_id, period_key, checklist_version, created_at,"
                        " changed_at) SELECT '00000000-0000-4000-8000-00000000b003', id, 'merge-test', '2026-12-01', 1,"
                        " '" PRACTICE_AT "', '" PRACTICE_AT "' FROM person WHERE name = 'Anna de Vries'");
  merge = preview (fixture, fixture->copy_path);
  opl_merge_get_counts (merge, &counts);
  g_assert_cmpuint (counts.already, >=, 1);
  apply (merge);
  g_assert_cmpint (practice_count (fixture, "SELECT count(*) FROM checklist_tick WHERE item_id = 'merge-test'"), ==, 1);
}

/* A form started on the laptop (Charlotte's month-9 self-assessment, with an answer)
 * comes into the practice as it is: a new form is not mistaken for one added twice
 * (its supersedes is NULL, as every first version's). */
static void
test_new_form (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *form_id = NULL;
  g_autofree char *sql = NULL;
  OplMergeCounts counts;
  gint64 forms_before = practice_count (fixture, "SELECT count(*) FROM form");

  {
    g_autoptr(OplStore) laptop = opl_test_open_store_as (fixture->copy_path, "Charlotte Bakker");
    g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (laptop, opl_store_get_actor (laptop), NULL);
    OplFormDefinition *combel = opl_form_registry_get_current (opl_store_get_form_registry (laptop),
                                                               OPL_FORM_KIND_COMBEL);
    g_autoptr(OplForm) draft = NULL;
    GDate today;

    opl_test_fixed_today (&today);
    draft = opl_store_create_form_draft (laptop, combel, g_ptr_array_index (trajecten, 0), opl_store_get_actor (laptop),
                                         OPL_FORM_ROLE_AIOS, NULL, 9, &today, &error);
    g_assert_no_error (error);
    g_assert_true (opl_store_set_form_answer (laptop, draft, opl_form_definition_get_section (combel, 0)->items[0].id,
                                              NULL, "Op de laptop begonnen", &error));
    g_assert_no_error (error);
    form_id = g_strdup (opl_form_get_id (draft));
  }

  merge = preview (fixture, fixture->copy_path);
  opl_merge_get_counts (merge, &counts);
  g_assert_cmpuint (counts.conflicts, ==, 0);
  g_assert_null (opl_merge_get_problem (merge));
  apply (merge);
  g_assert_cmpint (practice_count (fixture, "SELECT count(*) FROM form"), ==, forms_before + 1);
  sql = g_strdup_printf ("SELECT count(*) FROM form_answer WHERE form_id = '%s' AND note = 'Op de laptop begonnen'",
                         form_id);
  g_assert_cmpint (practice_count (fixture, sql), ==, 1);
}

/* A preview that is no longer true is not applied: the practice changed meanwhile. */
static void
test_changed_since_preview (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  on_laptop (fixture, "UPDATE leergesprek SET agenda = 'Laptop', changed_at = '" LAPTOP_AT "' WHERE id = " LEERGESPREK);
  merge = preview (fixture, fixture->copy_path);
  in_practice (fixture, "UPDATE leergesprek SET agenda = 'Intussen', changed_at = '" PRACTICE_AT "'"
                        " WHERE id = " LEERGESPREK);
  g_assert_false (opl_merge_apply (merge, &error));
  g_assert_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_CHANGED);
  g_assert_cmpint (practice_count (fixture, "SELECT count(*) FROM sync_merge"), ==, 0);
  g_clear_error (&error);
  g_clear_object (&merge);

  /* The same when another PC of the practice saved meanwhile (another connection). */
  merge = preview (fixture, fixture->copy_path);
  g_assert_true (opl_merge_choose_all (merge, OPL_MERGE_SIDE_COPY, &error));
  {
    g_autoptr(OplDatabase) other_pc = opl_test_open (fixture->path);

    opl_test_exec (other_pc, "UPDATE leergesprek SET notes = 'Andere pc', changed_at = '" PRACTICE_AT "'"
                             " WHERE id = " LEERGESPREK);
  }
  g_assert_false (opl_merge_apply (merge, &error));
  g_assert_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_CHANGED);
  g_assert_cmpint (practice_count (fixture, "SELECT count(*) FROM sync_merge"), ==, 0);
}

static void
assert_refused (Fixture       *fixture,
                const char    *path,
                OplMergeError  code,
                const char    *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplMerge) merge = NULL;
  g_autofree char *before = opl_test_digest_database (opl_store_get_database (fixture->practice));
  g_autofree char *after = NULL;

  merge = opl_merge_new (fixture->practice, path, &error);
  g_assert_null (merge);
  g_assert_nonnull (error);
  g_assert_cmpuint (error->domain, ==, OPL_MERGE_ERROR);
  g_assert_cmpint (error->code, ==, (int) code);
  g_assert_nonnull (strstr (error->message, words));
  after = opl_test_digest_database (opl_store_get_database (fixture->practice));
  g_assert_cmpstr (after, ==, before);
}

/* As a newer app would leave the file: with plain SQLite. */
static void
set_user_version (const char *path,
                  int         version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The copy's own digest of its base, made to fit a changed base. */
static void
redo_digest (Fixture *fixture)
{
  g_autoptr(OplDatabase) laptop = opl_test_open (fixture->copy_path);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (laptop, "SELECT base FROM sync_copy_info", NULL);
  g_autofree char *digest = NULL;
  g_autofree char *sql = NULL;
  gboolean has_row;

  g_assert_true (opl_database_step_row (laptop, stmt, &has_row, NULL) && has_row);
  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, sqlite3_column_blob (stmt, 0),
                                        (gsize) sqlite3_column_bytes (stmt, 0));
  opl_database_release (g_steal_pointer (&stmt));
  sql = g_strdup_printf ("UPDATE sync_copy_info SET base_digest = '%s'", digest);
  opl_test_exec (laptop, sql);
}

/* "A tampered, truncated or foreign file (another practice, a newer schema) is refused
 * in words with nothing written." */
static void
test_refused_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *other_path = opl_test_db_path ("other-practice.db");
  g_autofree char *other_copy = opl_test_db_path ("other-copy.db");
  g_autofree char *truncated = opl_test_db_path ("truncated.db");
  g_autoptr(OplStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* Another practice's copy. */
  other = opl_test_demo_store (other_path);
  g_assert_true (opl_store_copy_out (other, other_copy, NULL, &error));
  assert_refused (fixture, other_copy, OPL_MERGE_ERROR_FOREIGN, "another practice");

  /* A practice file, not a copy. */
  assert_refused (fixture, other_path, OPL_MERGE_ERROR_NOT_A_COPY, "not a copy");

  /* Cut off halfway. */
  g_assert_true (g_file_get_contents (fixture->copy_path, &contents, &length, NULL));
  opl_test_write_file (truncated, contents, length / 2);
  assert_refused (fixture, truncated, OPL_MERGE_ERROR_NOT_A_COPY, "cannot be merged");

  /* A newer schema. */
  set_user_version (fixture->copy_path, 99);
  assert_refused (fixture, fixture->copy_path, OPL_MERGE_ERROR_NOT_A_COPY, "newer version");
  set_user_version (fixture->copy_path, OPL_DATABASE_SCHEMA_VERSION);

  /* The state it was taken from, changed on the way (even with its digest redone). */
  on_laptop (fixture, "UPDATE sync_copy_info SET base = CAST (substr (base, 1, 200) || x'01' || substr (base, 202) AS BLOB)");
  assert_refused (fixture, fixture->copy_path, OPL_MERGE_ERROR_TAMPERED, "changed outside the app");
  redo_digest (fixture);
  assert_refused (fixture, fixture->copy_path, OPL_MERGE_ERROR_TAMPERED, "changed outside the app");
}

#define PASSPHRASE "paarse olifant 12"
#define SECRET "Geheime zin 4711 over de opleider"

static OplForm *
month_6_draft (OplStore   *store,
               const char *viewer)
{
  g_autoptr(GError) error = NULL;
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  g_autoptr(GPtrArray) forms = NULL;

  query.kind = OPL_FORM_KIND_COMBEL;
  query.moment_month = 6;
  query.author_id = opl_person_get_id (opl_test_find_person (store, "Charlotte Bakker"));
  query.with_answers = TRUE;
  forms = opl_store_list_forms (store, &query, viewer, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (forms->len, ==, 1);
  return g_object_ref (g_ptr_array_index (forms, 0));
}

/* "Privacy survives the trip: an aios's private draft stays private (and sealed) in
 * both directions." Charlotte's self-assessment draft is sealed with her passphrase;
 * she edits it on the laptop; merged back, it is hers to read, sealed in the file, and
 * nobody else's; the typed words are in neither file in clear. */
static void
test_sealed_draft_travels (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *copy = opl_test_db_path ("sealed-laptop.db");
  const char *charlotte = opl_person_get_id (opl_test_find_person (fixture->practice, "Charlotte Bakker"));
  g_autofree char *charlotte_id = g_strdup (charlotte);
  g_autoptr(OplMerge) merge = NULL;
  g_autoptr(OplForm) as_charlotte = NULL;
  g_autoptr(OplForm) as_anna = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_store_set_passphrase (fixture->practice, opl_test_find_person (fixture->practice,
                                                                                    "Charlotte Bakker"),
                                           NULL, PASSPHRASE, &error));
  g_assert_no_error (error);
  opl_store_forget_key (fixture->practice);
  g_assert_true (opl_store_copy_out (fixture->practice, copy, NULL, &error));

  /* On the laptop: Charlotte unlocks and types in her draft. */
  {
    g_autoptr(OplStore) laptop = opl_test_open_store_as (copy, "Charlotte Bakker");
    g_autoptr(OplForm) draft = NULL;
    const OplFormSection *definition;
    const char *item = NULL;

    g_assert_true (opl_store_unlock (laptop, charlotte_id, PASSPHRASE, &error));
    draft = month_6_draft (laptop, charlotte_id);
    definition = opl_form_definition_get_section (opl_form_get_definition (draft), 0);
    item = definition->items[0].id;
    g_assert_nonnull (item);
    g_assert_true (opl_store_set_form_answer (laptop, draft, item, NULL, SECRET, &error));
    g_assert_no_error (error);
  }
  g_assert_false (opl_test_file_holds (copy, SECRET));

  merge = preview (fixture, copy);
  g_assert_cmpuint (opl_merge_get_conflicts (merge)->len, ==, 0);
  apply (merge);
  opl_database_exec (opl_store_get_database (fixture->practice), "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  g_assert_false (opl_test_file_holds (fixture->path, SECRET));

  /* Charlotte, with her passphrase, reads what she typed on the laptop; Anna does not. */
  as_anna = month_6_draft (fixture->practice, opl_person_get_id (opl_test_find_person (fixture->practice,
                                                                                       "Anna de Vries")));
  g_assert_true (opl_form_is_redacted (as_anna));
  g_assert_true (opl_store_unlock (fixture->practice, charlotte_id, PASSPHRASE, &error));
  as_charlotte = month_6_draft (fixture->practice, charlotte_id);
  g_assert_false (opl_form_is_redacted (as_charlotte));
  g_assert_cmpstr (opl_form_get_note (as_charlotte,
                                      opl_form_definition_get_section (opl_form_get_definition (as_charlotte), 0)->items[0].id),
                   ==, SECRET);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/opl/merge/both-add-and-change-other-fields", Fixture, NULL, fixture_setup,
              test_both_add_and_change_other_fields, fixture_teardown);
  g_test_add ("/opl/merge/same-field", Fixture, NULL, fixture_setup, test_same_field, fixture_teardown);
  g_test_add ("/opl/merge/keep-all-practice", Fixture, NULL, fixture_setup, test_keep_all_practice, fixture_teardown);
  g_test_add ("/opl/merge/delete-versus-change", Fixture, NULL, fixture_setup, test_delete_versus_change,
              fixture_teardown);
  g_test_add ("/opl/merge/signed-in-practice", Fixture, NULL, fixture_setup, test_signed_in_practice,
              fixture_teardown);
  g_test_add ("/opl/merge/signed-on-laptop", Fixture, NULL, fixture_setup, test_signed_on_laptop, fixture_teardown);
  g_test_add ("/opl/merge/two-copies", Fixture, NULL, fixture_setup, test_two_copies, fixture_teardown);
  g_test_add ("/opl/merge/round-trips", Fixture, NULL, fixture_setup, test_round_trips, fixture_teardown);
  g_test_add ("/opl/merge/older-after-newer", Fixture, NULL, fixture_setup, test_older_after_newer,
              fixture_teardown);
  g_test_add ("/opl/merge/added-twice", Fixture, NULL, fixture_setup, test_added_twice, fixture_teardown);
  g_test_add ("/opl/merge/new-form", Fixture, NULL, fixture_setup, test_new_form, fixture_teardown);
  g_test_add ("/opl/merge/changed-since-preview", Fixture, NULL, fixture_setup, test_changed_since_preview,
              fixture_teardown);
  g_test_add ("/opl/merge/sealed-draft-travels", Fixture, NULL, fixture_setup, test_sealed_draft_travels,
              fixture_teardown);
  g_test_add ("/opl/merge/refused-files", Fixture, NULL, fixture_setup, test_refused_files, fixture_teardown);

  return g_test_run ();
}

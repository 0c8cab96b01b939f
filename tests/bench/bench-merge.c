/* bench-merge.c: times merging a laptop's copy back into the practice (issue 16).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-merge DATABASE [RUNS]
 *
 * Each run (one warm-up, then RUNS, default 5) works on a fresh copy of DATABASE in a
 * directory of its own, so the generated practice is never written: a store is opened
 * on it as the hoofdopleider, a copy for a laptop is taken (opl_store_copy_out()), and
 * then, untimed:
 *
 * - on the laptop's copy, the work of the aios of the hoofdopleider's longest-running
 *   current traject (as bench-queries chooses), per three months from today: the 13
 *   weekly leergesprekken (the planned ones given an agenda, notes, agreements, a top
 *   and a tip and marked held, the weeks without one added), 150 KPB/KVB, the answers
 *   of a ComBel self-assessment draft (the half answered in the practice reconsidered,
 *   the rest answered) and 4 diensten a week. The draft itself is started in the
 *   practice before the copy is taken: a form added on the laptop is mistaken by the
 *   merge for one added twice (docs/performance.md);
 * - meanwhile in the practice: the hoofdopleider's checklist ticks of the next days
 *   and weeks, the notes of the first three of those leergesprekken (the laptop wrote
 *   notes too: three true conflicts) and the hour of the next two (a field the laptop
 *   left alone: merged by itself).
 *
 * Then timed: the preview (opl_merge_new(), which reads the copy and plans the merge,
 * plus opl_merge_choose_all() with the laptop's side for the conflicts) and the apply
 * (opl_merge_apply()). Two amounts of work: three months (about 240 rows), and four
 * times that (about 960 rows: the "about a thousand changed rows"). One line
 * per step on stdout, tab-separated, in µs:
 *
 *   merge  STEP (N changed rows, C conflicts)  MEDIAN_US  MIN_US  MAX_US
 *
 * N counts the rows the laptop added or changed. OPL_TODAY fixes today, as in the
 * app. Used by build-aux/bench (docs/performance.md).
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-merge.h"
#include "opl-store.h"
#include "opl-store-copy.h"

#define WEEKS_PER_QUARTER 13
#define KPB_PER_QUARTER 150
#define DIENSTEN_PER_WEEK 4
#define CONFLICTS 3
#define MOVED 2

typedef struct
{
  const char  *source;        /* the generated practice, never written */
  GDate        today;
  guint        quarters;      /* three months of work, this many times */

  /* One run's */
  char        *dir;
  char        *practice_path;
  char        *copy_path;
  OplDatabase *database;
  OplStore    *store;
  OplPerson   *opleider;
  OplTraject  *traject;
  GRand       *rand;

  /* What the run changed */
  guint        laptop_rows;
  guint        practice_rows;
  guint        kpb_added;
  GPtrArray   *conflict_ids;  /* leergesprekken whose notes both sides changed */
  GPtrArray   *combel_ids;    /* the aios's ComBel drafts */
} Bench;

/* Helpers -------------------------------------------------------------------------- */

static gboolean
sql_failed (sqlite3     *db,
            const char  *sql,
            GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s (%s)", sqlite3_errmsg (db), sql);
  return FALSE;
}

/* Runs @sql with its parameters bound from @types: 's' a string (NULL: SQL NULL), 'i'
 * an int. Adds the rows it changed to @changed, when given. */
static gboolean
run (sqlite3     *db,
     guint       *changed,
     GError     **error,
     const char  *sql,
     const char  *types,
     ...)
{
  sqlite3_stmt *stmt = NULL;
  va_list args;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (db, sql, error);

  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      if (types[i] == 'i')
        sqlite3_bind_int (stmt, i + 1, va_arg (args, int));
      else
        sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
    }
  va_end (args);

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return sql_failed (db, sql, error);
  if (changed != NULL)
    *changed += (guint) sqlite3_changes (db);
  return TRUE;
}

/* The first column of the first row of @sql, its parameters @p1 and @p2 (unbound
 * when NULL), or NULL. */
static char *
text_of (sqlite3    *db,
         const char *sql,
         const char *p1,
         const char *p2)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  if (p1 != NULL)
    sqlite3_bind_text (stmt, 1, p1, -1, SQLITE_STATIC);
  if (p2 != NULL)
    sqlite3_bind_text (stmt, 2, p2, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The first column of every row of @sql, its parameters @p1 and @p2 as above. */
static GPtrArray *
texts_of (sqlite3    *db,
          const char *sql,
          const char *p1,
          const char *p2)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return texts;
  if (p1 != NULL)
    sqlite3_bind_text (stmt, 1, p1, -1, SQLITE_STATIC);
  if (p2 != NULL)
    sqlite3_bind_text (stmt, 2, p2, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (texts, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return texts;
}

/* A UUID from the run's own generator: the same rows every run. */
static char *
make_id (Bench *b)
{
  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%08x%04x", g_rand_int (b->rand), g_rand_int (b->rand) & 0xffff,
                          g_rand_int (b->rand) & 0xfff, 0x8000 | (g_rand_int (b->rand) & 0x3fff),
                          g_rand_int (b->rand), g_rand_int (b->rand) & 0xffff);
}

static char *
date_text (const GDate *date)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

/* An ISO 8601 timestamp of @date at @hour:@minute, UTC. */
static char *
timestamp_of (const GDate *date,
              int          hour,
              int          minute)
{
  g_autofree char *day = date_text (date);

  return g_strdup_printf ("%sT%02d:%02d:00.000Z", day, hour, minute);
}

/* "2026-W47": the ISO week of @date. */
static char *
week_key (const GDate *date)
{
  guint week = g_date_get_iso8601_week_of_year (date);
  int year = g_date_get_year (date);

  if (week >= 52 && g_date_get_month (date) == G_DATE_JANUARY)
    year--;
  else if (week == 1 && g_date_get_month (date) == G_DATE_DECEMBER)
    year++;
  return g_strdup_printf ("%04d-W%02u", year, week);
}

static const char *
pick (Bench              *b,
      const char * const *choices,
      guint               n)
{
  return choices[g_rand_int_range (b->rand, 0, (gint32) n)];
}

#define PICK(b, choices) pick ((b), (choices), G_N_ELEMENTS (choices))

/* The laptop: three months of the aios's work, @quarters times ------------------------ */

static const char * const topics[] = {
  "Consult hoofdpijn", "Telefonische triage kind met koorts", "Consult lage rugpijn", "Visite COPD-exacerbatie",
  "Consult buikpijn bij een kind", "Slecht-nieuwsgesprek", "Consult diabetes type 2", "Spreekuur huidafwijking",
  "Consult duizeligheid", "Kleine chirurgie: excisie", "Consult depressieve klachten", "Visite palliatieve zorg",
};

static const char * const gebieden[] = {
  "medisch-handelen", "communicatie", "samenwerken", "kennis-en-wetenschap", "maatschappelijk-handelen",
  "organisatie", "professionaliteit",
};

static const char * const kpb_scores[] = { "goed", "voldoende", "onvoldoende" };
static const char * const kvb_scores[] = { "direct-toezicht", "indirect-toezicht" };
static const char * const kinds[] = { "taakgericht", "persoonsgericht", "leerprocesgericht", "video" };

typedef struct
{
  sqlite3     *db;
  const char  *traject_id;
  const char  *aios_id;
  GPtrArray   *opleiders;     /* the traject's opleiders' ids */
  GDate        first;         /* the first day of the work: tomorrow */
} Laptop;

/* The weekly leergesprek of each week: the planned one written up and held, or one
 * added where the week had none. */
static gboolean
write_leergesprekken (Bench   *b,
                      Laptop  *l,
                      GError **error)
{
  g_autofree char *weekday_text = text_of (l->db, "SELECT weekday FROM leergesprek_slot WHERE traject_id = ?",
                                           l->traject_id, NULL);
  int weekday = weekday_text != NULL ? atoi (weekday_text) : G_DATE_FRIDAY;
  GDate date = l->first;

  while ((int) g_date_get_weekday (&date) != weekday)
    g_date_add_days (&date, 1);

  for (guint w = 0; w < WEEKS_PER_QUARTER * b->quarters; w++, g_date_add_days (&date, 7))
    {
      g_autofree char *week = week_key (&date);
      g_autofree char *day = date_text (&date);
      g_autofree char *at = timestamp_of (&date, 17, 45);
      g_autofree char *agenda = g_strdup_printf ("Week %s: terugblik op de KPB's, de casus van deze week, "
                                                 "leervraag over %s.", week, PICK (b, topics));
      g_autofree char *notes = g_strdup_printf ("Besproken (%s): de consulten van deze week, het beleid bij %s, "
                                                "tijdsbewaking en de overdracht aan de POH. De aios merkt dat "
                                                "samenvatten helpt; de opleider geeft een voorbeeld uit de eigen "
                                                "praktijk.", day, PICK (b, topics));
      const char *opleider = g_ptr_array_index (l->opleiders, w % l->opleiders->len);
      g_autofree char *id = text_of (l->db, "SELECT id FROM leergesprek WHERE traject_id = ?1 AND week_key = ?2",
                                     l->traject_id, week);

      if (id != NULL)
        {
          if (!run (l->db, &b->laptop_rows, error,
                    "UPDATE leergesprek SET agenda = ?2, notes = ?3, agreements = ?4, top = ?5, tip = ?6,"
                    " status = 'held', changed_at = max (?7, created_at), changed_by = ?8 WHERE id = ?1",
                    "ssssssss", id, agenda, notes, "Volgende week: twee consulten op video opnemen.",
                    "Goede structuur in het consult.", "Vat samen voor je het beleid bespreekt.", at, l->aios_id))
            return FALSE;
        }
      else
        {
          g_autofree char *new_id = make_id (b);

          if (!run (l->db, &b->laptop_rows, error,
                    "INSERT INTO leergesprek (id, traject_id, week_key, date, start_minute, duration, kind, status,"
                    " opleider_id, agenda, notes, agreements, top, tip, created_at, created_by, changed_at,"
                    " changed_by) SELECT ?1, ?2, ?3, ?4, coalesce (s.start_minute, 990), coalesce (s.duration, 75),"
                    " ?5, 'held', ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12, ?13"
                    " FROM (SELECT 1) LEFT JOIN leergesprek_slot s ON s.traject_id = ?2",
                    "sssssssssssss", new_id, l->traject_id, week, day, kinds[w % G_N_ELEMENTS (kinds)], opleider,
                    agenda, notes, "Leerdoelen bijstellen voor het volgende kwartaal.",
                    "Rustig en empathisch.", "Vraag naar de verwachting van de patiënt.", at, l->aios_id))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_kpb (Bench   *b,
           Laptop  *l,
           GError **error)
{
  guint n = KPB_PER_QUARTER * b->quarters;
  guint days = 91 * b->quarters;

  for (guint i = 0; i < n; i++)
    {
      gboolean kvb = i % 5 == 4;
      const char *kind = kvb ? "kvb" : "kpb";
      GDate date = l->first;
      g_autofree char *id = make_id (b);
      g_autofree char *day = NULL;
      g_autofree char *at = NULL;
      g_autofree char *feedback = NULL;

      g_date_add_days (&date, i * days / n);
      day = date_text (&date);
      at = timestamp_of (&date, 16, (int) (i % 60));
      feedback = g_strdup_printf ("Top: %s Tip: %s", "goede opbouw van het consult.",
                                  "vraag naar de hulpvraag voor je onderzoekt.");
      if (!run (l->db, &b->laptop_rows, error,
                "INSERT INTO kpb_entry (id, traject_id, kind, entry_date, topic, competentiegebied, score, feedback,"
                " assessor_id, definition_id, definition_version, created_at, created_by, changed_at, changed_by)"
                " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, definition_id, max (version), ?10, ?11, ?10, ?11"
                " FROM form_definition WHERE kind = ?3 GROUP BY definition_id LIMIT 1",
                "sssssssssss", id, l->traject_id, kind, day, PICK (b, topics), PICK (b, gebieden),
                kvb ? PICK (b, kvb_scores) : PICK (b, kpb_scores), feedback,
                (const char *) g_ptr_array_index (l->opleiders, i % l->opleiders->len), at, l->aios_id))
        return FALSE;
    }
  b->kpb_added = n;
  return TRUE;
}

/* The answers of a ComBel self-assessment: those of the practice's last final one of
 * the same definition, @half 0 the first half of its items, 1 the ones not answered yet. */
#define COMBEL_ANSWERS \
  " FROM form_answer a WHERE a.form_id = (SELECT f.id FROM form f JOIN form n ON n.id = ?1" \
  " WHERE f.kind = 'combel' AND f.author_role = 'aios' AND f.state <> 'draft'" \
  " AND f.definition_id = n.definition_id AND f.definition_version = n.definition_version" \
  " ORDER BY f.form_date DESC, f.id LIMIT 1)" \
  " AND (?4 = 1 OR 2 * (SELECT count(*) FROM form_answer o WHERE o.form_id = a.form_id AND o.item_id < a.item_id)" \
  " < (SELECT count(*) FROM form_answer o WHERE o.form_id = a.form_id))" \
  " AND NOT EXISTS (SELECT 1 FROM form_answer d WHERE d.form_id = ?1 AND d.item_id = a.item_id)"

static gboolean
add_answers (Bench       *b,
             sqlite3     *db,
             guint       *changed,
             const char  *form_id,
             const char  *at,
             const char  *by,
             int          half,
             GError     **error)
{
  /* Ids from SQLite's generator: what they are does not matter to the merge. */
  return run (db, changed, error,
              "INSERT INTO form_answer (id, form_id, item_id, value, note, created_at, created_by, changed_at,"
              " changed_by) SELECT lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4'"
              " || substr (lower (hex (randomblob (2))), 2) || '-8' || substr (lower (hex (randomblob (2))), 2)"
              " || '-' || lower (hex (randomblob (6))), ?1, a.item_id, a.value, '', ?2, ?3, ?2, ?3" COMBEL_ANSWERS,
              "sssi", form_id, at, by, half);
}

/* In the practice, before the copy is taken: the aios starts a ComBel self-assessment
 * a quarter, at the traject's next moments that have none, and answers half of it. (A
 * form added on the laptop itself cannot be merged: see docs/performance.md.) */
static gboolean
start_combel (Bench   *b,
              GError **error)
{
  sqlite3 *db = opl_database_get_handle (b->database);
  const char *traject_id = opl_traject_get_id (b->traject);
  const char *aios_id = opl_traject_get_aios_id (b->traject);
  g_autofree char *at = timestamp_of (&b->today, 9, 0);

  for (int month = 3; month <= 24 && b->combel_ids->len < b->quarters; month += 3)
    {
      g_autofree char *id = NULL;
      g_autofree char *form_date = NULL;
      g_autofree char *month_text = g_strdup_printf ("%d", month);
      g_autofree char *taken = text_of (db, "SELECT 1 FROM form WHERE traject_id = ? AND kind = 'combel'"
                                            " AND author_role = 'aios' AND moment_month = ?",
                                        traject_id, month_text);
      GDate date = *opl_traject_get_start (b->traject);

      if (taken != NULL)
        continue;

      id = make_id (b);
      g_date_add_months (&date, (guint) month);
      form_date = date_text (&date);
      if (!run (db, NULL, error,
                "INSERT INTO form (id, definition_id, definition_version, kind, traject_id, subject_id, author_id,"
                " author_role, moment_month, form_date, state, shared, created_at, created_by, changed_at,"
                " changed_by) SELECT ?1, definition_id, max (version), 'combel', ?2, ?3, ?3, 'aios', ?4, ?5,"
                " 'draft', 0, ?6, ?3, ?6, ?3 FROM form_definition WHERE kind = 'combel' GROUP BY definition_id"
                " LIMIT 1",
                "sssiss", id, traject_id, aios_id, month, form_date, at) ||
          !add_answers (b, db, NULL, id, at, aios_id, 0, error))
        return FALSE;
      g_ptr_array_add (b->combel_ids, g_steal_pointer (&id));
    }
  return TRUE;
}

/* On the laptop: each draft's answers reconsidered, and the rest answered. */
static gboolean
write_combel (Bench   *b,
              Laptop  *l,
              GError **error)
{
  for (guint i = 0; i < b->combel_ids->len; i++)
    {
      const char *id = g_ptr_array_index (b->combel_ids, i);
      GDate when = l->first;
      g_autofree char *at = NULL;

      g_date_add_days (&when, 20 + 91 * i);
      at = timestamp_of (&when, 20, 15);
      if (!run (l->db, &b->laptop_rows, error,
                "UPDATE form_answer SET note = 'Zelfbeoordeling: ' || item_id, changed_at = max (?2, created_at),"
                " changed_by = ?3 WHERE form_id = ?1",
                "sss", id, at, l->aios_id) ||
          !add_answers (b, l->db, &b->laptop_rows, id, at, l->aios_id, 1, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_diensten (Bench   *b,
                Laptop  *l,
                GError **error)
{
  /* Monday evening, Wednesday night, Saturday, Thursday evening of each week. */
  static const struct { int offset; const char *kind; } slots[DIENSTEN_PER_WEEK] = {
    { 0, "avond" }, { 2, "nacht" }, { 5, "weekend" }, { 3, "avond" },
  };
  GDate monday = l->first;

  while (g_date_get_weekday (&monday) != G_DATE_MONDAY)
    g_date_add_days (&monday, 1);

  for (guint w = 0; w < WEEKS_PER_QUARTER * b->quarters; w++, g_date_add_days (&monday, 7))
    for (guint s = 0; s < DIENSTEN_PER_WEEK; s++)
      {
        GDate date = monday;
        GDate next;
        g_autofree char *id = make_id (b);
        g_autofree char *day = NULL;
        g_autofree char *at = NULL;

        g_date_add_days (&date, slots[s].offset);
        next = date;
        g_date_add_days (&next, 1);
        day = date_text (&date);
        at = timestamp_of (&next, 9, (int) s);
        if (!run (l->db, &b->laptop_rows, error,
                  "INSERT INTO dienst (id, traject_id, dienst_date, kind, with_person_id, at_distance, note,"
                  " created_at, created_by, changed_at, changed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7, ?8, ?7, ?8)",
                  "sssssiss", id, l->traject_id, day, slots[s].kind,
                  (const char *) g_ptr_array_index (l->opleiders, (w + s) % l->opleiders->len), (int) (s == 1),
                  at, l->aios_id))
          return FALSE;
      }
  return TRUE;
}

static gboolean
work_on_laptop (Bench   *b,
                GError **error)
{
  Laptop l = { NULL };
  gboolean ok;

  if (sqlite3_open_v2 (b->copy_path, &l.db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    return sql_failed (l.db, b->copy_path, error);

  l.traject_id = opl_traject_get_id (b->traject);
  l.aios_id = opl_traject_get_aios_id (b->traject);
  l.opleiders = texts_of (l.db, "SELECT opleider_id FROM traject_opleider WHERE traject_id = ? ORDER BY opleider_id",
                          l.traject_id, NULL);
  if (l.opleiders->len == 0)
    g_ptr_array_add (l.opleiders, g_strdup (opl_person_get_id (b->opleider)));
  l.first = b->today;
  g_date_add_days (&l.first, 1);

  ok = run (l.db, NULL, error, "PRAGMA foreign_keys = ON", "") &&
       run (l.db, NULL, error, "BEGIN", "") &&
       write_leergesprekken (b, &l, error) && write_kpb (b, &l, error) && write_combel (b, &l, error) &&
       write_diensten (b, &l, error) &&
       run (l.db, NULL, error, "COMMIT", "");

  g_ptr_array_unref (l.opleiders);
  sqlite3_close (l.db);
  return ok;
}

/* The practice meanwhile ---------------------------------------------------------- */

static gboolean
tick (Bench       *b,
      sqlite3     *db,
      const char  *item,
      const char  *period,
      const char  *at,
      GError     **error)
{
  const char *opleider_id = opl_person_get_id (b->opleider);
  g_autofree char *id = make_id (b);

  return run (db, &b->practice_rows, error,
              "INSERT OR IGNORE INTO checklist_tick (id, person_id, item_id, period_key, checklist_version,"
              " created_at, created_by, changed_at, changed_by) SELECT ?1, ?2, ?3, ?4, max (checklist_version),"
              " ?5, ?2, ?5, ?2 FROM checklist_tick WHERE person_id = ?2",
              "sssss", id, opleider_id, item, period, at);
}

static gboolean
work_in_practice (Bench   *b,
                  GError **error)
{
  sqlite3 *db = opl_database_get_handle (b->database);
  const char *traject_id = opl_traject_get_id (b->traject);
  const char *opleider_id = opl_person_get_id (b->opleider);
  g_autofree char *today = date_text (&b->today);
  g_autoptr(GPtrArray) daily = NULL;
  g_autoptr(GPtrArray) weekly = NULL;
  g_autoptr(GPtrArray) planned = NULL;
  GDate day = b->today;
  guint n_days = 0;

  /* The checklist tasks the hoofdopleider ticked lately, daily and weekly. */
  daily = texts_of (db, "SELECT item_id FROM checklist_tick WHERE person_id = ?"
                        " AND period_key GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
                        " GROUP BY item_id ORDER BY max (period_key) DESC, item_id LIMIT 4", opleider_id, NULL);
  weekly = texts_of (db, "SELECT item_id FROM checklist_tick WHERE person_id = ?"
                         " AND period_key GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'"
                         " GROUP BY item_id ORDER BY max (period_key) DESC, item_id LIMIT 3", opleider_id, NULL);
  /* The leergesprekken planned after today, which the laptop writes up. */
  planned = texts_of (db, "SELECT id FROM leergesprek WHERE traject_id = ?1 AND date > ?2 ORDER BY date"
                          " LIMIT " G_STRINGIFY (CONFLICTS) " + " G_STRINGIFY (MOVED), traject_id, today);

  if (!run (db, NULL, error, "BEGIN", ""))
    return FALSE;

  /* The next seven working days' daily tasks; this and next week's weekly ones. */
  while (n_days < 7)
    {
      g_autofree char *key = NULL;
      g_autofree char *at = NULL;

      g_date_add_days (&day, 1);
      if (g_date_get_weekday (&day) >= G_DATE_SATURDAY)
        continue;
      n_days++;
      key = date_text (&day);
      at = timestamp_of (&day, 12, 0);
      for (guint i = 0; i < daily->len; i++)
        if (!tick (b, db, g_ptr_array_index (daily, i), key, at, error))
          return FALSE;

      if (n_days == 1 || n_days == 6)
        {
          g_autofree char *week = week_key (&day);

          for (guint i = 0; i < weekly->len; i++)
            if (!tick (b, db, g_ptr_array_index (weekly, i), week, at, error))
              return FALSE;
        }
    }

  /* The opleider's notes on the first of those leergesprekken (the laptop writes notes
   * too: true conflicts), and the next ones moved an hour earlier (merged by field). */
  for (guint i = 0; i < planned->len; i++)
    {
      const char *id = g_ptr_array_index (planned, i);
      GDate when = b->today;
      g_autofree char *at = NULL;

      g_date_add_days (&when, 2 + i);
      at = timestamp_of (&when, 10, 0);
      if (i < CONFLICTS)
        {
          if (!run (db, &b->practice_rows, error,
                    "UPDATE leergesprek SET notes = ?2, changed_at = max (?3, created_at), changed_by = ?4"
                    " WHERE id = ?1",
                    "ssss", id, "Voorbereiding opleider: de video van dinsdag bespreken.", at, opleider_id))
            return FALSE;
          g_ptr_array_add (b->conflict_ids, g_strdup (id));
        }
      else if (!run (db, &b->practice_rows, error,
                     "UPDATE leergesprek SET start_minute = max (start_minute - 60, 0),"
                     " changed_at = max (?2, created_at), changed_by = ?3 WHERE id = ?1",
                     "sss", id, at, opleider_id))
        return FALSE;
    }

  return run (db, NULL, error, "COMMIT", "");
}

/* A run ------------------------------------------------------------------------------ */

/* The hoofdopleider, their longest-running current traject (the store lists the most
 * recent first) and its aios: as bench-queries. */
static gboolean
choose_people (Bench   *b,
               GError **error)
{
  g_autoptr(GPtrArray) trajecten = NULL;

  b->opleider = opl_store_find_profile (b->store, "hoofdopleider");
  if (b->opleider == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "The practice has no hoofdopleider");
      return FALSE;
    }

  trajecten = opl_store_list_trajecten (b->store, opl_person_get_id (b->opleider), error);
  if (trajecten == NULL)
    return FALSE;

  for (guint i = trajecten->len; i > 0 && b->traject == NULL; i--)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i - 1);

      if (opl_traject_is_active (traject, &b->today))
        b->traject = g_object_ref (traject);
    }

  if (b->traject == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "The hoofdopleider has no current aios");
      return FALSE;
    }
  return TRUE;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);

  return g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error);
}

static gint64
kpb_count (Bench *b)
{
  g_autofree char *count = text_of (opl_database_get_handle (b->database),
                                    "SELECT count(*) FROM kpb_entry WHERE traject_id = ?",
                                    opl_traject_get_id (b->traject), NULL);

  return count != NULL ? g_ascii_strtoll (count, NULL, 10) : -1;
}

/* A fresh practice and the laptop's copy of it, both worked on: untimed. */
static gboolean
set_up (Bench   *b,
        gint64  *kpb_before,
        GError **error)
{
  g_autofree char *wal = g_strconcat (b->source, "-wal", NULL);

  b->dir = g_dir_make_tmp ("bench-merge-XXXXXX", error);
  if (b->dir == NULL)
    return FALSE;
  b->practice_path = g_build_filename (b->dir, "practice.db", NULL);
  b->copy_path = g_build_filename (b->dir, "laptop.db", NULL);
  if (!copy_file (b->source, b->practice_path, error))
    return FALSE;
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *wal_copy = g_strconcat (b->practice_path, "-wal", NULL);

      if (!copy_file (wal, wal_copy, error))
        return FALSE;
    }

  b->database = opl_database_open (b->practice_path, OPL_DATABASE_OPEN_DEFAULT, error);
  if (b->database == NULL)
    return FALSE;
  b->store = opl_store_new (b->database);
  if (!opl_store_load (b->store, error) || !choose_people (b, error))
    return FALSE;
  opl_store_set_actor (b->store, opl_person_get_id (b->opleider));

  b->rand = g_rand_new_with_seed (16);
  b->conflict_ids = g_ptr_array_new_with_free_func (g_free);
  b->combel_ids = g_ptr_array_new_with_free_func (g_free);
  b->laptop_rows = 0;
  b->practice_rows = 0;
  *kpb_before = kpb_count (b);
  return start_combel (b, error) && opl_store_copy_out (b->store, b->copy_path, NULL, error) && work_on_laptop (b, error) &&
         work_in_practice (b, error);
}

static void
tear_down (Bench *b)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&b->traject);
  g_clear_object (&b->store);
  g_clear_object (&b->database);
  g_clear_pointer (&b->rand, g_rand_free);
  g_clear_pointer (&b->conflict_ids, g_ptr_array_unref);
  g_clear_pointer (&b->combel_ids, g_ptr_array_unref);
  b->opleider = NULL;

  if (b->dir != NULL && (dir = g_dir_open (b->dir, 0, NULL)) != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (b->dir, name, NULL);

          g_unlink (path);
        }
      g_rmdir (b->dir);
    }
  g_clear_pointer (&b->dir, g_free);
  g_clear_pointer (&b->practice_path, g_free);
  g_clear_pointer (&b->copy_path, g_free);
}

/* That the merge wrote the laptop's work: its KPB/KVB, and its side of the conflicts. */
static gboolean
check_merged (Bench   *b,
              gint64   kpb_before,
              GError **error)
{
  sqlite3 *db = opl_database_get_handle (b->database);

  if (kpb_count (b) != kpb_before + b->kpb_added)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%" G_GINT64_FORMAT " KPB/KVB after the merge, not %"
                   G_GINT64_FORMAT, kpb_count (b), kpb_before + b->kpb_added);
      return FALSE;
    }

  for (guint i = 0; i < b->conflict_ids->len; i++)
    {
      g_autofree char *notes = text_of (db, "SELECT notes FROM leergesprek WHERE id = ?",
                                        g_ptr_array_index (b->conflict_ids, i), NULL);

      if (!g_str_has_prefix (notes != NULL ? notes : "", "Besproken ("))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "A conflict did not take the laptop's side");
          return FALSE;
        }
    }
  return TRUE;
}

/* The timed part: the preview (reading the copy, planning, choosing the laptop's side
 * of every conflict), then the apply. */
static gboolean
merge (Bench          *b,
       gint64         *preview_us,
       gint64         *apply_us,
       OplMergeCounts *counts,
       GError        **error)
{
  g_autoptr(OplMerge) merge = NULL;
  gint64 start = g_get_monotonic_time ();

  merge = opl_merge_new (b->store, b->copy_path, error);
  if (merge == NULL || !opl_merge_choose_all (merge, OPL_MERGE_SIDE_COPY, error))
    return FALSE;
  *preview_us = g_get_monotonic_time () - start;

  opl_merge_get_counts (merge, counts);
  if (counts->unresolved > 0 || opl_merge_get_problem (merge) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The merge cannot be applied: %s",
                   opl_merge_get_problem (merge) != NULL ? opl_merge_get_problem (merge) : "conflicts left");
      return FALSE;
    }

  start = g_get_monotonic_time ();
  if (!opl_merge_apply (merge, error))
    return FALSE;
  *apply_us = g_get_monotonic_time () - start;
  return TRUE;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
print_times (const char *step,
             Bench      *b,
             guint       conflicts,
             GArray     *times)
{
  g_array_sort (times, compare_times);
  g_print ("merge\t%s (%u changed rows, %u conflicts)\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%"
           G_GINT64_FORMAT "\n", step, b->laptop_rows, conflicts, g_array_index (times, gint64, times->len / 2),
           g_array_index (times, gint64, 0), g_array_index (times, gint64, times->len - 1));
}

static gboolean
time_merges (Bench   *b,
             guint    quarters,
             guint    runs,
             GError **error)
{
  g_autoptr(GArray) previews = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) applies = g_array_new (FALSE, FALSE, sizeof (gint64));
  OplMergeCounts counts = { 0 };
  guint laptop_rows = 0, practice_rows = 0;

  b->quarters = quarters;
  for (guint i = 0; i < runs + 1; i++)
    {
      gint64 preview_us = 0, apply_us = 0, kpb_before = 0;
      gboolean ok;

      ok = set_up (b, &kpb_before, error) && merge (b, &preview_us, &apply_us, &counts, error) &&
           check_merged (b, kpb_before, error);
      laptop_rows = b->laptop_rows;
      practice_rows = b->practice_rows;
      tear_down (b);
      if (!ok)
        return FALSE;
      if (i > 0)
        {
          g_array_append_val (previews, preview_us);
          g_array_append_val (applies, apply_us);
        }
    }

  b->laptop_rows = laptop_rows;
  print_times ("preview", b, counts.conflicts, previews);
  print_times ("apply", b, counts.conflicts, applies);
  g_print ("merge-rows\t%u months\tlaptop %u\tpractice %u\tadded %u\tchanged %u\tdeleted %u\talready %u\t"
           "conflicts %u\n", 3 * quarters, laptop_rows, practice_rows, counts.added, counts.changed, counts.deleted,
           counts.already, counts.conflicts);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  static const guint quarters[] = { 1, 4 };
  g_autoptr(GError) error = NULL;
  Bench b = { NULL };
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 5;

  if (argc < 2 || runs < 1)
    {
      g_printerr ("usage: bench-merge DATABASE [RUNS]\n");
      return 2;
    }

  b.source = argv[1];
  opl_date_set_today (&b.today);
  for (guint i = 0; i < G_N_ELEMENTS (quarters); i++)
    {
      if (!time_merges (&b, quarters[i], runs, &error))
        {
          g_printerr ("bench-merge: %s\n", error->message);
          return 1;
        }
    }
  return 0;
}

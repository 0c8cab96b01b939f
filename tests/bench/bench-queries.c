/* bench-queries.c: times each store call the dashboards and views make.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-queries DATABASE [RUNS]
 *
 * Each query below is the store call a page makes when it is built or refreshed (the
 * page and function are named with it), with the arguments that page gives it, for
 * the hoofdopleider and for the aios of the hoofdopleider's longest-running current
 * traject.
 * Every call runs twice to warm up, then RUNS times (default 50); one line per query
 * on stdout, tab-separated:
 *
 *   query  VIEW  NAME  MEDIAN_US  MIN_US  MAX_US
 *
 * OPL_TODAY fixes today, as in the app. Used by build-aux/bench.
 */

#include "config.h"

#include <stdlib.h>

#include "opl-checklist.h"
#include "opl-date.h"
#include "opl-seal.h"
#include "opl-store.h"
#include "opl-store-forms.h"
#include "opl-store-institute.h"
#include "opl-store-scholing.h"

typedef struct
{
  const char   *path;
  OplDatabase  *database;
  OplStore     *store;
  OplChecklist *checklist;
  OplPerson    *opleider;
  OplTraject   *traject;        /* the hoofdopleider's longest-running current traject */
  OplPerson    *aios;           /* its aios */
  GDate         today;
  gint64        untimed;        /* what a query did that the page does not wait for */
  OplSealLock   lock;           /* a passphrase's lock, made once */
} Bench;

typedef gboolean (*QueryFunc) (Bench   *b,
                               GError **error);

typedef struct
{
  const char *view;
  const char *name;
  QueryFunc   func;
  guint       max_runs;         /* 0: as many as asked */
} Query;

/* Start-up (opl-application.c, activate) ----------------------------------------- */

/* As the app opens it: the quick_check runs on a worker thread, which the app does
 * not wait for; here it is waited for untimed, so that the checks do not pile up. */
static gboolean
open_database (Bench   *b,
               GError **error)
{
  g_autoptr(OplDatabase) database = opl_database_open (b->path, OPL_DATABASE_OPEN_CHECK_LATER, error);
  gint64 opened = g_get_monotonic_time ();
  gboolean ok = database != NULL && opl_database_wait_for_check (database, error);

  b->untimed = g_get_monotonic_time () - opened;
  return ok;
}

/* The quick_check itself, which the app no longer waits for before its first frame. */
static gboolean
quick_check (Bench   *b,
             GError **error)
{
  return opl_database_quick_check (b->database, error);
}

static gboolean
load_store (Bench   *b,
            GError **error)
{
  g_autoptr(OplStore) store = opl_store_new (b->database);

  return opl_store_load (store, error);
}

/* Dashboard (opl-dashboard-page.c, refresh_opleider and refresh_aios) ----------------- */

static gboolean
checklist_status (Bench   *b,
                  GError **error)
{
  g_autoptr(GArray) statuses = opl_store_get_checklist_status (b->store, b->checklist,
                                                               opl_person_get_id (b->opleider),
                                                               &b->today, error);

  return statuses != NULL;
}

static gboolean
current_trajecten (Bench   *b,
                   GError **error)
{
  g_autoptr(GPtrArray) trajecten = opl_store_list_current_trajecten (b->store, b->opleider,
                                                                     &b->today, error);

  return trajecten != NULL;
}

static gboolean
earlier_trajecten (Bench   *b,
                   GError **error)
{
  guint n_ended;
  g_autoptr(GPtrArray) trajecten = opl_store_list_ended_trajecten (b->store, opl_person_get_id (b->opleider),
                                                                   &b->today, 5, &n_ended, error);

  return trajecten != NULL;
}

static gboolean
schedule (Bench   *b,
          GError **error)
{
  g_autoptr(GArray) moments = opl_store_get_schedule (b->store, b->traject, &b->today, error);

  return moments != NULL;
}

/* The next leergesprek of an aios and the warnings of the weeks before (dashboard). */
static gboolean
coming_leergesprek (Bench   *b,
                    GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(OplLeergesprek) coming = opl_store_get_coming_leergesprek (b->store, opl_traject_get_id (b->traject),
                                                                       &b->today, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
recent_warnings (Bench   *b,
                 GError **error)
{
  g_autoptr(GArray) warnings = opl_store_get_recent_warnings (b->store, b->traject, &b->today, error);

  return warnings != NULL;
}

/* The KPB/KVB and diensten pace and the supervision rule (opl-progress-group.c). */
static gboolean
progress (Bench   *b,
          GError **error)
{
  OplSupervision supervision;
  OplPace pace;

  return opl_store_get_kpb_pace (b->store, b->traject, &b->today, &pace, error) &&
         opl_store_get_diensten_pace (b->store, b->traject, &b->today, &pace, error) &&
         opl_store_get_supervision (b->store, b->traject, &supervision, error);
}

/* The opleider's scholingsdagen this opleidingsjaar (opl-scholing-summary.c). */
static gboolean
scholing_summary (Bench   *b,
                  GError **error)
{
  g_autoptr(OplInstitute) institute = opl_store_load_institute (b->store, error);
  g_autoptr(OplScholingReport) report = NULL;

  if (institute == NULL)
    return FALSE;

  report = opl_store_get_scholing_report (b->store, institute, opl_person_get_id (b->opleider),
                                          opl_scholing_year_of (opl_institute_get_rules (institute), &b->today),
                                          &b->today, error);
  return report != NULL;
}

static gboolean
aios_trajecten (Bench   *b,
                GError **error)
{
  g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (b->store, opl_person_get_id (b->aios), error);

  return trajecten != NULL;
}

/* Checklist (opl-checklist-page.c, refresh_history) --------------------------------- */

static gboolean
checklist_history (Bench   *b,
                   GError **error)
{
  g_autoptr(GPtrArray) histories = opl_store_get_checklist_history (b->store, b->checklist,
                                                                    opl_person_get_id (b->opleider),
                                                                    &b->today, 8, error);

  return histories != NULL;
}

/* Leergesprekken (opl-leergesprekken-page.c, fill_slot, fill_warnings, fill_weeks,
 * fill_past, and the search) -------------------------------------------------------- */

static gboolean
slot (Bench   *b,
      GError **error)
{
  g_auto(OplSlot) found = { 0 };

  return opl_store_get_slot (b->store, opl_traject_get_id (b->traject), &found, error);
}

static gboolean
warnings (Bench   *b,
          GError **error)
{
  g_autoptr(GArray) found = NULL;
  GDate from = b->today;

  g_date_subtract_days (&from, 8 * 7);
  if (g_date_compare (&from, opl_traject_get_start (b->traject)) < 0)
    from = *opl_traject_get_start (b->traject);

  found = opl_store_get_planner_warnings (b->store, b->traject, &from, &b->today, error);
  return found != NULL;
}

static gboolean
coming_weeks (Bench   *b,
              GError **error)
{
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) leergesprekken = NULL;
  g_auto(OplSlot) found = { 0 };
  GDate monday = b->today, until, wide_from, wide_until;

  g_date_subtract_days (&monday, g_date_get_weekday (&b->today) - G_DATE_MONDAY);
  until = monday;
  g_date_add_days (&until, 9 * 7 - 1);
  weeks = opl_store_plan_weeks (b->store, b->traject, &monday, &until, error);
  if (weeks == NULL || !opl_store_get_slot (b->store, opl_traject_get_id (b->traject), &found, error))
    return FALSE;

  wide_from = monday;
  g_date_subtract_days (&wide_from, 7);
  wide_until = until;
  g_date_add_days (&wide_until, 7);
  leergesprekken = opl_store_list_leergesprekken (b->store, opl_traject_get_id (b->traject),
                                                  &wide_from, &wide_until, NULL, error);
  return leergesprekken != NULL;
}

static gboolean
past (Bench   *b,
      GError **error)
{
  g_autoptr(GPtrArray) found = NULL;
  GDate yesterday = b->today;

  g_date_subtract_days (&yesterday, 1);
  found = opl_store_list_leergesprekken (b->store, opl_traject_get_id (b->traject),
                                         opl_traject_get_start (b->traject), &yesterday, NULL, error);
  return found != NULL;
}

static gboolean
search (Bench   *b,
        GError **error)
{
  g_autoptr(GPtrArray) found = NULL;
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 1900);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 2999);
  found = opl_store_list_leergesprekken (b->store, opl_traject_get_id (b->traject), &first, &last, "KPB", error);
  return found != NULL;
}

/* Unlock (opl-unlock-dialog.c, on a worker thread) --------------------------------- */

#define BENCH_PASSPHRASE "paarse olifant 12"

/* What the unlock dialog waits for: Argon2id's check of the passphrase and the
 * derivation of the sealed drafts' key (opl-seal.c's costs). */
static gboolean
unlock (Bench   *b,
        GError **error)
{
  g_autoptr(OplSealKey) key = NULL;

  if (b->lock.hash == NULL)
    {
      gint64 start = g_get_monotonic_time ();

      if (!opl_seal_lock_new (BENCH_PASSPHRASE, &b->lock, NULL, error))
        return FALSE;
      b->untimed = g_get_monotonic_time () - start;
    }

  key = opl_seal_unlock (&b->lock, BENCH_PASSPHRASE, error);
  return key != NULL;
}

static const Query queries[] = {
  { "start-up", "open the database (as the app: quick_check on a worker thread)", open_database },
  { "start-up", "quick_check (on a worker thread since this work)", quick_check },
  { "start-up", "load the practice and its people", load_store },
  { "dashboard (opleider)", "checklist of today", checklist_status },
  { "dashboard (opleider)", "current trajecten of the opleider", current_trajecten },
  { "dashboard (opleider)", "last 5 ended trajecten and their count", earlier_trajecten },
  { "dashboard (opleider)", "schedule of one aios", schedule },
  { "dashboard (opleider)", "next leergesprek of one aios", coming_leergesprek },
  { "dashboard (opleider)", "leergesprek warnings of one aios", recent_warnings },
  { "dashboard (opleider)", "KPB/KVB and diensten pace, supervision of one aios", progress },
  { "dashboard (opleider)", "scholingsdagen of this opleidingsjaar", scholing_summary },
  { "dashboard (aios)", "trajecten of the aios", aios_trajecten },
  { "dashboard (aios)", "schedule of the aios", schedule },
  { "checklist", "history of every task", checklist_history },
  { "traject", "current trajecten of the opleider", current_trajecten },
  { "traject", "schedule of one aios", schedule },
  { "leergesprekken", "weekly slot", slot },
  { "leergesprekken", "warnings of the last 8 weeks", warnings },
  { "leergesprekken", "the coming 9 weeks", coming_weeks },
  { "leergesprekken", "past leergesprekken of the traject", past },
  { "leergesprekken", "search the traject's leergesprekken", search },
  { "unlock", "check a passphrase and derive its key (worker thread; median of 5)", unlock, 5 },
};

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
time_query (Bench        *b,
            const Query  *query,
            guint         runs,
            GError      **error)
{
  g_autoptr(GArray) times = NULL;

  if (query->max_runs > 0)
    runs = MIN (runs, query->max_runs);
  times = g_array_sized_new (FALSE, FALSE, sizeof (gint64), runs);

  for (guint i = 0; i < runs + 2; i++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 took;

      b->untimed = 0;
      if (!query->func (b, error))
        return FALSE;

      took = g_get_monotonic_time () - start - b->untimed;
      if (i >= 2)
        g_array_append_val (times, took);
    }

  g_array_sort (times, compare_times);
  g_print ("query\t%s\t%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\n",
           query->view, query->name, g_array_index (times, gint64, runs / 2),
           g_array_index (times, gint64, 0), g_array_index (times, gint64, runs - 1));
  return TRUE;
}

/* The hoofdopleider, their longest-running current traject (the store lists the most
 * recent first) and its aios. */
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

  b->aios = opl_store_lookup_person (b->store, opl_traject_get_aios_id (b->traject));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  Bench b = { NULL };
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 50;

  if (argc < 2 || runs < 1)
    {
      g_printerr ("usage: bench-queries DATABASE [RUNS]\n");
      return 2;
    }

  b.path = argv[1];
  opl_date_set_today (&b.today);
  b.database = opl_database_open (b.path, OPL_DATABASE_OPEN_DEFAULT, &error);
  if (b.database != NULL)
    {
      b.store = opl_store_new (b.database);
      b.checklist = opl_checklist_new_default (&error);
    }

  if (b.checklist == NULL || !opl_store_load (b.store, &error) || !choose_people (&b, &error))
    {
      g_printerr ("bench-queries: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      if (!time_query (&b, &queries[i], runs, &error))
        {
          g_printerr ("bench-queries: %s: %s\n", queries[i].name, error->message);
          return 1;
        }
    }

  opl_seal_lock_clear (&b.lock);
  g_clear_object (&b.traject);
  g_clear_object (&b.checklist);
  g_clear_object (&b.store);
  g_clear_object (&b.database);
  return 0;
}

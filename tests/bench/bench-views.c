/* bench-views.c: times opening each view of a profile, as far as its first frame.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-views DATABASE [RUNS] [PROFILE:VIEW]   (needs a display: build-aux/bench runs it
 *                                              under Xvfb)
 *
 * For the hoofdopleider and for the aios of their longest-running current traject,
 * each view is built (its constructor reads the store and fills the page) and shown
 * in a window of the app's size until the frame clock has painted it. One line per
 * view on stdout, tab-separated, medians of RUNS (default 10) after one warm-up:
 *
 *   view  PROFILE  VIEW  BUILD_US  TO_FRAME_US
 *
 * BUILD_US is the constructor; TO_FRAME_US adds measuring, laying out and drawing
 * the first frame. "workspace" is what choosing a profile builds: every view at once.
 *
 * PROFILE:VIEW ("aios:leergesprekken") times that view only. To count its instructions,
 * which the load of a shared machine does not move (issue 19):
 *
 *   valgrind --tool=callgrind --toggle-collect=bench_open_view bench-views DB 1 aios:formulieren
 *
 * counts building each view and drawing it up to its first frame, RUNS + 1 times (the
 * warm-up too), and nothing of the window's start or of taking the view down again.
 */

#include "config.h"

#include <stdlib.h>

#include <adwaita.h>

#include "opl-checklist-page.h"
#include "opl-dashboard-page.h"
#include "opl-date.h"
#include "opl-export-page.h"
#include "opl-forms-page.h"
#include "opl-leergesprekken-page.h"
#include "opl-scholing-page.h"
#include "opl-traject-page.h"
#include "opl-workspace.h"

typedef GtkWidget *(*ViewNew) (OplStore  *store,
                               OplPerson *person);

typedef struct
{
  const char *name;
  ViewNew     create;
  gboolean    opleider_only;
} View;

static const View views[] = {
  { "dashboard", opl_dashboard_page_new },
  { "checklist", opl_checklist_page_new },
  { "traject", opl_traject_page_new },
  { "leergesprekken", opl_leergesprekken_page_new },
  { "formulieren", opl_forms_page_new },
  { "scholing", opl_scholing_page_new, TRUE },
  { "export", opl_export_page_new },
  { "workspace", opl_workspace_new },
};

typedef struct
{
  const char *path;
  const char *only;    /* "PROFILE:VIEW", or NULL for every view */
  guint       runs;
  int         status;
} Options;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);

  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gint64
median (GArray *times)
{
  g_array_sort (times, compare_times);
  return g_array_index (times, gint64, times->len / 2);
}

/* Builds @view and shows it up to its first frame; returns the microseconds the
 * building took. Not inlined: callgrind's --toggle-collect counts it by name. */
G_GNUC_NO_INLINE gint64 bench_open_view (GtkWidget  *window,
                                         OplStore   *store,
                                         OplPerson  *person,
                                         const View *view);

G_GNUC_NO_INLINE gint64
bench_open_view (GtkWidget  *window,
                 OplStore   *store,
                 OplPerson  *person,
                 const View *view)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *page = view->create (store, person);
  gint64 built = g_get_monotonic_time () - start;

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), page);
  wait_for_frame (window);
  return built;
}

static void
time_view (GtkWidget   *window,
           OplStore    *store,
           OplPerson   *person,
           const char  *profile,
           const View  *view,
           guint        runs)
{
  g_autoptr(GArray) build = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < runs + 1; i++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 built = bench_open_view (window, store, person, view);
      gint64 shown = g_get_monotonic_time () - start;

      if (i > 0)
        {
          g_array_append_val (build, built);
          g_array_append_val (frame, shown);
        }

      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), NULL);
      wait_for_frame (window);
    }

  g_print ("view\t%s\t%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\n",
           profile, view->name, median (build), median (frame));
}

static OplPerson *
find_aios (OplStore    *store,
           OplPerson   *opleider,
           const GDate *today)
{
  g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (store, opl_person_get_id (opleider), NULL);

  for (guint i = trajecten != NULL ? trajecten->len : 0; i > 0; i--)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i - 1);

      if (opl_traject_is_active (traject, today))
        return opl_store_lookup_person (store, opl_traject_get_aios_id (traject));
    }

  return NULL;
}

static void
on_activate_cb (GtkApplication *application,
                Options        *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  OplPerson *people[2] = { NULL, NULL };
  const char *profiles[] = { "opleider", "aios" };
  GtkWidget *window;
  GDate today;

  opl_date_set_today (&today);
  database = opl_database_open (options->path, OPL_DATABASE_OPEN_DEFAULT, &error);
  if (database != NULL)
    {
      store = opl_store_new (database);
      if (!opl_store_load (store, &error))
        g_clear_object (&store);
    }
  if (store == NULL)
    {
      g_printerr ("bench-views: %s\n", error->message);
      options->status = 1;
      return;
    }

  people[0] = opl_store_find_profile (store, "hoofdopleider");
  people[1] = people[0] != NULL ? find_aios (store, people[0], &today) : NULL;
  if (people[1] == NULL)
    {
      g_printerr ("bench-views: the practice needs a hoofdopleider with a current aios\n");
      options->status = 1;
      return;
    }

  window = adw_application_window_new (application);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (window);

  for (guint p = 0; p < G_N_ELEMENTS (people); p++)
    {
      opl_store_set_actor (store, opl_person_get_id (people[p]));
      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          /* The Scholing view is the opleider's own (scholingsdagen). */
          g_autofree char *name = g_strconcat (profiles[p], ":", views[v].name, NULL);

          if (views[v].opleider_only && !opl_person_is_opleider (people[p]))
            continue;
          if (options->only != NULL && g_strcmp0 (options->only, name) != 0)
            continue;
          time_view (window, store, people[p], profiles[p], &views[v], options->runs);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;
  Options options = { .runs = 10 };

  if (argc < 2 || (argc > 2 && atoi (argv[2]) < 1))
    {
      g_printerr ("usage: bench-views DATABASE [RUNS] [PROFILE:VIEW]\n");
      return 2;
    }

  options.path = argv[1];
  if (argc > 2)
    options.runs = (guint) atoi (argv[2]);
  if (argc > 3)
    options.only = argv[3];

  /* The app's resources and style sheet, as the app loads them. */
  application = g_object_new (ADW_TYPE_APPLICATION,
                              "application-id", "io.github.opleidingspraktijk.BenchViews",
                              "resource-base-path", RESOURCE_BASE_PATH,
                              "flags", G_APPLICATION_NON_UNIQUE,
                              NULL);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), &options);
  g_application_run (G_APPLICATION (application), 1, argv);
  return options.status;
}

/* opl-debug.c: debugging aids switched on by the OPL_DEBUG environment variable.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * OPL_DEBUG=toasts-stay: an undo toast waits for the person instead of going after five
 *   seconds (the sanitizers' test setup: a test that undoes may take longer than that).
 *
 * OPL_DEBUG=first-frame: when the window has drawn its first frame (the frame
 * clock's after-paint), print one line on stdout and quit:
 *
 *   first-frame since_start_us=312000 monotonic_us=123456789 vmhwm_kb=85432 vmrss_kb=80120
 *
 * since_start_us counts from the start of the process as the kernel records it
 * (/proc/self/stat, field 22, in clock ticks since boot, so to 1/CLK_TCK, 10 ms
 * here): it includes exec, the dynamic linker and everything before main(), which
 * a timestamp taken in main() would hide. monotonic_us is g_get_monotonic_time() at
 * that frame, so that a harness that noted the monotonic time before it started the
 * process can measure to the microsecond. vmhwm_kb is the peak resident memory so
 * far (VmHWM in /proc/self/status), vmrss_kb the resident memory now.
 *
 * This file is also built into the benchmark's bare window (tests/bench/), which
 * must measure the same way.
 */

#define G_LOG_DOMAIN "opl-debug"

#include "config.h"

#include <string.h>
#include <time.h>
#include <unistd.h>

#include "opl-debug.h"

typedef struct
{
  const char *what;
  gint64      when;
  gint64      rss_kb;
} Mark;

/* Milestones on the way to the first frame (opl_debug_mark()). */
static GArray *marks;

/**
 * opl_debug_has:
 * @flag: a debug flag, like "first-frame"
 *
 * Returns: whether OPL_DEBUG (a list separated by commas, colons or spaces) names @flag
 */
gboolean
opl_debug_has (const char *flag)
{
  const char *value = g_getenv ("OPL_DEBUG");
  g_auto(GStrv) flags = NULL;

  if (value == NULL)
    return FALSE;

  flags = g_strsplit_set (value, ",: ", -1);
  return g_strv_contains ((const char * const *) flags, flag);
}

/* Now on the clock the kernel measures a process's start with. */
static gint64
get_boottime (void)
{
  struct timespec now;

  if (clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;

  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

/**
 * opl_debug_get_process_start:
 *
 * Returns: how long ago, in microseconds, this process started (to the resolution
 *   of the kernel's clock ticks), or -1 when /proc cannot tell
 */
gint64
opl_debug_get_process_start (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  guint64 ticks;
  long hz = sysconf (_SC_CLK_TCK);

  if (hz <= 0 || !g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL))
    return -1;

  /* Field 2, the name, is in brackets and may hold spaces: count from after it.
   * The fields after it start at field 3; starttime is field 22. */
  after_name = strrchr (stat, ')');
  if (after_name == NULL || after_name[1] != ' ')
    return -1;

  fields = g_strsplit (after_name + 2, " ", -1);
  if (g_strv_length (fields) < 20)
    return -1;

  ticks = g_ascii_strtoull (fields[22 - 3], NULL, 10);
  return get_boottime () - (gint64) (ticks * G_USEC_PER_SEC / (guint64) hz);
}

/**
 * opl_debug_get_status_kb:
 * @key: a line of /proc/self/status that counts kB, like "VmHWM"
 *
 * Returns: its value in kB, or -1
 */
gint64
opl_debug_get_status_kb (const char *key)
{
  g_autofree char *status = NULL;
  g_autofree char *prefix = g_strconcat (key, ":", NULL);
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], prefix))
        return g_ascii_strtoll (lines[i] + strlen (prefix), NULL, 10);
    }

  return -1;
}

/**
 * opl_debug_mark:
 * @what: a static string naming the milestone
 *
 * With OPL_DEBUG=first-frame, notes the time of a milestone on the way to the first
 * frame; they are printed on a second line, in microseconds since process start, and
 * the resident memory then (kB) on a third:
 *
 *   first-frame-marks activate=120000 database=131000 ...
 *   first-frame-rss activate=61000 database=63500 ...
 */
void
opl_debug_mark (const char *what)
{
  opl_debug_mark_at (what, g_get_monotonic_time ());
}

/**
 * opl_debug_mark_at:
 * @when: g_get_monotonic_time () at the milestone
 *
 * opl_debug_mark () for a milestone passed earlier (main (), before the window's module
 * was loaded).
 */
void
opl_debug_mark_at (const char *what,
                   gint64      when)
{
  Mark mark = { what, when, -1 };

  if (!opl_debug_has ("first-frame"))
    return;

  mark.rss_kb = opl_debug_get_status_kb ("VmRSS");
  if (marks == NULL)
    marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_array_append_val (marks, mark);
}

static void
print_marks (gint64 since_start,
             gint64 monotonic)
{
  g_autoptr(GString) line = g_string_new ("first-frame-marks");
  g_autoptr(GString) rss = g_string_new ("first-frame-rss");

  for (guint i = 0; marks != NULL && i < marks->len; i++)
    {
      const Mark *mark = &g_array_index (marks, Mark, i);

      g_string_append_printf (line, " %s=%" G_GINT64_FORMAT, mark->what, since_start - (monotonic - mark->when));
      g_string_append_printf (rss, " %s=%" G_GINT64_FORMAT, mark->what, mark->rss_kb);
    }

  g_print ("%s\n%s\n", line->str, rss->str);
}

static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  gint64 since_start = opl_debug_get_process_start ();
  gint64 monotonic = g_get_monotonic_time ();
  GApplication *application = g_application_get_default ();

  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, user_data);

  g_print ("first-frame since_start_us=%" G_GINT64_FORMAT " monotonic_us=%" G_GINT64_FORMAT
           " vmhwm_kb=%" G_GINT64_FORMAT " vmrss_kb=%" G_GINT64_FORMAT "\n",
           since_start, monotonic, opl_debug_get_status_kb ("VmHWM"), opl_debug_get_status_kb ("VmRSS"));
  print_marks (since_start, monotonic);
  fflush (stdout);

  if (application != NULL)
    g_application_quit (application);
}

static void
on_layout_cb (GdkFrameClock *frame_clock,
              gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_layout_cb, user_data);
  opl_debug_mark ("layout");
}

static void
on_paint_cb (GdkFrameClock *frame_clock,
             gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_paint_cb, user_data);
  opl_debug_mark ("paint");
}

static void
on_realize_cb (GtkWidget *window,
               gpointer   user_data)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, on_realize_cb, user_data);
  opl_debug_mark ("realize");
  g_signal_connect (frame_clock, "layout", G_CALLBACK (on_layout_cb), NULL);
  g_signal_connect (frame_clock, "paint", G_CALLBACK (on_paint_cb), NULL);
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
}

/**
 * opl_debug_watch_first_frame:
 * @window: a window that is not realized yet
 *
 * With OPL_DEBUG=first-frame, reports @window's first frame on stdout and quits the
 * application (see the top of this file). Otherwise does nothing.
 */
void
opl_debug_watch_first_frame (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (!opl_debug_has ("first-frame"))
    return;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_realize_cb (GTK_WIDGET (window), NULL);
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
}

/* opl-schedule.h: every due moment of a training year, derived from the rules.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions: no GTK, no SQL. The traject's facts and a date in, moments out.
 */

#pragma once

#include <glib.h>

#include "opl-enums.h"
#include "opl-traject.h"

G_BEGIN_DECLS

#define OPL_SCHEDULE_ERROR (opl_schedule_error_quark ())

typedef enum
{
  OPL_SCHEDULE_ERROR_INVALID,
} OplScheduleError;

typedef enum
{
  OPL_MOMENT_COMBEL,
  OPL_MOMENT_LEOH,
  OPL_MOMENT_VOORTGANGSGESPREK,
  OPL_MOMENT_VOORTGANGSADVIES,
  OPL_MOMENT_DIENSTENRAPPORTAGE,
} OplMomentKind;

#define OPL_N_MOMENT_KINDS (OPL_MOMENT_DIENSTENRAPPORTAGE + 1)

/* Who fills in or attends a moment. */
typedef enum
{
  OPL_WHO_AIOS = 1 << 0,
  OPL_WHO_OPLEIDER = 1 << 1,
  OPL_WHO_DOCENT = 1 << 2,
  OPL_WHO_TUTOR = 1 << 3,
} OplWho;

typedef enum
{
  OPL_MOMENT_STATE_UPCOMING,
  OPL_MOMENT_STATE_DUE,
  OPL_MOMENT_STATE_OVERDUE,
  OPL_MOMENT_STATE_DONE,
} OplMomentState;

typedef struct
{
  OplMomentKind  kind;
  int            month;
  GDate          due;
  OplWho         who;
  OplMomentState state;
  int            moved_days;  /* how far counted leave moved it (0: not moved) */
} OplMoment;

/* The facts of a koppeling the schedule is derived from. */
typedef struct
{
  OplPhase        phase;
  GDate           start;
  GDate           end;          /* cleared while the traject runs */
  double          parttime;     /* 0.5 to 1.0 */
  const OplLeave *leaves;
  guint           n_leaves;
} OplScheduleInput;

/* Reports whether a moment has been done (from the forms, later); may be NULL. */
typedef gboolean (*OplMomentDoneFunc) (OplMomentKind kind,
                                       int           month,
                                       gpointer      user_data);

/* A moment is "due" from this many days before its date (and "overdue" after it). */
#define OPL_SCHEDULE_DUE_WINDOW_DAYS 14

/* Interruptions of at most this many days in a training year are not made up. */
#define OPL_SCHEDULE_LEAVE_ALLOWANCE_DAYS 10

GQuark      opl_schedule_error_quark     (void);

GArray     *opl_schedule_compute         (const OplScheduleInput  *input,
                                          const GDate             *today,
                                          OplMomentDoneFunc        is_done,
                                          gpointer                 user_data,
                                          GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
void        opl_schedule_input_from_traject (OplScheduleInput    *input,
                                             OplTraject          *traject);
GArray     *opl_schedule_counted_leaves  (const OplScheduleInput *input) G_GNUC_WARN_UNUSED_RESULT;
void        opl_schedule_month_date      (const OplScheduleInput *input,
                                          double                  month,
                                          GDate                  *date);
int         opl_schedule_training_month  (const OplScheduleInput *input,
                                          const GDate            *today);
int         opl_schedule_traject_training_month (OplTraject      *traject,
                                                 const GDate     *today);
void        opl_schedule_training_month_date (const GDate        *start,
                                              double              months,
                                              GDate              *date);

const char *opl_moment_kind_to_string    (OplMomentKind  kind);
const char *opl_moment_kind_get_label    (OplMomentKind  kind);
const char *opl_moment_state_to_string   (OplMomentState state);
const char *opl_moment_state_get_label   (OplMomentState state);
char      **opl_who_to_strv              (OplWho         who) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

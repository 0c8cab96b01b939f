/* opl-planner.h: the weekly leergesprek, planned from a fixed slot with a monthly
 * rotation of kinds.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions: no GTK, no SQL.
 */

#pragma once

#include <glib.h>

#include "opl-enums.h"
#include "opl-traject.h"

G_BEGIN_DECLS

#define OPL_PLANNER_ERROR (opl_planner_error_quark ())

typedef enum
{
  OPL_PLANNER_ERROR_INVALID,
} OplPlannerError;

/* The four kinds every month should hold (domain.md, "Leergesprekken"). */
#define OPL_N_ROTATION_KINDS 4

/* A leergesprek lasts at least an hour (domain.md: at least one hour a week). */
#define OPL_LEERGESPREK_MIN_MINUTES 60

typedef enum
{
  OPL_SKIP_NONE,
  OPL_SKIP_HOLIDAY,
  OPL_SKIP_LEAVE,
} OplSkipReason;

/* A period in which the practice does not hold leergesprekken (holidays). */
typedef struct
{
  GDate start;
  GDate end;
  char  id[37];  /* the row's id; empty for a closure not stored */
} OplClosure;

typedef struct
{
  OplPhase          phase;
  GDate             traject_start;
  GDate             traject_end;     /* cleared while the traject runs */
  GDateWeekday      weekday;         /* the slot: a day of the week ... */
  int               start_minute;    /* ... a time (minutes after midnight) ... */
  int               duration;        /* ... and a duration in minutes */
  const OplLeave   *leaves;
  guint             n_leaves;
  const OplClosure *closures;
  guint             n_closures;
  const GDate      *combel_dates;    /* due dates of the ComBel moments */
  guint             n_combel_dates;
  GDate             coschap_start;   /* cleared when the aios trains no coassistent */
} OplPlannerInput;

typedef struct
{
  GDate              date;
  char              *week_key;        /* 2026-W48 */
  OplLeergesprekKind kind;
  OplSkipReason      skip;
} OplPlannedWeek;

/* What the planner warns about in a stretch of weeks. */
typedef struct
{
  GDate  date;                        /* the week without a leergesprek, or the month */
  gboolean missing_week;              /* TRUE: a week has none; FALSE: a month lacks kinds */
  guint  missing_kinds;               /* bit (1 << kind) for each rotation kind the month lacks */
} OplPlannerWarning;

/* What happened in one week, for the warnings: which kinds were held or are planned. */
typedef struct
{
  GDate    date;                      /* a day of the week (the slot's day) */
  gboolean skipped;                   /* a holiday or leave: no leergesprek expected */
  guint    kinds;                     /* bit (1 << kind) per held or planned leergesprek */
} OplWeekRecord;

/* The coschap lasts six weeks (domain.md, Roles, VUmc folder). */
#define OPL_COSCHAP_WEEKS 6

/* The fixed weekly time of a traject's leergesprek. */
typedef struct
{
  char         *traject_id;
  GDateWeekday  weekday;
  int           start_minute;
  int           duration;
  GDate         coschap_start;   /* cleared when the aios trains no coassistent */
} OplSlot;

void     opl_slot_clear (OplSlot        *slot);
gboolean opl_slot_check (const OplSlot  *slot,
                         GError        **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OplSlot, opl_slot_clear)

GQuark      opl_planner_error_quark        (void);

gboolean    opl_planner_check_time         (int                     start_minute,
                                            int                     duration,
                                            GError                **error);

GArray     *opl_planner_plan               (const OplPlannerInput  *input,
                                            const GDate            *from,
                                            const GDate            *until,
                                            GError                **error) G_GNUC_WARN_UNUSED_RESULT;
GArray     *opl_planner_check              (const OplWeekRecord    *weeks,
                                            guint                   n_weeks) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

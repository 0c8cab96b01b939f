/* opl-scholing-report.h: an opleider's opleidingsjaar, every scholing rule applied.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "opl-scholing.h"

G_BEGIN_DECLS

/* The facts of one opleider, as the store reads them. */
typedef struct
{
  OplRole        role;
  int            opleider_since;     /* the opleidingsjaar they began in, 0 if unknown */
  double         share;              /* opl_scholing_pro_rata_share() */
  OplExperienced experienced;        /* set for the year, or the profile's rule */
  double         dispensation_days;
  const char    *dispensation_reason;
  GPtrArray     *days;               /* OplScholingDay: all of them, any year */
  const GDate   *last_hao;           /* the last HAO-voortgangsgesprek, or NULL */
  GPtrArray     *leerpunten;         /* OplLeerpunt of the year */
  guint          leoh_due;           /* LEOh moments of their aios due in the year */
  guint          leoh_done;
} OplScholingFacts;

typedef struct
{
  int                     year;
  GDate                   first;
  GDate                   last;
  OplScholingRequirement  requirement;
  char                   *dispensation_reason;
  OplScholingCount        count;
  OplScholingPath         path;
  GArray                 *needs;          /* OplScholingNeed */
  GPtrArray              *days;           /* OplScholingDay of the year, by date */
  int                     opleider_since;
  int                     niveaukaart;    /* 0 when the experience is unknown */
  int                     hao_interval;   /* years */
  GDate                   last_hao;       /* invalid when there was none */
  GDate                   next_hao;
  gboolean                hao_overdue;
  GPtrArray              *leerpunten;     /* OplLeerpunt */
  OplLeerplanAdvice       leerplan_advice;
  guint                   leoh_due;
  guint                   leoh_done;
} OplScholingReport;

OplScholingReport *opl_scholing_report_compute (const OplScholingRules *rules,
                                                const OplScholingFacts *facts,
                                                int                     year,
                                                const GDate            *today) G_GNUC_WARN_UNUSED_RESULT;
void               opl_scholing_report_free    (OplScholingReport      *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplScholingReport, opl_scholing_report_free)

G_END_DECLS

/* opl-scholing-history.h: scholing that is part of a new practice's history (the demo).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "opl-scholing.h"

G_BEGIN_DECLS

typedef struct
{
  char   *person_id;
  int     year;
  double  days;
  char   *reason;
} OplSetupDispensation;

typedef struct
{
  char *person_id;
  int   year;
} OplSetupOpleiderSince;

typedef struct
{
  char  *person_id;
  GDate  date;
  char  *note;
} OplSetupHaoGesprek;

typedef struct
{
  char     *person_id;
  int       year;
  char     *text;
  gboolean  achieved;
} OplSetupLeerpunt;

#define OPL_TYPE_SCHOLING_HISTORY (opl_scholing_history_get_type ())

G_DECLARE_FINAL_TYPE (OplScholingHistory, opl_scholing_history, OPL, SCHOLING_HISTORY, GObject)

OplScholingHistory *opl_scholing_history_new               (void) G_GNUC_WARN_UNUSED_RESULT;

void                opl_scholing_history_take_day          (OplScholingHistory *self,
                                                            OplScholingDay     *day);
void                opl_scholing_history_set_opleider_since (OplScholingHistory *self,
                                                             const char         *person_id,
                                                             int                 year);
void                opl_scholing_history_add_dispensation  (OplScholingHistory *self,
                                                            const char         *person_id,
                                                            int                 year,
                                                            double              days,
                                                            const char         *reason);
void                opl_scholing_history_add_leerpunt      (OplScholingHistory *self,
                                                            const char         *person_id,
                                                            int                 year,
                                                            const char         *text,
                                                            gboolean            achieved);
void                opl_scholing_history_add_hao_gesprek   (OplScholingHistory *self,
                                                            const char         *person_id,
                                                            const GDate        *date,
                                                            const char         *note);

GPtrArray          *opl_scholing_history_get_days          (OplScholingHistory *self);
GArray             *opl_scholing_history_get_opleider_since (OplScholingHistory *self);
GArray             *opl_scholing_history_get_dispensations (OplScholingHistory *self);
GArray             *opl_scholing_history_get_leerpunten    (OplScholingHistory *self);
GArray             *opl_scholing_history_get_hao_gesprekken (OplScholingHistory *self);

G_END_DECLS

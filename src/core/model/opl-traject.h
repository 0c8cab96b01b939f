/* opl-traject.h: a koppeling of an aios with their opleider(s) for a training year.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "opl-enums.h"

G_BEGIN_DECLS

typedef struct
{
  char   *person_id;
  char   *name;
  OplRole role;
  double  share;
} OplTrajectOpleider;

typedef struct
{
  OplLeaveKind kind;
  GDate        start;
  GDate        end;
} OplLeave;

#define OPL_TYPE_TRAJECT (opl_traject_get_type ())

G_DECLARE_FINAL_TYPE (OplTraject, opl_traject, OPL, TRAJECT, GObject)

OplTraject               *opl_traject_new             (const char   *id,
                                                       const char   *aios_id,
                                                       const char   *aios_name,
                                                       OplPhase      phase,
                                                       const GDate  *start,
                                                       const GDate  *end,
                                                       double        parttime) G_GNUC_WARN_UNUSED_RESULT;

const char               *opl_traject_get_id          (OplTraject   *self);
const char               *opl_traject_get_aios_id     (OplTraject   *self);
const char               *opl_traject_get_aios_name   (OplTraject   *self);
OplPhase                  opl_traject_get_phase       (OplTraject   *self);
const GDate              *opl_traject_get_start       (OplTraject   *self);
const GDate              *opl_traject_get_end         (OplTraject   *self);
double                    opl_traject_get_parttime    (OplTraject   *self);
gboolean                  opl_traject_is_active       (OplTraject   *self,
                                                       const GDate  *today);
gboolean                  opl_traject_has_ended       (OplTraject   *self,
                                                       const GDate  *today);
int                       opl_traject_get_training_month (OplTraject *self,
                                                          const GDate *today);

void                      opl_traject_add_opleider    (OplTraject   *self,
                                                       const char   *person_id,
                                                       const char   *name,
                                                       OplRole       role,
                                                       double        share);
guint                     opl_traject_get_n_opleiders (OplTraject   *self);
const OplTrajectOpleider *opl_traject_get_opleider    (OplTraject   *self,
                                                       guint         index);
const OplTrajectOpleider *opl_traject_find_opleider   (OplTraject   *self,
                                                       const char   *person_id);
double                    opl_traject_get_share_of    (OplTraject   *self,
                                                       const char   *person_id);

void                      opl_traject_add_leave       (OplTraject   *self,
                                                       OplLeaveKind  kind,
                                                       const GDate  *start,
                                                       const GDate  *end);
guint                     opl_traject_get_n_leaves    (OplTraject   *self);
const OplLeave           *opl_traject_get_leave       (OplTraject   *self,
                                                       guint         index);

G_END_DECLS

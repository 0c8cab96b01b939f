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
  char         id[37];      /* the row's id; empty for leave not stored */
} OplLeave;

#define OPL_TRAJECT_ERROR (opl_traject_error_quark ())

/* What is wrong with a traject, by the field it is about. */
typedef enum
{
  OPL_TRAJECT_ERROR_AIOS,
  OPL_TRAJECT_ERROR_START,
  OPL_TRAJECT_ERROR_END,
  OPL_TRAJECT_ERROR_PARTTIME,
  OPL_TRAJECT_ERROR_SHARES,
} OplTrajectError;

/* The part-time factor: from half time to full time, in half days of a five-day week
 * (domain.md, "Roles": at least 2.5 days a week; the steps are the app's choice). */
#define OPL_PARTTIME_MIN  0.5
#define OPL_PARTTIME_MAX  1.0
#define OPL_PARTTIME_STEP 0.1

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
                                                       const char   *id,
                                                       OplLeaveKind  kind,
                                                       const GDate  *start,
                                                       const GDate  *end);
guint                     opl_traject_get_n_leaves    (OplTraject   *self);
const OplLeave           *opl_traject_get_leave       (OplTraject   *self,
                                                       guint         index);


OplEndReason              opl_traject_get_end_reason  (OplTraject   *self);
const char               *opl_traject_get_end_note    (OplTraject   *self);
void                      opl_traject_set_end         (OplTraject   *self,
                                                       const GDate  *end,
                                                       OplEndReason  reason,
                                                       const char   *note);
void                      opl_traject_set_phase       (OplTraject   *self,
                                                       OplPhase      phase);
void                      opl_traject_set_start       (OplTraject   *self,
                                                       const GDate  *start);
void                      opl_traject_set_parttime    (OplTraject   *self,
                                                       double        parttime);
void                      opl_traject_clear_opleiders (OplTraject   *self);
const char               *opl_traject_get_changed_at  (OplTraject   *self);
void                      opl_traject_set_changed_at  (OplTraject   *self,
                                                       const char   *changed_at);
OplTraject               *opl_traject_copy            (OplTraject   *self) G_GNUC_WARN_UNUSED_RESULT;

GQuark                    opl_traject_error_quark     (void);
gboolean                  opl_traject_check_parttime  (double        parttime,
                                                       GError      **error);
gboolean                  opl_traject_check           (OplTraject   *self,
                                                       GError      **error);

G_END_DECLS

/* opl-leergesprek.h: one planned, held or cancelled leergesprek.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "opl-enums.h"

G_BEGIN_DECLS

typedef enum
{
  OPL_LEERGESPREK_PLANNED,
  OPL_LEERGESPREK_HELD,
  OPL_LEERGESPREK_CANCELLED,
} OplLeergesprekStatus;

/* The texts of a leergesprek: the aios's agenda before, the notes after. */
typedef enum
{
  OPL_LEERGESPREK_AGENDA,
  OPL_LEERGESPREK_NOTES,
  OPL_LEERGESPREK_AGREEMENTS,
  OPL_LEERGESPREK_TOP,
  OPL_LEERGESPREK_TIP,
  OPL_LEERGESPREK_CANCEL_REASON,
} OplLeergesprekText;

#define OPL_N_LEERGESPREK_TEXTS (OPL_LEERGESPREK_CANCEL_REASON + 1)

#define OPL_TYPE_LEERGESPREK (opl_leergesprek_get_type ())

G_DECLARE_FINAL_TYPE (OplLeergesprek, opl_leergesprek, OPL, LEERGESPREK, GObject)

OplLeergesprek      *opl_leergesprek_new             (const char           *id,
                                                      const char           *traject_id,
                                                      const GDate          *date,
                                                      int                   start_minute,
                                                      int                   duration,
                                                      OplLeergesprekKind    kind) G_GNUC_WARN_UNUSED_RESULT;

const char          *opl_leergesprek_get_id          (OplLeergesprek       *self);
const char          *opl_leergesprek_get_traject_id  (OplLeergesprek       *self);
const char          *opl_leergesprek_get_week_key    (OplLeergesprek       *self);
void                 opl_leergesprek_set_week_key    (OplLeergesprek       *self,
                                                      const char           *week_key);
const GDate         *opl_leergesprek_get_date        (OplLeergesprek       *self);
int                  opl_leergesprek_get_start_minute (OplLeergesprek      *self);
int                  opl_leergesprek_get_duration    (OplLeergesprek       *self);
void                 opl_leergesprek_move            (OplLeergesprek       *self,
                                                      const GDate          *date,
                                                      int                   start_minute,
                                                      int                   duration);
OplLeergesprekKind   opl_leergesprek_get_kind        (OplLeergesprek       *self);
void                 opl_leergesprek_set_kind        (OplLeergesprek       *self,
                                                      OplLeergesprekKind    kind);
OplLeergesprekStatus opl_leergesprek_get_status      (OplLeergesprek       *self);
void                 opl_leergesprek_set_status      (OplLeergesprek       *self,
                                                      OplLeergesprekStatus  status);
const char          *opl_leergesprek_get_opleider_id (OplLeergesprek       *self);
void                 opl_leergesprek_set_opleider_id (OplLeergesprek       *self,
                                                      const char           *opleider_id);
const char          *opl_leergesprek_get_text        (OplLeergesprek       *self,
                                                      OplLeergesprekText    which);
void                 opl_leergesprek_set_text        (OplLeergesprek       *self,
                                                      OplLeergesprekText    which,
                                                      const char           *text);
gboolean             opl_leergesprek_has_text        (OplLeergesprek       *self,
                                                      OplLeergesprekText    which);
const char          *opl_leergesprek_get_changed_at  (OplLeergesprek       *self);
const char          *opl_leergesprek_get_changed_by  (OplLeergesprek       *self);
void                 opl_leergesprek_set_changed     (OplLeergesprek       *self,
                                                      const char           *changed_at,
                                                      const char           *changed_by);

const char          *opl_leergesprek_status_to_string   (OplLeergesprekStatus  status);
gboolean             opl_leergesprek_status_from_string (const char           *str,
                                                         OplLeergesprekStatus *status);

G_END_DECLS

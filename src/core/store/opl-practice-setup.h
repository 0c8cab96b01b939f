/* opl-practice-setup.h: what the first-run assistant collects for a new practice.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "opl-enums.h"
#include "opl-form.h"
#include "opl-leergesprek.h"
#include "opl-logbook.h"
#include "opl-person.h"
#include "opl-planner.h"
#include "opl-schedule.h"
#include "opl-scholing-history.h"
#include "opl-traject.h"

G_BEGIN_DECLS

#define OPL_SETUP_ERROR (opl_setup_error_quark ())

typedef enum
{
  OPL_SETUP_ERROR_INVALID,
} OplSetupError;

/* A checklist tick that is part of the practice's history (the demo has some). */
typedef struct
{
  char *person_id;
  char *item_id;
  char *period_key;
  int   checklist_version;
} OplSetupTick;

/* A due moment that took place, part of the practice's history. */
typedef struct
{
  OplTraject    *traject;
  OplMomentKind  kind;
  int            month;
  GDate          done_on;
} OplSetupMoment;

#define OPL_TYPE_PRACTICE_SETUP (opl_practice_setup_get_type ())

G_DECLARE_FINAL_TYPE (OplPracticeSetup, opl_practice_setup, OPL, PRACTICE_SETUP, GObject)

GQuark            opl_setup_error_quark              (void);

OplPracticeSetup *opl_practice_setup_new             (const char        *practice_name) G_GNUC_WARN_UNUSED_RESULT;

const char       *opl_practice_setup_get_name        (OplPracticeSetup  *self);
OplPerson        *opl_practice_setup_add_opleider    (OplPracticeSetup  *self,
                                                      const char        *name,
                                                      OplRole            role);
OplTraject       *opl_practice_setup_add_aios        (OplPracticeSetup  *self,
                                                      const char        *name,
                                                      OplPhase           phase,
                                                      const GDate       *start,
                                                      const GDate       *end,
                                                      double             parttime);
OplTraject       *opl_practice_setup_add_traject     (OplPracticeSetup  *self,
                                                      OplTraject        *same_aios,
                                                      OplPhase           phase,
                                                      const GDate       *start,
                                                      const GDate       *end,
                                                      double             parttime);
gboolean          opl_practice_setup_finish          (OplPracticeSetup  *self,
                                                      const GDate       *today,
                                                      GError           **error);
GPtrArray        *opl_practice_setup_get_people      (OplPracticeSetup  *self);
GPtrArray        *opl_practice_setup_get_trajecten   (OplPracticeSetup  *self);
void              opl_practice_setup_add_tick        (OplPracticeSetup  *self,
                                                      OplPerson         *person,
                                                      const char        *item_id,
                                                      const char        *period_key,
                                                      int                checklist_version);
GArray           *opl_practice_setup_get_ticks       (OplPracticeSetup  *self);
void              opl_practice_setup_add_moment_done (OplPracticeSetup  *self,
                                                      OplTraject        *traject,
                                                      OplMomentKind      kind,
                                                      int                month,
                                                      const GDate       *done_on);
GArray           *opl_practice_setup_get_moments_done (OplPracticeSetup *self);
void              opl_practice_setup_set_slot        (OplPracticeSetup  *self,
                                                      OplTraject        *traject,
                                                      GDateWeekday       weekday,
                                                      int                start_minute,
                                                      int                duration,
                                                      const GDate       *coschap_start);
GArray           *opl_practice_setup_get_slots       (OplPracticeSetup  *self);
void              opl_practice_setup_add_closure     (OplPracticeSetup  *self,
                                                      const GDate       *start,
                                                      const GDate       *end,
                                                      const char        *reason);
GArray           *opl_practice_setup_get_closures    (OplPracticeSetup  *self);
GPtrArray        *opl_practice_setup_get_closure_reasons (OplPracticeSetup *self);
void              opl_practice_setup_add_leergesprek (OplPracticeSetup  *self,
                                                      OplLeergesprek    *leergesprek);
GPtrArray        *opl_practice_setup_get_leergesprekken (OplPracticeSetup *self);
void              opl_practice_setup_add_form        (OplPracticeSetup  *self,
                                                      OplForm           *form);
GPtrArray        *opl_practice_setup_get_forms       (OplPracticeSetup  *self);
void              opl_practice_setup_add_kpb         (OplPracticeSetup  *self,
                                                      OplFormDefinition *definition,
                                                      const OplKpbEntry *entry);
GArray           *opl_practice_setup_get_kpb_entries (OplPracticeSetup  *self);
GPtrArray        *opl_practice_setup_get_kpb_definitions (OplPracticeSetup *self);
void              opl_practice_setup_add_dienst      (OplPracticeSetup  *self,
                                                      const OplDienst   *dienst);
GArray           *opl_practice_setup_get_diensten    (OplPracticeSetup  *self);
void              opl_practice_setup_set_bekwaamheidsverklaring (OplPracticeSetup *self,
                                                                 OplTraject       *traject,
                                                                 const GDate      *declared_on);
GArray           *opl_practice_setup_get_bekwaamheidsverklaringen (OplPracticeSetup *self);
OplScholingHistory *opl_practice_setup_get_scholing_history (OplPracticeSetup *self);

G_END_DECLS

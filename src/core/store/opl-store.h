/* opl-store.h: the practice as the app sees it; the only code that speaks SQL.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "opl-checklist.h"
#include "opl-database.h"
#include "opl-leergesprek.h"
#include "opl-planner.h"
#include "opl-person.h"
#include "opl-practice-setup.h"
#include "opl-schedule.h"
#include "opl-traject.h"

G_BEGIN_DECLS

/* How many weeks back opl_store_get_recent_warnings() looks. */
#define OPL_PLANNER_WEEKS_CHECKED 8

typedef struct
{
  gint64 practices;
  gint64 people;
  gint64 trajecten;
  gint64 traject_opleiders;
  gint64 leave_periods;
  gint64 checklist_ticks;
  gint64 moments_done;
  gint64 form_definitions;
  gint64 forms;
  gint64 form_answers;
  gint64 kpb_entries;
  gint64 diensten;
  gint64 leergesprekken;
  gint64 scholing_days;
  gint64 scholing_dispensations;
  gint64 leerpunten;
  gint64 hao_gesprekken;
  gint64 practice_form_definitions;
  gint64 institute_profiles;
} OplStoreCounts;

/* Makes the id of a new row: a string of 36 characters, freed by the store. */
typedef char *(*OplIdFunc) (gpointer user_data);

#define OPL_TYPE_STORE (opl_store_get_type ())

G_DECLARE_FINAL_TYPE (OplStore, opl_store, OPL, STORE, GObject)

OplStore    *opl_store_new                (OplDatabase       *database) G_GNUC_WARN_UNUSED_RESULT;

OplDatabase *opl_store_get_database       (OplStore          *self);
const char  *opl_store_get_actor          (OplStore          *self);
void         opl_store_set_actor          (OplStore          *self,
                                           const char        *person_id);

gboolean     opl_store_load               (OplStore          *self,
                                           GError           **error);
gboolean     opl_store_has_practice       (OplStore          *self);
const char  *opl_store_get_practice_name  (OplStore          *self);
GListModel  *opl_store_get_people         (OplStore          *self);
GListModel  *opl_store_get_all_people     (OplStore          *self);
OplPerson   *opl_store_lookup_person      (OplStore          *self,
                                           const char        *person_id);
OplPerson   *opl_store_find_profile       (OplStore          *self,
                                           const char        *id_role_or_name);

gboolean     opl_store_create_practice    (OplStore          *self,
                                           OplPracticeSetup  *setup,
                                           GError           **error);
OplPerson   *opl_store_add_person         (OplStore          *self,
                                           const char        *name,
                                           OplRole            role,
                                           GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     opl_store_add_traject        (OplStore          *self,
                                           OplTraject        *traject,
                                           GError           **error);
OplTraject  *opl_store_get_traject        (OplStore          *self,
                                           const char        *traject_id,
                                           GError           **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *opl_store_list_trajecten     (OplStore          *self,
                                           const char        *person_id,
                                           GError           **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *opl_store_list_open_trajecten (OplStore         *self,
                                            const GDate      *today,
                                            GError          **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *opl_store_list_current_trajecten (OplStore      *self,
                                               OplPerson     *person,
                                               const GDate   *today,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *opl_store_list_trajecten_in  (OplStore          *self,
                                           const char        *person_id,
                                           const GDate       *first,
                                           const GDate       *last,
                                           GError           **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *opl_store_list_ended_trajecten (OplStore        *self,
                                             const char      *person_id,
                                             const GDate     *today,
                                             guint            limit,
                                             guint           *n_ended,
                                             GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     opl_store_set_ticked         (OplStore          *self,
                                           const char        *person_id,
                                           const char        *item_id,
                                           const char        *period_key,
                                           int                checklist_version,
                                           gboolean           ticked,
                                           GError           **error);
gboolean     opl_store_untick_day         (OplStore          *self,
                                           const char        *person_id,
                                           const char        *item_id,
                                           const GDate       *day,
                                           GError           **error);
GArray      *opl_store_get_checklist_status (OplStore        *self,
                                             OplChecklist    *checklist,
                                             const char      *person_id,
                                             const GDate     *today,
                                             GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *opl_store_get_checklist_history (OplStore       *self,
                                              OplChecklist   *checklist,
                                              const char     *person_id,
                                              const GDate    *today,
                                              guint           max_periods,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
OplChecklistFacts *opl_store_get_checklist_facts (OplStore      *self,
                                                  OplChecklist  *checklist,
                                                  const char    *person_id,
                                                  const GDate   *today,
                                                  GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     opl_store_set_moment_done    (OplStore          *self,
                                           const char        *traject_id,
                                           OplMomentKind      kind,
                                           int                month,
                                           const GDate       *done_on,
                                           GError           **error);
gboolean     opl_store_get_moment_done_on (OplStore          *self,
                                           const char        *traject_id,
                                           OplMomentKind      kind,
                                           int                month,
                                           GDate             *done_on,
                                           GError           **error);
GArray      *opl_store_get_schedule       (OplStore          *self,
                                           OplTraject        *traject,
                                           const GDate       *today,
                                           GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     opl_store_get_active_since   (OplStore          *self,
                                           const char        *person_id,
                                           GDate             *date,
                                           GError           **error);
gboolean     opl_store_count              (OplStore          *self,
                                           OplStoreCounts    *counts,
                                           GError           **error);

gboolean     opl_store_set_slot           (OplStore          *self,
                                           const OplSlot     *slot,
                                           GError           **error);
gboolean     opl_store_get_slot           (OplStore          *self,
                                           const char        *traject_id,
                                           OplSlot           *slot,
                                           GError           **error);
GArray      *opl_store_plan_weeks         (OplStore          *self,
                                           OplTraject        *traject,
                                           const GDate       *from,
                                           const GDate       *until,
                                           GError           **error) G_GNUC_WARN_UNUSED_RESULT;
int          opl_store_fill_weeks         (OplStore          *self,
                                           OplTraject        *traject,
                                           const GDate       *from,
                                           const GDate       *until,
                                           GError           **error);
GPtrArray   *opl_store_list_leergesprekken (OplStore         *self,
                                            const char       *traject_id,
                                            const GDate      *from,
                                            const GDate      *until,
                                            const char       *search,
                                            GError          **error) G_GNUC_WARN_UNUSED_RESULT;
OplLeergesprek *opl_store_get_leergesprek        (OplStore     *self,
                                                  const char   *id,
                                                  GError      **error) G_GNUC_WARN_UNUSED_RESULT;
OplLeergesprek *opl_store_get_coming_leergesprek (OplStore     *self,
                                                  const char   *traject_id,
                                                  const GDate  *today,
                                                  GError      **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     opl_store_save_leergesprek   (OplStore          *self,
                                           OplLeergesprek    *leergesprek,
                                           GError           **error);
GArray      *opl_store_get_planner_warnings (OplStore        *self,
                                             OplTraject      *traject,
                                             const GDate     *from,
                                             const GDate     *until,
                                             GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GArray      *opl_store_get_recent_warnings (OplStore         *self,
                                            OplTraject       *traject,
                                            const GDate      *today,
                                            GError          **error) G_GNUC_WARN_UNUSED_RESULT;

/* The ids of new rows; the history generator (opl-history.c) makes them from its seed. */
void         opl_store_set_id_func        (OplStore          *self,
                                           OplIdFunc          func,
                                           gpointer           user_data);

void         opl_store_start_monitoring   (OplStore          *self,
                                           guint              interval_ms);
gboolean     opl_store_poll               (OplStore          *self);

G_END_DECLS

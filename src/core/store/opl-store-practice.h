/* opl-store-practice.h: running the practice from the app: people, trajecten, leave,
 * closures, the coschap and each opleider's role per opleidingsjaar (issue 14).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_PRACTICE_ERROR (opl_practice_error_quark ())

/* What a change to the practice cannot be, by the field it is about (the window marks
 * that field). Errors of the traject's own facts are #OplTrajectError. */
typedef enum
{
  OPL_PRACTICE_ERROR_NAME,
  OPL_PRACTICE_ERROR_ROLE,
  OPL_PRACTICE_ERROR_YEAR,
  OPL_PRACTICE_ERROR_TRAJECT,
  OPL_PRACTICE_ERROR_DATES,
  OPL_PRACTICE_ERROR_OVERLAP,
  OPL_PRACTICE_ERROR_PHASE,
  OPL_PRACTICE_ERROR_SLOT,
} OplPracticeError;

/* A closure of the practice as the Praktijk view lists it. */
typedef struct
{
  OplClosure  closure;
  char       *reason;
} OplClosureRow;

void opl_closure_row_clear (OplClosureRow *row);

/* An opleider's role in one opleidingsjaar. */
typedef struct
{
  OplRole  role;
  int      experienced;  /* -1: as the institute profile says; 0 or 1: set for the year */
  gboolean stored;       /* FALSE: nothing recorded for the year, @role is the current one */
} OplOpleiderYear;

/* A due moment that an edit of a traject moves. */
typedef struct
{
  OplMomentKind kind;
  int           month;
  GDate         before;   /* invalid: the edit adds the moment */
  GDate         after;    /* invalid: the edit drops it */
} OplMomentMove;

GQuark      opl_practice_error_quark       (void);

OplPerson  *opl_store_add_practice_person  (OplStore          *self,
                                            const char        *name,
                                            OplRole            role,
                                            int                opleider_since,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    opl_store_update_person        (OplStore          *self,
                                            OplPerson         *person,
                                            const char        *name,
                                            int                opleider_since,
                                            GError           **error);
gboolean    opl_store_overwrite_person     (OplStore          *self,
                                            OplPerson         *person,
                                            const char        *name,
                                            int                opleider_since,
                                            GError           **error);
gboolean    opl_store_set_person_archived  (OplStore          *self,
                                            OplPerson         *person,
                                            gboolean           archived,
                                            GError           **error);

gboolean    opl_store_add_practice_traject (OplStore          *self,
                                            OplTraject        *traject,
                                            GError           **error);
gboolean    opl_store_update_traject       (OplStore          *self,
                                            OplTraject        *edited,
                                            GError           **error);
gboolean    opl_store_overwrite_traject    (OplStore          *self,
                                            OplTraject        *edited,
                                            GError           **error);
gboolean    opl_store_end_traject          (OplStore          *self,
                                            OplTraject        *traject,
                                            const GDate       *end,
                                            OplEndReason       reason,
                                            const char        *note,
                                            GError           **error);
GArray     *opl_store_preview_traject      (OplStore          *self,
                                            OplTraject        *edited,
                                            const GDate       *today,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;

char       *opl_store_add_leave            (OplStore          *self,
                                            OplTraject        *traject,
                                            OplLeaveKind       kind,
                                            const GDate       *start,
                                            const GDate       *end,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    opl_store_remove_leave         (OplStore          *self,
                                            const char        *leave_id,
                                            GError           **error);

GArray     *opl_store_list_closures        (OplStore          *self,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_store_add_closure          (OplStore          *self,
                                            const GDate       *start,
                                            const GDate       *end,
                                            const char        *reason,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    opl_store_remove_closure       (OplStore          *self,
                                            const char        *closure_id,
                                            GError           **error);

gboolean    opl_store_set_coschap          (OplStore          *self,
                                            OplTraject        *traject,
                                            const GDate       *start,
                                            GError           **error);

int         opl_store_get_current_year     (OplStore          *self,
                                            const GDate       *today);
gboolean    opl_store_get_opleider_year    (OplStore          *self,
                                            OplPerson         *person,
                                            int                year,
                                            OplOpleiderYear   *out,
                                            GError           **error);
gboolean    opl_store_set_opleider_year    (OplStore          *self,
                                            OplPerson         *person,
                                            int                year,
                                            OplRole            role,
                                            int                experienced,
                                            const GDate       *today,
                                            GError           **error);
gboolean    opl_store_get_swap_offer       (OplStore          *self,
                                            int                year,
                                            OplPerson        **hoofdopleider,
                                            OplPerson        **plaatsvervanger,
                                            GError           **error);
gboolean    opl_store_swap_roles           (OplStore          *self,
                                            int                year,
                                            gboolean           swap,
                                            const GDate       *today,
                                            GError           **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OplClosureRow, opl_closure_row_clear)

G_END_DECLS

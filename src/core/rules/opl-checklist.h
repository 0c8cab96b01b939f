/* opl-checklist.h: the opleider's recurring tasks, a versioned data file.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OPL_CHECKLIST_ERROR (opl_checklist_error_quark ())

typedef enum
{
  OPL_CHECKLIST_ERROR_INVALID,
} OplChecklistError;

typedef enum
{
  OPL_PERIOD_DAILY,
  OPL_PERIOD_WEEKLY,
  OPL_PERIOD_MONTHLY,
  OPL_PERIOD_QUARTERLY,
  OPL_PERIOD_THREE_TO_SIX_MONTHLY,
  OPL_PERIOD_YEARLY_TO_THREE_YEARLY,
} OplPeriod;

#define OPL_N_PERIODS (OPL_PERIOD_YEARLY_TO_THREE_YEARLY + 1)

typedef struct
{
  char      *id;
  OplPeriod  period;
  char      *title;
  char      *explanation;
} OplChecklistItem;

/* An item as it stands for one opleider on one day. */
typedef struct
{
  const OplChecklistItem *item;
  char                   *period_key;
  gboolean                done;
  gboolean                overdue;
} OplChecklistStatus;

/* One earlier period of an item, for its history. */
typedef struct
{
  char     *period_key;
  GDate     first;
  GDate     last;
  gboolean  done;
} OplChecklistPeriod;

/* Whether @person's @item_id was ticked in the period @period_key. */
typedef gboolean (*OplChecklistTickedFunc) (const char *item_id,
                                            const char *period_key,
                                            gpointer    user_data);

#define OPL_TYPE_CHECKLIST (opl_checklist_get_type ())

G_DECLARE_FINAL_TYPE (OplChecklist, opl_checklist, OPL, CHECKLIST, GObject)

GQuark                  opl_checklist_error_quark    (void);

OplChecklist           *opl_checklist_new_default    (GError              **error) G_GNUC_WARN_UNUSED_RESULT;
OplChecklist           *opl_checklist_new_from_data  (const char           *name,
                                                      const char           *data,
                                                      gssize                length,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;

const char             *opl_checklist_get_id         (OplChecklist         *self);
int                     opl_checklist_get_version    (OplChecklist         *self);
const char             *opl_checklist_get_title      (OplChecklist         *self);
guint                   opl_checklist_get_n_items    (OplChecklist         *self);
const OplChecklistItem *opl_checklist_get_item       (OplChecklist         *self,
                                                      guint                 index);
const OplChecklistItem *opl_checklist_lookup_item    (OplChecklist         *self,
                                                      const char           *item_id);

GArray                 *opl_checklist_get_status     (OplChecklist         *self,
                                                      const GDate          *today,
                                                      const GDate          *since,
                                                      OplChecklistTickedFunc is_ticked,
                                                      gpointer              user_data) G_GNUC_WARN_UNUSED_RESULT;

GArray                 *opl_checklist_get_history    (OplChecklist         *self,
                                                      const OplChecklistItem *item,
                                                      const GDate          *today,
                                                      const GDate          *since,
                                                      guint                 max_periods,
                                                      OplChecklistTickedFunc is_ticked,
                                                      gpointer              user_data) G_GNUC_WARN_UNUSED_RESULT;

const char             *opl_period_to_string         (OplPeriod             period);
gboolean                opl_period_from_string       (const char           *str,
                                                      OplPeriod            *period);
const char             *opl_period_get_label         (OplPeriod             period);
char                   *opl_period_key               (OplPeriod             period,
                                                      const GDate          *date) G_GNUC_WARN_UNUSED_RESULT;
void                    opl_period_bounds            (OplPeriod             period,
                                                      const GDate          *date,
                                                      GDate                *first,
                                                      GDate                *last);

G_END_DECLS

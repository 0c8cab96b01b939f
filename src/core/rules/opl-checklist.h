/* opl-checklist.h: the opleider's recurring tasks, a versioned data file.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "opl-schedule.h"

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

/* What decides in which periods an item is asked of an opleider (checklist.json,
 * version 2: an item's "needs" and "follows"). */
typedef enum
{
  OPL_CHECKLIST_BASIS_CALENDAR,
  OPL_CHECKLIST_BASIS_AIOS,
  OPL_CHECKLIST_BASIS_MOMENT,
  OPL_CHECKLIST_BASIS_PARALLELDAGEN,
  /* Version 3: */
  OPL_CHECKLIST_BASIS_HAO,          /* by the quality cycle's next HAO-voortgangsgesprek */
  OPL_CHECKLIST_BASIS_AFTER_LAST,   /* months after the day it was last done */
  OPL_CHECKLIST_BASIS_BEFORE_MOMENT, /* in the weeks before each moment of a kind */
  OPL_CHECKLIST_BASIS_WHEN_NEEDED,  /* never due: a reminder of what to do when it happens */
} OplChecklistBasis;

/* The training months an item may carry a note for (checklist.json's "notes"). */
#define OPL_CHECKLIST_MAX_MONTH 12

typedef struct
{
  char              *id;
  OplPeriod          period;
  char              *title;
  char              *explanation;
  OplChecklistBasis  basis;
  gboolean           needs_aios;   /* "needs": "aios": asked only while an aios is in training */
  OplMomentKind      moment_kind;  /* the moment an item of OPL_CHECKLIST_BASIS_MOMENT follows,
                                    * or BEFORE_MOMENT comes before */
  int                from_months;  /* AFTER_LAST: asked again this many months after the last, */
  int                months;       /*   and due this many months after it */
  int                weeks;        /* BEFORE_MOMENT: asked from this many weeks before the moment */
  char              *notes[OPL_CHECKLIST_MAX_MONTH + 1]; /* a note for the moment of a training month */
} OplChecklistItem;

/* An item as it stands for one opleider on one day. */
typedef struct
{
  const OplChecklistItem *item;
  char                   *period_key;
  gboolean                done;
  gboolean                overdue;
  /* Since checklist version 2, with the practice's facts (opl_checklist_get_status_for()): */
  gboolean                applies;     /* FALSE: nothing is asked now (no aios in training) */
  gboolean                optional;    /* asked, but never overdue (a duo-opleider's paralleldag) */
  char                   *traject_id;  /* an item that follows a moment: that moment's traject, */
  char                   *aios_name;   /*   its aios, */
  OplMomentKind           moment_kind; /*   its kind, */
  int                     month;       /*   its training month (0: no moment) */
  GDate                   due;         /*   and its date (cleared: no moment) */
  int                     count;       /* paralleldagen attended this opleidingsjaar, */
  int                     required;    /*   of those it asks (0: not counted) */
  /* Since checklist version 3: */
  GDate                   last;        /* HAO and AFTER_LAST: the day it was last done (cleared: never) */
  GDate                   from;        /* BEFORE_MOMENT: the first day it is asked for the moment */
  const char             *note;        /* the item's note for the moment's training month, or NULL */
} OplChecklistStatus;

/* One earlier period of an item, for its history. */
typedef struct
{
  char     *period_key;
  GDate     first;
  GDate     last;
  gboolean  done;
  char     *aios_name;  /* an item that follows a moment: the aios, */
  int       month;      /*   and the training month (0 for a calendar period) */
} OplChecklistPeriod;

/* A traject of the opleider, as the checklist sees it. */
typedef struct
{
  char    *id;
  char    *aios_name;
  GDate    start;
  GDate    end;       /* cleared while it has no end */
  GArray  *moments;   /* OplMoment: opl_schedule_compute() on the day asked about */
} OplChecklistTraject;

/* The paralleldagen of one opleidingsjaar, as the Scholing view counts them. */
typedef struct
{
  GDate     first;       /* cleared: not known */
  GDate     last;
  gboolean  obligatory;  /* for the opleider's role that year (seed 002) */
  int       required;
  GArray   *attended;    /* GDate: the paralleldagen registered as attended */
} OplChecklistYear;

/* What the checklist of one opleider depends on besides the ticks; the store gathers it
 * (opl_store_get_checklist_facts()). */
typedef struct
{
  GDate             since;      /* the first day they could have done a task; cleared: no limit */
  GArray           *trajecten;  /* OplChecklistTraject */
  OplChecklistYear  last_year;  /* the opleidingsjaar before today's */
  OplChecklistYear  this_year;
  /* Since checklist version 3: */
  GDate             last_hao;   /* the last HAO-voortgangsgesprek (cleared: none) */
  GDate             next_hao;   /* when the next is due, as the Scholing view says (cleared: not known) */
  GHashTable       *done_days;  /* item id -> GArray of GDate, oldest first: the days an item was done */
} OplChecklistFacts;

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

GArray                 *opl_checklist_get_status_for (OplChecklist         *self,
                                                      const GDate          *today,
                                                      const OplChecklistFacts *facts,
                                                      OplChecklistTickedFunc is_ticked,
                                                      gpointer              user_data) G_GNUC_WARN_UNUSED_RESULT;
GArray                 *opl_checklist_get_history_for (OplChecklist        *self,
                                                       const OplChecklistItem *item,
                                                       const GDate         *today,
                                                       const OplChecklistFacts *facts,
                                                       guint                max_periods,
                                                       OplChecklistTickedFunc is_ticked,
                                                       gpointer             user_data) G_GNUC_WARN_UNUSED_RESULT;
gboolean                opl_checklist_needs_trajecten (OplChecklist        *self);
gboolean                opl_checklist_needs_paralleldagen (OplChecklist    *self);
gboolean                opl_checklist_needs_hao      (OplChecklist         *self);
gboolean                opl_checklist_needs_done_days (OplChecklist        *self,
                                                       const OplChecklistItem *item);

OplChecklistFacts      *opl_checklist_facts_new      (const GDate          *since) G_GNUC_WARN_UNUSED_RESULT;
void                    opl_checklist_facts_free     (OplChecklistFacts    *facts);
void                    opl_checklist_facts_add_traject (OplChecklistFacts *facts,
                                                         const char        *id,
                                                         const char        *aios_name,
                                                         const GDate       *start,
                                                         const GDate       *end,
                                                         GArray            *moments);
void                    opl_checklist_facts_set_year (OplChecklistFacts    *facts,
                                                      gboolean              this_year,
                                                      const GDate          *first,
                                                      const GDate          *last,
                                                      gboolean              obligatory,
                                                      int                   required,
                                                      const GDate          *attended,
                                                      guint                 n_attended);
void                    opl_checklist_facts_set_hao  (OplChecklistFacts    *facts,
                                                      const GDate          *last,
                                                      const GDate          *next);
void                    opl_checklist_facts_add_done_day (OplChecklistFacts *facts,
                                                          const char        *item_id,
                                                          const GDate       *day);

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
gboolean                opl_period_key_parse         (const char           *key,
                                                      OplPeriod            *period,
                                                      GDate                *first,
                                                      GDate                *last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplChecklistFacts, opl_checklist_facts_free)

G_END_DECLS

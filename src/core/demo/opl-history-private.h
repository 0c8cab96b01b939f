/* opl-history-private.h: what the history generator's files share (opl-history.c, the
 * people, trajecten, ticks, moments, leergesprekken and logbook; opl-history-forms.c;
 * opl-history-scholing.c).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-checklist.h"
#include "opl-form-registry.h"
#include "opl-history.h"
#include "opl-institute.h"
#include "opl-planner.h"

G_BEGIN_DECLS

/* One GRand per kind of history. New kinds go at the end: the others keep their draws. */
typedef enum
{
  STREAM_PEOPLE,
  STREAM_TRAJECTEN,
  STREAM_CLOSURES,
  STREAM_TICKS,
  STREAM_MOMENTS,
  STREAM_LEERGESPREKKEN,
  STREAM_LOGBOOK,
  STREAM_FORMS,
  STREAM_SCHOLING,
  N_STREAMS,
} Stream;

typedef struct
{
  OplPerson *person;
  GDate      from;         /* the first day in the practice */
  GDate      until;        /* the last day; cleared while they stay */
  double     compliance;   /* how often they tick a checklist task */
} Opleider;

typedef struct
{
  OplTraject *traject;     /* as stored: with an end only once it has ended */
  OplSlot     slot;
  GDate       end;         /* the last day of the training year, planned */
  GDate       entered;     /* the day the koppeling was entered */
  gboolean    new_aios;    /* the aios's first traject here: the person is new too */
  GArray     *weeks;       /* OplPlannedWeek, made when first needed */
  GArray     *moments;     /* OplMoment, made when first needed */
  GArray     *kpb;         /* OplKpbEntry, drawn when first needed */
  GArray     *diensten;    /* OplDienst, drawn when first needed */
} Koppeling;

typedef struct
{
  GDate from;
  GDate to;
} Chunk;

/* One planned piece of scholing (a day, a leerpunt, a HAO-voortgangsgesprek, the year
 * an opleider began), written in the year of @on with @on as its created_at. */
typedef struct
{
  GDate               on;
  OplScholingHistory *rows;
} ScholingEntry;

typedef struct
{
  OplStore         *store;
  OplChecklist     *checklist;
  OplFormRegistry  *registry;
  OplInstitute     *institute;
  GPtrArray        *scholing;      /* ScholingEntry, planned when first needed */
  GRand            *rands[N_STREAMS];
  GRand            *id_rand;       /* the stream new ids are drawn from */
  GDate             today;
  GDate             first_day;
  GDate             horizon;       /* the last day anything is planned for */
  char             *practice_id;
  char             *practice_name;
  GPtrArray        *opleiders;     /* Opleider */
  GPtrArray        *koppelingen;   /* Koppeling */
  GArray           *closures;      /* OplClosure, sorted, for the planner */
  GPtrArray        *closure_reasons;
  GHashTable       *names;
  OplHistoryCounts  counts;
} History;

#define PICK(rand, bank) opl_history_pick ((rand), (bank), G_N_ELEMENTS (bank))

int          opl_history_between         (GRand *rand,
                                          int    lo,
                                          int    hi);
gboolean     opl_history_chance          (GRand  *rand,
                                          double  p);
const char  *opl_history_draw_holder     (History     *h,
                                          GRand       *rand,
                                          OplTraject  *traject,
                                          const GDate *date);
char        *opl_history_draw_uuid       (GRand *rand);
GArray      *opl_history_get_moments     (History    *h,
                                          Koppeling  *koppeling,
                                          GError    **error);
gboolean     opl_history_in_chunk        (const GDate *date,
                                          const Chunk *chunk);
gboolean     opl_history_opleider_is_in  (const Opleider *opleider,
                                          const GDate    *date);
const char  *opl_history_pick            (GRand              *rand,
                                          const char * const *bank,
                                          guint               n);
char        *opl_history_timestamp       (const GDate *date,
                                          int          minute);
GRand       *opl_history_use_stream      (History *h,
                                          Stream   stream);
const GDate *opl_history_date_max        (const GDate *a,
                                          const GDate *b);
const GDate *opl_history_date_min        (const GDate *a,
                                          const GDate *b);
gboolean     opl_history_write_forms     (History      *h,
                                          const Chunk  *chunk,
                                          GError      **error);
gboolean     opl_history_write_scholing  (History      *h,
                                          const Chunk  *chunk,
                                          GError      **error);

G_END_DECLS

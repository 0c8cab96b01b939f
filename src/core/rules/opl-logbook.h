/* opl-logbook.h: KPB/KVB and diensten, and the rules that count them.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure data and pure functions (no SQL); the store reads and writes the entries
 * (opl-store-forms.h). Rules from domain.md, "The training year":
 * - KPB/KVB: about one a week, about 40 by the end of the training year;
 * - diensten: at least 20 a year with the opleider (or a substitute at the same post);
 *   others are shown but not counted (opl_dienst_counts_towards_year());
 * - after the bekwaamheidsverklaring for supervision at a distance (fase II, year 3):
 *   at least 5 and at most 8 diensten under supervision at a distance, preferably
 *   2 night shifts.
 */

#pragma once

#include <glib.h>

#include "opl-schedule.h"

G_BEGIN_DECLS

/* Pace targets per training year (domain.md, "The training year"). */
#define OPL_KPB_PER_YEAR 40
#define OPL_DIENSTEN_PER_YEAR 20
#define OPL_DISTANCE_DIENSTEN_MIN 5
#define OPL_DISTANCE_DIENSTEN_MAX 8
#define OPL_DISTANCE_NIGHTS_PREFERRED 2

typedef enum
{
  OPL_ENTRY_KPB,
  OPL_ENTRY_KVB,
} OplEntryKind;

/**
 * OplKpbEntry:
 * @id: the entry's UUID (empty for a new entry: the store assigns one)
 * @kind: KPB (Korte Praktijkbeoordeling) or KVB (Korte Vaardigheidsbeoordeling)
 * @date: the day of the observation
 * @topic: what was observed (a consultation, a skill)
 * @competentiegebied: one of opl_competentiegebied_get_ids()
 * @score: a value of the "score" item's scale of the entry's definition
 * @feedback: the feedback given; "" when none
 * @assessor_id: (nullable): the opleider who observed
 * @definition_id: the KPB or KVB definition the score belongs to
 * @definition_version: its version
 * @changed_at: (nullable): when its row last changed, as the store read or wrote it;
 *   an update is refused when the row changed since (%NULL for a new entry)
 *
 * Free with opl_kpb_entry_clear() (g_auto(OplKpbEntry) does it).
 */
typedef struct
{
  char         *id;
  char         *traject_id;
  OplEntryKind  kind;
  GDate         date;
  char         *topic;
  char         *competentiegebied;
  char         *score;
  char         *feedback;
  char         *assessor_id;
  char         *definition_id;
  int           definition_version;
  char         *changed_at;
} OplKpbEntry;

typedef enum
{
  OPL_DIENST_AVOND,
  OPL_DIENST_NACHT,
  OPL_DIENST_WEEKEND,
  OPL_DIENST_FEESTDAG,
} OplDienstKind;

#define OPL_N_DIENST_KINDS (OPL_DIENST_FEESTDAG + 1)

/**
 * OplDienst:
 * @with_person_id: (nullable): the opleider (a profile) the aios worked with
 * @with_name: the substitute opleider at the same post, by name, when it was not a
 *   profile; "" when the dienst was done with someone else (neither counts then)
 * @at_distance: supervised at a distance (after the bekwaamheidsverklaring)
 * @changed_at: (nullable): when its row last changed, as the store read or wrote it;
 *   an update is refused when the row changed since (%NULL for a new dienst)
 *
 * Free with opl_dienst_clear() (g_auto(OplDienst) does it).
 */
typedef struct
{
  char          *id;
  char          *traject_id;
  GDate          date;
  OplDienstKind  kind;
  char          *with_person_id;
  char          *with_name;
  gboolean       at_distance;
  char          *note;
  char          *changed_at;
} OplDienst;

/**
 * OplPace:
 * @count: how many there are in the training year so far
 * @target: how many the whole training year asks for
 * @expected: how many there would be by today at an even pace (pro rata of the
 *   training time gone by, part time and leave included), rounded down
 * @fraction: the part of the training year gone by, 0 to 1
 * @behind: %TRUE when @count is below @expected
 */
typedef struct
{
  guint    count;
  guint    target;
  guint    expected;
  double   fraction;
  gboolean behind;
} OplPace;

/**
 * OplSupervisionStatus:
 * @OPL_SUPERVISION_NOT_APPLICABLE: fase I: no supervision at a distance in this year
 * @OPL_SUPERVISION_NO_DECLARATION: fase II without a bekwaamheidsverklaring (yet)
 * @OPL_SUPERVISION_TOO_FEW: fewer than 5 diensten at a distance so far
 * @OPL_SUPERVISION_OK: 5 to 8 diensten at a distance
 * @OPL_SUPERVISION_TOO_MANY: more than 8 diensten at a distance
 */
typedef enum
{
  OPL_SUPERVISION_NOT_APPLICABLE,
  OPL_SUPERVISION_NO_DECLARATION,
  OPL_SUPERVISION_TOO_FEW,
  OPL_SUPERVISION_OK,
  OPL_SUPERVISION_TOO_MANY,
} OplSupervisionStatus;

/**
 * OplSupervisionWarning:
 * @OPL_SUPERVISION_WARNING_BEFORE_DECLARATION: a dienst at a distance lies before the
 *   bekwaamheidsverklaring, or there is none, or it is fase I
 * @OPL_SUPERVISION_WARNING_FEW_NIGHTS: fewer than 2 of the diensten at a distance are
 *   night shifts (a preference, not a requirement)
 * @OPL_SUPERVISION_WARNING_TOO_MANY: more than 8 diensten at a distance
 */
typedef enum
{
  OPL_SUPERVISION_WARNING_NONE = 0,
  OPL_SUPERVISION_WARNING_BEFORE_DECLARATION = 1 << 0,
  OPL_SUPERVISION_WARNING_FEW_NIGHTS = 1 << 1,
  OPL_SUPERVISION_WARNING_TOO_MANY = 1 << 2,
} OplSupervisionWarning;

typedef struct
{
  OplSupervisionStatus  status;
  OplSupervisionWarning warnings;
  guint                 n_at_distance;
  guint                 n_nights_at_distance;
} OplSupervision;

void        opl_kpb_entry_clear             (OplKpbEntry        *entry);
void        opl_dienst_clear                (OplDienst          *dienst);

const char *opl_entry_kind_to_string        (OplEntryKind        kind);
gboolean    opl_entry_kind_from_string      (const char         *str,
                                             OplEntryKind       *kind);
const char *opl_dienst_kind_to_string       (OplDienstKind       kind);
gboolean    opl_dienst_kind_from_string     (const char         *str,
                                             OplDienstKind      *kind);
const char *opl_dienst_kind_get_label       (OplDienstKind       kind);

double      opl_training_year_fraction      (const OplScheduleInput *input,
                                             const GDate        *today);
void        opl_pace_compute                (const OplScheduleInput *input,
                                             const GDate        *today,
                                             guint               target,
                                             guint               count,
                                             OplPace            *pace);
gboolean    opl_dienst_counts_towards_year  (const OplDienst    *dienst);
guint       opl_diensten_count_towards_year (const OplDienst    *diensten,
                                             guint               n_diensten);
void        opl_supervision_check           (OplPhase            phase,
                                             const GDate        *declared_on,
                                             const OplDienst    *diensten,
                                             guint               n_diensten,
                                             OplSupervision     *result);
char      **opl_supervision_get_messages    (const OplSupervision *result) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OplKpbEntry, opl_kpb_entry_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OplDienst, opl_dienst_clear)

G_END_DECLS

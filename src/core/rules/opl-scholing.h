/* opl-scholing.h: the opleider's scholingsdagen and quality cycle, as pure rules.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "opl-enums.h"

G_BEGIN_DECLS

#define OPL_SCHOLING_ERROR (opl_scholing_error_quark ())

typedef enum
{
  OPL_SCHOLING_ERROR_INVALID,
} OplScholingError;

/**
 * OplScholingKind:
 * @OPL_SCHOLING_STARTERSDAG: one of the startersdagen before the first aios
 * @OPL_SCHOLING_LEERGANG: a day of leergang 1 to 6
 * @OPL_SCHOLING_PARALLELDAG: a paralleldag (5 a year)
 * @OPL_SCHOLING_OPLEIDERSTWEEDAAGSE: a day of the opleiderstweedaagse
 * @OPL_SCHOLING_LEERGANG6_ALTERNATIVE: an approved alternative to leergang 6
 * @OPL_SCHOLING_OTHER: other training the institute approved
 *
 * domain.md, "Scholing of the opleider".
 */
typedef enum
{
  OPL_SCHOLING_STARTERSDAG,
  OPL_SCHOLING_LEERGANG,
  OPL_SCHOLING_PARALLELDAG,
  OPL_SCHOLING_OPLEIDERSTWEEDAAGSE,
  OPL_SCHOLING_LEERGANG6_ALTERNATIVE,
  OPL_SCHOLING_OTHER,
} OplScholingKind;

#define OPL_N_SCHOLING_KINDS (OPL_SCHOLING_OTHER + 1)

/* The leergangen are numbered 1 to 6 (domain.md); index 0 of arrays is unused. */
#define OPL_N_LEERGANGEN 6
#define OPL_MAX_LEERGANG_DAYS 8

/* Whether an opleider counts as experienced in a year: as the institute profile's rule
 * says (the zero value), or set for that year in the practice. */
typedef enum
{
  OPL_EXPERIENCED_BY_PROFILE,
  OPL_EXPERIENCED_YES,
  OPL_EXPERIENCED_NO,
} OplExperienced;

/* The numbers an institute profile sets (opl-institute.c reads them; LUMC by default). */
typedef struct
{
  GDateMonth year_start_month;          /* the opleidingsjaar starts on this day */
  GDateDay   year_start_day;
  double     days[OPL_N_ROLES];         /* scholingsdagen per opleidingsjaar by role */
  double     first_year_days[OPL_N_ROLES]; /* in the first year as opleider, or < 0 */
  gboolean   pro_rata[OPL_N_ROLES];     /* split pro rata to the share in the trajecten ... */
  int        experienced_from_year[OPL_N_ROLES]; /* ... once experienced: from this year as opleider */
  int        paralleldagen;             /* a year */
  gboolean   paralleldagen_obligatory[OPL_N_ROLES];
  int        startersdagen;
  int        leergang_days;             /* days per leergang */
  double     max_missed_with_replacement; /* more missed: do the leergang again */
  int        certificate_after;         /* the leergang after which the certificate comes */
  int        niveaukaart_from_year[4];  /* niveaukaart k + 1 from this year of experience */
  int        n_hao_steps;
  int        hao_from_year[4];          /* the HAO-voortgangsgesprek every hao_every[i] */
  int        hao_every[4];              /*   years from hao_from_year[i] years */
  int        advised_leerpunten;
} OplScholingRules;

/* One registered (half) day of scholing. */
typedef struct
{
  char            *id;
  char            *person_id;
  GDate            date;
  OplScholingKind  kind;
  int              leergang;          /* 1 to 6 for a leergang day, else 0 */
  int              leergang_day;      /* 1 to the leergang's days, else 0 */
  char            *alternative;       /* the leergang-6 alternative's id, else NULL */
  char            *title;             /* what the other training was, else NULL */
  gboolean         half_day;
  gboolean         attended;
  gboolean         replacement_done;  /* the replacement assignment for missed time */
  char            *note;
  char            *changed_at;        /* when its row last changed, as read; NULL if new */
} OplScholingDay;

#define OPL_TYPE_SCHOLING_DAY (opl_scholing_day_get_type ())

/* What an opleider owes in one opleidingsjaar. */
typedef struct
{
  OplRole   role;
  int       experience_year;   /* 0 aspirant, 1 first year as opleider, ...; -1 unknown */
  double    base_days;         /* by role, before share and dispensation */
  double    share;             /* the pro-rata share used (1 when not split) */
  double    dispensation_days;
  double    days;              /* what is required after all */
  int       paralleldagen;
  gboolean  paralleldagen_obligatory;
  gboolean  first_year;        /* a plaatsvervanger's first year */
  gboolean  experienced;       /* counts as experienced: may split pro rata */
} OplScholingRequirement;

/* What counts in one opleidingsjaar. */
typedef struct
{
  double by_kind[OPL_N_SCHOLING_KINDS]; /* days attended, half days 0.5 */
  double total;
  int    paralleldagen;                 /* paralleldagen attended */
  double absent;                        /* days registered as absent */
} OplScholingCount;

typedef enum
{
  OPL_LEERGANG_NOT_STARTED,
  OPL_LEERGANG_IN_PROGRESS,
  OPL_LEERGANG_REPLACEMENT_NEEDED,
  OPL_LEERGANG_REDO,
  OPL_LEERGANG_COMPLETED,
  OPL_LEERGANG_MISSING,
} OplLeergangState;

/* A leergang as it stands: the attempt that completed it, or the latest attempt. An
 * attempt of leergang 1 to 5 is its days within a year of its first day, and may fall in
 * two opleidingsjaren; leergang 6 is an opleidingsjaar's. */
typedef struct
{
  int               number;
  OplLeergangState  state;
  int               year;             /* the opleidingsjaar of that attempt's first day, 0 if none */
  int               last_year;        /* the opleidingsjaar of its last day */
  double            attended;         /* days */
  double            missed;           /* days missed; once its year ended, days not registered too */
  int               registered;       /* distinct days registered */
  gboolean          ended;            /* its year ended: what is missing stays missing */
  gboolean          replacement_pending;
  gboolean          alternative;      /* leergang 6 done through an approved alternative */
  GDate             completed_on;     /* the last day of a completed attempt, else invalid */
} OplLeergangStatus;

/* The path of domain.md: startersdagen, leergang 1 to 5, a certificate, then leergang 6. */
typedef struct
{
  double             startersdagen;
  gboolean           startersdagen_done;
  OplLeergangStatus  leergangen[OPL_N_LEERGANGEN + 1];
  int                n_completed;     /* of leergang 1 to certificate_after */
  gboolean           certificate;
  GDate              certificate_on;  /* the day the last of them completed, else invalid */
  int                next_leergang;   /* the first not completed; 6 after the certificate */
  int                owed_leergang;   /* the leergang the year owes and has no day of, else 0 */
  gboolean           year_ended;      /* the opleidingsjaar looked from is over */
} OplScholingPath;

typedef enum
{
  OPL_NEED_DAYS,
  OPL_NEED_PARALLELDAGEN,
  OPL_NEED_REPLACEMENT,
  OPL_NEED_REDO_LEERGANG,
  OPL_NEED_STARTERSDAGEN,
  OPL_NEED_LEERGANG6,
  OPL_NEED_LEERGANG,
} OplScholingNeedKind;

/* Something still needed, how much, and by when (an invalid date: no fixed date). */
typedef struct
{
  OplScholingNeedKind kind;
  double              amount;
  int                 leergang;
  GDate               by;
  gboolean            overdue;
} OplScholingNeed;

/* A leerpunt of the opleider's leerplan for a year. */
typedef struct
{
  char     *id;
  int       year;
  int       position;
  char     *text;
  gboolean  achieved;
  char     *changed_at;   /* when its row last changed, as read */
} OplLeerpunt;

/* A HAO-voortgangsgesprek with the opleiderscoach that took place. */
typedef struct
{
  char  *id;
  GDate  date;
  char  *note;
} OplHaoGesprek;

typedef enum
{
  OPL_LEERPLAN_EMPTY,
  OPL_LEERPLAN_FOCUSED,
  OPL_LEERPLAN_TOO_MANY,
} OplLeerplanAdvice;

GQuark       opl_scholing_error_quark          (void);
void         opl_leerpunt_free                 (OplLeerpunt            *leerpunt);
void         opl_hao_gesprek_clear             (OplHaoGesprek          *gesprek);
GType        opl_scholing_day_get_type         (void) G_GNUC_CONST;

OplScholingDay *opl_scholing_day_new           (const char             *person_id,
                                                const GDate            *date,
                                                OplScholingKind         kind) G_GNUC_WARN_UNUSED_RESULT;
OplScholingDay *opl_scholing_day_copy          (const OplScholingDay   *day) G_GNUC_WARN_UNUSED_RESULT;
void         opl_scholing_day_free             (OplScholingDay         *day);
double       opl_scholing_day_value            (const OplScholingDay   *day);
double       opl_scholing_day_missed           (const OplScholingDay   *day);
gboolean     opl_scholing_day_validate         (const OplScholingRules *rules,
                                                const OplScholingDay   *day,
                                                GError                **error);
gboolean     opl_scholing_check_conflicts      (const OplScholingRules *rules,
                                                GPtrArray              *days,
                                                const OplScholingDay   *day,
                                                GError                **error);

const char  *opl_scholing_kind_to_string       (OplScholingKind         kind);
gboolean     opl_scholing_kind_from_string     (const char             *str,
                                                OplScholingKind        *kind);
const char  *opl_scholing_kind_get_label       (OplScholingKind         kind);
const char  *opl_leergang_state_to_string      (OplLeergangState        state);
const char  *opl_leergang_state_get_label      (OplLeergangState        state);
const char  *opl_scholing_need_kind_to_string  (OplScholingNeedKind     kind);
char        *opl_scholing_need_describe        (const OplScholingNeed  *need,
                                                const char             *by) G_GNUC_WARN_UNUSED_RESULT;
char        *opl_scholing_format_days          (double                  days) G_GNUC_WARN_UNUSED_RESULT;

int          opl_scholing_year_of              (const OplScholingRules *rules,
                                                const GDate            *date);
void         opl_scholing_year_bounds          (const OplScholingRules *rules,
                                                int                     year,
                                                GDate                  *first,
                                                GDate                  *last);
void         opl_scholing_day_in_year          (const OplScholingRules *rules,
                                                int                     year,
                                                const GDate            *today,
                                                GDate                  *date);
int          opl_scholing_experience_year      (int                     opleider_since,
                                                int                     year);
gboolean     opl_scholing_is_experienced       (const OplScholingRules *rules,
                                                OplRole                 role,
                                                int                     experience_year,
                                                OplExperienced          experienced);
double       opl_scholing_pro_rata_share       (const OplScholingRules *rules,
                                                int                     year,
                                                GPtrArray              *trajecten,
                                                const char             *person_id);
void         opl_scholing_requirement          (const OplScholingRules *rules,
                                                OplRole                 role,
                                                int                     experience_year,
                                                double                  share,
                                                double                  dispensation_days,
                                                OplScholingRequirement *requirement);
void         opl_scholing_count                (const OplScholingRules *rules,
                                                GPtrArray              *days,
                                                int                     year,
                                                OplScholingCount       *count);
void         opl_scholing_path                 (const OplScholingRules *rules,
                                                GPtrArray              *days,
                                                int                     year,
                                                OplScholingPath        *path);
void         opl_scholing_path_on              (const OplScholingRules *rules,
                                                GPtrArray              *days,
                                                int                     year,
                                                int                     experience_year,
                                                const GDate            *today,
                                                OplScholingPath        *path);
GArray      *opl_scholing_needs                (const OplScholingRules       *rules,
                                                const OplScholingRequirement *requirement,
                                                const OplScholingCount       *count,
                                                const OplScholingPath        *path,
                                                int                           year,
                                                const GDate                  *today) G_GNUC_WARN_UNUSED_RESULT;

int          opl_quality_niveaukaart           (const OplScholingRules *rules,
                                                int                     experience_year);
int          opl_quality_hao_interval          (const OplScholingRules *rules,
                                                int                     experience_year);
void         opl_quality_next_hao              (const OplScholingRules *rules,
                                                int                     experience_year,
                                                const GDate            *last,
                                                const GDate            *year_end,
                                                GDate                  *next);
OplLeerplanAdvice opl_quality_leerplan_advice  (const OplScholingRules *rules,
                                                guint                   n_leerpunten);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplScholingDay, opl_scholing_day_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplLeerpunt, opl_leerpunt_free)

G_END_DECLS

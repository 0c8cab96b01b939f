/* opl-scholing.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of domain.md, "Scholing of the opleider" and "Quality cycle of the
 * opleider", as pure functions of registered days, an institute's numbers
 * (OplScholingRules, read from its profile by opl-institute.c) and a date. No SQL.
 *
 * Choices the sources leave open, made here and documented in README's scholing part:
 * - The opleidingsjaar is a fixed period of the institute profile (LUMC: 1 September
 *   to 31 August); “year 2026” is the one that starts in 2026.
 * - Years of experience are counted as the opleidingsjaar since the opleider began:
 *   0 for an aspirant, 1 in the first year, 6 in the sixth. Both the niveaukaart (“1
 *   aspirant and first year ... 4 sixth year and later”) and the HAO-voortgangsgesprek
 *   (“0-3 years ... 6 years and more”) read them so.
 * - A duo's share is the largest share they have in a traject that runs in the
 *   opleidingsjaar; the pro-rata days are rounded up to a half day. Without a traject
 *   that year nothing is split.
 * - An aspirant (before the first opleidingsjaar) owes the startersdagen, not the
 *   yearly days.
 * - A paralleldag counts once towards the paralleldagen whether it was a half or a
 *   whole day; towards the days it counts 0.5 or 1.
 * - A leergang day attended for half counts half a day missed; more missed than the
 *   replacement covers (LUMC: 1 day) means the leergang must be done again.
 * - An attempt at leergang 1 to 5 is its days within a year of its first day (seed 002:
 *   "Ieder jaar volgt de opleider tweemaal onderwijs gedurende een tweedaagse"), so it
 *   may fall in two opleidingsjaren; a day number already in it starts a new attempt.
 *   Once that year is over a day never registered counts as missed. Leergang 6 is per
 *   opleidingsjaar, and only its days after the certificate count.
 * - One leergang a year (seed 002: "gedurende 5 jaar 5 leergangen"): an opleider (the
 *   first year on, experience known) whose opleidingsjaar has no day of leergang 1 to 5
 *   owes the first not started, unless one is under way or must be done again; when the
 *   year is over it shows missing.
 */

#define G_LOG_DOMAIN "opl-scholing"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "opl-scholing.h"
#include "opl-traject.h"

G_DEFINE_QUARK (opl-scholing-error-quark, opl_scholing_error)

G_DEFINE_BOXED_TYPE (OplScholingDay, opl_scholing_day, opl_scholing_day_copy, opl_scholing_day_free)

/* The strings are what the database and the command line use; never change them. */
static const char * const kind_strings[OPL_N_SCHOLING_KINDS] = {
  "startersdag",
  "leergang",
  "paralleldag",
  "opleiderstweedaagse",
  "leergang6-alternative",
  "other",
};

static const char * const state_strings[] = {
  "not-started",
  "in-progress",
  "replacement-needed",
  "redo",
  "completed",
  "missing",
};

static const char * const need_strings[] = {
  "days",
  "paralleldagen",
  "replacement-assignment",
  "redo-leergang",
  "startersdagen",
  "leergang-6",
  "leergang",
};

/* A little room for sums of halves. */
#define EPSILON 1e-6

OplScholingDay *
opl_scholing_day_new (const char      *person_id,
                      const GDate     *date,
                      OplScholingKind  kind)
{
  OplScholingDay *day = g_new0 (OplScholingDay, 1);

  day->id = g_uuid_string_random ();
  day->person_id = g_strdup (person_id);
  g_date_clear (&day->date, 1);
  if (date != NULL && g_date_valid (date))
    day->date = *date;
  day->kind = kind;
  day->attended = TRUE;
  return day;
}

OplScholingDay *
opl_scholing_day_copy (const OplScholingDay *day)
{
  OplScholingDay *copy;

  g_return_val_if_fail (day != NULL, NULL);

  copy = g_memdup2 (day, sizeof *day);
  copy->id = g_strdup (day->id);
  copy->person_id = g_strdup (day->person_id);
  copy->alternative = g_strdup (day->alternative);
  copy->title = g_strdup (day->title);
  copy->note = g_strdup (day->note);
  copy->changed_at = g_strdup (day->changed_at);
  return copy;
}

void
opl_scholing_day_free (OplScholingDay *day)
{
  if (day == NULL)
    return;

  g_free (day->id);
  g_free (day->person_id);
  g_free (day->alternative);
  g_free (day->title);
  g_free (day->note);
  g_free (day->changed_at);
  g_free (day);
}

/**
 * opl_scholing_day_value:
 *
 * Returns: what the day counts for: 1, 0.5 for a half day, 0 when absent
 *   (domain.md, "Scholing of the opleider": scholingsdagen are days attended)
 */
double
opl_scholing_day_value (const OplScholingDay *day)
{
  if (!day->attended)
    return 0.0;

  return day->half_day ? 0.5 : 1.0;
}

/**
 * opl_scholing_day_missed:
 *
 * Returns: the part of a leergang day that was missed (a leergang day is a whole day);
 *   0 for other kinds
 */
double
opl_scholing_day_missed (const OplScholingDay *day)
{
  if (day->kind != OPL_SCHOLING_LEERGANG)
    return 0.0;

  return 1.0 - opl_scholing_day_value (day);
}

void
opl_leerpunt_free (OplLeerpunt *leerpunt)
{
  if (leerpunt == NULL)
    return;

  g_free (leerpunt->id);
  g_free (leerpunt->text);
  g_free (leerpunt->changed_at);
  g_free (leerpunt);
}

void
opl_hao_gesprek_clear (OplHaoGesprek *gesprek)
{
  g_clear_pointer (&gesprek->id, g_free);
  g_clear_pointer (&gesprek->note, g_free);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped == '\0';
}

/**
 * opl_scholing_day_validate:
 *
 * Checks one registration on its own: a leergang day names its leergang (1 to 6) and
 * its day, an alternative to leergang 6 names which, other training says what it was,
 * and a replacement assignment belongs to a leergang day that was (partly) missed.
 */
gboolean
opl_scholing_day_validate (const OplScholingRules  *rules,
                           const OplScholingDay    *day,
                           GError                 **error)
{
  g_return_val_if_fail (rules != NULL && day != NULL, FALSE);

  if (!g_date_valid (&day->date))
    return invalid (error, _("A scholingsdag needs a date"));

  if (day->person_id == NULL || *day->person_id == '\0')
    return invalid (error, _("A scholingsdag belongs to an opleider"));

  if ((guint) day->kind >= OPL_N_SCHOLING_KINDS)
    return invalid (error, _("Unknown kind of scholing"));

  if (day->kind == OPL_SCHOLING_LEERGANG)
    {
      if (day->leergang < 1 || day->leergang > OPL_N_LEERGANGEN)
        return invalid (error, _("Choose leergang 1 to 6"));

      if (day->leergang_day < 1 || day->leergang_day > rules->leergang_days)
        {
          g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                       /* Translators: %d is the number of days of a leergang (4) */
                       _("A leergang has days 1 to %d"), rules->leergang_days);
          return FALSE;
        }
    }
  else if (day->leergang != 0 || day->leergang_day != 0)
    {
      return invalid (error, _("Only a leergang day has a leergang and a day number"));
    }

  if (day->kind == OPL_SCHOLING_LEERGANG6_ALTERNATIVE && is_blank (day->alternative))
    return invalid (error, _("Choose which alternative to leergang 6 this was"));

  if (day->kind != OPL_SCHOLING_LEERGANG6_ALTERNATIVE && day->alternative != NULL)
    return invalid (error, _("Only an alternative to leergang 6 names an alternative"));

  if (day->kind == OPL_SCHOLING_OTHER && is_blank (day->title))
    return invalid (error, _("Say what the other training was"));

  if (day->title != NULL && g_utf8_strlen (day->title, -1) > 200)
    return invalid (error, _("The name of the training is too long"));

  if (day->note != NULL && g_utf8_strlen (day->note, -1) > 2000)
    return invalid (error, _("The note is too long"));

  if (day->replacement_done && opl_scholing_day_missed (day) <= 0.0)
    return invalid (error, _("A replacement assignment is only for a leergang day that was missed"));

  return TRUE;
}

static char *
format_date (const GDate *date)
{
  char text[64];

  if (g_date_strftime (text, sizeof text, "%-d %B %Y", date) == 0)
    return g_strdup ("?");

  return g_strdup (text);
}

/**
 * opl_scholing_check_conflicts:
 * @days: (element-type OplScholingDay): the opleider's registered days
 * @day: a new or changed registration (a day in @days with the same id is itself)
 *
 * Refuses what cannot both be true: more than one day of scholing on one date, or the
 * same leergang day twice in one opleidingsjaar.
 */
gboolean
opl_scholing_check_conflicts (const OplScholingRules  *rules,
                              GPtrArray               *days,
                              const OplScholingDay    *day,
                              GError                 **error)
{
  double on_date = day->half_day ? 0.5 : 1.0;
  int year = opl_scholing_year_of (rules, &day->date);

  for (guint i = 0; i < days->len; i++)
    {
      const OplScholingDay *other = g_ptr_array_index (days, i);

      if (g_strcmp0 (other->id, day->id) == 0 || g_strcmp0 (other->person_id, day->person_id) != 0)
        continue;

      if (g_date_compare (&other->date, &day->date) == 0)
        on_date += other->half_day ? 0.5 : 1.0;

      if (day->kind == OPL_SCHOLING_LEERGANG && other->kind == OPL_SCHOLING_LEERGANG &&
          other->leergang == day->leergang && other->leergang_day == day->leergang_day &&
          opl_scholing_year_of (rules, &other->date) == year)
        {
          g_autofree char *when = format_date (&other->date);

          g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                       /* Translators: leergang number, day number, and the date it was registered on */
                       _("Leergang %d, day %d is already registered in this opleidingsjaar, on %s"),
                       day->leergang, day->leergang_day, when);
          return FALSE;
        }
    }

  if (on_date > 1.0 + EPSILON)
    {
      g_autofree char *when = format_date (&day->date);

      g_set_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID,
                   /* Translators: %s is a date */
                   _("More than one day of scholing on %s"), when);
      return FALSE;
    }

  return TRUE;
}

const char *
opl_scholing_kind_to_string (OplScholingKind kind)
{
  g_return_val_if_fail ((guint) kind < OPL_N_SCHOLING_KINDS, NULL);

  return kind_strings[kind];
}

gboolean
opl_scholing_kind_from_string (const char      *str,
                               OplScholingKind *kind)
{
  for (guint i = 0; i < OPL_N_SCHOLING_KINDS; i++)
    {
      if (g_strcmp0 (kind_strings[i], str) == 0)
        {
          *kind = (OplScholingKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * opl_scholing_kind_get_label:
 *
 * Returns: the kind as a user sees it; the domain words stay Dutch
 */
const char *
opl_scholing_kind_get_label (OplScholingKind kind)
{
  switch (kind)
    {
    case OPL_SCHOLING_STARTERSDAG:
      return C_("scholing kind", "Startersdag");
    case OPL_SCHOLING_LEERGANG:
      return C_("scholing kind", "Leergang");
    case OPL_SCHOLING_PARALLELDAG:
      return C_("scholing kind", "Paralleldag");
    case OPL_SCHOLING_OPLEIDERSTWEEDAAGSE:
      return C_("scholing kind", "Opleiderstweedaagse");
    case OPL_SCHOLING_LEERGANG6_ALTERNATIVE:
      return C_("scholing kind", "Alternative to leergang 6");
    case OPL_SCHOLING_OTHER:
      return C_("scholing kind", "Other approved training");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
opl_leergang_state_to_string (OplLeergangState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_strings), NULL);

  return state_strings[state];
}

const char *
opl_scholing_need_kind_to_string (OplScholingNeedKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (need_strings), NULL);

  return need_strings[kind];
}

/**
 * opl_scholing_format_days:
 *
 * Returns: (transfer full): a number of days as people write it: “4”, “2½”, “½”
 */
char *
opl_scholing_format_days (double days)
{
  gint64 halves = (gint64) floor (days * 2.0 + 0.5);

  if (halves == 1)
    return g_strdup ("½");

  if (halves % 2 != 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "½", halves / 2);

  return g_strdup_printf ("%" G_GINT64_FORMAT, halves / 2);
}

/**
 * opl_scholing_need_describe:
 * @by: (nullable): the need's date as the caller writes dates
 *
 * Returns: (transfer full): what is needed, in a sentence without a full stop:
 *   “2½ more scholingsdagen by 31 August 2027”
 */
char *
opl_scholing_need_describe (const OplScholingNeed *need,
                            const char            *by)
{
  g_autofree char *amount = opl_scholing_format_days (need->amount);
  g_autofree char *what = NULL;
  gulong n = (gulong) ceil (need->amount);

  switch (need->kind)
    {
    case OPL_NEED_DAYS:
      /* Translators: %s is a number of days, such as “2½” */
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more scholingsdag", "%s more scholingsdagen", n), amount);
      break;
    case OPL_NEED_PARALLELDAGEN:
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more paralleldag", "%s more paralleldagen", n), amount);
      break;
    case OPL_NEED_REPLACEMENT:
      /* Translators: %d is the number of a leergang */
      what = g_strdup_printf (_("The replacement assignment for leergang %d"), need->leergang);
      break;
    case OPL_NEED_REDO_LEERGANG:
      /* Translators: %d is the number of a leergang */
      return g_strdup_printf (_("Leergang %d must be done again: more than one day was missed"), need->leergang);
    case OPL_NEED_STARTERSDAGEN:
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more startersdag, before the first aios",
                                           "%s more startersdagen, before the first aios", n), amount);
      return g_steal_pointer (&what);
    case OPL_NEED_LEERGANG:
      /* Translators: %d is the number of a leergang; “The days of leergang 2 by 31 August 2027” */
      what = g_strdup_printf (_("The days of leergang %d"), need->leergang);
      break;
    case OPL_NEED_LEERGANG6:
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more day of leergang 6 or an approved alternative",
                                           "%s more days of leergang 6 or an approved alternative", n), amount);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (by == NULL)
    return g_steal_pointer (&what);

  if (need->overdue)
    {
      /* Translators: what is needed, and the date it was due: “The replacement assignment for leergang 2, due 31 August 2026” */
      return g_strdup_printf (_("%s, due %s"), what, by);
    }

  /* Translators: what is needed, and by when: “2½ more scholingsdagen by 31 August 2027” */
  return g_strdup_printf (_("%s by %s"), what, by);
}

/**
 * opl_scholing_year_of:
 *
 * Returns: the opleidingsjaar @date falls in, named by the calendar year it starts in
 *   (domain.md: the requirement is per opleidingsjaar; the period is the institute's)
 */
int
opl_scholing_year_of (const OplScholingRules *rules,
                      const GDate            *date)
{
  int year = g_date_get_year (date);
  int month = g_date_get_month (date);

  if (month < (int) rules->year_start_month ||
      (month == (int) rules->year_start_month && g_date_get_day (date) < rules->year_start_day))
    return year - 1;

  return year;
}

/**
 * opl_scholing_year_bounds:
 * @first: (out caller-allocates): the first day of opleidingsjaar @year
 * @last: (out caller-allocates): its last day
 */
void
opl_scholing_year_bounds (const OplScholingRules *rules,
                          int                     year,
                          GDate                  *first,
                          GDate                  *last)
{
  g_return_if_fail (year >= 1 && year < 9999);

  g_date_clear (first, 1);
  g_date_set_dmy (first, rules->year_start_day, rules->year_start_month, (GDateYear) year);
  *last = *first;
  g_date_add_years (last, 1);
  g_date_subtract_days (last, 1);
}

/**
 * opl_scholing_day_in_year:
 * @date: (out caller-allocates): @today if it lies in opleidingsjaar @year, else the
 *   day of @year nearest to it: where a new registration for @year starts
 */
void
opl_scholing_day_in_year (const OplScholingRules *rules,
                          int                     year,
                          const GDate            *today,
                          GDate                  *date)
{
  GDate first, last;

  opl_scholing_year_bounds (rules, year, &first, &last);
  if (g_date_compare (today, &first) < 0)
    *date = first;
  else if (g_date_compare (today, &last) > 0)
    *date = last;
  else
    *date = *today;
}

/**
 * opl_scholing_experience_year:
 * @opleider_since: the opleidingsjaar the opleider began in, or 0 when unknown
 *
 * Returns: 0 for an aspirant (before that year), 1 in the first year, and so on;
 *   -1 when unknown (domain.md, "Quality cycle of the opleider")
 */
int
opl_scholing_experience_year (int opleider_since,
                              int year)
{
  if (opleider_since <= 0)
    return -1;

  if (year < opleider_since)
    return 0;

  return year - opleider_since + 1;
}

static gboolean
traject_runs_in (OplTraject  *traject,
                 const GDate *first,
                 const GDate *last)
{
  const GDate *end = opl_traject_get_end (traject);

  return g_date_compare (opl_traject_get_start (traject), last) <= 0 &&
         (end == NULL || g_date_compare (end, first) >= 0);
}

/**
 * opl_scholing_is_experienced:
 * @experience_year: from opl_scholing_experience_year()
 * @experienced: what the practice set for the year, if anything
 *
 * Seed 001: "Ervaren duo opleiders kunnen deze 8 dagen naar rato verdelen". Who counts
 * as experienced is the institute profile's rule (experienced_from_year of the role;
 * LUMC: from the sixth year as opleider, the "ervaren opleider" of niveaukaart 4 in seed
 * 004), unless the practice set it for the year.
 *
 * Returns: whether the opleider counts as experienced in that year
 */
gboolean
opl_scholing_is_experienced (const OplScholingRules *rules,
                             OplRole                 role,
                             int                     experience_year,
                             OplExperienced          experienced)
{
  g_return_val_if_fail (rules != NULL && (guint) role < OPL_N_ROLES, FALSE);

  if (experienced != OPL_EXPERIENCED_BY_PROFILE)
    return experienced == OPL_EXPERIENCED_YES;

  return experience_year >= rules->experienced_from_year[role];
}

/**
 * opl_scholing_pro_rata_share:
 * @trajecten: (element-type OplTraject): the trajecten @person_id guides
 *
 * Returns: the largest share @person_id has in a traject that runs in opleidingsjaar
 *   @year, or 1 when there is none (domain.md: “experienced duo-opleiders may split the
 *   8 pro rata”)
 */
double
opl_scholing_pro_rata_share (const OplScholingRules *rules,
                             int                     year,
                             GPtrArray              *trajecten,
                             const char             *person_id)
{
  double share = 0.0;
  GDate first, last;

  opl_scholing_year_bounds (rules, year, &first, &last);
  for (guint i = 0; trajecten != NULL && i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (traject_runs_in (traject, &first, &last))
        share = MAX (share, opl_traject_get_share_of (traject, person_id));
    }

  return share > 0.0 ? MIN (share, 1.0) : 1.0;
}

static double
ceil_to_half (double days)
{
  return ceil (days * 2.0 - EPSILON) / 2.0;
}

/**
 * opl_scholing_requirement:
 * @experience_year: from opl_scholing_experience_year()
 * @share: the opleider's share (opl_scholing_pro_rata_share()); used where the
 *   institute splits the role's days pro rata
 * @dispensation_days: days of dispensation granted for the year (0 for none)
 *
 * domain.md, "Scholing of the opleider": a hoofdopleider 8 scholingsdagen unless
 * dispensation; a plaatsvervangend opleider at least 4, and 8 the year after;
 * duo-opleiders split the 8 pro rata; 5 paralleldagen, obligatory for the
 * hoofdopleider and optional for the duo-opleider.
 */
void
opl_scholing_requirement (const OplScholingRules *rules,
                          OplRole                 role,
                          int                     experience_year,
                          double                  share,
                          double                  dispensation_days,
                          OplScholingRequirement *requirement)
{
  g_return_if_fail (rules != NULL && requirement != NULL);
  g_return_if_fail ((guint) role < OPL_N_ROLES);

  *requirement = (OplScholingRequirement) {
    .role = role,
    .experience_year = experience_year,
    .base_days = rules->days[role],
    .share = 1.0,
    .dispensation_days = MAX (dispensation_days, 0.0),
    .paralleldagen = rules->paralleldagen,
    .paralleldagen_obligatory = rules->paralleldagen_obligatory[role],
  };

  if (experience_year == 0)
    {
      /* An aspirant does the startersdagen; the yearly days start with the first year. */
      requirement->base_days = 0.0;
      requirement->paralleldagen_obligatory = FALSE;
    }
  else if (experience_year == 1 && rules->first_year_days[role] >= 0.0)
    {
      requirement->base_days = rules->first_year_days[role];
      requirement->first_year = TRUE;
    }

  if (rules->pro_rata[role])
    requirement->share = CLAMP (share, 0.0, 1.0);

  requirement->days = ceil_to_half (requirement->base_days * requirement->share);
  requirement->days = MAX (requirement->days - requirement->dispensation_days, 0.0);
}

/**
 * opl_scholing_count:
 * @days: (element-type OplScholingDay): an opleider's registered days
 *
 * Counts the days attended in opleidingsjaar @year by kind: a half day counts 0.5, a
 * day absent nothing; and the paralleldagen attended.
 */
void
opl_scholing_count (const OplScholingRules *rules,
                    GPtrArray              *days,
                    int                     year,
                    OplScholingCount       *count)
{
  g_return_if_fail (rules != NULL && count != NULL);

  *count = (OplScholingCount) { 0 };
  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const OplScholingDay *day = g_ptr_array_index (days, i);
      double value = opl_scholing_day_value (day);

      if (opl_scholing_year_of (rules, &day->date) != year)
        continue;

      count->by_kind[day->kind] += value;
      count->total += value;
      if (!day->attended)
        count->absent += day->half_day ? 0.5 : 1.0;
      if (day->kind == OPL_SCHOLING_PARALLELDAG && day->attended)
        count->paralleldagen++;
    }
}

/* One attempt at a leergang: leergang 1 to 5, its days within a year of its first day,
 * in one or two opleidingsjaren; leergang 6, the days of one opleidingsjaar. */
typedef struct
{
  GDate    first;
  GDate    last;
  GDate    window_end;        /* the last day of the attempt's year */
  gboolean registered[OPL_MAX_LEERGANG_DAYS + 1];
  double   value[OPL_MAX_LEERGANG_DAYS + 1];
  gboolean replaced[OPL_MAX_LEERGANG_DAYS + 1];
  gboolean alternative;
} Attempt;

static Attempt *
attempt_new (const GDate *first,
             const GDate *window_end)
{
  Attempt *attempt = g_new0 (Attempt, 1);

  attempt->first = *first;
  attempt->last = *first;
  attempt->window_end = *window_end;
  return attempt;
}

static void
attempt_add (Attempt              *attempt,
             const OplScholingDay *day)
{
  int d = day->leergang_day;

  if (g_date_compare (&day->date, &attempt->last) > 0)
    attempt->last = day->date;

  if (day->kind == OPL_SCHOLING_LEERGANG6_ALTERNATIVE)
    {
      attempt->alternative |= day->attended;
      return;
    }

  if (d < 1 || d > OPL_MAX_LEERGANG_DAYS)
    return;

  /* The same day twice (the store refuses it) counts once, at its best. */
  if (!attempt->registered[d] || opl_scholing_day_value (day) > attempt->value[d])
    {
      attempt->value[d] = opl_scholing_day_value (day);
      attempt->replaced[d] = day->replacement_done;
    }
  attempt->registered[d] = TRUE;
}

/* Seed 002: "Tijdens de leergangen wordt aanwezigheid verwacht van 4 dagen per leergang.
 * Indien de opleider 1 dag afwezig is, volgt er een vervangende opdracht. Indien er 2
 * dagen niet gevolgd worden dient de opleider de leergang opnieuw te volgen." Once the
 * attempt's year is over (before @now), a day never registered was not attended either. */
static OplLeergangStatus
attempt_status (const OplScholingRules *rules,
                const Attempt          *attempt,
                int                     number,
                const GDate            *now)
{
  OplLeergangStatus status = {
    .number = number,
    .year = opl_scholing_year_of (rules, &attempt->first),
    .last_year = opl_scholing_year_of (rules, &attempt->last),
    .ended = g_date_compare (&attempt->window_end, now) < 0,
  };
  gboolean replaced = TRUE;

  g_date_clear (&status.completed_on, 1);
  for (int d = 1; d <= rules->leergang_days && d <= OPL_MAX_LEERGANG_DAYS; d++)
    {
      if (!attempt->registered[d])
        continue;

      status.registered++;
      status.attended += attempt->value[d];
      status.missed += 1.0 - attempt->value[d];
      if (attempt->value[d] < 1.0 && !attempt->replaced[d])
        replaced = FALSE;
    }

  status.alternative = attempt->alternative;
  if (status.ended && !(attempt->alternative && number == OPL_N_LEERGANGEN) &&
      status.registered < rules->leergang_days)
    {
      status.missed += rules->leergang_days - status.registered;
      replaced = FALSE;
    }
  status.replacement_pending = status.missed > EPSILON && !replaced;

  if (attempt->alternative && number == OPL_N_LEERGANGEN)
    status.state = OPL_LEERGANG_COMPLETED;
  else if (status.missed > rules->max_missed_with_replacement + EPSILON)
    status.state = OPL_LEERGANG_REDO;
  else if (status.registered < rules->leergang_days && !status.ended)
    status.state = status.registered > 0 ? OPL_LEERGANG_IN_PROGRESS : OPL_LEERGANG_NOT_STARTED;
  else if (status.replacement_pending)
    status.state = OPL_LEERGANG_REPLACEMENT_NEEDED;
  else
    status.state = OPL_LEERGANG_COMPLETED;

  if (status.state == OPL_LEERGANG_COMPLETED || status.state == OPL_LEERGANG_REDO)
    status.replacement_pending = FALSE;
  if (status.state == OPL_LEERGANG_COMPLETED)
    status.completed_on = attempt->last;

  return status;
}

static int
compare_day_dates (gconstpointer a,
                   gconstpointer b)
{
  const OplScholingDay *day_a = *(OplScholingDay * const *) a;
  const OplScholingDay *day_b = *(OplScholingDay * const *) b;

  return g_date_compare (&day_a->date, &day_b->date);
}

/* The attempt that completed it (the first), else the latest; a leergang no day of
 * which is registered is not started. */
static OplLeergangStatus
best_status (const OplScholingRules *rules,
             GPtrArray              *attempts,
             int                     number,
             const GDate            *now)
{
  OplLeergangStatus best = { .number = number, .state = OPL_LEERGANG_NOT_STARTED };

  g_date_clear (&best.completed_on, 1);
  for (guint i = 0; i < attempts->len; i++)
    {
      best = attempt_status (rules, g_ptr_array_index (attempts, i), number, now);
      if (best.state == OPL_LEERGANG_COMPLETED)
        break;
    }

  return best;
}

/* Leergang @number (1 to 5) as it stands at @now, from its days up to opleidingsjaar
 * @year. Seed 002: "Ieder jaar volgt de opleider tweemaal onderwijs gedurende een
 * tweedaagse": an attempt is the days within a year of its first day, so its two
 * tweedaagsen may fall in two opleidingsjaren; a day already in it starts the next. */
static OplLeergangStatus
leergang_status (const OplScholingRules *rules,
                 GPtrArray              *days,
                 int                     number,
                 int                     year,
                 const GDate            *now)
{
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  g_autoptr(GPtrArray) attempts = g_ptr_array_new_with_free_func (g_free);
  Attempt *attempt = NULL;

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      OplScholingDay *day = g_ptr_array_index (days, i);

      if (day->kind == OPL_SCHOLING_LEERGANG && day->leergang == number &&
          opl_scholing_year_of (rules, &day->date) <= year)
        g_ptr_array_add (own, day);
    }
  g_ptr_array_sort (own, compare_day_dates);

  for (guint i = 0; i < own->len; i++)
    {
      const OplScholingDay *day = g_ptr_array_index (own, i);
      int d = day->leergang_day;

      if (attempt == NULL || g_date_compare (&day->date, &attempt->window_end) > 0 ||
          (d >= 1 && d <= OPL_MAX_LEERGANG_DAYS && attempt->registered[d]))
        {
          GDate window_end = day->date;

          g_date_add_years (&window_end, 1);
          g_date_subtract_days (&window_end, 1);
          attempt = attempt_new (&day->date, &window_end);
          g_ptr_array_add (attempts, attempt);
        }
      attempt_add (attempt, day);
    }

  return best_status (rules, attempts, number, now);
}

/* Leergang 6 in opleidingsjaar @year: seed 002, "Met dit certificaat stroomt de
 * opleider leergang 6 in": only its days after @certificate_on count. */
static OplLeergangStatus
leergang6_status (const OplScholingRules *rules,
                  GPtrArray              *days,
                  int                     year,
                  const GDate            *certificate_on,
                  const GDate            *now)
{
  g_autoptr(GPtrArray) attempts = g_ptr_array_new_with_free_func (g_free);
  OplLeergangStatus status;
  GDate first, last;

  opl_scholing_year_bounds (rules, year, &first, &last);
  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const OplScholingDay *day = g_ptr_array_index (days, i);
      gboolean counts = (day->kind == OPL_SCHOLING_LEERGANG && day->leergang == OPL_N_LEERGANGEN) ||
                        day->kind == OPL_SCHOLING_LEERGANG6_ALTERNATIVE;

      if (!counts || opl_scholing_year_of (rules, &day->date) != year ||
          (certificate_on != NULL && g_date_valid (certificate_on) &&
           g_date_compare (&day->date, certificate_on) <= 0))
        continue;

      if (attempts->len == 0)
        g_ptr_array_add (attempts, attempt_new (&day->date, &last));
      attempt_add (g_ptr_array_index (attempts, 0), day);
    }

  status = best_status (rules, attempts, OPL_N_LEERGANGEN, now);
  status.year = year;
  if (status.last_year == 0)
    status.last_year = year;
  status.ended = g_date_compare (&last, now) < 0;
  return status;
}

static gboolean
has_leergang_day (const OplScholingRules *rules,
                  GPtrArray              *days,
                  int                     year)
{
  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const OplScholingDay *day = g_ptr_array_index (days, i);

      if (day->kind == OPL_SCHOLING_LEERGANG && day->leergang >= 1 &&
          day->leergang <= rules->certificate_after && opl_scholing_year_of (rules, &day->date) == year)
        return TRUE;
    }

  return FALSE;
}

/* Seed 002: "Alle opleiders (hoofd en duo-opleiders) volgen gedurende 5 jaar 5
 * leergangen": an opleider's year without a day of any leergang before the certificate
 * owes the first one not started; none while one is under way or must be done again. */
static int
owed_leergang (const OplScholingRules *rules,
               GPtrArray              *days,
               const OplScholingPath  *path,
               int                     year,
               int                     experience_year)
{
  if (experience_year < 1 || path->certificate || has_leergang_day (rules, days, year))
    return 0;

  for (int number = 1; number <= rules->certificate_after; number++)
    {
      switch (path->leergangen[number].state)
        {
        case OPL_LEERGANG_COMPLETED:
        case OPL_LEERGANG_REPLACEMENT_NEEDED:
          continue;
        case OPL_LEERGANG_NOT_STARTED:
          return number;
        case OPL_LEERGANG_IN_PROGRESS:
        case OPL_LEERGANG_REDO:
        case OPL_LEERGANG_MISSING:
        default:
          return 0;
        }
    }

  return 0;
}

/**
 * opl_scholing_path_on:
 * @days: (element-type OplScholingDay): all of an opleider's registered days
 * @year: the opleidingsjaar to look from: later days are left out
 * @experience_year: from opl_scholing_experience_year(): an opleider (1 or more) owes a
 *   leergang a year; -1 when unknown
 * @today: (nullable): the day to look from within @year; %NULL or a later day: the
 *   year's end
 *
 * Seed 002: 2 startersdagen; leergang 1 to 5 over five years, one a year, four days
 * each ("Indien de opleider 1 dag afwezig is, volgt er een vervangende opdracht. Indien
 * er 2 dagen niet gevolgd worden dient de opleider de leergang opnieuw te volgen"), a
 * certificate after leergang 5; then leergang 6 (4 days a year or an approved
 * alternative). A leergang whose year ended with days missing needs the replacement
 * assignment or must be done again; a year that ended without the leergang it owed
 * shows that leergang missing.
 */
void
opl_scholing_path_on (const OplScholingRules *rules,
                      GPtrArray              *days,
                      int                     year,
                      int                     experience_year,
                      const GDate            *today,
                      OplScholingPath        *path)
{
  OplLeergangStatus *six;
  GDate first, last, now;

  g_return_if_fail (rules != NULL && path != NULL);

  *path = (OplScholingPath) { 0 };
  g_date_clear (&path->certificate_on, 1);
  opl_scholing_year_bounds (rules, year, &first, &last);
  now = last;
  g_date_add_days (&now, 1);
  if (today != NULL && g_date_valid (today) && g_date_compare (today, &now) < 0)
    now = *today;
  path->year_ended = g_date_compare (&now, &last) > 0;

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const OplScholingDay *day = g_ptr_array_index (days, i);

      if (day->kind == OPL_SCHOLING_STARTERSDAG && opl_scholing_year_of (rules, &day->date) <= year)
        path->startersdagen += opl_scholing_day_value (day);
    }
  path->startersdagen_done = path->startersdagen + EPSILON >= rules->startersdagen;

  for (int number = 1; number < OPL_N_LEERGANGEN; number++)
    {
      const OplLeergangStatus *status;

      path->leergangen[number] = leergang_status (rules, days, number, year, &now);
      status = &path->leergangen[number];
      if (number > rules->certificate_after)
        continue;

      if (status->state == OPL_LEERGANG_COMPLETED)
        {
          path->n_completed++;
          if (!g_date_valid (&path->certificate_on) ||
              g_date_compare (&status->completed_on, &path->certificate_on) > 0)
            path->certificate_on = status->completed_on;
        }
      else if (path->next_leergang == 0)
        {
          path->next_leergang = number;
        }
    }

  path->certificate = path->n_completed >= rules->certificate_after;
  if (!path->certificate)
    g_date_clear (&path->certificate_on, 1);
  else
    path->next_leergang = OPL_N_LEERGANGEN;

  /* Before the certificate leergang 6 has not begun, whatever is registered as its. */
  six = &path->leergangen[OPL_N_LEERGANGEN];
  if (path->certificate)
    {
      *six = leergang6_status (rules, days, year, &path->certificate_on, &now);
    }
  else
    {
      *six = (OplLeergangStatus) { .number = OPL_N_LEERGANGEN, .state = OPL_LEERGANG_NOT_STARTED,
                                   .year = year, .last_year = year };
      g_date_clear (&six->completed_on, 1);
    }

  path->owed_leergang = owed_leergang (rules, days, path, year, experience_year);
  if (path->year_ended && path->owed_leergang > 0)
    path->leergangen[path->owed_leergang].state = OPL_LEERGANG_MISSING;
  if (path->year_ended && path->certificate && six->state == OPL_LEERGANG_NOT_STARTED)
    six->state = OPL_LEERGANG_MISSING;
}

/**
 * opl_scholing_path:
 * @days: (element-type OplScholingDay): all of an opleider's registered days
 * @year: the opleidingsjaar to look from: later days are left out
 *
 * opl_scholing_path_on() as it stands at the end of @year, the experience unknown.
 */
void
opl_scholing_path (const OplScholingRules *rules,
                   GPtrArray              *days,
                   int                     year,
                   OplScholingPath        *path)
{
  opl_scholing_path_on (rules, days, year, -1, NULL, path);
}

static void
add_need (GArray              *needs,
          OplScholingNeedKind  kind,
          double               amount,
          int                  leergang,
          const GDate         *by,
          const GDate         *today)
{
  OplScholingNeed need = { .kind = kind, .amount = amount, .leergang = leergang };

  g_date_clear (&need.by, 1);
  if (by != NULL)
    {
      need.by = *by;
      need.overdue = today != NULL && g_date_compare (today, by) > 0;
    }
  g_array_append_val (needs, need);
}

/**
 * opl_scholing_needs:
 * @today: (nullable): the day to tell what is overdue
 *
 * What is still needed in opleidingsjaar @year, and by when: the days and the
 * obligatory paralleldagen by the end of the opleidingsjaar (an optional paralleldag is
 * never missing), each replacement assignment still to do, each leergang to do again,
 * the startersdagen of a new opleider, and leergang 6 after the certificate.
 *
 * Returns: (transfer full) (element-type OplScholingNeed): the needs, days first
 */
GArray *
opl_scholing_needs (const OplScholingRules       *rules,
                    const OplScholingRequirement *requirement,
                    const OplScholingCount       *count,
                    const OplScholingPath        *path,
                    int                           year,
                    const GDate                  *today)
{
  GArray *needs = g_array_new (FALSE, TRUE, sizeof (OplScholingNeed));
  GDate first, last;

  opl_scholing_year_bounds (rules, year, &first, &last);

  if (requirement->days - count->total > EPSILON)
    add_need (needs, OPL_NEED_DAYS, requirement->days - count->total, 0, &last, today);

  if (requirement->paralleldagen_obligatory && count->paralleldagen < requirement->paralleldagen)
    add_need (needs, OPL_NEED_PARALLELDAGEN, requirement->paralleldagen - count->paralleldagen, 0, &last, today);

  for (int number = 1; number <= OPL_N_LEERGANGEN; number++)
    {
      const OplLeergangStatus *status = &path->leergangen[number];
      GDate attempt_first, attempt_last;

      if (status->year == 0)
        continue;

      /* Due with the opleidingsjaar of the attempt's last day. */
      opl_scholing_year_bounds (rules, status->last_year, &attempt_first, &attempt_last);
      if (status->replacement_pending)
        add_need (needs, OPL_NEED_REPLACEMENT, status->missed, number, &attempt_last, today);
      else if (status->state == OPL_LEERGANG_REDO)
        add_need (needs, OPL_NEED_REDO_LEERGANG, 0, number, NULL, today);
    }

  /* The startersdagen come before the first aios: a concern of the first years only. */
  if (!path->startersdagen_done &&
      (requirement->experience_year == 0 || requirement->experience_year == 1) &&
      (requirement->role == OPL_ROLE_HOOFDOPLEIDER || requirement->role == OPL_ROLE_DUO_OPLEIDER))
    add_need (needs, OPL_NEED_STARTERSDAGEN, rules->startersdagen - path->startersdagen, 0, NULL, today);

  /* Seed 002: one leergang a year on the way to the certificate. */
  if (path->owed_leergang > 0)
    add_need (needs, OPL_NEED_LEERGANG, rules->leergang_days, path->owed_leergang, &last, today);

  if (path->certificate && path->leergangen[OPL_N_LEERGANGEN].state != OPL_LEERGANG_COMPLETED &&
      path->leergangen[OPL_N_LEERGANGEN].state != OPL_LEERGANG_REDO &&
      !path->leergangen[OPL_N_LEERGANGEN].replacement_pending)
    add_need (needs, OPL_NEED_LEERGANG6,
              MAX (rules->leergang_days - path->leergangen[OPL_N_LEERGANGEN].attended, 0.0),
              OPL_N_LEERGANGEN, &last, today);

  return needs;
}

/**
 * opl_quality_niveaukaart:
 *
 * Returns: the niveaukaart (1 to 4) for @experience_year, 0 when unknown (domain.md,
 *   "Quality cycle": 1 aspirant and first-year opleider; 2 second and third year; 3
 *   fourth and fifth; 4 sixth year and later)
 */
int
opl_quality_niveaukaart (const OplScholingRules *rules,
                         int                     experience_year)
{
  int level = 0;

  if (experience_year < 0)
    return 0;

  for (int k = 0; k < 4; k++)
    {
      if (experience_year >= rules->niveaukaart_from_year[k])
        level = k + 1;
    }

  return level;
}

/**
 * opl_quality_hao_interval:
 *
 * Returns: every how many years the HAO-voortgangsgesprek with the opleiderscoach is
 *   due (domain.md, "Quality cycle": 0-3 years of experience once a year, 4-5 once
 *   every 2 years, 6 and more once every 3 years); yearly when unknown
 */
int
opl_quality_hao_interval (const OplScholingRules *rules,
                          int                     experience_year)
{
  int every = rules->n_hao_steps > 0 ? rules->hao_every[0] : 1;

  for (int i = 0; i < rules->n_hao_steps; i++)
    {
      if (experience_year >= rules->hao_from_year[i])
        every = rules->hao_every[i];
    }

  return every;
}

/**
 * opl_quality_next_hao:
 * @last: (nullable): the last HAO-voortgangsgesprek, if any
 * @year_end: the end of the current opleidingsjaar
 * @next: (out caller-allocates): when the next one is due: the interval after the last
 *   one (29 February plus a year is 28 February), or without one by @year_end
 */
void
opl_quality_next_hao (const OplScholingRules *rules,
                      int                     experience_year,
                      const GDate            *last,
                      const GDate            *year_end,
                      GDate                  *next)
{
  if (last == NULL || !g_date_valid (last))
    {
      *next = *year_end;
      return;
    }

  *next = *last;
  g_date_add_years (next, (guint) opl_quality_hao_interval (rules, experience_year));
}

/**
 * opl_quality_leerplan_advice:
 *
 * Returns: whether the year's leerplan is empty, focused, or has more leerpunten than
 *   advised (domain.md, "Quality cycle": better two that are worked on than four that
 *   stay on paper)
 */
OplLeerplanAdvice
opl_quality_leerplan_advice (const OplScholingRules *rules,
                             guint                   n_leerpunten)
{
  if (n_leerpunten == 0)
    return OPL_LEERPLAN_EMPTY;

  if ((int) n_leerpunten > rules->advised_leerpunten)
    return OPL_LEERPLAN_TOO_MANY;

  return OPL_LEERPLAN_FOCUSED;
}

/**
 * opl_leergang_state_get_label:
 *
 * Returns: the state in words for people (translated): “Completed”
 */
const char *
opl_leergang_state_get_label (OplLeergangState state)
{
  switch (state)
    {
    case OPL_LEERGANG_NOT_STARTED:
      return _("Not started");
    case OPL_LEERGANG_IN_PROGRESS:
      return _("In progress");
    case OPL_LEERGANG_REPLACEMENT_NEEDED:
      return _("Replacement needed");
    case OPL_LEERGANG_REDO:
      return _("To do again");
    case OPL_LEERGANG_COMPLETED:
      return _("Completed");
    case OPL_LEERGANG_MISSING:
      return _("Missing");
    default:
      g_return_val_if_reached (NULL);
    }
}

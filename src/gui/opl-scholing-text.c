/* opl-scholing-text.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words the Scholing view and the dashboard's summary share. Numbers of days are
 * written with halves as people write them: “2½ of 8 days”.
 */

#define G_LOG_DOMAIN "opl-scholing-text"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "opl-format.h"
#include "opl-scholing-text.h"

/**
 * opl_scholing_text_year:
 *
 * Returns: (transfer full): “2026–2027”, the opleidingsjaar that starts in @year
 */
char *
opl_scholing_text_year (int year)
{
  /* Translators: an opleidingsjaar, from the year it starts to the year it ends */
  return g_strdup_printf (_("%d–%d"), year, year + 1);
}

/**
 * opl_scholing_text_days:
 *
 * Returns: (transfer full): “4½ of 8 days”
 */
char *
opl_scholing_text_days (const OplScholingReport *report)
{
  g_autofree char *counted = opl_scholing_format_days (report->count.total);
  g_autofree char *required = opl_scholing_format_days (report->requirement.days);

  /* Translators: scholingsdagen counted of those required: “4½ of 8 days” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s day", "%s of %s days",
                                       (gulong) ceil (report->requirement.days)),
                          counted, required);
}

/**
 * opl_scholing_text_paralleldagen:
 *
 * Returns: (transfer full): “2 of 5 paralleldagen”, “optional” added when they are
 */
char *
opl_scholing_text_paralleldagen (const OplScholingReport *report)
{
  const OplScholingRequirement *requirement = &report->requirement;

  if (!requirement->paralleldagen_obligatory)
    {
      /* Translators: paralleldagen attended of those a year, for whom they are optional */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d paralleldag (optional)",
                                           "%d of %d paralleldagen (optional)", requirement->paralleldagen),
                              report->count.paralleldagen, requirement->paralleldagen);
    }

  /* Translators: paralleldagen attended of those a year: “2 of 5 paralleldagen” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d paralleldag", "%d of %d paralleldagen",
                                       requirement->paralleldagen),
                          report->count.paralleldagen, requirement->paralleldagen);
}

/**
 * opl_scholing_text_need:
 *
 * Returns: (transfer full): “2½ more scholingsdagen by 31 August 2027”
 */
char *
opl_scholing_text_need (const OplScholingNeed *need)
{
  g_autofree char *by = g_date_valid (&need->by) ? opl_format_date (&need->by) : NULL;

  return opl_scholing_need_describe (need, by);
}

/**
 * opl_scholing_text_requirement:
 *
 * Returns: (transfer full): how the requirement comes about: “Duo-opleider: 8 days,
 *   pro rata to your share of 50 %: 4 days”
 */
char *
opl_scholing_text_requirement (const OplScholingReport *report)
{
  const OplScholingRequirement *requirement = &report->requirement;
  g_autoptr(GString) text = g_string_new (opl_role_get_label (requirement->role));
  g_autofree char *base = opl_scholing_format_days (requirement->base_days);
  g_autofree char *days = opl_scholing_format_days (requirement->days);

  if (requirement->experience_year == 0)
    {
      g_string_append (text, _(": an aspirant does the startersdagen; the yearly days start in the first year"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  /* Translators: the days a role owes: “: 8 days” after “Hoofdopleider” */
  g_string_append_printf (text, _(": %s days"), base);
  if (requirement->first_year)
    g_string_append (text, _(" in the first year"));

  if (requirement->share < 1.0)
    {
      g_autofree char *percent = opl_format_percent (requirement->share);

      /* Translators: %s is the opleider's share of the training, “50 %” */
      g_string_append_printf (text, _(", pro rata to your share of %s"), percent);
    }

  if (requirement->dispensation_days > 0.0)
    {
      g_autofree char *dispensation = opl_scholing_format_days (requirement->dispensation_days);

      /* Translators: days of dispensation and why: “, less 3 days of dispensation (Kaderopleiding)” */
      g_string_append_printf (text, _(", less %s days of dispensation (%s)"), dispensation,
                              report->dispensation_reason != NULL ? report->dispensation_reason : "");
    }

  if (requirement->share < 1.0 || requirement->dispensation_days > 0.0)
    /* Translators: what is required after all: “: 4 days” */
    g_string_append_printf (text, _(": %s days"), days);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * opl_scholing_text_day_title:
 *
 * Returns: (transfer full): “Leergang 3, day 2 · Toetsen en beoordelen”, “Paralleldag”
 */
char *
opl_scholing_text_day_title (OplInstitute         *institute,
                             const OplScholingDay *day)
{
  const char *alternative;

  switch (day->kind)
    {
    case OPL_SCHOLING_LEERGANG:
      if (day->leergang > opl_institute_get_rules (institute)->certificate_after)
        /* Translators: a day of the leergang after the certificate: “Leergang 6, day 2” */
        return g_strdup_printf (_("Leergang %d, day %d"), day->leergang, day->leergang_day);
      /* Translators: a leergang day: its number, the day, and the leergang's title */
      return g_strdup_printf (_("Leergang %d, day %d · %s"), day->leergang, day->leergang_day,
                              opl_institute_get_leergang_title (institute, day->leergang));
    case OPL_SCHOLING_LEERGANG6_ALTERNATIVE:
      alternative = opl_institute_get_alternative_title (institute, day->alternative);
      /* Translators: an approved alternative to leergang 6: “Leergang 6 · Intervisie” */
      return g_strdup_printf (_("Leergang 6 · %s"), alternative != NULL ? alternative : day->alternative);
    case OPL_SCHOLING_OTHER:
      return g_strdup (day->title != NULL ? day->title : opl_scholing_kind_get_label (day->kind));
    case OPL_SCHOLING_STARTERSDAG:
    case OPL_SCHOLING_PARALLELDAG:
    case OPL_SCHOLING_OPLEIDERSTWEEDAAGSE:
    default:
      return g_strdup (opl_scholing_kind_get_label (day->kind));
    }
}

/**
 * opl_scholing_text_day_subtitle:
 *
 * Returns: (transfer full): “Thursday 15 October 2026 · half day · absent”
 */
char *
opl_scholing_text_day_subtitle (const OplScholingDay *day)
{
  g_autofree char *date = opl_format_day (&day->date, FALSE);
  g_autoptr(GString) text = g_string_new (date);

  g_string_append (text, " · ");
  g_string_append (text, day->half_day ? _("half day") : _("whole day"));
  if (!day->attended)
    g_string_append_printf (text, " · %s", _("absent"));
  if (day->note != NULL && *day->note != '\0')
    {
      g_autofree char *excerpt = opl_format_excerpt (day->note, 60);

      g_string_append_printf (text, " · %s", excerpt);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * opl_scholing_text_leergang:
 *
 * Returns: (transfer full): “2026–2027 · 3 of 4 days · 1 day missed”
 */
char *
opl_scholing_text_leergang (const OplLeergangStatus *status,
                            int                      leergang_days)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *year = NULL;
  g_autofree char *attended = opl_scholing_format_days (status->attended);

  if (status->state == OPL_LEERGANG_NOT_STARTED && !status->alternative)
    return g_strdup (_("No days registered"));

  year = opl_scholing_text_year (status->year);
  g_string_append (text, year);
  if (status->alternative && status->registered == 0)
    {
      g_string_append_printf (text, " · %s", _("an approved alternative"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  /* Translators: leergang days attended of its days: “3 of 4 days” */
  g_string_append_printf (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s of %d day", "%s of %d days", leergang_days),
                          attended, leergang_days);
  if (status->missed > 0.0)
    {
      g_autofree char *missed = opl_scholing_format_days (status->missed);

      /* Translators: “1 missed”, “½ missed” (days of a leergang) */
      g_string_append_printf (text, " · ");
      g_string_append_printf (text, _("%s missed"), missed);
    }
  if (status->alternative)
    g_string_append_printf (text, " · %s", _("an approved alternative"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* opl-format.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-format"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-format.h"

/**
 * opl_format_date:
 *
 * Returns: (transfer full): @date as “1 July 2026”, in the user's language
 */
char *
opl_format_date (const GDate *date)
{
  g_autoptr(GDateTime) date_time = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                     g_date_get_day (date), 0, 0, 0);
  /* Translators: a full date, see g_date_time_format(); “1 July 2026” */
  return g_date_time_format (date_time, _("%-d %B %Y"));
}

/**
 * opl_format_period:
 * @end: (nullable): the last day, or %NULL when the period is open
 *
 * Returns: (transfer full): “1 July 2026 – 30 June 2027”, or “from 1 July 2026”
 */
char *
opl_format_period (const GDate *start,
                   const GDate *end)
{
  g_autofree char *from = opl_format_date (start);
  g_autofree char *to = NULL;

  if (end == NULL)
    /* Translators: %s is a date */
    return g_strdup_printf (_("from %s"), from);

  to = opl_format_date (end);
  /* Translators: a period of time; the first %s is the first day, the second the last */
  return g_strdup_printf (_("%s – %s"), from, to);
}

const char *
opl_format_phase (OplPhase phase)
{
  switch (phase)
    {
    case OPL_PHASE_I:
      return _("Fase I");
    case OPL_PHASE_II:
      return _("Fase II");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_format_percent:
 * @fraction: 0.5 for half
 *
 * Returns: (transfer full): “50 %”
 */
char *
opl_format_percent (double fraction)
{
  /* Translators: a percentage; keep the non-breaking space if your language uses one */
  return g_strdup_printf (_("%d %%"), (int) (fraction * 100.0 + 0.5));
}

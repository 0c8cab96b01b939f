/* opl-enums.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-enums.h"

/* The strings are what the database stores; never translate or change them. */
static const char * const role_strings[OPL_N_ROLES] = {
  "hoofdopleider",
  "duo-opleider",
  "plaatsvervangend-opleider",
  "aios",
  "coassistent",
};

static const char * const leave_strings[OPL_N_LEAVE_KINDS] = {
  "ziekte",
  "zwangerschap",
  "verlof",
  "overig",
};

static const char * const leergesprek_kind_strings[OPL_N_LEERGESPREK_KINDS] = {
  "taakgericht",
  "persoonsgericht",
  "leerprocesgericht",
  "video",
  "combel-bespreking",
  "coassistent",
};

/* NULL: a regular end, stored as NULL. */
static const char * const end_reason_strings[OPL_N_END_REASONS] = {
  NULL,
  "ontkoppeling",
  "zwangerschap",
  "uitval",
  "overig",
};

static gboolean
lookup_string (const char * const *strings,
               guint               n_strings,
               const char         *str,
               int                *value)
{
  for (guint i = 0; i < n_strings; i++)
    {
      if (g_strcmp0 (strings[i], str) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
opl_role_to_string (OplRole role)
{
  g_return_val_if_fail (role < OPL_N_ROLES, NULL);

  return role_strings[role];
}

gboolean
opl_role_from_string (const char *str,
                      OplRole    *role)
{
  int value;

  if (!lookup_string (role_strings, OPL_N_ROLES, str, &value))
    return FALSE;

  *role = (OplRole) value;
  return TRUE;
}

/**
 * opl_role_get_label:
 *
 * Returns: the role as a user sees it. Domain words stay Dutch in every language, so
 * only the capitalisation and spacing differ from the stored string.
 */
const char *
opl_role_get_label (OplRole role)
{
  switch (role)
    {
    case OPL_ROLE_HOOFDOPLEIDER:
      return _("Hoofdopleider");
    case OPL_ROLE_DUO_OPLEIDER:
      return _("Duo-opleider");
    case OPL_ROLE_PLAATSVERVANGEND_OPLEIDER:
      return _("Plaatsvervangend opleider");
    case OPL_ROLE_AIOS:
      return _("Aios");
    case OPL_ROLE_COASSISTENT:
      return _("Coassistent");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
opl_role_is_opleider (OplRole role)
{
  return role == OPL_ROLE_HOOFDOPLEIDER ||
         role == OPL_ROLE_DUO_OPLEIDER ||
         role == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;
}

const char *
opl_leave_kind_to_string (OplLeaveKind kind)
{
  g_return_val_if_fail (kind < OPL_N_LEAVE_KINDS, NULL);

  return leave_strings[kind];
}

gboolean
opl_leave_kind_from_string (const char   *str,
                            OplLeaveKind *kind)
{
  int value;

  if (!lookup_string (leave_strings, OPL_N_LEAVE_KINDS, str, &value))
    return FALSE;

  *kind = (OplLeaveKind) value;
  return TRUE;
}

const char *
opl_leave_kind_get_label (OplLeaveKind kind)
{
  switch (kind)
    {
    case OPL_LEAVE_ZIEKTE:
      return _("Ziekte");
    case OPL_LEAVE_ZWANGERSCHAP:
      return _("Zwangerschap");
    case OPL_LEAVE_VERLOF:
      return _("Leave");
    case OPL_LEAVE_OVERIG:
      return _("Other interruption");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
opl_leergesprek_kind_to_string (OplLeergesprekKind kind)
{
  g_return_val_if_fail (kind < OPL_N_LEERGESPREK_KINDS, NULL);

  return leergesprek_kind_strings[kind];
}

gboolean
opl_leergesprek_kind_from_string (const char         *str,
                                  OplLeergesprekKind *kind)
{
  int value;

  if (!lookup_string (leergesprek_kind_strings, OPL_N_LEERGESPREK_KINDS, str, &value))
    return FALSE;

  *kind = (OplLeergesprekKind) value;
  return TRUE;
}

/**
 * opl_leergesprek_kind_get_label:
 *
 * Returns: the kind as users call it; the recording instrument depends on the phase
 */
const char *
opl_leergesprek_kind_get_label (OplLeergesprekKind kind,
                                OplPhase           phase)
{
  switch (kind)
    {
    case OPL_LEERGESPREK_TAAKGERICHT:
      return _("Taakgericht");
    case OPL_LEERGESPREK_PERSOONSGERICHT:
      return _("Persoonsgericht");
    case OPL_LEERGESPREK_LEERPROCESGERICHT:
      return _("Leerprocesgericht");
    case OPL_LEERGESPREK_VIDEO:
      return phase == OPL_PHASE_I ? _("Video (MAAS 2.0)") : _("Video (Videotoets plus)");
    case OPL_LEERGESPREK_COMBEL:
      return _("ComBel-bespreking");
    case OPL_LEERGESPREK_COASSISTENT:
      return _("Coassistent");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_end_reason_to_string:
 *
 * Returns: (nullable): what the database stores, %NULL for a regular end
 */
const char *
opl_end_reason_to_string (OplEndReason reason)
{
  g_return_val_if_fail (reason < OPL_N_END_REASONS, NULL);

  return end_reason_strings[reason];
}

/**
 * opl_end_reason_from_string:
 * @str: (nullable): a stored reason, or %NULL for a regular end
 */
gboolean
opl_end_reason_from_string (const char   *str,
                            OplEndReason *reason)
{
  int value;

  if (str == NULL)
    {
      *reason = OPL_END_REGULAR;
      return TRUE;
    }

  if (!lookup_string (end_reason_strings, OPL_N_END_REASONS, str, &value))
    return FALSE;

  *reason = (OplEndReason) value;
  return TRUE;
}

const char *
opl_end_reason_get_label (OplEndReason reason)
{
  switch (reason)
    {
    case OPL_END_REGULAR:
      return _("Regular end");
    case OPL_END_ONTKOPPELING:
      return _("Ontkoppeling");
    case OPL_END_ZWANGERSCHAP:
      return _("Pregnancy");
    case OPL_END_UITVAL:
      return _("Dropped out");
    case OPL_END_OVERIG:
      return _("Other reason");
    default:
      g_return_val_if_reached (NULL);
    }
}

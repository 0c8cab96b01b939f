/* opl-enums.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * OplRole:
 * @OPL_ROLE_HOOFDOPLEIDER: the GP trainer who is the institute's contact
 * @OPL_ROLE_DUO_OPLEIDER: a GP trainer who trains together with a colleague
 * @OPL_ROLE_PLAATSVERVANGEND_OPLEIDER: a GP trainer who stands in
 * @OPL_ROLE_AIOS: the GP trainee
 * @OPL_ROLE_COASSISTENT: the medical student an aios trains in the last phase
 *
 * The roles of domain.md, "Glossary" and "Roles and what they do".
 */
typedef enum
{
  OPL_ROLE_HOOFDOPLEIDER,
  OPL_ROLE_DUO_OPLEIDER,
  OPL_ROLE_PLAATSVERVANGEND_OPLEIDER,
  OPL_ROLE_AIOS,
  OPL_ROLE_COASSISTENT,
} OplRole;

#define OPL_N_ROLES (OPL_ROLE_COASSISTENT + 1)

/**
 * OplPhase:
 * @OPL_PHASE_I: the first year of the training, in a practice
 * @OPL_PHASE_II: the third year of the training, in a practice
 */
typedef enum
{
  OPL_PHASE_I = 1,
  OPL_PHASE_II = 2,
} OplPhase;

/**
 * OplLeaveKind:
 * Interruptions that move the later moments of a traject (domain.md, "The training
 * year": part time and interruptions).
 */
typedef enum
{
  OPL_LEAVE_ZIEKTE,
  OPL_LEAVE_ZWANGERSCHAP,
  OPL_LEAVE_VERLOF,
  OPL_LEAVE_OVERIG,
} OplLeaveKind;

#define OPL_N_LEAVE_KINDS (OPL_LEAVE_OVERIG + 1)

/**
 * OplEndReason:
 * @OPL_END_REGULAR: the traject ran its course (or has not ended)
 * @OPL_END_ONTKOPPELING: the aios and the practice were uncoupled
 * @OPL_END_ZWANGERSCHAP: pregnancy
 * @OPL_END_UITVAL: the aios dropped out (illness, stopped)
 * @OPL_END_OVERIG: another reason, in the note
 *
 * Why a traject ended before its time (seed 004: "eerdere beëindiging van het
 * opleidingsjaar door bijvoorbeeld zwangerschap, uitval, of ontkoppeling").
 */
typedef enum
{
  OPL_END_REGULAR,
  OPL_END_ONTKOPPELING,
  OPL_END_ZWANGERSCHAP,
  OPL_END_UITVAL,
  OPL_END_OVERIG,
} OplEndReason;

#define OPL_N_END_REASONS (OPL_END_OVERIG + 1)

/**
 * OplLeergesprekKind:
 * The kinds of leergesprek: the monthly rotation of four, the ComBel-bespreking and the
 * coassistent's (domain.md, "Leergesprekken").
 */
typedef enum
{
  OPL_LEERGESPREK_TAAKGERICHT,
  OPL_LEERGESPREK_PERSOONSGERICHT,
  OPL_LEERGESPREK_LEERPROCESGERICHT,
  OPL_LEERGESPREK_VIDEO,
  OPL_LEERGESPREK_COMBEL,
  OPL_LEERGESPREK_COASSISTENT,
} OplLeergesprekKind;

#define OPL_N_LEERGESPREK_KINDS (OPL_LEERGESPREK_COASSISTENT + 1)

const char *opl_role_to_string        (OplRole       role);
gboolean    opl_role_from_string      (const char   *str,
                                       OplRole      *role);
const char *opl_role_get_label        (OplRole       role);
gboolean    opl_role_is_opleider      (OplRole       role);

const char *opl_leave_kind_to_string   (OplLeaveKind  kind);
gboolean    opl_leave_kind_from_string (const char   *str,
                                        OplLeaveKind *kind);
const char *opl_leave_kind_get_label   (OplLeaveKind  kind);

const char *opl_end_reason_to_string   (OplEndReason  reason);
gboolean    opl_end_reason_from_string (const char   *str,
                                        OplEndReason *reason);
const char *opl_end_reason_get_label   (OplEndReason  reason);

const char *opl_leergesprek_kind_to_string (OplLeergesprekKind      kind);
gboolean    opl_leergesprek_kind_from_string (const char           *str,
                                              OplLeergesprekKind   *kind);
const char *opl_leergesprek_kind_get_label (OplLeergesprekKind      kind,
                                            OplPhase                phase);

G_END_DECLS

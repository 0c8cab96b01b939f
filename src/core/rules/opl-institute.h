/* opl-institute.h: what differs per institute (design.md §3), a data file.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "opl-enums.h"
#include "opl-scholing.h"

G_BEGIN_DECLS

#define OPL_INSTITUTE_ERROR (opl_institute_error_quark ())

/**
 * OplInstituteError:
 * @OPL_INSTITUTE_ERROR_INVALID: the profile is not valid; the message names the file
 *   and the problem
 * @OPL_INSTITUTE_ERROR_UNKNOWN: there is no profile with that id
 * @OPL_INSTITUTE_ERROR_READ: the file could not be read
 * @OPL_INSTITUTE_ERROR_CONFLICT: the practice or the app has this id and version
 *   already, with another text, or a higher version (change the version)
 */
typedef enum
{
  OPL_INSTITUTE_ERROR_INVALID,
  OPL_INSTITUTE_ERROR_UNKNOWN,
  OPL_INSTITUTE_ERROR_READ,
  OPL_INSTITUTE_ERROR_CONFLICT,
} OplInstituteError;

/* The institute a practice has when it chose none (design.md §3). */
#define OPL_INSTITUTE_DEFAULT "lumc"

#define OPL_TYPE_INSTITUTE (opl_institute_get_type ())

G_DECLARE_FINAL_TYPE (OplInstitute, opl_institute, OPL, INSTITUTE, GObject)

GQuark                  opl_institute_error_quark        (void);

OplInstitute           *opl_institute_new_from_data      (const char    *name,
                                                          const char    *data,
                                                          gssize         length,
                                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;
OplInstitute           *opl_institute_new_from_file      (GFile         *file,
                                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;
OplInstitute           *opl_institute_new_for_id         (const char    *id,
                                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;
char                  **opl_institute_list_shipped       (void) G_GNUC_WARN_UNUSED_RESULT;

const char             *opl_institute_get_id             (OplInstitute  *self);
int                     opl_institute_get_version        (OplInstitute  *self);
const char             *opl_institute_get_name           (OplInstitute  *self);
const char             *opl_institute_get_json           (OplInstitute  *self);
const char             *opl_institute_get_checksum       (OplInstitute  *self);
gboolean                opl_institute_is_shipped         (OplInstitute  *self);
const char             *opl_institute_get_secretariat_email (OplInstitute *self);
gboolean                opl_institute_is_email_placeholder (OplInstitute *self);
const OplScholingRules *opl_institute_get_rules          (OplInstitute  *self);
const char             *opl_institute_get_leergang_title (OplInstitute  *self,
                                                          int            number);
guint                   opl_institute_get_n_alternatives (OplInstitute  *self);
const char             *opl_institute_get_alternative_id (OplInstitute  *self,
                                                          guint          index);
const char             *opl_institute_get_alternative_title (OplInstitute *self,
                                                             const char   *id);
int                     opl_institute_get_leoh_per_year  (OplInstitute  *self);
GArray                 *opl_institute_get_leoh_months    (OplInstitute  *self,
                                                          OplPhase       phase);

G_END_DECLS

/* opl-export-mail.h: a new mail to the institute's secretariat with a bundle attached.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_EXPORT_MAIL_ERROR (opl_export_mail_error_quark ())

/**
 * OplExportMailError:
 * @OPL_EXPORT_MAIL_ERROR_NO_CLIENT: there is no mail program to hand the mail to
 * @OPL_EXPORT_MAIL_ERROR_FAILED: the mail program did not take the mail
 */
typedef enum
{
  OPL_EXPORT_MAIL_ERROR_NO_CLIENT,
  OPL_EXPORT_MAIL_ERROR_FAILED,
} OplExportMailError;

/* The GSettings key of an address that replaces the institute profile's. */
#define OPL_EXPORT_MAIL_ADDRESS_KEY "secretariat-address"

/**
 * OplExportMailSource:
 * @OPL_EXPORT_MAIL_NONE: there is no address to mail to
 * @OPL_EXPORT_MAIL_SETTING: the address the user entered in the preferences
 * @OPL_EXPORT_MAIL_INSTITUTE: the secretariat's address of the practice's institute
 */
typedef enum
{
  OPL_EXPORT_MAIL_NONE,
  OPL_EXPORT_MAIL_SETTING,
  OPL_EXPORT_MAIL_INSTITUTE,
} OplExportMailSource;

GQuark     opl_export_mail_error_quark     (void);

GSettings *opl_export_mail_create_settings (void) G_GNUC_WARN_UNUSED_RESULT;
char      *opl_export_mail_get_address     (GSettings           *settings) G_GNUC_WARN_UNUSED_RESULT;
char      *opl_export_mail_get_institute_address (OplStore      *store,
                                                  char         **placeholder) G_GNUC_WARN_UNUSED_RESULT;
char      *opl_export_mail_find_address    (GSettings           *settings,
                                            OplStore            *store,
                                            OplExportMailSource *source) G_GNUC_WARN_UNUSED_RESULT;
gboolean   opl_export_mail_address_is_valid (const char         *address);

GStrv      opl_export_mail_build_argv      (const char          *address,
                                            const char          *subject,
                                            const char          *body,
                                            const char          *attachment) G_GNUC_WARN_UNUSED_RESULT;
void       opl_export_mail_compose_async   (const char          *address,
                                            const char          *subject,
                                            const char          *body,
                                            const char          *attachment,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean   opl_export_mail_compose_finish  (GAsyncResult        *result,
                                            GError             **error);

G_END_DECLS

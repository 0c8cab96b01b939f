/* opl-export-mail.c: a new mail to the institute's secretariat with a bundle attached.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The institute asks for exports by mail (design.md §6). The mail is made by the
 * user's own mail program, through xdg-email (xdg-utils), which knows the desktop's
 * choice: the app never sends anything itself, and the user sees the mail before it
 * goes (design.md §7, nothing leaves the machine unless the user sends it).
 *
 * The secretariat's address comes from the practice's institute profile (design.md
 * §3), unless that has only a stand-in ("placeholder"); an address entered in the
 * preferences replaces it.
 */

#define G_LOG_DOMAIN "opl-export-mail"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-cli.h"
#include "opl-export-mail.h"
#include "opl-store-institute.h"

/* xdg-email's exit status when it found no program to hand the mail to. */
#define XDG_EMAIL_NO_TOOL 3

G_DEFINE_QUARK (opl-export-mail-error-quark, opl_export_mail_error)

/**
 * opl_export_mail_create_settings:
 *
 * Returns: (transfer full) (nullable): the app's settings, or %NULL when the schema is
 *   not installed (an uninstalled build): then no address is remembered
 */
GSettings *
opl_export_mail_create_settings (void)
{
  g_autoptr(GSettings) settings = opl_cli_settings_new ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  if (!g_settings_schema_has_key (schema, OPL_EXPORT_MAIL_ADDRESS_KEY))
    return NULL;

  return g_steal_pointer (&settings);
}

/**
 * opl_export_mail_get_address:
 * @settings: (nullable): the app's settings
 *
 * Returns: (transfer full): the secretariat's address, trimmed; "" when none is set
 */
char *
opl_export_mail_get_address (GSettings *settings)
{
  g_autofree char *address = settings != NULL ? g_settings_get_string (settings, OPL_EXPORT_MAIL_ADDRESS_KEY) : NULL;

  return g_strstrip (g_strdup (address != NULL ? address : ""));
}

/**
 * opl_export_mail_get_institute_address:
 * @placeholder: (out) (optional) (nullable): the institute's stand-in address when it
 *   has only that
 *
 * Returns: (transfer full) (nullable): the secretariat's address in the practice's
 *   institute profile, or %NULL when it has only a stand-in or cannot be read
 */
char *
opl_export_mail_get_institute_address (OplStore  *store,
                                       char     **placeholder)
{
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(GError) error = NULL;
  const char *email;

  if (placeholder != NULL)
    *placeholder = NULL;

  institute = opl_store_load_institute (store, &error);
  if (institute == NULL)
    {
      g_debug ("Reading the institute profile failed: %s", error->message);
      return NULL;
    }

  email = opl_institute_get_secretariat_email (institute);
  if (opl_institute_is_email_placeholder (institute) || !opl_export_mail_address_is_valid (email))
    {
      if (placeholder != NULL)
        *placeholder = g_strdup (email);
      return NULL;
    }

  return g_strdup (email);
}

/**
 * opl_export_mail_find_address:
 * @settings: (nullable): the app's settings
 * @source: (out) (optional): where the address comes from
 *
 * The address a bundle is mailed to: the one entered in the preferences, else the
 * institute profile's (not a stand-in).
 *
 * Returns: (transfer full): the address, or "" when there is none
 */
char *
opl_export_mail_find_address (GSettings           *settings,
                              OplStore            *store,
                              OplExportMailSource *source)
{
  g_autofree char *entered = opl_export_mail_get_address (settings);
  char *institute;

  if (opl_export_mail_address_is_valid (entered))
    {
      if (source != NULL)
        *source = OPL_EXPORT_MAIL_SETTING;
      return g_steal_pointer (&entered);
    }

  institute = opl_export_mail_get_institute_address (store, NULL);
  if (source != NULL)
    *source = institute != NULL ? OPL_EXPORT_MAIL_INSTITUTE : OPL_EXPORT_MAIL_NONE;
  return institute != NULL ? institute : g_strdup ("");
}

/**
 * opl_export_mail_address_is_valid:
 *
 * A plain check that catches typing slips: one “@” with something before it, a domain
 * with a dot after it, no spaces, and nothing that could pass for an option.
 */
gboolean
opl_export_mail_address_is_valid (const char *address)
{
  return address != NULL && address[0] != '-' &&
         g_regex_match_simple ("^[^@\\s<>\"',;]+@[^@\\s<>\"',;]+\\.[^@\\s<>\"',;.]+$", address, 0, 0);
}

/**
 * opl_export_mail_build_argv:
 * @attachment: the file to attach (an absolute path)
 *
 * The command that opens the user's mail program on a new mail.
 *
 * Returns: (transfer full): xdg-email's arguments
 */
GStrv
opl_export_mail_build_argv (const char *address,
                            const char *subject,
                            const char *body,
                            const char *attachment)
{
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();

  g_return_val_if_fail (opl_export_mail_address_is_valid (address), NULL);
  g_return_val_if_fail (attachment != NULL && g_path_is_absolute (attachment), NULL);

  g_strv_builder_add_many (argv, "xdg-email", "--utf8", "--subject", subject, "--body", body,
                           "--attach", attachment, address, NULL);
  return g_strv_builder_end (argv);
}

static void
on_wait_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GSubprocess *process = G_SUBPROCESS (object);
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_subprocess_wait_finish (process, result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  if (status == 0)
    g_task_return_boolean (task, TRUE);
  else if (status == XDG_EMAIL_NO_TOOL)
    g_task_return_new_error (task, OPL_EXPORT_MAIL_ERROR, OPL_EXPORT_MAIL_ERROR_NO_CLIENT,
                             _("No mail program was found on this computer."));
  else
    g_task_return_new_error (task, OPL_EXPORT_MAIL_ERROR, OPL_EXPORT_MAIL_ERROR_FAILED,
                             /* Translators: %d is the exit status of the xdg-email command */
                             _("The mail program did not take the mail (xdg-email ended with status %d)."),
                             status);
}

/**
 * opl_export_mail_compose_async:
 *
 * Opens the user's mail program on a new mail to @address with @attachment. Finishes
 * with %OPL_EXPORT_MAIL_ERROR_NO_CLIENT when there is no mail program (or no xdg-email
 * to find one), %OPL_EXPORT_MAIL_ERROR_FAILED when it refused.
 */
void
opl_export_mail_compose_async (const char          *address,
                               const char          *subject,
                               const char          *body,
                               const char          *attachment,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_auto(GStrv) argv = opl_export_mail_build_argv (address, subject, body, attachment);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_task_set_source_tag (task, opl_export_mail_compose_async);
  g_return_if_fail (argv != NULL);

  process = g_subprocess_newv ((const char * const *) argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  if (process == NULL)
    {
      g_debug ("Starting xdg-email failed: %s", error->message);
      if (g_error_matches (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT))
        g_task_return_new_error (task, OPL_EXPORT_MAIL_ERROR, OPL_EXPORT_MAIL_ERROR_NO_CLIENT,
                                 _("No mail program was found on this computer."));
      else
        g_task_return_new_error (task, OPL_EXPORT_MAIL_ERROR, OPL_EXPORT_MAIL_ERROR_FAILED,
                                 /* Translators: %s is the system's reason */
                                 _("The mail program could not be started: %s"), error->message);
      return;
    }

  g_subprocess_wait_async (process, cancellable, on_wait_cb, g_steal_pointer (&task));
}

gboolean
opl_export_mail_compose_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == opl_export_mail_compose_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

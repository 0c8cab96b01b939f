/* opl-dialogs.c: the confirmations the views and dialogs ask before they destroy something.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "opl-dialogs.h"

/**
 * opl_dialogs_new_destructive:
 * @response_id: the response that destroys, e.g. "delete"
 * @label: its button, e.g. "_Delete"
 *
 * A confirmation with “Cancel” and one destructive response. Enter and Escape both
 * cancel: nothing is destroyed unless the person chooses it (GNOME HIG).
 *
 * Returns: (transfer none): an #AdwMessageDialog, not yet presented
 */
GtkWidget *
opl_dialogs_new_destructive (GtkWindow  *parent,
                             const char *heading,
                             const char *body,
                             const char *response_id,
                             const char *label)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response_id, label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response_id,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

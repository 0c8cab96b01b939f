/* opl-dialogs.c: the confirmations the views and dialogs ask before they destroy something,
 * and the toasts in which they say what they did.
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

/**
 * opl_dialogs_add_toast:
 * @timeout: seconds
 * @last_message: where the dialog keeps its last message (the tests read it back)
 *
 * Shows @title in a toast of @overlay, and keeps it in @last_message.
 */
void
opl_dialogs_add_toast (AdwToastOverlay  *overlay,
                       const char       *title,
                       guint             timeout,
                       char            **last_message)
{
  AdwToast *toast = adw_toast_new (title);

  g_free (*last_message);
  *last_message = g_strdup (title);
  adw_toast_set_timeout (toast, timeout);
  adw_toast_overlay_add_toast (overlay, toast);
}

/**
 * opl_dialogs_show_problem:
 * @message_label: the dialog's line for what is wrong, under its fields
 * @field: (nullable): the field it is about: marked with the error style and focused
 *
 * Says in words why the dialog's input cannot be saved, at the field (GNOME HIG:
 * inline, not in a toast that goes away).
 */
void
opl_dialogs_show_problem (GtkLabel   *message_label,
                          GtkWidget  *field,
                          const char *message)
{
  g_return_if_fail (GTK_IS_LABEL (message_label));

  gtk_label_set_text (message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (message_label), TRUE);
  if (field != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_widget_grab_focus (field);
    }
}

/**
 * opl_dialogs_clear_problem:
 * @field: (nullable): the field opl_dialogs_show_problem() marked
 */
void
opl_dialogs_clear_problem (GtkLabel  *message_label,
                           GtkWidget *field)
{
  g_return_if_fail (GTK_IS_LABEL (message_label));

  gtk_widget_set_visible (GTK_WIDGET (message_label), FALSE);
  if (field != NULL)
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

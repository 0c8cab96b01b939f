/* opl-dialogs.c: the confirmations the views and dialogs ask before they destroy something
 * or save over another's change, and the toasts in which they say what they did.
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

/**
 * opl_dialogs_add_ctrl_enter:
 * @action_name: the action Ctrl+Enter activates, e.g. "entry.save"
 *
 * Ctrl+Enter (and Ctrl+Enter on the keypad) activates @action_name wherever the focus
 * is in @widget, a multi-line text field too: taken in the capture phase, before a text
 * view inserts a newline for it (issue 19).
 */
void
opl_dialogs_add_ctrl_enter (GtkWidget  *widget,
                            const char *action_name)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter };

  g_return_if_fail (GTK_IS_WIDGET (widget) && action_name != NULL);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], GDK_CONTROL_MASK),
                                                            gtk_named_action_new (action_name)));
  gtk_widget_add_controller (widget, controller);
}

/* Moves the focus to @field, or into it when it is a container of the control. */
static void
focus_field (GtkWidget *field)
{
  if (!gtk_widget_grab_focus (field))
    gtk_widget_child_focus (field, GTK_DIR_TAB_FORWARD);
}

/**
 * opl_dialogs_check_fields:
 * @checks: (array length=n_checks): the dialog's required fields, in the order they
 *   are shown
 *
 * Marks every missing field at once (issue 19): the error style on the field, and what
 * it needs on the line under its group (several of one group one under the other);
 * clears the marks of those no longer missing, and focuses the first missing field.
 *
 * Returns: %TRUE when nothing is missing
 */
gboolean
opl_dialogs_check_fields (const OplFieldCheck *checks,
                          guint                n_checks)
{
  GtkWidget *first = NULL;

  for (guint i = 0; i < n_checks; i++)
    {
      gtk_label_set_text (checks[i].message_label, "");
      gtk_widget_set_visible (GTK_WIDGET (checks[i].message_label), FALSE);
      gtk_widget_remove_css_class (checks[i].field, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (checks[i].field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  for (guint i = 0; i < n_checks; i++)
    {
      const char *said = gtk_label_get_text (checks[i].message_label);
      g_autofree char *text = NULL;

      if (!checks[i].missing)
        continue;

      text = *said != '\0' ? g_strconcat (said, "\n", checks[i].message, NULL) : g_strdup (checks[i].message);
      gtk_label_set_text (checks[i].message_label, text);
      gtk_widget_set_visible (GTK_WIDGET (checks[i].message_label), TRUE);
      gtk_widget_add_css_class (checks[i].field, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (checks[i].field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      checks[i].message, -1);
      if (first == NULL)
        first = checks[i].field;
    }

  if (first == NULL)
    return TRUE;

  focus_field (first);
  return FALSE;
}

static gboolean
destroy_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/**
 * opl_dialogs_close_later:
 *
 * Closes @window from the response of a dialog transient for it (Save Mine): hidden
 * now, destroyed once that dialog has gone.
 */
void
opl_dialogs_close_later (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_cb, g_object_ref (window), g_object_unref);
}

typedef struct
{
  OplCloseFunc func;
} SaveAsk;

static void
on_save_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          owner)
{
  SaveAsk *ask = g_object_get_data (G_OBJECT (dialog), "opl-save-ask");

  OplCloseChoice choice = OPL_CLOSE_KEEP_EDITING;

  if (g_strcmp0 (response, "save") == 0)
    choice = OPL_CLOSE_SAVE;
  else if (g_strcmp0 (response, "discard") == 0)
    choice = OPL_CLOSE_DISCARD;

  ask->func (owner, choice);
}

/**
 * opl_dialogs_ask_save_changes:
 * @parent: the editor being closed with changes not saved
 * @owner: (type GObject): what @func is called with (the editor); once it is finalized
 *   @func is no longer called
 * @body: what is lost, e.g. “What you changed in this leergesprek is lost if you close
 *   it without saving.”
 * @func: called with the person's choice
 *
 * Asks whether to save before an editor with changes closes (GNOME HIG): Cancel (and
 * Escape) keeps editing, Discard closes without them, Save (the default) saves. An
 * editor closes from @func with opl_dialogs_close_later(): @func runs inside the
 * dialog's response.
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
opl_dialogs_ask_save_changes (GtkWindow          *parent,
                              gpointer            owner,
                              const char         *body,
                              OplCloseFunc        func)
{
  SaveAsk *ask;
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);
  g_return_val_if_fail (body != NULL && func != NULL, NULL);

  dialog = adw_message_dialog_new (parent, _("Save Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  ask = g_new0 (SaveAsk, 1);
  ask->func = func;
  g_object_set_data_full (G_OBJECT (dialog), "opl-save-ask", ask, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_response_cb), owner, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

/* What opl_dialogs_guard_close() keeps on its window. */
typedef struct
{
  char             *body;
  OplUnsavedFunc    unsaved;
  OplSaveFunc       save;
  AdwMessageDialog *question;   /* while asked */
  gboolean          answering;  /* saving from the question's Save */
} CloseGuard;

static void
close_guard_free (gpointer data)
{
  CloseGuard *guard = data;

  g_free (guard->body);
  g_free (guard);
}

static CloseGuard *
get_close_guard (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "opl-close-guard");
}

static void
on_guard_answer_cb (gpointer       owner,
                    OplCloseChoice choice)
{
  GtkWindow *window = GTK_WINDOW (owner);
  CloseGuard *guard = get_close_guard (window);

  guard->question = NULL;
  if (choice == OPL_CLOSE_DISCARD)
    {
      opl_dialogs_close_later (window);
    }
  else if (choice == OPL_CLOSE_SAVE)
    {
      guard->answering = TRUE;
      guard->save (window);
      guard->answering = FALSE;
    }
}

static gboolean
on_guarded_close_request_cb (GtkWindow *window)
{
  CloseGuard *guard = get_close_guard (window);

  if (!guard->unsaved (window))
    return GDK_EVENT_PROPAGATE;

  if (guard->question == NULL)
    guard->question = opl_dialogs_ask_save_changes (window, window, guard->body, on_guard_answer_cb);
  return GDK_EVENT_STOP;
}

/**
 * opl_dialogs_guard_close:
 * @body: what is lost, for opl_dialogs_ask_save_changes()
 * @unsaved: whether @window has changes not saved
 * @save: saves them; it closes @window when it succeeds, with opl_dialogs_close_later()
 *   while opl_dialogs_is_answering() (the question is still on screen)
 *
 * Escape or the close button of an editor with changes not saved asks first whether
 * to save them (issue 19), as the leergesprek editor does: Cancel keeps editing,
 * Discard closes, Save saves (and an editor that refuses, a field missing, stays open).
 */
void
opl_dialogs_guard_close (GtkWindow      *window,
                         const char     *body,
                         OplUnsavedFunc  unsaved,
                         OplSaveFunc     save)
{
  CloseGuard *guard;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (body != NULL && unsaved != NULL && save != NULL);

  guard = g_new0 (CloseGuard, 1);
  guard->body = g_strdup (body);
  guard->unsaved = unsaved;
  guard->save = save;
  g_object_set_data_full (G_OBJECT (window), "opl-close-guard", guard, close_guard_free);
  g_signal_connect (window, "close-request", G_CALLBACK (on_guarded_close_request_cb), NULL);
}

/**
 * opl_dialogs_get_close_question:
 *
 * Returns: (transfer none) (nullable): the Save Changes? question of a window
 *   opl_dialogs_guard_close() guards, while it is asked
 */
AdwMessageDialog *
opl_dialogs_get_close_question (GtkWindow *window)
{
  CloseGuard *guard = get_close_guard (window);

  return guard != NULL ? guard->question : NULL;
}

/**
 * opl_dialogs_is_answering:
 *
 * Returns: whether @window saves from its Save Changes? question: it then closes with
 *   opl_dialogs_close_later()
 */
gboolean
opl_dialogs_is_answering (GtkWindow *window)
{
  CloseGuard *guard = get_close_guard (window);

  return guard != NULL && guard->answering;
}

typedef struct
{
  OplChangedFunc func;
} ChangedAsk;

static void
on_changed_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          owner)
{
  ChangedAsk *ask = g_object_get_data (G_OBJECT (dialog), "opl-changed-ask");
  OplChangedChoice choice = OPL_CHANGED_KEEP_EDITING;

  if (g_strcmp0 (response, "reload") == 0)
    choice = OPL_CHANGED_RELOAD;
  else if (g_strcmp0 (response, "overwrite") == 0)
    choice = OPL_CHANGED_SAVE_MINE;

  ask->func (owner, choice);
}

/**
 * opl_dialogs_ask_changed_elsewhere:
 * @parent: the editor whose save was refused
 * @owner: (type GObject): what @func is called with: the editor, or the view that
 *   saved; once it is finalized @func is no longer called
 * @message: the store's message, who changed it (%OPL_DATABASE_ERROR_CHANGED)
 * @func: called with the person's choice
 *
 * Asks what to do with a save the store refused because the row changed elsewhere
 * since it was read (design.md §4; issue 17): Keep Editing (the default, and Escape),
 * Reload (their version, what was typed is dropped) or Save Mine (over theirs). Every
 * editor asks it the same way. @func runs inside the dialog's response: an editor that
 * closes after Save Mine closes with opl_dialogs_close_later().
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
opl_dialogs_ask_changed_elsewhere (GtkWindow      *parent,
                                   gpointer        owner,
                                   const char     *message,
                                   OplChangedFunc  func)
{
  g_autofree char *body = NULL;
  ChangedAsk *ask;
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);
  g_return_val_if_fail (message != NULL && func != NULL, NULL);

  /* Translators: %s says who changed it: “Charlotte Bakker changed this leergesprek after you opened it” */
  body = g_strdup_printf (_("%s. Reload to see their version (your changes are dropped), or save yours over it."),
                          message);
  dialog = adw_message_dialog_new (parent, _("Changed Elsewhere"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "reload", _("_Reload"),
                                    "overwrite", _("_Save Mine"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  ask = g_new0 (ChangedAsk, 1);
  ask->func = func;
  g_object_set_data_full (G_OBJECT (dialog), "opl-changed-ask", ask, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changed_response_cb), owner, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

/* opl-unlock-dialog.c: a locked profile asks for its passphrase.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The passphrase is checked on a worker thread (Argon2id takes about half a second on
 * purpose, opl-seal.c); each wrong one makes the next try wait longer, 1, 2, 4 ... up to
 * 30 seconds. A forgotten passphrase can be removed without it: the profile's sealed
 * private drafts are lost then, and nothing else (the dialog says so first).
 */

#define G_LOG_DOMAIN "opl-unlock-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-dialogs.h"
#include "opl-store-privacy.h"
#include "opl-unlock-dialog-private.h"

/* The longest wait after wrong passphrases, in seconds. */
#define MAX_WAIT 30

struct _OplUnlockDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwAvatar           *avatar;
  GtkLabel            *name_label;
  AdwPasswordEntryRow *passphrase_row;
  GtkLabel            *message_label;
  GtkSpinner          *spinner;

  /* Owned references */
  OplStore            *store;
  OplPerson           *person;
  GCancellable        *cancellable;

  guint                n_wrong;
  guint                wait_left;     /* seconds before the next try */
  guint                wait_id;
  gboolean             checking;
};

G_DEFINE_FINAL_TYPE (OplUnlockDialog, opl_unlock_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_UNLOCKED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
update_sensitive (OplUnlockDialog *self)
{
  gboolean can_try = !self->checking && self->wait_left == 0;

  /* Not insensitive: the row keeps the focus (and the screen reader its place). */
  gtk_editable_set_editable (GTK_EDITABLE (self->passphrase_row), can_try);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unlock.save",
                                 can_try && *gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)) != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->checking);
  gtk_spinner_set_spinning (self->spinner, self->checking);
}

static void
show_wait (OplUnlockDialog *self)
{
  g_autofree char *text = NULL;

  if (self->wait_left == 0)
    {
      opl_dialogs_show_problem (self->message_label, NULL, _("That is not the passphrase. Try again."));
      return;
    }

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "That is not the passphrase. Try again in %u second.",
                                       "That is not the passphrase. Try again in %u seconds.", self->wait_left),
                          self->wait_left);
  opl_dialogs_show_problem (self->message_label, NULL, text);
}

static gboolean
on_wait_tick_cb (gpointer user_data)
{
  OplUnlockDialog *self = user_data;

  self->wait_left--;
  show_wait (self);
  if (self->wait_left > 0)
    return G_SOURCE_CONTINUE;

  self->wait_id = 0;
  update_sensitive (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
  return G_SOURCE_REMOVE;
}

static void
on_unlocked_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OplUnlockDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  self->checking = FALSE;
  if (opl_store_unlock_finish (OPL_STORE (object), result, &error))
    {
      g_signal_emit (self, signals[SIGNAL_UNLOCKED], 0, self->person);
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  if (!g_error_matches (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE))
    {
      opl_dialogs_show_problem (self->message_label, NULL, error->message);
      update_sensitive (self);
      return;
    }

  /* Each wrong try waits longer: 1, 2, 4 ... seconds. */
  self->wait_left = MIN (1u << MIN (self->n_wrong, 5u), MAX_WAIT);
  self->n_wrong++;
  show_wait (self);
  update_sensitive (self);
  g_clear_handle_id (&self->wait_id, g_source_remove);
  self->wait_id = g_timeout_add_seconds (1, on_wait_tick_cb, self);
}

static void
opl_unlock_dialog_save_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  OplUnlockDialog *self = OPL_UNLOCK_DIALOG (widget);
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));

  if (self->checking || self->wait_left > 0 || *passphrase == '\0')
    return;

  self->checking = TRUE;
  opl_dialogs_clear_problem (self->message_label, NULL);
  update_sensitive (self);
  opl_store_unlock_async (self->store, opl_person_get_id (self->person), passphrase, self->cancellable,
                          on_unlocked_cb, g_object_ref (self));
}

static void
on_passphrase_activated_cb (OplUnlockDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "unlock.save", NULL);
}

static void
on_passphrase_changed_cb (OplUnlockDialog *self)
{
  update_sensitive (self);
}

/* Without a passphrase the profile opens. After the confirmation's response: it is
 * transient for this dialog, and goes with it. */
static gboolean
open_unlocked_cb (gpointer user_data)
{
  OplUnlockDialog *self = user_data;

  g_signal_emit (self, signals[SIGNAL_UNLOCKED], 0, self->person);
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_forget_response_cb (OplUnlockDialog *self,
                       const char      *response)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;

  if (!opl_store_forget_passphrase (self->store, self->person, &error))
    {
      opl_dialogs_show_problem (self->message_label, NULL, error->message);
      return;
    }

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, open_unlocked_cb, g_object_ref (self), g_object_unref);
}

static void
opl_unlock_dialog_forgot_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  OplUnlockDialog *self = OPL_UNLOCK_DIALOG (widget);
  guint n = opl_store_count_sealed (self->store, opl_person_get_id (self->person));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (n == 0)
    body = g_strdup (_("No private draft is sealed with it: nothing is lost. You can set a new passphrase after."));
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The passphrase cannot be recovered. The %u private draft sealed with it "
                                         "is lost; everything else of the profile stays.",
                                         "The passphrase cannot be recovered. The %u private drafts sealed with it "
                                         "are lost; everything else of the profile stays.", n),
                            n);
  dialog = opl_dialogs_new_destructive (GTK_WINDOW (self), _("Remove the Passphrase?"), body,
                                        "remove", _("_Remove"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_forget_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
opl_unlock_dialog_dispose (GObject *object)
{
  OplUnlockDialog *self = (OplUnlockDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->wait_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_UNLOCK_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (opl_unlock_dialog_parent_class)->dispose (object);
}

static void
opl_unlock_dialog_class_init (OplUnlockDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_unlock_dialog_dispose;

  /**
   * OplUnlockDialog::unlocked:
   * @person: the profile
   *
   * The profile may open: its passphrase was given, or removed.
   */
  signals[SIGNAL_UNLOCKED] =
    g_signal_new ("unlocked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPL_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-unlock-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplUnlockDialog, avatar);
  gtk_widget_class_bind_template_child (widget_class, OplUnlockDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, OplUnlockDialog, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, OplUnlockDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, OplUnlockDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_passphrase_changed_cb);

  gtk_widget_class_install_action (widget_class, "unlock.save", NULL, opl_unlock_dialog_save_action);
  gtk_widget_class_install_action (widget_class, "unlock.forgot", NULL, opl_unlock_dialog_forgot_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_unlock_dialog_init (OplUnlockDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * opl_unlock_dialog_new:
 *
 * Asks for @person's passphrase; emits #OplUnlockDialog::unlocked when the profile may
 * open.
 */
GtkWidget *
opl_unlock_dialog_new (OplStore  *store,
                       OplPerson *person)
{
  OplUnlockDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  self = g_object_new (OPL_TYPE_UNLOCK_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);

  adw_avatar_set_text (self->avatar, opl_person_get_name (person));
  gtk_label_set_text (self->name_label, opl_person_get_name (person));
  /* Translators: the unlock dialog's title, for the window list and screen readers; %s
   * is a person's name */
  title = g_strdup_printf (_("Unlock %s"), opl_person_get_name (person));
  gtk_window_set_title (GTK_WINDOW (self), title);
  update_sensitive (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));

  return GTK_WIDGET (self);
}

/* For the tests */

AdwPasswordEntryRow *
opl_unlock_dialog_get_passphrase_row (OplUnlockDialog *self)
{
  return self->passphrase_row;
}

GtkLabel *
opl_unlock_dialog_get_message_label (OplUnlockDialog *self)
{
  return self->message_label;
}

guint
opl_unlock_dialog_get_wait_seconds (OplUnlockDialog *self)
{
  return self->wait_left;
}

/* opl-passphrase-dialog.c: a profile's passphrase, set, changed or removed.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Argon2id work (checking the passphrase there is, deriving the new key) runs on a
 * worker thread; the store then seals the profile's private drafts with the new key, or
 * writes them in clear when the passphrase is removed, in one transaction
 * (opl_store_change_passphrase_async()).
 */

#define G_LOG_DOMAIN "opl-passphrase-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-dialogs.h"
#include "opl-passphrase-dialog-private.h"
#include "opl-store-privacy.h"

struct _OplPassphraseDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkLabel            *title_label;
  GtkLabel            *name_label;
  GtkLabel            *intro_label;
  AdwPasswordEntryRow *current_row;
  AdwPasswordEntryRow *new_row;
  AdwPasswordEntryRow *repeat_row;
  GtkLabel            *message_label;
  GtkSpinner          *spinner;
  GtkWidget           *remove_button;

  /* Owned references */
  OplStore            *store;
  OplPerson           *person;
  GCancellable        *cancellable;

  gboolean             has_passphrase;
  gboolean             working;
};

G_DEFINE_FINAL_TYPE (OplPassphraseDialog, opl_passphrase_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static const char *
row_text (AdwPasswordEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
has_current (OplPassphraseDialog *self)
{
  return !self->has_passphrase || *row_text (self->current_row) != '\0';
}

static void
update_sensitive (OplPassphraseDialog *self)
{
  gboolean idle = !self->working;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passphrase.save",
                                 idle && has_current (self) && *row_text (self->new_row) != '\0' &&
                                 *row_text (self->repeat_row) != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passphrase.remove",
                                 idle && self->has_passphrase && has_current (self));
  /* Not insensitive: a row keeps the focus while the work is done. */
  gtk_editable_set_editable (GTK_EDITABLE (self->current_row), idle);
  gtk_editable_set_editable (GTK_EDITABLE (self->new_row), idle);
  gtk_editable_set_editable (GTK_EDITABLE (self->repeat_row), idle);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->working);
  gtk_spinner_set_spinning (self->spinner, self->working);
}

static void
on_changed_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OplPassphraseDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *field;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  self->working = FALSE;
  if (opl_store_change_passphrase_finish (OPL_STORE (object), result, &error))
    {
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0,
                     opl_store_has_passphrase (self->store, opl_person_get_id (self->person)));
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (g_error_matches (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE))
    {
      field = GTK_WIDGET (self->current_row);
      gtk_editable_set_text (GTK_EDITABLE (self->current_row), "");
    }
  else if (g_error_matches (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WEAK_PASSPHRASE))
    field = GTK_WIDGET (self->new_row);
  else
    field = NULL;

  update_sensitive (self);
  opl_dialogs_show_problem (self->message_label, field, error->message);
}

static void
change (OplPassphraseDialog *self,
        const char          *passphrase)
{
  opl_dialogs_clear_problem (self->message_label, GTK_WIDGET (self->current_row));
  opl_dialogs_clear_problem (self->message_label, GTK_WIDGET (self->new_row));
  self->working = TRUE;
  update_sensitive (self);
  opl_store_change_passphrase_async (self->store, self->person,
                                     self->has_passphrase ? row_text (self->current_row) : NULL,
                                     passphrase, self->cancellable, on_changed_cb, g_object_ref (self));
}

static void
opl_passphrase_dialog_save_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OplPassphraseDialog *self = OPL_PASSPHRASE_DIALOG (widget);

  if (self->working)
    return;

  if (g_strcmp0 (row_text (self->new_row), row_text (self->repeat_row)) != 0)
    {
      opl_dialogs_show_problem (self->message_label, GTK_WIDGET (self->repeat_row),
                                _("The two new passphrases are not the same."));
      return;
    }

  opl_dialogs_clear_problem (self->message_label, GTK_WIDGET (self->repeat_row));
  change (self, row_text (self->new_row));
}

static void
opl_passphrase_dialog_remove_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  OplPassphraseDialog *self = OPL_PASSPHRASE_DIALOG (widget);

  if (!self->working && self->has_passphrase)
    change (self, NULL);
}

static void
on_field_changed_cb (OplPassphraseDialog *self)
{
  update_sensitive (self);
}

static void
on_repeat_activated_cb (OplPassphraseDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "passphrase.save", NULL);
}

static void
opl_passphrase_dialog_dispose (GObject *object)
{
  OplPassphraseDialog *self = (OplPassphraseDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_PASSPHRASE_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (opl_passphrase_dialog_parent_class)->dispose (object);
}

static void
opl_passphrase_dialog_class_init (OplPassphraseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_passphrase_dialog_dispose;

  /**
   * OplPassphraseDialog::changed:
   * @has_passphrase: whether the profile has a passphrase now
   *
   * The passphrase was set, changed or removed.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-passphrase-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, OplPassphraseDialog, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_repeat_activated_cb);

  gtk_widget_class_install_action (widget_class, "passphrase.save", NULL, opl_passphrase_dialog_save_action);
  gtk_widget_class_install_action (widget_class, "passphrase.remove", NULL, opl_passphrase_dialog_remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_passphrase_dialog_init (OplPassphraseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

static char *
intro_text (OplStore  *store,
            OplPerson *person)
{
  guint n = opl_store_count_sealed (store, opl_person_get_id (person));

  if (n == 0)
    return g_strdup (_("A passphrase locks this profile on a shared computer and seals its private drafts "
                       "(a LEOh or self-assessment not yet shared) in the practice file, so that nobody else "
                       "can read them. It cannot be recovered: a forgotten passphrase loses those drafts, "
                       "nothing else."));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u private draft is sealed with this passphrase. Removing the passphrase "
                                       "writes it in the practice file as it was typed again.",
                                       "%u private drafts are sealed with this passphrase. Removing the passphrase "
                                       "writes them in the practice file as they were typed again.", n),
                          n);
}

/**
 * opl_passphrase_dialog_new:
 *
 * Sets, changes or removes @person's passphrase; emits #OplPassphraseDialog::changed
 * when it did.
 */
GtkWidget *
opl_passphrase_dialog_new (OplStore  *store,
                           OplPerson *person)
{
  OplPassphraseDialog *self;
  g_autofree char *intro = NULL;
  const char *title;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  self = g_object_new (OPL_TYPE_PASSPHRASE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);
  self->has_passphrase = opl_store_has_passphrase (store, opl_person_get_id (person));

  title = self->has_passphrase ? _("Change Passphrase") : _("Set a Passphrase");
  intro = intro_text (store, person);
  gtk_label_set_text (self->intro_label, intro);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->name_label, opl_person_get_name (person));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (GTK_WIDGET (self->current_row), self->has_passphrase);
  gtk_widget_set_visible (self->remove_button, self->has_passphrase);
  update_sensitive (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->has_passphrase ? self->current_row : self->new_row));

  return GTK_WIDGET (self);
}

/* For the tests */

AdwPasswordEntryRow *
opl_passphrase_dialog_get_current_row (OplPassphraseDialog *self)
{
  return self->current_row;
}

AdwPasswordEntryRow *
opl_passphrase_dialog_get_new_row (OplPassphraseDialog *self)
{
  return self->new_row;
}

AdwPasswordEntryRow *
opl_passphrase_dialog_get_repeat_row (OplPassphraseDialog *self)
{
  return self->repeat_row;
}

GtkLabel *
opl_passphrase_dialog_get_message_label (OplPassphraseDialog *self)
{
  return self->message_label;
}

/* opl-backups-dialog.c: the practice's backups, and restoring one.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists the backups of the practice file (opl-backup.c: newest first, each with when,
 * why, its size and what it holds) on a worker thread; "Back Up Now" makes one; each
 * row restores its backup after a confirmation that says the practice as it is now is
 * kept as a backup too. A backup that cannot be read is listed as damaged, not hidden.
 * After a restore the window opens the practice again (::restored).
 */

#define G_LOG_DOMAIN "opl-backups-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-backup.h"
#include "opl-backups-dialog-private.h"
#include "opl-dialogs.h"

struct _OplBackupsDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *folder_label;
  GtkLabel        *message_label;
  GtkSpinner      *spinner;
  GtkListBox      *list;

  /* Owned references */
  char            *db_path;
  char            *folder;
  GCancellable    *cancellable;
  char            *last_message;

  gboolean         working;
};

G_DEFINE_FINAL_TYPE (OplBackupsDialog, opl_backups_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_RESTORED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void refresh (OplBackupsDialog *self);

static void
set_working (OplBackupsDialog *self,
             gboolean          working)
{
  self->working = working;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), working);
  gtk_spinner_set_spinning (self->spinner, working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up", !working);
  gtk_widget_set_sensitive (GTK_WIDGET (self->list), !working);
}

static void
show_message (OplBackupsDialog *self,
              const char       *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
show_toast (OplBackupsDialog *self,
            const char       *text)
{
  opl_dialogs_add_toast (self->toast_overlay, text, 5, &self->last_message);
}

/* "13.5 MB · 5 people, 4 trajecten, 6 forms" */
static char *
backup_subtitle (const OplBackup *backup)
{
  g_autofree char *size = g_format_size ((guint64) backup->size);
  g_autofree char *people = NULL;
  g_autofree char *trajecten = NULL;
  g_autofree char *forms = NULL;
  g_autofree char *holds = NULL;

  if (backup->damaged)
    /* Translators: a backup that cannot be read; %s is its size, then why */
    return g_strdup_printf (_("%s · damaged: %s"), size, backup->problem != NULL ? backup->problem : "");

  /* What it holds, in the words of the command line's --backups. */
  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people", (gulong) backup->n_people),
                            (int) backup->n_people);
  trajecten = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d traject", "%d trajecten",
                                            (gulong) backup->n_trajecten), (int) backup->n_trajecten);
  forms = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d form", "%d forms", (gulong) backup->n_forms),
                           (int) backup->n_forms);
  holds = g_strdup_printf (_("%s, %s, %s"), people, trajecten, forms);
  return g_strdup_printf ("%s · %s · %s", opl_backup_reason_get_label (backup->reason), size, holds);
}

static char *
backup_title (const OplBackup *backup)
{
  /* Translators: when a backup was made, see g_date_time_format(); “7 December 2026, 05:00” */
  return g_date_time_format (backup->created, _("%-d %B %Y, %H:%M"));
}

static void
on_restored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OplBackupsDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *message = NULL;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  set_working (self, FALSE);
  if (!opl_backup_restore_finish (result, &kept, &error))
    {
      show_message (self, error->message);
      return;
    }

  kept_name = kept != NULL ? g_path_get_basename (kept) : NULL;
  message = kept_name != NULL
            /* Translators: %s is the backup the practice as it was is kept in */
            ? g_strdup_printf (_("Restored. The practice as it was is kept as %s."), kept_name)
            : g_strdup (_("Restored."));
  g_signal_emit (self, signals[SIGNAL_RESTORED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_restore_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        OplBackupsDialog *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "opl-path");

  if (g_strcmp0 (response, "restore") != 0 || self->working)
    return;

  set_working (self, TRUE);
  show_message (self, NULL);
  opl_backup_restore_async (self->db_path, path, self->folder, self->cancellable, on_restored_cb,
                            g_object_ref (self));
}

static void
on_restore_clicked_cb (GtkButton        *button,
                       OplBackupsDialog *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "opl-path");
  const char *title = g_object_get_data (G_OBJECT (button), "opl-title");
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is when the backup was made */
  heading = g_strdup_printf (_("Restore the Backup of %s?"), title);
  dialog = opl_dialogs_new_destructive (GTK_WINDOW (self), heading,
                                        _("The practice goes back to what this backup holds. The practice as it is "
                                          "now is kept as a backup too, so this can be undone by restoring that one."),
                                        "restore", _("_Restore"));
  g_object_set_data_full (G_OBJECT (dialog), "opl-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
backup_row (OplBackupsDialog *self,
            const OplBackup  *backup)
{
  g_autofree char *title = backup_title (backup);
  g_autofree char *subtitle = backup_subtitle (backup);
  g_autofree char *accessible = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (backup->damaged)
    return row;

  button = gtk_button_new_with_mnemonic (_("_Restore…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: how a screen reader names a backup's Restore button; %s is when it was made */
  accessible = g_strdup_printf (_("Restore the backup of %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "opl-path", g_strdup (backup->path), g_free);
  g_object_set_data_full (G_OBJECT (button), "opl-title", g_steal_pointer (&title), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_restore_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
on_listed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OplBackupsDialog) self = user_data;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  set_working (self, FALSE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  backups = opl_backup_list_finish (result, &error);
  if (backups == NULL)
    {
      show_message (self, error->message);
      return;
    }

  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->list, backup_row (self, g_ptr_array_index (backups, i)));
  if (backups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      gtk_list_box_append (self->list, row);
    }
}

static void
refresh (OplBackupsDialog *self)
{
  set_working (self, TRUE);
  opl_backup_list_async (self->folder, self->cancellable, on_listed_cb, g_object_ref (self));
}

static void
on_backed_up_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OplBackupsDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  set_working (self, FALSE);
  if (!opl_backup_create_finish (result, NULL, &error))
    {
      show_message (self, error->message);
      return;
    }

  show_toast (self, _("Backup made and checked"));
  refresh (self);
}

static void
opl_backups_dialog_back_up_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OplBackupsDialog *self = OPL_BACKUPS_DIALOG (widget);

  if (self->working)
    return;

  set_working (self, TRUE);
  show_message (self, NULL);
  opl_backup_create_async (self->db_path, self->folder, OPL_BACKUP_REASON_MANUAL, self->cancellable,
                           on_backed_up_cb, g_object_ref (self));
}

static void
opl_backups_dialog_dispose (GObject *object)
{
  OplBackupsDialog *self = (OplBackupsDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_BACKUPS_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->folder, g_free);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (opl_backups_dialog_parent_class)->dispose (object);
}

static void
opl_backups_dialog_class_init (OplBackupsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_backups_dialog_dispose;

  /**
   * OplBackupsDialog::restored:
   * @message: what was done, in words
   *
   * A backup was restored into the practice file: the window opens it again.
   */
  signals[SIGNAL_RESTORED] =
    g_signal_new ("restored",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-backups-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplBackupsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OplBackupsDialog, folder_label);
  gtk_widget_class_bind_template_child (widget_class, OplBackupsDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, OplBackupsDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, OplBackupsDialog, list);

  gtk_widget_class_install_action (widget_class, "backups.back-up", NULL, opl_backups_dialog_back_up_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_backups_dialog_init (OplBackupsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * opl_backups_dialog_new:
 * @db_path: the practice file
 *
 * The backups of @db_path, in its default backup folder.
 */
GtkWidget *
opl_backups_dialog_new (const char *db_path)
{
  OplBackupsDialog *self;
  g_autofree char *folder_text = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  self = g_object_new (OPL_TYPE_BACKUPS_DIALOG, NULL);
  self->db_path = g_strdup (db_path);
  self->folder = opl_backup_default_folder (db_path);
  /* Translators: %s is the folder the backups are in */
  folder_text = g_strdup_printf (_("In %s"), self->folder);
  gtk_label_set_text (self->folder_label, folder_text);
  gtk_window_set_title (GTK_WINDOW (self), _("Backups"));
  refresh (self);
  return GTK_WIDGET (self);
}

/* For the tests */

GtkListBox *
opl_backups_dialog_get_list (OplBackupsDialog *self)
{
  return self->list;
}

gboolean
opl_backups_dialog_is_working (OplBackupsDialog *self)
{
  return self->working;
}

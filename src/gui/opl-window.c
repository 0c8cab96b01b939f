/* opl-window.c: the main window, which moves between the practice's pages.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages: "error" (the database could not be opened), "welcome" and "setup" (an
 * empty database), "profiles" (the profile chooser) and "workspace" (one person's
 * views). All but "error" are made for the current store when first shown, and made
 * again when another practice is opened: a start on a profile's dashboard builds no
 * other page (docs/performance.md).
 */

#define G_LOG_DOMAIN "opl-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-window-private.h"
#include "opl-compat.h"
#include "opl-date.h"
#include "opl-debug.h"
#include "opl-demo.h"
#include "opl-backup.h"
#include "opl-backups-dialog.h"
#include "opl-format.h"
#include "opl-idle-monitor.h"
#include "opl-merge-dialog.h"
#include "opl-passphrase-dialog.h"
#include "opl-practice-setup-page.h"
#include "opl-profile-chooser.h"
#include "opl-store-privacy.h"
#include "opl-unlock-dialog.h"
#include "opl-welcome-page.h"
#include "opl-workspace.h"

struct _OplWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *error_status;
  GtkRevealer          *notice_banner;
  GtkLabel             *notice_label;
  GtkWidget            *repair_button;
  GtkWidget            *restore_button;
  gboolean              is_copy;

  /* Owned references */
  OplStore             *store;
  GSettings            *settings;
  char                 *start_profile;
  GCancellable         *cancellable;
  char                 *error_description;
  guint                 present_dialog_id;
  AdwToast             *undo_toast;
  gint64                undo_toast_shown;
  GPtrArray            *dismissals;
  OplUndoFunc           undo_func;
  gpointer              undo_data;
  GDestroyNotify        undo_destroy;
  OplIdleMonitor       *idle_monitor;
  guint                 daily_backup_id;

  /* Borrowed references: pages of the stack, and a dialog that clears itself */
  GtkWidget            *welcome;
  GtkWidget            *setup;
  GtkWidget            *profiles;
  GtkWidget            *workspace;
  GtkWidget            *error_dialog;
};

G_DEFINE_FINAL_TYPE (OplWindow, opl_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_PROFILE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const char *
get_visible_page (OplWindow *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static void on_welcome_create_practice_cb (OplWindow *self);
static void on_setup_back_cb              (OplWindow *self);
static void on_profile_chosen_cb          (OplWindow *self,
                                           OplPerson *person);

/* The page called @name, made now for the store if it was not yet. */
static GtkWidget *
ensure_page (OplWindow  *self,
             const char *name)
{
  if (self->store == NULL)
    return gtk_stack_get_child_by_name (self->stack, name);

  if (g_str_equal (name, "welcome") && self->welcome == NULL)
    {
      self->welcome = opl_welcome_page_new (self->store);
      g_signal_connect_swapped (self->welcome, "create-practice",
                                G_CALLBACK (on_welcome_create_practice_cb), self);
      gtk_stack_add_named (self->stack, self->welcome, "welcome");
    }
  else if (g_str_equal (name, "setup") && self->setup == NULL)
    {
      self->setup = opl_practice_setup_page_new (self->store);
      g_signal_connect_swapped (self->setup, "back", G_CALLBACK (on_setup_back_cb), self);
      gtk_stack_add_named (self->stack, self->setup, "setup");
    }
  else if (g_str_equal (name, "profiles") && self->profiles == NULL)
    {
      self->profiles = opl_profile_chooser_new (self->store);
      g_signal_connect_swapped (self->profiles, "profile-chosen", G_CALLBACK (on_profile_chosen_cb), self);
      gtk_stack_add_named (self->stack, self->profiles, "profiles");
    }

  return gtk_stack_get_child_by_name (self->stack, name);
}

static void
show_page (OplWindow  *self,
           const char *name)
{
  ensure_page (self, name);
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.switch-profile",
                                 g_strcmp0 (name, "workspace") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock", g_strcmp0 (name, "workspace") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.change-passphrase",
                                 g_strcmp0 (name, "workspace") == 0);
  /* Copies come from the practice file, and go back into it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-out",
                                 g_strcmp0 (name, "workspace") == 0 && !self->is_copy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-copy",
                                 g_strcmp0 (name, "workspace") == 0 && !self->is_copy);
}

/* libadwaita 1.2 (Debian 12) crashes when a toast is dismissed while its show
 * animation runs and both animations end in one frame: AdwToastOverlay frees the
 * toast's state in the hide animation's end and then reads it in the show animation's
 * (later versions disconnect the show animation first). Ctrl+Z right after a tick
 * does that. So a toast is dismissed no sooner than this after it was shown. */
#define TOAST_SHOW_MS 600

static gboolean
on_dismiss_later_cb (gpointer user_data)
{
  adw_toast_dismiss (ADW_TOAST (user_data));
  return G_SOURCE_REMOVE;
}

static void
dismiss_toast (OplWindow *self,
               AdwToast  *toast,
               gint64     shown)
{
  gint64 age_ms = (g_get_monotonic_time () - shown) / 1000;
  GSource *source;

  if (age_ms >= TOAST_SHOW_MS || self->dismissals == NULL)
    {
      adw_toast_dismiss (toast);
      return;
    }

  source = g_timeout_source_new ((guint) (TOAST_SHOW_MS - age_ms));
  g_source_set_callback (source, on_dismiss_later_cb, g_object_ref (toast), g_object_unref);
  g_source_attach (source, NULL);
  g_ptr_array_add (self->dismissals, source);
}

static void
destroy_source (gpointer data)
{
  g_source_destroy (data);
  g_source_unref (data);
}

/* Forgets the pending undo; its toast, if still shown, goes too. */
static void
clear_undo (OplWindow *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->undo_toast);
  GDestroyNotify destroy = self->undo_destroy;
  gpointer data = self->undo_data;

  self->undo_func = NULL;
  self->undo_data = NULL;
  self->undo_destroy = NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);

  if (toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (toast, self);
      dismiss_toast (self, toast, self->undo_toast_shown);
    }

  if (destroy != NULL)
    destroy (data);
}

static void
on_undo_toast_dismissed_cb (OplWindow *self,
                            AdwToast  *toast)
{
  if (toast == self->undo_toast)
    clear_undo (self);
}

static void
remove_page (OplWindow  *self,
             GtkWidget **page)
{
  if (*page != NULL)
    {
      gtk_stack_remove (self->stack, *page);
      *page = NULL;
    }
}

/* The dialogs and editors above the window belong to the profile that is left: they
 * close (an editor keeps what was typed, as when closed by hand). */
static void
close_transient_windows (OplWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        g_ptr_array_add (windows, g_object_ref (window));
    }

  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));
}

static void
show_profiles (OplWindow *self)
{
  close_transient_windows (self);
  if (self->store != NULL)
    {
      opl_store_set_actor (self->store, NULL);
      /* Leaving a profile locks it: its key is wiped (opl-seal.c). */
      opl_store_forget_key (self->store);
    }

  clear_undo (self);
  show_page (self, "profiles");
  remove_page (self, &self->workspace);
}

/* Where a window on a store starts: the welcome page for an empty database, the
 * last profile's dashboard when it still exists, and the chooser otherwise. */
static void
show_start_page (OplWindow *self)
{
  g_autofree char *last_profile = NULL;

  if (!opl_store_has_practice (self->store))
    {
      show_page (self, "welcome");
      return;
    }

  /* The profile asked for (--profile) opens straight away, and only at the start. */
  if (self->start_profile != NULL)
    {
      g_autofree char *profile = g_steal_pointer (&self->start_profile);

      opl_window_open_profile (self, profile);
      return;
    }

  if (self->settings != NULL)
    last_profile = g_settings_get_string (self->settings, "last-profile");

  /* A profile with a passphrase is not reopened at a start: the computer is shared,
   * and whoever starts the app chooses. */
  if (last_profile != NULL && opl_store_lookup_person (self->store, last_profile) != NULL &&
      !opl_store_has_passphrase (self->store, last_profile))
    opl_window_open_profile (self, last_profile);
  else
    show_profiles (self);
}

static void
on_store_changed_cb (OplWindow *self)
{
  const char *page = get_visible_page (self);

  if (!opl_store_has_practice (self->store))
    return;

  /* The practice was just created, here or by another process. */
  if (g_strcmp0 (page, "welcome") == 0 || g_strcmp0 (page, "setup") == 0)
    {
      show_profiles (self);
      return;
    }

  if (g_strcmp0 (page, "workspace") == 0)
    {
      OplPerson *person = opl_page_get_person (OPL_PAGE (self->workspace));

      if (opl_store_lookup_person (self->store, opl_person_get_id (person)) == NULL)
        {
          show_profiles (self);
          opl_window_show_toast (self, _("This profile was removed from the practice"));
        }
    }
}

/* The check that runs beside the start (OPL_DATABASE_OPEN_CHECK_LATER) found the file
 * damaged: nothing was written to it, and nothing will be; the window goes on reading
 * it, and says so above every page with the way back (issue 17). */
static void update_notice (OplWindow *self);

static void
on_check_failed_cb (OplWindow    *self,
                    const GError *error,
                    OplDatabase  *database)
{
  update_notice (self);
}

static void
on_welcome_create_practice_cb (OplWindow *self)
{
  show_page (self, "setup");
  gtk_widget_grab_focus (ensure_page (self, "setup"));
}

static void
on_setup_back_cb (OplWindow *self)
{
  show_page (self, "welcome");
}

static void
on_profile_chosen_cb (OplWindow *self,
                      OplPerson *person)
{
  opl_window_open_profile (self, opl_person_get_id (person));
}

/* The path of a chosen file; SQLite opens local files only (a mounted share is one). */
static char *
local_path_of (OplWindow *self,
               GFile     *file)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    opl_window_show_toast (self, _("Only files on this computer or a mounted share can be opened"));
  return path;
}

static void
on_file_chosen_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OplWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  file = opl_compat_choose_file_finish (result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        opl_window_show_toast (self, _("Could not choose a file"));
      g_debug ("No file chosen: %s", error->message);
      return;
    }

  path = local_path_of (self, file);
  if (path != NULL)
    opl_window_open_database (self, path);
}

static void
choose_other_practice (OplWindow *self)
{
  opl_compat_choose_file_async (GTK_WINDOW (self),
                                _("Open a Practice"),
                                _("_Open"),
                                self->cancellable,
                                on_file_chosen_cb,
                                g_object_ref (self));
}

static void
on_error_dialog_response_cb (OplWindow  *self,
                             const char *response)
{
  if (g_strcmp0 (response, "open") == 0)
    choose_other_practice (self);
}

static gboolean
present_error_dialog_cb (gpointer user_data)
{
  OplWindow *self = user_data;

  self->present_dialog_id = 0;
  if (self->error_dialog != NULL)
    gtk_window_present (GTK_WINDOW (self->error_dialog));

  return G_SOURCE_REMOVE;
}

/* The dialog is presented once the window is up, so that it lands on top of it. */
static void
on_map_present_error_dialog_cb (OplWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_map_present_error_dialog_cb, NULL);

  g_clear_handle_id (&self->present_dialog_id, g_source_remove);
  self->present_dialog_id = g_idle_add (present_error_dialog_cb, self);
}

static void
opl_window_switch_profile_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  show_profiles (OPL_WINDOW (widget));
}

static OplPerson *
get_current_person (OplWindow *self)
{
  if (self->workspace == NULL || g_strcmp0 (get_visible_page (self), "workspace") != 0)
    return NULL;

  return opl_page_get_person (OPL_PAGE (self->workspace));
}

static void
opl_window_lock_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);

  if (get_current_person (self) == NULL)
    return;

  show_profiles (self);
  opl_window_show_toast (self, _("Locked"));
}

static void
on_idle_cb (OplWindow *self)
{
  OplPerson *person = get_current_person (self);
  g_autofree char *title = NULL;
  guint minutes;

  /* Only a profile with a passphrase has something to lock. */
  if (person == NULL || !opl_store_has_passphrase (self->store, opl_person_get_id (person)))
    return;

  show_profiles (self);
  minutes = MAX (opl_idle_monitor_get_timeout (self->idle_monitor) / 60, 1);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Locked after %u minute without use",
                                        "Locked after %u minutes without use", minutes),
                           minutes);
  opl_window_show_toast (self, title);
}

static void
on_lock_after_changed_cb (OplWindow *self)
{
  opl_idle_monitor_set_timeout (self->idle_monitor, 60 * g_settings_get_uint (self->settings, "lock-after-minutes"));
}

static void
on_passphrase_changed_cb (OplWindow *self,
                          gboolean   has_passphrase)
{
  opl_window_show_toast (self, has_passphrase ? _("Passphrase saved") : _("Passphrase removed"));
}

static void
opl_window_change_passphrase_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);
  OplPerson *person = get_current_person (self);
  GtkWidget *dialog;

  if (person == NULL)
    return;

  dialog = opl_passphrase_dialog_new (self->store, person);
  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_passphrase_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Copies for a laptop ----------------------------------------------------------------- */

static void
on_copy_chosen_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OplWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  file = opl_compat_save_file_finish (result, &error);
  if (file == NULL || self->store == NULL || (path = local_path_of (self, file)) == NULL)
    return;

  if (!opl_store_copy_out (self->store, path, NULL, &error))
    {
      opl_window_show_toast (self, error->message);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is the copy's file name */
  message = g_strdup_printf (_("Copy for the laptop written: %s. Bring it back with Merge a Copy…"), name);
  opl_window_show_toast (self, message);
}

static void
opl_window_copy_out_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);

  opl_compat_save_file_async (GTK_WINDOW (self), _("Copy for a Laptop"), _("_Save"),
                              /* Translators: the file name a copy for a laptop is offered */
                              _("copy-for-laptop.db"), NULL, self->cancellable, on_copy_chosen_cb,
                              g_object_ref (self));
}

static void
on_merged_cb (OplWindow  *self,
              const char *summary)
{
  opl_window_show_toast (self, summary);
}

/* The merge of the copy at @path, or why it cannot be merged. */
static void
open_merge (OplWindow  *self,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = opl_merge_dialog_new (self->store, path, &error);

  if (dialog == NULL)
    {
      GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self), _("This File Cannot Be Merged"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }

  g_signal_connect_object (dialog, "merged", G_CALLBACK (on_merged_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_merge_chosen_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OplWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  file = opl_compat_choose_file_finish (result, NULL);
  if (file != NULL && self->store != NULL && (path = local_path_of (self, file)) != NULL)
    open_merge (self, path);
}

static void
opl_window_merge_copy_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);

  opl_compat_choose_file_async (GTK_WINDOW (self), _("Merge a Copy"), _("_Open"), self->cancellable,
                                on_merge_chosen_cb, g_object_ref (self));
}

/* A copy dropped on the window is merged, as with Merge a Copy…. */
static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            OplWindow     *self)
{
  GFile *file = g_value_get_object (value);
  g_autofree char *path = NULL;

  if (self->store == NULL || self->is_copy ||
      g_strcmp0 (get_visible_page (self), "workspace") != 0 || file == NULL ||
      (path = local_path_of (self, file)) == NULL)
    return FALSE;

  open_merge (self, path);
  return TRUE;
}

static void
add_drop_target (OplWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

/* For the tests: what dropping @path on the window does. */
void
opl_window_open_merge (OplWindow  *self,
                       const char *path)
{
  g_return_if_fail (OPL_IS_WINDOW (self));

  if (self->store != NULL)
    open_merge (self, path);
}

/* For the tests: the banner's text, or %NULL when it is not shown. */
const char *
opl_window_get_notice (OplWindow *self)
{
  g_return_val_if_fail (OPL_IS_WINDOW (self), NULL);

  return gtk_revealer_get_reveal_child (self->notice_banner) ? gtk_label_get_text (self->notice_label) : NULL;
}

static char *
copy_notice (OplCopyInfo *info)
{
  g_autofree char *when = opl_format_timestamp (info->taken_at);

  /* Translators: the banner of a copy for a laptop; the practice's name, then when the
   * copy was taken */
  return g_strdup_printf (_("A copy of “%s” for a laptop, taken on %s. Take it back to the practice to merge it."),
                          info->practice_name, when);
}

/* What every page must know about the file, above every page: damaged or from a newer
 * version (read-only: issue 17), or a copy for a laptop (issue 16). */
static void
update_notice (OplWindow *self)
{
  g_autoptr(OplCopyInfo) info = self->store != NULL ? opl_store_get_copy_info (self->store) : NULL;
  OplDatabase *database = self->store != NULL ? opl_store_get_database (self->store) : NULL;
  OplDatabaseReadOnly read_only = database != NULL ? opl_database_get_read_only (database) : OPL_DATABASE_WRITABLE;
  g_autofree char *text = NULL;
  GtkWidget *box = gtk_revealer_get_child (self->notice_banner);

  self->is_copy = info != NULL;
  switch (read_only)
    {
    case OPL_DATABASE_READ_ONLY_DAMAGED:
      text = g_strdup (_("This practice file is damaged: it is open read-only and nothing is written to it. "
                         "Restore the last good backup."));
      break;
    case OPL_DATABASE_READ_ONLY_NEWER:
      text = g_strdup (_("Saved by a newer version of Opleidingspraktijk: open read-only. Update the app on this "
                         "computer to make changes."));
      break;
    default:
      text = info != NULL ? copy_notice (info) : NULL;
      break;
    }

  gtk_revealer_set_reveal_child (self->notice_banner, text != NULL);
  gtk_label_set_text (self->notice_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->restore_button, read_only == OPL_DATABASE_READ_ONLY_DAMAGED);
  gtk_widget_set_visible (self->repair_button, read_only == OPL_DATABASE_READ_ONLY_DAMAGED &&
                                               opl_database_damage_is_index_only (database));
  if (read_only == OPL_DATABASE_READ_ONLY_DAMAGED)
    gtk_widget_add_css_class (box, "error");
  else
    gtk_widget_remove_css_class (box, "error");
}

static void
on_restored_cb (OplWindow  *self,
                const char *message)
{
  g_autofree char *path = NULL;

  if (self->store == NULL)
    return;

  /* The file holds another practice state now: opened again, as it is. */
  path = g_strdup (opl_database_get_path (opl_store_get_database (self->store)));
  opl_window_open_practice (self, path, 0);
  opl_window_show_toast (self, message);
}

static void
opl_window_backups_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = opl_backups_dialog_new (opl_database_get_path (opl_store_get_database (self->store)));
  g_signal_connect_object (dialog, "restored", G_CALLBACK (on_restored_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_daily_backup_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* A failed backup is said where it matters: the Backups page lists what there is. */
  if (!opl_backup_ensure_daily_finish (result, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("The daily backup failed: %s", error->message);
}

/* The first start of a day makes a checked backup, on a worker, once the window has
 * shown the practice (start-up does no work that can wait). */
static gboolean
start_daily_backup_cb (gpointer user_data)
{
  OplWindow *self = user_data;
  OplDatabase *database;
  g_autofree char *folder = NULL;
  g_autofree char *second = NULL;

  self->daily_backup_id = 0;
  if (self->store == NULL)
    return G_SOURCE_REMOVE;

  database = opl_store_get_database (self->store);
  if (opl_database_get_read_only (database) != OPL_DATABASE_WRITABLE)
    return G_SOURCE_REMOVE;

  folder = opl_backup_default_folder (opl_database_get_path (database));
  if (self->settings != NULL)
    second = g_settings_get_string (self->settings, "backup-second-folder");
  opl_backup_ensure_daily_async (opl_database_get_path (database), folder,
                                 second != NULL && *second != '\0' ? second : NULL, self->cancellable,
                                 on_daily_backup_cb, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_daily_backup (OplWindow *self)
{
  g_autofree char *demo = opl_window_get_demo_path ();

  g_clear_handle_id (&self->daily_backup_id, g_source_remove);
  if (self->store == NULL || g_strcmp0 (opl_database_get_path (opl_store_get_database (self->store)), demo) == 0)
    return;

  self->daily_backup_id = g_timeout_add_seconds (10, start_daily_backup_cb, self);
}

static void
opl_window_repair_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL)
    return;

  if (!opl_database_repair_indexes (opl_store_get_database (self->store), &aside, &error))
    {
      opl_window_show_toast (self, error->message);
      return;
    }

  name = g_path_get_basename (aside);
  /* Translators: %s is the file the damaged practice was kept in */
  message = g_strdup_printf (_("Repaired: the indexes were rebuilt. The damaged file is kept as %s."), name);
  opl_window_show_toast (self, message);
  update_notice (self);
}

static void
opl_window_undo_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);
  OplUndoFunc func = self->undo_func;
  GDestroyNotify destroy = self->undo_destroy;
  gpointer data = self->undo_data;

  if (func == NULL)
    return;

  /* Take the undo out first: it may change the store, and a change may show a toast. */
  self->undo_destroy = NULL;
  self->undo_data = NULL;
  clear_undo (self);

  func (data);
  if (destroy != NULL)
    destroy (data);
}

static void
opl_window_back_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);
  const char *page = get_visible_page (self);

  if (g_strcmp0 (page, "setup") == 0)
    show_page (self, "welcome");
  else if (g_strcmp0 (page, "workspace") == 0)
    opl_workspace_go_back (OPL_WORKSPACE (self->workspace));
}

static void
opl_window_open_other_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  choose_other_practice (OPL_WINDOW (widget));
}

static void
on_new_file_chosen_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OplWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  file = opl_compat_save_file_finish (result, &error);
  if (file == NULL)
    {
      g_debug ("No file chosen: %s", error->message);
      return;
    }

  path = local_path_of (self, file);
  if (path == NULL)
    return;

  /* Never over a file that is there: it may be a practice. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      opl_window_show_toast (self, _("That file is already there: open it with Open Practice…, or choose a new name"));
      return;
    }

  opl_window_open_practice (self, path, OPL_WINDOW_OPEN_CREATE | OPL_WINDOW_OPEN_REMEMBER);
}

/* A new practice in a file the person chooses; the window starts its setup. */
static void
opl_window_new_practice_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);

  opl_compat_save_file_async (GTK_WINDOW (self), _("New Practice"), _("_Create"),
                              /* Translators: the file name a new practice is offered */
                              _("praktijk.db"), NULL, self->cancellable, on_new_file_chosen_cb,
                              g_object_ref (self));
}

static void
opl_window_open_demo_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  OplWindow *self = OPL_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!opl_window_open_demo (self, &error))
    {
      /* Translators: %s is the reason, as the database reported it */
      g_autofree char *message = g_strdup_printf (_("Could not open the demo practice: %s"), error->message);

      opl_window_show_toast (self, message);
      return;
    }

  opl_window_show_toast (self, _("The demo practice is open; your own practice is untouched"));
}

/* Built when asked for: GtkApplication would build it for every window before its
 * first frame if it were at gtk/help-overlay.ui (docs/performance.md). */
static void
opl_window_show_shortcuts_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/opl-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
opl_window_constructed (GObject *object)
{
  OplWindow *self = (OplWindow *)object;

  G_OBJECT_CLASS (opl_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::lock-after-minutes",
                               G_CALLBACK (on_lock_after_changed_cb), self, G_CONNECT_SWAPPED);
      on_lock_after_changed_cb (self);
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }

  if (self->store != NULL)
    {
      g_autoptr(OplStore) store = g_steal_pointer (&self->store);

      opl_window_set_store (self, store);
    }
}

static void
opl_window_dispose (GObject *object)
{
  OplWindow *self = (OplWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->present_dialog_id, g_source_remove);
  g_clear_handle_id (&self->daily_backup_id, g_source_remove);
  clear_undo (self);
  if (self->error_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_WINDOW);
  self->welcome = self->setup = self->profiles = self->workspace = NULL;

  g_clear_pointer (&self->dismissals, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (opl_store_get_database (self->store), self);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->idle_monitor);

  G_OBJECT_CLASS (opl_window_parent_class)->dispose (object);
}

static void
opl_window_finalize (GObject *object)
{
  OplWindow *self = (OplWindow *)object;

  g_clear_pointer (&self->error_description, g_free);
  g_clear_pointer (&self->start_profile, g_free);

  G_OBJECT_CLASS (opl_window_parent_class)->finalize (object);
}

static void
opl_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OplWindow *self = OPL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_PROFILE:
      g_value_set_string (value, self->start_profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OplWindow *self = OPL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      /* The pages are made in constructed(), through opl_window_set_store(). */
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_PROFILE:
      self->start_profile = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_window_class_init (OplWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_window_constructed;
  object_class->dispose = opl_window_dispose;
  object_class->finalize = opl_window_finalize;
  object_class->get_property = opl_window_get_property;
  object_class->set_property = opl_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * OplWindow:profile:
   *
   * The profile (an id, a role or a name) whose dashboard the window starts on,
   * instead of the last one or the profile chooser; the chooser is then not built.
   */
  properties[PROP_PROFILE] =
    g_param_spec_string ("profile", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OplWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OplWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OplWindow, error_status);
  gtk_widget_class_bind_template_child (widget_class, OplWindow, notice_banner);
  gtk_widget_class_bind_template_child (widget_class, OplWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, OplWindow, repair_button);
  gtk_widget_class_bind_template_child (widget_class, OplWindow, restore_button);

  gtk_widget_class_install_action (widget_class, "win.switch-profile", NULL,
                                   opl_window_switch_profile_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL,
                                   opl_window_back_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL,
                                   opl_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.open-other", NULL,
                                   opl_window_open_other_action);
  gtk_widget_class_install_action (widget_class, "win.new-practice", NULL,
                                   opl_window_new_practice_action);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL,
                                   opl_window_open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   opl_window_show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, opl_window_lock_action);
  gtk_widget_class_install_action (widget_class, "win.copy-out", NULL, opl_window_copy_out_action);
  gtk_widget_class_install_action (widget_class, "win.repair", NULL, opl_window_repair_action);
  gtk_widget_class_install_action (widget_class, "win.backups", NULL, opl_window_backups_action);
  gtk_widget_class_install_action (widget_class, "win.merge-copy", NULL, opl_window_merge_copy_action);
  gtk_widget_class_install_action (widget_class, "win.change-passphrase", NULL,
                                   opl_window_change_passphrase_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.switch-profile", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.lock", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0,
                                       "win.back", NULL);
}

static void
opl_window_init (OplWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->dismissals = g_ptr_array_new_with_free_func (destroy_source);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.switch-profile", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.change-passphrase", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-out", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
  add_drop_target (self);
  self->idle_monitor = opl_idle_monitor_new ();
  g_signal_connect_object (self->idle_monitor, "idle", G_CALLBACK (on_idle_cb), self, G_CONNECT_SWAPPED);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/**
 * opl_window_new:
 * @application: (nullable): the application
 * @store: (nullable): the practice, or %NULL when it could not be opened (then
 *   call opl_window_show_open_error())
 * @settings: (nullable): where window state and the last profile are remembered;
 *   %NULL in an uninstalled build
 */
OplWindow *
opl_window_new (OplApplication *application,
                OplStore       *store,
                GSettings      *settings)
{
  g_return_val_if_fail (application == NULL || OPL_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (OPL_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/**
 * opl_window_get_store:
 *
 * Returns: (transfer none) (nullable): the practice the window shows
 */
OplStore *
opl_window_get_store (OplWindow *self)
{
  g_return_val_if_fail (OPL_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * opl_window_set_store:
 * @store: (nullable): another practice
 *
 * Shows another practice: the pages of the old one are dropped and the window
 * starts over on the new one.
 */
void
opl_window_set_store (OplWindow *self,
                      OplStore  *store)
{
  g_return_if_fail (OPL_IS_WINDOW (self));
  g_return_if_fail (store == NULL || OPL_IS_STORE (store));

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (opl_store_get_database (self->store), self);
    }

  clear_undo (self);
  show_page (self, "error");
  remove_page (self, &self->workspace);
  remove_page (self, &self->profiles);
  remove_page (self, &self->setup);
  remove_page (self, &self->welcome);

  g_set_object (&self->store, store);
  if (store == NULL)
    return;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  g_signal_connect_object (opl_store_get_database (store), "check-failed",
                           G_CALLBACK (on_check_failed_cb), self, G_CONNECT_SWAPPED);

  update_notice (self);
  schedule_daily_backup (self);
  show_start_page (self);
}

/**
 * opl_window_show_open_error:
 * @path: (nullable): the file that could not be opened
 * @error: (nullable): why
 *
 * Shows why the practice could not be opened, in the window and in a dialog on
 * top of it, with a way to open another file. The file itself is left alone.
 */
void
opl_window_show_open_error (OplWindow    *self,
                            const char   *path,
                            const GError *error)
{
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget *dialog;

  g_return_if_fail (OPL_IS_WINDOW (self));

  if (error != NULL)
    {
      message = g_strdup (error->message);
    }
  else if (path != NULL)
    {
      /* Translators: %s is a file name */
      message = g_strdup_printf (_("“%s” could not be opened"), path);
    }
  else
    {
      message = g_strdup (_("The practice database could not be opened"));
    }

  g_message ("Could not open %s: %s", path != NULL ? path : "the practice", message);

  g_free (self->error_description);
  self->error_description = g_strdup_printf ("%s\n\n%s", message, _("The file was not changed."));

  escaped = g_markup_escape_text (self->error_description, -1);
  /* Set here, not in the template: GTK loads an icon as soon as its widget is styled,
   * and this big one is an SVG, which would load librsvg at every start. */
  adw_status_page_set_icon_name (self->error_status, "dialog-warning-symbolic");
  adw_status_page_set_description (self->error_status, escaped);
  opl_window_set_store (self, NULL);
  show_page (self, "error");

  if (self->error_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could not open the practice"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), self->error_description);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "open", _("_Open Another Practice…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_error_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);

  self->error_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->error_dialog);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (dialog));
  else
    g_signal_connect (self, "map", G_CALLBACK (on_map_present_error_dialog_cb), NULL);
}

static void
on_unlocked_cb (OplWindow *self,
                OplPerson *person)
{
  opl_window_open_profile (self, opl_person_get_id (person));
}

/* A profile with a passphrase opens from the chooser once it is given. */
static void
ask_passphrase (OplWindow *self,
                OplPerson *person)
{
  GtkWidget *dialog;

  if (g_strcmp0 (get_visible_page (self), "profiles") != 0)
    show_profiles (self);

  dialog = opl_unlock_dialog_new (self->store, person);
  g_signal_connect_object (dialog, "unlocked", G_CALLBACK (on_unlocked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* An aios is told once per computer that a passphrase seals their private drafts. */
static void
suggest_passphrase (OplWindow *self,
                    OplPerson *person)
{
  const char *person_id = opl_person_get_id (person);
  g_auto(GStrv) suggested = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) now_suggested = NULL;
  AdwToast *toast;

  if (self->settings == NULL || opl_person_get_role (person) != OPL_ROLE_AIOS ||
      opl_store_has_passphrase (self->store, person_id))
    return;

  suggested = g_settings_get_strv (self->settings, "suggested-passphrase");
  if (g_strv_contains ((const char * const *) suggested, person_id))
    return;

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) suggested);
  g_strv_builder_add (builder, person_id);
  now_suggested = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "suggested-passphrase", (const char * const *) now_suggested);

  toast = adw_toast_new (_("A passphrase keeps your private drafts from others on this computer"));
  adw_toast_set_button_label (toast, _("Set _Passphrase…"));
  adw_toast_set_action_name (toast, "win.change-passphrase");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* For the tests: the idle lock after @seconds instead of the settings' minutes. */
void
opl_window_set_lock_after (OplWindow *self,
                           guint      seconds)
{
  g_return_if_fail (OPL_IS_WINDOW (self));

  opl_idle_monitor_set_timeout (self->idle_monitor, seconds);
}

/**
 * opl_window_open_profile:
 * @person_id: the id of a person of the practice
 *
 * Opens the person's dashboard, and remembers them for the next start. A profile
 * with a passphrase asks for it first (the chooser stays behind the dialog).
 */
void
opl_window_open_profile (OplWindow  *self,
                         const char *person_id)
{
  OplPerson *person;

  g_return_if_fail (OPL_IS_WINDOW (self));
  g_return_if_fail (person_id != NULL);

  if (self->store == NULL || !opl_store_has_practice (self->store))
    return;

  person = opl_store_find_profile (self->store, person_id);
  if (person == NULL)
    {
      g_autofree char *title = NULL;

      /* Translators: %s is the id given on the command line */
      title = g_strdup_printf (_("There is no profile “%s” in this practice"), person_id);
      show_profiles (self);
      opl_window_show_toast (self, title);
      return;
    }

  if (opl_store_has_passphrase (self->store, opl_person_get_id (person)) &&
      !opl_store_is_unlocked (self->store, opl_person_get_id (person)))
    {
      ask_passphrase (self, person);
      return;
    }

  opl_store_set_actor (self->store, opl_person_get_id (person));
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-profile", opl_person_get_id (person));

  remove_page (self, &self->workspace);
  self->workspace = opl_workspace_new (self->store, person);
  gtk_stack_add_named (self->stack, self->workspace, "workspace");
  show_page (self, "workspace");
  opl_idle_monitor_reset (self->idle_monitor);
  suggest_passphrase (self, person);
}

void
opl_window_show_toast (OplWindow  *self,
                       const char *title)
{
  g_return_if_fail (OPL_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/**
 * opl_window_show_undo_toast:
 * @title: what was done, as the toast says it
 * @undo: takes it back
 * @destroy: (nullable): frees @user_data
 *
 * Shows a toast with an “Undo” button (the win.undo action, also Ctrl+Z) that calls
 * @undo once. A newer undo toast replaces this one, and its undo with it.
 */
void
opl_window_show_undo_toast (OplWindow      *self,
                            const char     *title,
                            OplUndoFunc     undo,
                            gpointer        user_data,
                            GDestroyNotify  destroy)
{
  AdwToast *toast;

  g_return_if_fail (OPL_IS_WINDOW (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (undo != NULL);

  clear_undo (self);

  toast = adw_toast_new (title);
  /* Its timer starts now: under the sanitizers, laying the pages out again after the
   * change can take longer than its five seconds (OPL_DEBUG=toasts-stay, README). */
  if (opl_debug_has ("toasts-stay"))
    adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb),
                           self, G_CONNECT_SWAPPED);

  self->undo_toast = g_object_ref (toast);
  self->undo_toast_shown = g_get_monotonic_time ();
  self->undo_func = undo;
  self->undo_data = user_data;
  self->undo_destroy = destroy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", TRUE);

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * opl_window_show_toast_for:
 * @widget: a widget in an #OplWindow, or not yet in any window
 *
 * Shows a toast in @widget's window, if it has one.
 */
void
opl_window_show_toast_for (GtkWidget  *widget,
                           const char *title)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (OPL_IS_WINDOW (root))
    opl_window_show_toast (OPL_WINDOW (root), title);
  else
    g_debug ("No window to show “%s” in", title);
}

/**
 * opl_window_show_undo_toast_for:
 * @widget: a widget in an #OplWindow, or not yet in any window
 *
 * Like opl_window_show_undo_toast(), in @widget's window. Without a window there is
 * no undo, and @user_data is freed at once.
 */
void
opl_window_show_undo_toast_for (GtkWidget      *widget,
                                const char     *title,
                                OplUndoFunc     undo,
                                gpointer        user_data,
                                GDestroyNotify  destroy)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (OPL_IS_WINDOW (root))
    {
      opl_window_show_undo_toast (OPL_WINDOW (root), title, undo, user_data, destroy);
    }
  else if (destroy != NULL)
    {
      destroy (user_data);
    }
}

AdwToast *
opl_window_get_undo_toast (OplWindow *self)
{
  g_return_val_if_fail (OPL_IS_WINDOW (self), NULL);

  return self->undo_toast;
}

/**
 * opl_window_open_practice:
 * @path: a practice database
 * @flags: whether to remember it for the next start, and whether to create it
 *
 * Opens another practice in the window. A file that can't be opened is left alone
 * and the error page says why.
 *
 * Returns: whether the practice is open
 */
gboolean
opl_window_open_practice (OplWindow          *self,
                          const char         *path,
                          OplWindowOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;

  g_return_val_if_fail (OPL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* An existing practice only, unless asked: a typo must not leave an empty database
   * behind. */
  /* A damaged file opens read-only, with the way back above every page (issue 17). */
  database = opl_database_open (path, ((flags & OPL_WINDOW_OPEN_CREATE) ? OPL_DATABASE_OPEN_CREATE
                                                                        : OPL_DATABASE_OPEN_DEFAULT) |
                                      OPL_DATABASE_OPEN_DAMAGED_READ_ONLY,
                                &error);
  if (database != NULL)
    {
      store = opl_store_new (database);
      if (!opl_store_load (store, &error))
        g_clear_object (&store);
    }

  if (store == NULL)
    {
      opl_window_show_open_error (self, path, error);
      return FALSE;
    }

  if (self->error_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));

  if (self->settings != NULL && (flags & OPL_WINDOW_OPEN_REMEMBER))
    g_settings_set_string (self->settings, "database-path", path);

  opl_store_start_monitoring (store, 1000);
  opl_window_set_store (self, store);
  return TRUE;
}

/**
 * opl_window_open_database:
 * @path: an existing practice database
 *
 * Opens another practice in the window, and remembers it for the next start.
 *
 * Returns: whether the practice is open
 */
gboolean
opl_window_open_database (OplWindow  *self,
                          const char *path)
{
  return opl_window_open_practice (self, path, OPL_WINDOW_OPEN_REMEMBER);
}

/**
 * opl_window_get_demo_path:
 *
 * Returns: (transfer full): the demo practice's own file, beside the user's data and
 *   never the practice they work in
 */
char *
opl_window_get_demo_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "opleidingspraktijk", "demo.db", NULL);
}

/**
 * opl_window_open_demo:
 *
 * Opens the demo practice in a file of its own, made the first time, without
 * remembering it: the next start opens the user's own practice again.
 *
 * Returns: whether the demo is open
 */
gboolean
opl_window_open_demo (OplWindow  *self,
                      GError    **error)
{
  g_autofree char *path = opl_window_get_demo_path ();
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  GDate today;

  g_return_val_if_fail (OPL_IS_WINDOW (self), FALSE);

  database = opl_database_open (path, OPL_DATABASE_OPEN_CREATE, error);
  if (database == NULL)
    return FALSE;

  store = opl_store_new (database);
  opl_date_set_today (&today);
  if (!opl_store_load (store, error) ||
      (!opl_store_has_practice (store) && !opl_demo_populate (store, &today, error)))
    return FALSE;

  g_clear_object (&store);
  g_clear_object (&database);
  return opl_window_open_practice (self, path, 0);
}

const char *
opl_window_get_visible_page (OplWindow *self)
{
  g_return_val_if_fail (OPL_IS_WINDOW (self), NULL);

  return get_visible_page (self);
}

/**
 * opl_window_get_page:
 * @name: "error", "welcome", "setup", "profiles" or "workspace"
 *
 * Returns: (transfer none) (nullable): the page
 */
GtkWidget *
opl_window_get_page (OplWindow  *self,
                     const char *name)
{
  g_return_val_if_fail (OPL_IS_WINDOW (self), NULL);

  return ensure_page (self, name);
}

const char *
opl_window_get_error_description (OplWindow *self)
{
  g_return_val_if_fail (OPL_IS_WINDOW (self), NULL);

  return self->error_description;
}

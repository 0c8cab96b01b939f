/* opl-application.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-application"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-application.h"
#include "opl-cli.h"
#include "opl-database.h"
#include "opl-debug.h"
#include "opl-window.h"

struct _OplApplication
{
  AdwApplication  parent_instance;

  /* Owned references */
  GSettings      *settings;
  char           *database_path;
  char           *profile_id;
};

G_DEFINE_FINAL_TYPE (OplApplication, opl_application, ADW_TYPE_APPLICATION)

/* The window's options (--database, --profile), before any window exists (design.md
 * §8): main () has run any command-line mode already and loads this module only when
 * the arguments ask for the window (src/main.c); a mistake in them gets one line on
 * stderr and exit status 2. */
static gboolean
opl_application_local_command_line (GApplication   *application,
                                    char         ***arguments,
                                    int            *exit_status)
{
  OplApplication *self = OPL_APPLICATION (application);
  g_auto(OplCliOptions) options = { 0 };
  g_autoptr(GError) error = NULL;

  if (!opl_cli_options_parse (&options, arguments, &error))
    {
      g_printerr ("opleidingspraktijk: %s\n", error->message);
      *exit_status = OPL_EXIT_USAGE;
      return TRUE;
    }

  if (self->settings == NULL)
    self->settings = opl_cli_settings_new ();
  self->database_path = opl_cli_database_path (self->settings, options.database);

  self->profile_id = g_steal_pointer (&options.profile);

  /* Another database than the remembered one gets its own instance. */
  if (options.database != NULL)
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("opleidingspraktijk: %s\n", error->message);
      *exit_status = OPL_EXIT_FAILURE;
      return TRUE;
    }

  g_application_activate (application);
  *exit_status = OPL_EXIT_OK;
  return TRUE;
}

static void
opl_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
opl_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  OplApplication *self = OPL_APPLICATION (user_data);
  const char *developers[] = { _("The Opleidingspraktijk authors"), NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", "Opleidingspraktijk",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Opleidingspraktijk authors"),
                         "developers", developers,
                         "comments", _("The practice’s own companion for the huisartsopleiding: "
                                       "what is due today, this week and this quarter, for "
                                       "opleider and aios."),
                         "website", "https://github.com/opleidingspraktijk/opleidingspraktijk",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", opl_application_quit_action },
  { "about", opl_application_about_action },
};

/* The Style preference (the color-scheme key): the system's style, or light or dark. */
static void
apply_color_scheme (GSettings *settings)
{
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

/**
 * opl_application_follow_color_scheme:
 * @settings: the app's settings
 *
 * Applies the Style preference (the `color-scheme` key) to the whole app, now and
 * whenever it changes: the system's style, or always light or dark.
 */
void
opl_application_follow_color_scheme (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  apply_color_scheme (settings);
  g_signal_connect (settings, "changed::color-scheme", G_CALLBACK (apply_color_scheme), NULL);
}

static void
opl_application_startup (GApplication *application)
{
  OplApplication *self = OPL_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (opl_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);

  if (self->settings == NULL)
    self->settings = opl_cli_settings_new ();
  if (self->settings != NULL)
    opl_application_follow_color_scheme (self->settings);
}

static void
opl_application_activate (GApplication *application)
{
  OplApplication *self = OPL_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  opl_debug_mark ("activate");
  if (self->database_path == NULL)
    self->database_path = opl_cli_database_path (self->settings, NULL);

  /* The quick_check, whose time grows with the years in the file, runs beside the
   * first frame instead of before it (docs/performance.md); the file is never written
   * to before it passed, and the window says so when it fails. */
  database = opl_database_open (self->database_path,
                                OPL_DATABASE_OPEN_CREATE | OPL_DATABASE_OPEN_CHECK_LATER |
                                OPL_DATABASE_OPEN_DAMAGED_READ_ONLY,
                                &error);
  if (database != NULL)
    {
      opl_debug_mark ("database");
      store = opl_store_new (database);
      if (!opl_store_load (store, &error))
        g_clear_object (&store);
      opl_debug_mark ("store");
    }

  window = g_object_new (OPL_TYPE_WINDOW,
                         "application", self,
                         "store", store,
                         "settings", self->settings,
                         "profile", self->profile_id,
                         NULL);
  opl_debug_watch_first_frame (window);
  opl_debug_mark ("window");
  if (store == NULL)
    opl_window_show_open_error (OPL_WINDOW (window), self->database_path, error);
  else
    opl_store_start_monitoring (store, 1000);

  gtk_window_present (window);
  opl_debug_mark ("present");
}

static void
opl_application_dispose (GObject *object)
{
  OplApplication *self = (OplApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (opl_application_parent_class)->dispose (object);
}

static void
opl_application_finalize (GObject *object)
{
  OplApplication *self = (OplApplication *)object;

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->profile_id, g_free);

  G_OBJECT_CLASS (opl_application_parent_class)->finalize (object);
}

static void
opl_application_class_init (OplApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = opl_application_dispose;
  object_class->finalize = opl_application_finalize;

  app_class->local_command_line = opl_application_local_command_line;
  app_class->startup = opl_application_startup;
  app_class->activate = opl_application_activate;
}

static void
opl_application_init (OplApplication *self)
{
}

OplApplication *
opl_application_new (void)
{
  return g_object_new (OPL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * opl_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings, or %NULL when the schema is not installed
 */
GSettings *
opl_application_get_settings (OplApplication *self)
{
  g_return_val_if_fail (OPL_IS_APPLICATION (self), NULL);

  return self->settings;
}

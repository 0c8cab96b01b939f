/* opl-preferences-window.c: the practice's preferences: its institute (a shipped
 * profile or one loaded from a file) and the form definitions it offers (the shipped
 * ones and an institute's own files).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are the practice's, kept in its database, so every PC that opens it shows the
 * same (opl-store-institute.h). The core validates a file completely and refuses a
 * malformed one with a message that names the file and the problem; that message is
 * shown as it is. The window follows the store: what another PC changes shows here.
 */

#define G_LOG_DOMAIN "opl-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-compat.h"
#include "opl-dialogs.h"
#include "opl-export-mail.h"
#include "opl-preferences-window.h"
#include "opl-store-institute.h"

struct _OplPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *mail_group;
  AdwComboRow          *institute_row;
  GtkStringList        *institute_names;
  AdwActionRow         *institute_details_row;
  GtkListBox           *definitions_list;
  AdwEntryRow          *address_row;
  AdwComboRow          *lock_row;
  AdwComboRow          *style_row;
  AdwActionRow         *backup_place_row;

  /* Owned references */
  OplStore             *store;
  GSettings            *settings;     /* (nullable) */
  GCancellable         *cancellable;
  char                 *last_message;
  GPtrArray            *institutes;    /* OplInstitute, in the order of institute_names */

  /* Borrowed references */
  AdwMessageDialog     *error_dialog;
  AdwMessageDialog     *confirm_dialog;

  guint                 refill_id;
  gboolean              filling;
};

G_DEFINE_FINAL_TYPE (OplPreferencesWindow, opl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_toast (OplPreferencesWindow *self,
            const char           *title)
{
  g_free (self->last_message);
  self->last_message = g_strdup (title);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
}

static void
on_error_dialog_response_cb (OplPreferencesWindow *self)
{
  self->error_dialog = NULL;
}

/* Shows what the core said, as it said it. */
static void
show_error (OplPreferencesWindow *self,
            const char           *heading,
            const GError         *error)
{
  GtkWidget *dialog;

  g_debug ("%s: %s", heading, error->message);
  g_free (self->last_message);
  self->last_message = g_strdup (error->message);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_error_dialog_response_cb), self, G_CONNECT_SWAPPED);
  self->error_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- The institute ------------------------------------------------------------- */

static void
fill_institutes (OplPreferencesWindow *self)
{
  g_autoptr(OplInstitute) chosen = NULL;
  g_autoptr(GPtrArray) institutes = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *details = NULL;
  guint selected = GTK_INVALID_LIST_POSITION;

  institutes = opl_store_list_institutes (self->store, &error);
  if (institutes == NULL)
    {
      g_debug ("Reading the institutes failed: %s", error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->institute_row), FALSE);
      adw_action_row_set_subtitle (self->institute_details_row, error->message);
      return;
    }

  /* A practice whose profile cannot be read (an id this app does not know) says why,
   * and can choose another. */
  chosen = opl_store_load_institute (self->store, &error);
  for (guint i = 0; i < institutes->len; i++)
    {
      OplInstitute *institute = g_ptr_array_index (institutes, i);

      g_strv_builder_add (builder, opl_institute_get_name (institute));
      if (chosen != NULL && g_str_equal (opl_institute_get_id (institute), opl_institute_get_id (chosen)))
        selected = i;
    }
  names = g_strv_builder_end (builder);

  self->filling = TRUE;
  g_clear_pointer (&self->institutes, g_ptr_array_unref);
  self->institutes = g_steal_pointer (&institutes);
  gtk_string_list_splice (self->institute_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->institute_names)),
                          (const char * const *) names);
  adw_combo_row_set_selected (self->institute_row, selected);
  self->filling = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->institute_row), TRUE);
  if (chosen == NULL)
    {
      adw_action_row_set_subtitle (self->institute_details_row, error->message);
      return;
    }

  details = opl_institute_is_shipped (chosen)
    /* Translators: the chosen institute profile: its version and where it comes from */
    ? g_strdup_printf (_("Version %d · comes with the app"), opl_institute_get_version (chosen))
    /* Translators: the chosen institute profile: its version and where it comes from */
    : g_strdup_printf (_("Version %d · loaded into the practice"), opl_institute_get_version (chosen));
  adw_action_row_set_subtitle (self->institute_details_row, details);
}

/* Says where mail goes when no address is entered: the institute's secretariat. */
static void
fill_mail (OplPreferencesWindow *self)
{
  g_autofree char *placeholder = NULL;
  g_autofree char *institute = opl_export_mail_get_institute_address (self->store, &placeholder);
  g_autofree char *description = NULL;

  if (institute != NULL)
    /* Translators: %s is the institute's mail address */
    description = g_strdup_printf (_("The Export view’s Mail button opens a new mail with the bundle attached, to "
                                     "the institute’s secretariat: %s. Enter an address here only to mail "
                                     "somewhere else."), institute);
  else if (placeholder != NULL)
    /* Translators: %s is the stand-in address in the institute profile */
    description = g_strdup_printf (_("The institute profile gives only a stand-in address (%s). Enter the "
                                     "secretariat’s real address to mail bundles from the Export view."),
                                   placeholder);
  else
    description = g_strdup (_("Enter the secretariat’s address to mail bundles from the Export view."));

  adw_preferences_group_set_description (self->mail_group, description);
}

static void
on_institute_selected_cb (OplPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->institute_row);
  g_autoptr(OplInstitute) chosen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  OplInstitute *institute;

  if (self->filling || self->institutes == NULL || selected >= self->institutes->len)
    return;

  institute = g_ptr_array_index (self->institutes, selected);
  chosen = opl_store_load_institute (self->store, NULL);
  if (chosen != NULL && g_str_equal (opl_institute_get_id (chosen), opl_institute_get_id (institute)))
    return;

  if (!opl_store_set_institute (self->store, opl_institute_get_id (institute), &error))
    {
      show_error (self, _("Institute Not Chosen"), error);
      fill_institutes (self);
      return;
    }

  /* Translators: a toast: the practice's institute is now the one named */
  message = g_strdup_printf (_("The practice’s institute is “%s”"), opl_institute_get_name (institute));
  show_toast (self, message);
}

/**
 * opl_preferences_window_load_institute:
 *
 * Loads an institute profile into the practice and chooses it, as the Load button
 * of the Institute group does after the chooser. A refused file is left alone and a
 * dialog says why, in the core's words.
 *
 * Returns: whether the profile was loaded
 */
gboolean
opl_preferences_window_load_institute (OplPreferencesWindow *self,
                                       GFile                *file)
{
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OPL_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  institute = opl_store_add_institute_file (self->store, file, &error);
  if (institute == NULL)
    {
      show_error (self, _("Institute Profile Not Loaded"), error);
      return FALSE;
    }

  fill_institutes (self);
  /* Translators: a toast: an institute profile was loaded: its name and version */
  message = g_strdup_printf (_("Loaded “%s”, version %d"), opl_institute_get_name (institute),
                             opl_institute_get_version (institute));
  show_toast (self, message);
  return TRUE;
}

/* ---- The form definitions ------------------------------------------------------ */

static int
compare_definitions (gconstpointer a,
                     gconstpointer b)
{
  OplFormDefinition *da = *(OplFormDefinition **) a;
  OplFormDefinition *db = *(OplFormDefinition **) b;
  int cmp = (int) opl_form_definition_get_kind (da) - (int) opl_form_definition_get_kind (db);

  if (cmp == 0)
    cmp = g_strcmp0 (opl_form_definition_get_id (da), opl_form_definition_get_id (db));
  if (cmp == 0)
    cmp = opl_form_definition_get_version (db) - opl_form_definition_get_version (da);
  return cmp;
}

static char *
definition_key (OplFormDefinition *definition)
{
  /* Translators: a definition's id and version: “combel, version 2” */
  return g_strdup_printf (_("%s, version %d"), opl_form_definition_get_id (definition),
                          opl_form_definition_get_version (definition));
}

static void on_remove_clicked_cb (GtkButton            *button,
                                  OplPreferencesWindow *self);

static GtkWidget *
make_remove_button (OplPreferencesWindow *self,
                    OplFormDefinition    *definition)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: what the remove button of a definition does, for a screen reader:
   * “Remove “ComBel van het instituut”, version 2 from the offer” */
  g_autofree char *label = g_strdup_printf (_("Remove “%s”, version %d from the offer"),
                                            opl_form_definition_get_title (definition),
                                            opl_form_definition_get_version (definition));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove From the Offer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "opl-definition", g_object_ref (definition), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  return button;
}

static GtkWidget *
make_definition_row (OplPreferencesWindow        *self,
                     OplFormDefinition           *definition,
                     const OplPracticeDefinition *offered,
                     gboolean                     current)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *key = definition_key (definition);
  g_autofree char *from = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  g_strv_builder_add (parts, key);
  if (offered != NULL)
    {
      /* Translators: where a definition the practice loaded came from: its file name */
      from = g_strdup_printf (_("from %s"), offered->file_name);
      g_strv_builder_add (parts, from);
    }
  else
    {
      g_strv_builder_add (parts, _("shipped with the app"));
    }
  if (!opl_form_definition_is_official (definition))
    g_strv_builder_add (parts, _("editable, not the official item text"));
  strv = g_strv_builder_end (parts);
  subtitle = g_strjoinv (" · ", strv);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), opl_form_definition_get_title (definition));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);

  if (current)
    {
      GtkWidget *pill = gtk_label_new (C_("form definition", "In use"));

      gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (pill, _("Used for new forms of its kind"));
      gtk_widget_add_css_class (pill, "opl-pill");
      gtk_widget_add_css_class (pill, "accent");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
    }

  if (offered != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_remove_button (self, definition));

  return row;
}

static const OplPracticeDefinition *
find_offered (GPtrArray         *offered,
              OplFormDefinition *definition)
{
  for (guint i = 0; offered != NULL && i < offered->len; i++)
    {
      const OplPracticeDefinition *item = g_ptr_array_index (offered, i);

      if (g_str_equal (opl_form_definition_get_id (item->definition), opl_form_definition_get_id (definition)) &&
          opl_form_definition_get_version (item->definition) == opl_form_definition_get_version (definition))
        return item;
    }

  return NULL;
}

static void
fill_definitions (OplPreferencesWindow *self)
{
  OplFormRegistry *registry = opl_store_get_form_registry (self->store);
  g_autoptr(GPtrArray) definitions = opl_form_registry_list (registry, -1);
  g_autoptr(GPtrArray) offered = NULL;
  g_autoptr(GError) error = NULL;

  offered = opl_store_list_practice_definitions (self->store, &error);
  if (offered == NULL)
    g_warning ("Could not read the practice’s form definitions: %s", error->message);

  opl_compat_list_box_remove_all (self->definitions_list);
  g_ptr_array_sort (definitions, compare_definitions);
  for (guint i = 0; i < definitions->len; i++)
    {
      OplFormDefinition *definition = g_ptr_array_index (definitions, i);
      OplFormKind kind = opl_form_definition_get_kind (definition);
      gboolean current = opl_form_registry_get_current (registry, kind) == definition;

      gtk_list_box_append (self->definitions_list,
                           make_definition_row (self, definition, find_offered (offered, definition), current));
    }
}

/* The secretariat's address: stored when it reads as an address (or is emptied). */
static void
on_address_row_apply_cb (OplPreferencesWindow *self)
{
  g_autofree char *address = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_row))));
  g_autofree char *message = NULL;

  if (*address != '\0' && !opl_export_mail_address_is_valid (address))
    {
      /* Translators: %s is what was typed as a mail address */
      message = g_strdup_printf (_("“%s” is not a mail address"), address);
      gtk_widget_add_css_class (GTK_WIDGET (self->address_row), "error");
      show_toast (self, message);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->address_row), "error");
  if (self->settings == NULL)
    {
      show_toast (self, _("The address cannot be kept: the app’s settings are not installed"));
      return;
    }

  g_settings_set_string (self->settings, OPL_EXPORT_MAIL_ADDRESS_KEY, address);
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), address);
  show_toast (self, *address != '\0' ? _("Address saved") : _("Address removed"));
}

static void
fill (OplPreferencesWindow *self)
{
  g_clear_handle_id (&self->refill_id, g_source_remove);
  fill_institutes (self);
  fill_mail (self);
  fill_definitions (self);
}

static void
on_refill_idle_cb (gpointer user_data)
{
  OplPreferencesWindow *self = user_data;

  self->refill_id = 0;
  fill (self);
}

/* The practice changed (here or on another PC): show it once the main loop is idle,
 * not inside the signal of the row that caused it. */
static void
on_store_changed_cb (OplPreferencesWindow *self)
{
  if (self->refill_id == 0)
    self->refill_id = g_idle_add_once (on_refill_idle_cb, self);
}

/**
 * opl_preferences_window_load_definition:
 *
 * Loads an institute's definition file into the practice, as the Load button of the
 * Form Definitions group does after the chooser. A refused file is left alone and a
 * dialog says why, in the core's words.
 *
 * Returns: whether the file was loaded
 */
gboolean
opl_preferences_window_load_definition (OplPreferencesWindow *self,
                                        GFile                *file)
{
  g_autoptr(OplFormDefinition) definition = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OPL_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  definition = opl_store_add_form_definition_file (self->store, file, &error);
  if (definition == NULL)
    {
      show_error (self, _("Definition Not Loaded"), error);
      return FALSE;
    }

  fill_definitions (self);
  /* Translators: a definition was loaded: its title and version: “Loaded “ComBel”, version 2” */
  message = g_strdup_printf (_("Loaded “%s”, version %d"), opl_form_definition_get_title (definition),
                             opl_form_definition_get_version (definition));
  show_toast (self, message);
  return TRUE;
}

static void
on_confirm_response_cb (AdwMessageDialog     *dialog,
                        const char           *response,
                        OplPreferencesWindow *self)
{
  OplFormDefinition *definition = g_object_get_data (G_OBJECT (dialog), "opl-definition");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  self->confirm_dialog = NULL;
  if (!g_str_equal (response, "remove") || self->store == NULL)
    return;

  if (!opl_store_remove_form_definition (self->store, opl_form_definition_get_id (definition),
                                         opl_form_definition_get_version (definition), &error))
    {
      show_error (self, _("Definition Not Removed"), error);
      return;
    }

  fill_definitions (self);
  /* Translators: a toast: a definition is no longer offered: its title and version */
  message = g_strdup_printf (_("Removed “%s”, version %d"), opl_form_definition_get_title (definition),
                             opl_form_definition_get_version (definition));
  show_toast (self, message);
}

static void
on_remove_clicked_cb (GtkButton            *button,
                      OplPreferencesWindow *self)
{
  OplFormDefinition *definition = g_object_get_data (G_OBJECT (button), "opl-definition");
  GtkWidget *dialog;

  dialog = opl_dialogs_new_destructive (GTK_WINDOW (self), _("Remove Definition?"), NULL,
                                        "remove", _("_Remove"));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: the body of the confirmation; a title and a version */
                                  _("New forms will no longer be filled against “%s”, version %d, on any PC "
                                    "of the practice. Forms already filled in with it keep it."),
                                  opl_form_definition_get_title (definition),
                                  opl_form_definition_get_version (definition));
  g_object_set_data_full (G_OBJECT (dialog), "opl-definition", g_object_ref (definition), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  self->confirm_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Choosing files ------------------------------------------------------------ */

static void
on_definition_chosen_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(OplPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = opl_compat_choose_file_finish (result, &error);

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Choosing a definition file failed: %s", error->message);
      return;
    }

  if (self->store != NULL)
    opl_preferences_window_load_definition (self, file);
}

static void
on_institute_chosen_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(OplPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = opl_compat_choose_file_finish (result, &error);

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Choosing an institute profile failed: %s", error->message);
      return;
    }

  if (self->store != NULL)
    opl_preferences_window_load_institute (self, file);
}

static GtkFileFilter *
json_filter (const char *name)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  return filter;
}

static void
opl_preferences_window_load_definition_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  OplPreferencesWindow *self = OPL_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = json_filter (_("Form Definitions"));

  opl_compat_choose_file_filtered_async (GTK_WINDOW (self), _("Load a Form Definition"), _("_Load"), filter,
                                         self->cancellable, on_definition_chosen_cb, g_object_ref (self));
}

static void
opl_preferences_window_load_institute_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  OplPreferencesWindow *self = OPL_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = json_filter (_("Institute Profiles"));

  opl_compat_choose_file_filtered_async (GTK_WINDOW (self), _("Load an Institute Profile"), _("_Load"), filter,
                                         self->cancellable, on_institute_chosen_cb, g_object_ref (self));
}

/* The second place for backups (a USB stick, a folder of the practice): GSettings. */
static void
show_backup_place (OplPreferencesWindow *self)
{
  g_autofree char *place = self->settings != NULL ? g_settings_get_string (self->settings, "backup-second-folder")
                                                  : NULL;
  gboolean set = place != NULL && *place != '\0';

  adw_action_row_set_subtitle (self->backup_place_row,
                               set ? place : _("None: the daily backups are kept on this computer only"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.clear-backup-place", set);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.choose-backup-place", self->settings != NULL);
}

static void
on_backup_place_chosen_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(OplPreferencesWindow) self = user_data;
  g_autoptr(GFile) folder = opl_compat_choose_file_finish (result, NULL);
  g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

  if (path == NULL || self->settings == NULL)
    return;

  g_settings_set_string (self->settings, "backup-second-folder", path);
  show_backup_place (self);
}

static void
opl_preferences_window_choose_backup_place_action (GtkWidget  *widget,
                                                   const char *action_name,
                                                   GVariant   *parameter)
{
  OplPreferencesWindow *self = OPL_PREFERENCES_WINDOW (widget);

  opl_compat_choose_folder_async (GTK_WINDOW (self), _("Second Place for Backups"), _("_Choose"), self->cancellable,
                                  on_backup_place_chosen_cb, g_object_ref (self));
}

static void
opl_preferences_window_clear_backup_place_action (GtkWidget  *widget,
                                                  const char *action_name,
                                                  GVariant   *parameter)
{
  OplPreferencesWindow *self = OPL_PREFERENCES_WINDOW (widget);

  if (self->settings != NULL)
    g_settings_reset (self->settings, "backup-second-folder");
  show_backup_place (self);
}

/* The choices of the Style row, as the color-scheme key has them. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static void
on_style_selected_cb (OplPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->style_row);

  if (self->settings != NULL && selected < G_N_ELEMENTS (color_schemes))
    g_settings_set_string (self->settings, "color-scheme", color_schemes[selected]);
}

static void
show_style (OplPreferencesWindow *self)
{
  g_autofree char *scheme = self->settings != NULL ? g_settings_get_string (self->settings, "color-scheme") : NULL;
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    if (g_strcmp0 (scheme, color_schemes[i]) == 0)
      selected = i;

  adw_combo_row_set_selected (self->style_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->style_row), self->settings != NULL);
  g_signal_connect_swapped (self->style_row, "notify::selected", G_CALLBACK (on_style_selected_cb), self);
}

/* The choices of the Lock After row, in minutes (0 never). */
static const guint lock_minutes[] = { 0, 5, 10, 15, 30, 60 };

static void
on_lock_selected_cb (OplPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->lock_row);

  if (self->settings != NULL && selected < G_N_ELEMENTS (lock_minutes))
    g_settings_set_uint (self->settings, "lock-after-minutes", lock_minutes[selected]);
}

static void
show_lock_after (OplPreferencesWindow *self)
{
  guint minutes = self->settings != NULL ? g_settings_get_uint (self->settings, "lock-after-minutes") : 10;
  guint selected = 0;

  /* A value set elsewhere (gsettings) shows as the nearest choice that is not longer. */
  for (guint i = 0; i < G_N_ELEMENTS (lock_minutes); i++)
    if (lock_minutes[i] <= minutes && (minutes == 0) == (lock_minutes[i] == 0))
      selected = i;

  adw_combo_row_set_selected (self->lock_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->lock_row), self->settings != NULL);
  g_signal_connect_swapped (self->lock_row, "notify::selected", G_CALLBACK (on_lock_selected_cb), self);
}

static void
opl_preferences_window_dispose (GObject *object)
{
  OplPreferencesWindow *self = (OplPreferencesWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refill_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_PREFERENCES_WINDOW);
  self->error_dialog = NULL;
  self->confirm_dialog = NULL;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->institutes, g_ptr_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (opl_preferences_window_parent_class)->dispose (object);
}

static void
opl_preferences_window_finalize (GObject *object)
{
  OplPreferencesWindow *self = (OplPreferencesWindow *)object;

  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (opl_preferences_window_parent_class)->finalize (object);
}

static void
opl_preferences_window_class_init (OplPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_preferences_window_dispose;
  object_class->finalize = opl_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, mail_group);
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, institute_row);
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, institute_names);
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, institute_details_row);
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, definitions_list);
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, address_row);
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, lock_row);
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, backup_place_row);
  gtk_widget_class_install_action (widget_class, "preferences.choose-backup-place", NULL,
                                   opl_preferences_window_choose_backup_place_action);
  gtk_widget_class_install_action (widget_class, "preferences.clear-backup-place", NULL,
                                   opl_preferences_window_clear_backup_place_action);
  gtk_widget_class_bind_template_callback (widget_class, on_address_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "preferences.load-definition", NULL,
                                   opl_preferences_window_load_definition_action);
  gtk_widget_class_install_action (widget_class, "preferences.load-institute", NULL,
                                   opl_preferences_window_load_institute_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "preferences.load-definition", NULL);
}

static void
opl_preferences_window_init (OplPreferencesWindow *self)
{
  g_autofree char *address = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  g_signal_connect_swapped (self->institute_row, "notify::selected", G_CALLBACK (on_institute_selected_cb), self);

  self->settings = opl_export_mail_create_settings ();
  address = opl_export_mail_get_address (self->settings);
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), address);
  gtk_widget_set_sensitive (GTK_WIDGET (self->address_row), self->settings != NULL);
  show_lock_after (self);
  show_style (self);
  show_backup_place (self);
}

GtkWidget *
opl_preferences_window_new (OplStore *store)
{
  OplPreferencesWindow *self;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);

  self = g_object_new (OPL_TYPE_PREFERENCES_WINDOW, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  fill (self);
  return GTK_WIDGET (self);
}

/**
 * opl_preferences_window_get_definitions:
 *
 * Returns: (transfer none): the list of form definitions, a row each
 */
GtkListBox *
opl_preferences_window_get_definitions (OplPreferencesWindow *self)
{
  return self->definitions_list;
}

/**
 * opl_preferences_window_get_institute_row:
 *
 * Returns: (transfer none): the row that chooses the practice's institute
 */
AdwComboRow *
opl_preferences_window_get_institute_row (OplPreferencesWindow *self)
{
  return self->institute_row;
}

/**
 * opl_preferences_window_get_institute_details:
 *
 * Returns: what the window says of the chosen institute profile
 */
const char *
opl_preferences_window_get_institute_details (OplPreferencesWindow *self)
{
  return adw_action_row_get_subtitle (self->institute_details_row);
}

AdwMessageDialog *
opl_preferences_window_get_error_dialog (OplPreferencesWindow *self)
{
  return self->error_dialog;
}

/**
 * opl_preferences_window_get_confirm_dialog:
 *
 * Returns: (transfer none) (nullable): the open question whether to remove a
 *   definition from the offer
 */
AdwMessageDialog *
opl_preferences_window_get_confirm_dialog (OplPreferencesWindow *self)
{
  return self->confirm_dialog;
}

const char *
opl_preferences_window_get_last_message (OplPreferencesWindow *self)
{
  return self->last_message;
}

AdwEntryRow *
opl_preferences_window_get_address_row (OplPreferencesWindow *self)
{
  return self->address_row;
}

/**
 * opl_preferences_window_get_style_row:
 *
 * Returns: (transfer none): the row that chooses light, dark or the system's style
 */
AdwComboRow *
opl_preferences_window_get_style_row (OplPreferencesWindow *self)
{
  g_return_val_if_fail (OPL_IS_PREFERENCES_WINDOW (self), NULL);

  return self->style_row;
}

/**
 * opl_preferences_window_get_lock_row:
 *
 * Returns: (transfer none): the row that chooses when a profile locks itself
 */
AdwComboRow *
opl_preferences_window_get_lock_row (OplPreferencesWindow *self)
{
  return self->lock_row;
}

/* opl-preferences-window.c: the practice's preferences: for now, the form
 * definitions, and loading an institute's own definition file.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The core validates a file completely and refuses a malformed one with a message
 * that names the file and the problem; that message is shown as it is.
 */

#define G_LOG_DOMAIN "opl-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-compat.h"
#include "opl-form-library.h"
#include "opl-preferences-window.h"

struct _OplPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  GtkListBox           *definitions_list;

  /* Owned references */
  OplStore             *store;
  GCancellable         *cancellable;
  char                 *last_message;

  /* Borrowed references */
  AdwMessageDialog     *error_dialog;
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

static void
fill (OplPreferencesWindow *self)
{
  OplFormRegistry *registry = opl_form_library_get_registry (self->store);
  g_autoptr(GPtrArray) definitions = opl_form_registry_list (registry, -1);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->definitions_list))) != NULL)
    gtk_list_box_remove (self->definitions_list, child);

  g_ptr_array_sort (definitions, compare_definitions);
  for (guint i = 0; i < definitions->len; i++)
    {
      OplFormDefinition *definition = g_ptr_array_index (definitions, i);
      OplFormKind kind = opl_form_definition_get_kind (definition);
      gboolean current = opl_form_registry_get_current (registry, kind) == definition;
      gboolean institute = opl_form_library_is_institute (self->store, definition);
      g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;
      g_autofree char *version = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: a definition's id and version: “combel, version 2” */
      version = g_strdup_printf (_("%s, version %d"), opl_form_definition_get_id (definition),
                                 opl_form_definition_get_version (definition));
      g_strv_builder_add (parts, version);
      g_strv_builder_add (parts, institute ? _("from the institute") : _("shipped with the app"));
      if (!opl_form_definition_is_official (definition))
        g_strv_builder_add (parts, _("editable, not the official item text"));
      strv = g_strv_builder_end (parts);
      subtitle = g_strjoinv (" · ", strv);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), opl_form_definition_get_title (definition));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup (version), g_free);

      if (current)
        {
          GtkWidget *pill = gtk_label_new (C_("form definition", "In use"));

          gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (pill, _("Used for new forms of its kind"));
          gtk_widget_add_css_class (pill, "opl-pill");
          gtk_widget_add_css_class (pill, "accent");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
        }

      gtk_list_box_append (self->definitions_list, row);
    }
}

static void
on_error_dialog_response_cb (OplPreferencesWindow *self)
{
  self->error_dialog = NULL;
}

/**
 * opl_preferences_window_load_definition:
 *
 * Loads an institute's definition file, as the Load button does after the chooser.
 * A refused file is left alone and a dialog says why, in the core's words.
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
  GtkWidget *dialog;

  g_return_val_if_fail (OPL_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  definition = opl_form_library_add_file (self->store, file, &error);
  if (definition == NULL)
    {
      g_debug ("Loading a form definition failed: %s", error->message);
      g_free (self->last_message);
      self->last_message = g_strdup (error->message);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Definition Not Loaded"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_error_dialog_response_cb), self,
                               G_CONNECT_SWAPPED);
      self->error_dialog = ADW_MESSAGE_DIALOG (dialog);
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  fill (self);
  /* Translators: a definition was loaded: its title and version: “Loaded “ComBel”, version 2” */
  message = g_strdup_printf (_("Loaded “%s”, version %d"), opl_form_definition_get_title (definition),
                             opl_form_definition_get_version (definition));
  show_toast (self, message);
  return TRUE;
}

static void
on_file_chosen_cb (GObject      *object,
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
opl_preferences_window_load_definition_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  OplPreferencesWindow *self = OPL_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Form Definitions"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  opl_compat_choose_file_filtered_async (GTK_WINDOW (self), _("Load a Form Definition"), _("_Load"), filter,
                                         self->cancellable, on_file_chosen_cb, g_object_ref (self));
}

static void
opl_preferences_window_dispose (GObject *object)
{
  OplPreferencesWindow *self = (OplPreferencesWindow *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_PREFERENCES_WINDOW);
  self->error_dialog = NULL;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

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
  gtk_widget_class_bind_template_child (widget_class, OplPreferencesWindow, definitions_list);

  gtk_widget_class_install_action (widget_class, "preferences.load-definition", NULL,
                                   opl_preferences_window_load_definition_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "preferences.load-definition", NULL);
}

static void
opl_preferences_window_init (OplPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
opl_preferences_window_new (OplStore *store)
{
  OplPreferencesWindow *self;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);

  self = g_object_new (OPL_TYPE_PREFERENCES_WINDOW, NULL);
  self->store = g_object_ref (store);
  fill (self);
  return GTK_WIDGET (self);
}

GtkListBox *
opl_preferences_window_get_definitions (OplPreferencesWindow *self)
{
  return self->definitions_list;
}

AdwMessageDialog *
opl_preferences_window_get_error_dialog (OplPreferencesWindow *self)
{
  return self->error_dialog;
}

const char *
opl_preferences_window_get_last_message (OplPreferencesWindow *self)
{
  return self->last_message;
}

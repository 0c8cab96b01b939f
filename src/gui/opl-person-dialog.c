/* opl-person-dialog.c: a person of the practice, new or renamed: name, role, and for
 * an opleider the year they began.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The role of a person who is already there changes per opleidingsjaar in the Praktijk
 * view (seed 002: the hoofdopleider and the plaatsvervangend opleider swap), not here.
 *
 * A save over a person changed on another PC since the dialog opened is refused by the
 * store, and the person chooses to keep editing, to reload the other version or to
 * save theirs over it (issue 17).
 */

#define G_LOG_DOMAIN "opl-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-dialogs.h"
#include "opl-person-dialog-private.h"
#include "opl-store-practice.h"
#include "opl-window.h"

struct _OplPersonDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  AdwEntryRow    *name_row;
  AdwComboRow    *role_row;
  AdwActionRow   *since_row;
  GtkSpinButton  *since_spin;
  GtkLabel       *message_label;

  /* Owned references */
  OplStore       *store;
  OplPerson      *person;    /* (nullable): none for a new person */
  GtkWidget      *origin;

  /* Borrowed references */
  AdwMessageDialog *conflict_dialog;

  GtkWidget      *marked;
};

G_DEFINE_FINAL_TYPE (OplPersonDialog, opl_person_dialog, ADW_TYPE_WINDOW)

/* The roles to choose from, in the order of the combo row. */
static const OplRole roles[] = {
  OPL_ROLE_AIOS,
  OPL_ROLE_HOOFDOPLEIDER,
  OPL_ROLE_DUO_OPLEIDER,
  OPL_ROLE_PLAATSVERVANGEND_OPLEIDER,
  OPL_ROLE_COASSISTENT,
};

static OplRole
get_role (OplPersonDialog *self)
{
  if (self->person != NULL)
    return opl_person_get_role (self->person);

  return roles[MIN (adw_combo_row_get_selected (self->role_row), G_N_ELEMENTS (roles) - 1)];
}

static void
clear_problem (OplPersonDialog *self)
{
  opl_dialogs_clear_problem (self->message_label, self->marked);
  self->marked = NULL;
}

static void
on_field_changed_cb (OplPersonDialog *self)
{
  clear_problem (self);
}

static void
on_role_changed_cb (OplPersonDialog *self)
{
  clear_problem (self);
  gtk_widget_set_visible (GTK_WIDGET (self->since_row), opl_role_is_opleider (get_role (self)));
}

static GtkWidget *
field_for (OplPersonDialog *self,
           const GError    *error)
{
  if (g_error_matches (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_ROLE))
    return GTK_WIDGET (self->role_row);
  if (g_error_matches (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_YEAR))
    return GTK_WIDGET (self->since_row);
  return GTK_WIDGET (self->name_row);
}

/* Shows the name and the year an opleider began of @person. */
static void
show_person (OplPersonDialog *self,
             OplPerson       *person)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), opl_person_get_name (person));
  if (opl_person_get_opleider_since (person) > 0)
    gtk_spin_button_set_value (self->since_spin, opl_person_get_opleider_since (person));
}

/* Takes the person as stored now (another PC's version), dropping what was typed. */
static void
reload (OplPersonDialog *self)
{
  OplPerson *current;

  /* The store reads the people again when another process changed the file. */
  opl_store_poll (self->store);
  current = opl_store_lookup_person (self->store, opl_person_get_id (self->person));
  if (current == NULL)
    {
      opl_dialogs_show_problem (self->message_label, NULL, _("This person no longer exists"));
      return;
    }

  g_set_object (&self->person, current);
  show_person (self, current);
  clear_problem (self);
}

static void save (OplPersonDialog *self,
                  gboolean         overwrite);

static void
on_changed_elsewhere_cb (gpointer         owner,
                         OplChangedChoice choice)
{
  OplPersonDialog *self = OPL_PERSON_DIALOG (owner);

  self->conflict_dialog = NULL;
  if (choice == OPL_CHANGED_RELOAD)
    reload (self);
  else if (choice == OPL_CHANGED_SAVE_MINE)
    save (self, TRUE);
}

/* Saves what the fields say; @overwrite: over a version changed elsewhere. */
static void
save (OplPersonDialog *self,
      gboolean         overwrite)
{
  g_autoptr(OplPerson) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  OplRole role = get_role (self);
  int since = opl_role_is_opleider (role) ? gtk_spin_button_get_value_as_int (self->since_spin) : 0;
  gboolean ok;

  clear_problem (self);
  if (self->person != NULL)
    {
      if (overwrite)
        ok = opl_store_overwrite_person (self->store, self->person, name, since, &error);
      else
        ok = opl_store_update_person (self->store, self->person, name, since, &error);
      /* Translators: %s is the person's name */
      done = g_strdup_printf (_("%s saved"), name);
    }
  else
    {
      added = opl_store_add_practice_person (self->store, name, role, since, &error);
      ok = added != NULL;
      /* Translators: %s is the person's name */
      done = g_strdup_printf (_("%s added to the practice"), name);
    }

  if (!ok && g_error_matches (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED))
    {
      if (self->conflict_dialog == NULL)
        self->conflict_dialog = opl_dialogs_ask_changed_elsewhere (GTK_WINDOW (self), self, error->message,
                                                                   on_changed_elsewhere_cb);
      return;
    }

  if (!ok)
    {
      self->marked = field_for (self, error);
      opl_dialogs_show_problem (self->message_label, self->marked, error->message);
      return;
    }

  opl_window_show_toast_for (self->origin, done);
  /* Save Mine answers a dialog transient for this window: close once it has gone. */
  if (overwrite)
    opl_dialogs_close_later (GTK_WINDOW (self));
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
opl_person_dialog_save_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  save (OPL_PERSON_DIALOG (widget), FALSE);
}

static void
opl_person_dialog_dispose (GObject *object)
{
  OplPersonDialog *self = (OplPersonDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_PERSON_DIALOG);
  self->conflict_dialog = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->origin);

  G_OBJECT_CLASS (opl_person_dialog_parent_class)->dispose (object);
}

static void
opl_person_dialog_class_init (OplPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_person_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplPersonDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OplPersonDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, OplPersonDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, OplPersonDialog, since_row);
  gtk_widget_class_bind_template_child (widget_class, OplPersonDialog, since_spin);
  gtk_widget_class_bind_template_child (widget_class, OplPersonDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_role_changed_cb);

  gtk_widget_class_install_action (widget_class, "person.save", NULL, opl_person_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "person.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "person.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_person_dialog_init (OplPersonDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (labels, opl_role_get_label (roles[i]));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (labels));
}

/**
 * opl_person_dialog_new:
 * @person: (nullable): the person to rename, or %NULL to add one
 * @origin: the view that opens it: its window shows the toast
 * @today: for a new opleider, the opleidingsjaar they begin in
 */
GtkWidget *
opl_person_dialog_new (OplStore    *store,
                       OplPerson   *person,
                       GtkWidget   *origin,
                       const GDate *today)
{
  OplPersonDialog *self;
  const char *title;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (person == NULL || OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (origin), NULL);

  self = g_object_new (OPL_TYPE_PERSON_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->person = person != NULL ? g_object_ref (person) : NULL;
  self->origin = g_object_ref (origin);

  gtk_spin_button_set_value (self->since_spin, opl_store_get_current_year (store, today));
  if (person != NULL)
    {
      show_person (self, person);
      gtk_widget_set_visible (GTK_WIDGET (self->role_row), FALSE);
    }
  on_role_changed_cb (self);

  title = person != NULL ? _("Edit Person") : _("New Person");
  adw_window_title_set_title (self->window_title, title);
  if (person != NULL)
    adw_window_title_set_subtitle (self->window_title, opl_person_get_role_label (person));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return GTK_WIDGET (self);
}

/* For the tests */

AdwEntryRow *
opl_person_dialog_get_name_row (OplPersonDialog *self)
{
  return self->name_row;
}

AdwComboRow *
opl_person_dialog_get_role_row (OplPersonDialog *self)
{
  return self->role_row;
}

GtkSpinButton *
opl_person_dialog_get_since_spin (OplPersonDialog *self)
{
  return self->since_spin;
}

GtkLabel *
opl_person_dialog_get_message_label (OplPersonDialog *self)
{
  return self->message_label;
}

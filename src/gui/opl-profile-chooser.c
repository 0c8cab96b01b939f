/* opl-profile-chooser.c: a large avatar per person, like GNOME's login screen.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-profile-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-profile-chooser-private.h"
#include "opl-store-privacy.h"

struct _OplProfileChooser
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkLabel       *title_label;
  GtkFlowBox     *flow_box;

  /* Owned references */
  OplStore       *store;
};

G_DEFINE_FINAL_TYPE (OplProfileChooser, opl_profile_chooser, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

enum {
  SIGNAL_PROFILE_CHOSEN,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkWidget *
create_profile_widget (gpointer item,
                       gpointer user_data)
{
  OplProfileChooser *self = user_data;
  OplPerson *person = OPL_PERSON (item);
  gboolean locked = opl_store_has_passphrase (self->store, opl_person_get_id (person));
  GtkWidget *child, *box, *avatar, *name, *role_box, *role;
  g_autofree char *accessible = NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);

  avatar = adw_avatar_new (96, opl_person_get_name (person), TRUE);
  gtk_widget_set_margin_bottom (avatar, 6);
  gtk_box_append (GTK_BOX (box), avatar);

  name = gtk_label_new (opl_person_get_name (person));
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_justify (GTK_LABEL (name), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 14);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (box), name);

  role_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_halign (role_box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (role_box, "dim-label");
  role = gtk_label_new (opl_person_get_role_label (person));
  gtk_widget_add_css_class (role, "caption");
  gtk_box_append (GTK_BOX (role_box), role);
  /* A profile with a passphrase asks for it when chosen. */
  if (locked)
    {
      GtkWidget *lock = gtk_image_new_from_icon_name ("system-lock-screen-symbolic");

      gtk_image_set_pixel_size (GTK_IMAGE (lock), 12);
      gtk_widget_set_tooltip_text (lock, _("Locked with a passphrase"));
      gtk_box_append (GTK_BOX (role_box), lock);
    }
  gtk_box_append (GTK_BOX (box), role_box);

  child = gtk_flow_box_child_new ();
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  gtk_widget_add_css_class (child, "profile");
  g_object_set_data_full (G_OBJECT (child), "opl-person", g_object_ref (person), g_object_unref);

  if (locked)
    /* Translators: how a screen reader names a profile with a passphrase: the person's
     * name, then the role */
    accessible = g_strdup_printf (_("%s, %s, locked"), opl_person_get_name (person),
                                  opl_person_get_role_label (person));
  else
    /* Translators: how a screen reader names a profile: the person's name, then the role */
    accessible = g_strdup_printf (_("%s, %s"), opl_person_get_name (person),
                                  opl_person_get_role_label (person));
  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_set_tooltip_text (child, accessible);

  return child;
}

static void
update_title (OplProfileChooser *self)
{
  const char *name = opl_store_get_practice_name (self->store);

  gtk_label_set_label (self->title_label, name != NULL ? name : "");
}

static void
on_store_changed_cb (OplProfileChooser *self)
{
  update_title (self);
}

static void
on_flow_box_child_activated_cb (OplProfileChooser *self,
                                GtkFlowBoxChild   *child)
{
  OplPerson *person = g_object_get_data (G_OBJECT (child), "opl-person");

  g_assert (OPL_IS_PERSON (person));
  g_signal_emit (self, signals[SIGNAL_PROFILE_CHOSEN], 0, person);
}

static void
opl_profile_chooser_constructed (GObject *object)
{
  OplProfileChooser *self = (OplProfileChooser *)object;

  G_OBJECT_CLASS (opl_profile_chooser_parent_class)->constructed (object);

  g_assert (OPL_IS_STORE (self->store));

  gtk_flow_box_bind_model (self->flow_box, opl_store_get_people (self->store),
                           create_profile_widget, self, NULL);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  update_title (self);
}

static void
opl_profile_chooser_dispose (GObject *object)
{
  OplProfileChooser *self = (OplProfileChooser *)object;

  if (self->flow_box != NULL)
    gtk_flow_box_bind_model (self->flow_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_PROFILE_CHOOSER);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (opl_profile_chooser_parent_class)->dispose (object);
}

static void
opl_profile_chooser_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OplProfileChooser *self = OPL_PROFILE_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_profile_chooser_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OplProfileChooser *self = OPL_PROFILE_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_profile_chooser_class_init (OplProfileChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_profile_chooser_constructed;
  object_class->dispose = opl_profile_chooser_dispose;
  object_class->get_property = opl_profile_chooser_get_property;
  object_class->set_property = opl_profile_chooser_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OplProfileChooser::profile-chosen:
   * @person: the person whose profile was chosen
   */
  signals[SIGNAL_PROFILE_CHOSEN] =
    g_signal_new ("profile-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPL_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-profile-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, OplProfileChooser, title_label);
  gtk_widget_class_bind_template_child (widget_class, OplProfileChooser, flow_box);
  gtk_widget_class_bind_template_callback (widget_class, on_flow_box_child_activated_cb);
}

static void
opl_profile_chooser_init (OplProfileChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_profile_chooser_new (OplStore *store)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);

  return g_object_new (OPL_TYPE_PROFILE_CHOOSER, "store", store, NULL);
}

OplStore *
opl_profile_chooser_get_store (OplProfileChooser *self)
{
  g_return_val_if_fail (OPL_IS_PROFILE_CHOOSER (self), NULL);

  return self->store;
}

GtkFlowBox *
opl_profile_chooser_get_flow_box (OplProfileChooser *self)
{
  g_return_val_if_fail (OPL_IS_PROFILE_CHOOSER (self), NULL);

  return self->flow_box;
}

const char *
opl_profile_chooser_get_title (OplProfileChooser *self)
{
  g_return_val_if_fail (OPL_IS_PROFILE_CHOOSER (self), NULL);

  return gtk_label_get_label (self->title_label);
}

/* opl-welcome-page.c: the first page of an empty practice database.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-welcome-page.h"

struct _OplWelcomePage
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwStatusPage  *status_page;
  GtkLabel       *error_label;

  /* Owned references */
  OplStore       *store;
};

G_DEFINE_FINAL_TYPE (OplWelcomePage, opl_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

enum {
  SIGNAL_CREATE_PRACTICE,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (OplWelcomePage *self,
            const char     *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
opl_welcome_page_create_practice_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  OplWelcomePage *self = OPL_WELCOME_PAGE (widget);

  show_error (self, NULL);
  g_signal_emit (self, signals[SIGNAL_CREATE_PRACTICE], 0);
}

/* The demo opens in a file of its own (opl_window_open_demo()), never in the practice
 * this page would set up. */
static void
opl_welcome_page_open_demo_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  show_error (OPL_WELCOME_PAGE (widget), NULL);
  if (!gtk_widget_activate_action (widget, "win.open-demo", NULL))
    show_error (OPL_WELCOME_PAGE (widget), _("The demo practice opens in a window of the app"));
}

static void
opl_welcome_page_dispose (GObject *object)
{
  OplWelcomePage *self = (OplWelcomePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_WELCOME_PAGE);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (opl_welcome_page_parent_class)->dispose (object);
}

static void
opl_welcome_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OplWelcomePage *self = OPL_WELCOME_PAGE (object);

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
opl_welcome_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OplWelcomePage *self = OPL_WELCOME_PAGE (object);

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
opl_welcome_page_class_init (OplWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_welcome_page_dispose;
  object_class->get_property = opl_welcome_page_get_property;
  object_class->set_property = opl_welcome_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OplWelcomePage::create-practice:
   *
   * The user wants to enter their own practice.
   */
  signals[SIGNAL_CREATE_PRACTICE] =
    g_signal_new ("create-practice",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, OplWelcomePage, error_label);

  gtk_widget_class_install_action (widget_class, "welcome.create-practice", NULL,
                                   opl_welcome_page_create_practice_action);
  gtk_widget_class_install_action (widget_class, "welcome.open-demo", NULL,
                                   opl_welcome_page_open_demo_action);
}

static void
opl_welcome_page_init (OplWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_status_page_set_icon_name (self->status_page, APP_ID);
}

GtkWidget *
opl_welcome_page_new (OplStore *store)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);

  return g_object_new (OPL_TYPE_WELCOME_PAGE, "store", store, NULL);
}

OplStore *
opl_welcome_page_get_store (OplWelcomePage *self)
{
  g_return_val_if_fail (OPL_IS_WELCOME_PAGE (self), NULL);

  return self->store;
}

/**
 * opl_welcome_page_get_error_message:
 *
 * Returns: (nullable): the message shown when the demo could not be created
 */
const char *
opl_welcome_page_get_error_message (OplWelcomePage *self)
{
  g_return_val_if_fail (OPL_IS_WELCOME_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_label (self->error_label);
}

/* opl-date-button.c: a day, chosen from a calendar in a popover.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date-button.h"
#include "opl-date.h"
#include "opl-format.h"

struct _OplDateButton
{
  AdwBin         parent_instance;

  /* Template widgets */
  GtkMenuButton *menu_button;
  GtkCalendar   *calendar;

  GDate          date;
  char          *accessible_label;
  gboolean       syncing;
  gboolean       compact;
};

G_DEFINE_FINAL_TYPE (OplDateButton, opl_date_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
update_label (OplDateButton *self)
{
  g_autofree char *text = opl_format_date (&self->date);
  g_autofree char *accessible = NULL;

  if (self->compact)
    {
      gtk_menu_button_set_icon_name (self->menu_button, "x-office-calendar-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), text);
    }
  else
    {
      gtk_menu_button_set_label (self->menu_button, text);
    }
  if (self->accessible_label != NULL)
    {
      /* Translators: a date button's name for a screen reader: “Date: 22 November 2026” */
      accessible = g_strdup_printf (_("%s: %s"), self->accessible_label, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }
}

static void
on_calendar_day_selected_cb (OplDateButton *self)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;

  if (self->syncing)
    return;

  date_time = gtk_calendar_get_date (self->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (date_time),
                  g_date_time_get_month (date_time), g_date_time_get_year (date_time));
  opl_date_button_set_date (self, &date);
  gtk_menu_button_popdown (self->menu_button);
}

static void
opl_date_button_dispose (GObject *object)
{
  OplDateButton *self = (OplDateButton *)object;

  /* The menu button is both AdwBin's child and a template child: let AdwBin unparent
   * it first, or both would. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_DATE_BUTTON);

  G_OBJECT_CLASS (opl_date_button_parent_class)->dispose (object);
}

static void
opl_date_button_finalize (GObject *object)
{
  OplDateButton *self = (OplDateButton *)object;

  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (opl_date_button_parent_class)->finalize (object);
}

static void
opl_date_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OplDateButton *self = OPL_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_date_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OplDateButton *self = OPL_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      opl_date_button_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_date_button_class_init (OplDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_date_button_dispose;
  object_class->finalize = opl_date_button_finalize;
  object_class->get_property = opl_date_button_get_property;
  object_class->set_property = opl_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, OplDateButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OplDateButton, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
}

static void
opl_date_button_init (OplDateButton *self)
{
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->date, 1);
  opl_date_set_today (&today);
  opl_date_button_set_date (self, &today);
}

/**
 * opl_date_button_new:
 * @accessible_label: (nullable): what the date is, for a screen reader (“Date”)
 */
GtkWidget *
opl_date_button_new (const char *accessible_label)
{
  OplDateButton *self = g_object_new (OPL_TYPE_DATE_BUTTON, NULL);

  self->accessible_label = g_strdup (accessible_label);
  update_label (self);
  return GTK_WIDGET (self);
}

const GDate *
opl_date_button_get_date (OplDateButton *self)
{
  g_return_val_if_fail (OPL_IS_DATE_BUTTON (self), NULL);

  return &self->date;
}

void
opl_date_button_set_date (OplDateButton *self,
                          const GDate   *date)
{
  g_autoptr(GDateTime) date_time = NULL;

  g_return_if_fail (OPL_IS_DATE_BUTTON (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_date_valid (&self->date) && g_date_compare (&self->date, date) == 0)
    return;

  self->date = *date;
  date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                     g_date_get_day (date), 0, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, date_time);
  self->syncing = FALSE;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * opl_date_button_set_compact:
 *
 * A compact button shows a calendar icon (the date is in its tooltip and accessible
 * name), for a row whose subtitle says the date already.
 */
void
opl_date_button_set_compact (OplDateButton *self,
                             gboolean       compact)
{
  g_return_if_fail (OPL_IS_DATE_BUTTON (self));

  self->compact = compact;
  gtk_menu_button_set_always_show_arrow (self->menu_button, !compact);
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "flat");
  update_label (self);
}

GtkWidget *
opl_date_button_get_menu_button (OplDateButton *self)
{
  g_return_val_if_fail (OPL_IS_DATE_BUTTON (self), NULL);

  return GTK_WIDGET (self->menu_button);
}

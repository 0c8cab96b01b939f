/* opl-practice-setup-page.c: the form that creates a practice in an empty database.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-practice-setup-page"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-practice-setup-page-private.h"
#include "opl-date.h"
#include "opl-dialogs.h"
#include "opl-format.h"
#include "opl-practice-setup.h"

struct _OplPracticeSetupPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwEntryRow    *practice_row;
  AdwEntryRow    *hoofdopleider_row;
  AdwEntryRow    *duo_opleider_row;
  AdwEntryRow    *aios_row;
  GtkMenuButton  *start_button;
  GtkCalendar    *start_calendar;
  AdwComboRow    *phase_row;
  GtkSpinButton  *parttime_spin;
  GtkLabel       *error_label;
  AdwActionRow   *parttime_row;

  /* Owned references */
  OplStore       *store;

  GDate           start;
};

G_DEFINE_FINAL_TYPE (OplPracticeSetupPage, opl_practice_setup_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

enum {
  SIGNAL_BACK,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_filled (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text != NULL && *text != '\0';
}

static void
show_error (OplPracticeSetupPage *self,
            const char           *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_start_label (OplPracticeSetupPage *self)
{
  g_autofree char *label = opl_format_date (&self->start);
  g_autofree char *accessible = NULL;

  gtk_menu_button_set_label (self->start_button, label);

  /* Translators: how a screen reader names the date button; %s is the date */
  accessible = g_strdup_printf (_("Start date: %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/* A blank name (only spaces) is let through on purpose: the core refuses it with a
 * message that says what is wrong, which a greyed-out button can't. */
static void
update_create_action (OplPracticeSetupPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "setup.create",
                                 is_filled (self->practice_row) &&
                                 is_filled (self->hoofdopleider_row));
}

static void
on_entry_changed_cb (OplPracticeSetupPage *self)
{
  update_create_action (self);
}

static void
on_start_calendar_day_selected_cb (OplPracticeSetupPage *self)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (self->start_calendar);

  g_date_set_dmy (&self->start,
                  (GDateDay) g_date_time_get_day_of_month (date_time),
                  (GDateMonth) g_date_time_get_month (date_time),
                  (GDateYear) g_date_time_get_year (date_time));
  update_start_label (self);
  gtk_menu_button_popdown (self->start_button);
}

static void
opl_practice_setup_page_create_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  OplPracticeSetupPage *self = OPL_PRACTICE_SETUP_PAGE (widget);
  g_autoptr(OplPracticeSetup) setup = NULL;
  g_autoptr(GError) error = NULL;
  const char *aios;
  GDate today;

  show_error (self, NULL);
  opl_dialogs_clear_problem (self->error_label, GTK_WIDGET (self->parttime_spin));
  gtk_widget_remove_css_class (GTK_WIDGET (self->parttime_row), "error");
  opl_date_set_today (&today);

  setup = opl_practice_setup_new (gtk_editable_get_text (GTK_EDITABLE (self->practice_row)));
  opl_practice_setup_add_opleider (setup,
                                   gtk_editable_get_text (GTK_EDITABLE (self->hoofdopleider_row)),
                                   OPL_ROLE_HOOFDOPLEIDER);
  if (is_filled (self->duo_opleider_row))
    opl_practice_setup_add_opleider (setup,
                                     gtk_editable_get_text (GTK_EDITABLE (self->duo_opleider_row)),
                                     OPL_ROLE_DUO_OPLEIDER);

  aios = gtk_editable_get_text (GTK_EDITABLE (self->aios_row));
  if (aios != NULL && *aios != '\0')
    {
      OplPhase phase = adw_combo_row_get_selected (self->phase_row) == 1 ? OPL_PHASE_II : OPL_PHASE_I;
      double parttime = gtk_spin_button_get_value (self->parttime_spin) / 100.0;

      /* Refused at the field with the range it takes (issue 19: 30 % is not 50 %). */
      if (!opl_traject_check_parttime (parttime, &error))
        {
          opl_dialogs_show_problem (self->error_label, GTK_WIDGET (self->parttime_spin), error->message);
          gtk_widget_add_css_class (GTK_WIDGET (self->parttime_row), "error");
          return;
        }

      opl_practice_setup_add_aios (setup, aios, phase, &self->start, NULL, parttime);
    }

  /* Nothing is written unless the whole setup passes; the store then writes it in one
   * transaction and emits ::changed, on which the window shows the profiles. */
  if (!opl_practice_setup_finish (setup, &today, &error) ||
      !opl_store_create_practice (self->store, setup, &error))
    {
      g_debug ("Creating the practice failed: %s", error->message);
      show_error (self, error->message);
      return;
    }
}

static void
opl_practice_setup_page_back_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  OplPracticeSetupPage *self = OPL_PRACTICE_SETUP_PAGE (widget);

  show_error (self, NULL);
  g_signal_emit (self, signals[SIGNAL_BACK], 0);
}

/* The form starts at the practice's name. */
static gboolean
opl_practice_setup_page_grab_focus (GtkWidget *widget)
{
  OplPracticeSetupPage *self = OPL_PRACTICE_SETUP_PAGE (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->practice_row));
}

static void
opl_practice_setup_page_dispose (GObject *object)
{
  OplPracticeSetupPage *self = (OplPracticeSetupPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_PRACTICE_SETUP_PAGE);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (opl_practice_setup_page_parent_class)->dispose (object);
}

static void
opl_practice_setup_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OplPracticeSetupPage *self = OPL_PRACTICE_SETUP_PAGE (object);

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
opl_practice_setup_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OplPracticeSetupPage *self = OPL_PRACTICE_SETUP_PAGE (object);

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
opl_practice_setup_page_class_init (OplPracticeSetupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_practice_setup_page_dispose;
  object_class->get_property = opl_practice_setup_page_get_property;
  object_class->set_property = opl_practice_setup_page_set_property;

  widget_class->grab_focus = opl_practice_setup_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OplPracticeSetupPage::back:
   *
   * The user leaves the form without creating the practice.
   */
  signals[SIGNAL_BACK] =
    g_signal_new ("back",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-practice-setup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, practice_row);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, hoofdopleider_row);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, duo_opleider_row);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, aios_row);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, phase_row);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, parttime_spin);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OplPracticeSetupPage, parttime_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "setup.create", NULL,
                                   opl_practice_setup_page_create_action);
  gtk_widget_class_install_action (widget_class, "setup.back", NULL,
                                   opl_practice_setup_page_back_action);
}

static void
opl_practice_setup_page_init (OplPracticeSetupPage *self)
{
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  opl_date_set_today (&today);
  opl_practice_setup_page_set_start_date (self, &today);
  update_create_action (self);
}

GtkWidget *
opl_practice_setup_page_new (OplStore *store)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);

  return g_object_new (OPL_TYPE_PRACTICE_SETUP_PAGE, "store", store, NULL);
}

OplStore *
opl_practice_setup_page_get_store (OplPracticeSetupPage *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP_PAGE (self), NULL);

  return self->store;
}

/**
 * opl_practice_setup_page_get_start_date:
 * @date: (out caller-allocates): where to put the aios's start date
 */
void
opl_practice_setup_page_get_start_date (OplPracticeSetupPage *self,
                                        GDate                *date)
{
  g_return_if_fail (OPL_IS_PRACTICE_SETUP_PAGE (self));
  g_return_if_fail (date != NULL);

  *date = self->start;
}

void
opl_practice_setup_page_set_start_date (OplPracticeSetupPage *self,
                                        const GDate          *date)
{
  g_autoptr(GDateTime) date_time = NULL;

  g_return_if_fail (OPL_IS_PRACTICE_SETUP_PAGE (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->start = *date;
  date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                     g_date_get_day (date), 0, 0, 0);

  /* Selecting the day emits ::day-selected, which closes the (closed) popover. */
  g_signal_handlers_block_by_func (self->start_calendar, on_start_calendar_day_selected_cb, self);
  gtk_calendar_select_day (self->start_calendar, date_time);
  g_signal_handlers_unblock_by_func (self->start_calendar, on_start_calendar_day_selected_cb, self);
  update_start_label (self);
}

/**
 * opl_practice_setup_page_get_error_message:
 *
 * Returns: (nullable): why the practice could not be created, as shown
 */
const char *
opl_practice_setup_page_get_error_message (OplPracticeSetupPage *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_label (self->error_label);
}

GtkEditable *
opl_practice_setup_page_get_practice_entry (OplPracticeSetupPage *self)
{
  return GTK_EDITABLE (self->practice_row);
}

GtkEditable *
opl_practice_setup_page_get_hoofdopleider_entry (OplPracticeSetupPage *self)
{
  return GTK_EDITABLE (self->hoofdopleider_row);
}

GtkEditable *
opl_practice_setup_page_get_duo_opleider_entry (OplPracticeSetupPage *self)
{
  return GTK_EDITABLE (self->duo_opleider_row);
}

GtkEditable *
opl_practice_setup_page_get_aios_entry (OplPracticeSetupPage *self)
{
  return GTK_EDITABLE (self->aios_row);
}

AdwComboRow *
opl_practice_setup_page_get_phase_row (OplPracticeSetupPage *self)
{
  return self->phase_row;
}

GtkSpinButton *
opl_practice_setup_page_get_parttime_spin (OplPracticeSetupPage *self)
{
  return self->parttime_spin;
}

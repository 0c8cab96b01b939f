/* opl-dashboard-page.c: what a person sees first after choosing their profile.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The opleider sees their aios, the aios their traject. Due moments arrive with the
 * schedule engine; until then the "Due this week" group says so plainly.
 */

#define G_LOG_DOMAIN "opl-dashboard-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-dashboard-page-private.h"
#include "opl-date.h"
#include "opl-format.h"

struct _OplDashboardPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  AdwAvatar            *avatar;
  GtkLabel             *greeting_label;
  GtkLabel             *subtitle_label;
  AdwPreferencesGroup  *current_group;
  GtkListBox           *current_list;
  AdwPreferencesGroup  *opleiders_group;
  GtkListBox           *opleiders_list;
  AdwPreferencesGroup  *leave_group;
  GtkListBox           *leave_list;
  AdwPreferencesGroup  *earlier_group;
  GtkListBox           *earlier_list;

  /* Owned references */
  OplStore             *store;
  OplPerson            *person;
};

G_DEFINE_FINAL_TYPE (OplDashboardPage, opl_dashboard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (list, row);
  return row;
}

static void
add_person_row (GtkListBox *list,
                const char *name,
                const char *subtitle)
{
  GtkWidget *row = add_row (list, name, subtitle);
  GtkWidget *avatar = adw_avatar_new (32, name, TRUE);

  /* The row's title already names the person. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
}

static void
add_value_row (GtkListBox *list,
               const char *title,
               const char *value)
{
  GtkWidget *row = add_row (list, title, NULL);
  GtkWidget *label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

static void
add_note_row (GtkListBox *list,
              const char *title,
              const char *subtitle)
{
  GtkWidget *row = add_row (list, title, subtitle);

  gtk_widget_add_css_class (row, "dim-label");
}

static char *
greet (const char *first_name)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int hour = g_date_time_get_hour (now);

  if (hour < 12)
    {
      /* Translators: %s is the person's first name */
      return g_strdup_printf (_("Good morning, %s"), first_name);
    }

  if (hour < 18)
    {
      /* Translators: %s is the person's first name */
      return g_strdup_printf (_("Good afternoon, %s"), first_name);
    }

  /* Translators: %s is the person's first name */
  return g_strdup_printf (_("Good evening, %s"), first_name);
}

static char *
get_first_name (const char *name)
{
  const char *space = strchr (name, ' ');

  return space != NULL ? g_strndup (name, space - name) : g_strdup (name);
}

static gboolean
has_ended (OplTraject  *traject,
           const GDate *today)
{
  const GDate *end = opl_traject_get_end (traject);

  return end != NULL && g_date_compare (end, today) < 0;
}

/* “Fase I · month 5 · started 1 July 2026 · your share 50 % · part time 80 %” */
static char *
describe_traject_for_opleider (OplTraject  *traject,
                               const char  *opleider_id,
                               const GDate *today)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *start = opl_format_date (opl_traject_get_start (traject));
  double share = opl_traject_get_share_of (traject, opleider_id);
  double parttime = opl_traject_get_parttime (traject);

  g_strv_builder_add (parts, opl_format_phase (opl_traject_get_phase (traject)));

  if (has_ended (traject, today))
    {
      g_autofree char *period = opl_format_period (opl_traject_get_start (traject),
                                                   opl_traject_get_end (traject));
      g_strv_builder_add (parts, period);
    }
  else if (opl_traject_is_active (traject, today))
    {
      g_autofree char *month = NULL;
      g_autofree char *started = NULL;

      /* Translators: %d is the month of the traject, counting from 1 */
      month = g_strdup_printf (_("month %d"), opl_traject_get_training_month (traject, today));
      /* Translators: %s is a date */
      started = g_strdup_printf (_("started %s"), start);
      g_strv_builder_add (parts, month);
      g_strv_builder_add (parts, started);
    }
  else
    {
      /* Translators: %s is a date */
      g_autofree char *starts = g_strdup_printf (_("starts %s"), start);

      g_strv_builder_add (parts, starts);
    }

  if (share > 0.0)
    {
      g_autofree char *percent = opl_format_percent (share);
      /* Translators: %s is a percentage, the opleider's share of the guidance */
      g_autofree char *text = g_strdup_printf (_("your share %s"), percent);

      g_strv_builder_add (parts, text);
    }

  if (parttime < 1.0)
    {
      g_autofree char *percent = opl_format_percent (parttime);
      /* Translators: %s is a percentage of a full-time week */
      g_autofree char *text = g_strdup_printf (_("part time %s"), percent);

      g_strv_builder_add (parts, text);
    }

  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

static char *
describe_opleiders (OplTraject *traject)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    g_strv_builder_add (names, opl_traject_get_opleider (traject, i)->name);

  strv = g_strv_builder_end (names);
  return g_strjoinv (", ", strv);
}

static void
show_load_error (OplDashboardPage *self,
                 const GError     *error)
{
  g_debug ("Reading the trajecten failed: %s", error->message);
  add_note_row (self->current_list, _("Could not read the trajecten"), error->message);
}

static void
refresh_opleider (OplDashboardPage *self,
                  const GDate      *today)
{
  const char *person_id = opl_person_get_id (self->person);
  gboolean stands_in = opl_person_get_role (self->person) == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  guint n_current = 0, n_earlier = 0;

  /* A plaatsvervangend opleider has no share of their own but stands in for all. */
  adw_preferences_group_set_title (self->current_group,
                                   stands_in ? _("Aios in the Practice") : _("Your Aios"));
  adw_preferences_group_set_title (self->earlier_group, _("Earlier Aios"));
  gtk_widget_set_visible (GTK_WIDGET (self->opleiders_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_group), FALSE);

  trajecten = opl_store_list_trajecten (self->store, stands_in ? NULL : person_id, &error);
  if (trajecten == NULL)
    {
      show_load_error (self, error);
      gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), FALSE);
      return;
    }

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);
      g_autofree char *subtitle = describe_traject_for_opleider (traject, person_id, today);

      if (has_ended (traject, today))
        {
          add_person_row (self->earlier_list, opl_traject_get_aios_name (traject), subtitle);
          n_earlier++;
        }
      else
        {
          add_person_row (self->current_list, opl_traject_get_aios_name (traject), subtitle);
          n_current++;
        }
    }

  if (n_current == 0)
    add_note_row (self->current_list, _("No aios trains with you now"),
                  _("An aios appears here from the start of their traject."));

  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), n_earlier > 0);
}

static void
fill_current_traject (OplDashboardPage *self,
                      OplTraject       *traject,
                      const GDate      *today)
{
  g_autofree char *start = opl_format_date (opl_traject_get_start (traject));
  double parttime = opl_traject_get_parttime (traject);

  add_value_row (self->current_list, _("Phase"), opl_format_phase (opl_traject_get_phase (traject)));

  if (opl_traject_is_active (traject, today))
    {
      g_autofree char *month = g_strdup_printf ("%d", opl_traject_get_training_month (traject, today));

      add_value_row (self->current_list, _("Month of the traject"), month);
    }

  add_value_row (self->current_list, _("Start date"), start);

  if (opl_traject_get_end (traject) != NULL)
    {
      g_autofree char *end = opl_format_date (opl_traject_get_end (traject));

      add_value_row (self->current_list, _("End date"), end);
    }

  if (parttime < 1.0)
    {
      g_autofree char *percent = opl_format_percent (parttime);

      add_value_row (self->current_list, _("Part time"), percent);
    }
  else
    {
      add_value_row (self->current_list, _("Part time"), _("Full time"));
    }

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, i);
      g_autofree char *percent = opl_format_percent (opleider->share);
      /* Translators: the first %s is a role (Hoofdopleider), the second a percentage */
      g_autofree char *subtitle = g_strdup_printf (_("%s · share %s"),
                                                   opl_role_get_label (opleider->role), percent);

      add_person_row (self->opleiders_list, opleider->name, subtitle);
    }
  if (opl_traject_get_n_opleiders (traject) == 0)
    add_note_row (self->opleiders_list, _("No opleider is linked to this traject"), NULL);

  for (guint i = 0; i < opl_traject_get_n_leaves (traject); i++)
    {
      const OplLeave *leave = opl_traject_get_leave (traject, i);
      g_autofree char *period = opl_format_period (&leave->start, &leave->end);

      add_row (self->leave_list, opl_leave_kind_get_label (leave->kind), period);
    }
  if (opl_traject_get_n_leaves (traject) == 0)
    add_note_row (self->leave_list, _("No leave or interruptions recorded"), NULL);
}

static void
refresh_aios (OplDashboardPage *self,
              const GDate      *today)
{
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplTraject *current = NULL;
  guint n_earlier = 0;

  adw_preferences_group_set_title (self->current_group, _("Your Traject"));
  adw_preferences_group_set_title (self->earlier_group, _("Earlier Trajecten"));

  trajecten = opl_store_list_trajecten (self->store, opl_person_get_id (self->person), &error);
  if (trajecten == NULL)
    {
      show_load_error (self, error);
      gtk_widget_set_visible (GTK_WIDGET (self->opleiders_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->leave_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), FALSE);
      return;
    }

  /* The most recent traject that has not ended is the current one; the store lists
   * the most recent first. */
  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (current == NULL && !has_ended (traject, today))
        {
          current = traject;
        }
      else
        {
          g_autofree char *period = opl_format_period (opl_traject_get_start (traject),
                                                       opl_traject_get_end (traject));
          g_autofree char *opleiders = describe_opleiders (traject);
          g_autofree char *subtitle = NULL;

          subtitle = *opleiders != '\0' ? g_strdup_printf ("%s · %s", period, opleiders)
                                        : g_steal_pointer (&period);
          add_row (self->earlier_list, opl_format_phase (opl_traject_get_phase (traject)), subtitle);
          n_earlier++;
        }
    }

  if (current != NULL)
    fill_current_traject (self, current, today);
  else
    add_note_row (self->current_list, _("No current traject"),
                  _("Your opleider links you to the practice for each phase."));

  gtk_widget_set_visible (GTK_WIDGET (self->opleiders_group), current != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_group), current != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), n_earlier > 0);
}

static void
refresh_header (OplDashboardPage *self)
{
  const char *name = opl_person_get_name (self->person);
  const char *practice = opl_store_get_practice_name (self->store);
  g_autofree char *first = get_first_name (name);
  g_autofree char *greeting = greet (first);
  g_autofree char *subtitle = NULL;

  if (practice != NULL)
    {
      /* Translators: the first %s is a role (Hoofdopleider, Aios), the second the practice */
      subtitle = g_strdup_printf (_("%s · %s"), opl_person_get_role_label (self->person), practice);
    }
  else
    {
      subtitle = g_strdup (opl_person_get_role_label (self->person));
    }

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_label (self->greeting_label, greeting);
  gtk_label_set_label (self->subtitle_label, subtitle);
}

static void
on_store_changed_cb (OplDashboardPage *self)
{
  OplPerson *current = opl_store_lookup_person (self->store, opl_person_get_id (self->person));

  /* The store reloads its people on a change: follow a rename. */
  if (current != NULL)
    g_set_object (&self->person, current);

  opl_dashboard_page_refresh (self);
}

static void
opl_dashboard_page_constructed (GObject *object)
{
  OplDashboardPage *self = (OplDashboardPage *)object;

  G_OBJECT_CLASS (opl_dashboard_page_parent_class)->constructed (object);

  g_assert (OPL_IS_STORE (self->store));
  g_assert (OPL_IS_PERSON (self->person));

  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  opl_dashboard_page_refresh (self);
}

static void
opl_dashboard_page_dispose (GObject *object)
{
  OplDashboardPage *self = (OplDashboardPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_DASHBOARD_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (opl_dashboard_page_parent_class)->dispose (object);
}

static void
opl_dashboard_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OplDashboardPage *self = OPL_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_dashboard_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OplDashboardPage *self = OPL_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_dashboard_page_class_init (OplDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_dashboard_page_constructed;
  object_class->dispose = opl_dashboard_page_dispose;
  object_class->get_property = opl_dashboard_page_get_property;
  object_class->set_property = opl_dashboard_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OPL_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, current_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, current_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, opleiders_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, opleiders_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leave_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, leave_list);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, earlier_group);
  gtk_widget_class_bind_template_child (widget_class, OplDashboardPage, earlier_list);
}

static void
opl_dashboard_page_init (OplDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_dashboard_page_new (OplStore  *store,
                        OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_DASHBOARD_PAGE, "store", store, "person", person, NULL);
}

OplStore *
opl_dashboard_page_get_store (OplDashboardPage *self)
{
  g_return_val_if_fail (OPL_IS_DASHBOARD_PAGE (self), NULL);

  return self->store;
}

OplPerson *
opl_dashboard_page_get_person (OplDashboardPage *self)
{
  g_return_val_if_fail (OPL_IS_DASHBOARD_PAGE (self), NULL);

  return self->person;
}

/**
 * opl_dashboard_page_refresh:
 *
 * Reads the person's trajecten again and rebuilds the page.
 */
void
opl_dashboard_page_refresh (OplDashboardPage *self)
{
  GDate today;

  g_return_if_fail (OPL_IS_DASHBOARD_PAGE (self));

  opl_date_set_today (&today);

  clear_list (self->current_list);
  clear_list (self->opleiders_list);
  clear_list (self->leave_list);
  clear_list (self->earlier_list);

  refresh_header (self);

  if (opl_person_is_opleider (self->person))
    refresh_opleider (self, &today);
  else
    refresh_aios (self, &today);
}

GtkListBox *
opl_dashboard_page_get_current_list (OplDashboardPage *self)
{
  return self->current_list;
}

GtkListBox *
opl_dashboard_page_get_earlier_list (OplDashboardPage *self)
{
  return self->earlier_list;
}

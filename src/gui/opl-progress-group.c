/* opl-progress-group.c: the dashboard's progress: KPB/KVB and diensten of each current
 * aios traject against the training year's pace, and what the rule of supervision at a
 * distance warns about.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The opleider sees each aios they train now; the aios sees their own year. The
 * counts and the pace are the store's (opl_store_get_kpb_pace() and friends). A row
 * leads to the Formulieren view where the entries are made (workspace.show-forms).
 * The group hides itself when there is no current traject.
 */

#define G_LOG_DOMAIN "opl-progress-group"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-compat.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-pace-row.h"
#include "opl-progress-group.h"
#include "opl-store-forms.h"

struct _OplProgressGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkListBox          *progress_list;

  /* Owned references */
  OplStore            *store;
  OplPerson           *person;
  guint                refresh_id;
};

G_DEFINE_FINAL_TYPE (OplProgressGroup, opl_progress_group, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
is_current (OplTraject  *traject,
            const GDate *today)
{
  const GDate *end = opl_traject_get_end (traject);

  return opl_traject_is_active (traject, today) && (end == NULL || g_date_compare (end, today) >= 0);
}

static void
link_to_forms (GtkWidget  *row,
               OplTraject *traject,
               const char *tab)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: an action name without its target would not match the action. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", opl_traject_get_id (traject), tab);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "workspace.show-forms");
}

static void
add_heading (OplProgressGroup *self,
             OplTraject       *traject,
             const GDate      *today)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, opl_traject_get_aios_name (traject), TRUE);
  /* Translators: a phase and the training month (“trainingsmaand”): “Fase I · training month 5” */
  g_autofree char *subtitle = g_strdup_printf (_("%s · training month %d"), opl_format_phase (opl_traject_get_phase (traject)),
                                               opl_schedule_traject_training_month (traject, today));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), opl_traject_get_aios_name (traject));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_state (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "opl-progress-heading");
  gtk_list_box_append (self->progress_list, row);
}

static void
add_pace (OplProgressGroup *self,
          OplTraject       *traject,
          const char       *title,
          const char       *tab,
          gboolean        (*get_pace) (OplStore *, OplTraject *, const GDate *, OplPace *, GError **),
          const GDate      *today)
{
  GtkWidget *row = opl_pace_row_new (title);
  g_autoptr(GError) error = NULL;
  OplPace pace;

  if (get_pace (self->store, traject, today, &pace, &error))
    opl_pace_row_set_pace (OPL_PACE_ROW (row), &pace);
  else
    opl_pace_row_set_problem (OPL_PACE_ROW (row), error->message);

  g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup_printf ("%s:%s", tab, opl_traject_get_id (traject)),
                          g_free);
  link_to_forms (row, traject, tab);
  gtk_list_box_append (self->progress_list, row);
}

/* The warnings of the rule of supervision at a distance (fase II); not the status
 * line, which the Formulieren view shows. */
static void
add_supervision_warnings (OplProgressGroup *self,
                          OplTraject       *traject)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) messages = NULL;
  OplSupervision supervision;

  if (opl_traject_get_phase (traject) != OPL_PHASE_II ||
      !opl_store_get_supervision (self->store, traject, &supervision, &error) ||
      supervision.warnings == OPL_SUPERVISION_WARNING_NONE)
    return;

  messages = opl_supervision_get_messages (&supervision);
  for (guint i = 1; messages[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), messages[i]);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      link_to_forms (row, traject, "diensten");
      gtk_list_box_append (self->progress_list, row);
    }
}

/**
 * opl_progress_group_refresh:
 *
 * Reads the counts again.
 */
void
opl_progress_group_refresh (OplProgressGroup *self)
{
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  gboolean opleider;
  guint n_shown = 0;
  GDate today;

  g_return_if_fail (OPL_IS_PROGRESS_GROUP (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  opl_compat_list_box_remove_all (self->progress_list);
  if (self->store == NULL || self->person == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  opl_date_set_today (&today);
  opleider = opl_person_is_opleider (self->person);
  /* Not every traject of the practice's history: the current ones (docs/performance.md). */
  trajecten = opl_store_list_current_trajecten (self->store, self->person, &today, &error);
  if (trajecten == NULL)
    {
      g_debug ("Reading the trajecten failed: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (!is_current (traject, &today))
        continue;

      if (opleider)
        add_heading (self, traject, &today);
      add_pace (self, traject, _("KPB/KVB"), "kpb", opl_store_get_kpb_pace, &today);
      add_pace (self, traject, _("Diensten"), "diensten", opl_store_get_diensten_pace, &today);
      add_supervision_warnings (self, traject);
      n_shown++;

      /* An aios has one current year. */
      if (!opleider)
        break;
    }

  gtk_widget_set_visible (GTK_WIDGET (self), n_shown > 0);
}

static void
on_refresh_idle_cb (gpointer user_data)
{
  OplProgressGroup *self = user_data;

  self->refresh_id = 0;
  opl_progress_group_refresh (self);
}

static void
on_store_changed_cb (OplProgressGroup *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_once (on_refresh_idle_cb, self);
}

static void
opl_progress_group_dispose (GObject *object)
{
  OplProgressGroup *self = (OplProgressGroup *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_PROGRESS_GROUP);

  g_clear_object (&self->store);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (opl_progress_group_parent_class)->dispose (object);
}

static void
opl_progress_group_class_init (OplProgressGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_progress_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-progress-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OplProgressGroup, progress_list);
}

static void
opl_progress_group_init (OplProgressGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
opl_progress_group_new (OplStore  *store,
                        OplPerson *person)
{
  OplProgressGroup *self = g_object_new (OPL_TYPE_PROGRESS_GROUP, NULL);

  opl_progress_group_set_context (self, store, person);
  return GTK_WIDGET (self);
}

/**
 * opl_progress_group_set_context:
 *
 * Whose progress to show, from which practice; follows the store's changes.
 */
void
opl_progress_group_set_context (OplProgressGroup *self,
                                OplStore         *store,
                                OplPerson        *person)
{
  g_return_if_fail (OPL_IS_PROGRESS_GROUP (self));
  g_return_if_fail (OPL_IS_STORE (store));
  g_return_if_fail (OPL_IS_PERSON (person));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
    }
  g_set_object (&self->person, person);
  opl_progress_group_refresh (self);
}

GtkListBox *
opl_progress_group_get_list (OplProgressGroup *self)
{
  g_return_val_if_fail (OPL_IS_PROGRESS_GROUP (self), NULL);

  return self->progress_list;
}

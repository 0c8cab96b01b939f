/* opl-traject-row.c: a combo row to choose one of an opleider's aios.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The views of one traject (Traject, Leergesprekken) let an opleider choose which of
 * their aios they look at. The row lists the trajecten as “Daan Visser · Fase II” and
 * keeps the choice when the list is made anew after a change to the practice;
 * “traject-id” is notified only when the choice itself changes.
 */

#define G_LOG_DOMAIN "opl-traject-row"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-traject-row.h"
#include "opl-format.h"

struct _OplTrajectRow
{
  AdwComboRow  parent_instance;

  /* Owned references */
  GPtrArray   *trajecten;     /* OplTraject, in the row's order */
  char        *traject_id;    /* the one chosen */

  gboolean     filling;
};

G_DEFINE_FINAL_TYPE (OplTrajectRow, opl_traject_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_TRAJECT_ID,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static int
find_traject (OplTrajectRow *self,
              const char    *traject_id)
{
  for (guint i = 0; traject_id != NULL && self->trajecten != NULL && i < self->trajecten->len; i++)
    {
      if (g_strcmp0 (opl_traject_get_id (g_ptr_array_index (self->trajecten, i)), traject_id) == 0)
        return (int) i;
    }

  return -1;
}

static gboolean
same_trajecten (GPtrArray *a,
                GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (g_strcmp0 (opl_traject_get_id (g_ptr_array_index (a, i)),
                     opl_traject_get_id (g_ptr_array_index (b, i))) != 0)
        return FALSE;
    }

  return TRUE;
}

/* Chooses @traject_id (one of the trajecten, or %NULL) and shows it in the row. */
static void
choose (OplTrajectRow *self,
        const char    *traject_id)
{
  int index = find_traject (self, traject_id);
  gboolean changed = g_strcmp0 (traject_id, self->traject_id) != 0;

  if (changed)
    {
      g_free (self->traject_id);
      self->traject_id = g_strdup (traject_id);
    }

  if (index >= 0 && adw_combo_row_get_selected (ADW_COMBO_ROW (self)) != (guint) index)
    {
      self->filling = TRUE;
      adw_combo_row_set_selected (ADW_COMBO_ROW (self), index);
      self->filling = FALSE;
    }

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAJECT_ID]);
}

static void
on_selected_cb (OplTrajectRow *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));

  if (self->filling || self->trajecten == NULL || selected >= self->trajecten->len)
    return;

  choose (self, opl_traject_get_id (g_ptr_array_index (self->trajecten, selected)));
}

static void
opl_traject_row_finalize (GObject *object)
{
  OplTrajectRow *self = (OplTrajectRow *)object;

  g_clear_pointer (&self->trajecten, g_ptr_array_unref);
  g_clear_pointer (&self->traject_id, g_free);

  G_OBJECT_CLASS (opl_traject_row_parent_class)->finalize (object);
}

static void
opl_traject_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OplTrajectRow *self = OPL_TRAJECT_ROW (object);

  switch (prop_id)
    {
    case PROP_TRAJECT_ID:
      g_value_set_string (value, self->traject_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_traject_row_class_init (OplTrajectRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = opl_traject_row_finalize;
  object_class->get_property = opl_traject_row_get_property;

  /**
   * OplTrajectRow:traject-id:
   *
   * The id of the traject chosen, %NULL when there is none to choose.
   */
  properties[PROP_TRAJECT_ID] =
    g_param_spec_string ("traject-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-traject-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, on_selected_cb);
}

static void
opl_traject_row_init (OplTrajectRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_traject_row_new (void)
{
  return g_object_new (OPL_TYPE_TRAJECT_ROW, NULL);
}

/**
 * opl_traject_row_set_trajecten:
 * @trajecten: (element-type OplTraject): the trajecten to choose from
 *
 * Keeps the traject chosen if it is still among @trajecten; otherwise chooses the
 * first.
 */
void
opl_traject_row_set_trajecten (OplTrajectRow *self,
                               GPtrArray     *trajecten)
{
  const char *keep;

  g_return_if_fail (OPL_IS_TRAJECT_ROW (self));
  g_return_if_fail (trajecten != NULL);

  if (!same_trajecten (self->trajecten, trajecten))
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      for (guint i = 0; i < trajecten->len; i++)
        {
          OplTraject *traject = g_ptr_array_index (trajecten, i);
          /* Translators: an aios's name and the phase of their traject: “Daan Visser · Fase II” */
          g_autofree char *name = g_strdup_printf (_("%s · %s"), opl_traject_get_aios_name (traject),
                                                   opl_format_phase (opl_traject_get_phase (traject)));

          gtk_string_list_append (names, name);
        }

      self->filling = TRUE;
      adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (names));
      self->filling = FALSE;
    }

  g_clear_pointer (&self->trajecten, g_ptr_array_unref);
  self->trajecten = g_ptr_array_ref (trajecten);

  keep = find_traject (self, self->traject_id) >= 0 ? self->traject_id : NULL;
  if (keep == NULL && trajecten->len > 0)
    keep = opl_traject_get_id (g_ptr_array_index (trajecten, 0));
  choose (self, keep);
}

/**
 * opl_traject_row_load:
 * @person: whose trajecten to choose from
 * @today: the day that decides which are current
 *
 * Offers the trajecten @person works on now (opl_store_list_current_trajecten()).
 *
 * Returns: whether there is a choice to make: an opleider with more than one aios
 */
gboolean
opl_traject_row_load (OplTrajectRow *self,
                      OplStore      *store,
                      OplPerson     *person,
                      const GDate   *today)
{
  g_autoptr(GPtrArray) choices = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OPL_IS_TRAJECT_ROW (self), FALSE);

  choices = opl_store_list_current_trajecten (store, person, today, &error);
  if (choices == NULL)
    {
      g_debug ("Reading the trajecten failed: %s", error->message);
      choices = g_ptr_array_new_with_free_func (g_object_unref);
    }

  opl_traject_row_set_trajecten (self, choices);
  return opl_person_is_opleider (person) && choices->len > 1;
}

guint
opl_traject_row_get_n_trajecten (OplTrajectRow *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_ROW (self), 0);

  return self->trajecten != NULL ? self->trajecten->len : 0;
}

/**
 * opl_traject_row_get_traject:
 *
 * Returns: (transfer none) (nullable): the traject chosen
 */
OplTraject *
opl_traject_row_get_traject (OplTrajectRow *self)
{
  int index;

  g_return_val_if_fail (OPL_IS_TRAJECT_ROW (self), NULL);

  index = find_traject (self, self->traject_id);
  return index >= 0 ? g_ptr_array_index (self->trajecten, index) : NULL;
}

const char *
opl_traject_row_get_traject_id (OplTrajectRow *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_ROW (self), NULL);

  return self->traject_id;
}

/**
 * opl_traject_row_select_traject:
 *
 * Returns: whether @traject_id is one of the choices
 */
gboolean
opl_traject_row_select_traject (OplTrajectRow *self,
                                const char    *traject_id)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_ROW (self), FALSE);

  if (find_traject (self, traject_id) < 0)
    return FALSE;

  choose (self, traject_id);
  return TRUE;
}

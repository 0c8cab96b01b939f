/* opl-pace-row.c: a count against the training year's pace (KPB/KVB about 40 a year,
 * diensten at least 20), as the core computes it (opl_pace_compute()).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether the count is behind is said in words and with an icon, not by colour alone.
 */

#define G_LOG_DOMAIN "opl-pace-row"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-pace-row.h"

struct _OplPaceRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *count_label;
  GtkLevelBar   *level_bar;
  GtkImage      *hint_icon;
  GtkLabel      *hint_label;
};

G_DEFINE_FINAL_TYPE (OplPaceRow, opl_pace_row, GTK_TYPE_LIST_BOX_ROW)

static void
set_hint (OplPaceRow *self,
          const char *icon_name,
          const char *style,
          const char *text)
{
  const char *styles[] = { "success", "warning", "error", "dim-label" };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->hint_icon), styles[i]);
      gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), styles[i]);
    }

  gtk_image_set_from_icon_name (self->hint_icon, icon_name);
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_icon), style);
  if (g_str_equal (style, "dim-label"))
    gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), style);
  gtk_label_set_label (self->hint_label, text);
}

static void
update_accessible (OplPaceRow *self)
{
  /* Translators: a progress bar's name for a screen reader: “KPB/KVB: 12 of about 40 a year. Behind …” */
  g_autofree char *label = g_strdup_printf (_("%s: %s. %s"), gtk_label_get_label (self->title_label),
                                            gtk_label_get_label (self->count_label),
                                            gtk_label_get_label (self->hint_label));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
opl_pace_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPL_TYPE_PACE_ROW);

  G_OBJECT_CLASS (opl_pace_row_parent_class)->dispose (object);
}

static void
opl_pace_row_class_init (OplPaceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_pace_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-pace-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OplPaceRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OplPaceRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, OplPaceRow, level_bar);
  gtk_widget_class_bind_template_child (widget_class, OplPaceRow, hint_icon);
  gtk_widget_class_bind_template_child (widget_class, OplPaceRow, hint_label);
}

static void
opl_pace_row_init (OplPaceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_pace_row_new (const char *title)
{
  OplPaceRow *self = g_object_new (OPL_TYPE_PACE_ROW, NULL);

  gtk_label_set_label (self->title_label, title);
  return GTK_WIDGET (self);
}

/**
 * opl_pace_row_set_pace:
 *
 * Shows @pace: the count against the year's target, and whether it keeps up with
 * what an even pace would have by now.
 */
void
opl_pace_row_set_pace (OplPaceRow    *self,
                       const OplPace *pace)
{
  g_autofree char *count = NULL;
  g_autofree char *hint = NULL;

  g_return_if_fail (OPL_IS_PACE_ROW (self));
  g_return_if_fail (pace != NULL);

  /* Translators: a count against a training year's target: “12 of about 40 a year” */
  count = g_strdup_printf (_("%u of about %u a year"), pace->count, pace->target);
  gtk_label_set_label (self->count_label, count);

  gtk_level_bar_set_max_value (self->level_bar, MAX (pace->target, 1));
  gtk_level_bar_set_value (self->level_bar, MIN (pace->count, MAX (pace->target, 1)));

  if (pace->count >= pace->target)
    {
      set_hint (self, "emblem-ok-symbolic", "success", _("The year’s target is reached"));
    }
  else if (pace->behind)
    {
      /* Translators: behind the pace: %u is how many an even pace would have by today, then how many are missing */
      hint = g_strdup_printf (_("Behind: about %u by now at an even pace, %u to catch up"),
                              pace->expected, pace->expected - pace->count);
      set_hint (self, "dialog-warning-symbolic", "warning", hint);
    }
  else if (pace->fraction <= 0.0)
    {
      set_hint (self, "content-loading-symbolic", "dim-label", _("The training year has not started"));
    }
  else
    {
      /* Translators: on pace: %u is how many an even pace would have by today */
      hint = g_strdup_printf (_("On pace: about %u by now"), pace->expected);
      set_hint (self, "emblem-ok-symbolic", "success", hint);
    }

  update_accessible (self);
}

/**
 * opl_pace_row_set_problem:
 *
 * Says that the count could not be read, instead of showing a made-up one.
 */
void
opl_pace_row_set_problem (OplPaceRow *self,
                          const char *problem)
{
  g_return_if_fail (OPL_IS_PACE_ROW (self));

  gtk_label_set_label (self->count_label, "");
  gtk_level_bar_set_value (self->level_bar, 0);
  set_hint (self, "dialog-warning-symbolic", "error", problem);
  update_accessible (self);
}

const char *
opl_pace_row_get_count_text (OplPaceRow *self)
{
  g_return_val_if_fail (OPL_IS_PACE_ROW (self), NULL);

  return gtk_label_get_label (self->count_label);
}

const char *
opl_pace_row_get_hint_text (OplPaceRow *self)
{
  g_return_val_if_fail (OPL_IS_PACE_ROW (self), NULL);

  return gtk_label_get_label (self->hint_label);
}

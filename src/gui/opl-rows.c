/* opl-rows.c: the rows the views' boxed lists are made of.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard, the Leergesprekken and the Traject views build their lists from the
 * same few parts: a row whose title and subtitle are plain text (names and what people
 * wrote are never markup), an icon the screen reader skips because the row's words say
 * the same, a pill for a state, and an arrow to another view.
 */

#define G_LOG_DOMAIN "opl-rows"

#include "config.h"

#include "opl-rows.h"

/**
 * opl_rows_new_icon:
 * @css_class: (nullable): a style class: "accent", "warning", "dim-label"...
 *
 * Returns: (transfer floating): an icon hidden from screen readers
 */
GtkWidget *
opl_rows_new_icon (const char *icon_name,
                   const char *css_class)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  if (css_class != NULL)
    gtk_widget_add_css_class (icon, css_class);
  return icon;
}

/**
 * opl_rows_append:
 * @icon_name: (nullable): an icon before the title
 * @icon_class: (nullable): its style class
 * @subtitle: (nullable): the subtitle
 *
 * Appends a row that is not activatable (see opl_rows_set_action()).
 *
 * Returns: (transfer none): the row
 */
GtkWidget *
opl_rows_append (GtkListBox *list,
                 const char *icon_name,
                 const char *icon_class,
                 const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    {
      GtkWidget *icon = opl_rows_new_icon (icon_name, icon_class);

      /* As wide as a check button, so that the titles of a list line up. */
      gtk_widget_set_size_request (icon, 24, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
  return row;
}

/**
 * opl_rows_add_pill:
 * @style: "error", "warning", "accent"...
 *
 * Returns: (transfer none): a short state (“Overdue”) at the end of @row
 */
GtkWidget *
opl_rows_add_pill (GtkWidget  *row,
                   const char *text,
                   const char *style)
{
  GtkWidget *pill = opl_rows_new_pill (text, style);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
  return pill;
}

/**
 * opl_rows_new_pill:
 * @style: "error", "warning", "accent"...
 *
 * Returns: (transfer floating): a short state (“Overdue”), to be placed by the caller
 */
GtkWidget *
opl_rows_new_pill (const char *text,
                   const char *style)
{
  GtkWidget *pill = gtk_label_new (text);

  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "opl-pill");
  gtk_widget_add_css_class (pill, style);
  return pill;
}

/**
 * opl_rows_set_action:
 * @target: (transfer floating): the action's parameter
 *
 * Makes @row lead elsewhere: an arrow at its end, and @action_name activated with
 * @target when the row is.
 */
void
opl_rows_set_action (GtkWidget  *row,
                     const char *action_name,
                     GVariant   *target)
{
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), opl_rows_new_icon ("go-next-symbolic", NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: an action name without its target would not match the action. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action_name);
}

/**
 * opl_rows_show_minutes:
 *
 * A handler for #GtkSpinButton::output of a time's minutes: “09”, not “9”.
 *
 * Returns: %TRUE, the text is set
 */
gboolean
opl_rows_show_minutes (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* Room kept around the focused row, so its focus ring is seen whole. */
#define FOCUS_MARGIN 12

static void
on_focus_widget_cb (GtkWindow         *window,
                    GParamSpec        *pspec,
                    GtkScrolledWindow *scrolled)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  GtkWidget *viewport = gtk_scrolled_window_get_child (scrolled);
  GtkWidget *content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;
  double top, bottom;

  if (focus == NULL || content == NULL || !gtk_widget_is_ancestor (focus, content) ||
      !gtk_widget_compute_bounds (focus, content, &bounds))
    return;

  top = bounds.origin.y - FOCUS_MARGIN;
  bottom = bounds.origin.y + bounds.size.height + FOCUS_MARGIN;
  if (top < value)
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, MIN (top, bottom - page));
}

static void
on_scrolled_map_cb (GtkWidget *scrolled)
{
  GtkRoot *root = gtk_widget_get_root (scrolled);

  if (!GTK_IS_WINDOW (root) || g_object_get_data (G_OBJECT (scrolled), "opl-keeps-focus-in-view") == root)
    return;

  g_object_set_data (G_OBJECT (scrolled), "opl-keeps-focus-in-view", root);
  g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (on_focus_widget_cb), scrolled, 0);
}

/**
 * opl_rows_keep_focus_in_view:
 *
 * Keeps the focused widget of @scrolled in view with a margin around it, its focus ring
 * too, as the keyboard moves through a view's lists (issue 19: on Formulieren the focus
 * ring scrolled under the header above the list).
 */
void
opl_rows_keep_focus_in_view (GtkScrolledWindow *scrolled)
{
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled));

  g_signal_connect (scrolled, "map", G_CALLBACK (on_scrolled_map_cb), NULL);
}

/**
 * opl_rows_activate_like:
 * @row: an #AdwActionRow of a boxed list
 * @button: its own button, which leads where the row would
 *
 * Makes @row do what @button does, so the two are one Tab stop (issue 19): the row is
 * activatable with the button's action and target, and the button stays for the mouse
 * but no longer takes the focus.
 */
void
opl_rows_activate_like (GtkWidget *row,
                        GtkWidget *button)
{
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));
  g_return_if_fail (GTK_IS_ACTIONABLE (button));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: an action name without its target would not match the action. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
  gtk_widget_set_focusable (button, FALSE);
}

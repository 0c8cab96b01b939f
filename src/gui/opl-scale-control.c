/* opl-scale-control.c: the answer to one scale item, as a row of options.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The options are toggle buttons that wrap onto more lines when the row is narrow
 * (a five-point LEOh scale on a 360 px window). The control is ONE focus stop, so that
 * Tab goes from item to item: on it, the number keys choose an option (1 is the first),
 * 0, Backspace and Delete clear the answer, Left and Right move along the scale, Home
 * and End go to its ends, and Up and Down ask the form to move to the previous or next
 * item (the ::navigate signal). A click on the chosen option keeps it; its tooltip says
 * how to clear it.
 *
 * The options are built from the definition's data, so there is no template.
 */

#define G_LOG_DOMAIN "opl-scale-control"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-scale-control.h"

#define SPACING 6

struct _OplScaleControl
{
  GtkWidget  parent_instance;

  /* Owned references */
  GPtrArray *values;      /* char *, the options' values in order */
  GPtrArray *labels;      /* char *, the options' labels */
  char      *value;       /* the chosen value, or NULL */
  char      *label;       /* the item, for the accessible name */

  /* Borrowed references: the option buttons, our children */
  GPtrArray *buttons;

  gboolean   editable;
  gboolean   syncing;
};

G_DEFINE_FINAL_TYPE (OplScaleControl, opl_scale_control, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_EDITABLE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_NAVIGATE,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static int
get_selected_index (OplScaleControl *self)
{
  for (guint i = 0; i < self->values->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->values, i), self->value) == 0)
        return (int) i;
    }

  return -1;
}

static void
update_accessible (OplScaleControl *self)
{
  int selected = get_selected_index (self);
  g_autofree char *description = NULL;

  if (selected >= 0)
    {
      /* Translators: the answer of a scale item for a screen reader: “Voldoende, 2 of 4” */
      description = g_strdup_printf (_("%s, %d of %u"), (const char *) g_ptr_array_index (self->labels, selected),
                                     selected + 1, self->values->len);
    }
  else
    {
      description = g_strdup (_("Not answered"));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->label != NULL ? self->label : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* An option's tooltip: its label and the key that chooses it, or for the chosen one,
 * how to clear it. */
static void
set_option_tooltip (OplScaleControl *self,
                    guint            index,
                    gboolean         chosen)
{
  const char *label = g_ptr_array_index (self->labels, index);
  g_autofree char *tooltip = NULL;

  if (chosen && self->editable)
    /* Translators: the chosen option's tooltip; 0, Backspace and Delete clear the answer */
    tooltip = g_strdup_printf (_("%s, chosen (0 or Delete clears the answer)"), label);
  else if (index < 9)
    /* Translators: a scale option's tooltip: its label and the key that chooses it */
    tooltip = g_strdup_printf (_("%s (key %u)"), label, index + 1);

  gtk_widget_set_tooltip_text (g_ptr_array_index (self->buttons, index), tooltip);
}

/* Shows the chosen value on the buttons without reacting to it. */
static void
sync_buttons (OplScaleControl *self)
{
  int selected = get_selected_index (self);

  self->syncing = TRUE;
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      gboolean active = (int) i == selected;

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
      set_option_tooltip (self, i, active);
      gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_CHECKED, active, -1);
    }
  self->syncing = FALSE;

  update_accessible (self);
}

static void
choose_index (OplScaleControl *self,
              int              index)
{
  if (index < 0 || index >= (int) self->values->len)
    opl_scale_control_set_value (self, NULL);
  else
    opl_scale_control_set_value (self, g_ptr_array_index (self->values, index));
}

static void
on_option_clicked_cb (GtkButton       *button,
                      OplScaleControl *self)
{
  guint index;

  if (self->syncing)
    return;

  if (!self->editable || !g_ptr_array_find (self->buttons, button, &index))
    {
      sync_buttons (self);
      return;
    }

  /* A click on the chosen option keeps it (issue 19: it cleared it without a word);
   * 0, Backspace or Delete clear the answer, as its tooltip says. */
  if ((int) index == get_selected_index (self))
    sync_buttons (self);
  else
    choose_index (self, index);

  /* The keyboard goes on from here. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static int
key_to_digit (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return -1;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   OplScaleControl       *self)
{
  int selected = get_selected_index (self);
  int n = (int) self->values->len;
  int digit = key_to_digit (keyval);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    {
      g_signal_emit (self, signals[SIGNAL_NAVIGATE], 0, -1);
      return TRUE;
    }
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    {
      g_signal_emit (self, signals[SIGNAL_NAVIGATE], 0, 1);
      return TRUE;
    }

  if (!self->editable || n == 0)
    return FALSE;

  if (digit == 0 || keyval == GDK_KEY_BackSpace || keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete)
    {
      choose_index (self, -1);
      return TRUE;
    }

  if (digit > 0)
    {
      if (digit <= n)
        choose_index (self, digit - 1);
      else
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      {
        gboolean forward = (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right) != rtl;

        if (selected < 0)
          choose_index (self, forward ? 0 : n - 1);
        else
          choose_index (self, CLAMP (selected + (forward ? 1 : -1), 0, n - 1));
      }
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      choose_index (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      choose_index (self, n - 1);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Lays the options out in lines of @width; allocates them when @allocate. Returns the
 * height the lines take. */
static int
layout (OplScaleControl *self,
        int              width,
        gboolean         allocate)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  guint n = self->buttons->len;
  g_autofree int *widths = g_new0 (int, MAX (n, 1));
  int y = 0;
  guint first = 0;

  while (first < n)
    {
      guint last = first;
      int x = 0, line_height = 0;

      /* As many options on this line as fit; always at least one. */
      for (guint i = first; i < n; i++)
        {
          GtkWidget *child = g_ptr_array_index (self->buttons, i);
          int min_w, nat_w, nat_h;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
          widths[i] = MAX (min_w, MIN (nat_w, width));
          if (i > first && x + SPACING + widths[i] > width)
            break;

          x += (i > first ? SPACING : 0) + widths[i];
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, widths[i], NULL, &nat_h, NULL, NULL);
          line_height = MAX (line_height, nat_h);
          last = i;
        }

      if (allocate)
        {
          x = 0;
          for (guint i = first; i <= last; i++)
            {
              GtkWidget *child = g_ptr_array_index (self->buttons, i);
              GtkAllocation allocation = { rtl ? width - x - widths[i] : x, y, widths[i], line_height };

              gtk_widget_size_allocate (child, &allocation, -1);
              x += widths[i] + SPACING;
            }
        }

      y += line_height + (last + 1 < n ? SPACING : 0);
      first = last + 1;
    }

  return y;
}

static GtkSizeRequestMode
opl_scale_control_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
opl_scale_control_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  OplScaleControl *self = OPL_SCALE_CONTROL (widget);
  int min = 0, nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (guint i = 0; i < self->buttons->len; i++)
        {
          int child_min, child_nat;

          gtk_widget_measure (g_ptr_array_index (self->buttons, i), orientation, -1,
                              &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += child_nat + (i > 0 ? SPACING : 0);
        }
    }
  else
    {
      if (for_size < 0)
        gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &for_size, NULL, NULL);
      min = nat = layout (self, for_size, FALSE);
    }

  *minimum = min;
  *natural = nat;
}

/* One focus stop for the whole scale; the options take no focus of their own. */
static gboolean
opl_scale_control_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  if (gtk_widget_is_focus (widget) || !gtk_widget_get_focusable (widget))
    return FALSE;

  return gtk_widget_grab_focus (widget);
}

static void
opl_scale_control_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  layout (OPL_SCALE_CONTROL (widget), width, TRUE);
}

static void
opl_scale_control_dispose (GObject *object)
{
  OplScaleControl *self = (OplScaleControl *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (self->buttons, 0);

  G_OBJECT_CLASS (opl_scale_control_parent_class)->dispose (object);
}

static void
opl_scale_control_finalize (GObject *object)
{
  OplScaleControl *self = (OplScaleControl *)object;

  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (opl_scale_control_parent_class)->finalize (object);
}

static void
opl_scale_control_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OplScaleControl *self = OPL_SCALE_CONTROL (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_scale_control_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OplScaleControl *self = OPL_SCALE_CONTROL (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      opl_scale_control_set_value (self, g_value_get_string (value));
      break;
    case PROP_EDITABLE:
      opl_scale_control_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_scale_control_class_init (OplScaleControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_scale_control_dispose;
  object_class->finalize = opl_scale_control_finalize;
  object_class->get_property = opl_scale_control_get_property;
  object_class->set_property = opl_scale_control_set_property;

  widget_class->get_request_mode = opl_scale_control_get_request_mode;
  widget_class->measure = opl_scale_control_measure;
  widget_class->size_allocate = opl_scale_control_size_allocate;
  widget_class->focus = opl_scale_control_focus;

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OplScaleControl::navigate:
   * @delta: -1 for the previous item (Up), 1 for the next (Down)
   */
  signals[SIGNAL_NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "opl-scale");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_RADIO_GROUP);
}

static void
opl_scale_control_init (OplScaleControl *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->values = g_ptr_array_new_with_free_func (g_free);
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->buttons = g_ptr_array_new ();
  self->editable = TRUE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

static void
add_option (OplScaleControl          *self,
            const OplFormScaleOption *option,
            guint                     index)
{
  GtkWidget *label = gtk_label_new (option->label);
  GtkWidget *button;

  button = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO,
                         "focusable", FALSE,
                         "focus-on-click", FALSE,
                         NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), label);

  /* Unranked options (“n.v.t.”) look a little different from the scale itself. */
  if (option->rank == 0)
    gtk_widget_add_css_class (button, "opl-unranked");

  g_signal_connect (button, "clicked", G_CALLBACK (on_option_clicked_cb), self);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  g_ptr_array_add (self->buttons, button);
  g_ptr_array_add (self->values, g_strdup (option->value));
  g_ptr_array_add (self->labels, g_strdup (option->label));
  set_option_tooltip (self, index, FALSE);
}

/**
 * opl_scale_control_new:
 * @scale: the item's scale; copied
 * @label: the item's text, the control's accessible name
 */
GtkWidget *
opl_scale_control_new (const OplFormScale *scale,
                       const char         *label)
{
  OplScaleControl *self;

  g_return_val_if_fail (scale != NULL, NULL);

  self = g_object_new (OPL_TYPE_SCALE_CONTROL, NULL);
  self->label = g_strdup (label);
  for (guint i = 0; i < scale->n_options; i++)
    add_option (self, &scale->options[i], i);

  sync_buttons (self);
  return GTK_WIDGET (self);
}

const char *
opl_scale_control_get_value (OplScaleControl *self)
{
  g_return_val_if_fail (OPL_IS_SCALE_CONTROL (self), NULL);

  return self->value;
}

/**
 * opl_scale_control_set_value:
 * @value: (nullable): one of the options' values, or %NULL for no answer
 */
void
opl_scale_control_set_value (OplScaleControl *self,
                             const char      *value)
{
  g_return_if_fail (OPL_IS_SCALE_CONTROL (self));

  if (value != NULL && !g_ptr_array_find_with_equal_func (self->values, value, g_str_equal, NULL))
    {
      g_warning ("“%s” is not an option of this scale", value);
      value = NULL;
    }

  if (g_strcmp0 (self->value, value) == 0)
    {
      sync_buttons (self);
      return;
    }

  g_free (self->value);
  self->value = g_strdup (value);
  sync_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

gboolean
opl_scale_control_get_editable (OplScaleControl *self)
{
  g_return_val_if_fail (OPL_IS_SCALE_CONTROL (self), FALSE);

  return self->editable;
}

/**
 * opl_scale_control_set_editable:
 *
 * A control that is not editable shows its answer among the options, at full
 * strength, but takes neither clicks nor the keyboard focus.
 */
void
opl_scale_control_set_editable (OplScaleControl *self,
                                gboolean         editable)
{
  g_return_if_fail (OPL_IS_SCALE_CONTROL (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  gtk_widget_set_focusable (GTK_WIDGET (self), editable);
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_set_can_target (g_ptr_array_index (self->buttons, i), editable);

  if (editable)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "opl-read-only");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "opl-read-only");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

guint
opl_scale_control_get_n_options (OplScaleControl *self)
{
  g_return_val_if_fail (OPL_IS_SCALE_CONTROL (self), 0);

  return self->values->len;
}

GtkWidget *
opl_scale_control_get_option_button (OplScaleControl *self,
                                     guint            index)
{
  g_return_val_if_fail (OPL_IS_SCALE_CONTROL (self), NULL);
  g_return_val_if_fail (index < self->buttons->len, NULL);

  return g_ptr_array_index (self->buttons, index);
}

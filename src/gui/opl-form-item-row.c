/* opl-form-item-row.c: one item of a form: its text, its answer and a note.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answer's widget depends on the item's type: a scale (OplScaleControl), a text
 * (a text view in which Tab leaves, so the keyboard moves on through the form) or a
 * whole number (an entry). The row only reports a change (::changed); the form
 * editor saves it through the store. The row itself takes no focus: Tab lands on the
 * answer, then on the note.
 */

#define G_LOG_DOMAIN "opl-form-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-form-item-row.h"
#include "opl-scale-control.h"

struct _OplFormItemRow
{
  AdwPreferencesRow  parent_instance;

  /* Template widgets */
  GtkLabel          *title_label;
  GtkLabel          *state_label;
  GtkLabel          *help_label;
  AdwBin            *control_bin;
  GtkLabel          *answer_label;
  GtkExpander       *note_expander;
  GtkEntry          *note_entry;
  GtkLabel          *note_label;

  /* Owned references */
  OplFormDefinition *definition;

  /* Borrowed references: an item of the definition, and the answer's widget */
  const OplFormItem *item;
  GtkWidget         *control;

  gboolean           editable;
  gboolean           required;
  gboolean           loading;
  gboolean           invalid;
};

G_DEFINE_FINAL_TYPE (OplFormItemRow, opl_form_item_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  SIGNAL_CHANGED,
  SIGNAL_NAVIGATE,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static char *
get_text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* "" and blanks are no answer. Takes @text. */
static char *
nonblank_or_null (char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  if (stripped == NULL || *stripped == '\0')
    {
      g_free (text);
      return NULL;
    }

  return text;
}

static void
update_state (OplFormItemRow *self)
{
  g_autofree char *value = opl_form_item_row_get_value (self);
  gboolean answered = value != NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "dim-label");
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "error");

  if (self->invalid)
    {
      gtk_label_set_label (self->state_label, _("Not saved"));
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->state_label), TRUE);
    }
  else if (!self->required && self->editable)
    {
      gtk_label_set_label (self->state_label, _("Optional"));
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "dim-label");
      gtk_widget_set_visible (GTK_WIDGET (self->state_label), !answered);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->state_label), FALSE);
    }

  if (self->editable)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "opl-unanswered");
      return;
    }

  /* A read-only answer. A scale shows its answer among the options already. */
  if (self->item->type != OPL_FORM_ITEM_SCALE)
    {
      gtk_label_set_label (self->answer_label, answered ? value : _("Not answered"));
      gtk_widget_set_visible (GTK_WIDGET (self->answer_label), TRUE);
    }

  if (answered)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "opl-unanswered");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "opl-unanswered");
}

/* @at_once: a choice on a scale, which is saved at once; typing waits for a pause. */
static void
emit_changed (OplFormItemRow *self,
              gboolean        at_once)
{
  update_state (self);
  if (!self->loading)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0, at_once);
}

static void
on_scale_value_changed_cb (OplFormItemRow *self)
{
  emit_changed (self, TRUE);
}

static void
on_scale_navigate_cb (OplFormItemRow *self,
                      int             delta)
{
  g_signal_emit (self, signals[SIGNAL_NAVIGATE], 0, delta);
}

static void
on_text_changed_cb (OplFormItemRow *self)
{
  emit_changed (self, FALSE);
}

static void
on_number_changed_cb (OplFormItemRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->control));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;

  /* The definition says what fits (the core's rule); an unfitting number stays in
   * the entry, marked, and is not saved. */
  self->invalid = *stripped != '\0' &&
                  !opl_form_definition_check_value (self->definition, self->item->id, stripped, &error);
  if (self->invalid)
    {
      gtk_widget_add_css_class (self->control, "error");
      gtk_widget_set_tooltip_text (self->control, error->message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->control),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
      update_state (self);
      return;
    }

  gtk_widget_remove_css_class (self->control, "error");
  gtk_widget_set_tooltip_text (self->control, NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->control), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  emit_changed (self, FALSE);
}

static void
on_note_entry_changed_cb (OplFormItemRow *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0, FALSE);
}

static GtkWidget *
create_control (OplFormItemRow *self)
{
  const OplFormItem *item = self->item;
  GtkWidget *control;

  switch (item->type)
    {
    case OPL_FORM_ITEM_SCALE:
      control = opl_scale_control_new (item->scale, item->text);
      g_signal_connect_object (control, "notify::value", G_CALLBACK (on_scale_value_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (control, "navigate", G_CALLBACK (on_scale_navigate_cb),
                               self, G_CONNECT_SWAPPED);
      break;

    case OPL_FORM_ITEM_NUMBER:
      control = gtk_entry_new ();
      gtk_entry_set_input_purpose (GTK_ENTRY (control), GTK_INPUT_PURPOSE_DIGITS);
      gtk_editable_set_width_chars (GTK_EDITABLE (control), 8);
      gtk_widget_set_halign (control, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (control),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, item->text, -1);
      g_signal_connect_object (control, "changed", G_CALLBACK (on_number_changed_cb),
                               self, G_CONNECT_SWAPPED);
      break;

    case OPL_FORM_ITEM_TEXT:
    default:
      control = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (control), GTK_WRAP_WORD_CHAR);
      /* Tab moves on to the next item, as everywhere else in the form. */
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (control), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (control), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (control), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (control), 10);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (control), 10);
      gtk_widget_set_size_request (control, -1, 64);
      gtk_widget_add_css_class (control, "card");
      gtk_widget_add_css_class (control, "opl-text-card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (control),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, item->text, -1);
      g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (control)), "changed",
                               G_CALLBACK (on_text_changed_cb), self, G_CONNECT_SWAPPED);
      break;
    }

  return control;
}

static void
opl_form_item_row_dispose (GObject *object)
{
  OplFormItemRow *self = (OplFormItemRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_FORM_ITEM_ROW);
  self->control = NULL;
  self->item = NULL;

  g_clear_object (&self->definition);

  G_OBJECT_CLASS (opl_form_item_row_parent_class)->dispose (object);
}

static void
opl_form_item_row_class_init (OplFormItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_form_item_row_dispose;

  /**
   * OplFormItemRow::changed:
   * @at_once: %TRUE for a choice on a scale (save it now), %FALSE for typing (save it
   *   when the typing pauses)
   *
   * The person changed the answer or the note.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  /**
   * OplFormItemRow::navigate:
   * @delta: -1 to go to the previous item, 1 to the next
   */
  signals[SIGNAL_NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-form-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OplFormItemRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OplFormItemRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, OplFormItemRow, help_label);
  gtk_widget_class_bind_template_child (widget_class, OplFormItemRow, control_bin);
  gtk_widget_class_bind_template_child (widget_class, OplFormItemRow, answer_label);
  gtk_widget_class_bind_template_child (widget_class, OplFormItemRow, note_expander);
  gtk_widget_class_bind_template_child (widget_class, OplFormItemRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, OplFormItemRow, note_label);
  gtk_widget_class_bind_template_callback (widget_class, on_note_entry_changed_cb);
}

static void
opl_form_item_row_init (OplFormItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;
  self->required = TRUE;
}

/**
 * opl_form_item_row_new:
 * @definition: the definition @item belongs to
 * @item: (transfer none): the item; lives as long as @definition
 */
GtkWidget *
opl_form_item_row_new (OplFormDefinition *definition,
                       const OplFormItem *item)
{
  OplFormItemRow *self;
  g_autofree char *note_label = NULL;

  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (definition), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (OPL_TYPE_FORM_ITEM_ROW, NULL);
  self->definition = g_object_ref (definition);
  self->item = item;
  self->required = item->required;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), item->text);
  gtk_label_set_label (self->title_label, item->text);
  if (item->help != NULL && *item->help != '\0')
    {
      gtk_label_set_label (self->help_label, item->help);
      gtk_widget_set_visible (GTK_WIDGET (self->help_label), TRUE);
    }

  /* Translators: the accessible name of the note entry of a form item; %s is the item */
  note_label = g_strdup_printf (_("Note on “%s”"), item->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, note_label, -1);

  self->control = create_control (self);
  adw_bin_set_child (self->control_bin, self->control);
  update_state (self);

  return GTK_WIDGET (self);
}

const OplFormItem *
opl_form_item_row_get_item (OplFormItemRow *self)
{
  g_return_val_if_fail (OPL_IS_FORM_ITEM_ROW (self), NULL);

  return self->item;
}

/**
 * opl_form_item_row_get_value:
 *
 * Returns: (transfer full) (nullable): the answer as the store keeps it, or %NULL
 *   when there is none (also for an unfitting number)
 */
char *
opl_form_item_row_get_value (OplFormItemRow *self)
{
  g_return_val_if_fail (OPL_IS_FORM_ITEM_ROW (self), NULL);

  switch (self->item->type)
    {
    case OPL_FORM_ITEM_SCALE:
      return g_strdup (opl_scale_control_get_value (OPL_SCALE_CONTROL (self->control)));
    case OPL_FORM_ITEM_NUMBER:
      if (self->invalid)
        return NULL;
      return nonblank_or_null (g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->control)))));
    case OPL_FORM_ITEM_TEXT:
    default:
      return nonblank_or_null (get_text_view_text (GTK_TEXT_VIEW (self->control)));
    }
}

/**
 * opl_form_item_row_get_note:
 *
 * Returns: (transfer full): the note, "" when there is none
 */
char *
opl_form_item_row_get_note (OplFormItemRow *self)
{
  g_return_val_if_fail (OPL_IS_FORM_ITEM_ROW (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
}

/**
 * opl_form_item_row_set_answer:
 *
 * Shows a stored answer, without ::changed.
 */
void
opl_form_item_row_set_answer (OplFormItemRow *self,
                              const char     *value,
                              const char     *note)
{
  g_autofree char *shown_note = NULL;

  g_return_if_fail (OPL_IS_FORM_ITEM_ROW (self));

  self->loading = TRUE;
  switch (self->item->type)
    {
    case OPL_FORM_ITEM_SCALE:
      opl_scale_control_set_value (OPL_SCALE_CONTROL (self->control), value);
      break;
    case OPL_FORM_ITEM_NUMBER:
      gtk_editable_set_text (GTK_EDITABLE (self->control), value != NULL ? value : "");
      break;
    case OPL_FORM_ITEM_TEXT:
    default:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control)),
                                value != NULL ? value : "", -1);
      break;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note != NULL ? note : "");
  gtk_expander_set_expanded (self->note_expander, note != NULL && *note != '\0');

  /* Translators: a note on a form item, shown under its answer; %s is the note */
  shown_note = g_strdup_printf (_("Note: %s"), note != NULL ? note : "");
  gtk_label_set_label (self->note_label, shown_note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), !self->editable && note != NULL && *note != '\0');
  self->loading = FALSE;

  update_state (self);
}

/**
 * opl_form_item_row_set_editable:
 *
 * A row that is not editable shows the answer and the note as text (a scale keeps
 * its options, with the answer marked).
 */
void
opl_form_item_row_set_editable (OplFormItemRow *self,
                                gboolean        editable)
{
  g_autofree char *note = NULL;

  g_return_if_fail (OPL_IS_FORM_ITEM_ROW (self));

  self->editable = editable;
  note = opl_form_item_row_get_note (self);

  if (self->item->type == OPL_FORM_ITEM_SCALE)
    {
      opl_scale_control_set_editable (OPL_SCALE_CONTROL (self->control), editable);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->control_bin), editable);
      gtk_widget_set_visible (GTK_WIDGET (self->answer_label), !editable);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->note_expander), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), !editable && *note != '\0');
  update_state (self);
}

void
opl_form_item_row_set_required (OplFormItemRow *self,
                                gboolean        required)
{
  g_return_if_fail (OPL_IS_FORM_ITEM_ROW (self));

  self->required = required;
  update_state (self);
}

/**
 * opl_form_item_row_set_problem:
 * @problem: (nullable): why the answer was not saved, or %NULL when it was
 */
void
opl_form_item_row_set_problem (OplFormItemRow *self,
                               const char     *problem)
{
  g_return_if_fail (OPL_IS_FORM_ITEM_ROW (self));

  self->invalid = problem != NULL || (self->item->type == OPL_FORM_ITEM_NUMBER &&
                                      gtk_widget_has_css_class (self->control, "error"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->state_label), problem);
  update_state (self);
}

/**
 * opl_form_item_row_focus_answer:
 *
 * Gives the keyboard focus to the answer's widget (or, read-only, to nothing).
 *
 * Returns: whether it took the focus
 */
gboolean
opl_form_item_row_focus_answer (OplFormItemRow *self)
{
  g_return_val_if_fail (OPL_IS_FORM_ITEM_ROW (self), FALSE);

  if (!self->editable)
    return FALSE;

  return gtk_widget_grab_focus (self->control);
}

GtkWidget *
opl_form_item_row_get_control (OplFormItemRow *self)
{
  g_return_val_if_fail (OPL_IS_FORM_ITEM_ROW (self), NULL);

  return self->control;
}

GtkEditable *
opl_form_item_row_get_note_entry (OplFormItemRow *self)
{
  g_return_val_if_fail (OPL_IS_FORM_ITEM_ROW (self), NULL);

  return GTK_EDITABLE (self->note_entry);
}

GtkExpander *
opl_form_item_row_get_note_expander (OplFormItemRow *self)
{
  g_return_val_if_fail (OPL_IS_FORM_ITEM_ROW (self), NULL);

  return self->note_expander;
}

/* opl-combel-compare.c: the ComBel side by side, and the aios's growth over the year.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Side by side: the aios's self-assessment and the opleider's assessment of one
 * moment, item by item, for the ComBel-bespreking. Where they differ, the row says
 * so with an icon and in words (who rates higher, by how many steps), not by colour
 * alone. Growth: one item across the moments 3, 6 and 9, with its trend.
 *
 * The store pairs the forms, decides what the viewer may see, and the core computes
 * the differences and the trends (opl_store_compare_combel(), opl_form_growth()).
 */

#define G_LOG_DOMAIN "opl-combel-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-combel-compare-private.h"
#include "opl-date.h"

struct _OplCombelCompare
{
  AdwWindow           parent_instance;

  /* Template widgets */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack       *view_stack;
  AdwComboRow        *month_row;
  GtkSwitch          *only_differences_switch;
  GtkBox             *compare_box;
  AdwStatusPage      *compare_status;
  AdwComboRow        *whose_row;
  GtkBox             *growth_box;
  AdwStatusPage      *growth_status;

  /* Owned references */
  OplStore           *store;
  OplPerson          *person;
  OplTraject         *traject;
  GArray             *months;        /* int: the ComBel moments of the traject */

  /* Borrowed references: the list boxes of the two pages, in order */
  GPtrArray          *compare_lists;
  GPtrArray          *growth_lists;

  guint               n_differences;
  guint               n_compared;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (OplCombelCompare, opl_combel_compare, ADW_TYPE_WINDOW)

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
new_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static const char *
answer_label (const OplFormItem *item,
              const char        *value)
{
  const OplFormScaleOption *option;

  if (value == NULL)
    return _("Not answered");
  if (item->scale == NULL)
    return value;

  option = opl_form_scale_lookup_option (item->scale, value);
  return option != NULL ? option->label : value;
}

/* A small labelled cell: “Self-assessment” over “Voldoende”, and the note. */
static GtkWidget *
create_cell (const char        *caption,
             const OplFormItem *item,
             const char        *value,
             const char        *note)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *answer;

  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), new_label (caption, "caption"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "dim-label");
  answer = new_label (answer_label (item, value), value != NULL ? "heading" : "dim-label");
  gtk_box_append (GTK_BOX (box), answer);
  if (note != NULL && *note != '\0')
    gtk_box_append (GTK_BOX (box), new_label (note, "caption"));

  return box;
}

/* A cell of the growth view: words wrap between words only, and the cell is no stop for
 * the keyboard (the row reads the whole item). */
static void
append_cell (GtkWidget *flow_box,
             GtkWidget *cell)
{
  for (GtkWidget *child = gtk_widget_get_first_child (cell); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD);
  gtk_flow_box_append (GTK_FLOW_BOX (flow_box), cell);
  gtk_widget_set_focusable (gtk_widget_get_parent (cell), FALSE);
}

/* The marker of a row: an icon and words, so that it does not rest on colour. */
static GtkWidget *
create_marker (const char *icon_name,
               const char *text,
               const char *style)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = new_label (text, "caption-heading");

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (box, "opl-marker");
  if (style != NULL)
    gtk_widget_add_css_class (box, style);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static char *
describe_difference (const OplCompareRow *row,
                     const char         **icon_name)
{
  if (!row->differs)
    {
      *icon_name = "object-select-symbolic";
      return g_strdup (_("Same answer"));
    }

  if (row->ranked && row->rank_difference > 0)
    {
      *icon_name = "go-up-symbolic";
      return g_strdup_printf (ngettext ("The opleider rates %d step higher",
                                        "The opleider rates %d steps higher",
                                        row->rank_difference), row->rank_difference);
    }

  if (row->ranked && row->rank_difference < 0)
    {
      *icon_name = "go-down-symbolic";
      return g_strdup_printf (ngettext ("The opleider rates %d step lower",
                                        "The opleider rates %d steps lower",
                                        -row->rank_difference), -row->rank_difference);
    }

  *icon_name = "dialog-information-symbolic";
  if (row->left_value == NULL || row->right_value == NULL)
    return g_strdup (_("Different: one has no answer"));
  return g_strdup (_("Different answers"));
}

static GtkWidget *
create_compare_row (const OplCompareRow *row)
{
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *cells = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *marker;
  const char *icon_name;
  g_autofree char *difference = describe_difference (row, &icon_name);
  g_autofree char *accessible = NULL;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box), new_label (row->item->text, NULL));
  gtk_box_set_homogeneous (GTK_BOX (cells), TRUE);
  gtk_box_append (GTK_BOX (cells), create_cell (_("Self-assessment"), row->item, row->left_value, row->left_note));
  gtk_box_append (GTK_BOX (cells), create_cell (_("Opleider"), row->item, row->right_value, row->right_note));
  gtk_box_append (GTK_BOX (box), cells);

  marker = create_marker (icon_name, difference, row->differs ? "opl-differs" : "dim-label");
  gtk_box_append (GTK_BOX (box), marker);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  if (row->differs)
    gtk_widget_add_css_class (list_row, "opl-differs");

  /* Translators: a compared item for a screen reader: the item, the two answers, and whether they differ */
  accessible = g_strdup_printf (_("%s. Self-assessment: %s. Opleider: %s. %s."), row->item->text,
                                answer_label (row->item, row->left_value),
                                answer_label (row->item, row->right_value), difference);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (list_row), "opl-item", g_strdup (row->item->id), g_free);
  g_object_set_data (G_OBJECT (list_row), "opl-differs", GINT_TO_POINTER (row->differs));
  return list_row;
}

static GtkWidget *
add_section_group (GtkBox               *box,
                   GPtrArray            *lists,
                   const OplFormSection *section)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), section->title);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, section->title, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (box, group);
  g_ptr_array_add (lists, list);
  return list;
}

static void
show_status (AdwStatusPage *status,
             const char    *title,
             const char    *description)
{
  adw_status_page_set_title (status, title);
  adw_status_page_set_description (status, description);
  gtk_widget_set_visible (GTK_WIDGET (status), TRUE);
}

static int
selected_month (OplCombelCompare *self)
{
  guint selected = adw_combo_row_get_selected (self->month_row);

  if (self->months == NULL || selected >= self->months->len)
    return 0;
  return g_array_index (self->months, int, selected);
}

static void
fill_compare (OplCombelCompare *self)
{
  g_autoptr(GArray) rows = NULL;
  g_autoptr(OplForm) left = NULL;
  g_autoptr(OplForm) right = NULL;
  g_autoptr(GError) error = NULL;
  gboolean only_differences = gtk_switch_get_active (self->only_differences_switch);
  const OplFormSection *section = NULL;
  GtkWidget *list = NULL;
  int month = selected_month (self);
  g_autofree char *subtitle = NULL;

  clear_box (self->compare_box);
  g_ptr_array_set_size (self->compare_lists, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_status), FALSE);
  self->n_differences = 0;
  self->n_compared = 0;

  /* Translators: the comparison window's subtitle: the aios and the moment: “Charlotte Bakker · month 3” */
  subtitle = g_strdup_printf (_("%s · training month %d"), opl_traject_get_aios_name (self->traject), month);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);

  if (month <= 0)
    {
      show_status (self->compare_status, _("No ComBel Moments"), _("This traject has no ComBel moments."));
      return;
    }

  rows = opl_store_compare_combel (self->store, self->traject, month, opl_person_get_id (self->person),
                                   &left, &right, &error);
  if (rows == NULL)
    {
      g_debug ("Comparing the ComBel failed: %s", error->message);
      show_status (self->compare_status, _("Nothing to Compare Yet"), error->message);
      return;
    }

  self->n_differences = opl_compare_count_differences (rows);
  self->n_compared = rows->len;

  for (guint i = 0; i < rows->len; i++)
    {
      const OplCompareRow *row = &g_array_index (rows, OplCompareRow, i);

      if (only_differences && !row->differs)
        continue;

      if (row->section != section || list == NULL)
        {
          section = row->section;
          list = add_section_group (self->compare_box, self->compare_lists, section);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), create_compare_row (row));
    }

  if (only_differences && self->n_differences == 0)
    show_status (self->compare_status, _("No Differences"),
                 _("The self-assessment and the opleider’s assessment agree on every item."));
}

static void
update_differences_row (OplCombelCompare *self)
{
  AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (self->only_differences_switch),
                                                               ADW_TYPE_ACTION_ROW));
  g_autofree char *subtitle = NULL;

  if (self->n_compared == 0)
    subtitle = g_strdup ("");
  else
    subtitle = g_strdup_printf (ngettext ("%u of %u items differs", "%u of %u items differ", self->n_differences),
                                self->n_differences, self->n_compared);
  adw_action_row_set_subtitle (row, subtitle);
}

static void
on_month_row_selected_cb (OplCombelCompare *self)
{
  if (self->filling || self->store == NULL)
    return;

  fill_compare (self);
  update_differences_row (self);
}

static void
on_only_differences_cb (OplCombelCompare *self)
{
  on_month_row_selected_cb (self);
}

static GtkWidget *
create_growth_row (const OplGrowthRow *row,
                   GPtrArray          *forms,
                   GArray             *months)
{
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  /* The moments side by side, or two to a line when a whole word does not fit (360 px). */
  GtkWidget *cells = gtk_flow_box_new ();
  g_autoptr(GStrvBuilder) spoken = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *trend = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *values = NULL;
  const char *icon_name, *style;
  guint n_ranked = 0, n_answered = 0;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), new_label (row->item->text, NULL));

  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (cells), TRUE);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (cells), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (cells), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (cells), months->len);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (cells), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (cells), 8);
  for (guint i = 0; i < row->n_values; i++)
    {
      n_ranked += row->ranks[i] > 0;
      n_answered += row->values[i] != NULL;
    }

  /* A column for each ComBel moment of the year, also those still to come. */
  for (guint m = 0; m < months->len; m++)
    {
      int month = g_array_index (months, int, m);
      /* Translators: a column of the growth view: the moment of the ComBel */
      g_autofree char *caption = g_strdup_printf (_("Training month %d"), month);
      g_autofree char *part = NULL;
      const char *value = NULL;
      gboolean filled = FALSE;

      for (guint i = 0; i < row->n_values; i++)
        {
          if (opl_form_get_moment_month (g_ptr_array_index (forms, i)) == month)
            {
              value = row->values[i];
              filled = TRUE;
            }
        }

      if (filled)
        {
          append_cell (cells, create_cell (caption, row->item, value, NULL));
          /* Translators: one moment's answer for a screen reader: “month 3: Voldoende” */
          part = g_strdup_printf (_("%s: %s"), caption, answer_label (row->item, value));
        }
      else
        {
          GtkWidget *cell = create_cell (caption, row->item, NULL, NULL);

          gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (cell)), _("Not final yet"));
          append_cell (cells, cell);
          part = g_strdup_printf (_("%s: %s"), caption, _("Not final yet"));
        }
      g_strv_builder_add (spoken, part);
    }
  gtk_box_append (GTK_BOX (box), cells);

  if (n_answered < 2)
    {
      icon_name = "content-loading-symbolic";
      style = "dim-label";
      trend = g_strdup (_("Too early to tell"));
    }
  else if (n_ranked < 2)
    {
      /* “n.v.t.” is not a place on the scale. */
      icon_name = "content-loading-symbolic";
      style = "dim-label";
      trend = g_strdup (_("Not on the scale twice yet"));
    }
  else if (row->trend > 0)
    {
      icon_name = "go-up-symbolic";
      style = "opl-grew";
      trend = g_strdup_printf (ngettext ("Grew %d step", "Grew %d steps", row->trend), row->trend);
    }
  else if (row->trend < 0)
    {
      icon_name = "go-down-symbolic";
      style = "opl-differs";
      trend = g_strdup_printf (ngettext ("Went down %d step", "Went down %d steps", -row->trend), -row->trend);
    }
  else
    {
      icon_name = "object-select-symbolic";
      style = "dim-label";
      trend = g_strdup (_("Stayed at the same level"));
    }
  gtk_box_append (GTK_BOX (box), create_marker (icon_name, trend, style));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  strv = g_strv_builder_end (spoken);
  values = g_strjoinv (", ", strv);
  /* Translators: an item's growth for a screen reader: the item, its answers per moment, and the trend */
  accessible = g_strdup_printf (_("%s. %s. %s."), row->item->text, values, trend);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (list_row), "opl-item", g_strdup (row->item->id), g_free);
  return list_row;
}

static void
fill_growth (OplCombelCompare *self)
{
  OplFormRole role = adw_combo_row_get_selected (self->whose_row) == 1 ? OPL_FORM_ROLE_AIOS : OPL_FORM_ROLE_OPLEIDER;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const OplFormSection *section = NULL;
  GtkWidget *list = NULL;

  clear_box (self->growth_box);
  g_ptr_array_set_size (self->growth_lists, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->growth_status), FALSE);

  forms = opl_store_list_combel_series (self->store, self->traject, role, opl_person_get_id (self->person), &error);
  if (forms == NULL)
    {
      g_debug ("Reading the ComBel series failed: %s", error->message);
      show_status (self->growth_status, _("Could Not Read the ComBels"), error->message);
      return;
    }

  if (forms->len == 0)
    {
      show_status (self->growth_status, _("No Final ComBels Yet"),
                   role == OPL_FORM_ROLE_AIOS
                     ? _("Growth shows once there are final self-assessments that you may see.")
                     : _("Growth shows once the opleider’s assessments are final."));
      return;
    }

  rows = opl_form_growth ((OplForm **) forms->pdata, forms->len, &error);
  if (rows == NULL)
    {
      show_status (self->growth_status, _("Could Not Compare the ComBels"), error->message);
      return;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const OplGrowthRow *row = &g_array_index (rows, OplGrowthRow, i);

      if (row->section != section || list == NULL)
        {
          section = row->section;
          list = add_section_group (self->growth_box, self->growth_lists, section);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), create_growth_row (row, forms, self->months));
    }
}

static void
on_whose_row_selected_cb (OplCombelCompare *self)
{
  if (self->filling || self->store == NULL)
    return;

  fill_growth (self);
}

static void
fill_months (OplCombelCompare *self,
             int               month)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = 0;
  GDate today;

  opl_date_set_today (&today);
  moments = opl_store_get_schedule (self->store, self->traject, &today, &error);
  if (moments == NULL)
    g_debug ("Reading the schedule failed: %s", error->message);

  for (guint i = 0; moments != NULL && i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);
      g_autofree char *label = NULL;

      if (moment->kind != OPL_MOMENT_COMBEL)
        continue;

      /* Translators: a ComBel moment: its month */
      label = g_strdup_printf (_("Training month %d"), moment->month);
      if (moment->month == month)
        selected = self->months->len;
      g_array_append_val (self->months, moment->month);
      gtk_string_list_append (labels, label);
    }

  adw_combo_row_set_model (self->month_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->month_row, selected);
}

static void
opl_combel_compare_dispose (GObject *object)
{
  OplCombelCompare *self = (OplCombelCompare *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_COMBEL_COMPARE);
  if (self->compare_lists != NULL)
    g_ptr_array_set_size (self->compare_lists, 0);
  if (self->growth_lists != NULL)
    g_ptr_array_set_size (self->growth_lists, 0);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->traject);

  G_OBJECT_CLASS (opl_combel_compare_parent_class)->dispose (object);
}

static void
opl_combel_compare_finalize (GObject *object)
{
  OplCombelCompare *self = (OplCombelCompare *)object;

  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->compare_lists, g_ptr_array_unref);
  g_clear_pointer (&self->growth_lists, g_ptr_array_unref);

  G_OBJECT_CLASS (opl_combel_compare_parent_class)->finalize (object);
}

static void
opl_combel_compare_class_init (OplCombelCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_combel_compare_dispose;
  object_class->finalize = opl_combel_compare_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-combel-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, view_stack);
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, month_row);
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, only_differences_switch);
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, compare_box);
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, compare_status);
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, whose_row);
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, growth_box);
  gtk_widget_class_bind_template_child (widget_class, OplCombelCompare, growth_status);
  gtk_widget_class_bind_template_callback (widget_class, on_month_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_only_differences_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_whose_row_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_combel_compare_init (OplCombelCompare *self)
{
  g_autoptr(GtkStringList) whose = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->months = g_array_new (FALSE, FALSE, sizeof (int));
  self->compare_lists = g_ptr_array_new ();
  self->growth_lists = g_ptr_array_new ();

  gtk_string_list_append (whose, _("The opleider’s"));
  gtk_string_list_append (whose, _("The aios’s self-assessments"));
  adw_combo_row_set_model (self->whose_row, G_LIST_MODEL (whose));
}

/**
 * opl_combel_compare_new:
 * @person: who looks: the store decides what they may see
 * @month: the moment to show first (3, 6 or 9)
 * @page: "side-by-side" or "growth"
 */
GtkWidget *
opl_combel_compare_new (OplStore   *store,
                        OplPerson  *person,
                        OplTraject *traject,
                        int         month,
                        const char *page)
{
  OplCombelCompare *self;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);

  self = g_object_new (OPL_TYPE_COMBEL_COMPARE, NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);
  self->traject = g_object_ref (traject);

  adw_view_switcher_title_set_title (self->switcher_title, _("ComBel"));
  gtk_window_set_title (GTK_WINDOW (self), _("ComBel Side by Side"));

  self->filling = TRUE;
  fill_months (self, month);
  self->filling = FALSE;

  fill_compare (self);
  update_differences_row (self);
  fill_growth (self);

  if (page != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, page);

  return GTK_WIDGET (self);
}

/* For the tests */

guint
opl_combel_compare_get_n_differences (OplCombelCompare *self)
{
  return self->n_differences;
}

/* The rows shown on @page, in order: GtkListBoxRow with "opl-item" and "opl-differs". */
GPtrArray *
opl_combel_compare_get_rows (OplCombelCompare *self,
                             const char       *page)
{
  GPtrArray *lists = g_str_equal (page, "growth") ? self->growth_lists : self->compare_lists;
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < lists->len; i++)
    {
      for (GtkWidget *row = gtk_widget_get_first_child (g_ptr_array_index (lists, i));
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        g_ptr_array_add (rows, row);
    }

  return rows;
}

AdwStatusPage *
opl_combel_compare_get_status (OplCombelCompare *self,
                               const char       *page)
{
  return g_str_equal (page, "growth") ? self->growth_status : self->compare_status;
}

GtkSwitch *
opl_combel_compare_get_only_differences (OplCombelCompare *self)
{
  return self->only_differences_switch;
}

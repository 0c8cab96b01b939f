/* opl-form-compare.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ComBel is discussed in a leergesprek with the aios's self-assessment and the
 * opleider's assessment side by side; after each ComBel the aios's growth over the
 * moments 3, 6 and 9 shows (domain.md 'ComBel', 'Leergesprekken'; issue 5).
 */

#define G_LOG_DOMAIN "opl-form-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-form-compare.h"

static gboolean
check_visible (OplForm  *form,
               GError  **error)
{
  if (opl_form_is_redacted (form))
    {
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED,
                   _("A form of the comparison is private and not shared yet"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_same_form (OplForm  *a,
                 OplForm  *b,
                 GError  **error)
{
  if (!g_str_equal (opl_form_definition_get_id (opl_form_get_definition (a)),
                    opl_form_definition_get_id (opl_form_get_definition (b))))
    {
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID,
                   _("Only forms of the same definition can be compared"));
      return FALSE;
    }

  return TRUE;
}

/* The rank of @value on the scale of @item_id in @form's own definition, 0 if none. */
static int
rank_in (OplForm    *form,
         const char *item_id,
         const char *value)
{
  const OplFormItem *item = opl_form_definition_lookup_item (opl_form_get_definition (form), item_id, NULL);
  const OplFormScaleOption *option;

  if (item == NULL || item->type != OPL_FORM_ITEM_SCALE || value == NULL)
    return 0;

  option = opl_form_scale_lookup_option (item->scale, value);
  return option != NULL ? option->rank : 0;
}

static gboolean
applies_to_either (const OplFormSection *section,
                   OplForm              *left,
                   OplForm              *right)
{
  return opl_form_section_applies_to (section, opl_form_get_author_role (left)) ||
         opl_form_section_applies_to (section, opl_form_get_author_role (right));
}

static void
add_row (GArray               *rows,
         const OplFormSection *section,
         const OplFormItem    *item,
         OplForm              *left,
         OplForm              *right)
{
  OplCompareRow row = {
    .section = section,
    .item = item,
    .left_value = opl_form_get_value (left, item->id),
    .right_value = opl_form_get_value (right, item->id),
    .left_note = opl_form_get_note (left, item->id),
    .right_note = opl_form_get_note (right, item->id),
  };

  if (item->type != OPL_FORM_ITEM_TEXT)
    row.differs = g_strcmp0 (row.left_value, row.right_value) != 0;

  if (item->type == OPL_FORM_ITEM_SCALE)
    {
      int left_rank = rank_in (left, item->id, row.left_value);
      int right_rank = rank_in (right, item->id, row.right_value);

      row.ranked = left_rank > 0 && right_rank > 0;
      row.rank_difference = row.ranked ? right_rank - left_rank : 0;
    }

  g_array_append_val (rows, row);
}

/**
 * opl_form_compare:
 * @left: the aios's self-assessment
 * @right: the opleider's assessment of the same moment
 *
 * Lines the two forms up item by item, in @left's order, followed by any item only
 * @right's definition has. Scale and number items that were answered differently are
 * marked (@differs); free texts are shown side by side and never "differ". Sections
 * that neither author fills are left out.
 *
 * Returns: (transfer full) (element-type OplCompareRow): the rows, or %NULL with
 *   @error set when a form is redacted or the two are not the same form
 */
GArray *
opl_form_compare (OplForm  *left,
                  OplForm  *right,
                  GError  **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (OplCompareRow));
  OplFormDefinition *left_definition, *right_definition;

  g_return_val_if_fail (OPL_IS_FORM (left), NULL);
  g_return_val_if_fail (OPL_IS_FORM (right), NULL);

  if (!check_visible (left, error) || !check_visible (right, error) || !check_same_form (left, right, error))
    return NULL;

  left_definition = opl_form_get_definition (left);
  right_definition = opl_form_get_definition (right);

  for (guint s = 0; s < opl_form_definition_get_n_sections (left_definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (left_definition, s);

      if (!applies_to_either (section, left, right))
        continue;

      for (guint i = 0; i < section->n_items; i++)
        add_row (rows, section, &section->items[i], left, right);
    }

  if (left_definition == right_definition)
    return g_steal_pointer (&rows);

  for (guint s = 0; s < opl_form_definition_get_n_sections (right_definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (right_definition, s);

      if (!applies_to_either (section, left, right))
        continue;

      for (guint i = 0; i < section->n_items; i++)
        {
          if (opl_form_definition_lookup_item (left_definition, section->items[i].id, NULL) == NULL)
            add_row (rows, section, &section->items[i], left, right);
        }
    }

  return g_steal_pointer (&rows);
}

/**
 * opl_compare_count_differences:
 * @rows: (element-type OplCompareRow): rows of opl_form_compare()
 *
 * Returns: how many rows differ
 */
guint
opl_compare_count_differences (GArray *rows)
{
  guint n = 0;

  g_return_val_if_fail (rows != NULL, 0);

  for (guint i = 0; i < rows->len; i++)
    n += g_array_index (rows, OplCompareRow, i).differs;

  return n;
}

static void
clear_growth_row (gpointer data)
{
  OplGrowthRow *row = data;

  g_clear_pointer (&row->values, g_free);
  g_clear_pointer (&row->ranks, g_free);
}

/**
 * opl_form_growth:
 * @forms: (array length=n_forms): forms of one kind and author role, in the order to
 *   show them (the moments 3, 6, 9)
 *
 * The same scale item across @forms: one row per scale item of the first form's
 * definition, with each form's answer and its rank, and the trend from the first
 * ranked answer to the last.
 *
 * Returns: (transfer full) (element-type OplGrowthRow): the rows, or %NULL with @error
 *   set when a form is redacted or the forms are not of one definition
 */
GArray *
opl_form_growth (OplForm **forms,
                 guint     n_forms,
                 GError  **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (OplGrowthRow));
  OplFormDefinition *definition;

  g_return_val_if_fail (forms != NULL || n_forms == 0, NULL);

  g_array_set_clear_func (rows, clear_growth_row);
  if (n_forms == 0)
    return g_steal_pointer (&rows);

  for (guint f = 0; f < n_forms; f++)
    {
      if (!check_visible (forms[f], error) || !check_same_form (forms[0], forms[f], error))
        return NULL;
    }

  definition = opl_form_get_definition (forms[0]);
  for (guint s = 0; s < opl_form_definition_get_n_sections (definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, s);

      for (guint i = 0; i < section->n_items; i++)
        {
          const OplFormItem *item = &section->items[i];
          OplGrowthRow row = { .section = section, .item = item, .n_values = n_forms };
          int first = 0, last = 0;

          if (item->type != OPL_FORM_ITEM_SCALE)
            continue;

          row.values = g_new0 (const char *, n_forms);
          row.ranks = g_new0 (int, n_forms);
          for (guint f = 0; f < n_forms; f++)
            {
              row.values[f] = opl_form_get_value (forms[f], item->id);
              row.ranks[f] = rank_in (forms[f], item->id, row.values[f]);
              if (row.ranks[f] > 0)
                {
                  if (first == 0)
                    first = row.ranks[f];
                  last = row.ranks[f];
                }
            }
          row.trend = last - first;
          g_array_append_val (rows, row);
        }
    }

  return g_steal_pointer (&rows);
}

/* opl-form-compare.h: the ComBel side by side, and an aios's growth over the year.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions over loaded forms (no SQL). Items are matched by their id, so forms
 * filled against two versions of a definition still line up where their items agree.
 */

#pragma once

#include <glib.h>

#include "opl-form.h"

G_BEGIN_DECLS

/**
 * OplCompareRow:
 * @section: the section of the item, in the left form's definition
 * @item: the item
 * @left_value: (nullable): the left form's answer (the aios's self-assessment)
 * @right_value: (nullable): the right form's answer (the opleider's assessment)
 * @left_note: the left form's note on the item ("" when none)
 * @right_note: the right form's note ("" when none)
 * @differs: the two answers are not the same (an answer missing on one side differs)
 * @rank_difference: right rank minus left rank, when both answers are ranked options of
 *   the same scale; 0 otherwise (see @ranked)
 * @ranked: whether @rank_difference means something
 *
 * Borrowed pointers: valid while the two forms live.
 */
typedef struct
{
  const OplFormSection *section;
  const OplFormItem    *item;
  const char           *left_value;
  const char           *right_value;
  const char           *left_note;
  const char           *right_note;
  gboolean              differs;
  int                   rank_difference;
  gboolean              ranked;
} OplCompareRow;

/**
 * OplGrowthRow:
 * @section: the item's section, in the first form's definition
 * @item: a scale item of the first form's definition
 * @values: (array length=n_values): one answer per form, in the order of the forms
 *   (%NULL where a form has no answer); borrowed from the forms
 * @ranks: one rank per form (0 where there is none)
 * @n_values: the number of forms
 * @trend: the last ranked value's rank minus the first one's (0 with fewer than two)
 */
typedef struct
{
  const OplFormSection *section;
  const OplFormItem    *item;
  const char          **values;
  int                  *ranks;
  guint                 n_values;
  int                   trend;
} OplGrowthRow;

GArray *opl_form_compare   (OplForm   *left,
                            OplForm   *right,
                            GError   **error) G_GNUC_WARN_UNUSED_RESULT;
guint   opl_compare_count_differences (GArray *rows);

GArray *opl_form_growth    (OplForm  **forms,
                            guint      n_forms,
                            GError   **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

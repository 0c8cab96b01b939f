/* opl-form-item-row.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-form-definition.h"

G_BEGIN_DECLS

#define OPL_TYPE_FORM_ITEM_ROW (opl_form_item_row_get_type ())

G_DECLARE_FINAL_TYPE (OplFormItemRow, opl_form_item_row, OPL, FORM_ITEM_ROW, AdwPreferencesRow)

GtkWidget         *opl_form_item_row_new          (OplFormDefinition *definition,
                                                   const OplFormItem *item);

const OplFormItem *opl_form_item_row_get_item     (OplFormItemRow    *self);
char              *opl_form_item_row_get_value    (OplFormItemRow    *self) G_GNUC_WARN_UNUSED_RESULT;
char              *opl_form_item_row_get_note     (OplFormItemRow    *self) G_GNUC_WARN_UNUSED_RESULT;
void               opl_form_item_row_set_answer   (OplFormItemRow    *self,
                                                   const char        *value,
                                                   const char        *note);
void               opl_form_item_row_set_editable (OplFormItemRow    *self,
                                                   gboolean           editable);
void               opl_form_item_row_set_required (OplFormItemRow    *self,
                                                   gboolean           required);
void               opl_form_item_row_set_problem  (OplFormItemRow    *self,
                                                   const char        *problem);
gboolean           opl_form_item_row_focus_answer (OplFormItemRow    *self);
GtkWidget         *opl_form_item_row_get_control  (OplFormItemRow    *self);
GtkEditable       *opl_form_item_row_get_note_entry (OplFormItemRow  *self);
GtkExpander       *opl_form_item_row_get_note_expander (OplFormItemRow *self);

G_END_DECLS

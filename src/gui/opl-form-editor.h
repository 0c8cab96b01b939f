/* opl-form-editor.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store-forms.h"

G_BEGIN_DECLS

#define OPL_TYPE_FORM_EDITOR (opl_form_editor_get_type ())

G_DECLARE_FINAL_TYPE (OplFormEditor, opl_form_editor, OPL, FORM_EDITOR, AdwWindow)

GtkWidget *opl_form_editor_new      (OplStore      *store,
                                     OplPerson     *person,
                                     OplTraject    *traject,
                                     OplForm       *form);

OplForm   *opl_form_editor_get_form (OplFormEditor *self);
void       opl_form_editor_show_as_history (OplFormEditor *self);
gboolean   opl_form_editor_flush    (OplFormEditor *self);

G_END_DECLS

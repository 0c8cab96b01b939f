/* opl-scholing-editor.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-institute.h"
#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_SCHOLING_EDITOR (opl_scholing_editor_get_type ())

G_DECLARE_FINAL_TYPE (OplScholingEditor, opl_scholing_editor, OPL, SCHOLING_EDITOR, AdwWindow)

GtkWidget *opl_scholing_editor_new (OplStore             *store,
                                    OplPerson            *person,
                                    OplInstitute         *institute,
                                    const OplScholingDay *day,
                                    const GDate          *date);

gboolean   opl_scholing_editor_has_unsaved_changes (OplScholingEditor *self);

G_END_DECLS

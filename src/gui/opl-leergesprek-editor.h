/* opl-leergesprek-editor.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_LEERGESPREK_EDITOR (opl_leergesprek_editor_get_type ())

G_DECLARE_FINAL_TYPE (OplLeergesprekEditor, opl_leergesprek_editor, OPL, LEERGESPREK_EDITOR, AdwWindow)

GtkWidget      *opl_leergesprek_editor_new             (OplStore             *store,
                                                        OplPerson            *person,
                                                        OplTraject           *traject,
                                                        OplLeergesprek       *leergesprek);

OplLeergesprek *opl_leergesprek_editor_get_leergesprek (OplLeergesprekEditor *self);
gboolean        opl_leergesprek_editor_save            (OplLeergesprekEditor *self);
gboolean        opl_leergesprek_editor_has_unsaved_changes (OplLeergesprekEditor *self);

G_END_DECLS

/* opl-scale-control.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-form-definition.h"

G_BEGIN_DECLS

#define OPL_TYPE_SCALE_CONTROL (opl_scale_control_get_type ())

G_DECLARE_FINAL_TYPE (OplScaleControl, opl_scale_control, OPL, SCALE_CONTROL, GtkWidget)

GtkWidget  *opl_scale_control_new          (const OplFormScale *scale,
                                            const char         *label);

const char *opl_scale_control_get_value    (OplScaleControl    *self);
void        opl_scale_control_set_value    (OplScaleControl    *self,
                                            const char         *value);
gboolean    opl_scale_control_get_editable (OplScaleControl    *self);
void        opl_scale_control_set_editable (OplScaleControl    *self,
                                            gboolean            editable);
guint       opl_scale_control_get_n_options (OplScaleControl   *self);
GtkWidget  *opl_scale_control_get_option_button (OplScaleControl *self,
                                                 guint            index);

G_END_DECLS

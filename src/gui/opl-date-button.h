/* opl-date-button.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPL_TYPE_DATE_BUTTON (opl_date_button_get_type ())

G_DECLARE_FINAL_TYPE (OplDateButton, opl_date_button, OPL, DATE_BUTTON, AdwBin)

GtkWidget   *opl_date_button_new      (const char    *accessible_label);

const GDate *opl_date_button_get_date (OplDateButton *self);
void         opl_date_button_set_date (OplDateButton *self,
                                       const GDate   *date);
void         opl_date_button_set_compact (OplDateButton *self,
                                          gboolean       compact);
GtkWidget   *opl_date_button_get_menu_button (OplDateButton *self);

G_END_DECLS

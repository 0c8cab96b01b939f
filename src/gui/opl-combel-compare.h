/* opl-combel-compare.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store-forms.h"

G_BEGIN_DECLS

#define OPL_TYPE_COMBEL_COMPARE (opl_combel_compare_get_type ())

G_DECLARE_FINAL_TYPE (OplCombelCompare, opl_combel_compare, OPL, COMBEL_COMPARE, AdwWindow)

GtkWidget *opl_combel_compare_new (OplStore   *store,
                                   OplPerson  *person,
                                   OplTraject *traject,
                                   int         month,
                                   const char *page);

G_END_DECLS

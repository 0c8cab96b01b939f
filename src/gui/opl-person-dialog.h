/* opl-person-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_PERSON_DIALOG (opl_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplPersonDialog, opl_person_dialog, OPL, PERSON_DIALOG, AdwWindow)

GtkWidget *opl_person_dialog_new (OplStore    *store,
                                  OplPerson   *person,
                                  GtkWidget   *origin,
                                  const GDate *today);

G_END_DECLS

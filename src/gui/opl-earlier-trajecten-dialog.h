/* opl-earlier-trajecten-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_EARLIER_TRAJECTEN_DIALOG (opl_earlier_trajecten_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplEarlierTrajectenDialog, opl_earlier_trajecten_dialog, OPL, EARLIER_TRAJECTEN_DIALOG, AdwWindow)

GtkWidget  *opl_earlier_trajecten_dialog_new       (OplStore                  *store,
                                                    OplPerson                 *viewer,
                                                    const char                *person_id);
GtkWidget  *opl_earlier_trajecten_dialog_present   (GtkWidget                 *from,
                                                    OplStore                  *store,
                                                    OplPerson                 *viewer,
                                                    const char                *person_id);

GtkListBox *opl_earlier_trajecten_dialog_get_list  (OplEarlierTrajectenDialog *self);
GtkEditable *opl_earlier_trajecten_dialog_get_search (OplEarlierTrajectenDialog *self);

G_END_DECLS

/* opl-period-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

/**
 * OplPeriodKind:
 * @OPL_PERIOD_LEAVE: leave, illness or another interruption of a traject
 * @OPL_PERIOD_CLOSURE: the practice is closed
 * @OPL_PERIOD_END: a traject ends, with the reason
 * @OPL_PERIOD_COSCHAP: the six weeks the aios trains a coassistent
 *
 * What an #OplPeriodDialog records: days, perhaps with a kind and a note.
 */
typedef enum
{
  OPL_PERIOD_LEAVE,
  OPL_PERIOD_CLOSURE,
  OPL_PERIOD_END,
  OPL_PERIOD_COSCHAP,
} OplPeriodKind;

#define OPL_TYPE_PERIOD_DIALOG (opl_period_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplPeriodDialog, opl_period_dialog, OPL, PERIOD_DIALOG, AdwWindow)

GtkWidget *opl_period_dialog_new (OplStore      *store,
                                  OplPeriodKind  kind,
                                  OplTraject    *traject,
                                  GtkWidget     *origin,
                                  const GDate   *today);

G_END_DECLS

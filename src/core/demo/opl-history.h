/* opl-history.h: years of a realistic practice, made up from a seed, for benchmarks.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "opl-store-history.h"

G_BEGIN_DECLS

/* The most years of history the generator makes. */
#define OPL_HISTORY_MAX_YEARS 50

/* The seed when none is given. */
#define OPL_HISTORY_DEFAULT_SEED 1

/* What the generator wrote. */
typedef struct
{
  guint people;
  guint trajecten;
  guint closures;
  guint checklist_ticks;
  guint moments_done;
  guint leergesprekken;
  guint kpb_entries;
  guint diensten;
  guint forms;
  guint form_answers;
  guint scholing_days;
  guint leerpunten;
  guint hao_gesprekken;
} OplHistoryCounts;

gboolean opl_history_generate (OplStore          *store,
                               const GDate       *today,
                               guint              years,
                               guint32            seed,
                               OplHistoryCounts  *counts,
                               GError           **error);

G_END_DECLS

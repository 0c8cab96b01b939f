/* opl-store-setup.c: a new practice written whole.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A practice setup (the first-run setup, the demo) brings people, trajecten and the
 * history that goes with them; each is written by the insert function of its own store
 * file (opl-store-private.h), all in one transaction.
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include "opl-date.h"
#include "opl-store-private.h"

/**
 * opl_store_create_practice:
 * @setup: a setup that passed opl_practice_setup_finish()
 *
 * Creates the practice, its people and trajecten in one transaction.
 */
gboolean
opl_store_create_practice (OplStore          *self,
                           OplPracticeSetup  *setup,
                           GError           **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *practice_id = g_uuid_string_random ();
  GPtrArray *people;
  GPtrArray *trajecten;
  GArray *ticks;
  GArray *moments;
  GArray *slots;
  GArray *closures;
  GPtrArray *leergesprekken;
  GPtrArray *forms;
  GArray *kpb_entries;
  GArray *diensten;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (setup), FALSE);

  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  people = opl_practice_setup_get_people (setup);
  trajecten = opl_practice_setup_get_trajecten (setup);
  ticks = opl_practice_setup_get_ticks (setup);
  moments = opl_practice_setup_get_moments_done (setup);
  slots = opl_practice_setup_get_slots (setup);
  closures = opl_practice_setup_get_closures (setup);
  leergesprekken = opl_practice_setup_get_leergesprekken (setup);
  forms = opl_practice_setup_get_forms (setup);
  kpb_entries = opl_practice_setup_get_kpb_entries (setup);
  diensten = opl_practice_setup_get_diensten (setup);

  ok = opl_store_insert_practice (self, practice_id, opl_practice_setup_get_name (setup), now, error);
  for (guint i = 0; ok && i < people->len; i++)
    ok = opl_store_insert_person (self, g_ptr_array_index (people, i), now, error);
  for (guint i = 0; ok && i < trajecten->len; i++)
    ok = opl_store_insert_traject (self, g_ptr_array_index (trajecten, i), now, error);
  for (guint i = 0; ok && i < ticks->len; i++)
    ok = opl_store_insert_tick (self, &g_array_index (ticks, OplSetupTick, i), now, error);
  for (guint i = 0; ok && i < moments->len; i++)
    {
      const OplSetupMoment *moment = &g_array_index (moments, OplSetupMoment, i);

      ok = opl_store_insert_moment_done (self, opl_traject_get_id (moment->traject), moment->kind,
                               moment->month, &moment->done_on, now, error);
    }
  for (guint i = 0; ok && i < slots->len; i++)
    ok = opl_store_insert_slot (self, &g_array_index (slots, OplSlot, i), now, error);
  for (guint i = 0; ok && i < closures->len; i++)
    ok = opl_store_insert_closure (self, &g_array_index (closures, OplClosure, i),
                                   g_ptr_array_index (opl_practice_setup_get_closure_reasons (setup), i),
                                   now, error);
  for (guint i = 0; ok && i < leergesprekken->len; i++)
    ok = opl_store_insert_leergesprek (self, g_ptr_array_index (leergesprekken, i), now, error);
  for (guint i = 0; ok && i < forms->len; i++)
    ok = opl_store_insert_setup_form (self, g_ptr_array_index (forms, i), now, error);
  for (guint i = 0; ok && i < kpb_entries->len; i++)
    ok = opl_store_insert_setup_kpb (self, g_ptr_array_index (opl_practice_setup_get_kpb_definitions (setup), i),
                                     &g_array_index (kpb_entries, OplKpbEntry, i), now, error);
  for (guint i = 0; ok && i < diensten->len; i++)
    ok = opl_store_insert_setup_dienst (self, &g_array_index (diensten, OplDienst, i), now, error);
  for (guint i = 0; ok && i < opl_practice_setup_get_bekwaamheidsverklaringen (setup)->len; i++)
    {
      const OplSetupMoment *declaration = &g_array_index (opl_practice_setup_get_bekwaamheidsverklaringen (setup),
                                                          OplSetupMoment, i);

      ok = opl_store_update_bekwaamheidsverklaring (self, opl_traject_get_id (declaration->traject),
                                                    &declaration->done_on, now, error);
    }

  /* The opleiders' scholing history (opl-store-scholing.c). */
  ok = ok && opl_store_insert_scholing_history (self, opl_practice_setup_get_scholing_history (setup), now, error);

  return opl_store_finish_action (self, ok, error);
}

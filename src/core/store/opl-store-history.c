/* opl-store-history.c: the store's part for the history generator.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generator (opl-history.c) writes years of a practice's past. That is not a user
 * action, so it is not one transaction per row: opl_store_begin_history() opens one
 * transaction for a chunk (a simulated year) and opl_store_end_history() commits it
 * whole or rolls it back. Each row is written with the same cached prepared
 * statement a user action would use, with the simulated time as its created_at and
 * changed_at, and the store's actor as its author.
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include "opl-store-history.h"
#include "opl-store-private.h"

static gboolean
in_transaction (OplStore *self)
{
  return !sqlite3_get_autocommit (opl_database_get_handle (opl_store_get_database (self)));
}

/**
 * opl_store_begin_history:
 *
 * Opens the transaction of one chunk of history.
 */
gboolean
opl_store_begin_history (OplStore  *self,
                         GError   **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  return opl_database_begin (opl_store_get_database (self), error);
}

/**
 * opl_store_end_history:
 * @ok: whether every row of the chunk was written
 *
 * Commits the chunk when @ok, and rolls all of it back otherwise.
 */
gboolean
opl_store_end_history (OplStore  *self,
                       gboolean   ok,
                       GError   **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_finish_action (self, ok, error);
}

gboolean
opl_store_history_add_practice (OplStore    *self,
                                const char  *id,
                                const char  *name,
                                const char  *at,
                                GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_practice (self, id, name, at, error);
}

gboolean
opl_store_history_add_person (OplStore    *self,
                              OplPerson   *person,
                              const char  *at,
                              GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_person (self, person, at, error);
}

/**
 * opl_store_history_add_traject:
 * @traject: the traject, with its opleiders and leave periods
 * @slot: (nullable): its weekly leergesprek
 */
gboolean
opl_store_history_add_traject (OplStore       *self,
                               OplTraject     *traject,
                               const OplSlot  *slot,
                               const char     *at,
                               GError        **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_traject (self, traject, at, error) &&
         (slot == NULL || opl_store_insert_slot (self, slot, at, error));
}

gboolean
opl_store_history_add_closure (OplStore          *self,
                               const OplClosure  *closure,
                               const char        *reason,
                               const char        *at,
                               GError           **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_closure (self, closure, reason, at, error);
}

gboolean
opl_store_history_add_tick (OplStore            *self,
                            const OplSetupTick  *tick,
                            const char          *at,
                            GError             **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_tick (self, tick, at, error);
}

gboolean
opl_store_history_add_moment_done (OplStore       *self,
                                   const char     *traject_id,
                                   OplMomentKind   kind,
                                   int             month,
                                   const GDate    *done_on,
                                   const char     *at,
                                   GError        **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_moment_done (self, traject_id, kind, month, done_on, at, error);
}

gboolean
opl_store_history_add_leergesprek (OplStore        *self,
                                   OplLeergesprek  *leergesprek,
                                   const char      *at,
                                   GError         **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_leergesprek (self, leergesprek, at, error);
}

/**
 * opl_store_history_add_kpb:
 * @definition: the KPB or KVB definition the entry was made with
 * @entry: the entry, with its id
 */
gboolean
opl_store_history_add_kpb (OplStore           *self,
                           OplFormDefinition  *definition,
                           const OplKpbEntry  *entry,
                           const char         *at,
                           GError            **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_setup_kpb (self, definition, entry, at, error);
}

/**
 * opl_store_history_add_dienst:
 * @dienst: the dienst, with its id
 */
gboolean
opl_store_history_add_dienst (OplStore         *self,
                              const OplDienst  *dienst,
                              const char       *at,
                              GError          **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_setup_dienst (self, dienst, at, error);
}

/**
 * opl_store_history_add_form:
 * @form: a ComBel, LEOh, voortgangsadvies or dienstenrapportage with its answers, a
 *   draft or already final
 *
 * Stores the definition's text once (so the form renders as it was filled), the form,
 * its answers and then its state: the answers go in before the form is final, as the
 * triggers that freeze a final form require.
 */
gboolean
opl_store_history_add_form (OplStore    *self,
                            OplForm     *form,
                            const char  *at,
                            GError     **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_setup_form (self, form, at, error);
}

/**
 * opl_store_history_add_scholing:
 * @scholing: scholingsdagen, leerpunten, HAO-voortgangsgesprekken and the year each
 *   opleider began, all written with @at as their created_at
 */
gboolean
opl_store_history_add_scholing (OplStore            *self,
                                OplScholingHistory  *scholing,
                                const char          *at,
                                GError             **error)
{
  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  return opl_store_insert_scholing_history (self, scholing, at, error);
}

/**
 * opl_store_history_archive_person:
 *
 * Archives a person who left the practice before the history's today.
 */
gboolean
opl_store_history_archive_person (OplStore    *self,
                                  const char  *person_id,
                                  const char  *at,
                                  GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (in_transaction (self), FALSE);

  stmt = opl_database_prepare (database, "UPDATE person SET archived = 1, changed_at = ?2, changed_by = ?3"
                                         " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  opl_bind_text (stmt, 2, at);
  opl_bind_text (stmt, 3, opl_store_get_actor (self));
  return opl_database_step_done (database, stmt, error);
}

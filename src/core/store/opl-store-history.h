/* opl-store-history.h: the store's part for the history generator (opl-history.c).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A practice's past, written in bulk. This is not a user action: the generator holds one
 * transaction per chunk of history, between opl_store_begin_history() and
 * opl_store_end_history().
 */

#pragma once

#include "opl-form.h"
#include "opl-logbook.h"
#include "opl-scholing-history.h"
#include "opl-store.h"

G_BEGIN_DECLS

gboolean opl_store_begin_history            (OplStore  *self,
                                             GError   **error);
gboolean opl_store_end_history              (OplStore  *self,
                                             gboolean   ok,
                                             GError   **error);
gboolean opl_store_history_add_practice     (OplStore    *self,
                                             const char  *id,
                                             const char  *name,
                                             const char  *at,
                                             GError     **error);
gboolean opl_store_history_add_person       (OplStore    *self,
                                             OplPerson   *person,
                                             const char  *at,
                                             GError     **error);
gboolean opl_store_history_add_traject      (OplStore       *self,
                                             OplTraject     *traject,
                                             const OplSlot  *slot,
                                             const char     *at,
                                             GError        **error);
gboolean opl_store_history_add_closure      (OplStore          *self,
                                             const OplClosure  *closure,
                                             const char        *reason,
                                             const char        *at,
                                             GError           **error);
gboolean opl_store_history_add_tick         (OplStore            *self,
                                             const OplSetupTick  *tick,
                                             const char          *at,
                                             GError             **error);
gboolean opl_store_history_add_moment_done  (OplStore       *self,
                                             const char     *traject_id,
                                             OplMomentKind   kind,
                                             int             month,
                                             const GDate    *done_on,
                                             const char     *at,
                                             GError        **error);
gboolean opl_store_history_add_leergesprek  (OplStore        *self,
                                             OplLeergesprek  *leergesprek,
                                             const char      *at,
                                             GError         **error);

/* A KPB/KVB entry and a dienst of the past. */
gboolean opl_store_history_add_kpb          (OplStore           *self,
                                             OplFormDefinition  *definition,
                                             const OplKpbEntry  *entry,
                                             const char         *at,
                                             GError            **error);
gboolean opl_store_history_add_dienst       (OplStore         *self,
                                             const OplDienst  *dienst,
                                             const char       *at,
                                             GError          **error);

/* A form and an opleider's scholing of the past. */
gboolean opl_store_history_add_form         (OplStore    *self,
                                             OplForm     *form,
                                             const char  *at,
                                             GError     **error);
gboolean opl_store_history_add_scholing     (OplStore            *self,
                                             OplScholingHistory  *scholing,
                                             const char          *at,
                                             GError             **error);
gboolean opl_store_history_archive_person   (OplStore    *self,
                                             const char  *person_id,
                                             const char  *at,
                                             GError     **error);

G_END_DECLS

/* opl-store-privacy.h: profile passphrases and the sealed private drafts (issue 15;
 * design.md §7).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-seal.h"
#include "opl-store.h"

G_BEGIN_DECLS

gboolean opl_store_has_passphrase    (OplStore          *self,
                                      const char        *person_id);
gboolean opl_store_get_lock          (OplStore          *self,
                                      const char        *person_id,
                                      OplSealLock       *lock,
                                      GError           **error);
gboolean opl_store_unlock            (OplStore          *self,
                                      const char        *person_id,
                                      const char        *passphrase,
                                      GError           **error);
void     opl_store_unlock_async      (OplStore          *self,
                                      const char        *person_id,
                                      const char        *passphrase,
                                      GCancellable      *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer           user_data);
gboolean opl_store_unlock_finish     (OplStore          *self,
                                      GAsyncResult      *result,
                                      GError           **error);
void     opl_store_take_key          (OplStore          *self,
                                      const char        *person_id,
                                      OplSealKey        *key);
void     opl_store_forget_key        (OplStore          *self);
gboolean opl_store_is_unlocked       (OplStore          *self,
                                      const char        *person_id);

gboolean opl_store_set_lock          (OplStore          *self,
                                      OplPerson         *person,
                                      const OplSealKey  *old_key,
                                      const OplSealLock *lock,
                                      const OplSealKey  *key,
                                      GError           **error);
gboolean opl_store_set_passphrase    (OplStore          *self,
                                      OplPerson         *person,
                                      const char        *current,
                                      const char        *passphrase,
                                      GError           **error);
gboolean opl_store_remove_lock       (OplStore          *self,
                                      OplPerson         *person,
                                      const OplSealKey  *key,
                                      GError           **error);
gboolean opl_store_remove_passphrase (OplStore          *self,
                                      OplPerson         *person,
                                      const char        *current,
                                      GError           **error);
void     opl_store_change_passphrase_async  (OplStore            *self,
                                            OplPerson           *person,
                                            const char          *current,
                                            const char          *passphrase,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean opl_store_change_passphrase_finish (OplStore            *self,
                                            GAsyncResult        *result,
                                            GError             **error);
gboolean opl_store_forget_passphrase (OplStore          *self,
                                      OplPerson         *person,
                                      GError           **error);
guint    opl_store_count_sealed      (OplStore          *self,
                                      const char        *person_id);

G_END_DECLS

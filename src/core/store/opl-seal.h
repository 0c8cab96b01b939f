/* opl-seal.h: passphrases and sealed text (libsodium), for the store.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OPL_SEAL_ERROR (opl_seal_error_quark ())

typedef enum
{
  OPL_SEAL_ERROR_WRONG_PASSPHRASE,
  OPL_SEAL_ERROR_WEAK_PASSPHRASE,
  OPL_SEAL_ERROR_DAMAGED,
  OPL_SEAL_ERROR_FAILED,
} OplSealError;

#define OPL_SEAL_KEY_BYTES   32
#define OPL_SEAL_SALT_BYTES  16
#define OPL_SEAL_NONCE_BYTES 24

/* A passphrase has at least this many characters. */
#define OPL_SEAL_MIN_PASSPHRASE 6

/* What a passphrase protects: its hash (Argon2id, crypto_pwhash_str) and what the key
 * of the sealed drafts is derived with (crypto_pwhash with its own salt). */
typedef struct
{
  char      *hash;
  guint8     salt[OPL_SEAL_SALT_BYTES];
  guint64    opslimit;
  gsize      memlimit;
} OplSealLock;

/* A key in memory that is locked out of swap and wiped when freed. */
typedef struct _OplSealKey OplSealKey;

GQuark      opl_seal_error_quark   (void);
gboolean    opl_seal_init          (void);

gboolean    opl_seal_lock_new      (const char        *passphrase,
                                    OplSealLock       *lock,
                                    OplSealKey       **key,
                                    GError           **error);
void        opl_seal_lock_clear    (OplSealLock       *lock);
OplSealKey *opl_seal_unlock        (const OplSealLock *lock,
                                    const char        *passphrase,
                                    GError           **error) G_GNUC_WARN_UNUSED_RESULT;

OplSealKey *opl_seal_key_copy      (const OplSealKey  *key) G_GNUC_WARN_UNUSED_RESULT;
void        opl_seal_key_free      (OplSealKey        *key);

char       *opl_seal_digest        (const void        *data,
                                    gsize              size) G_GNUC_WARN_UNUSED_RESULT;
GBytes     *opl_seal_text          (const OplSealKey  *key,
                                    const char        *text,
                                    const char        *context,
                                    guint8             nonce[OPL_SEAL_NONCE_BYTES]) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_seal_open          (const OplSealKey  *key,
                                    GBytes            *box,
                                    const char        *context,
                                    const guint8      *nonce,
                                    GError           **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplSealKey, opl_seal_key_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OplSealLock, opl_seal_lock_clear)

G_END_DECLS

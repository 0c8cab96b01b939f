/* opl-seal.c: passphrases and sealed text, with libsodium.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A passphrase is kept as its Argon2id hash (crypto_pwhash_str), never in clear. The
 * key that seals a profile's private drafts is derived from the passphrase with
 * crypto_pwhash and a salt of its own, so the hash does not give the key; the text is
 * sealed with XChaCha20-Poly1305 (crypto_aead_xchacha20poly1305_ietf), the form's id
 * as additional data, so a box moved to another form does not open. A forgotten
 * passphrase cannot be recovered: what it sealed is lost.
 *
 * The cost: 3 passes over 64 MiB, about 0.2 s for each of the hash and the key on the
 * machines this was measured on, so unlocking (both) takes about half a second
 * (docs/performance.md); it runs on a worker thread in the window.
 */

#define G_LOG_DOMAIN "opl-seal"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <sodium.h>

#include "opl-seal.h"

#define OPSLIMIT 3
#define MEMLIMIT (64u << 20)

struct _OplSealKey
{
  guint8 *bytes;   /* sodium_malloc'd: out of swap, guarded, wiped when freed */
};

G_DEFINE_QUARK (opl-seal-error-quark, opl_seal_error)

/**
 * opl_seal_init:
 *
 * Returns: whether libsodium can be used (the functions below call it; calling it
 *   again is cheap)
 */
gboolean
opl_seal_init (void)
{
  return sodium_init () >= 0;
}

static OplSealKey *
key_new (void)
{
  OplSealKey *key = g_new0 (OplSealKey, 1);

  key->bytes = sodium_malloc (OPL_SEAL_KEY_BYTES);
  g_assert (key->bytes != NULL);
  return key;
}

void
opl_seal_key_free (OplSealKey *key)
{
  if (key == NULL)
    return;

  sodium_free (key->bytes);
  g_free (key);
}

OplSealKey *
opl_seal_key_copy (const OplSealKey *key)
{
  OplSealKey *copy = key_new ();

  memcpy (copy->bytes, key->bytes, OPL_SEAL_KEY_BYTES);
  return copy;
}

static OplSealKey *
derive_key (const OplSealLock  *lock,
            const char         *passphrase,
            GError            **error)
{
  OplSealKey *key = key_new ();

  if (crypto_pwhash (key->bytes, OPL_SEAL_KEY_BYTES, passphrase, strlen (passphrase), lock->salt,
                     lock->opslimit, lock->memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      opl_seal_key_free (key);
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_FAILED,
                           _("Not enough memory to derive the key from the passphrase"));
      return NULL;
    }

  return key;
}

void
opl_seal_lock_clear (OplSealLock *lock)
{
  g_clear_pointer (&lock->hash, g_free);
  sodium_memzero (lock->salt, sizeof lock->salt);
}

/**
 * opl_seal_lock_new:
 * @lock: (out caller-allocates): the hash and the key's salt, to store
 * @key: (out) (optional): the key the passphrase gives
 *
 * Returns: %FALSE with @error set when the passphrase is too short
 */
gboolean
opl_seal_lock_new (const char   *passphrase,
                   OplSealLock  *lock,
                   OplSealKey  **key,
                   GError      **error)
{
  char hash[crypto_pwhash_STRBYTES];

  g_return_val_if_fail (passphrase != NULL && lock != NULL, FALSE);
  g_return_val_if_fail (opl_seal_init (), FALSE);

  if (g_utf8_strlen (passphrase, -1) < OPL_SEAL_MIN_PASSPHRASE)
    {
      g_set_error (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WEAK_PASSPHRASE,
                   _("A passphrase has at least %d characters"), OPL_SEAL_MIN_PASSPHRASE);
      return FALSE;
    }

  if (crypto_pwhash_str (hash, passphrase, strlen (passphrase), OPSLIMIT, MEMLIMIT) != 0)
    {
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_FAILED,
                           _("Not enough memory to hash the passphrase"));
      return FALSE;
    }

  *lock = (OplSealLock) { .hash = g_strdup (hash), .opslimit = OPSLIMIT, .memlimit = MEMLIMIT };
  randombytes_buf (lock->salt, sizeof lock->salt);
  sodium_memzero (hash, sizeof hash);
  if (key != NULL)
    {
      *key = derive_key (lock, passphrase, error);
      if (*key == NULL)
        {
          opl_seal_lock_clear (lock);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * opl_seal_unlock:
 *
 * Checks @passphrase against @lock's hash and derives the key. Slow on purpose (two
 * Argon2id runs): call it off the main thread.
 *
 * Returns: (transfer full): the key, or %NULL with @error set (a wrong passphrase:
 *   %OPL_SEAL_ERROR_WRONG_PASSPHRASE)
 */
OplSealKey *
opl_seal_unlock (const OplSealLock  *lock,
                 const char         *passphrase,
                 GError            **error)
{
  g_return_val_if_fail (lock != NULL && lock->hash != NULL, NULL);
  g_return_val_if_fail (passphrase != NULL, NULL);
  g_return_val_if_fail (opl_seal_init (), NULL);

  if (crypto_pwhash_str_verify (lock->hash, passphrase, strlen (passphrase)) != 0)
    {
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE, _("That is not the passphrase"));
      return NULL;
    }

  return derive_key (lock, passphrase, error);
}

/**
 * opl_seal_text:
 * @context: bound to the box (the form's id): a box opens only with the same context
 * @nonce: (out caller-allocates): the nonce to keep beside the box
 *
 * Returns: (transfer full): @text sealed with @key
 */
GBytes *
opl_seal_text (const OplSealKey *key,
               const char       *text,
               const char       *context,
               guint8            nonce[OPL_SEAL_NONCE_BYTES])
{
  gsize length = strlen (text);
  guint8 *box = g_malloc (length + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long box_length = 0;

  g_return_val_if_fail (key != NULL && text != NULL && context != NULL, NULL);
  g_return_val_if_fail (opl_seal_init (), NULL);

  randombytes_buf (nonce, OPL_SEAL_NONCE_BYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt (box, &box_length, (const guint8 *) text, length,
                                              (const guint8 *) context, strlen (context), NULL, nonce, key->bytes);
  return g_bytes_new_take (box, (gsize) box_length);
}

/**
 * opl_seal_open:
 *
 * Returns: (transfer full): the text @box holds, or %NULL with @error set when @key is
 *   not the one it was sealed with, or the box or its context was changed
 */
char *
opl_seal_open (const OplSealKey  *key,
               GBytes            *box,
               const char        *context,
               const guint8      *nonce,
               GError           **error)
{
  gsize box_length = 0;
  const guint8 *data = g_bytes_get_data (box, &box_length);
  unsigned long long length = 0;
  char *text;

  g_return_val_if_fail (key != NULL && box != NULL && context != NULL && nonce != NULL, NULL);

  if (box_length < crypto_aead_xchacha20poly1305_ietf_ABYTES)
    {
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_DAMAGED, _("A sealed draft is damaged"));
      return NULL;
    }

  text = g_malloc (box_length - crypto_aead_xchacha20poly1305_ietf_ABYTES + 1);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt ((guint8 *) text, &length, NULL, data, box_length,
                                                  (const guint8 *) context, strlen (context), nonce,
                                                  key->bytes) != 0)
    {
      g_free (text);
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_DAMAGED,
                           _("A sealed draft does not open with this passphrase, or it was changed"));
      return NULL;
    }

  text[length] = '\0';
  return text;
}

/**
 * opl_seal_digest:
 *
 * Returns: (transfer full): the BLAKE2b-256 of @data in hex (64 characters): a
 *   fingerprint, twice as fast as SHA-256 without the processor's help
 */
char *
opl_seal_digest (const void *data,
                 gsize       size)
{
  guint8 hash[32];
  char *hex = g_malloc (2 * sizeof hash + 1);

  g_return_val_if_fail (opl_seal_init (), NULL);

  crypto_generichash (hash, sizeof hash, data, size, NULL, 0);
  sodium_bin2hex (hex, 2 * sizeof hash + 1, hash, sizeof hash);
  return hex;
}

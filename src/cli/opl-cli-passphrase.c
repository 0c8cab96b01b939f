/* opl-cli-passphrase.c: the passphrase of a locked profile on the command line.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `--profile` of a profile with a passphrase asks for it on the terminal (without echo),
 * or reads it from `--passphrase-fd N` for scripts (one line; the pipe of a secret
 * manager, not an argument that `ps` shows). Without either the mode stops: it never
 * reads a locked profile's sealed drafts, nor acts as it, without the passphrase.
 */

#define G_LOG_DOMAIN "opl-cli"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "opl-cli-private.h"
#include "opl-store-privacy.h"

/* A passphrase is one line of at most this many bytes. */
#define MAX_PASSPHRASE 1024

static void
wipe (char *text)
{
  if (text == NULL)
    return;

  explicit_bzero (text, strlen (text));
  g_free (text);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplCliSecret, wipe)

/* One line from @fd, without its newline; %NULL with @error set when it cannot be read. */
static char *
read_line (int      fd,
           GError **error)
{
  char *line = g_malloc0 (MAX_PASSPHRASE + 1);
  gsize length = 0;

  while (length < MAX_PASSPHRASE)
    {
      char c;
      gssize n = read (fd, &c, 1);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          wipe (line);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("The passphrase could not be read: %s"), g_strerror (saved));
          return NULL;
        }
      if (n == 0 || c == '\n')
        break;
      line[length++] = c;
    }

  if (length > 0 && line[length - 1] == '\r')
    line[--length] = '\0';
  return line;
}

/* Asks on the terminal of standard input, with echo off. */
static char *
ask_on_terminal (OplPerson  *person,
                 GError    **error)
{
  struct termios saved, quiet;
  gboolean echo_off;
  char *line;

  /* Translators: the command line's prompt; %s is a person's name */
  g_printerr (_("Passphrase of %s: "), opl_person_get_name (person));
  echo_off = tcgetattr (STDIN_FILENO, &saved) == 0;
  if (echo_off)
    {
      quiet = saved;
      quiet.c_lflag &= ~(tcflag_t) ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }

  line = read_line (STDIN_FILENO, error);

  if (echo_off)
    tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
  g_printerr ("\n");
  return line;
}

/**
 * opl_cli_unlock_profile:
 * @person: the profile --profile named
 *
 * Unlocks @person when it has a passphrase: from --passphrase-fd, or asked on the
 * terminal.
 *
 * Returns: %OPL_EXIT_OK, or the exit status after saying why not
 */
int
opl_cli_unlock_profile (OplCliOptions *options,
                        OplStore      *store,
                        OplPerson     *person)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplCliSecret) passphrase = NULL;

  if (!opl_store_has_passphrase (store, opl_person_get_id (person)))
    return OPL_EXIT_OK;

  if (options->passphrase_fd >= 0)
    passphrase = read_line (options->passphrase_fd, &error);
  else if (isatty (STDIN_FILENO))
    passphrase = ask_on_terminal (person, &error);
  else
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a person's name */
      message = g_strdup_printf (_("The profile of %s is locked: give its passphrase on a terminal, or with "
                                   "--passphrase-fd N"), opl_person_get_name (person));
      g_set_error_literal (&error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE, message);
    }

  if (passphrase == NULL || !opl_store_unlock (store, opl_person_get_id (person), passphrase, &error))
    return opl_cli_fail (error);

  return OPL_EXIT_OK;
}

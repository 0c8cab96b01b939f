/* opl-leergesprek.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-leergesprek"

#include "config.h"

#include "opl-date.h"
#include "opl-leergesprek.h"

struct _OplLeergesprek
{
  GObject               parent_instance;

  char                 *id;
  char                 *traject_id;
  char                 *week_key;
  GDate                 date;
  int                   start_minute;
  int                   duration;
  OplLeergesprekKind    kind;
  OplLeergesprekStatus  status;
  char                 *opleider_id;
  char                 *texts[OPL_N_LEERGESPREK_TEXTS];
  char                 *changed_at;
  char                 *changed_by;
};

G_DEFINE_FINAL_TYPE (OplLeergesprek, opl_leergesprek, G_TYPE_OBJECT)

static const char * const status_strings[] = { "planned", "held", "cancelled" };

static void
opl_leergesprek_finalize (GObject *object)
{
  OplLeergesprek *self = (OplLeergesprek *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->traject_id, g_free);
  g_clear_pointer (&self->week_key, g_free);
  g_clear_pointer (&self->opleider_id, g_free);
  for (guint i = 0; i < OPL_N_LEERGESPREK_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);
  g_clear_pointer (&self->changed_at, g_free);
  g_clear_pointer (&self->changed_by, g_free);

  G_OBJECT_CLASS (opl_leergesprek_parent_class)->finalize (object);
}

static void
opl_leergesprek_class_init (OplLeergesprekClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_leergesprek_finalize;
}

static void
opl_leergesprek_init (OplLeergesprek *self)
{
  g_date_clear (&self->date, 1);
}

/**
 * opl_leergesprek_new:
 *
 * A planned leergesprek on @date, in the ISO week of @date.
 */
OplLeergesprek *
opl_leergesprek_new (const char         *id,
                     const char         *traject_id,
                     const GDate        *date,
                     int                 start_minute,
                     int                 duration,
                     OplLeergesprekKind  kind)
{
  OplLeergesprek *self;

  g_return_val_if_fail (id != NULL && traject_id != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = g_object_new (OPL_TYPE_LEERGESPREK, NULL);
  self->id = g_strdup (id);
  self->traject_id = g_strdup (traject_id);
  self->week_key = opl_date_week_key (date);
  self->date = *date;
  self->start_minute = start_minute;
  self->duration = duration;
  self->kind = kind;
  self->status = OPL_LEERGESPREK_PLANNED;
  return self;
}

const char *
opl_leergesprek_get_id (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), NULL);
  return self->id;
}

const char *
opl_leergesprek_get_traject_id (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), NULL);
  return self->traject_id;
}

/**
 * opl_leergesprek_get_week_key:
 *
 * Returns: the week the leergesprek was planned for. Moving it to another day keeps
 *   it: the week's slot stays filled.
 */
const char *
opl_leergesprek_get_week_key (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), NULL);
  return self->week_key;
}

void
opl_leergesprek_set_week_key (OplLeergesprek *self,
                              const char     *week_key)
{
  g_return_if_fail (OPL_IS_LEERGESPREK (self));

  g_free (self->week_key);
  self->week_key = g_strdup (week_key);
}

const GDate *
opl_leergesprek_get_date (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), NULL);
  return &self->date;
}

int
opl_leergesprek_get_start_minute (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), 0);
  return self->start_minute;
}

int
opl_leergesprek_get_duration (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), 0);
  return self->duration;
}

/**
 * opl_leergesprek_move:
 *
 * Moves the leergesprek to another day or time; it keeps its week (see
 * opl_leergesprek_get_week_key()).
 */
void
opl_leergesprek_move (OplLeergesprek *self,
                      const GDate    *date,
                      int             start_minute,
                      int             duration)
{
  g_return_if_fail (OPL_IS_LEERGESPREK (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->date = *date;
  self->start_minute = start_minute;
  self->duration = duration;
}

OplLeergesprekKind
opl_leergesprek_get_kind (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), OPL_LEERGESPREK_TAAKGERICHT);
  return self->kind;
}

void
opl_leergesprek_set_kind (OplLeergesprek     *self,
                          OplLeergesprekKind  kind)
{
  g_return_if_fail (OPL_IS_LEERGESPREK (self));
  self->kind = kind;
}

OplLeergesprekStatus
opl_leergesprek_get_status (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), OPL_LEERGESPREK_PLANNED);
  return self->status;
}

void
opl_leergesprek_set_status (OplLeergesprek       *self,
                            OplLeergesprekStatus  status)
{
  g_return_if_fail (OPL_IS_LEERGESPREK (self));
  self->status = status;
}

/**
 * opl_leergesprek_get_opleider_id:
 *
 * Returns: (nullable): the opleider who holds it (duo-opleiders take turns)
 */
const char *
opl_leergesprek_get_opleider_id (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), NULL);
  return self->opleider_id;
}

void
opl_leergesprek_set_opleider_id (OplLeergesprek *self,
                                 const char     *opleider_id)
{
  g_return_if_fail (OPL_IS_LEERGESPREK (self));

  g_free (self->opleider_id);
  self->opleider_id = g_strdup (opleider_id);
}

/**
 * opl_leergesprek_get_text:
 *
 * Returns: the text, "" when empty
 */
const char *
opl_leergesprek_get_text (OplLeergesprek     *self,
                          OplLeergesprekText  which)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), NULL);
  g_return_val_if_fail (which < OPL_N_LEERGESPREK_TEXTS, NULL);

  return self->texts[which] != NULL ? self->texts[which] : "";
}

void
opl_leergesprek_set_text (OplLeergesprek     *self,
                          OplLeergesprekText  which,
                          const char         *text)
{
  char *copy;

  g_return_if_fail (OPL_IS_LEERGESPREK (self));
  g_return_if_fail (which < OPL_N_LEERGESPREK_TEXTS);

  /* @text may be the text itself. */
  copy = g_strdup (text);
  g_free (self->texts[which]);
  self->texts[which] = copy;
}

/**
 * opl_leergesprek_has_text:
 *
 * Returns: whether the text holds more than white space (an agenda written, say)
 */
gboolean
opl_leergesprek_has_text (OplLeergesprek     *self,
                          OplLeergesprekText  which)
{
  const char *text = opl_leergesprek_get_text (self, which);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return TRUE;
    }

  return FALSE;
}

/**
 * opl_leergesprek_get_changed_at:
 *
 * Returns: (nullable): when the row this was read from was last changed, %NULL for a
 *   leergesprek not read from the store. opl_store_save_leergesprek() refuses to
 *   overwrite a row changed since.
 */
const char *
opl_leergesprek_get_changed_at (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), NULL);
  return self->changed_at;
}

/**
 * opl_leergesprek_get_changed_by:
 *
 * Returns: (nullable): the id of the person who last changed the row
 */
const char *
opl_leergesprek_get_changed_by (OplLeergesprek *self)
{
  g_return_val_if_fail (OPL_IS_LEERGESPREK (self), NULL);
  return self->changed_by;
}

void
opl_leergesprek_set_changed (OplLeergesprek *self,
                             const char     *changed_at,
                             const char     *changed_by)
{
  char *at, *by;

  g_return_if_fail (OPL_IS_LEERGESPREK (self));

  at = g_strdup (changed_at);
  by = g_strdup (changed_by);
  g_free (self->changed_at);
  self->changed_at = at;
  g_free (self->changed_by);
  self->changed_by = by;
}

const char *
opl_leergesprek_status_to_string (OplLeergesprekStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_strings), NULL);
  return status_strings[status];
}

gboolean
opl_leergesprek_status_from_string (const char           *str,
                                    OplLeergesprekStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_strings); i++)
    {
      if (g_strcmp0 (str, status_strings[i]) == 0)
        {
          *status = (OplLeergesprekStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

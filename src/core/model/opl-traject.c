/* opl-traject.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-traject"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "opl-traject.h"

G_DEFINE_QUARK (opl-traject-error-quark, opl_traject_error)

struct _OplTraject
{
  GObject   parent_instance;

  char     *id;
  char     *aios_id;
  char     *aios_name;
  OplPhase  phase;
  GDate     start;
  GDate     end;
  double    parttime;
  OplEndReason end_reason;
  char     *end_note;
  char     *changed_at;  /* as read from the store, for its check on update */

  GArray   *opleiders;
  GArray   *leaves;
};

G_DEFINE_FINAL_TYPE (OplTraject, opl_traject, G_TYPE_OBJECT)

static void
clear_opleider (gpointer data)
{
  OplTrajectOpleider *opleider = data;

  g_clear_pointer (&opleider->person_id, g_free);
  g_clear_pointer (&opleider->name, g_free);
}

static void
opl_traject_finalize (GObject *object)
{
  OplTraject *self = (OplTraject *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->aios_id, g_free);
  g_clear_pointer (&self->aios_name, g_free);
  g_clear_pointer (&self->end_note, g_free);
  g_clear_pointer (&self->changed_at, g_free);
  g_clear_pointer (&self->opleiders, g_array_unref);
  g_clear_pointer (&self->leaves, g_array_unref);

  G_OBJECT_CLASS (opl_traject_parent_class)->finalize (object);
}

static void
opl_traject_class_init (OplTrajectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_traject_finalize;
}

static void
opl_traject_init (OplTraject *self)
{
  self->opleiders = g_array_new (FALSE, TRUE, sizeof (OplTrajectOpleider));
  g_array_set_clear_func (self->opleiders, clear_opleider);
  self->leaves = g_array_new (FALSE, TRUE, sizeof (OplLeave));
  g_date_clear (&self->start, 1);
  g_date_clear (&self->end, 1);
}

/**
 * opl_traject_new:
 * @end: (nullable): the end date, or %NULL while the traject runs
 */
OplTraject *
opl_traject_new (const char  *id,
                 const char  *aios_id,
                 const char  *aios_name,
                 OplPhase     phase,
                 const GDate *start,
                 const GDate *end,
                 double       parttime)
{
  OplTraject *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  self = g_object_new (OPL_TYPE_TRAJECT, NULL);
  self->id = g_strdup (id);
  self->aios_id = g_strdup (aios_id);
  self->aios_name = g_strdup (aios_name);
  self->phase = phase;
  self->start = *start;
  if (end != NULL)
    self->end = *end;
  self->parttime = parttime;

  return self;
}

const char *
opl_traject_get_id (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  return self->id;
}

const char *
opl_traject_get_aios_id (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  return self->aios_id;
}

const char *
opl_traject_get_aios_name (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  return self->aios_name;
}

OplPhase
opl_traject_get_phase (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), OPL_PHASE_I);

  return self->phase;
}

const GDate *
opl_traject_get_start (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  return &self->start;
}

/**
 * opl_traject_get_end:
 *
 * Returns: (nullable): the end date, or %NULL while the traject runs
 */
const GDate *
opl_traject_get_end (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  return g_date_valid (&self->end) ? &self->end : NULL;
}

double
opl_traject_get_parttime (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), 1.0);

  return self->parttime;
}

gboolean
opl_traject_is_active (OplTraject  *self,
                       const GDate *today)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), FALSE);

  if (g_date_compare (today, &self->start) < 0)
    return FALSE;

  return !g_date_valid (&self->end) || g_date_compare (today, &self->end) <= 0;
}

/**
 * opl_traject_has_ended:
 *
 * Returns: whether the traject has an end date before @today
 */
gboolean
opl_traject_has_ended (OplTraject  *self,
                       const GDate *today)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), FALSE);

  return g_date_valid (&self->end) && g_date_compare (&self->end, today) < 0;
}

/**
 * opl_traject_get_training_month:
 *
 * Returns: the calendar month of the traject @today falls in, counting from 1, or 0
 *   before the start. (The schedule engine, not this, knows training time.)
 */
int
opl_traject_get_training_month (OplTraject  *self,
                                const GDate *today)
{
  int months;

  g_return_val_if_fail (OPL_IS_TRAJECT (self), 0);

  if (g_date_compare (today, &self->start) < 0)
    return 0;

  months = (g_date_get_year (today) - g_date_get_year (&self->start)) * 12 +
           (int) g_date_get_month (today) - (int) g_date_get_month (&self->start);
  if (g_date_get_day (today) < g_date_get_day (&self->start))
    months--;

  return months + 1;
}

void
opl_traject_add_opleider (OplTraject *self,
                          const char *person_id,
                          const char *name,
                          OplRole     role,
                          double      share)
{
  OplTrajectOpleider opleider = {
    .person_id = g_strdup (person_id),
    .name = g_strdup (name),
    .role = role,
    .share = share,
  };

  g_return_if_fail (OPL_IS_TRAJECT (self));

  g_array_append_val (self->opleiders, opleider);
}

guint
opl_traject_get_n_opleiders (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), 0);

  return self->opleiders->len;
}

const OplTrajectOpleider *
opl_traject_get_opleider (OplTraject *self,
                          guint       index)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);
  g_return_val_if_fail (index < self->opleiders->len, NULL);

  return &g_array_index (self->opleiders, OplTrajectOpleider, index);
}

/**
 * opl_traject_find_opleider:
 * @person_id: (nullable): a person's id
 *
 * Returns: (nullable): the opleider of this traject who is @person_id, or %NULL
 */
const OplTrajectOpleider *
opl_traject_find_opleider (OplTraject *self,
                           const char *person_id)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  for (guint i = 0; person_id != NULL && i < self->opleiders->len; i++)
    {
      const OplTrajectOpleider *opleider = &g_array_index (self->opleiders, OplTrajectOpleider, i);

      if (g_strcmp0 (opleider->person_id, person_id) == 0)
        return opleider;
    }

  return NULL;
}

/**
 * opl_traject_get_share_of:
 *
 * Returns: the share of the guidance @person_id has in this traject, 0 if none
 */
double
opl_traject_get_share_of (OplTraject *self,
                          const char *person_id)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), 0.0);

  for (guint i = 0; i < self->opleiders->len; i++)
    {
      const OplTrajectOpleider *opleider = &g_array_index (self->opleiders, OplTrajectOpleider, i);

      if (g_strcmp0 (opleider->person_id, person_id) == 0)
        return opleider->share;
    }

  return 0.0;
}

/**
 * opl_traject_add_leave:
 * @id: (nullable): the leave period's id in the store, or %NULL for one not stored
 */
void
opl_traject_add_leave (OplTraject   *self,
                       const char   *id,
                       OplLeaveKind  kind,
                       const GDate  *start,
                       const GDate  *end)
{
  OplLeave leave = { .kind = kind, .start = *start, .end = *end };

  g_return_if_fail (OPL_IS_TRAJECT (self));

  if (id != NULL)
    g_strlcpy (leave.id, id, sizeof leave.id);
  g_array_append_val (self->leaves, leave);
}

guint
opl_traject_get_n_leaves (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), 0);

  return self->leaves->len;
}

const OplLeave *
opl_traject_get_leave (OplTraject *self,
                       guint       index)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);
  g_return_val_if_fail (index < self->leaves->len, NULL);

  return &g_array_index (self->leaves, OplLeave, index);
}

/**
 * opl_traject_get_end_reason:
 *
 * Returns: why the traject ended, %OPL_END_REGULAR unless it ended early
 */
OplEndReason
opl_traject_get_end_reason (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), OPL_END_REGULAR);

  return self->end_reason;
}

const char *
opl_traject_get_end_note (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  return self->end_note != NULL ? self->end_note : "";
}

/**
 * opl_traject_set_end:
 * @end: (nullable): the last day, or %NULL while the traject runs
 * @note: (nullable): what the reason leaves unsaid
 */
void
opl_traject_set_end (OplTraject   *self,
                     const GDate  *end,
                     OplEndReason  reason,
                     const char   *note)
{
  g_return_if_fail (OPL_IS_TRAJECT (self));

  if (end != NULL)
    self->end = *end;
  else
    g_date_clear (&self->end, 1);
  self->end_reason = end != NULL ? reason : OPL_END_REGULAR;
  g_free (self->end_note);
  self->end_note = g_strdup (end != NULL && note != NULL ? note : "");
}

void
opl_traject_set_phase (OplTraject *self,
                       OplPhase    phase)
{
  g_return_if_fail (OPL_IS_TRAJECT (self));

  self->phase = phase;
}

void
opl_traject_set_start (OplTraject  *self,
                       const GDate *start)
{
  g_return_if_fail (OPL_IS_TRAJECT (self));
  g_return_if_fail (start != NULL);

  self->start = *start;
}

void
opl_traject_set_parttime (OplTraject *self,
                          double      parttime)
{
  g_return_if_fail (OPL_IS_TRAJECT (self));

  self->parttime = parttime;
}

/* Removes every opleider, before the edited ones are added again. */
void
opl_traject_clear_opleiders (OplTraject *self)
{
  g_return_if_fail (OPL_IS_TRAJECT (self));

  g_array_set_size (self->opleiders, 0);
}

/**
 * opl_traject_get_changed_at:
 *
 * Returns: (nullable): when the row was last changed, as the store read it
 */
const char *
opl_traject_get_changed_at (OplTraject *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  return self->changed_at;
}

void
opl_traject_set_changed_at (OplTraject *self,
                            const char *changed_at)
{
  g_return_if_fail (OPL_IS_TRAJECT (self));

  g_free (self->changed_at);
  self->changed_at = g_strdup (changed_at);
}

/**
 * opl_traject_copy:
 *
 * Returns: (transfer full): a traject with the same facts, opleiders and leave, to
 *   edit without touching @self
 */
OplTraject *
opl_traject_copy (OplTraject *self)
{
  OplTraject *copy;

  g_return_val_if_fail (OPL_IS_TRAJECT (self), NULL);

  copy = opl_traject_new (self->id, self->aios_id, self->aios_name, self->phase, &self->start,
                          opl_traject_get_end (self), self->parttime);
  copy->end_reason = self->end_reason;
  copy->end_note = g_strdup (self->end_note);
  copy->changed_at = g_strdup (self->changed_at);
  for (guint i = 0; i < self->opleiders->len; i++)
    {
      const OplTrajectOpleider *opleider = &g_array_index (self->opleiders, OplTrajectOpleider, i);

      opl_traject_add_opleider (copy, opleider->person_id, opleider->name, opleider->role, opleider->share);
    }
  g_array_append_vals (copy->leaves, self->leaves->data, self->leaves->len);
  return copy;
}

/**
 * opl_traject_check_parttime:
 *
 * Refuses a part-time factor outside %OPL_PARTTIME_MIN to %OPL_PARTTIME_MAX or between
 * its steps of %OPL_PARTTIME_STEP, in words.
 */
gboolean
opl_traject_check_parttime (double   parttime,
                            GError **error)
{
  double steps = (parttime - OPL_PARTTIME_MIN) / OPL_PARTTIME_STEP;

  if (parttime < OPL_PARTTIME_MIN - 1e-9 || parttime > OPL_PARTTIME_MAX + 1e-9 ||
      fabs (steps - round (steps)) > 1e-6)
    {
      g_set_error (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_PARTTIME,
                   /* Translators: the part-time factor's range, in percent: 50, 100, 10 */
                   _("The part-time factor is %d %% to %d %% in steps of %d %%"),
                   (int) round (OPL_PARTTIME_MIN * 100), (int) round (OPL_PARTTIME_MAX * 100),
                   (int) round (OPL_PARTTIME_STEP * 100));
      return FALSE;
    }

  return TRUE;
}

/**
 * opl_traject_check:
 *
 * Whether the traject's facts can be: a start, an end after it, a part-time factor the
 * training allows, and an opleider (or a duo) whose shares add up to 100 %. The error's
 * code names the field (#OplTrajectError).
 */
gboolean
opl_traject_check (OplTraject  *self,
                   GError     **error)
{
  double total = 0.0;

  g_return_val_if_fail (OPL_IS_TRAJECT (self), FALSE);

  if (self->aios_id == NULL || *self->aios_id == '\0')
    {
      g_set_error_literal (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_AIOS, _("Choose the aios of the traject"));
      return FALSE;
    }

  if (!g_date_valid (&self->start))
    {
      g_set_error_literal (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_START, _("The traject needs a start date"));
      return FALSE;
    }

  if (g_date_valid (&self->end) && g_date_compare (&self->end, &self->start) <= 0)
    {
      g_set_error_literal (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_END,
                           _("The traject must end after the day it starts"));
      return FALSE;
    }

  if (!opl_traject_check_parttime (self->parttime, error))
    return FALSE;

  if (self->opleiders->len == 0)
    {
      g_set_error_literal (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_SHARES, _("A traject needs an opleider"));
      return FALSE;
    }

  for (guint i = 0; i < self->opleiders->len; i++)
    {
      const OplTrajectOpleider *opleider = &g_array_index (self->opleiders, OplTrajectOpleider, i);

      if (!(opleider->share > 0.0))
        {
          g_set_error (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_SHARES,
                       _("%s needs a share of more than 0 %%"), opleider->name);
          return FALSE;
        }
      total += opleider->share;
    }

  if (fabs (total - 1.0) > 0.005)
    {
      g_set_error (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_SHARES,
                   _("The shares add up to %d %%; they must add up to 100 %%"), (int) round (total * 100));
      return FALSE;
    }

  return TRUE;
}

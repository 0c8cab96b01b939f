/* opl-traject.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-traject"

#include "config.h"

#include "opl-traject.h"

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

void
opl_traject_add_leave (OplTraject   *self,
                       OplLeaveKind  kind,
                       const GDate  *start,
                       const GDate  *end)
{
  OplLeave leave = { .kind = kind, .start = *start, .end = *end };

  g_return_if_fail (OPL_IS_TRAJECT (self));

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

/* opl-scholing-history.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a practice setup carries of the opleiders' scholing and quality cycle, so that
 * the demo's history is written in the same transaction as the practice.
 */

#define G_LOG_DOMAIN "opl-scholing"

#include "config.h"

#include "opl-scholing-history.h"

struct _OplScholingHistory
{
  GObject    parent_instance;

  GPtrArray *days;            /* OplScholingDay */
  GArray    *since;           /* OplSetupOpleiderSince */
  GArray    *dispensations;   /* OplSetupDispensation */
  GArray    *leerpunten;      /* OplSetupLeerpunt */
  GArray    *hao;             /* OplSetupHaoGesprek */
};

G_DEFINE_FINAL_TYPE (OplScholingHistory, opl_scholing_history, G_TYPE_OBJECT)

static void
clear_since (gpointer data)
{
  g_clear_pointer (&((OplSetupOpleiderSince *) data)->person_id, g_free);
}

static void
clear_dispensation (gpointer data)
{
  OplSetupDispensation *dispensation = data;

  g_clear_pointer (&dispensation->person_id, g_free);
  g_clear_pointer (&dispensation->reason, g_free);
}

static void
clear_leerpunt (gpointer data)
{
  OplSetupLeerpunt *leerpunt = data;

  g_clear_pointer (&leerpunt->person_id, g_free);
  g_clear_pointer (&leerpunt->text, g_free);
}

static void
clear_hao (gpointer data)
{
  OplSetupHaoGesprek *gesprek = data;

  g_clear_pointer (&gesprek->person_id, g_free);
  g_clear_pointer (&gesprek->note, g_free);
}

static void
opl_scholing_history_finalize (GObject *object)
{
  OplScholingHistory *self = (OplScholingHistory *)object;

  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->since, g_array_unref);
  g_clear_pointer (&self->dispensations, g_array_unref);
  g_clear_pointer (&self->leerpunten, g_array_unref);
  g_clear_pointer (&self->hao, g_array_unref);

  G_OBJECT_CLASS (opl_scholing_history_parent_class)->finalize (object);
}

static void
opl_scholing_history_class_init (OplScholingHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = opl_scholing_history_finalize;
}

static GArray *
new_array (gsize          element_size,
           GDestroyNotify clear)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  g_array_set_clear_func (array, clear);
  return array;
}

static void
opl_scholing_history_init (OplScholingHistory *self)
{
  self->days = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_scholing_day_free);
  self->since = new_array (sizeof (OplSetupOpleiderSince), clear_since);
  self->dispensations = new_array (sizeof (OplSetupDispensation), clear_dispensation);
  self->leerpunten = new_array (sizeof (OplSetupLeerpunt), clear_leerpunt);
  self->hao = new_array (sizeof (OplSetupHaoGesprek), clear_hao);
}

OplScholingHistory *
opl_scholing_history_new (void)
{
  return g_object_new (OPL_TYPE_SCHOLING_HISTORY, NULL);
}

/**
 * opl_scholing_history_take_day:
 * @day: (transfer full): a registered day
 */
void
opl_scholing_history_take_day (OplScholingHistory *self,
                               OplScholingDay     *day)
{
  g_return_if_fail (OPL_IS_SCHOLING_HISTORY (self));

  g_ptr_array_add (self->days, day);
}

void
opl_scholing_history_set_opleider_since (OplScholingHistory *self,
                                         const char         *person_id,
                                         int                 year)
{
  OplSetupOpleiderSince since = { g_strdup (person_id), year };

  g_return_if_fail (OPL_IS_SCHOLING_HISTORY (self));

  g_array_append_val (self->since, since);
}

void
opl_scholing_history_add_dispensation (OplScholingHistory *self,
                                       const char         *person_id,
                                       int                 year,
                                       double              days,
                                       const char         *reason)
{
  OplSetupDispensation dispensation = { g_strdup (person_id), year, days, g_strdup (reason) };

  g_return_if_fail (OPL_IS_SCHOLING_HISTORY (self));

  g_array_append_val (self->dispensations, dispensation);
}

void
opl_scholing_history_add_leerpunt (OplScholingHistory *self,
                                   const char         *person_id,
                                   int                 year,
                                   const char         *text,
                                   gboolean            achieved)
{
  OplSetupLeerpunt leerpunt = { g_strdup (person_id), year, g_strdup (text), achieved };

  g_return_if_fail (OPL_IS_SCHOLING_HISTORY (self));

  g_array_append_val (self->leerpunten, leerpunt);
}

void
opl_scholing_history_add_hao_gesprek (OplScholingHistory *self,
                                      const char         *person_id,
                                      const GDate        *date,
                                      const char         *note)
{
  OplSetupHaoGesprek gesprek = { g_strdup (person_id), *date, g_strdup (note) };

  g_return_if_fail (OPL_IS_SCHOLING_HISTORY (self));

  g_array_append_val (self->hao, gesprek);
}

/**
 * opl_scholing_history_get_days:
 *
 * Returns: (transfer none) (element-type OplScholingDay): the registered days
 */
GPtrArray *
opl_scholing_history_get_days (OplScholingHistory *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_HISTORY (self), NULL);

  return self->days;
}

/**
 * opl_scholing_history_get_opleider_since:
 *
 * Returns: (transfer none) (element-type OplSetupOpleiderSince): since when the
 *   opleiders are opleider
 */
GArray *
opl_scholing_history_get_opleider_since (OplScholingHistory *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_HISTORY (self), NULL);

  return self->since;
}

/**
 * opl_scholing_history_get_dispensations:
 *
 * Returns: (transfer none) (element-type OplSetupDispensation): dispensations granted
 */
GArray *
opl_scholing_history_get_dispensations (OplScholingHistory *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_HISTORY (self), NULL);

  return self->dispensations;
}

/**
 * opl_scholing_history_get_leerpunten:
 *
 * Returns: (transfer none) (element-type OplSetupLeerpunt): leerpunten, in order
 */
GArray *
opl_scholing_history_get_leerpunten (OplScholingHistory *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_HISTORY (self), NULL);

  return self->leerpunten;
}

/**
 * opl_scholing_history_get_hao_gesprekken:
 *
 * Returns: (transfer none) (element-type OplSetupHaoGesprek): HAO-voortgangsgesprekken held
 */
GArray *
opl_scholing_history_get_hao_gesprekken (OplScholingHistory *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_HISTORY (self), NULL);

  return self->hao;
}

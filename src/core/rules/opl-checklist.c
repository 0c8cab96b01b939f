/* opl-checklist.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The items come from the handleiding's "Checklist belangrijke taken bij het leren in
 * de praktijk" (domain.md, "The checklist"), shipped as data/checklist.json in the core
 * resource. Ticks are kept per opleider per period: today for a daily task, this ISO
 * week for a weekly one, this month, this quarter, this half year and this year.
 */

#define G_LOG_DOMAIN "opl-checklist"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "opl-checklist.h"
#include "opl-date.h"
#include "opl-core-resources.h"

#define CHECKLIST_RESOURCE "/io/github/opleidingspraktijk/Opleidingspraktijk/data/checklist.json"

struct _OplChecklist
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  int      version;
  GArray  *items;
};

G_DEFINE_FINAL_TYPE (OplChecklist, opl_checklist, G_TYPE_OBJECT)

G_DEFINE_QUARK (opl-checklist-error-quark, opl_checklist_error)

static const char * const period_strings[OPL_N_PERIODS] = {
  "daily",
  "weekly",
  "monthly",
  "quarterly",
  "three-to-six-monthly",
  "yearly-to-three-yearly",
};

static void
clear_item (gpointer data)
{
  OplChecklistItem *item = data;

  g_clear_pointer (&item->id, g_free);
  g_clear_pointer (&item->title, g_free);
  g_clear_pointer (&item->explanation, g_free);
}

static void
opl_checklist_finalize (GObject *object)
{
  OplChecklist *self = (OplChecklist *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->items, g_array_unref);

  G_OBJECT_CLASS (opl_checklist_parent_class)->finalize (object);
}

static void
opl_checklist_class_init (OplChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_checklist_finalize;
}

static void
opl_checklist_init (OplChecklist *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (OplChecklistItem));
  g_array_set_clear_func (self->items, clear_item);
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
invalid (GError     **error,
         const char  *name,
         const char  *problem)
{
  /* Translators: the first %s is a file name, the second what is wrong with it */
  g_set_error (error, OPL_CHECKLIST_ERROR, OPL_CHECKLIST_ERROR_INVALID,
               _("The checklist “%s” is not valid: %s"), name, problem);
  return FALSE;
}

static gboolean
read_item (OplChecklist  *self,
           const char    *name,
           JsonNode      *node,
           guint          index,
           GError       **error)
{
  OplChecklistItem item = { 0 };
  g_autofree char *where = NULL;
  JsonObject *object;
  const char *id, *period, *title, *explanation;

  /* Translators: %u is the position of an item in the checklist, counting from 1 */
  where = g_strdup_printf (_("item %u"), index + 1);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, name, where);

  object = json_node_get_object (node);
  id = string_member (object, "id");
  period = string_member (object, "period");
  title = string_member (object, "title");
  explanation = string_member (object, "explanation");

  if (id == NULL || *id == '\0' || strlen (id) > 64)
    {
      g_autofree char *problem = g_strdup_printf (_("%s has no valid “id”"), where);
      return invalid (error, name, problem);
    }

  if (opl_checklist_lookup_item (self, id) != NULL)
    {
      /* Translators: %s is an item id */
      g_autofree char *problem = g_strdup_printf (_("the id “%s” is used twice"), id);
      return invalid (error, name, problem);
    }

  if (!opl_period_from_string (period, &item.period))
    {
      g_autofree char *problem = g_strdup_printf (_("%s has no valid “period”"), where);
      return invalid (error, name, problem);
    }

  if (title == NULL || *title == '\0')
    {
      g_autofree char *problem = g_strdup_printf (_("%s has no “title”"), where);
      return invalid (error, name, problem);
    }

  item.id = g_strdup (id);
  item.title = g_strdup (title);
  item.explanation = g_strdup (explanation != NULL ? explanation : "");
  g_array_append_val (self->items, item);
  return TRUE;
}

/**
 * opl_checklist_new_from_data:
 * @name: the file name, for messages
 * @data: the JSON text
 *
 * Reads a checklist definition, refusing a malformed one with a message that names
 * the file and the problem.
 *
 * Returns: (transfer full): the checklist, or %NULL with @error set
 */
OplChecklist *
opl_checklist_new_from_data (const char  *name,
                             const char  *data,
                             gssize       length,
                             GError     **error)
{
  g_autoptr(OplChecklist) self = g_object_new (OPL_TYPE_CHECKLIST, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;
  JsonNode *items, *version;

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    return invalid (error, name, parse_error->message), NULL;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (error, name, _("the document is not an object")), NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  version = json_object_get_member (root, "version");
  items = json_object_get_member (root, "items");

  if (string_member (root, "id") == NULL || string_member (root, "title") == NULL)
    return invalid (error, name, _("it needs an “id” and a “title”")), NULL;

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) < 1)
    return invalid (error, name, _("“version” must be a whole number from 1")), NULL;

  if (items == NULL || !JSON_NODE_HOLDS_ARRAY (items) ||
      json_array_get_length (json_node_get_array (items)) == 0)
    return invalid (error, name, _("“items” must be a list of tasks")), NULL;

  self->id = g_strdup (string_member (root, "id"));
  self->title = g_strdup (string_member (root, "title"));
  self->version = (int) json_node_get_int (version);

  for (guint i = 0; i < json_array_get_length (json_node_get_array (items)); i++)
    {
      if (!read_item (self, name, json_array_get_element (json_node_get_array (items), i), i, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * opl_checklist_new_default:
 *
 * Returns: (transfer full): the checklist shipped with the app
 */
OplChecklist *
opl_checklist_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  bytes = g_resource_lookup_data (opl_core_get_resource (), CHECKLIST_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return opl_checklist_new_from_data ("checklist.json", data, (gssize) length, error);
}

const char *
opl_checklist_get_id (OplChecklist *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);

  return self->id;
}

int
opl_checklist_get_version (OplChecklist *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), 0);

  return self->version;
}

const char *
opl_checklist_get_title (OplChecklist *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);

  return self->title;
}

guint
opl_checklist_get_n_items (OplChecklist *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), 0);

  return self->items->len;
}

const OplChecklistItem *
opl_checklist_get_item (OplChecklist *self,
                        guint         index)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return &g_array_index (self->items, OplChecklistItem, index);
}

const OplChecklistItem *
opl_checklist_lookup_item (OplChecklist *self,
                           const char   *item_id)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      const OplChecklistItem *item = &g_array_index (self->items, OplChecklistItem, i);

      if (g_strcmp0 (item->id, item_id) == 0)
        return item;
    }

  return NULL;
}

static void
clear_status (gpointer data)
{
  g_clear_pointer (&((OplChecklistStatus *) data)->period_key, g_free);
}

/**
 * opl_checklist_get_status:
 * @today: the day to look at
 * @since: (nullable): the first day the opleider used the checklist; earlier periods
 *   are never overdue
 * @is_ticked: answers for the ticks of one opleider
 *
 * An item is done when it was ticked in the period @today falls in, and overdue when it
 * is not done now and was left undone in the period before (for a daily task: the
 * working day before).
 *
 * Returns: (transfer full) (element-type OplChecklistStatus): one status per item, in
 *   the checklist's order
 */
GArray *
opl_checklist_get_status (OplChecklist           *self,
                          const GDate            *today,
                          const GDate            *since,
                          OplChecklistTickedFunc  is_ticked,
                          gpointer                user_data)
{
  GArray *statuses;

  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (is_ticked != NULL, NULL);

  statuses = g_array_sized_new (FALSE, TRUE, sizeof (OplChecklistStatus), self->items->len);
  g_array_set_clear_func (statuses, clear_status);

  for (guint i = 0; i < self->items->len; i++)
    {
      const OplChecklistItem *item = &g_array_index (self->items, OplChecklistItem, i);
      OplChecklistStatus status = { .item = item };
      GDate first, last, previous;

      status.period_key = opl_period_key (item->period, today);
      status.done = is_ticked (item->id, status.period_key, user_data);

      opl_period_bounds (item->period, today, &first, &last);
      previous = first;
      g_date_subtract_days (&previous, 1);
      /* Daily tasks belong to working days: Monday looks back at Friday. */
      while (item->period == OPL_PERIOD_DAILY && g_date_get_weekday (&previous) >= G_DATE_SATURDAY)
        g_date_subtract_days (&previous, 1);

      if (!status.done && (since == NULL || g_date_compare (&previous, since) >= 0))
        {
          g_autofree char *previous_key = opl_period_key (item->period, &previous);

          status.overdue = !is_ticked (item->id, previous_key, user_data);
        }

      g_array_append_val (statuses, status);
    }

  return statuses;
}

static void
clear_period (gpointer data)
{
  g_clear_pointer (&((OplChecklistPeriod *) data)->period_key, g_free);
}

/* The day before @first that still counts: for a daily task, the working day before. */
static void
step_back (OplPeriod  period,
           GDate     *date)
{
  g_date_subtract_days (date, 1);
  while (period == OPL_PERIOD_DAILY && g_date_get_weekday (date) >= G_DATE_SATURDAY)
    g_date_subtract_days (date, 1);
}

/**
 * opl_checklist_get_history:
 * @item: an item of @self
 * @today: the day to look back from
 * @since: (nullable): the first day the opleider used the checklist; no period that
 *   ended before it is listed
 * @max_periods: how many periods to list at most
 * @is_ticked: answers for the ticks of one opleider
 *
 * Lists the periods before the one @today falls in, with whether @item was ticked in
 * each. Daily tasks count working days only, as opl_checklist_get_status() does.
 *
 * Returns: (transfer full) (element-type OplChecklistPeriod): the periods, the most
 *   recent first
 */
GArray *
opl_checklist_get_history (OplChecklist           *self,
                           const OplChecklistItem *item,
                           const GDate            *today,
                           const GDate            *since,
                           guint                   max_periods,
                           OplChecklistTickedFunc  is_ticked,
                           gpointer                user_data)
{
  GArray *periods;
  GDate first, last;

  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (is_ticked != NULL, NULL);

  periods = g_array_sized_new (FALSE, TRUE, sizeof (OplChecklistPeriod), max_periods);
  g_array_set_clear_func (periods, clear_period);

  opl_period_bounds (item->period, today, &first, &last);

  while (periods->len < max_periods)
    {
      OplChecklistPeriod period = { NULL };
      GDate previous = first;

      step_back (item->period, &previous);
      opl_period_bounds (item->period, &previous, &first, &last);
      if (since != NULL && g_date_compare (&last, since) < 0)
        break;

      period.period_key = opl_period_key (item->period, &previous);
      period.first = first;
      period.last = last;
      period.done = is_ticked (item->id, period.period_key, user_data);
      g_array_append_val (periods, period);
    }

  return periods;
}

const char *
opl_period_to_string (OplPeriod period)
{
  g_return_val_if_fail (period < OPL_N_PERIODS, NULL);

  return period_strings[period];
}

gboolean
opl_period_from_string (const char *str,
                        OplPeriod  *period)
{
  for (guint i = 0; i < OPL_N_PERIODS; i++)
    {
      if (g_strcmp0 (str, period_strings[i]) == 0)
        {
          *period = (OplPeriod) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
opl_period_get_label (OplPeriod period)
{
  switch (period)
    {
    case OPL_PERIOD_DAILY:
      return _("Daily");
    case OPL_PERIOD_WEEKLY:
      return _("Weekly");
    case OPL_PERIOD_MONTHLY:
      return _("Monthly");
    case OPL_PERIOD_QUARTERLY:
      return _("Every three months");
    case OPL_PERIOD_THREE_TO_SIX_MONTHLY:
      return _("Every three to six months");
    case OPL_PERIOD_YEARLY_TO_THREE_YEARLY:
      return _("Every one to three years");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_period_key:
 *
 * Returns: (transfer full): the period @date falls in, as stored with a tick:
 *   2026-11-22, 2026-W47 (ISO week), 2026-11, 2026-Q4, 2026-H2 or 2026
 */
char *
opl_period_key (OplPeriod    period,
                const GDate *date)
{
  guint year = g_date_get_year (date);
  guint month = g_date_get_month (date);

  switch (period)
    {
    case OPL_PERIOD_DAILY:
      return g_strdup_printf ("%04u-%02u-%02u", year, month, g_date_get_day (date));
    case OPL_PERIOD_WEEKLY:
      return opl_date_week_key (date);
    case OPL_PERIOD_MONTHLY:
      return g_strdup_printf ("%04u-%02u", year, month);
    case OPL_PERIOD_QUARTERLY:
      return g_strdup_printf ("%04u-Q%u", year, (month - 1) / 3 + 1);
    case OPL_PERIOD_THREE_TO_SIX_MONTHLY:
      return g_strdup_printf ("%04u-H%u", year, (month - 1) / 6 + 1);
    case OPL_PERIOD_YEARLY_TO_THREE_YEARLY:
      return g_strdup_printf ("%04u", year);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_period_bounds:
 * @first: (out caller-allocates): the first day of the period @date falls in
 * @last: (out caller-allocates): its last day
 */
void
opl_period_bounds (OplPeriod    period,
                   const GDate *date,
                   GDate       *first,
                   GDate       *last)
{
  guint months = 0;

  *first = *date;

  switch (period)
    {
    case OPL_PERIOD_DAILY:
      *last = *date;
      return;
    case OPL_PERIOD_WEEKLY:
      g_date_subtract_days (first, g_date_get_weekday (date) - 1);
      *last = *first;
      g_date_add_days (last, 6);
      return;
    case OPL_PERIOD_MONTHLY:
      months = 1;
      break;
    case OPL_PERIOD_QUARTERLY:
      months = 3;
      break;
    case OPL_PERIOD_THREE_TO_SIX_MONTHLY:
      months = 6;
      break;
    case OPL_PERIOD_YEARLY_TO_THREE_YEARLY:
      months = 12;
      break;
    default:
      g_return_if_reached ();
    }

  g_date_set_dmy (first, 1, (GDateMonth) ((g_date_get_month (date) - 1) / months * months + 1),
                  g_date_get_year (date));
  *last = *first;
  g_date_add_months (last, months);
  g_date_subtract_days (last, 1);
}

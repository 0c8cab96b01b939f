/* opl-checklist.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The items come from the handleiding's "Checklist belangrijke taken bij het leren in
 * de praktijk" (domain.md, "The checklist"), shipped as data/checklist.json in the core
 * resource. Ticks are kept per opleider per period: today for a daily task, this ISO
 * week for a weekly one, this month, this quarter, this half year and this year.
 *
 * Version 2 of the file says for some items when they are asked at all (docs/checklist.md):
 * - "needs": "aios": only in a period in which a traject of the opleider runs; before
 *   the first aios and between two there is nothing to do with an aios;
 * - "follows": "combel", "voortgangsgesprek", "voortgangsadvies" or "leoh": by the due
 *   moments of that kind in the opleider's running trajecten, the aios's training months
 *   (seed 001, "Vul na 3, 6 en 9 maanden de ComBel in"), not calendar quarters;
 * - "follows": "paralleldagen": a number a year (seed 002, "De paralleldagen zijn
 *   verplicht voor de hoofdopleider en optioneel voor de duo-opleider"), as the Scholing
 *   view counts them; never overdue for a month.
 * And nothing is overdue for a period that began before the opleider could have done it
 * (OplChecklistFacts.since). The store gathers those facts; the rules here are pure.
 */

#define G_LOG_DOMAIN "opl-checklist"

#include "config.h"

#include <stdio.h>
#include <string.h>

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
  for (guint m = 0; m <= OPL_CHECKLIST_MAX_MONTH; m++)
    g_clear_pointer (&item->notes[m], g_free);
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

/* The moments an item may follow: those of the three-monthly tasks (seed 001). */
static const OplMomentKind followed_moments[] = {
  OPL_MOMENT_COMBEL, OPL_MOMENT_VOORTGANGSGESPREK, OPL_MOMENT_VOORTGANGSADVIES, OPL_MOMENT_LEOH,
};

static gboolean
moment_kind_from_string (const char    *str,
                         OplMomentKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (followed_moments); i++)
    {
      if (g_str_equal (str, opl_moment_kind_to_string (followed_moments[i])))
        {
          *kind = followed_moments[i];
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
int_member (JsonNode *node,
            int       min,
            int       max,
            int      *value)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < min || json_node_get_int (node) > max)
    return FALSE;

  *value = (int) json_node_get_int (node);
  return TRUE;
}

/* Version 3: "after-last": [3, 6] (asked again 3 months after the day it was last
 * done, due by 6: seed 001, "iedere 3 tot 6 maanden"). */
static gboolean
read_after_last (JsonNode         *node,
                 OplChecklistItem *item)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (array = json_node_get_array (node)) != 2 ||
      !int_member (json_array_get_element (array, 0), 0, 120, &item->from_months) ||
      !int_member (json_array_get_element (array, 1), 1, 120, &item->months))
    return FALSE;

  item->basis = OPL_CHECKLIST_BASIS_AFTER_LAST;
  return item->from_months <= item->months;
}

/* Version 3: "before": a moment kind, with "weeks": from how long before it. */
static gboolean
read_before (JsonObject       *object,
             const char       *before,
             OplChecklistItem *item)
{
  item->basis = OPL_CHECKLIST_BASIS_BEFORE_MOMENT;
  item->weeks = 6;
  if (json_object_has_member (object, "weeks") &&
      !int_member (json_object_get_member (object, "weeks"), 1, 26, &item->weeks))
    return FALSE;

  return moment_kind_from_string (before, &item->moment_kind);
}

/* Reads an item's "needs" ("aios"), "follows" (a moment kind, "paralleldagen" or
 * "hao-voortgangsgesprek"), "after-last", "before" and "asked" ("when-needed"), all
 * optional, at most one of the last four: without them an item is asked in every
 * period of its kind. */
static gboolean
read_basis (JsonObject       *object,
            OplChecklistItem *item)
{
  const char *needs = string_member (object, "needs");
  const char *follows = string_member (object, "follows");
  const char *before = string_member (object, "before");
  const char *asked = string_member (object, "asked");
  JsonNode *after_last = json_object_get_member (object, "after-last");

  item->basis = OPL_CHECKLIST_BASIS_CALENDAR;
  if ((json_object_has_member (object, "needs") && needs == NULL) ||
      (json_object_has_member (object, "follows") && follows == NULL) ||
      (json_object_has_member (object, "before") && before == NULL) ||
      (json_object_has_member (object, "asked") && asked == NULL) ||
      (follows != NULL) + (before != NULL) + (asked != NULL) + (after_last != NULL) > 1)
    return FALSE;

  if (needs != NULL)
    {
      if (!g_str_equal (needs, "aios"))
        return FALSE;
      item->basis = OPL_CHECKLIST_BASIS_AIOS;
      item->needs_aios = TRUE;
    }

  /* "after-last" may need an aios: the groepsbegeleider belongs to the aios's group. */
  if (after_last != NULL)
    return read_after_last (after_last, item);

  if (before != NULL)
    return needs == NULL && read_before (object, before, item);

  if (asked != NULL)
    {
      item->basis = OPL_CHECKLIST_BASIS_WHEN_NEEDED;
      return needs == NULL && g_str_equal (asked, "when-needed");
    }

  if (follows == NULL)
    return TRUE;

  if (g_str_equal (follows, "paralleldagen"))
    {
      item->basis = OPL_CHECKLIST_BASIS_PARALLELDAGEN;
      return needs == NULL;
    }

  if (g_str_equal (follows, "hao-voortgangsgesprek"))
    {
      item->basis = OPL_CHECKLIST_BASIS_HAO;
      return needs == NULL;
    }

  item->basis = OPL_CHECKLIST_BASIS_MOMENT;
  return moment_kind_from_string (follows, &item->moment_kind);
}

/* Version 3: "notes": { "9": "…" }, a note for the moment of a training month, for an
 * item that follows or comes before a moment. */
static gboolean
read_notes (JsonObject       *object,
            OplChecklistItem *item)
{
  JsonNode *node = json_object_get_member (object, "notes");
  g_autoptr(GList) members = NULL;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      (item->basis != OPL_CHECKLIST_BASIS_MOMENT && item->basis != OPL_CHECKLIST_BASIS_BEFORE_MOMENT))
    return FALSE;

  members = json_object_get_members (json_node_get_object (node));
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *text = string_member (json_node_get_object (node), l->data);
      guint64 month;

      if (!g_ascii_string_to_unsigned (l->data, 10, 1, OPL_CHECKLIST_MAX_MONTH, &month, NULL) ||
          text == NULL || *text == '\0')
        return FALSE;

      g_free (item->notes[month]);
      item->notes[month] = g_strdup (text);
    }

  return TRUE;
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

  /* A reminder of what to do when something happens has no period of its own; the
   * longest stands in for it where code walks an item's periods (the demo's history). */
  if (period == NULL && g_strcmp0 (string_member (object, "asked"), "when-needed") == 0)
    item.period = OPL_PERIOD_YEARLY_TO_THREE_YEARLY;
  else if (!opl_period_from_string (period, &item.period))
    {
      g_autofree char *problem = g_strdup_printf (_("%s has no valid “period”"), where);
      return invalid (error, name, problem);
    }

  if (title == NULL || *title == '\0')
    {
      g_autofree char *problem = g_strdup_printf (_("%s has no “title”"), where);
      return invalid (error, name, problem);
    }

  if (!read_basis (object, &item))
    {
      g_autofree char *problem = g_strdup_printf (_("%s has no valid “needs” or “follows”"), where);
      return invalid (error, name, problem);
    }

  if (!read_notes (object, &item))
    {
      /* Translators: %s is “item 3”; “notes” is a member of the file, not translated */
      g_autofree char *problem = g_strdup_printf (_("%s has no valid “notes”"), where);

      clear_item (&item);
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

/* What a rule of the checklist asks about one opleider. */
typedef struct
{
  const OplChecklistFacts *facts;     /* NULL: every item by its calendar period */
  const GDate             *since;     /* NULL: no limit */
  OplChecklistTickedFunc   is_ticked;
  gpointer                 user_data;
} Ask;

static void
clear_status (gpointer data)
{
  OplChecklistStatus *status = data;

  g_clear_pointer (&status->period_key, g_free);
  g_clear_pointer (&status->traject_id, g_free);
  g_clear_pointer (&status->aios_name, g_free);
}

static void
clear_period (gpointer data)
{
  OplChecklistPeriod *period = data;

  g_clear_pointer (&period->period_key, g_free);
  g_clear_pointer (&period->aios_name, g_free);
}

static gboolean
ask_ticked (const Ask              *ask,
            const OplChecklistItem *item,
            const char             *period_key)
{
  return ask->is_ticked (item->id, period_key, ask->user_data);
}

/* A period counts only when its first day is on or after the day the opleider could
 * have begun (issue 14: "nothing is overdue for a period before the practice (or the
 * person, or the traject) existed"): someone added on 31 March owes nothing for March. */
static gboolean
begins_after_since (const Ask   *ask,
                    const GDate *first)
{
  return ask->since == NULL || g_date_compare (first, ask->since) >= 0;
}

/* The day before @date that still counts: for a daily task, the working day before. */
static void
step_back (OplPeriod  period,
           GDate     *date)
{
  g_date_subtract_days (date, 1);
  while (period == OPL_PERIOD_DAILY && g_date_get_weekday (date) >= G_DATE_SATURDAY)
    g_date_subtract_days (date, 1);
}

static gboolean
traject_runs_in (const OplChecklistTraject *traject,
                 const GDate               *first,
                 const GDate               *last)
{
  return g_date_compare (&traject->start, last) <= 0 &&
         (!g_date_valid (&traject->end) || g_date_compare (&traject->end, first) >= 0);
}

/* Whether a traject of the opleider runs on some day from @first to @last. */
static gboolean
has_aios_in (const OplChecklistFacts *facts,
             const GDate             *first,
             const GDate             *last)
{
  for (guint i = 0; i < facts->trajecten->len; i++)
    {
      if (traject_runs_in (&g_array_index (facts->trajecten, OplChecklistTraject, i), first, last))
        return TRUE;
    }

  return FALSE;
}

/* Whether @item asks something in the period from @first to @last: a task with the
 * aios only while one is in training. Today's period asks it when an aios is in
 * training on any of its days; an earlier one counts (overdue, history) only when it
 * began with one, as it only counts when it began on or after "since": with an aios
 * who starts on a Wednesday, that first week is asked but never missed. */
static gboolean
is_asked_in (const Ask              *ask,
             const OplChecklistItem *item,
             const GDate            *first,
             const GDate            *last)
{
  if (ask->facts == NULL || item->basis != OPL_CHECKLIST_BASIS_AIOS)
    return TRUE;

  return has_aios_in (ask->facts, first, last);
}

/* An item by its calendar periods: done when ticked in today's, overdue when it is not
 * and was left undone in the period before, if that one was asked and began after
 * "since". */
static void
calendar_status (const Ask              *ask,
                 const OplChecklistItem *item,
                 const GDate            *today,
                 OplChecklistStatus     *status)
{
  g_autofree char *previous_key = NULL;
  GDate first, last, previous;

  opl_period_bounds (item->period, today, &first, &last);
  status->period_key = opl_period_key (item->period, today);
  status->done = ask_ticked (ask, item, status->period_key);
  status->applies = is_asked_in (ask, item, &first, &last);

  previous = first;
  step_back (item->period, &previous);
  opl_period_bounds (item->period, &previous, &first, &last);
  if (status->done || !status->applies || !begins_after_since (ask, &first) ||
      !is_asked_in (ask, item, &first, &first))
    return;

  previous_key = opl_period_key (item->period, &previous);
  status->overdue = !ask_ticked (ask, item, previous_key);
}

/* One due moment an item follows, with the traject it belongs to. */
typedef struct
{
  const OplChecklistTraject *traject;
  const OplMoment           *moment;
} Followed;

static int
compare_followed (gconstpointer a,
                  gconstpointer b)
{
  const Followed *x = a, *y = b;

  return g_date_compare (&x->moment->due, &y->moment->due);
}

/* The moments of @item's kind in @facts' trajecten (only those that have not ended
 * before @running_on, unless it is %NULL) due on or after "since", by date. */
static GArray *
collect_moments (const Ask              *ask,
                 const OplChecklistItem *item,
                 const GDate            *running_on)
{
  GArray *followed = g_array_new (FALSE, FALSE, sizeof (Followed));

  for (guint i = 0; i < ask->facts->trajecten->len; i++)
    {
      const OplChecklistTraject *traject = &g_array_index (ask->facts->trajecten, OplChecklistTraject, i);

      if (running_on != NULL && g_date_valid (&traject->end) && g_date_compare (&traject->end, running_on) < 0)
        continue;

      for (guint j = 0; traject->moments != NULL && j < traject->moments->len; j++)
        {
          const OplMoment *moment = &g_array_index (traject->moments, OplMoment, j);
          Followed one = { traject, moment };

          if (moment->kind == item->moment_kind && begins_after_since (ask, &moment->due))
            g_array_append_val (followed, one);
        }
    }

  g_array_sort (followed, compare_followed);
  return followed;
}

/* A moment is done as the schedule says (marked done, or its forms final). A tick of
 * checklist version 1 for the calendar quarter the moment fell in counts too: that is
 * how the opleider ticked it before the items followed the training months. */
static gboolean
is_moment_done (const Ask              *ask,
                const OplChecklistItem *item,
                const OplMoment        *moment)
{
  g_autofree char *quarter = NULL;

  if (moment->state == OPL_MOMENT_STATE_DONE)
    return TRUE;

  quarter = opl_period_key (OPL_PERIOD_QUARTERLY, &moment->due);
  return ask_ticked (ask, item, quarter);
}

static void
set_moment (OplChecklistStatus *status,
            const Followed     *followed)
{
  int month = followed->moment->month;

  status->period_key = opl_date_to_iso (&followed->moment->due);
  status->note = month >= 1 && month <= OPL_CHECKLIST_MAX_MONTH ? status->item->notes[month] : NULL;
  status->traject_id = g_strdup (followed->traject->id);
  status->aios_name = g_strdup (followed->traject->aios_name);
  status->moment_kind = followed->moment->kind;
  status->month = followed->moment->month;
  status->due = followed->moment->due;
}

/* An item that follows a kind of moment (seed 001, "Vul na 3, 6 en 9 maanden de ComBel
 * in"): due by the date of that moment in the aios's training, not by a calendar
 * quarter. It is overdue while an earlier moment of a running traject is left undone;
 * otherwise it stands for the next moment. With no running traject, or none with such
 * a moment still to come, nothing is asked. */
static void
moment_status (const Ask              *ask,
               const OplChecklistItem *item,
               const GDate            *today,
               OplChecklistStatus     *status)
{
  g_autoptr(GArray) followed = collect_moments (ask, item, today);

  /* Every moment is asked about, so that the store's first pass (which answers "not
   * done" to all) notes every tick the real pass may ask for. */
  for (guint i = 0; i < followed->len; i++)
    {
      const Followed *one = &g_array_index (followed, Followed, i);
      gboolean past = g_date_compare (&one->moment->due, today) < 0;
      gboolean done = is_moment_done (ask, item, one->moment);

      if ((past && done) || status->period_key != NULL)
        continue;

      set_moment (status, one);
      status->done = done;
      status->overdue = past;
    }

  status->applies = status->period_key != NULL;
  if (!status->applies)
    status->period_key = opl_period_key (item->period, today);
}

static gboolean
year_is_known (const OplChecklistYear *year)
{
  return g_date_valid (&year->first) && g_date_valid (&year->last);
}

/* The first day in @days from @from to @until. */
static gboolean
done_in (GArray      *days,
         const GDate *from,
         const GDate *until,
         GDate       *day)
{
  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      *day = g_array_index (days, GDate, i);
      if (g_date_compare (day, from) >= 0 && g_date_compare (day, until) <= 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
registered_in (const OplChecklistYear *year,
               const GDate            *first,
               const GDate            *last)
{
  GDate day;

  return done_in (year->attended, first, last, &day);
}

/* Whether a paralleldag was ticked or registered in the month @date falls in. */
static gboolean
paralleldag_in_month (const Ask              *ask,
                      const OplChecklistItem *item,
                      const GDate            *date)
{
  g_autofree char *key = opl_period_key (OPL_PERIOD_MONTHLY, date);
  GDate first, last;

  if (ask_ticked (ask, item, key))
    return TRUE;

  opl_period_bounds (OPL_PERIOD_MONTHLY, date, &first, &last);
  return ask->facts != NULL &&
         (registered_in (&ask->facts->last_year, &first, &last) ||
          registered_in (&ask->facts->this_year, &first, &last));
}

/* The paralleldagen of @year up to @until: those registered in the Scholing view, or
 * the months ticked here when those are more (a tick is one paralleldag in a month). */
static int
count_paralleldagen (const Ask              *ask,
                     const OplChecklistItem *item,
                     const OplChecklistYear *year,
                     const GDate            *until)
{
  const GDate *end = g_date_compare (until, &year->last) < 0 ? until : &year->last;
  int registered = 0, ticked = 0;
  GDate month;

  for (guint i = 0; year->attended != NULL && i < year->attended->len; i++)
    {
      const GDate *day = &g_array_index (year->attended, GDate, i);

      registered += g_date_compare (day, &year->first) >= 0 && g_date_compare (day, end) <= 0;
    }

  for (month = year->first; g_date_compare (&month, end) <= 0; g_date_add_months (&month, 1))
    {
      g_autofree char *key = opl_period_key (OPL_PERIOD_MONTHLY, &month);

      ticked += ask_ticked (ask, item, key);
      g_date_set_day (&month, 1);
    }

  return MAX (registered, ticked);
}

/* Seed 002: "De paralleldagen zijn verplicht voor de hoofdopleider en optioneel voor de
 * duo-opleider", five a year. The item stays in the monthly list as the handleiding has
 * it (ticked in a month with a paralleldag) but is never overdue for a month: for
 * someone for whom they are obligatory this opleidingsjaar and the one before, it is
 * overdue when that year ended with fewer than asked, until the first paralleldag of
 * the new year. For anyone else they are optional: never overdue. */
static void
paralleldagen_status (const Ask              *ask,
                      const OplChecklistItem *item,
                      const GDate            *today,
                      OplChecklistStatus     *status)
{
  const OplChecklistYear *last_year = &ask->facts->last_year;
  const OplChecklistYear *this_year = &ask->facts->this_year;

  status->period_key = opl_period_key (item->period, today);
  status->done = paralleldag_in_month (ask, item, today);
  status->applies = TRUE;
  status->optional = !year_is_known (this_year) || !this_year->obligatory;
  if (!year_is_known (this_year))
    return;

  status->count = count_paralleldagen (ask, item, this_year, today);
  status->required = this_year->required;

  if (status->done || status->optional || status->count > 0 || !year_is_known (last_year) ||
      !last_year->obligatory || !begins_after_since (ask, &last_year->first))
    return;

  status->overdue = count_paralleldagen (ask, item, last_year, &last_year->last) < last_year->required;
}

/* The days @item was done (a tick of the day, or for the HAO-voortgangsgesprek the
 * gesprekken recorded), oldest first; NULL when none. */
static GArray *
done_days_of (const Ask              *ask,
              const OplChecklistItem *item)
{
  return ask->facts->done_days != NULL ? g_hash_table_lookup (ask->facts->done_days, item->id) : NULL;
}

/* The last day @item was done on or before @until. */
static gboolean
last_done (const Ask              *ask,
           const OplChecklistItem *item,
           const GDate            *until,
           GDate                  *last)
{
  GArray *days = done_days_of (ask, item);

  g_date_clear (last, 1);
  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      if (g_date_compare (&g_array_index (days, GDate, i), until) <= 0)
        *last = g_array_index (days, GDate, i);
    }

  return g_date_valid (last);
}

static void
set_day_key (OplChecklistStatus *status,
             const GDate        *day)
{
  g_free (status->period_key);
  status->period_key = opl_date_to_iso (day);
}

/* Seed 004 (Kwaliteitsplan), HAO Voortgangsgesprekken: "Beginnende opleiders (0-3 jaar
 * ervaring) 1 x per jaar", "Gevorderde opleiders (4-5 jaar ervaring) 1 x per 2 jaar",
 * "Ervaren opleiders (>6 jaar ervaring) 1 x per 3 jaar". Due by the date the Scholing
 * view shows (opl_quality_next_hao(), which the store applies: OplChecklistFacts'
 * next_hao), overdue the day after it, as the Scholing view says; done while that date
 * is still to come after a gesprek. A tick records a HAO-voortgangsgesprek. */
static void
hao_status (const Ask              *ask,
            const OplChecklistItem *item,
            const GDate            *today,
            OplChecklistStatus     *status)
{
  const OplChecklistFacts *facts = ask->facts;

  status->period_key = opl_date_to_iso (today);
  status->last = facts->last_hao;
  if (!g_date_valid (&facts->next_hao))
    return;

  status->due = facts->next_hao;
  status->overdue = g_date_compare (today, &facts->next_hao) > 0;
  status->done = g_date_valid (&facts->last_hao) && !status->overdue &&
                 g_date_compare (&facts->last_hao, today) <= 0;
  if (status->done)
    set_day_key (status, &facts->last_hao);
}

/* @date plus @months calendar months (31 May plus 6 is 30 November). */
static void
add_months (GDate       *date,
            const GDate *from,
            int          months)
{
  *date = *from;
  g_date_add_months (date, (guint) months);
}

/* The first day of the aios's training that still runs on @today: the earliest start
 * of the opleider's trajecten running that day. */
static gboolean
aios_since (const OplChecklistFacts *facts,
            const GDate             *today,
            GDate                   *start)
{
  g_date_clear (start, 1);
  for (guint i = 0; i < facts->trajecten->len; i++)
    {
      const OplChecklistTraject *traject = &g_array_index (facts->trajecten, OplChecklistTraject, i);

      if (traject_runs_in (traject, today, today) &&
          (!g_date_valid (start) || g_date_compare (&traject->start, start) < 0))
        *start = traject->start;
    }

  return g_date_valid (start);
}

/* Seed 001, DRIE TOT ZESMAANDELIJKS: "Organiseer iedere 3 tot 6 maanden een
 * evaluatiegesprek met de groepsbegeleider om de voortgang van jouw rol als
 * huisartsopleider te bespreken" (issue 18, item 7): due six months after the last
 * one, not per calendar half year. Done for the first three months after it; then
 * asked; overdue after six. A tick is the day it was held.
 *
 * Without one, or with the last before today's aios began ("needs": "aios": the
 * groepsbegeleider belongs to the aios's group), due six months after the later of
 * "since" and that start; with no aios in training nothing is asked. */
static void
after_last_status (const Ask              *ask,
                   const OplChecklistItem *item,
                   const GDate            *today,
                   OplChecklistStatus     *status)
{
  GDate again, base, start;

  status->period_key = opl_date_to_iso (today);
  g_date_clear (&base, 1);
  if (last_done (ask, item, today, &status->last))
    {
      add_months (&again, &status->last, item->from_months);
      status->done = g_date_compare (today, &again) < 0;
      if (status->done)
        set_day_key (status, &status->last);
      base = status->last;
    }

  if (item->needs_aios)
    {
      if (!aios_since (ask->facts, today, &start))
        {
          status->applies = status->done;
          return;
        }
      if (!g_date_valid (&base) || g_date_compare (&start, &base) > 0)
        base = start;
    }

  if (ask->since != NULL && (!g_date_valid (&base) || g_date_compare (ask->since, &base) > 0))
    base = *ask->since;

  if (!g_date_valid (&base))
    return;

  add_months (&status->due, &base, item->months);
  status->overdue = !status->done && g_date_compare (today, &status->due) > 0;
}

/* The days from which a tick counts for @moment of an item that comes before it: from
 * @item's weeks before it, up to its date, or while it is not done, up to @today. */
static void
before_window (const OplChecklistItem *item,
               const OplMoment        *moment,
               const GDate            *today,
               GDate                  *from,
               GDate                  *until)
{
  *from = moment->due;
  g_date_subtract_days (from, (guint) item->weeks * 7);
  *until = moment->due;
  if (moment->state != OPL_MOMENT_STATE_DONE && g_date_compare (today, until) > 0)
    *until = *today;
}


/* Seed 001, Leergesprekken: "Voordat je de Combel invult, vraag je feedback over het
 * functioneren van de aios bij de doktersassistenten, evt. plaatsvervangend opleiders
 * en POH." Asked in the weeks before each ComBel moment of a running traject (its
 * "weeks"), done with a tick of a day in them, overdue when the moment's date passed
 * without; a moment whose ComBel is done asks nothing more. A tick is the day it was
 * asked. */
static void
before_moment_status (const Ask              *ask,
                      const OplChecklistItem *item,
                      const GDate            *today,
                      OplChecklistStatus     *status)
{
  g_autoptr(GArray) followed = collect_moments (ask, item, today);
  GArray *days = done_days_of (ask, item);

  for (guint i = 0; i < followed->len && status->period_key == NULL; i++)
    {
      const Followed *one = &g_array_index (followed, Followed, i);
      gboolean past = g_date_compare (&one->moment->due, today) < 0;
      GDate from, until, day;
      gboolean done;

      if (one->moment->state == OPL_MOMENT_STATE_DONE)
        continue;

      before_window (item, one->moment, today, &from, &until);
      done = done_in (days, &from, &until, &day);
      if (past && done)
        continue;

      set_moment (status, one);
      status->from = from;
      status->done = done;
      status->overdue = past && !done;
      status->applies = g_date_compare (today, &from) >= 0;
      set_day_key (status, done ? &day : today);
    }

  if (status->period_key == NULL)
    {
      status->applies = FALSE;
      status->period_key = opl_date_to_iso (today);
    }
}

static void
item_status (const Ask              *ask,
             const OplChecklistItem *item,
             const GDate            *today,
             OplChecklistStatus     *status)
{
  g_date_clear (&status->due, 1);
  g_date_clear (&status->last, 1);
  g_date_clear (&status->from, 1);
  status->applies = TRUE;

  if (ask->facts == NULL)
    {
      calendar_status (ask, item, today, status);
      status->applies = status->applies && item->basis != OPL_CHECKLIST_BASIS_WHEN_NEEDED;
      status->overdue = status->overdue && status->applies;
      return;
    }

  switch (item->basis)
    {
    case OPL_CHECKLIST_BASIS_MOMENT:
      moment_status (ask, item, today, status);
      break;
    case OPL_CHECKLIST_BASIS_PARALLELDAGEN:
      paralleldagen_status (ask, item, today, status);
      break;
    case OPL_CHECKLIST_BASIS_HAO:
      hao_status (ask, item, today, status);
      break;
    case OPL_CHECKLIST_BASIS_AFTER_LAST:
      after_last_status (ask, item, today, status);
      break;
    case OPL_CHECKLIST_BASIS_BEFORE_MOMENT:
      before_moment_status (ask, item, today, status);
      break;
    case OPL_CHECKLIST_BASIS_WHEN_NEEDED:
      /* Seed 001, "Ziekte van de opleider of van de aios": nothing to tick, ever. */
      status->period_key = opl_period_key (item->period, today);
      status->applies = FALSE;
      break;
    case OPL_CHECKLIST_BASIS_CALENDAR:
    case OPL_CHECKLIST_BASIS_AIOS:
    default:
      calendar_status (ask, item, today, status);
      break;
    }
}

static GArray *
get_status (OplChecklist *self,
            const GDate  *today,
            const Ask    *ask)
{
  GArray *statuses = g_array_sized_new (FALSE, TRUE, sizeof (OplChecklistStatus), self->items->len);

  g_array_set_clear_func (statuses, clear_status);

  for (guint i = 0; i < self->items->len; i++)
    {
      OplChecklistStatus status = { .item = &g_array_index (self->items, OplChecklistItem, i) };

      item_status (ask, status.item, today, &status);
      g_array_append_val (statuses, status);
    }

  return statuses;
}

/**
 * opl_checklist_get_status:
 * @today: the day to look at
 * @since: (nullable): the first day the opleider used the checklist; a period that
 *   began before it is never overdue
 * @is_ticked: answers for the ticks of one opleider
 *
 * The checklist without the practice's facts, every item by its calendar period: done
 * when ticked in the period @today falls in, overdue when not done now and left undone
 * in the period before (for a daily task: the working day before). This is what an
 * aios reads of their opleider's list; an opleider's own status needs the facts of
 * their practice (opl_checklist_get_status_for()).
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
  Ask ask = { NULL, since, is_ticked, user_data };

  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (is_ticked != NULL, NULL);

  return get_status (self, today, &ask);
}

/**
 * opl_checklist_get_status_for:
 * @today: the day to look at
 * @facts: what the opleider's checklist depends on (opl_store_get_checklist_facts())
 * @is_ticked: answers for the ticks of that opleider
 *
 * As opl_checklist_get_status(), with each item asked as its "needs" and "follows" say
 * (the file's header comment): a task with the aios only while one is in training, a
 * three-monthly one by the aios's training months, the paralleldag by the year; and no
 * period that began before @facts' since is overdue.
 *
 * Returns: (transfer full) (element-type OplChecklistStatus): one status per item, in
 *   the checklist's order
 */
GArray *
opl_checklist_get_status_for (OplChecklist            *self,
                              const GDate             *today,
                              const OplChecklistFacts *facts,
                              OplChecklistTickedFunc   is_ticked,
                              gpointer                 user_data)
{
  Ask ask = { facts, NULL, is_ticked, user_data };

  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail (is_ticked != NULL, NULL);

  ask.since = g_date_valid (&facts->since) ? &facts->since : NULL;
  return get_status (self, today, &ask);
}

/* Whether no period before the one from @first to @last can be asked any more: before
 * "since", or before every traject for a task with the aios. */
static gboolean
is_before_everything (const Ask              *ask,
                      const OplChecklistItem *item,
                      const GDate            *first,
                      const GDate            *last)
{
  if (!begins_after_since (ask, first))
    return TRUE;

  if (ask->facts == NULL || item->basis != OPL_CHECKLIST_BASIS_AIOS)
    return FALSE;

  for (guint i = 0; i < ask->facts->trajecten->len; i++)
    {
      if (g_date_compare (&g_array_index (ask->facts->trajecten, OplChecklistTraject, i).start, last) <= 0)
        return FALSE;
    }

  return TRUE;
}

/* The periods before today's that were asked, newest first; a paralleldag counts when
 * ticked or registered in the Scholing view. */
static void
calendar_history (const Ask              *ask,
                  const OplChecklistItem *item,
                  const GDate            *today,
                  guint                   max_periods,
                  GArray                 *periods)
{
  GDate first, last;

  opl_period_bounds (item->period, today, &first, &last);

  while (periods->len < max_periods)
    {
      OplChecklistPeriod period = { NULL };
      GDate previous = first;

      step_back (item->period, &previous);
      opl_period_bounds (item->period, &previous, &first, &last);
      if (is_before_everything (ask, item, &first, &last))
        break;

      if (!is_asked_in (ask, item, &first, &first))
        continue;

      period.period_key = opl_period_key (item->period, &previous);
      period.first = first;
      period.last = last;
      if (ask->facts != NULL && item->basis == OPL_CHECKLIST_BASIS_PARALLELDAGEN)
        period.done = paralleldag_in_month (ask, item, &previous);
      else
        period.done = ask_ticked (ask, item, period.period_key);
      g_array_append_val (periods, period);
    }
}

/* The moments of the item's kind before @today, newest first. */
static void
moment_history (const Ask              *ask,
                const OplChecklistItem *item,
                const GDate            *today,
                guint                   max_periods,
                GArray                 *periods)
{
  g_autoptr(GArray) followed = collect_moments (ask, item, NULL);

  for (guint i = followed->len; i > 0 && periods->len < max_periods; i--)
    {
      const Followed *one = &g_array_index (followed, Followed, i - 1);
      OplChecklistPeriod period = { NULL };

      if (g_date_compare (&one->moment->due, today) >= 0)
        continue;

      period.period_key = opl_date_to_iso (&one->moment->due);
      period.first = one->moment->due;
      period.last = one->moment->due;
      period.done = is_moment_done (ask, item, one->moment);
      period.aios_name = g_strdup (one->traject->aios_name);
      period.month = one->moment->month;
      g_array_append_val (periods, period);
    }
}

/* The moments before @today an item came before, newest first: done when a day in
 * the weeks before it was ticked. */
static void
before_moment_history (const Ask              *ask,
                       const OplChecklistItem *item,
                       const GDate            *today,
                       guint                   max_periods,
                       GArray                 *periods)
{
  g_autoptr(GArray) followed = collect_moments (ask, item, NULL);

  for (guint i = followed->len; i > 0 && periods->len < max_periods; i--)
    {
      const Followed *one = &g_array_index (followed, Followed, i - 1);
      OplChecklistPeriod period = { NULL };
      GDate until, day;

      if (g_date_compare (&one->moment->due, today) >= 0)
        continue;

      before_window (item, one->moment, today, &period.first, &until);
      period.period_key = opl_date_to_iso (&one->moment->due);
      period.last = one->moment->due;
      period.done = done_in (done_days_of (ask, item), &period.first, &until, &day);
      period.aios_name = g_strdup (one->traject->aios_name);
      period.month = one->moment->month;
      g_array_append_val (periods, period);
    }
}

static void
prepend_day (GArray      *periods,
             const GDate *day,
             gboolean     done)
{
  OplChecklistPeriod period = { NULL };

  period.period_key = opl_date_to_iso (day);
  period.first = *day;
  period.last = *day;
  period.done = done;
  g_array_prepend_val (periods, period);
}

/* The days an item was done before @today, newest first; for an item due some months
 * after the last time, each time it went past that without, on the day it was due. */
static void
days_history (const Ask              *ask,
              const OplChecklistItem *item,
              const GDate            *today,
              guint                   max_periods,
              GArray                 *periods)
{
  GArray *days = done_days_of (ask, item);
  gboolean by_months = item->basis == OPL_CHECKLIST_BASIS_AFTER_LAST;
  GDate anchor, due;

  g_date_clear (&anchor, 1);
  if (ask->since != NULL)
    anchor = *ask->since;

  /* Oldest first, each prepended, so the newest ends up first. */
  for (guint i = 0; i <= (days != NULL ? days->len : 0); i++)
    {
      const GDate *day = days != NULL && i < days->len ? &g_array_index (days, GDate, i) : today;
      gboolean is_today = day == today || g_date_compare (day, today) >= 0;

      if (by_months && g_date_valid (&anchor))
        {
          /* Missed only when it was asked then: with an aios in training, if it needs one. */
          add_months (&due, &anchor, item->months);
          if (g_date_compare (&due, day) < 0 && g_date_compare (&due, today) < 0 &&
              (!item->needs_aios || has_aios_in (ask->facts, &due, &due)))
            prepend_day (periods, &due, FALSE);
        }

      if (is_today)
        break;

      prepend_day (periods, day, TRUE);
      anchor = *day;
    }

  if (periods->len > max_periods)
    g_array_set_size (periods, max_periods);
}

static GArray *
get_history (const Ask              *ask,
             const OplChecklistItem *item,
             const GDate            *today,
             guint                   max_periods)
{
  GArray *periods = g_array_sized_new (FALSE, TRUE, sizeof (OplChecklistPeriod), max_periods);

  g_array_set_clear_func (periods, clear_period);

  if (ask->facts == NULL)
    {
      if (item->basis != OPL_CHECKLIST_BASIS_WHEN_NEEDED)
        calendar_history (ask, item, today, max_periods, periods);
      return periods;
    }

  switch (item->basis)
    {
    case OPL_CHECKLIST_BASIS_MOMENT:
      moment_history (ask, item, today, max_periods, periods);
      break;
    case OPL_CHECKLIST_BASIS_BEFORE_MOMENT:
      before_moment_history (ask, item, today, max_periods, periods);
      break;
    case OPL_CHECKLIST_BASIS_HAO:
    case OPL_CHECKLIST_BASIS_AFTER_LAST:
      days_history (ask, item, today, max_periods, periods);
      break;
    case OPL_CHECKLIST_BASIS_WHEN_NEEDED:
      break;
    case OPL_CHECKLIST_BASIS_CALENDAR:
    case OPL_CHECKLIST_BASIS_AIOS:
    case OPL_CHECKLIST_BASIS_PARALLELDAGEN:
    default:
      calendar_history (ask, item, today, max_periods, periods);
      break;
    }

  return periods;
}

/**
 * opl_checklist_get_history:
 * @item: an item of @self
 * @today: the day to look back from
 * @since: (nullable): the first day the opleider used the checklist; no period that
 *   began before it is listed
 * @max_periods: how many periods to list at most
 * @is_ticked: answers for the ticks of one opleider
 *
 * Lists the calendar periods before the one @today falls in, with whether @item was
 * ticked in each. Daily tasks count working days only, as opl_checklist_get_status()
 * does.
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
  Ask ask = { NULL, since, is_ticked, user_data };

  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (is_ticked != NULL, NULL);

  return get_history (&ask, item, today, max_periods);
}

/**
 * opl_checklist_get_history_for:
 * @facts: what the opleider's checklist depends on (opl_store_get_checklist_facts())
 *
 * As opl_checklist_get_history(), listing only the periods @item asked something in
 * (opl_checklist_get_status_for()): for an item that follows a moment, the moments of
 * that kind due before @today, with whether each was done.
 *
 * Returns: (transfer full) (element-type OplChecklistPeriod): the periods, the most
 *   recent first
 */
GArray *
opl_checklist_get_history_for (OplChecklist            *self,
                               const OplChecklistItem  *item,
                               const GDate             *today,
                               const OplChecklistFacts *facts,
                               guint                    max_periods,
                               OplChecklistTickedFunc   is_ticked,
                               gpointer                 user_data)
{
  Ask ask = { facts, NULL, is_ticked, user_data };

  g_return_val_if_fail (OPL_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail (is_ticked != NULL, NULL);

  ask.since = g_date_valid (&facts->since) ? &facts->since : NULL;
  return get_history (&ask, item, today, max_periods);
}

static gboolean
has_basis (OplChecklist      *self,
           OplChecklistBasis  basis)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      if (g_array_index (self->items, OplChecklistItem, i).basis == basis)
        return TRUE;
    }

  return FALSE;
}

/**
 * opl_checklist_needs_trajecten:
 *
 * Returns: whether an item depends on the opleider's trajecten and their moments, so
 *   that the store need not read them for a checklist that has none
 */
gboolean
opl_checklist_needs_trajecten (OplChecklist *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      if (g_array_index (self->items, OplChecklistItem, i).needs_aios)
        return TRUE;
    }

  return has_basis (self, OPL_CHECKLIST_BASIS_MOMENT) || has_basis (self, OPL_CHECKLIST_BASIS_BEFORE_MOMENT);
}

/**
 * opl_checklist_needs_paralleldagen:
 *
 * Returns: whether an item counts paralleldagen (OplChecklistFacts' years)
 */
gboolean
opl_checklist_needs_paralleldagen (OplChecklist *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), FALSE);

  return has_basis (self, OPL_CHECKLIST_BASIS_PARALLELDAGEN);
}

/**
 * opl_checklist_needs_hao:
 *
 * Returns: whether an item follows the quality cycle's HAO-voortgangsgesprek
 *   (opl_checklist_facts_set_hao(), and the gesprekken as its done days)
 */
gboolean
opl_checklist_needs_hao (OplChecklist *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), FALSE);

  return has_basis (self, OPL_CHECKLIST_BASIS_HAO);
}

/**
 * opl_checklist_needs_done_days:
 * @item: an item of @self
 *
 * Returns: whether @item is ticked by the day it was done, and its rules ask those
 *   days (opl_checklist_facts_add_done_day()): "after-last" and "before" items
 */
gboolean
opl_checklist_needs_done_days (OplChecklist           *self,
                               const OplChecklistItem *item)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  return item->basis == OPL_CHECKLIST_BASIS_AFTER_LAST || item->basis == OPL_CHECKLIST_BASIS_BEFORE_MOMENT;
}

static void
clear_traject (gpointer data)
{
  OplChecklistTraject *traject = data;

  g_clear_pointer (&traject->id, g_free);
  g_clear_pointer (&traject->aios_name, g_free);
  g_clear_pointer (&traject->moments, g_array_unref);
}

/**
 * opl_checklist_facts_new:
 * @since: (nullable): the first day the opleider could have done a task, or %NULL for
 *   no limit
 *
 * Returns: (transfer full): facts with no trajecten and no paralleldagen known; add them
 *   with opl_checklist_facts_add_traject() and opl_checklist_facts_set_year()
 */
OplChecklistFacts *
opl_checklist_facts_new (const GDate *since)
{
  OplChecklistFacts *facts = g_new0 (OplChecklistFacts, 1);

  g_date_clear (&facts->since, 1);
  if (since != NULL && g_date_valid (since))
    facts->since = *since;

  facts->trajecten = g_array_new (FALSE, TRUE, sizeof (OplChecklistTraject));
  g_array_set_clear_func (facts->trajecten, clear_traject);
  g_date_clear (&facts->last_year.first, 1);
  g_date_clear (&facts->last_year.last, 1);
  g_date_clear (&facts->this_year.first, 1);
  g_date_clear (&facts->this_year.last, 1);
  g_date_clear (&facts->last_hao, 1);
  g_date_clear (&facts->next_hao, 1);
  facts->done_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  return facts;
}

void
opl_checklist_facts_free (OplChecklistFacts *facts)
{
  if (facts == NULL)
    return;

  g_clear_pointer (&facts->trajecten, g_array_unref);
  g_clear_pointer (&facts->last_year.attended, g_array_unref);
  g_clear_pointer (&facts->this_year.attended, g_array_unref);
  g_clear_pointer (&facts->done_days, g_hash_table_unref);
  g_free (facts);
}

/**
 * opl_checklist_facts_add_traject:
 * @end: (nullable): its last day, or %NULL while it has none
 * @moments: (element-type OplMoment) (nullable): its due moments with their states
 *   (opl_schedule_compute()); copied
 *
 * Adds a traject the opleider is (or was) an opleider in.
 */
void
opl_checklist_facts_add_traject (OplChecklistFacts *facts,
                                 const char        *id,
                                 const char        *aios_name,
                                 const GDate       *start,
                                 const GDate       *end,
                                 GArray            *moments)
{
  OplChecklistTraject traject = { NULL };

  g_return_if_fail (facts != NULL);
  g_return_if_fail (start != NULL && g_date_valid (start));

  traject.id = g_strdup (id);
  traject.aios_name = g_strdup (aios_name);
  traject.start = *start;
  g_date_clear (&traject.end, 1);
  if (end != NULL && g_date_valid (end))
    traject.end = *end;
  traject.moments = moments != NULL ? g_array_copy (moments) : g_array_new (FALSE, FALSE, sizeof (OplMoment));
  g_array_append_val (facts->trajecten, traject);
}

/**
 * opl_checklist_facts_set_year:
 * @this_year: %TRUE for the opleidingsjaar of the day asked about, %FALSE for the one
 *   before
 * @obligatory: whether paralleldagen are obligatory for the opleider's role that year
 * @required: how many a year the institute asks
 * @attended: (array length=n_attended) (nullable): the days of the paralleldagen
 *   registered as attended that year
 */
void
opl_checklist_facts_set_year (OplChecklistFacts *facts,
                              gboolean           this_year,
                              const GDate       *first,
                              const GDate       *last,
                              gboolean           obligatory,
                              int                required,
                              const GDate       *attended,
                              guint              n_attended)
{
  OplChecklistYear *year;

  g_return_if_fail (facts != NULL);
  g_return_if_fail (first != NULL && last != NULL);

  year = this_year ? &facts->this_year : &facts->last_year;
  g_clear_pointer (&year->attended, g_array_unref);
  year->first = *first;
  year->last = *last;
  year->obligatory = obligatory;
  year->required = required;
  year->attended = g_array_sized_new (FALSE, FALSE, sizeof (GDate), n_attended);
  if (n_attended > 0)
    g_array_append_vals (year->attended, attended, n_attended);
}

/**
 * opl_checklist_facts_set_hao:
 * @last: (nullable): the last HAO-voortgangsgesprek, or %NULL for none
 * @next: (nullable): when the next is due: opl_quality_next_hao(), the date the
 *   Scholing view shows; %NULL when not known
 */
void
opl_checklist_facts_set_hao (OplChecklistFacts *facts,
                             const GDate       *last,
                             const GDate       *next)
{
  g_return_if_fail (facts != NULL);

  g_date_clear (&facts->last_hao, 1);
  g_date_clear (&facts->next_hao, 1);
  if (last != NULL && g_date_valid (last))
    facts->last_hao = *last;
  if (next != NULL && g_date_valid (next))
    facts->next_hao = *next;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_date_compare (a, b);
}

/**
 * opl_checklist_facts_add_done_day:
 * @item_id: an item ticked by the day (opl_checklist_needs_done_days()) or the
 *   HAO-voortgangsgesprek item
 * @day: a day it was done; a day added twice counts once
 */
void
opl_checklist_facts_add_done_day (OplChecklistFacts *facts,
                                  const char        *item_id,
                                  const GDate       *day)
{
  GArray *days;

  g_return_if_fail (facts != NULL && item_id != NULL);
  g_return_if_fail (day != NULL && g_date_valid (day));

  days = g_hash_table_lookup (facts->done_days, item_id);
  if (days == NULL)
    {
      days = g_array_new (FALSE, FALSE, sizeof (GDate));
      g_hash_table_insert (facts->done_days, g_strdup (item_id), days);
    }

  for (guint i = 0; i < days->len; i++)
    {
      if (g_date_compare (&g_array_index (days, GDate, i), day) == 0)
        return;
    }

  g_array_append_val (days, *day);
  g_array_sort (days, compare_dates);
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

/* The Monday of ISO week @week of @year: the week with the year's first Thursday. */
static void
iso_week_monday (guint  year,
                 guint  week,
                 GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 4, G_DATE_JANUARY, (GDateYear) year);
  g_date_subtract_days (date, g_date_get_weekday (date) - 1);
  g_date_add_days (date, (week - 1) * 7);
}

/**
 * opl_period_key_parse:
 * @key: a period key (opl_period_key())
 * @period: (out) (optional): the kind of period it names
 * @first: (out caller-allocates): its first day
 * @last: (out caller-allocates): its last day
 *
 * Returns: whether @key is a period key
 */
gboolean
opl_period_key_parse (const char *key,
                      OplPeriod  *period,
                      GDate      *first,
                      GDate      *last)
{
  guint year, number, day;
  char kind, end;
  OplPeriod found;
  GDate date;

  g_return_val_if_fail (first != NULL && last != NULL, FALSE);

  g_date_clear (&date, 1);
  if (key == NULL || strlen (key) < 4 || sscanf (key, "%4u", &year) != 1 || year < 1 || year > 9999)
    return FALSE;

  if (key[4] == '\0')
    {
      found = OPL_PERIOD_YEARLY_TO_THREE_YEARLY;
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) year);
    }
  else if (sscanf (key + 4, "-%c%u%c", &kind, &number, &end) == 2 && (kind == 'W' || kind == 'Q' || kind == 'H'))
    {
      guint max = kind == 'W' ? 53 : kind == 'Q' ? 4 : 2;

      if (number < 1 || number > max)
        return FALSE;

      found = kind == 'W' ? OPL_PERIOD_WEEKLY : kind == 'Q' ? OPL_PERIOD_QUARTERLY : OPL_PERIOD_THREE_TO_SIX_MONTHLY;
      if (kind == 'W')
        iso_week_monday (year, number, &date);
      else
        g_date_set_dmy (&date, 1, (GDateMonth) ((number - 1) * (kind == 'Q' ? 3 : 6) + 1), (GDateYear) year);
    }
  else if (strlen (key) == 7 && sscanf (key + 4, "-%2u%c", &number, &end) == 1 && number >= 1 && number <= 12)
    {
      found = OPL_PERIOD_MONTHLY;
      g_date_set_dmy (&date, 1, (GDateMonth) number, (GDateYear) year);
    }
  else if (strlen (key) == 10 && sscanf (key + 4, "-%2u-%2u%c", &number, &day, &end) == 2 &&
           g_date_valid_dmy ((GDateDay) day, (GDateMonth) number, (GDateYear) year))
    {
      found = OPL_PERIOD_DAILY;
      g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) number, (GDateYear) year);
    }
  else
    {
      return FALSE;
    }

  opl_period_bounds (found, &date, first, last);
  if (period != NULL)
    *period = found;
  return TRUE;
}

/* opl-checklist-row.c: one task of the opleider's checklist, ticked for its period.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checklist page and the dashboard both show these rows, so ticking, its undo
 * toast and its errors live here, once.
 *
 * Most items are ticked for their period. An item that follows a due moment of an aios
 * (the ComBel, the voortgangsgesprek, ...) is ticked by marking that moment done, as
 * the traject view does (opl-store-checklist.c says why), and its undo puts back the
 * day it was done before, if any. An item that asks nothing now (no aios in training)
 * says so and cannot be ticked.
 *
 * Checklist version 3: the opleiderscoach item is ticked by recording a
 * HAO-voortgangsgesprek of today (the Scholing view's list, which decides its due
 * date), and unticked by removing that gesprek when it has no note; an item ticked by
 * the day (the groepsbegeleider, the feedback before the ComBel) keeps a tick of the
 * day it was done (opl_store_untick_day() takes it back). A reminder of what to do
 * when something happens (illness) has no check button and is never overdue.
 */

#define G_LOG_DOMAIN "opl-checklist-row"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-checklist-row.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-store-scholing.h"
#include "opl-window.h"

struct _OplChecklistRow
{
  AdwActionRow            parent_instance;

  /* Template widgets */
  GtkCheckButton         *check_button;
  GtkLabel               *overdue_label;
  GtkLabel               *period_label;
  GtkWidget              *reminder_icon;  /* a when-needed item's prefix, or NULL */

  /* Owned references */
  OplStore               *store;
  OplChecklist           *checklist;
  char                   *person_id;
  char                   *period_key;
  char                   *traject_id;   /* the moment the item follows, or NULL */
  char                   *note;         /* what the row says about its period, or NULL */

  /* Borrowed references: an item of the checklist */
  const OplChecklistItem *item;

  OplMomentKind           moment_kind;
  int                     moment_month;

  gboolean                read_only;
  gboolean                show_period;
  gboolean                applies;
  gboolean                done;
  gboolean                overdue;
  gboolean                updating;
};

G_DEFINE_FINAL_TYPE (OplChecklistRow, opl_checklist_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CHECKLIST,
  PROP_PERSON_ID,
  PROP_READ_ONLY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* How an item is ticked. */
typedef enum
{
  TICK_PERIOD,  /* a tick for its calendar period */
  TICK_MOMENT,  /* the moment it follows marked done */
  TICK_DAY,     /* a tick of the day it was done ("after-last", "before") */
  TICK_HAO,     /* a HAO-voortgangsgesprek recorded ("follows": "hao-voortgangsgesprek") */
} TickKind;

static TickKind
tick_kind_of (const OplChecklistItem *item,
              const char             *traject_id)
{
  if (item->basis == OPL_CHECKLIST_BASIS_HAO)
    return TICK_HAO;
  if (item->basis == OPL_CHECKLIST_BASIS_AFTER_LAST || item->basis == OPL_CHECKLIST_BASIS_BEFORE_MOMENT)
    return TICK_DAY;
  if (traject_id != NULL)
    return TICK_MOMENT;
  return TICK_PERIOD;
}

/* What the undo toast needs after the row is gone (a refresh may rebuild it). */
typedef struct
{
  TickKind      how;
  OplStore     *store;
  GWeakRef      window;
  char         *person_id;
  char         *item_id;
  char         *period_key;
  int           version;
  gboolean      ticked;
  /* An item that follows a moment: the moment, and the day it was done before. */
  char         *traject_id;
  OplMomentKind kind;
  int           month;
  GDate         done_on;
  /* By the day: the day. A HAO-voortgangsgesprek: the gesprek recorded by the tick (to
   * remove), or the day of the one removed (to record again). */
  GDate         day;
  char         *gesprek_id;
} TickUndo;

static void
tick_undo_free (gpointer data)
{
  TickUndo *undo = data;

  g_clear_object (&undo->store);
  g_weak_ref_clear (&undo->window);
  g_free (undo->person_id);
  g_free (undo->item_id);
  g_free (undo->period_key);
  g_free (undo->traject_id);
  g_free (undo->gesprek_id);
  g_free (undo);
}

static void
tick_undo (gpointer data)
{
  TickUndo *undo = data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  switch (undo->how)
    {
    case TICK_MOMENT:
      ok = opl_store_set_moment_done (undo->store, undo->traject_id, undo->kind, undo->month,
                                      g_date_valid (&undo->done_on) ? &undo->done_on : NULL, &error);
      break;
    case TICK_DAY:
      if (undo->ticked)
        ok = opl_store_set_ticked (undo->store, undo->person_id, undo->item_id, undo->period_key,
                                   undo->version, TRUE, &error);
      else
        ok = opl_store_untick_day (undo->store, undo->person_id, undo->item_id, &undo->day, &error);
      break;
    case TICK_HAO:
      if (undo->ticked)
        {
          g_autofree char *id = opl_store_add_hao_gesprek (undo->store, undo->person_id, &undo->day, NULL, &error);

          ok = id != NULL;
        }
      else
        {
          ok = opl_store_delete_hao_gesprek (undo->store, undo->gesprek_id, &error);
        }
      break;
    case TICK_PERIOD:
    default:
      ok = opl_store_set_ticked (undo->store, undo->person_id, undo->item_id, undo->period_key,
                                 undo->version, undo->ticked, &error);
      break;
    }

  if (!ok)
    {
      g_autoptr(GtkWidget) window = g_weak_ref_get (&undo->window);

      g_debug ("Undoing a tick failed: %s", error->message);
      if (window != NULL)
        opl_window_show_toast_for (window, _("Could not undo: the practice could not be saved"));
    }
}

static void
update_state (OplChecklistRow *self)
{
  self->updating = TRUE;
  gtk_check_button_set_active (self->check_button, self->done);
  self->updating = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), self->applies || self->done);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button), !self->read_only && self->reminder_icon == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), self->overdue && !self->done);
  gtk_widget_set_visible (GTK_WIDGET (self->period_label),
                          (self->show_period || self->note != NULL) && !self->read_only);

  if (self->done)
    gtk_widget_add_css_class (GTK_WIDGET (self), "opl-done");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "opl-done");
}

static gboolean
tick_period (OplChecklistRow  *self,
             gboolean          ticked,
             GError          **error)
{
  return opl_store_set_ticked (self->store, self->person_id, self->item->id, self->period_key,
                               opl_checklist_get_version (self->checklist), ticked, error);
}

/* Marks the moment done today, or not done; @before is the day it was done before.
 * A moment done through its forms (or ticked before the items followed the moments)
 * has no day of its own to take back: the traject view is where to change it. */
static gboolean
tick_moment (OplChecklistRow  *self,
             gboolean          ticked,
             GDate            *before,
             GError          **error)
{
  GDate today;

  if (!opl_store_get_moment_done_on (self->store, self->traject_id, self->moment_kind, self->moment_month,
                                     before, error))
    return FALSE;

  if (!ticked && !g_date_valid (before))
    {
      opl_window_show_toast_for (GTK_WIDGET (self),
                                 _("Done through its forms: change it in the aios’s traject"));
      return FALSE;
    }

  opl_date_set_today (&today);
  return opl_store_set_moment_done (self->store, self->traject_id, self->moment_kind, self->moment_month,
                                    ticked ? &today : NULL, error);
}

/* Ticks an item by the day: a tick of today; unticks the day it says it was done. */
static gboolean
tick_day (OplChecklistRow  *self,
          gboolean          ticked,
          GDate            *day,
          GError          **error)
{
  g_autofree char *key = NULL;

  if (!opl_date_parse_iso (self->period_key, day))
    opl_date_set_today (day);

  if (!ticked)
    return opl_store_untick_day (self->store, self->person_id, self->item->id, day, error);

  opl_date_set_today (day);
  key = opl_date_to_iso (day);
  g_free (self->period_key);
  self->period_key = g_steal_pointer (&key);
  return opl_store_set_ticked (self->store, self->person_id, self->item->id, self->period_key,
                               opl_checklist_get_version (self->checklist), TRUE, error);
}

/* Records a HAO-voortgangsgesprek of today (@gesprek_id: its id, for the undo), or
 * removes the one of the day the item says it was done (@day), unless it has a note:
 * then it is the Scholing view's to change. */
static gboolean
tick_hao (OplChecklistRow  *self,
          gboolean          ticked,
          GDate            *day,
          char            **gesprek_id,
          GError          **error)
{
  g_autoptr(GArray) gesprekken = NULL;

  if (ticked)
    {
      opl_date_set_today (day);
      *gesprek_id = opl_store_add_hao_gesprek (self->store, self->person_id, day, NULL, error);
      return *gesprek_id != NULL;
    }

  if (!opl_date_parse_iso (self->period_key, day))
    return FALSE;

  gesprekken = opl_store_list_hao_gesprekken (self->store, self->person_id, error);
  if (gesprekken == NULL)
    return FALSE;

  for (guint i = 0; i < gesprekken->len; i++)
    {
      const OplHaoGesprek *gesprek = &g_array_index (gesprekken, OplHaoGesprek, i);

      if (g_date_compare (&gesprek->date, day) != 0)
        continue;

      if (gesprek->note != NULL && *gesprek->note != '\0')
        {
          opl_window_show_toast_for (GTK_WIDGET (self),
                                     _("This HAO-voortgangsgesprek has a note: change it in the Scholing view"));
          return FALSE;
        }

      return opl_store_delete_hao_gesprek (self->store, gesprek->id, error);
    }

  return FALSE;
}

static void
on_check_button_toggled_cb (OplChecklistRow *self,
                            GtkCheckButton  *button)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean ticked = gtk_check_button_get_active (button);
  g_autofree char *gesprek_id = NULL;
  TickUndo *undo;
  TickKind how;
  GDate before, day;
  gboolean ok;

  if (self->updating || self->item == NULL || ticked == self->done)
    return;

  g_date_clear (&before, 1);
  g_date_clear (&day, 1);
  how = tick_kind_of (self->item, self->traject_id);
  switch (how)
    {
    case TICK_MOMENT:
      ok = tick_moment (self, ticked, &before, &error);
      break;
    case TICK_DAY:
      ok = tick_day (self, ticked, &day, &error);
      break;
    case TICK_HAO:
      ok = tick_hao (self, ticked, &day, &gesprek_id, &error);
      break;
    case TICK_PERIOD:
    default:
      ok = tick_period (self, ticked, &error);
      break;
    }

  if (!ok)
    {
      update_state (self);
      if (error != NULL)
        {
          g_debug ("Ticking %s failed: %s", self->item->id, error->message);
          opl_window_show_toast_for (GTK_WIDGET (self), _("Could not save the tick"));
        }
      return;
    }

  self->done = ticked;
  self->overdue = self->overdue && !ticked;
  update_state (self);

  undo = g_new0 (TickUndo, 1);
  undo->how = how;
  undo->day = day;
  undo->gesprek_id = g_steal_pointer (&gesprek_id);
  undo->store = g_object_ref (self->store);
  g_weak_ref_init (&undo->window, gtk_widget_get_root (GTK_WIDGET (self)));
  undo->traject_id = g_strdup (self->traject_id);
  undo->kind = self->moment_kind;
  undo->month = self->moment_month;
  undo->done_on = before;
  undo->person_id = g_strdup (self->person_id);
  undo->item_id = g_strdup (self->item->id);
  undo->period_key = g_strdup (self->period_key);
  undo->version = opl_checklist_get_version (self->checklist);
  undo->ticked = !ticked;

  if (ticked)
    {
      /* Translators: a toast; %s is a task of the checklist */
      title = g_strdup_printf (_("Ticked “%s”"), self->item->title);
    }
  else
    {
      /* Translators: a toast; %s is a task of the checklist */
      title = g_strdup_printf (_("Unticked “%s”"), self->item->title);
    }

  opl_window_show_undo_toast_for (GTK_WIDGET (self), title, tick_undo, undo, tick_undo_free);
}

static void
opl_checklist_row_constructed (GObject *object)
{
  OplChecklistRow *self = (OplChecklistRow *)object;

  G_OBJECT_CLASS (opl_checklist_row_parent_class)->constructed (object);

  g_assert (OPL_IS_STORE (self->store));
  g_assert (OPL_IS_CHECKLIST (self->checklist));

  if (self->read_only)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->check_button), FALSE);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), NULL);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
    }
}

static void
opl_checklist_row_dispose (GObject *object)
{
  OplChecklistRow *self = (OplChecklistRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_CHECKLIST_ROW);

  self->item = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->checklist);

  G_OBJECT_CLASS (opl_checklist_row_parent_class)->dispose (object);
}

static void
opl_checklist_row_finalize (GObject *object)
{
  OplChecklistRow *self = (OplChecklistRow *)object;

  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->period_key, g_free);
  g_clear_pointer (&self->traject_id, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (opl_checklist_row_parent_class)->finalize (object);
}

static void
opl_checklist_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OplChecklistRow *self = OPL_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CHECKLIST:
      g_value_set_object (value, self->checklist);
      break;
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_checklist_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OplChecklistRow *self = OPL_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CHECKLIST:
      self->checklist = g_value_dup_object (value);
      break;
    case PROP_PERSON_ID:
      self->person_id = g_value_dup_string (value);
      break;
    case PROP_READ_ONLY:
      self->read_only = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_checklist_row_class_init (OplChecklistRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_checklist_row_constructed;
  object_class->dispose = opl_checklist_row_dispose;
  object_class->finalize = opl_checklist_row_finalize;
  object_class->get_property = opl_checklist_row_get_property;
  object_class->set_property = opl_checklist_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL,
                         OPL_TYPE_CHECKLIST,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-checklist-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OplChecklistRow, check_button);
  gtk_widget_class_bind_template_child (widget_class, OplChecklistRow, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OplChecklistRow, period_label);
  gtk_widget_class_bind_template_callback (widget_class, on_check_button_toggled_cb);
}

static void
opl_checklist_row_init (OplChecklistRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = TRUE;
}

/**
 * opl_checklist_row_new:
 * @person_id: the opleider whose ticks the row shows and sets
 * @read_only: %TRUE for someone who may see the task but not tick it (an aios)
 */
GtkWidget *
opl_checklist_row_new (OplStore     *store,
                       OplChecklist *checklist,
                       const char   *person_id,
                       gboolean      read_only)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  return g_object_new (OPL_TYPE_CHECKLIST_ROW,
                       "store", store,
                       "checklist", checklist,
                       "person-id", person_id,
                       "read-only", read_only,
                       NULL);
}

const char *
opl_checklist_row_get_item_id (OplChecklistRow *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST_ROW (self), NULL);

  return self->item != NULL ? self->item->id : NULL;
}

gboolean
opl_checklist_row_get_done (OplChecklistRow *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST_ROW (self), FALSE);

  return self->done;
}

gboolean
opl_checklist_row_get_overdue (OplChecklistRow *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST_ROW (self), FALSE);

  return self->overdue && !self->done;
}

GtkCheckButton *
opl_checklist_row_get_check_button (OplChecklistRow *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST_ROW (self), NULL);

  return self->check_button;
}

/**
 * opl_checklist_row_get_note:
 *
 * Returns: (nullable): what the row says about its period beyond the calendar (“Due by
 *   10 March 2027 · last: 10 March 2025”), or %NULL
 */
const char *
opl_checklist_row_get_note (OplChecklistRow *self)
{
  g_return_val_if_fail (OPL_IS_CHECKLIST_ROW (self), NULL);

  return self->note;
}

/* An item due some time after the last time it was done (the opleiderscoach, the
 * groepsbegeleider): when it is due and when it was last done. */
static char *
describe_due (const OplChecklistStatus *status)
{
  g_autofree char *due = g_date_valid (&status->due) ? opl_format_date (&status->due) : NULL;
  g_autofree char *last = g_date_valid (&status->last) ? opl_format_date (&status->last) : NULL;

  if (!status->applies && !status->done && status->item->needs_aios)
    return g_strdup (_("Not due: no aios in training"));

  if (due != NULL && last != NULL)
    /* Translators: a task of the checklist: when it is due next, and the day it was
     * last done (“Due by 10 March 2027 · last: 10 March 2025”) */
    return g_strdup_printf (_("Due by %s · last: %s"), due, last);

  if (due != NULL)
    /* Translators: a task of the checklist never done yet: when it is due */
    return g_strdup_printf (_("Due by %s · not done yet"), due);

  if (last != NULL)
    /* Translators: %s is the day a task of the checklist was last done */
    return g_strdup_printf (_("Last: %s"), last);

  return NULL;
}

/* An item asked in the weeks before a moment (the feedback before the ComBel): the
 * aios, the training month and its date, and from when it is asked. */
static char *
describe_before (const OplChecklistStatus *status)
{
  g_autofree char *due = NULL, *from = NULL;

  if (!g_date_valid (&status->due))
    return g_strdup (_("Not due: no aios in training"));

  due = opl_format_date (&status->due);
  if (status->applies || status->done || !g_date_valid (&status->from))
    /* Translators: a task of the checklist done before an aios's moment: the aios's
     * name, the training month (“trainingsmaand”) and the moment's date */
    return g_strdup_printf (_("%s · before training month %d · %s"),
                            status->aios_name != NULL ? status->aios_name : "", status->month, due);

  from = opl_format_date (&status->from);
  /* Translators: as “%s · before training month %d · %s”, not asked yet: the first %s is
   * the day from which it is asked */
  return g_strdup_printf (_("From %s · %s · before training month %d"), from,
                          status->aios_name != NULL ? status->aios_name : "", status->month);
}

/* What a row says about its period when its calendar period is not the whole story:
 * the moment it follows (“Daan Visser · training month 3 · 23 December 2026”), that
 * nothing is asked now, how many paralleldagen the year has, or for items of version 3
 * when they are due and were last done. */
static char *
describe_basis (const OplChecklistStatus *status)
{
  switch (status->item->basis)
    {
    case OPL_CHECKLIST_BASIS_WHEN_NEEDED:
      return g_strdup (_("When needed"));
    case OPL_CHECKLIST_BASIS_HAO:
    case OPL_CHECKLIST_BASIS_AFTER_LAST:
      return describe_due (status);
    case OPL_CHECKLIST_BASIS_BEFORE_MOMENT:
      return describe_before (status);
    case OPL_CHECKLIST_BASIS_CALENDAR:
    case OPL_CHECKLIST_BASIS_AIOS:
    case OPL_CHECKLIST_BASIS_MOMENT:
    case OPL_CHECKLIST_BASIS_PARALLELDAGEN:
    default:
      break;
    }

  if (g_date_valid (&status->due))
    {
      g_autofree char *date = opl_format_date (&status->due);

      /* Translators: an item of the checklist that follows an aios's training: the
       * aios's name, the training month (“trainingsmaand” in Dutch) and its date */
      return g_strdup_printf (_("%s · training month %d · %s"),
                              status->aios_name != NULL ? status->aios_name : "", status->month, date);
    }

  if (!status->applies)
    {
      if (status->item->basis == OPL_CHECKLIST_BASIS_MOMENT)
        return g_strdup (_("Not due: no aios in training"));
      return g_strdup (_("Not due: no aios in training in this period"));
    }

  if (status->item->basis == OPL_CHECKLIST_BASIS_PARALLELDAGEN && status->required > 0)
    {
      if (status->optional)
        /* Translators: paralleldagen attended this opleidingsjaar, of those a year, when
         * they are optional for this opleider */
        return g_strdup_printf (_("%d of %d this opleidingsjaar (optional)"), status->count, status->required);

      /* Translators: paralleldagen attended this opleidingsjaar, of those a year */
      return g_strdup_printf (_("%d of %d this opleidingsjaar"), status->count, status->required);
    }

  return NULL;
}

/* What the row says, with the note the item has for the moment's training month
 * (“Fase I: go, no-go of go op voorwaarden …”) on a line of its own. */
static char *
describe_status (const OplChecklistStatus *status)
{
  g_autofree char *text = describe_basis (status);

  if (status->note == NULL)
    return g_steal_pointer (&text);

  if (text == NULL)
    return g_strdup (status->note);

  return g_strconcat (text, "\n", status->note, NULL);
}

/* A reminder of what to do when something happens: an icon where the others have
 * their check button, nothing to tick. */
static void
show_as_reminder (OplChecklistRow *self)
{
  self->reminder_icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  gtk_widget_set_valign (self->reminder_icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reminder_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reminder"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), self->reminder_icon);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), NULL);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "opl-reminder");
}

/**
 * opl_checklist_row_set_status:
 * @status: an item of the row's checklist as it stands (opl_store_get_checklist_status())
 * @today: the day @status is for
 *
 * Shows @status, in place: a refresh keeps the row, and with it the keyboard focus.
 */
void
opl_checklist_row_set_status (OplChecklistRow          *self,
                              const OplChecklistStatus *status,
                              const GDate              *today)
{
  g_autofree char *period = NULL;
  GDate first, last;

  g_return_if_fail (OPL_IS_CHECKLIST_ROW (self));
  g_return_if_fail (status != NULL && status->item != NULL);

  if (self->item != status->item)
    {
      self->item = status->item;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), status->item->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), status->item->explanation);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->check_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, status->item->title,
                                      -1);
      if (status->item->basis == OPL_CHECKLIST_BASIS_WHEN_NEEDED && self->reminder_icon == NULL)
        show_as_reminder (self);
    }

  if (g_strcmp0 (self->period_key, status->period_key) != 0)
    {
      g_free (self->period_key);
      self->period_key = g_strdup (status->period_key);
    }

  g_free (self->traject_id);
  self->traject_id = g_strdup (status->traject_id);
  self->moment_kind = status->moment_kind;
  self->moment_month = status->month;

  g_free (self->note);
  self->note = describe_status (status);
  /* A note may be long (an aios's name and a date): it wraps, at 360 px too, with the
   * floor every wrapping label gets (opl_compat_floor_wrapping_labels()). */
  gtk_label_set_wrap (self->period_label, self->note != NULL);
  gtk_label_set_width_chars (self->period_label, self->note != NULL ? 10 : -1);
  if (self->note != NULL)
    {
      gtk_label_set_label (self->period_label, self->note);
    }
  else
    {
      opl_period_bounds (status->item->period, today, &first, &last);
      period = opl_format_checklist_period (status->item->period, &first, FALSE);
      gtk_label_set_label (self->period_label, period);
    }

  self->applies = status->applies;
  self->done = status->done;
  self->overdue = status->overdue;
  update_state (self);
}

/**
 * opl_checklist_row_set_show_period:
 *
 * Whether the row names its period (“Week 47”), where rows of several periods mix.
 */
void
opl_checklist_row_set_show_period (OplChecklistRow *self,
                                   gboolean         show_period)
{
  g_return_if_fail (OPL_IS_CHECKLIST_ROW (self));

  self->show_period = !!show_period;
  update_state (self);
}

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
 */

#define G_LOG_DOMAIN "opl-checklist-row"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-checklist-row.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-window.h"

struct _OplChecklistRow
{
  AdwActionRow            parent_instance;

  /* Template widgets */
  GtkCheckButton         *check_button;
  GtkLabel               *overdue_label;
  GtkLabel               *period_label;

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

/* What the undo toast needs after the row is gone (a refresh may rebuild it). */
typedef struct
{
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
  g_free (undo);
}

static void
tick_undo (gpointer data)
{
  TickUndo *undo = data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (undo->traject_id != NULL)
    ok = opl_store_set_moment_done (undo->store, undo->traject_id, undo->kind, undo->month,
                                    g_date_valid (&undo->done_on) ? &undo->done_on : NULL, &error);
  else
    ok = opl_store_set_ticked (undo->store, undo->person_id, undo->item_id, undo->period_key,
                               undo->version, undo->ticked, &error);

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

static void
on_check_button_toggled_cb (OplChecklistRow *self,
                            GtkCheckButton  *button)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean ticked = gtk_check_button_get_active (button);
  TickUndo *undo;
  GDate before;

  if (self->updating || self->item == NULL || ticked == self->done)
    return;

  g_date_clear (&before, 1);
  if (!(self->traject_id != NULL ? tick_moment (self, ticked, &before, &error) : tick_period (self, ticked, &error)))
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

/* What a row says about its period when its calendar period is not the whole story:
 * the moment it follows (“Daan Visser · training month 3 · 23 December 2026”), that
 * nothing is asked now, or how many paralleldagen the year has. */
static char *
describe_status (const OplChecklistStatus *status)
{
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

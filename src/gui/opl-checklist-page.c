/* opl-checklist-page.c: the opleider's recurring tasks, by period, with their history.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tasks come from the checklist definition and don't change while the page is
 * open, so the rows are made once and a refresh only updates them: a tick keeps the
 * keyboard focus where it was. An aios may read the list (design.md §2) but the ticks
 * are the opleider's, so their rows have no check buttons.
 *
 * The three-monthly tasks follow each aios's training months (seed 001, "Vul na 3, 6
 * en 9 maanden de ComBel in"), so their group names no calendar quarter and their
 * history lists the moments; a task with the aios says when there is none in training.
 * Checklist version 3: a group whose tasks are due some time after the last time
 * (the groepsbegeleider) names no calendar half year either, and the reminders of what
 * to do when something happens (illness) have a group of their own, with no history.
 */

#define G_LOG_DOMAIN "opl-checklist-page"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-checklist-page-private.h"
#include "opl-compat.h"
#include "opl-date.h"
#include "opl-format.h"

/* How many earlier periods the history shows. */
#define N_HISTORY_PERIODS 8

/* The rows the page builds with itself: about a screen's height of tasks, the first
 * periods in full (issue 19). The periods after them are built one per idle once GTK
 * has laid the page out (opl_page_after_layout ()), so the first frame measures what
 * it shows, not the whole list below the fold. */
#define FIRST_ROWS 8

/* The reminders' group comes after the periods: its index among the groups. */
#define REMINDERS_GROUP OPL_N_PERIODS

typedef struct
{
  GtkWidget *strip;
  GtkLabel  *summary;
} HistoryRow;

struct _OplChecklistPage
{
  OplPage               parent_instance;

  /* Template widgets */
  GtkLabel             *intro_label;
  GtkBox               *periods_box;
  AdwPreferencesGroup  *history_group;
  GtkListBox           *history_list;

  /* Owned references */
  OplChecklist         *checklist;
  GPtrArray            *rows;          /* OplChecklistRow or NULL until built, one per item */
  GArray               *statuses;      /* the last refresh's, for the rows built after it */
  GArray               *history_rows;  /* HistoryRow, one per item; empty until built */
  GPtrArray            *histories;     /* each item's earlier periods, or NULL until read */

  /* Borrowed references */
  AdwPreferencesGroup  *groups[OPL_N_PERIODS];
  GtkWidget            *expanders[OPL_N_PERIODS];  /* the history's, one per period */
  gboolean              history_built[OPL_N_PERIODS];
  guint                 n_groups_built;   /* the periods' groups, then the reminders' */
  GDate                 today;            /* of the last refresh */
};

G_DEFINE_FINAL_TYPE (OplChecklistPage, opl_checklist_page, OPL_TYPE_PAGE)

static gboolean
is_read_only (OplChecklistPage *self)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));

  return !opl_person_is_opleider (person);
}

static gboolean
never_ticked (const char *item_id,
              const char *period_key,
              gpointer    user_data)
{
  return FALSE;
}

static HistoryRow
create_history_row (GtkWidget              *expander,
                    const OplChecklistItem *item)
{
  GtkWidget *row, *box, *title, *strip, *summary;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  title = gtk_label_new (item->title);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_box_append (GTK_BOX (box), title);

  /* The summary says the same in words, for a screen reader. */
  strip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_accessible_update_state (GTK_ACCESSIBLE (strip), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), strip);

  summary = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (summary), 0.0);
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_widget_add_css_class (summary, "caption");
  gtk_box_append (GTK_BOX (box), summary);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  return (HistoryRow) { .strip = strip, .summary = GTK_LABEL (summary) };
}

static void on_history_expanded_cb (OplChecklistPage *self,
                                    GParamSpec       *pspec,
                                    AdwExpanderRow   *expander);
static void describe_group (OplChecklistPage *self,
                            OplPeriod         period);

/* A titled group with a boxed list, after the groups before it. */
static GtkListBox *
append_group (OplChecklistPage *self,
              const char       *title,
              GtkWidget       **group)
{
  GtkWidget *list = gtk_list_box_new ();

  *group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (*group), title);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (*group), list);
  gtk_box_append (self->periods_box, *group);

  return GTK_LIST_BOX (list);
}

static gboolean
all_groups_built (OplChecklistPage *self)
{
  return self->n_groups_built > REMINDERS_GROUP;
}

/* The group @item is listed in: its period's, or a reminder's at the end. */
static guint
group_of (const OplChecklistItem *item)
{
  return item->basis == OPL_CHECKLIST_BASIS_WHEN_NEEDED ? REMINDERS_GROUP : (guint) item->period;
}

/* Builds the next group (the periods' in order, then the reminders', which only
 * exists when there are reminders) with its rows as the last refresh found them.
 * Returns how many rows it built. */
static guint
build_next_group (OplChecklistPage *self)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  guint group = self->n_groups_built++;
  gboolean read_only = is_read_only (self);
  GtkWidget *group_widget = NULL;
  GtkListBox *list = NULL;
  guint n_rows = 0;

  if (group < OPL_N_PERIODS)
    {
      list = append_group (self, opl_period_get_label (group), &group_widget);
      self->groups[group] = ADW_PREFERENCES_GROUP (group_widget);
      describe_group (self, group);
    }

  for (guint i = 0; i < opl_checklist_get_n_items (self->checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (self->checklist, i);
      GtkWidget *row;

      if (group_of (item) != group)
        continue;

      if (list == NULL)
        {
          list = append_group (self, _("When Needed"), &group_widget);
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group_widget),
                                                 _("What to do when it happens; nothing to tick"));
        }

      row = opl_checklist_row_new (store, self->checklist, opl_person_get_id (person), read_only);
      gtk_list_box_append (list, row);
      g_ptr_array_index (self->rows, i) = row;
      if (self->statuses != NULL && i < self->statuses->len)
        opl_checklist_row_set_status (OPL_CHECKLIST_ROW (row),
                                      &g_array_index (self->statuses, OplChecklistStatus, i), &self->today);
      n_rows++;
    }

  /* As opl_page_refresh () does for the groups built with the page. */
  if (group_widget != NULL)
    opl_compat_floor_wrapping_labels (group_widget);

  /* The history comes after every group, as it did before. */
  if (all_groups_built (self))
    gtk_widget_set_visible (GTK_WIDGET (self->history_group), !read_only);

  return n_rows;
}

static void
build_remaining_groups (OplChecklistPage *self)
{
  while (self->checklist != NULL && !all_groups_built (self))
    build_next_group (self);
}

/* After the first layout: the groups not built yet, one per idle. */
static gboolean
build_later (OplPage *page)
{
  OplChecklistPage *self = OPL_CHECKLIST_PAGE (page);

  if (!all_groups_built (self))
    build_next_group (self);

  return !all_groups_built (self);
}

static void
build (OplChecklistPage *self)
{
  guint n_items = opl_checklist_get_n_items (self->checklist);
  guint n_rows = 0;

  g_ptr_array_set_size (self->rows, n_items);
  g_array_set_size (self->history_rows, n_items);

  for (guint p = 0; p < OPL_N_PERIODS; p++)
    {
      /* Its rows are built when it is first expanded (issue 19): 34 rows of eight
       * icons with tooltips that are seen when someone looks back, not before. */
      self->expanders[p] = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->expanders[p]), opl_period_get_label (p));
      g_signal_connect_object (self->expanders[p], "notify::expanded", G_CALLBACK (on_history_expanded_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->history_list, self->expanders[p]);
    }

  /* Shown with the last group (build_next_group ()). */
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), FALSE);

  while (n_rows < FIRST_ROWS && !all_groups_built (self))
    n_rows += build_next_group (self);

  if (is_read_only (self))
    gtk_label_set_label (self->intro_label,
                         _("Your opleider’s recurring tasks. They tick them off; this list "
                           "shows what they do for your training and how often."));
  else
    gtk_label_set_label (self->intro_label,
                         _("Tick a task when it is done for its period. A task left undone "
                           "in the period before is overdue. Tasks with the aios count while "
                           "an aios is in training; the three-monthly ones follow each aios’s "
                           "training months, and some tasks are due a while after the last "
                           "time they were done."));
}

static void
clear_strip (GtkWidget *strip)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (strip)) != NULL)
    gtk_box_remove (GTK_BOX (strip), child);
}

/* “Week 46”, or for a task that follows the aios's training “training month 3 (Daan
 * Visser)”: never a calendar month next to a training month (issue 18). */
static char *
name_period (const OplChecklistItem   *item,
             const OplChecklistPeriod *period)
{
  if (period->month > 0)
    /* Translators: a moment of an aios's training in the checklist's history: the
     * training month (“trainingsmaand” in Dutch) and the aios's name */
    return g_strdup_printf (_("training month %d (%s)"), period->month,
                            period->aios_name != NULL ? period->aios_name : "");

  return opl_format_checklist_period (item->period, &period->first, TRUE);
}

static void
update_history_row (HistoryRow             *row,
                    const OplChecklistItem *item,
                    GArray                 *periods)
{
  g_autofree char *summary = NULL;
  g_autofree char *last_missed = NULL;
  guint n_done = 0;

  clear_strip (row->strip);

  /* Oldest first, so the strip reads left to right towards today. */
  for (guint i = periods->len; i > 0; i--)
    {
      const OplChecklistPeriod *period = &g_array_index (periods, OplChecklistPeriod, i - 1);
      g_autofree char *name = name_period (item, period);
      g_autofree char *tooltip = NULL;
      GtkWidget *image;

      if (period->done)
        {
          image = gtk_image_new_from_icon_name ("object-select-symbolic");
          gtk_widget_add_css_class (image, "success");
          /* Translators: a tooltip; %s is a period (“Week 46”) */
          tooltip = g_strdup_printf (_("%s: done"), name);
          n_done++;
        }
      else
        {
          image = gtk_image_new_from_icon_name ("window-close-symbolic");
          gtk_widget_add_css_class (image, "error");
          /* Translators: a tooltip; %s is a period (“Week 46”) */
          tooltip = g_strdup_printf (_("%s: missed"), name);
          g_free (last_missed);
          last_missed = g_steal_pointer (&name);
        }

      gtk_widget_set_tooltip_text (image, tooltip);
      gtk_box_append (GTK_BOX (row->strip), image);
    }

  if (periods->len == 0)
    {
      summary = g_strdup (_("No earlier periods yet"));
    }
  else if (item->basis == OPL_CHECKLIST_BASIS_PARALLELDAGEN)
    {
      /* Translators: the first %u is in how many months a paralleldag was attended, the
       * second how many earlier months are shown */
      summary = g_strdup_printf (_("A paralleldag in %u of the last %u months"), n_done, periods->len);
    }
  else if (last_missed != NULL)
    {
      /* Translators: the first %u is how often a task was done, the second in how many
       * earlier periods, and %s the last period it was missed in (“Week 45”) */
      summary = g_strdup_printf (_("Done in %u of the last %u · last missed: %s"),
                                 n_done, periods->len, last_missed);
    }
  else
    {
      /* Translators: %u is a number of earlier periods */
      summary = g_strdup_printf (_("Done in all of the last %u"), periods->len);
    }

  gtk_label_set_label (row->summary, summary);
}

/* Reads the history of every item and updates the rows built so far. */
static void
refresh_history (OplChecklistPage *self,
                 const GDate      *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->histories, g_ptr_array_unref);
  self->histories = opl_store_get_checklist_history (store, self->checklist, opl_person_get_id (person),
                                                     today, N_HISTORY_PERIODS, &error);
  if (self->histories == NULL)
    {
      g_debug ("Reading the history failed: %s", error->message);
      return;
    }

  for (guint i = 0; i < self->histories->len; i++)
    {
      HistoryRow *row = &g_array_index (self->history_rows, HistoryRow, i);

      /* A reminder has no history row, nor an item whose period is not built yet. */
      if (row->summary != NULL)
        update_history_row (row, opl_checklist_get_item (self->checklist, i),
                            g_ptr_array_index (self->histories, i));
    }
}

static gboolean
any_history_built (OplChecklistPage *self)
{
  for (guint p = 0; p < OPL_N_PERIODS; p++)
    {
      if (self->history_built[p])
        return TRUE;
    }

  return FALSE;
}

/* Builds the history rows of @period, once, and fills them. */
static void
build_history (OplChecklistPage *self,
               OplPeriod         period)
{
  GDate today;

  if (self->checklist == NULL || is_read_only (self) || self->history_built[period])
    return;

  self->history_built[period] = TRUE;
  for (guint i = 0; i < opl_checklist_get_n_items (self->checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (self->checklist, i);
      HistoryRow *row = &g_array_index (self->history_rows, HistoryRow, i);

      if (item->period != period || item->basis == OPL_CHECKLIST_BASIS_WHEN_NEEDED)
        continue;

      *row = create_history_row (self->expanders[period], item);
      if (self->histories != NULL && i < self->histories->len)
        update_history_row (row, item, g_ptr_array_index (self->histories, i));
    }

  /* The first to be built reads the history (refresh_history () keeps it since). */
  if (self->histories == NULL)
    {
      opl_date_set_today (&today);
      refresh_history (self, &today);
    }

  /* As opl_page_refresh () does for the rows built with the page. */
  opl_compat_floor_wrapping_labels (self->expanders[period]);
}

static void
on_history_expanded_cb (OplChecklistPage *self,
                        GParamSpec       *pspec,
                        AdwExpanderRow   *expander)
{
  if (!adw_expander_row_get_expanded (expander))
    return;

  for (guint p = 0; p < OPL_N_PERIODS; p++)
    {
      if (self->expanders[p] == GTK_WIDGET (expander))
        build_history (self, p);
    }
}

typedef enum
{
  GROUP_BY_CALENDAR,  /* a task of the group is ticked per calendar period */
  GROUP_BY_TRAINING,  /* every task follows (or comes before) a moment of the aios's training */
  GROUP_BY_LAST,      /* every task is due by its own date (after the last time, the quality cycle) */
} GroupKind;

/* What decides when the tasks of @period are due, for the group's description. */
static GroupKind
group_kind (OplChecklist *checklist,
            OplPeriod     period)
{
  gboolean any = FALSE, by_training = TRUE;

  for (guint i = 0; i < opl_checklist_get_n_items (checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (checklist, i);

      if (item->period != period || item->basis == OPL_CHECKLIST_BASIS_WHEN_NEEDED)
        continue;

      switch (item->basis)
        {
        case OPL_CHECKLIST_BASIS_MOMENT:
        case OPL_CHECKLIST_BASIS_BEFORE_MOMENT:
          break;
        case OPL_CHECKLIST_BASIS_HAO:
        case OPL_CHECKLIST_BASIS_AFTER_LAST:
          by_training = FALSE;
          break;
        case OPL_CHECKLIST_BASIS_CALENDAR:
        case OPL_CHECKLIST_BASIS_AIOS:
        case OPL_CHECKLIST_BASIS_PARALLELDAGEN:
        case OPL_CHECKLIST_BASIS_WHEN_NEEDED:
        default:
          return GROUP_BY_CALENDAR;
        }
      any = TRUE;
    }

  if (!any)
    return GROUP_BY_CALENDAR;

  return by_training ? GROUP_BY_TRAINING : GROUP_BY_LAST;
}

/* Says, under a period's title, what its tasks follow or which period it is now. */
static void
describe_group (OplChecklistPage *self,
                OplPeriod         period)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  GDate first, last;

  /* Not built yet, or the aios's read-only list (no periods to tick in). */
  if (self->groups[period] == NULL || is_read_only (self) || !g_date_valid (&self->today))
    return;

  switch (group_kind (self->checklist, period))
    {
    case GROUP_BY_TRAINING:
      adw_preferences_group_set_description (self->groups[period], _("By each aios’s training months"));
      return;
    case GROUP_BY_LAST:
      adw_preferences_group_set_description (self->groups[period], _("By the last time it was done"));
      return;
    case GROUP_BY_CALENDAR:
    default:
      break;
    }

  opl_period_bounds (period, &self->today, &first, &last);
  name = opl_format_checklist_period (period, &first, FALSE);
  /* Translators: %s is the current period (“Week 47”, “November 2026”) */
  description = g_strdup_printf (_("Now: %s"), name);
  adw_preferences_group_set_description (self->groups[period], description);
}

/* Reads the ticks again and updates the rows and the history in place. */
static void
opl_checklist_page_refresh (OplPage *page)
{
  OplChecklistPage *self = OPL_CHECKLIST_PAGE (page);
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  gboolean read_only = is_read_only (self);
  GDate today;

  opl_date_set_today (&today);

  if (read_only)
    statuses = opl_checklist_get_status (self->checklist, &today, &today, never_ticked, NULL);
  else
    statuses = opl_store_get_checklist_status (store, self->checklist,
                                               opl_person_get_id (person), &today, &error);

  if (statuses == NULL)
    {
      g_debug ("Reading the checklist failed: %s", error->message);
      gtk_label_set_label (self->intro_label, _("Could not read the checklist. Try again later."));
      return;
    }

  g_clear_pointer (&self->statuses, g_array_unref);
  self->statuses = g_steal_pointer (&statuses);
  self->today = today;

  for (guint i = 0; i < self->statuses->len; i++)
    {
      OplChecklistRow *row = g_ptr_array_index (self->rows, i);

      /* A row not built yet gets its status when it is (build_next_group ()). */
      if (row != NULL)
        opl_checklist_row_set_status (row, &g_array_index (self->statuses, OplChecklistStatus, i), &today);
    }

  for (guint p = 0; p < OPL_N_PERIODS; p++)
    describe_group (self, p);

  /* The history is read when its first period is expanded (build_history ()). */
  if (!read_only && any_history_built (self))
    refresh_history (self, &today);
  else
    g_clear_pointer (&self->histories, g_ptr_array_unref);
}

static void
opl_checklist_page_constructed (GObject *object)
{
  OplChecklistPage *self = (OplChecklistPage *)object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (opl_checklist_page_parent_class)->constructed (object);

  self->checklist = opl_checklist_new_default (&error);
  if (self->checklist == NULL)
    {
      /* The definition is compiled in: this is a broken build, not a user's problem. */
      g_critical ("The checklist definition is invalid: %s", error->message);
      return;
    }

  build (self);
  opl_page_refresh (OPL_PAGE (self));
  opl_page_after_layout (OPL_PAGE (self), build_later);
}

static void
opl_checklist_page_dispose (GObject *object)
{
  OplChecklistPage *self = (OplChecklistPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_CHECKLIST_PAGE);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->statuses, g_array_unref);
  g_clear_pointer (&self->history_rows, g_array_unref);
  g_clear_pointer (&self->histories, g_ptr_array_unref);
  g_clear_object (&self->checklist);

  G_OBJECT_CLASS (opl_checklist_page_parent_class)->dispose (object);
}

static void
opl_checklist_page_class_init (OplChecklistPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_checklist_page_constructed;
  object_class->dispose = opl_checklist_page_dispose;

  OPL_PAGE_CLASS (klass)->refresh = opl_checklist_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplChecklistPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OplChecklistPage, periods_box);
  gtk_widget_class_bind_template_child (widget_class, OplChecklistPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, OplChecklistPage, history_list);
}

static void
opl_checklist_page_init (OplChecklistPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->history_rows = g_array_new (FALSE, TRUE, sizeof (HistoryRow));
  g_date_clear (&self->today, 1);
}

GtkWidget *
opl_checklist_page_new (OplStore  *store,
                        OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_CHECKLIST_PAGE, "store", store, "person", person, NULL);
}

OplChecklistRow *
opl_checklist_page_get_row (OplChecklistPage *self,
                            const char       *item_id)
{
  /* As a person who scrolls to it would find it. */
  build_remaining_groups (self);

  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    {
      OplChecklistRow *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (opl_checklist_row_get_item_id (row), item_id) == 0)
        return row;
    }

  return NULL;
}

const char *
opl_checklist_page_get_history_summary (OplChecklistPage *self,
                                        const char       *item_id)
{
  for (guint i = 0; i < opl_checklist_get_n_items (self->checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (self->checklist, i);
      GtkLabel *summary;

      if (g_strcmp0 (item->id, item_id) != 0)
        continue;

      /* As a person who expands its period would see it. */
      if (item->basis != OPL_CHECKLIST_BASIS_WHEN_NEEDED)
        build_history (self, item->period);
      summary = g_array_index (self->history_rows, HistoryRow, i).summary;
      return summary != NULL ? gtk_label_get_label (summary) : NULL;
    }

  return NULL;
}

/* opl-traject-page.c: an aios's training year as a timeline of due moments.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An aios sees their own traject; an opleider chooses one of their aios. Moments,
 * leave and today are one list in date order. A moment is marked done (today) or
 * not done from its row, with an undo toast.
 */

#define G_LOG_DOMAIN "opl-traject-page"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-traject-page-private.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-window.h"

struct _OplTrajectPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *selector_group;
  AdwComboRow         *aios_row;
  AdwPreferencesGroup *timeline_group;
  GtkListBox          *timeline_list;

  /* Owned references */
  OplStore            *store;
  OplPerson           *person;
  GPtrArray           *trajecten;     /* OplTraject, the choices of aios_row */
  char                *traject_id;    /* the traject shown */
  guint                refresh_id;

  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (OplTrajectPage, opl_traject_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  ENTRY_LEAVE,
  ENTRY_TODAY,
  ENTRY_MOMENT,
} EntryType;

/* One line of the timeline; leave sorts before a moment on the same day. */
typedef struct
{
  GDate      date;
  EntryType  type;
  guint      index;
} Entry;

/* What the undo toast needs to put a moment back as it was. */
typedef struct
{
  OplStore      *store;
  GWeakRef       window;
  char          *traject_id;
  OplMomentKind  kind;
  int            month;
  GDate          done_on;   /* cleared: not done */
} MomentUndo;

static void
moment_undo_free (gpointer data)
{
  MomentUndo *undo = data;

  g_clear_object (&undo->store);
  g_weak_ref_clear (&undo->window);
  g_free (undo->traject_id);
  g_free (undo);
}

static void
moment_undo (gpointer data)
{
  MomentUndo *undo = data;
  g_autoptr(GError) error = NULL;

  if (!opl_store_set_moment_done (undo->store, undo->traject_id, undo->kind, undo->month,
                                  g_date_valid (&undo->done_on) ? &undo->done_on : NULL, &error))
    {
      g_autoptr(GtkWidget) window = g_weak_ref_get (&undo->window);

      g_debug ("Undoing a moment failed: %s", error->message);
      if (window != NULL)
        opl_window_show_toast_for (window, _("Could not undo: the practice could not be saved"));
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;
  int cmp = g_date_compare (&ea->date, &eb->date);

  return cmp != 0 ? cmp : (int) ea->type - (int) eb->type;
}

static gboolean
has_ended (OplTraject  *traject,
           const GDate *today)
{
  const GDate *end = opl_traject_get_end (traject);

  return end != NULL && g_date_compare (end, today) < 0;
}

static OplTraject *
get_traject (OplTrajectPage *self)
{
  for (guint i = 0; self->trajecten != NULL && i < self->trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (self->trajecten, i);

      if (g_strcmp0 (opl_traject_get_id (traject), self->traject_id) == 0)
        return traject;
    }

  return NULL;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *icon_name,
         const char *icon_class,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* The state is in the subtitle's words as well. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (icon, "opl-timeline-icon");
  if (icon_class != NULL)
    gtk_widget_add_css_class (icon, icon_class);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_list_box_append (list, row);
  return row;
}

static char *
moment_key (OplMomentKind kind,
            int           month)
{
  return g_strdup_printf ("%s:%d", opl_moment_kind_to_string (kind), month);
}

static void
add_moment_row (OplTrajectPage  *self,
                OplTraject      *traject,
                const OplMoment *moment)
{
  g_autofree char *when = opl_format_moment (moment);
  g_autofree char *state = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *button_label = NULL;
  const char *kind = opl_moment_kind_get_label (moment->kind);
  const char *icon_name, *icon_class;
  gboolean done = moment->state == OPL_MOMENT_STATE_DONE;
  GtkWidget *row, *button;

  switch (moment->state)
    {
    case OPL_MOMENT_STATE_DONE:
      {
        g_autoptr(GError) error = NULL;
        GDate done_on;

        icon_name = "emblem-ok-symbolic";
        icon_class = "success";
        if (opl_store_get_moment_done_on (self->store, opl_traject_get_id (traject),
                                          moment->kind, moment->month, &done_on, &error) &&
            g_date_valid (&done_on))
          {
            g_autofree char *date = opl_format_date (&done_on);

            /* Translators: %s is a date */
            state = g_strdup_printf (_("Done on %s"), date);
          }
        else
          {
            state = g_strdup (_("Done"));
          }
      }
      break;
    case OPL_MOMENT_STATE_OVERDUE:
      icon_name = "dialog-warning-symbolic";
      icon_class = "error";
      state = g_strdup (_("Overdue"));
      break;
    case OPL_MOMENT_STATE_DUE:
      icon_name = "alarm-symbolic";
      icon_class = "warning";
      state = g_strdup (_("Due soon"));
      break;
    case OPL_MOMENT_STATE_UPCOMING:
    default:
      icon_name = "content-loading-symbolic";
      icon_class = "dim-label";
      state = g_strdup (_("Upcoming"));
      break;
    }

  subtitle = g_strdup_printf ("%s\n%s", state, when);
  row = add_row (self->timeline_list, icon_name, icon_class, kind, subtitle);
  g_object_set_data_full (G_OBJECT (row), "opl-key", moment_key (moment->kind, moment->month), g_free);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  if (moment->state == OPL_MOMENT_STATE_OVERDUE)
    gtk_widget_add_css_class (row, "opl-overdue");
  else if (moment->state == OPL_MOMENT_STATE_UPCOMING)
    gtk_widget_add_css_class (row, "opl-upcoming");
  else if (done)
    gtk_widget_add_css_class (row, "opl-done");

  /* An icon, so that a long Dutch title keeps its width on a phone; the tooltip and
   * the accessible name say what it does. */
  button = gtk_button_new_from_icon_name (done ? "edit-undo-symbolic" : "object-select-symbolic");
  gtk_widget_set_tooltip_text (button, done ? _("Mark as Not Done") : _("Mark as Done"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Only what is due asks for attention; the rest of the year stays quiet. */
  if (done || moment->state == OPL_MOMENT_STATE_UPCOMING)
    gtk_widget_add_css_class (button, "flat");
  /* The target first: an action name without its target would not match the action. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(iib)",
                                    (gint32) moment->kind, (gint32) moment->month, !done);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "traject.set-done");
  if (done)
    /* Translators: a button's name for a screen reader; %s is a moment (“LEOh”), %d its month */
    button_label = g_strdup_printf (_("Mark %s of month %d as not done"), kind, moment->month);
  else
    /* Translators: a button's name for a screen reader; %s is a moment (“LEOh”), %d its month */
    button_label = g_strdup_printf (_("Mark %s of month %d as done"), kind, moment->month);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_label,
                                  -1);
  g_object_set_data (G_OBJECT (row), "opl-button", button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
add_leave_row (OplTrajectPage *self,
               const OplLeave *leave)
{
  g_autofree char *period = opl_format_period (&leave->start, &leave->end);
  GtkWidget *row;

  row = add_row (self->timeline_list, "media-playback-pause-symbolic", "dim-label",
                 opl_leave_kind_get_label (leave->kind), period);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "opl-leave");
}

static void
add_today_row (OplTrajectPage *self,
               OplTraject     *traject,
               const GDate    *today)
{
  g_autofree char *date = opl_format_date (today);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (opl_traject_is_active (traject, today))
    {
      /* Translators: %s is today's date, %d the month of the traject */
      subtitle = g_strdup_printf (_("%s · month %d"), date, opl_traject_get_training_month (traject, today));
    }
  else
    {
      subtitle = g_steal_pointer (&date);
    }

  row = add_row (self->timeline_list, "x-office-calendar-symbolic", "accent", _("Today"), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "opl-today");
}

/* The key of the row that has the keyboard focus, to give it back after a rebuild. */
static char *
get_focus_key (OplTrajectPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->timeline_list)))
    return NULL;

  row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  return row != NULL ? g_strdup (g_object_get_data (G_OBJECT (row), "opl-key")) : NULL;
}

static GtkWidget *
find_row_by_key (OplTrajectPage *self,
                 const char     *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->timeline_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "opl-key"), key) == 0)
        return child;
    }

  return NULL;
}

static void
describe_traject (OplTrajectPage *self,
                  OplTraject     *traject,
                  const GDate    *today)
{
  g_autofree char *period = opl_format_period (opl_traject_get_start (traject),
                                               opl_traject_get_end (traject));
  g_autofree char *description = NULL;
  double parttime = opl_traject_get_parttime (traject);

  if (opl_person_is_opleider (self->person))
    adw_preferences_group_set_title (self->timeline_group, opl_traject_get_aios_name (traject));
  else
    adw_preferences_group_set_title (self->timeline_group, _("Your Training Year"));

  if (parttime < 1.0)
    {
      g_autofree char *percent = opl_format_percent (parttime);

      /* Translators: a phase, a period and a part-time percentage: “Fase II · from 1 April 2026 · part time 80 %” */
      description = g_strdup_printf (_("%s · %s · part time %s"),
                                     opl_format_phase (opl_traject_get_phase (traject)), period, percent);
    }
  else
    {
      description = g_strdup_printf ("%s · %s", opl_format_phase (opl_traject_get_phase (traject)), period);
    }

  adw_preferences_group_set_description (self->timeline_group, description);
}

static void
fill_timeline (OplTrajectPage *self)
{
  g_autofree char *focus_key = get_focus_key (self);
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  OplTraject *traject = get_traject (self);
  GDate today;

  opl_date_set_today (&today);
  clear_list (self->timeline_list);

  if (traject == NULL)
    {
      adw_preferences_group_set_title (self->timeline_group, _("Training Year"));
      adw_preferences_group_set_description (self->timeline_group, NULL);
      add_row (self->timeline_list, "x-office-calendar-symbolic", "dim-label",
               opl_person_is_opleider (self->person) ? _("No aios trains with you now")
                                                     : _("No current traject"),
               opl_person_is_opleider (self->person)
                 ? _("An aios’s training year appears here from the start of their traject.")
                 : _("Your opleider links you to the practice for each phase."));
      return;
    }

  describe_traject (self, traject, &today);

  moments = opl_store_get_schedule (self->store, traject, &today, &error);
  if (moments == NULL)
    {
      g_debug ("Reading the schedule failed: %s", error->message);
      add_row (self->timeline_list, "dialog-warning-symbolic", "error",
               _("Could not read the training year"), _("Try again later."));
      return;
    }

  entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  for (guint i = 0; i < moments->len; i++)
    {
      Entry entry = { g_array_index (moments, OplMoment, i).due, ENTRY_MOMENT, i };

      g_array_append_val (entries, entry);
    }
  for (guint i = 0; i < opl_traject_get_n_leaves (traject); i++)
    {
      Entry entry = { opl_traject_get_leave (traject, i)->start, ENTRY_LEAVE, i };

      g_array_append_val (entries, entry);
    }
  if (!has_ended (traject, &today))
    {
      Entry entry = { today, ENTRY_TODAY, 0 };

      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);

      switch (entry->type)
        {
        case ENTRY_MOMENT:
          add_moment_row (self, traject, &g_array_index (moments, OplMoment, entry->index));
          break;
        case ENTRY_LEAVE:
          add_leave_row (self, opl_traject_get_leave (traject, entry->index));
          break;
        case ENTRY_TODAY:
          add_today_row (self, traject, &today);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (focus_key != NULL)
    {
      GtkWidget *row = find_row_by_key (self, focus_key);
      GtkWidget *button = row != NULL ? g_object_get_data (G_OBJECT (row), "opl-button") : NULL;

      if (button != NULL)
        gtk_widget_grab_focus (button);
    }
}

static gboolean
same_trajecten (GPtrArray *a,
                GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (g_strcmp0 (opl_traject_get_id (g_ptr_array_index (a, i)),
                     opl_traject_get_id (g_ptr_array_index (b, i))) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
select_in_row (OplTrajectPage *self)
{
  for (guint i = 0; i < self->trajecten->len; i++)
    {
      if (g_strcmp0 (opl_traject_get_id (g_ptr_array_index (self->trajecten, i)), self->traject_id) == 0)
        {
          self->filling = TRUE;
          adw_combo_row_set_selected (self->aios_row, i);
          self->filling = FALSE;
          return;
        }
    }
}

/* The trajecten to choose from: an opleider's current aios, or the aios's own. */
static GPtrArray *
list_choices (OplTrajectPage *self,
              const GDate    *today)
{
  gboolean is_opleider = opl_person_is_opleider (self->person);
  gboolean stands_in = opl_person_get_role (self->person) == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  all = opl_store_list_trajecten (self->store,
                                  stands_in ? NULL : opl_person_get_id (self->person),
                                  &error);
  if (all == NULL)
    {
      g_debug ("Reading the trajecten failed: %s", error->message);
      return g_steal_pointer (&choices);
    }

  for (guint i = 0; i < all->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (all, i);

      if (has_ended (traject, today))
        continue;

      g_ptr_array_add (choices, g_object_ref (traject));
      /* The store lists the most recent first: an aios has one current traject. */
      if (!is_opleider)
        break;
    }

  /* An aios whose traject has ended still sees their last year. */
  if (choices->len == 0 && !is_opleider && all->len > 0)
    g_ptr_array_add (choices, g_object_ref (g_ptr_array_index (all, 0)));

  return g_steal_pointer (&choices);
}

static void
refresh_now (OplTrajectPage *self)
{
  g_autoptr(GPtrArray) choices = NULL;
  GDate today;

  opl_date_set_today (&today);
  choices = list_choices (self, &today);

  if (!same_trajecten (self->trajecten, choices))
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      for (guint i = 0; i < choices->len; i++)
        {
          OplTraject *traject = g_ptr_array_index (choices, i);
          /* Translators: an aios's name and the phase of their traject: “Daan Visser · Fase II” */
          g_autofree char *name = g_strdup_printf (_("%s · %s"), opl_traject_get_aios_name (traject),
                                                   opl_format_phase (opl_traject_get_phase (traject)));

          gtk_string_list_append (names, name);
        }

      self->filling = TRUE;
      adw_combo_row_set_model (self->aios_row, G_LIST_MODEL (names));
      self->filling = FALSE;
    }

  g_clear_pointer (&self->trajecten, g_ptr_array_unref);
  self->trajecten = g_steal_pointer (&choices);

  if (get_traject (self) == NULL)
    {
      g_free (self->traject_id);
      self->traject_id = self->trajecten->len > 0
        ? g_strdup (opl_traject_get_id (g_ptr_array_index (self->trajecten, 0))) : NULL;
    }
  select_in_row (self);

  gtk_widget_set_visible (GTK_WIDGET (self->selector_group),
                          opl_person_is_opleider (self->person) && self->trajecten->len > 1);
  fill_timeline (self);
}

static void
on_refresh_idle_cb (gpointer user_data)
{
  OplTrajectPage *self = user_data;

  self->refresh_id = 0;
  refresh_now (self);
}

static void
on_store_changed_cb (OplTrajectPage *self)
{
  OplPerson *current = opl_store_lookup_person (self->store, opl_person_get_id (self->person));

  if (current != NULL)
    g_set_object (&self->person, current);

  /* The change may come from a button of this page, which is still being clicked. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_once (on_refresh_idle_cb, self);
}

static void
on_aios_row_selected_cb (OplTrajectPage *self)
{
  guint selected = adw_combo_row_get_selected (self->aios_row);

  if (self->filling || self->trajecten == NULL || selected >= self->trajecten->len)
    return;

  g_free (self->traject_id);
  self->traject_id = g_strdup (opl_traject_get_id (g_ptr_array_index (self->trajecten, selected)));
  fill_timeline (self);
}

static void
opl_traject_page_set_done_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  OplTrajectPage *self = OPL_TRAJECT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  OplTraject *traject = get_traject (self);
  const char *kind_label;
  gint32 kind, month;
  gboolean done;
  MomentUndo *undo;
  GDate today, before;

  g_variant_get (parameter, "(iib)", &kind, &month, &done);
  if (traject == NULL || kind < 0 || kind >= OPL_N_MOMENT_KINDS)
    return;

  opl_date_set_today (&today);
  kind_label = opl_moment_kind_get_label ((OplMomentKind) kind);

  if (!opl_store_get_moment_done_on (self->store, self->traject_id, (OplMomentKind) kind, month,
                                     &before, &error) ||
      !opl_store_set_moment_done (self->store, self->traject_id, (OplMomentKind) kind, month,
                                  done ? &today : NULL, &error))
    {
      g_debug ("Marking a moment failed: %s", error->message);
      opl_window_show_toast_for (widget, _("Could not save: the practice could not be changed"));
      return;
    }

  undo = g_new0 (MomentUndo, 1);
  undo->store = g_object_ref (self->store);
  g_weak_ref_init (&undo->window, gtk_widget_get_root (widget));
  undo->traject_id = g_strdup (self->traject_id);
  undo->kind = (OplMomentKind) kind;
  undo->month = month;
  undo->done_on = before;

  if (done)
    {
      /* Translators: a toast; %s is a moment (“LEOh”), %d the month it is due in */
      title = g_strdup_printf (_("%s of month %d marked as done"), kind_label, month);
    }
  else
    {
      /* Translators: a toast; %s is a moment (“LEOh”), %d the month it is due in */
      title = g_strdup_printf (_("%s of month %d marked as not done"), kind_label, month);
    }

  opl_window_show_undo_toast_for (widget, title, moment_undo, undo, moment_undo_free);
}

static void
opl_traject_page_constructed (GObject *object)
{
  OplTrajectPage *self = (OplTrajectPage *)object;

  G_OBJECT_CLASS (opl_traject_page_parent_class)->constructed (object);

  g_assert (OPL_IS_STORE (self->store));
  g_assert (OPL_IS_PERSON (self->person));

  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  refresh_now (self);
}

static void
opl_traject_page_dispose (GObject *object)
{
  OplTrajectPage *self = (OplTrajectPage *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_TRAJECT_PAGE);

  g_clear_pointer (&self->trajecten, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (opl_traject_page_parent_class)->dispose (object);
}

static void
opl_traject_page_finalize (GObject *object)
{
  OplTrajectPage *self = (OplTrajectPage *)object;

  g_clear_pointer (&self->traject_id, g_free);

  G_OBJECT_CLASS (opl_traject_page_parent_class)->finalize (object);
}

static void
opl_traject_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OplTrajectPage *self = OPL_TRAJECT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_traject_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OplTrajectPage *self = OPL_TRAJECT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_traject_page_class_init (OplTrajectPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_traject_page_constructed;
  object_class->dispose = opl_traject_page_dispose;
  object_class->finalize = opl_traject_page_finalize;
  object_class->get_property = opl_traject_page_get_property;
  object_class->set_property = opl_traject_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OPL_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-traject-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, selector_group);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, aios_row);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectPage, timeline_list);
  gtk_widget_class_bind_template_callback (widget_class, on_aios_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "traject.set-done", "(iib)",
                                   opl_traject_page_set_done_action);
}

static void
opl_traject_page_init (OplTrajectPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_traject_page_new (OplStore  *store,
                      OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_TRAJECT_PAGE, "store", store, "person", person, NULL);
}

OplStore *
opl_traject_page_get_store (OplTrajectPage *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_PAGE (self), NULL);

  return self->store;
}

OplPerson *
opl_traject_page_get_person (OplTrajectPage *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_PAGE (self), NULL);

  return self->person;
}

/**
 * opl_traject_page_get_traject_id:
 *
 * Returns: (nullable): the id of the traject shown
 */
const char *
opl_traject_page_get_traject_id (OplTrajectPage *self)
{
  g_return_val_if_fail (OPL_IS_TRAJECT_PAGE (self), NULL);

  return self->traject_id;
}

/**
 * opl_traject_page_select_traject:
 *
 * Shows the training year of @traject_id, one of the page's choices.
 *
 * Returns: whether @traject_id is one of them
 */
gboolean
opl_traject_page_select_traject (OplTrajectPage *self,
                                 const char     *traject_id)
{
  g_autofree char *previous = NULL;

  g_return_val_if_fail (OPL_IS_TRAJECT_PAGE (self), FALSE);
  g_return_val_if_fail (traject_id != NULL, FALSE);

  previous = g_steal_pointer (&self->traject_id);
  self->traject_id = g_strdup (traject_id);
  if (get_traject (self) == NULL)
    {
      g_free (self->traject_id);
      self->traject_id = g_steal_pointer (&previous);
      return FALSE;
    }

  select_in_row (self);
  fill_timeline (self);
  return TRUE;
}

/**
 * opl_traject_page_refresh:
 *
 * Reads the trajecten and the schedule again and rebuilds the timeline.
 */
void
opl_traject_page_refresh (OplTrajectPage *self)
{
  g_return_if_fail (OPL_IS_TRAJECT_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  refresh_now (self);
}

GtkListBox *
opl_traject_page_get_timeline_list (OplTrajectPage *self)
{
  return self->timeline_list;
}

AdwComboRow *
opl_traject_page_get_aios_row (OplTrajectPage *self)
{
  return self->aios_row;
}

GtkWidget *
opl_traject_page_find_moment_row (OplTrajectPage *self,
                                  OplMomentKind   kind,
                                  int             month)
{
  g_autofree char *key = moment_key (kind, month);

  return find_row_by_key (self, key);
}

GtkButton *
opl_traject_page_get_moment_button (OplTrajectPage *self,
                                    OplMomentKind   kind,
                                    int             month)
{
  GtkWidget *row = opl_traject_page_find_moment_row (self, kind, month);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "opl-button") : NULL;
}

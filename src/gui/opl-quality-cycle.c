/* opl-quality-cycle.c: the opleider's quality cycle in the Scholing view.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md, "Quality cycle of the opleider": the year the opleider began gives the
 * niveaukaart and how often the HAO-voortgangsgesprek with the opleiderscoach is due;
 * a leerplan for each year with its leerpunten (better two than four); the LEOh of
 * their aios. The rules are the core's (opl-scholing.c); this widget shows the report
 * and records what the person changes, each change one action of the store. Ticking a
 * leerpunt that another PC changed since it was shown asks first (issue 17): keep
 * editing, reload the other version, or save this tick over it (the text stays theirs).
 */

#define G_LOG_DOMAIN "opl-quality-cycle"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-compat.h"
#include "opl-date.h"
#include "opl-dialogs.h"
#include "opl-format.h"
#include "opl-quality-cycle-private.h"
#include "opl-rows.h"
#include "opl-scholing-text.h"
#include "opl-store-scholing.h"
#include "opl-window.h"

/* How far back the year an opleider began can be chosen. */
#define FIRST_YEAR 1970

struct _OplQualityCycle
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwComboRow         *since_row;
  AdwActionRow        *niveaukaart_row;
  AdwActionRow        *hao_row;
  GtkWidget           *hao_pill;
  GtkWidget           *hao_button;
  AdwActionRow        *leoh_row;
  AdwPreferencesGroup *leerplan_group;
  GtkListBox          *leerplan_list;

  /* Owned references */
  OplStore            *store;
  OplPerson           *person;
  OplInstitute        *institute;
  GtkWidget           *new_leerpunt_row;   /* kept across refreshes: what is typed stays */
  int                  year;
  int                  last_year;          /* the first entry of the since row */
  gboolean             updating;

  /* A tick the store refused because the leerpunt changed elsewhere, to save again
   * when the person chooses to save theirs over it. */
  char                *pending_id;
  gboolean             pending_achieved;

  /* Borrowed references */
  AdwMessageDialog    *conflict_dialog;
};

G_DEFINE_FINAL_TYPE (OplQualityCycle, opl_quality_cycle, ADW_TYPE_BIN)

static void
show_error (OplQualityCycle *self,
            const GError    *error)
{
  opl_window_show_toast_for (GTK_WIDGET (self), error->message);
}

/* The since row lists “Not set” and the opleidingsjaren from this one back. */
static void
fill_since_model (OplQualityCycle *self,
                  int              current_year)
{
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);

  self->last_year = current_year + 1;
  gtk_string_list_append (years, _("Not set"));
  for (int year = self->last_year; year >= FIRST_YEAR; year--)
    {
      g_autofree char *label = opl_scholing_text_year (year);

      gtk_string_list_append (years, label);
    }

  adw_combo_row_set_model (self->since_row, G_LIST_MODEL (years));
}

static int
since_from_position (OplQualityCycle *self,
                     guint            position)
{
  return position == 0 ? 0 : self->last_year - (int) position + 1;
}

static guint
position_from_since (OplQualityCycle *self,
                     int              since)
{
  if (since <= 0 || since > self->last_year || since < FIRST_YEAR)
    return 0;

  return (guint) (self->last_year - since + 1);
}

static void
on_since_row_selected_cb (OplQualityCycle *self)
{
  g_autoptr(GError) error = NULL;
  int since;

  if (self->updating || self->store == NULL)
    return;

  since = since_from_position (self, adw_combo_row_get_selected (self->since_row));
  if (!opl_store_set_opleider_since (self->store, opl_person_get_id (self->person), since, &error))
    show_error (self, error);
}

static const char *
niveaukaart_goals (int niveaukaart)
{
  switch (niveaukaart)
    {
    case 1:
      return _("Aspirant and first year as opleider");
    case 2:
      return _("Second and third year as opleider");
    case 3:
      return _("Fourth and fifth year as opleider");
    case 4:
      return _("Sixth year as opleider and later");
    default:
      return _("Choose the opleidingsjaar you began as opleider to see your niveaukaart");
    }
}

static void
update_niveaukaart (OplQualityCycle         *self,
                    const OplScholingReport *report)
{
  g_autofree char *title = NULL;

  if (report->niveaukaart == 0)
    title = g_strdup (_("Niveaukaart not known yet"));
  else
    /* Translators: %d is the niveaukaart, 1 to 4 */
    title = g_strdup_printf (_("Niveaukaart %d"), report->niveaukaart);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->niveaukaart_row), title);
  adw_action_row_set_subtitle (self->niveaukaart_row, niveaukaart_goals (report->niveaukaart));
}

static void
update_hao (OplQualityCycle         *self,
            const OplScholingReport *report)
{
  g_autofree char *next = opl_format_date (&report->next_hao);
  g_autofree char *every = NULL;
  g_autofree char *subtitle = NULL;

  if (report->hao_interval == 1)
    every = g_strdup (_("once a year at your experience"));
  else
    /* Translators: how often the HAO-voortgangsgesprek is due; %d is 2 or more */
    every = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "once every %d year at your experience",
                                          "once every %d years at your experience", report->hao_interval),
                             report->hao_interval);

  if (g_date_valid (&report->last_hao))
    {
      g_autofree char *last = opl_format_date (&report->last_hao);

      /* Translators: when the next HAO-voortgangsgesprek is due, how often, and the last one */
      subtitle = g_strdup_printf (_("Due by %s · %s · the last on %s"), next, every, last);
    }
  else
    {
      /* Translators: when the next HAO-voortgangsgesprek is due and how often */
      subtitle = g_strdup_printf (_("Due by %s · %s · none recorded yet"), next, every);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->hao_row), _("Next HAO-voortgangsgesprek"));
  adw_action_row_set_subtitle (self->hao_row, subtitle);
  gtk_widget_set_visible (self->hao_pill, report->hao_overdue);
}

static void
update_leoh (OplQualityCycle         *self,
             const OplScholingReport *report)
{
  g_autofree char *subtitle = NULL;

  if (report->leoh_due == 0)
    subtitle = g_strdup (_("No LEOh is due in this opleidingsjaar"));
  else
    /* Translators: LEOh filled in by the aios, of those due in the opleidingsjaar */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u filled in this opleidingsjaar",
                                             "%u of %u filled in this opleidingsjaar", report->leoh_due),
                                report->leoh_done, report->leoh_due);

  adw_action_row_set_subtitle (self->leoh_row, subtitle);
}

typedef struct
{
  OplStore *store;
  char     *person_id;
  int       year;
  char     *text;
} RemovedLeerpunt;

static void
removed_leerpunt_free (gpointer data)
{
  RemovedLeerpunt *removed = data;

  g_clear_object (&removed->store);
  g_free (removed->person_id);
  g_free (removed->text);
  g_free (removed);
}

static void
undo_remove_leerpunt (gpointer user_data)
{
  RemovedLeerpunt *removed = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = opl_store_add_leerpunt (removed->store, removed->person_id, removed->year,
                                                removed->text, &error);

  if (id == NULL)
    g_warning ("Could not put the leerpunt back: %s", error->message);
}

static void
on_remove_leerpunt_clicked_cb (GtkButton       *button,
                               OplQualityCycle *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "opl-leerpunt-id");
  const char *text = g_object_get_data (G_OBJECT (button), "opl-leerpunt-text");
  g_autoptr(GError) error = NULL;
  RemovedLeerpunt *removed;

  removed = g_new0 (RemovedLeerpunt, 1);
  removed->store = g_object_ref (self->store);
  removed->person_id = g_strdup (opl_person_get_id (self->person));
  removed->year = self->year;
  removed->text = g_strdup (text);

  if (!opl_store_delete_leerpunt (self->store, id, &error))
    {
      removed_leerpunt_free (removed);
      show_error (self, error);
      return;
    }

  opl_window_show_undo_toast_for (GTK_WIDGET (self), _("Removed the leerpunt"),
                                  undo_remove_leerpunt, removed, removed_leerpunt_free);
}

/* Shows the leerplan as it is stored now (what another PC changed), and tells the page. */
static void
reload (OplQualityCycle *self)
{
  g_autoptr(OplScholingReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  opl_store_poll (self->store);
  opl_date_set_today (&today);
  report = opl_store_get_scholing_report (self->store, self->institute, opl_person_get_id (self->person),
                                          self->year, &today, &error);
  if (report == NULL)
    {
      show_error (self, error);
      return;
    }

  opl_quality_cycle_show (self, self->store, self->person, self->institute, report);
}

static void
on_changed_elsewhere_cb (gpointer         owner,
                         OplChangedChoice choice)
{
  OplQualityCycle *self = OPL_QUALITY_CYCLE (owner);
  g_autoptr(GError) error = NULL;

  self->conflict_dialog = NULL;
  if (choice == OPL_CHANGED_RELOAD)
    {
      reload (self);
    }
  else if (choice == OPL_CHANGED_SAVE_MINE && self->pending_id != NULL &&
           !opl_store_overwrite_leerpunt (self->store, self->pending_id, NULL, self->pending_achieved, &error))
    {
      show_error (self, error);
    }
}

static void
on_leerpunt_toggled_cb (GtkCheckButton  *check,
                        OplQualityCycle *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "opl-leerpunt-id");
  const char *changed_at = g_object_get_data (G_OBJECT (check), "opl-leerpunt-changed-at");
  gboolean achieved = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  if (self->updating)
    return;

  /* A tick changes whether it was achieved, not its text. */
  if (opl_store_update_leerpunt (self->store, id, changed_at, NULL, achieved, &error))
    return;

  if (!g_error_matches (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED))
    {
      show_error (self, error);
      return;
    }

  g_free (self->pending_id);
  self->pending_id = g_strdup (id);
  self->pending_achieved = achieved;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (self->conflict_dialog == NULL)
    self->conflict_dialog = opl_dialogs_ask_changed_elsewhere (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                               self, error->message, on_changed_elsewhere_cb);
}

static void
set_key (GtkWidget  *widget,
         const char *prefix,
         const char *id)
{
  g_object_set_data_full (G_OBJECT (widget), "opl-key", g_strconcat (prefix, id, NULL), g_free);
}

static GtkWidget *
create_leerpunt_row (OplQualityCycle   *self,
                     const OplLeerpunt *leerpunt)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: the name of a leerpunt's check button for a screen reader */
  g_autofree char *check_label = g_strdup_printf (_("Achieved: %s"), leerpunt->text);
  /* Translators: the name of a leerpunt's remove button for a screen reader */
  g_autofree char *remove_label = g_strdup_printf (_("Remove the leerpunt “%s”"), leerpunt->text);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), leerpunt->text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), leerpunt->achieved ? _("Achieved") : _("Working on it"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), leerpunt->achieved);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Achieved"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  g_object_set_data_full (G_OBJECT (check), "opl-leerpunt-id", g_strdup (leerpunt->id), g_free);
  g_object_set_data_full (G_OBJECT (check), "opl-leerpunt-changed-at", g_strdup (leerpunt->changed_at), g_free);
  set_key (check, "check:", leerpunt->id);
  g_signal_connect (check, "toggled", G_CALLBACK (on_leerpunt_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Leerpunt"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "opl-leerpunt-id", g_strdup (leerpunt->id), g_free);
  g_object_set_data_full (G_OBJECT (remove), "opl-leerpunt-text", g_strdup (leerpunt->text), g_free);
  set_key (remove, "remove:", leerpunt->id);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_leerpunt_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

/* domain.md: better two leerpunten that are worked on than four that stay on paper. */
static GtkWidget *
create_advice_row (OplQualityCycle         *self,
                   const OplScholingReport *report)
{
  int advised = opl_institute_get_rules (self->institute)->advised_leerpunten;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = opl_rows_new_icon ("dialog-warning-symbolic", "warning");
  g_autofree char *title = NULL;

  /* Translators: the leerplan has more leerpunten than advised; %u how many, %d the advice */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u leerpunt: choose the %d you will work on",
                                        "%u leerpunten: choose the %d you will work on", report->leerpunten->len),
                           report->leerpunten->len, advised);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Better two leerpunten that are worked on than four that stay on paper."));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "opl-advice", GINT_TO_POINTER (TRUE));
  return row;
}

static void
on_new_leerpunt_apply_cb (OplQualityCycle *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = opl_store_add_leerpunt (self->store, opl_person_get_id (self->person), self->year,
                                                gtk_editable_get_text (GTK_EDITABLE (self->new_leerpunt_row)),
                                                &error);

  if (id == NULL)
    {
      show_error (self, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->new_leerpunt_row), "");
}

static void
update_leerplan (OplQualityCycle         *self,
                 const OplScholingReport *report)
{
  g_autofree char *year = opl_scholing_text_year (report->year);
  /* Translators: %s is an opleidingsjaar, “2026–2027” */
  g_autofree char *title = g_strdup_printf (_("Leerplan %s"), year);
  GtkWidget *child;

  adw_preferences_group_set_title (self->leerplan_group, title);
  adw_preferences_group_set_description (self->leerplan_group,
                                         report->leerpunten->len == 0
                                         ? _("What do you want to learn this year? Look back at last year’s leerplan, "
                                             "the LEOh and your leergang evaluations. Two leerpunten are enough.")
                                         : _("Tick a leerpunt when you have achieved it."));

  /* Everything but the row to add one, which keeps what was typed. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->leerplan_list))) != self->new_leerpunt_row &&
         child != NULL)
    gtk_list_box_remove (self->leerplan_list, child);

  for (guint i = 0; i < report->leerpunten->len; i++)
    gtk_list_box_insert (self->leerplan_list, create_leerpunt_row (self, g_ptr_array_index (report->leerpunten, i)),
                         (int) i);

  if (report->leerplan_advice == OPL_LEERPLAN_TOO_MANY)
    gtk_list_box_insert (self->leerplan_list, create_advice_row (self, report), (int) report->leerpunten->len);
}

static void
opl_quality_cycle_dispose (GObject *object)
{
  OplQualityCycle *self = (OplQualityCycle *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_QUALITY_CYCLE);
  self->new_leerpunt_row = NULL;
  self->conflict_dialog = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->institute);
  g_clear_pointer (&self->pending_id, g_free);

  G_OBJECT_CLASS (opl_quality_cycle_parent_class)->dispose (object);
}

static void
on_hao_dialog_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           OplQualityCycle  *self)
{
  GtkCalendar *calendar = g_object_get_data (G_OBJECT (dialog), "opl-calendar");
  g_autoptr(GDateTime) date_time = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GDate date;

  if (g_strcmp0 (response, "record") != 0)
    return;

  date_time = gtk_calendar_get_date (calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (date_time), g_date_time_get_month (date_time),
                  g_date_time_get_year (date_time));
  id = opl_store_add_hao_gesprek (self->store, opl_person_get_id (self->person), &date, NULL, &error);
  if (id == NULL)
    show_error (self, error);
}

static void
on_hao_button_clicked_cb (OplQualityCycle *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog, *calendar;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Record a HAO-voortgangsgesprek"),
                                   _("Choose the day you had the HAO-voortgangsgesprek with your opleiderscoach."));
  calendar = gtk_calendar_new ();
  gtk_widget_set_halign (calendar, GTK_ALIGN_CENTER);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), calendar);
  g_object_set_data (G_OBJECT (dialog), "opl-calendar", calendar);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_hao_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
opl_quality_cycle_class_init (OplQualityCycleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_quality_cycle_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-quality-cycle.ui");
  gtk_widget_class_bind_template_child (widget_class, OplQualityCycle, since_row);
  gtk_widget_class_bind_template_child (widget_class, OplQualityCycle, niveaukaart_row);
  gtk_widget_class_bind_template_child (widget_class, OplQualityCycle, hao_row);
  gtk_widget_class_bind_template_child (widget_class, OplQualityCycle, hao_pill);
  gtk_widget_class_bind_template_child (widget_class, OplQualityCycle, hao_button);
  gtk_widget_class_bind_template_child (widget_class, OplQualityCycle, leoh_row);
  gtk_widget_class_bind_template_child (widget_class, OplQualityCycle, leerplan_group);
  gtk_widget_class_bind_template_child (widget_class, OplQualityCycle, leerplan_list);
  gtk_widget_class_bind_template_callback (widget_class, on_since_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_hao_button_clicked_cb);
}

static void
opl_quality_cycle_init (OplQualityCycle *self)
{
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  opl_date_set_today (&today);
  fill_since_model (self, g_date_get_year (&today));

  self->new_leerpunt_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_leerpunt_row), _("Add a leerpunt"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->new_leerpunt_row), TRUE);
  g_object_set_data (G_OBJECT (self->new_leerpunt_row), "opl-key", (gpointer) "new-leerpunt");
  g_signal_connect_swapped (self->new_leerpunt_row, "apply", G_CALLBACK (on_new_leerpunt_apply_cb), self);
  g_signal_connect_swapped (self->new_leerpunt_row, "entry-activated", G_CALLBACK (on_new_leerpunt_apply_cb), self);
  gtk_list_box_append (self->leerplan_list, self->new_leerpunt_row);
}

GtkWidget *
opl_quality_cycle_new (void)
{
  return g_object_new (OPL_TYPE_QUALITY_CYCLE, NULL);
}

/**
 * opl_quality_cycle_show:
 * @report: the opleider's report of the opleidingsjaar shown
 *
 * Shows @report's quality cycle; changes are recorded in @store for @person.
 */
void
opl_quality_cycle_show (OplQualityCycle         *self,
                        OplStore                *store,
                        OplPerson               *person,
                        OplInstitute            *institute,
                        const OplScholingReport *report)
{
  g_return_if_fail (OPL_IS_QUALITY_CYCLE (self));
  g_return_if_fail (report != NULL);

  g_set_object (&self->store, store);
  g_set_object (&self->person, person);
  g_set_object (&self->institute, institute);
  self->year = report->year;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->since_row, position_from_since (self, report->opleider_since));
  update_niveaukaart (self, report);
  update_hao (self, report);
  update_leoh (self, report);
  update_leerplan (self, report);
  self->updating = FALSE;
}

/* For the tests. */

AdwComboRow *
opl_quality_cycle_get_since_row (OplQualityCycle *self)
{
  return self->since_row;
}

AdwEntryRow *
opl_quality_cycle_get_new_leerpunt_row (OplQualityCycle *self)
{
  return ADW_ENTRY_ROW (self->new_leerpunt_row);
}

GtkListBox *
opl_quality_cycle_get_leerplan_list (OplQualityCycle *self)
{
  return self->leerplan_list;
}

const char *
opl_quality_cycle_get_niveaukaart (OplQualityCycle *self)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->niveaukaart_row));
}

const char *
opl_quality_cycle_get_hao (OplQualityCycle *self)
{
  return adw_action_row_get_subtitle (self->hao_row);
}

int
opl_quality_cycle_since_for_position (OplQualityCycle *self,
                                      guint            position)
{
  return since_from_position (self, position);
}

guint
opl_quality_cycle_position_for_since (OplQualityCycle *self,
                                      int              since)
{
  return position_from_since (self, since);
}

/* opl-scholing-page.c: an opleider's scholingsdagen per opleidingsjaar and quality cycle.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * design.md §2, "Scholing" (opleiders only): the days of an opleidingsjaar against the
 * institute's rules (“x of 8 days, y of 5 paralleldagen”, what is still needed and by
 * when), the registered days, the leergangen, and the quality cycle. Every number comes
 * from the core's report (opl_store_get_scholing_report()); this page only shows it.
 */

#define G_LOG_DOMAIN "opl-scholing-page"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-compat.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-quality-cycle.h"
#include "opl-rows.h"
#include "opl-scholing-editor.h"
#include "opl-scholing-page-private.h"
#include "opl-scholing-text.h"
#include "opl-store-scholing.h"
#include "opl-window.h"

struct _OplScholingPage
{
  OplPage              parent_instance;

  /* Template widgets */
  GtkWidget           *content_box;
  GtkLabel            *year_label;
  GtkLabel            *period_label;
  AdwPreferencesGroup *progress_group;
  GtkListBox          *progress_list;
  GtkStack            *days_stack;
  GtkListBox          *days_list;
  AdwStatusPage       *empty_status;
  GtkListBox          *leergangen_list;
  OplQualityCycle     *quality_cycle;
  GtkWidget           *later_box;

  /* Owned references */
  OplInstitute        *institute;
  OplScholingReport   *report;
  char                *days_text;
  char                *paralleldagen_text;
  int                  year;

  /* Borrowed references */
  GtkWidget           *editor;    /* a weak pointer */
};

G_DEFINE_FINAL_TYPE (OplScholingPage, opl_scholing_page, OPL_TYPE_PAGE)

static OplStore *
get_store (OplScholingPage *self)
{
  return opl_page_get_store (OPL_PAGE (self));
}

static OplPerson *
get_person (OplScholingPage *self)
{
  return opl_page_get_person (OPL_PAGE (self));
}

static GtkWidget *
find_by_key (GtkWidget  *widget,
             const char *key)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "opl-key"), key) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_key (child, key);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
create_meter (const char *title,
              const char *value,
              double      count,
              double      required)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *number = gtk_label_new (value);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, MAX (required, 1.0));
  /* Translators: the name of a progress bar for a screen reader: “Scholingsdagen: 4 of 8 days” */
  g_autofree char *accessible = g_strdup_printf (_("%s: %s"), title, value);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (line), label);

  gtk_label_set_wrap (GTK_LABEL (number), TRUE);
  gtk_label_set_xalign (GTK_LABEL (number), 1.0);
  gtk_label_set_justify (GTK_LABEL (number), GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (number, "numeric");
  gtk_box_append (GTK_BOX (line), number);
  gtk_box_append (GTK_BOX (box), line);

  /* One colour whatever the value: the default offsets are fractions of 1. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MIN (count, MAX (required, 1.0)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_box_append (GTK_BOX (box), bar);
  return box;
}

static void
add_meters (OplScholingPage *self)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  const OplScholingReport *report = self->report;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), create_meter (_("Days"), self->days_text, report->count.total,
                                               report->requirement.days));
  gtk_box_append (GTK_BOX (box), create_meter (_("Paralleldagen"), self->paralleldagen_text,
                                               report->count.paralleldagen, report->requirement.paralleldagen));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (self->progress_list, row);
}

/* A row of plain text whose title may take more than one line (opl-rows.c). */
static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         const char *icon_name)
{
  GtkWidget *row = opl_rows_append (list, icon_name, NULL, title, subtitle);

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* What is still needed, and by when; or that nothing is. */
static void
add_needs (OplScholingPage *self)
{
  GArray *needs = self->report->needs;

  if (needs->len == 0)
    {
      add_row (self->progress_list, _("Everything needed in this opleidingsjaar is done"), NULL,
               "emblem-ok-symbolic");
      return;
    }

  for (guint i = 0; i < needs->len; i++)
    {
      const OplScholingNeed *need = &g_array_index (needs, OplScholingNeed, i);
      g_autofree char *text = opl_scholing_text_need (need);
      GtkWidget *row = add_row (self->progress_list, text, NULL,
                                need->overdue ? "dialog-warning-symbolic" : "alarm-symbolic");

      gtk_widget_add_css_class (row, "opl-need");
      if (need->overdue)
        opl_rows_add_pill (row, _("Overdue"), "error");
    }
}

static void
add_requirement (OplScholingPage *self)
{
  g_autofree char *requirement = opl_scholing_text_requirement (self->report);
  GtkWidget *row = add_row (self->progress_list, _("Requirement"), requirement, "view-list-symbolic");
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Dispensation…"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Record dispensation from scholingsdagen for this opleidingsjaar"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "scholing.dispensation");
  g_object_set_data (G_OBJECT (button), "opl-key", (gpointer) "dispensation");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
add_day_row (OplScholingPage      *self,
             const OplScholingDay *day)
{
  g_autofree char *title = opl_scholing_text_day_title (self->institute, day);
  g_autofree char *subtitle = opl_scholing_text_day_subtitle (day);
  GtkWidget *row = add_row (self->days_list, title, subtitle, NULL);

  if (!day->attended)
    opl_rows_add_pill (row, _("Absent"), "warning");
  if (opl_scholing_day_missed (day) > 0.0)
    opl_rows_add_pill (row, day->replacement_done ? _("Replaced") : _("Replacement needed"),
              day->replacement_done ? "accent" : "error");

  /* Activating the row opens the editor (on_days_list_row_activated_cb). */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), opl_rows_new_icon ("go-next-symbolic", NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "opl-day", opl_scholing_day_copy (day),
                          (GDestroyNotify) opl_scholing_day_free);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_strconcat ("day:", day->id, NULL), g_free);
}

static void
fill_days (OplScholingPage *self)
{
  g_autofree char *year = opl_scholing_text_year (self->year);
  /* Translators: %s is an opleidingsjaar, “2026–2027” */
  g_autofree char *empty = g_strdup_printf (_("No Scholingsdagen in %s"), year);

  for (guint i = 0; i < self->report->days->len; i++)
    add_day_row (self, g_ptr_array_index (self->report->days, i));

  adw_status_page_set_title (self->empty_status, empty);
  gtk_stack_set_visible_child_name (self->days_stack, self->report->days->len > 0 ? "list" : "empty");
}

static const char *
state_style (OplLeergangState state)
{
  switch (state)
    {
    case OPL_LEERGANG_COMPLETED:
      return "success";
    case OPL_LEERGANG_REPLACEMENT_NEEDED:
    case OPL_LEERGANG_REDO:
      return "error";
    case OPL_LEERGANG_IN_PROGRESS:
      return "accent";
    case OPL_LEERGANG_NOT_STARTED:
    default:
      return "dim-label";
    }
}

static void
fill_leergangen (OplScholingPage *self)
{
  const OplScholingPath *path = &self->report->path;
  const OplScholingRules *rules = opl_institute_get_rules (self->institute);
  g_autofree char *startersdagen = opl_scholing_format_days (path->startersdagen);
  g_autofree char *starters_subtitle = NULL;
  GtkWidget *row;

  /* Translators: startersdagen attended of those required: “2 of 2” */
  starters_subtitle = g_strdup_printf (_("%s of %d · before the first aios"), startersdagen, rules->startersdagen);
  row = add_row (self->leergangen_list, _("Startersdagen"), starters_subtitle, NULL);
  opl_rows_add_pill (row, path->startersdagen_done ? _("Completed") : _("Not yet"),
            path->startersdagen_done ? "success" : "dim-label");

  for (int number = 1; number <= OPL_N_LEERGANGEN; number++)
    {
      const OplLeergangStatus *status = &path->leergangen[number];
      /* Translators: a leergang's number and title: “Leergang 1 · Fundament” */
      g_autofree char *title = g_strdup_printf (_("Leergang %d · %s"), number,
                                                opl_institute_get_leergang_title (self->institute, number));
      g_autofree char *subtitle = opl_scholing_text_leergang (status, rules->leergang_days);

      row = add_row (self->leergangen_list, title, subtitle, NULL);
      g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup_printf ("leergang:%d", number), g_free);
      opl_rows_add_pill (row, opl_leergang_state_get_label (status->state), state_style (status->state));

      if (number == rules->certificate_after)
        {
          /* Translators: %d is the last leergang before the certificate (5) */
          g_autofree char *about = g_strdup_printf (path->certificate ? _("Leergang 1 to %d completed")
                                                                      : _("After leergang 1 to %d"),
                                                    rules->certificate_after);
          GtkWidget *certificate = add_row (self->leergangen_list, _("Certificate"), about, NULL);

          opl_rows_add_pill (certificate, path->certificate ? _("Received") : _("Not yet"),
                             path->certificate ? "success" : "dim-label");
        }
    }
}

static void
show_error (OplScholingPage *self,
            const GError    *error)
{
  g_autofree char *year = opl_scholing_text_year (self->year);

  g_debug ("Reading the scholing failed: %s", error->message);
  gtk_stack_set_visible_child_name (self->days_stack, "empty");
  adw_status_page_set_title (self->empty_status, _("Could not read the scholing"));
  adw_status_page_set_description (self->empty_status, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_group), FALSE);
}

static void
update_header (OplScholingPage *self)
{
  g_autofree char *year = opl_scholing_text_year (self->year);
  g_autofree char *period = NULL;
  GDate first, last;

  opl_scholing_year_bounds (opl_institute_get_rules (self->institute), self->year, &first, &last);
  period = opl_format_period (&first, &last);
  gtk_label_set_label (self->year_label, year);
  gtk_label_set_label (self->period_label, period);
  adw_preferences_group_set_description (self->progress_group, opl_institute_get_name (self->institute));
}

static void
opl_scholing_page_refresh (OplPage *page)
{
  OplScholingPage *self = OPL_SCHOLING_PAGE (page);
  g_autofree char *focus_key = opl_page_get_focus_key (page, self->content_box);
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *focus;
  GDate today;

  /* The practice may have chosen another institute (the preferences, another PC);
   * the store keeps it until then. */
  institute = opl_store_load_institute (get_store (self), &error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scholing.add-day", institute != NULL);
  if (institute == NULL)
    {
      show_error (self, error);
      return;
    }

  opl_date_set_today (&today);
  g_set_object (&self->institute, institute);
  if (self->year == 0)
    self->year = opl_scholing_year_of (opl_institute_get_rules (self->institute), &today);
  opl_compat_list_box_remove_all (self->progress_list);
  opl_compat_list_box_remove_all (self->days_list);
  opl_compat_list_box_remove_all (self->leergangen_list);
  update_header (self);

  g_clear_pointer (&self->report, opl_scholing_report_free);
  self->report = opl_store_get_scholing_report (get_store (self), self->institute,
                                                opl_person_get_id (get_person (self)), self->year, &today, &error);
  if (self->report == NULL)
    {
      show_error (self, error);
      return;
    }

  g_free (self->days_text);
  self->days_text = opl_scholing_text_days (self->report);
  g_free (self->paralleldagen_text);
  self->paralleldagen_text = opl_scholing_text_paralleldagen (self->report);

  gtk_widget_set_visible (GTK_WIDGET (self->progress_group), TRUE);
  add_meters (self);
  add_needs (self);
  add_requirement (self);
  fill_days (self);
  fill_leergangen (self);
  opl_quality_cycle_show (self->quality_cycle, get_store (self), get_person (self), self->institute, self->report);

  /* What had the focus is made anew: give it back. */
  focus = focus_key != NULL ? find_by_key (self->content_box, focus_key) : NULL;
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static void
on_editor_saved_cb (OplScholingPage      *self,
                    const OplScholingDay *day)
{
  int year = opl_scholing_year_of (opl_institute_get_rules (self->institute), &day->date);

  /* A day registered in another opleidingsjaar: show that year. */
  if (year != self->year)
    opl_scholing_page_set_year (self, year);
}

typedef struct
{
  OplStore       *store;
  OplInstitute   *institute;
  OplScholingDay *day;
} RemovedDay;

static void
removed_day_free (gpointer data)
{
  RemovedDay *removed = data;

  g_clear_object (&removed->store);
  g_clear_object (&removed->institute);
  g_clear_pointer (&removed->day, opl_scholing_day_free);
  g_free (removed);
}

static void
undo_remove_day (gpointer user_data)
{
  RemovedDay *removed = user_data;
  g_autoptr(GError) error = NULL;

  if (!opl_store_save_scholing_day (removed->store, opl_institute_get_rules (removed->institute),
                                    removed->day, &error))
    g_warning ("Could not put the scholingsdag back: %s", error->message);
}

static void
on_editor_removed_cb (OplScholingPage      *self,
                      const OplScholingDay *day)
{
  RemovedDay *removed = g_new0 (RemovedDay, 1);

  removed->store = g_object_ref (get_store (self));
  removed->institute = g_object_ref (self->institute);
  removed->day = opl_scholing_day_copy (day);
  opl_window_show_undo_toast_for (GTK_WIDGET (self), _("Removed the registration"),
                                  undo_remove_day, removed, removed_day_free);
}

static GtkWidget *
open_editor (OplScholingPage      *self,
             const OplScholingDay *day)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GDate today, date;

  if (self->institute == NULL)
    return NULL;

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));

  /* A new registration starts on today, or the nearest day of the year shown. */
  opl_date_set_today (&today);
  opl_scholing_day_in_year (opl_institute_get_rules (self->institute), self->year, &today, &date);
  self->editor = opl_scholing_editor_new (get_store (self), get_person (self), self->institute, day, &date);
  g_object_add_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  g_signal_connect_object (self->editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "removed", G_CALLBACK (on_editor_removed_cb), self, G_CONNECT_SWAPPED);

  if (GTK_IS_WINDOW (root))
    {
      int width = gtk_widget_get_width (GTK_WIDGET (root));

      gtk_window_set_transient_for (GTK_WINDOW (self->editor), GTK_WINDOW (root));
      /* On a phone the editor takes the whole screen. */
      if (width > 0 && width < 560)
        gtk_window_set_default_size (GTK_WINDOW (self->editor), width,
                                     gtk_widget_get_height (GTK_WIDGET (root)));
    }

  gtk_window_present (GTK_WINDOW (self->editor));
  return self->editor;
}

static void
on_days_list_row_activated_cb (OplScholingPage *self,
                               GtkListBoxRow   *row)
{
  const OplScholingDay *day = g_object_get_data (G_OBJECT (row), "opl-day");

  if (day != NULL)
    open_editor (self, day);
}

static void
on_dispensation_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             OplScholingPage  *self)
{
  GtkSpinButton *days = g_object_get_data (G_OBJECT (dialog), "opl-days");
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "opl-reason");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "save") == 0)
    ok = opl_store_set_dispensation (get_store (self), opl_person_get_id (get_person (self)), self->year,
                                     gtk_spin_button_get_value (days), gtk_editable_get_text (reason), &error);
  else if (g_strcmp0 (response, "remove") == 0)
    ok = opl_store_set_dispensation (get_store (self), opl_person_get_id (get_person (self)), self->year,
                                     0, NULL, &error);
  else
    return;

  if (!ok)
    opl_window_show_toast_for (GTK_WIDGET (self), error->message);
}

static GtkWidget *
create_dispensation_form (OplScholingPage *self,
                          GtkWidget       *dialog)
{
  const OplScholingRequirement *requirement = &self->report->requirement;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *days_row = adw_action_row_new ();
  GtkWidget *days = gtk_spin_button_new_with_range (0.5, 60, 0.5);
  GtkWidget *reason = adw_entry_row_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (days_row), _("Days"));
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (days), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (days), requirement->dispensation_days > 0.0
                                                     ? requirement->dispensation_days
                                                     : MAX (requirement->base_days, 0.5));
  gtk_widget_set_valign (days, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (days), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Days of dispensation"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (days_row), days);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (days_row), days);
  gtk_list_box_append (GTK_LIST_BOX (list), days_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reason), _("Reason, such as a kaderopleiding"));
  if (self->report->dispensation_reason != NULL)
    gtk_editable_set_text (GTK_EDITABLE (reason), self->report->dispensation_reason);
  gtk_list_box_append (GTK_LIST_BOX (list), reason);

  g_object_set_data (G_OBJECT (dialog), "opl-days", days);
  g_object_set_data (G_OBJECT (dialog), "opl-reason", reason);
  return list;
}

static void
opl_scholing_page_dispensation_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  OplScholingPage *self = OPL_SCHOLING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *year = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->report == NULL)
    return;

  year = opl_scholing_text_year (self->year);
  /* Translators: %s is an opleidingsjaar, “2026–2027” */
  body = g_strdup_printf (_("Days the institute let you off in %s, and why. They are taken off the requirement."), year);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Dispensation"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), create_dispensation_form (self, dialog));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (self->report->requirement.dispensation_days > 0.0)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save", _("_Save"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dispensation_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
opl_scholing_page_add_day_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  open_editor (OPL_SCHOLING_PAGE (widget), NULL);
}

static void
opl_scholing_page_previous_year_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  OplScholingPage *self = OPL_SCHOLING_PAGE (widget);

  opl_scholing_page_set_year (self, self->year - 1);
}

static void
opl_scholing_page_next_year_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  OplScholingPage *self = OPL_SCHOLING_PAGE (widget);

  opl_scholing_page_set_year (self, self->year + 1);
}

static void
opl_scholing_page_constructed (GObject *object)
{
  OplScholingPage *self = (OplScholingPage *)object;

  G_OBJECT_CLASS (opl_scholing_page_parent_class)->constructed (object);

  /* The year of today, once the institute (whose opleidingsjaar it is) is read. */
  opl_page_refresh (OPL_PAGE (self));
  /* The leergangen and the quality cycle lie below the registered days (issue 19). */
  opl_page_show_after_layout (OPL_PAGE (self), self->later_box);
}

static void
opl_scholing_page_dispose (GObject *object)
{
  OplScholingPage *self = (OplScholingPage *)object;

  if (self->editor != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
      gtk_window_destroy (GTK_WINDOW (self->editor));
      self->editor = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_SCHOLING_PAGE);

  g_clear_object (&self->institute);
  g_clear_pointer (&self->report, opl_scholing_report_free);
  g_clear_pointer (&self->days_text, g_free);
  g_clear_pointer (&self->paralleldagen_text, g_free);

  G_OBJECT_CLASS (opl_scholing_page_parent_class)->dispose (object);
}

static void
opl_scholing_page_class_init (OplScholingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_scholing_page_constructed;
  object_class->dispose = opl_scholing_page_dispose;

  OPL_PAGE_CLASS (klass)->refresh = opl_scholing_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-scholing-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, year_label);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, progress_group);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, progress_list);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, days_stack);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, days_list);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, leergangen_list);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, quality_cycle);
  gtk_widget_class_bind_template_child (widget_class, OplScholingPage, later_box);
  gtk_widget_class_bind_template_callback (widget_class, on_days_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "scholing.add-day", NULL, opl_scholing_page_add_day_action);
  gtk_widget_class_install_action (widget_class, "scholing.dispensation", NULL,
                                   opl_scholing_page_dispensation_action);
  gtk_widget_class_install_action (widget_class, "scholing.previous-year", NULL,
                                   opl_scholing_page_previous_year_action);
  gtk_widget_class_install_action (widget_class, "scholing.next-year", NULL, opl_scholing_page_next_year_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "scholing.add-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK, "scholing.previous-year", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK, "scholing.next-year", NULL);

  g_type_ensure (OPL_TYPE_QUALITY_CYCLE);
}

static void
opl_scholing_page_init (OplScholingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_scholing_page_new (OplStore  *store,
                       OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (opl_person_is_opleider (person), NULL);

  return g_object_new (OPL_TYPE_SCHOLING_PAGE, "store", store, "person", person, NULL);
}

int
opl_scholing_page_get_year (OplScholingPage *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_PAGE (self), 0);

  return self->year;
}

/**
 * opl_scholing_page_set_year:
 * @year: an opleidingsjaar, by the year it starts in
 *
 * Shows another opleidingsjaar.
 */
void
opl_scholing_page_set_year (OplScholingPage *self,
                            int              year)
{
  g_return_if_fail (OPL_IS_SCHOLING_PAGE (self));

  if (year < 1950 || year > 2200 || year == self->year)
    return;

  self->year = year;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scholing.previous-year", year > 1950);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scholing.next-year", year < 2200);
  opl_page_refresh (OPL_PAGE (self));
}

/**
 * opl_scholing_page_add_day:
 *
 * Opens the editor for a new registration.
 *
 * Returns: (transfer none) (nullable): the editor
 */
GtkWidget *
opl_scholing_page_add_day (OplScholingPage *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_PAGE (self), NULL);

  return open_editor (self, NULL);
}

/* For the tests. */

const char *
opl_scholing_page_get_days_text (OplScholingPage *self)
{
  return self->days_text;
}

const char *
opl_scholing_page_get_paralleldagen_text (OplScholingPage *self)
{
  return self->paralleldagen_text;
}

GtkListBox *
opl_scholing_page_get_days_list (OplScholingPage *self)
{
  return self->days_list;
}

GtkListBox *
opl_scholing_page_get_progress_list (OplScholingPage *self)
{
  return self->progress_list;
}

GtkListBox *
opl_scholing_page_get_leergangen_list (OplScholingPage *self)
{
  return self->leergangen_list;
}

const char *
opl_scholing_page_get_days_view (OplScholingPage *self)
{
  return gtk_stack_get_visible_child_name (self->days_stack);
}

OplQualityCycle *
opl_scholing_page_get_quality_cycle (OplScholingPage *self)
{
  return self->quality_cycle;
}

GtkWidget *
opl_scholing_page_get_editor (OplScholingPage *self)
{
  return self->editor;
}

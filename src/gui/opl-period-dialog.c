/* opl-period-dialog.c: days the practice records: leave of an aios, a closure of the
 * practice, the end of a traject, the coschap.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store says what cannot be (opl-store-practice.h); the dialog shows it at the
 * field it is about and saves nothing. What is saved can be taken back from the toast
 * of the window the dialog was opened from.
 */

#define G_LOG_DOMAIN "opl-period-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date-button.h"
#include "opl-dialogs.h"
#include "opl-format.h"
#include "opl-period-dialog-private.h"
#include "opl-store-practice.h"
#include "opl-window.h"

struct _OplPeriodDialog
{
  AdwWindow      parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  AdwComboRow    *kind_row;
  AdwActionRow   *start_row;
  OplDateButton  *start_button;
  AdwActionRow   *end_row;
  OplDateButton  *end_button;
  AdwEntryRow    *note_row;
  GtkLabel       *message_label;
  GtkLabel       *info_label;

  /* Owned references */
  OplStore       *store;
  OplTraject     *traject;     /* (nullable): none for a closure */
  GtkWidget      *origin;      /* the view that opened it, for the undo toast */

  OplPeriodKind   kind;
  GtkWidget      *marked;      /* the field opl_dialogs_show_problem() marked */
};

G_DEFINE_FINAL_TYPE (OplPeriodDialog, opl_period_dialog, ADW_TYPE_WINDOW)

/* What the undo of a toast takes back. */
typedef struct
{
  OplStore      *store;
  OplPeriodKind  kind;
  char          *id;        /* the leave or closure added */
  char          *traject_id;
  GDate          before;    /* the coschap's start before, invalid for none */
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_clear_pointer (&undo->id, g_free);
  g_clear_pointer (&undo->traject_id, g_free);
  g_free (undo);
}

static void
undo_cb (gpointer data)
{
  Undo *undo = data;
  g_autoptr(OplTraject) traject = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  switch (undo->kind)
    {
    case OPL_PERIOD_LEAVE:
      ok = opl_store_remove_leave (undo->store, undo->id, &error);
      break;
    case OPL_PERIOD_CLOSURE:
      ok = opl_store_remove_closure (undo->store, undo->id, &error);
      break;
    case OPL_PERIOD_END:
    case OPL_PERIOD_COSCHAP:
      traject = opl_store_get_traject (undo->store, undo->traject_id, &error);
      if (traject != NULL && undo->kind == OPL_PERIOD_END)
        ok = opl_store_end_traject (undo->store, traject, NULL, OPL_END_REGULAR, NULL, &error);
      else if (traject != NULL)
        ok = opl_store_set_coschap (undo->store, traject,
                                    g_date_valid (&undo->before) ? &undo->before : NULL, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    g_warning ("Could not undo: %s", error->message);
}

static void
clear_problem (OplPeriodDialog *self)
{
  opl_dialogs_clear_problem (self->message_label, self->marked);
  self->marked = NULL;
}

/* The field a refusal is about. */
static GtkWidget *
field_for (OplPeriodDialog *self,
           const GError    *error)
{
  const GDate *start = opl_date_button_get_date (self->start_button);
  const GDate *end = opl_date_button_get_date (self->end_button);

  if (gtk_widget_get_visible (GTK_WIDGET (self->end_row)) &&
      g_error_matches (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_DATES) &&
      g_date_valid (start) && g_date_valid (end) && g_date_compare (end, start) < 0)
    return GTK_WIDGET (self->end_row);

  return GTK_WIDGET (self->start_row);
}

static void
update_info (OplPeriodDialog *self)
{
  const GDate *start = opl_date_button_get_date (self->start_button);
  const GDate *end = opl_date_button_get_date (self->end_button);
  g_autofree char *text = NULL;

  switch (self->kind)
    {
    case OPL_PERIOD_LEAVE:
      if (g_date_valid (start) && g_date_valid (end) && g_date_compare (end, start) >= 0)
        {
          int days = g_date_days_between (start, end) + 1;

          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%d day. Interruptions of more than 10 days in a training "
                                               "year are made up: every later moment moves by their length.",
                                               "%d days. Interruptions of more than 10 days in a training "
                                               "year are made up: every later moment moves by their length.",
                                               days), days);
        }
      break;
    case OPL_PERIOD_CLOSURE:
      text = g_strdup (_("No leergesprekken are planned while the practice is closed."));
      break;
    case OPL_PERIOD_END:
      text = g_strdup (_("The moments due after this day are no longer due. Everything recorded stays, "
                         "and the traject is listed with the earlier ones."));
      break;
    case OPL_PERIOD_COSCHAP:
      if (g_date_valid (start))
        {
          GDate last = *start;
          g_autofree char *until = NULL;

          g_date_add_days (&last, OPL_COSCHAP_WEEKS * 7 - 1);
          until = opl_format_date (&last);
          /* Translators: %s is the last day of the coschap */
          text = g_strdup_printf (_("Six weeks, until %s. One leergesprek a week is about the aios’s role "
                                    "as trainer of the coassistent; the opleider stays finally responsible."),
                                  until);
        }
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (self->info_label, text != NULL ? text : "");
}

static void
on_date_changed_cb (OplPeriodDialog *self,
                    GParamSpec      *pspec,
                    OplDateButton   *button)
{
  const GDate *start = opl_date_button_get_date (self->start_button);
  const GDate *end = opl_date_button_get_date (self->end_button);

  /* A later first day takes the last day along; a last day before it is said. */
  if (button == self->start_button && g_date_valid (start) && g_date_valid (end) && g_date_compare (end, start) < 0)
    opl_date_button_set_date (self->end_button, start);

  clear_problem (self);
  update_info (self);
}

/* Saves what the dialog records; fills @undo and @done (the toast's words). */
static gboolean
save (OplPeriodDialog  *self,
      Undo             *undo,
      char            **done,
      GError          **error)
{
  const GDate *start = opl_date_button_get_date (self->start_button);
  const GDate *end = opl_date_button_get_date (self->end_button);
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  guint kind = adw_combo_row_get_selected (self->kind_row);
  g_auto(OplSlot) slot = { 0 };

  switch (self->kind)
    {
    case OPL_PERIOD_LEAVE:
      undo->id = opl_store_add_leave (self->store, self->traject, (OplLeaveKind) kind, start, end, error);
      *done = g_strdup_printf (_("%s recorded"), opl_leave_kind_get_label ((OplLeaveKind) kind));
      return undo->id != NULL;
    case OPL_PERIOD_CLOSURE:
      undo->id = opl_store_add_closure (self->store, start, end, note, error);
      *done = g_strdup (_("Closure recorded"));
      return undo->id != NULL;
    case OPL_PERIOD_END:
      *done = g_strdup (_("Traject ended"));
      return opl_store_end_traject (self->store, self->traject, start, (OplEndReason) kind, note, error);
    case OPL_PERIOD_COSCHAP:
      g_date_clear (&undo->before, 1);
      if (opl_store_get_slot (self->store, opl_traject_get_id (self->traject), &slot, NULL))
        undo->before = slot.coschap_start;
      *done = g_strdup (_("Coschap set"));
      return opl_store_set_coschap (self->store, self->traject, start, error);
    default:
      g_assert_not_reached ();
    }
}

static void
opl_period_dialog_save_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  OplPeriodDialog *self = OPL_PERIOD_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  Undo *undo = g_new0 (Undo, 1);

  undo->store = g_object_ref (self->store);
  undo->kind = self->kind;
  undo->traject_id = self->traject != NULL ? g_strdup (opl_traject_get_id (self->traject)) : NULL;

  clear_problem (self);
  if (!save (self, undo, &done, &error))
    {
      undo_free (undo);
      self->marked = field_for (self, error);
      opl_dialogs_show_problem (self->message_label, self->marked, error->message);
      return;
    }

  opl_window_show_undo_toast_for (self->origin, done, undo_cb, undo, undo_free);
  gtk_window_close (GTK_WINDOW (self));
}

static void
opl_period_dialog_dispose (GObject *object)
{
  OplPeriodDialog *self = (OplPeriodDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_PERIOD_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->traject);
  g_clear_object (&self->origin);

  G_OBJECT_CLASS (opl_period_dialog_parent_class)->dispose (object);
}

static void
opl_period_dialog_class_init (OplPeriodDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_period_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-period-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, end_button);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, OplPeriodDialog, info_label);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);

  gtk_widget_class_install_action (widget_class, "period.save", NULL, opl_period_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "period.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "period.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OPL_TYPE_DATE_BUTTON);
}

static void
opl_period_dialog_init (OplPeriodDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_kinds (OplPeriodDialog *self,
           guint            n_kinds,
           const char      *(*get_label) (int kind),
           guint            selected)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_kinds; i++)
    gtk_string_list_append (labels, get_label ((int) i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->kind_row, selected);
}

static const char *
leave_label (int kind)
{
  return opl_leave_kind_get_label ((OplLeaveKind) kind);
}

static const char *
end_label (int reason)
{
  return opl_end_reason_get_label ((OplEndReason) reason);
}

/* The coschap's first day now, or the Monday after @today. */
static void
coschap_start (OplPeriodDialog *self,
               const GDate     *today,
               GDate           *start)
{
  g_auto(OplSlot) slot = { 0 };

  if (opl_store_get_slot (self->store, opl_traject_get_id (self->traject), &slot, NULL) &&
      g_date_valid (&slot.coschap_start))
    {
      *start = slot.coschap_start;
      return;
    }

  *start = *today;
  g_date_add_days (start, (8 - g_date_get_weekday (today)) % 7);
}

/* Fills the fields @kind shows and names the dialog. */
static void
set_up (OplPeriodDialog *self,
        const GDate     *today)
{
  const char *title = NULL;
  GDate start = *today;

  gtk_widget_set_visible (GTK_WIDGET (self->kind_row), self->kind == OPL_PERIOD_LEAVE || self->kind == OPL_PERIOD_END);
  gtk_widget_set_visible (GTK_WIDGET (self->end_row), self->kind == OPL_PERIOD_LEAVE || self->kind == OPL_PERIOD_CLOSURE);
  gtk_widget_set_visible (GTK_WIDGET (self->note_row), self->kind == OPL_PERIOD_CLOSURE || self->kind == OPL_PERIOD_END);

  switch (self->kind)
    {
    case OPL_PERIOD_LEAVE:
      title = _("Leave or Illness");
      set_kinds (self, OPL_N_LEAVE_KINDS, leave_label, OPL_LEAVE_ZIEKTE);
      break;
    case OPL_PERIOD_CLOSURE:
      title = _("Closure");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("_Reason"));
      break;
    case OPL_PERIOD_END:
      title = _("End Traject");
      set_kinds (self, OPL_N_END_REASONS, end_label, OPL_END_REGULAR);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("_Reason"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row), _("Last day"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_End Traject"));
      gtk_widget_remove_css_class (self->save_button, "suggested-action");
      gtk_widget_add_css_class (self->save_button, "destructive-action");
      break;
    case OPL_PERIOD_COSCHAP:
      title = _("Coschap");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row), _("First day of the six weeks"));
      coschap_start (self, today, &start);
      break;
    default:
      g_assert_not_reached ();
    }

  opl_date_button_set_date (self->start_button, &start);
  opl_date_button_set_date (self->end_button, &start);
  adw_window_title_set_title (self->window_title, title);
  if (self->traject != NULL)
    adw_window_title_set_subtitle (self->window_title, opl_traject_get_aios_name (self->traject));
  gtk_window_set_title (GTK_WINDOW (self), title);
  update_info (self);
}

/**
 * opl_period_dialog_new:
 * @traject: (nullable): the traject, for all but a closure
 * @origin: the view that opens it: its window shows the toast with the undo
 * @today: the day the dates start on
 */
GtkWidget *
opl_period_dialog_new (OplStore      *store,
                       OplPeriodKind  kind,
                       OplTraject    *traject,
                       GtkWidget     *origin,
                       const GDate   *today)
{
  OplPeriodDialog *self;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == OPL_PERIOD_CLOSURE || OPL_IS_TRAJECT (traject), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (origin), NULL);

  self = g_object_new (OPL_TYPE_PERIOD_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->traject = traject != NULL ? g_object_ref (traject) : NULL;
  self->origin = g_object_ref (origin);
  self->kind = kind;
  set_up (self, today);

  return GTK_WIDGET (self);
}

/* For the tests */

AdwComboRow *
opl_period_dialog_get_kind_row (OplPeriodDialog *self)
{
  return self->kind_row;
}

OplDateButton *
opl_period_dialog_get_start_button (OplPeriodDialog *self)
{
  return self->start_button;
}

OplDateButton *
opl_period_dialog_get_end_button (OplPeriodDialog *self)
{
  return self->end_button;
}

AdwEntryRow *
opl_period_dialog_get_note_row (OplPeriodDialog *self)
{
  return self->note_row;
}

GtkLabel *
opl_period_dialog_get_message_label (OplPeriodDialog *self)
{
  return self->message_label;
}

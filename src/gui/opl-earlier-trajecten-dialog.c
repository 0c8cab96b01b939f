/* opl-earlier-trajecten-dialog.c: every traject that has ended, to search and open.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard and the Praktijk view name the last few earlier trajecten and count
 * the rest (issue 19): “And 13 earlier trajecten” opens this dialog, a searchable list
 * of all of them, the last ended first. Activating one emits
 * OplEarlierTrajectenDialog::traject-activated; the view that opened the dialog shows
 * it in the Traject view, read-only, and the dialog closes.
 */

#define G_LOG_DOMAIN "opl-earlier-trajecten-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-earlier-trajecten-dialog.h"
#include "opl-compat.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-rows.h"
#include "opl-traject-page.h"

struct _OplEarlierTrajectenDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkListBox     *list;

  /* Owned references */
  char           *search;   /* casefolded, or NULL */
};

G_DEFINE_FINAL_TYPE (OplEarlierTrajectenDialog, opl_earlier_trajecten_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_TRAJECT_ACTIVATED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static char *
describe (OplTraject *traject)
{
  g_autofree char *period = opl_format_period (opl_traject_get_start (traject), opl_traject_get_end (traject));

  if (opl_traject_get_end_reason (traject) == OPL_END_REGULAR)
    return g_strdup_printf ("%s · %s", opl_format_phase (opl_traject_get_phase (traject)), period);

  /* Translators: the phase, the period and why a traject ended early */
  return g_strdup_printf (_("%s · %s · ended early: %s"), opl_format_phase (opl_traject_get_phase (traject)),
                          period, opl_end_reason_get_label (opl_traject_get_end_reason (traject)));
}

static void
add_traject_row (OplEarlierTrajectenDialog *self,
                 OplPerson                 *viewer,
                 OplTraject                *traject)
{
  g_autofree char *subtitle = describe (traject);
  g_autofree char *haystack = NULL;
  g_autofree char *name = NULL;
  GtkWidget *row = opl_rows_append (self->list, NULL, NULL, opl_traject_get_aios_name (traject), subtitle);
  GtkWidget *avatar = adw_avatar_new (32, opl_traject_get_aios_name (traject), TRUE);

  gtk_accessible_update_state (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);

  /* Translators: a row's name for a screen reader: an aios's name, then the phase and period */
  name = g_strdup_printf (_("%s, %s"), opl_traject_get_aios_name (traject), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  haystack = g_strdup_printf ("%s %s", opl_traject_get_aios_name (traject), subtitle);
  g_object_set_data_full (G_OBJECT (row), "opl-search", g_utf8_casefold (haystack, -1), g_free);
  g_object_set_data_full (G_OBJECT (row), "opl-traject-id", g_strdup (opl_traject_get_id (traject)), g_free);

  /* An aios opens their own history only; the privacy rules of each record hold
   * inside (opl_store_may_see_form()). */
  if (opl_traject_page_may_show (viewer, traject))
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), opl_rows_new_icon ("go-next-symbolic", NULL));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }
}

static gboolean
filter_row_cb (GtkListBoxRow *row,
               gpointer       user_data)
{
  OplEarlierTrajectenDialog *self = user_data;
  const char *haystack = g_object_get_data (G_OBJECT (row), "opl-search");

  return self->search == NULL || (haystack != NULL && strstr (haystack, self->search) != NULL);
}

static GtkListBoxRow *
first_shown_row (OplEarlierTrajectenDialog *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child) &&
          filter_row_cb (GTK_LIST_BOX_ROW (child), self))
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

static void
on_search_changed_cb (OplEarlierTrajectenDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (*stripped != '\0')
    self->search = g_utf8_casefold (stripped, -1);

  gtk_list_box_invalidate_filter (self->list);
  gtk_stack_set_visible_child_name (self->stack, first_shown_row (self) != NULL ? "list" : "empty");
}

static void
on_row_activated_cb (OplEarlierTrajectenDialog *self,
                     GtkListBoxRow             *row)
{
  const char *traject_id = g_object_get_data (G_OBJECT (row), "opl-traject-id");

  if (traject_id == NULL || !gtk_list_box_row_get_activatable (row))
    return;

  g_signal_emit (self, signals[SIGNAL_TRAJECT_ACTIVATED], 0, traject_id);
  gtk_window_close (GTK_WINDOW (self));
}

/* Enter in the search entry opens the first traject found. */
static void
on_search_activate_cb (OplEarlierTrajectenDialog *self)
{
  GtkListBoxRow *row = first_shown_row (self);

  if (row != NULL)
    on_row_activated_cb (self, row);
}

static void
opl_earlier_trajecten_dialog_dispose (GObject *object)
{
  OplEarlierTrajectenDialog *self = (OplEarlierTrajectenDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_EARLIER_TRAJECTEN_DIALOG);

  G_OBJECT_CLASS (opl_earlier_trajecten_dialog_parent_class)->dispose (object);
}

static void
opl_earlier_trajecten_dialog_finalize (GObject *object)
{
  OplEarlierTrajectenDialog *self = (OplEarlierTrajectenDialog *)object;

  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (opl_earlier_trajecten_dialog_parent_class)->finalize (object);
}

static void
opl_earlier_trajecten_dialog_class_init (OplEarlierTrajectenDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_earlier_trajecten_dialog_dispose;
  object_class->finalize = opl_earlier_trajecten_dialog_finalize;

  /**
   * OplEarlierTrajectenDialog::traject-activated:
   * @traject_id: the traject chosen
   *
   * A traject was chosen to be shown; the dialog closes.
   */
  signals[SIGNAL_TRAJECT_ACTIVATED] =
    g_signal_new ("traject-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-earlier-trajecten-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplEarlierTrajectenDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OplEarlierTrajectenDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OplEarlierTrajectenDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_earlier_trajecten_dialog_init (OplEarlierTrajectenDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->list, filter_row_cb, self, NULL);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * opl_earlier_trajecten_dialog_new:
 * @viewer: who looks; an aios may open only their own trajecten
 * @person_id: (nullable): only this person's trajecten, or %NULL for the practice's
 *
 * Returns: (transfer floating): the dialog, listing every traject that ended before today
 */
GtkWidget *
opl_earlier_trajecten_dialog_new (OplStore   *store,
                                  OplPerson  *viewer,
                                  const char *person_id)
{
  OplEarlierTrajectenDialog *self;
  g_autoptr(GPtrArray) ended = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (viewer), NULL);

  self = g_object_new (OPL_TYPE_EARLIER_TRAJECTEN_DIALOG, NULL);
  opl_date_set_today (&today);

  ended = opl_store_list_ended_trajecten (store, person_id, &today, G_MAXUINT, NULL, &error);
  if (ended == NULL)
    {
      g_debug ("Reading the earlier trajecten failed: %s", error->message);
      opl_rows_append (self->list, "dialog-warning-symbolic", "error",
                       _("Could not read the trajecten"), _("Try again later."));
      return GTK_WIDGET (self);
    }

  for (guint i = 0; i < ended->len; i++)
    add_traject_row (self, viewer, g_ptr_array_index (ended, i));

  gtk_stack_set_visible_child_name (self->stack, ended->len > 0 ? "list" : "empty");
  return GTK_WIDGET (self);
}

static void
show_traject_cb (GtkWidget  *from,
                 const char *traject_id)
{
  gtk_widget_activate_action (from, "workspace.show-traject", "s", traject_id);
}

/**
 * opl_earlier_trajecten_dialog_present:
 * @from: the view that asks; a traject chosen is shown through its
 *   workspace.show-traject action
 *
 * Opens the dialog over @from's window.
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
opl_earlier_trajecten_dialog_present (GtkWidget  *from,
                                      OplStore   *store,
                                      OplPerson  *viewer,
                                      const char *person_id)
{
  GtkWidget *dialog = opl_earlier_trajecten_dialog_new (store, viewer, person_id);
  GtkRoot *root = gtk_widget_get_root (from);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "traject-activated", G_CALLBACK (show_traject_cb), from, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

GtkListBox *
opl_earlier_trajecten_dialog_get_list (OplEarlierTrajectenDialog *self)
{
  return self->list;
}

GtkEditable *
opl_earlier_trajecten_dialog_get_search (OplEarlierTrajectenDialog *self)
{
  return GTK_EDITABLE (self->search_entry);
}

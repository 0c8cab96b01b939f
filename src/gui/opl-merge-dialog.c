/* opl-merge-dialog.c: the preview of a laptop's copy merged back, and its conflicts.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what the laptop added, changed and deleted (OplMerge's lines) and every true
 * conflict side by side: the practice's value and the laptop's, who changed each and
 * when. A choice is two toggle buttons per conflict; "Keep all" chooses one side for
 * all. Merge is possible once every conflict has a choice and the plan can be written
 * (the core tries it first); afterwards the copy is replaced by one of the merged
 * practice, unless the person switches that off.
 */

#define G_LOG_DOMAIN "opl-merge-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-backup.h"
#include "opl-format.h"
#include "opl-merge-dialog-private.h"

struct _OplMergeDialog
{
  AdwWindow     parent_instance;

  /* Template widgets */
  GtkLabel     *subtitle_label;
  GtkLabel     *message_label;
  GtkListBox   *lines_list;
  GtkWidget    *conflicts_group;
  GtkListBox   *conflicts_list;
  GtkWidget    *after_group;
  GtkSwitch    *hand_back_switch;

  /* Owned references */
  OplStore     *store;
  OplMerge     *merge;
  char         *path;
  guint         fill_id;
  gboolean      backing_up;
};

G_DEFINE_FINAL_TYPE (OplMergeDialog, opl_merge_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_MERGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void fill (OplMergeDialog *self);

static void
show_message (OplMergeDialog *self,
              const char     *message,
              gboolean        is_error)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

/* "3 added · 2 changed · 1 deleted" */
static char *
line_counts (const OplMergeLine *line)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (line->added > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", line->added),
                                             line->added));
  if (line->changed > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed",
                                                          line->changed), line->changed));
  if (line->deleted > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deleted", "%u deleted",
                                                          line->deleted), line->deleted));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
fill_lines (OplMergeDialog *self)
{
  GPtrArray *lines = opl_merge_get_lines (self->merge);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list))) != NULL)
    gtk_list_box_remove (self->lines_list, child);

  for (guint i = 0; i < lines->len; i++)
    {
      const OplMergeLine *line = g_ptr_array_index (lines, i);
      g_autofree char *counts = line_counts (line);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
      gtk_list_box_append (self->lines_list, row);
    }

  if (lines->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing new from the laptop"));
      gtk_list_box_append (self->lines_list, row);
    }
}

/* "Bram Jansen, 2 December 2026, 10:00" */
static char *
who_and_when (const char *by,
              const char *at)
{
  g_autofree char *when = opl_format_timestamp (at);

  if (by != NULL && when != NULL)
    /* Translators: who changed something, then when */
    return g_strdup_printf (_("%s, %s"), by, when);
  return g_strdup (by != NULL ? by : when);
}

static GtkWidget *
side_button (const char *side,
             const char *value,
             const char *by,
             const char *at)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *side_label = gtk_label_new (side);
  GtkWidget *value_label = gtk_label_new (value != NULL ? value : _("Deleted"));
  g_autofree char *who = who_and_when (by, at);
  g_autofree char *accessible = NULL;

  gtk_widget_add_css_class (side_label, "heading");
  gtk_label_set_xalign (GTK_LABEL (side_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_lines (GTK_LABEL (value_label), 6);
  gtk_label_set_ellipsize (GTK_LABEL (value_label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), side_label);
  gtk_box_append (GTK_BOX (box), value_label);
  if (who != NULL)
    {
      GtkWidget *who_label = gtk_label_new (who);

      gtk_label_set_wrap (GTK_LABEL (who_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (who_label), 0);
      gtk_widget_add_css_class (who_label, "caption");
      gtk_widget_add_css_class (who_label, "dim-label");
      gtk_box_append (GTK_BOX (box), who_label);
    }

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_add_css_class (button, "merge-side");

  /* Translators: how a screen reader names a conflict's choice: the side, then its value */
  accessible = g_strdup_printf (_("Keep %s: %s"), side, value != NULL ? value : _("Deleted"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return button;
}

static gboolean
fill_later_cb (gpointer user_data)
{
  OplMergeDialog *self = user_data;

  self->fill_id = 0;
  fill (self);
  return G_SOURCE_REMOVE;
}

static void
on_side_toggled_cb (GtkToggleButton *button,
                    OplMergeDialog  *self)
{
  const char *key = g_object_get_data (G_OBJECT (button), "opl-key");
  OplMergeSide side = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "opl-side"));
  g_autoptr(GError) error = NULL;

  if (!gtk_toggle_button_get_active (button))
    return;

  if (!opl_merge_choose (self->merge, key, side, &error))
    {
      show_message (self, error->message, TRUE);
      return;
    }
  /* A choice makes a new plan: what comes in may change with it. The list is made
   * again once the button has finished toggling. */
  if (self->fill_id == 0)
    self->fill_id = g_idle_add (fill_later_cb, self);
}

static GtkWidget *
conflict_row (OplMergeDialog         *self,
              const OplMergeConflict *conflict)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (conflict->title);
  GtkWidget *practice, *laptop;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  if (conflict->field != NULL)
    {
      GtkWidget *field = gtk_label_new (conflict->field);

      gtk_label_set_xalign (GTK_LABEL (field), 0);
      gtk_widget_add_css_class (field, "dim-label");
      gtk_box_append (GTK_BOX (box), field);
    }

  practice = side_button (_("In the practice"), conflict->practice_value, conflict->practice_by, conflict->practice_at);
  laptop = side_button (_("On the laptop"), conflict->copy_value, conflict->copy_by, conflict->copy_at);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (laptop), GTK_TOGGLE_BUTTON (practice));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (practice), conflict->choice == OPL_MERGE_SIDE_PRACTICE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (laptop), conflict->choice == OPL_MERGE_SIDE_COPY);
  g_object_set_data_full (G_OBJECT (practice), "opl-key", g_strdup (conflict->key), g_free);
  g_object_set_data_full (G_OBJECT (laptop), "opl-key", g_strdup (conflict->key), g_free);
  g_object_set_data (G_OBJECT (practice), "opl-side", GINT_TO_POINTER (OPL_MERGE_SIDE_PRACTICE));
  g_object_set_data (G_OBJECT (laptop), "opl-side", GINT_TO_POINTER (OPL_MERGE_SIDE_COPY));
  g_signal_connect_object (practice, "toggled", G_CALLBACK (on_side_toggled_cb), self, 0);
  g_signal_connect_object (laptop, "toggled", G_CALLBACK (on_side_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (box), practice);
  gtk_box_append (GTK_BOX (box), laptop);

  if (conflict->decided_before)
    {
      GtkWidget *note = gtk_label_new (_("Chosen in an earlier merge of this copy"));

      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (box), note);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup (conflict->key), g_free);
  return row;
}

/* The conflict whose button has the focus, to give it back after the list is made
 * again. */
static char *
focused_key (OplMergeDialog *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->conflicts_list))
    return NULL;
  return g_strdup (g_object_get_data (G_OBJECT (row), "opl-key"));
}

static void
fill_conflicts (OplMergeDialog *self)
{
  GPtrArray *conflicts = opl_merge_get_conflicts (self->merge);
  g_autofree char *focus = focused_key (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->conflicts_list))) != NULL)
    gtk_list_box_remove (self->conflicts_list, child);

  for (guint i = 0; i < conflicts->len; i++)
    {
      const OplMergeConflict *conflict = g_ptr_array_index (conflicts, i);
      GtkWidget *row = conflict_row (self, conflict);

      gtk_list_box_append (self->conflicts_list, row);
      if (g_strcmp0 (focus, conflict->key) == 0)
        gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
    }
  gtk_widget_set_visible (self->conflicts_group, conflicts->len > 0);
}

static void
fill_message (OplMergeDialog *self)
{
  OplMergeCounts counts;
  const char *problem = opl_merge_get_problem (self->merge);
  gboolean nothing;

  opl_merge_get_counts (self->merge, &counts);
  nothing = counts.added + counts.changed + counts.deleted + counts.conflicts == 0;
  if (opl_merge_was_merged (self->merge))
    show_message (self, _("This copy was merged before, as it is: it holds nothing new."), FALSE);
  else if (nothing)
    show_message (self, _("Nothing was changed on the laptop since this copy was taken: there is nothing to merge."),
                  FALSE);
  else if (problem != NULL)
    show_message (self, problem, TRUE);
  else if (counts.unresolved > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u conflict still needs a choice.",
                                                            "%u conflicts still need a choice.", counts.unresolved),
                                               counts.unresolved);

      show_message (self, text, FALSE);
    }
  else
    show_message (self, NULL, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.apply",
                                 counts.unresolved == 0 && problem == NULL && !opl_merge_was_merged (self->merge) &&
                                 !nothing);
}

static void
fill (OplMergeDialog *self)
{
  fill_lines (self);
  fill_conflicts (self);
  fill_message (self);
}

/* "Merged: 12 added, 3 changed." and the conflicts chosen */
static char *
make_summary (OplMergeDialog *self)
{
  OplMergeCounts counts;

  opl_merge_get_counts (self->merge, &counts);
  if (counts.conflicts == 0)
    return g_strdup_printf (_("Merged: %u added, %u changed, %u deleted"), counts.added, counts.changed,
                            counts.deleted);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merged: %u added, %u changed, %u deleted; %u conflict chosen",
                                       "Merged: %u added, %u changed, %u deleted; %u conflicts chosen",
                                       counts.conflicts),
                          counts.added, counts.changed, counts.deleted, counts.conflicts);
}

static void
apply (OplMergeDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = make_summary (self);

  if (!opl_merge_apply (self->merge, &error))
    {
      show_message (self, error->message, TRUE);
      return;
    }

  if (gtk_switch_get_active (self->hand_back_switch) && !opl_merge_hand_back (self->merge, self->path, &error))
    {
      g_free (summary);
      /* Translators: %s is why the copy could not be written */
      summary = g_strdup_printf (_("Merged; the copy for the laptop could not be updated: %s"), error->message);
    }

  g_signal_emit (self, signals[SIGNAL_MERGED], 0, summary);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_backed_up_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OplMergeDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->merge == NULL)
    return;

  self->backing_up = FALSE;
  if (!opl_backup_create_finish (result, NULL, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is why the backup could not be made */
      message = g_strdup_printf (_("No backup could be made before the merge, so nothing was merged: %s"),
                                 error->message);
      show_message (self, message, TRUE);
      fill_message (self);
      return;
    }
  apply (self);
}

/* Issue 17: a checked backup "before every merge", on a worker; then the merge. */
static void
opl_merge_dialog_apply_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  OplMergeDialog *self = OPL_MERGE_DIALOG (widget);
  const char *practice = opl_database_get_path (opl_store_get_database (self->store));
  g_autofree char *folder = opl_backup_default_folder (practice);

  if (self->backing_up)
    return;

  self->backing_up = TRUE;
  gtk_widget_action_set_enabled (widget, "merge.apply", FALSE);
  show_message (self, _("Making a backup of the practice first…"), FALSE);
  opl_backup_create_async (practice, folder, OPL_BACKUP_REASON_BEFORE_MERGE, NULL, on_backed_up_cb,
                           g_object_ref (self));
}

static void
opl_merge_dialog_keep_all_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  OplMergeDialog *self = OPL_MERGE_DIALOG (widget);
  const char *side = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (!opl_merge_choose_all (self->merge, g_str_equal (side, "copy") ? OPL_MERGE_SIDE_COPY : OPL_MERGE_SIDE_PRACTICE,
                             &error))
    {
      show_message (self, error->message, TRUE);
      return;
    }
  fill (self);
}

static void
opl_merge_dialog_dispose (GObject *object)
{
  OplMergeDialog *self = (OplMergeDialog *)object;

  g_clear_handle_id (&self->fill_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_MERGE_DIALOG);
  g_clear_object (&self->merge);
  g_clear_object (&self->store);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (opl_merge_dialog_parent_class)->dispose (object);
}

static void
opl_merge_dialog_class_init (OplMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_merge_dialog_dispose;

  /**
   * OplMergeDialog::merged:
   * @summary: what the merge did, in words
   */
  signals[SIGNAL_MERGED] =
    g_signal_new ("merged",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplMergeDialog, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OplMergeDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, OplMergeDialog, lines_list);
  gtk_widget_class_bind_template_child (widget_class, OplMergeDialog, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, OplMergeDialog, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, OplMergeDialog, after_group);
  gtk_widget_class_bind_template_child (widget_class, OplMergeDialog, hand_back_switch);

  gtk_widget_class_install_action (widget_class, "merge.apply", NULL, opl_merge_dialog_apply_action);
  gtk_widget_class_install_action (widget_class, "merge.keep-all", "s", opl_merge_dialog_keep_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
opl_merge_dialog_init (OplMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static char *
taken_text (OplMergeDialog *self)
{
  const OplCopyInfo *info = opl_merge_get_copy_info (self->merge);
  g_autofree char *when = opl_format_timestamp (info->taken_at);
  OplPerson *person = info->taken_by != NULL ? opl_store_lookup_person (self->store, info->taken_by) : NULL;

  if (person != NULL)
    /* Translators: when a copy for a laptop was taken, then by whom */
    return g_strdup_printf (_("Taken on %s by %s"), when, opl_person_get_name (person));
  /* Translators: %s is when a copy for a laptop was taken */
  return g_strdup_printf (_("Taken on %s"), when);
}

/**
 * opl_merge_dialog_new:
 * @path: the returned copy
 *
 * Reads the copy and shows its merge, or says why it cannot be merged.
 *
 * Returns: (nullable): the dialog, or %NULL with @error set
 */
GtkWidget *
opl_merge_dialog_new (OplStore    *store,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(OplMerge) merge = NULL;
  g_autofree char *taken = NULL;
  OplMergeDialog *self;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  merge = opl_merge_new (store, path, error);
  if (merge == NULL)
    return NULL;

  self = g_object_new (OPL_TYPE_MERGE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->merge = g_steal_pointer (&merge);
  self->path = g_strdup (path);
  taken = taken_text (self);
  gtk_label_set_text (self->subtitle_label, taken);
  gtk_window_set_title (GTK_WINDOW (self), _("Merge the Laptop’s Copy"));
  gtk_widget_set_visible (self->after_group, !opl_merge_was_merged (self->merge));
  fill (self);
  return GTK_WIDGET (self);
}

/* For the tests */

GtkListBox *
opl_merge_dialog_get_conflicts_list (OplMergeDialog *self)
{
  return self->conflicts_list;
}

GtkListBox *
opl_merge_dialog_get_lines_list (OplMergeDialog *self)
{
  return self->lines_list;
}

GtkLabel *
opl_merge_dialog_get_message_label (OplMergeDialog *self)
{
  return self->message_label;
}

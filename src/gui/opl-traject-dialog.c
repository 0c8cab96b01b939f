/* opl-traject-dialog.c: a traject, new or edited: the aios, the phase, the start, the
 * part-time factor and the opleider or the duo with their shares.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing a traject shows what its due moments would do before it is saved (the
 * store's preview): a later start or a smaller part-time factor moves every moment.
 * What cannot be is said at the field, and nothing is saved. A save over a traject
 * changed on another PC since the dialog opened is refused by the store, and the
 * person chooses to keep editing, to reload the other version or to save theirs over
 * it (issue 17).
 */

#define G_LOG_DOMAIN "opl-traject-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "opl-compat.h"
#include "opl-date-button.h"
#include "opl-dialogs.h"
#include "opl-format.h"
#include "opl-store-practice.h"
#include "opl-traject-dialog-private.h"
#include "opl-window.h"

struct _OplTrajectDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  AdwComboRow         *aios_row;
  AdwComboRow         *phase_row;
  AdwActionRow        *start_row;
  OplDateButton       *start_button;
  AdwActionRow        *parttime_row;
  GtkSpinButton       *parttime_spin;
  AdwPreferencesGroup *opleiders_group;
  GtkListBox          *opleiders_list;
  GtkLabel            *message_label;
  AdwPreferencesGroup *moves_group;
  GtkListBox          *moves_list;

  /* Owned references */
  OplStore            *store;
  OplTraject          *traject;    /* (nullable): none for a new traject */
  GtkWidget           *origin;
  GPtrArray           *aios;       /* OplPerson, the choices of aios_row */
  GPtrArray           *opleiders;  /* OplPerson, one per share spin */
  GPtrArray           *spins;      /* GtkSpinButton, (transfer none) */

  GDate                today;
  GtkWidget           *marked;
  gboolean             filling;

  /* Borrowed references */
  AdwMessageDialog    *conflict_dialog;
};

G_DEFINE_FINAL_TYPE (OplTrajectDialog, opl_traject_dialog, ADW_TYPE_WINDOW)

static double
share_of (OplTrajectDialog *self,
          guint             index)
{
  return gtk_spin_button_get_value (g_ptr_array_index (self->spins, index)) / 100.0;
}

/* The traject as the fields say; %NULL while there is no aios to choose. */
static OplTraject *
build_traject (OplTrajectDialog *self)
{
  OplTraject *traject;
  double parttime = gtk_spin_button_get_value (self->parttime_spin) / 100.0;
  OplPhase phase = adw_combo_row_get_selected (self->phase_row) == 1 ? OPL_PHASE_II : OPL_PHASE_I;
  guint selected = adw_combo_row_get_selected (self->aios_row);

  if (self->traject != NULL)
    {
      traject = opl_traject_copy (self->traject);
    }
  else if (selected < self->aios->len)
    {
      OplPerson *aios = g_ptr_array_index (self->aios, selected);
      g_autofree char *id = g_uuid_string_random ();

      traject = opl_traject_new (id, opl_person_get_id (aios), opl_person_get_name (aios), phase,
                                 opl_date_button_get_date (self->start_button), NULL, parttime);
    }
  else
    {
      return NULL;
    }

  opl_traject_set_phase (traject, phase);
  opl_traject_set_start (traject, opl_date_button_get_date (self->start_button));
  opl_traject_set_parttime (traject, parttime);
  opl_traject_clear_opleiders (traject);
  for (guint i = 0; i < self->opleiders->len; i++)
    {
      OplPerson *opleider = g_ptr_array_index (self->opleiders, i);

      if (share_of (self, i) > 0.0)
        opl_traject_add_opleider (traject, opl_person_get_id (opleider), opl_person_get_name (opleider),
                                  opl_person_get_role (opleider), share_of (self, i));
    }

  return traject;
}

static char *
describe_move (const OplMomentMove *move)
{
  g_autofree char *before = g_date_valid (&move->before) ? opl_format_date (&move->before) : NULL;
  g_autofree char *after = g_date_valid (&move->after) ? opl_format_date (&move->after) : NULL;

  if (before != NULL && after != NULL)
    /* Translators: a due moment's date before and after an edit */
    return g_strdup_printf (_("%s → %s"), before, after);
  if (after != NULL)
    /* Translators: %s is the date of a moment an edit adds */
    return g_strdup_printf (_("New: due %s"), after);
  /* Translators: %s is the date of a moment an edit drops */
  return g_strdup_printf (_("No longer due (was %s)"), before);
}

/* What saving would move, under the fields (editing only). */
static void
update_moves (OplTrajectDialog *self,
              OplTraject       *edited)
{
  g_autoptr(GArray) moves = NULL;

  opl_compat_list_box_remove_all (self->moves_list);
  if (self->traject != NULL && edited != NULL && opl_traject_check (edited, NULL))
    moves = opl_store_preview_traject (self->store, edited, &self->today, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->moves_group), moves != NULL && moves->len > 0);
  for (guint i = 0; moves != NULL && i < moves->len; i++)
    {
      const OplMomentMove *move = &g_array_index (moves, OplMomentMove, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = describe_move (move);
      GtkWidget *row = adw_action_row_new ();

      /* Translators: a due moment, then its training month: “ComBel, training month 3” */
      title = g_strdup_printf (_("%s, training month %d"), opl_moment_kind_get_label (move->kind), move->month);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->moves_list, row);
    }
}

static void
update_total (OplTrajectDialog *self)
{
  double total = 0.0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->spins->len; i++)
    total += share_of (self, i);

  if ((int) round (total * 100) == 100)
    text = g_strdup (_("Together 100 %"));
  else
    /* Translators: the opleiders' shares added up, in percent */
    text = g_strdup_printf (_("Together %d %%: the shares must add up to 100 %%"), (int) round (total * 100));
  adw_preferences_group_set_description (self->opleiders_group, text);
}

static void
clear_problem (OplTrajectDialog *self)
{
  opl_dialogs_clear_problem (self->message_label, self->marked);
  self->marked = NULL;
}

static void
on_field_changed_cb (OplTrajectDialog *self)
{
  g_autoptr(OplTraject) edited = NULL;

  if (self->filling)
    return;

  clear_problem (self);
  update_total (self);
  edited = build_traject (self);
  update_moves (self, edited);
}

static GtkWidget *
field_for (OplTrajectDialog *self,
           const GError     *error)
{
  if (error->domain == OPL_TRAJECT_ERROR)
    {
      switch (error->code)
        {
        case OPL_TRAJECT_ERROR_AIOS:
          return GTK_WIDGET (self->aios_row);
        case OPL_TRAJECT_ERROR_PARTTIME:
          return GTK_WIDGET (self->parttime_row);
        case OPL_TRAJECT_ERROR_SHARES:
          return self->spins->len > 0 ? GTK_WIDGET (g_ptr_array_index (self->spins, 0)) : NULL;
        default:
          return GTK_WIDGET (self->start_row);
        }
    }

  if (g_error_matches (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_TRAJECT))
    return GTK_WIDGET (self->start_row);

  return NULL;
}

/* The undo of an edit: the traject's facts as they were. */
typedef struct
{
  OplStore   *store;
  OplTraject *before;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->before);
  g_free (undo);
}

/* The undo puts the facts back over the edit, in one transaction. */
static void
undo_cb (gpointer data)
{
  Undo *undo = data;
  g_autoptr(GError) error = NULL;

  if (!opl_store_overwrite_traject (undo->store, undo->before, &error))
    g_warning ("Could not undo the edit of a traject: %s", error->message);
}

/* Shows the phase, start, part-time factor and shares of self->traject. */
static void
show_traject (OplTrajectDialog *self)
{
  self->filling = TRUE;
  opl_date_button_set_date (self->start_button, opl_traject_get_start (self->traject));
  adw_combo_row_set_selected (self->phase_row, opl_traject_get_phase (self->traject) == OPL_PHASE_II ? 1 : 0);
  gtk_spin_button_set_value (self->parttime_spin, round (opl_traject_get_parttime (self->traject) * 100));
  for (guint i = 0; i < self->opleiders->len; i++)
    {
      OplPerson *opleider = g_ptr_array_index (self->opleiders, i);

      gtk_spin_button_set_value (g_ptr_array_index (self->spins, i),
                                 round (opl_traject_get_share_of (self->traject, opl_person_get_id (opleider)) * 100));
    }
  self->filling = FALSE;
  on_field_changed_cb (self);
}

/* Takes the traject as stored now (another PC's version), dropping what was typed. */
static void
reload (OplTrajectDialog *self)
{
  g_autoptr(OplTraject) current = NULL;
  g_autoptr(GError) error = NULL;

  current = opl_store_get_traject (self->store, opl_traject_get_id (self->traject), &error);
  if (current == NULL)
    {
      opl_dialogs_show_problem (self->message_label, NULL,
                                error != NULL ? error->message : _("This traject no longer exists"));
      return;
    }

  g_set_object (&self->traject, current);
  show_traject (self);
}

static void save (OplTrajectDialog *self,
                  gboolean          overwrite);

static void
on_changed_elsewhere_cb (gpointer         owner,
                         OplChangedChoice choice)
{
  OplTrajectDialog *self = OPL_TRAJECT_DIALOG (owner);

  self->conflict_dialog = NULL;
  if (choice == OPL_CHANGED_RELOAD)
    reload (self);
  else if (choice == OPL_CHANGED_SAVE_MINE)
    save (self, TRUE);
}

/* Saves what the fields say; @overwrite: over a version changed elsewhere. */
static void
save (OplTrajectDialog *self,
      gboolean          overwrite)
{
  g_autoptr(OplTraject) traject = build_traject (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  gboolean ok;

  clear_problem (self);
  if (traject == NULL)
    {
      opl_dialogs_show_problem (self->message_label, GTK_WIDGET (self->aios_row),
                                _("Add the aios to the practice first (Add Person…)"));
      return;
    }

  if (self->traject != NULL && overwrite)
    ok = opl_store_overwrite_traject (self->store, traject, &error);
  else if (self->traject != NULL)
    ok = opl_store_update_traject (self->store, traject, &error);
  else
    ok = opl_store_add_practice_traject (self->store, traject, &error);

  if (!ok && g_error_matches (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED))
    {
      if (self->conflict_dialog == NULL)
        self->conflict_dialog = opl_dialogs_ask_changed_elsewhere (GTK_WINDOW (self), self, error->message,
                                                                   on_changed_elsewhere_cb);
      return;
    }

  if (!ok)
    {
      self->marked = field_for (self, error);
      opl_dialogs_show_problem (self->message_label, self->marked, error->message);
      return;
    }

  /* Translators: %s is the aios's name */
  done = g_strdup_printf (self->traject != NULL ? _("Traject of %s saved") : _("Traject of %s added"),
                          opl_traject_get_aios_name (traject));
  if (self->traject != NULL)
    {
      Undo *undo = g_new0 (Undo, 1);

      undo->store = g_object_ref (self->store);
      undo->before = opl_traject_copy (self->traject);
      opl_window_show_undo_toast_for (self->origin, done, undo_cb, undo, undo_free);
    }
  else
    {
      opl_window_show_toast_for (self->origin, done);
    }
  /* Save Mine answers a dialog transient for this window: close once it has gone. */
  if (overwrite)
    opl_dialogs_close_later (GTK_WINDOW (self));
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
opl_traject_dialog_save_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  save (OPL_TRAJECT_DIALOG (widget), FALSE);
}

static void
opl_traject_dialog_dispose (GObject *object)
{
  OplTrajectDialog *self = (OplTrajectDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_TRAJECT_DIALOG);
  self->conflict_dialog = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->traject);
  g_clear_object (&self->origin);
  g_clear_pointer (&self->aios, g_ptr_array_unref);
  g_clear_pointer (&self->opleiders, g_ptr_array_unref);
  g_clear_pointer (&self->spins, g_ptr_array_unref);

  G_OBJECT_CLASS (opl_traject_dialog_parent_class)->dispose (object);
}

static void
opl_traject_dialog_class_init (OplTrajectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_traject_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-traject-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, aios_row);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, phase_row);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, parttime_row);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, parttime_spin);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, opleiders_group);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, opleiders_list);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, moves_group);
  gtk_widget_class_bind_template_child (widget_class, OplTrajectDialog, moves_list);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "traject.save", NULL, opl_traject_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "traject.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "traject.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OPL_TYPE_DATE_BUTTON);
}

static void
opl_traject_dialog_init (OplTrajectDialog *self)
{
  g_autoptr(GtkStringList) phases = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->aios = g_ptr_array_new_with_free_func (g_object_unref);
  self->opleiders = g_ptr_array_new_with_free_func (g_object_unref);
  self->spins = g_ptr_array_new ();

  gtk_string_list_append (phases, opl_format_phase (OPL_PHASE_I));
  gtk_string_list_append (phases, opl_format_phase (OPL_PHASE_II));
  adw_combo_row_set_model (self->phase_row, G_LIST_MODEL (phases));
}

/* The aios to choose from: the one of the traject, or every current aios. */
static void
fill_aios (OplTrajectDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *people = opl_store_get_people (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);

      if (opl_person_get_role (person) != OPL_ROLE_AIOS ||
          (self->traject != NULL && g_strcmp0 (opl_person_get_id (person), opl_traject_get_aios_id (self->traject)) != 0))
        continue;

      g_ptr_array_add (self->aios, g_object_ref (person));
      gtk_string_list_append (names, opl_person_get_name (person));
    }

  if (self->traject != NULL && self->aios->len == 0)
    gtk_string_list_append (names, opl_traject_get_aios_name (self->traject));

  adw_combo_row_set_model (self->aios_row, G_LIST_MODEL (names));
  gtk_widget_set_sensitive (GTK_WIDGET (self->aios_row), self->traject == NULL);
}

/* A row per current opleider with their share in percent (0: not in the traject). */
static void
fill_opleiders (OplTrajectDialog *self)
{
  GListModel *people = opl_store_get_people (self->store);
  gboolean first = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);
      GtkWidget *row, *spin;
      double share;

      if (!opl_person_is_opleider (person))
        continue;

      if (self->traject != NULL)
        share = opl_traject_get_share_of (self->traject, opl_person_get_id (person));
      else
        share = first ? 1.0 : 0.0;
      first = FALSE;

      spin = gtk_spin_button_new_with_range (0, 100, 5);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), round (share * 100));
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      opl_person_get_name (person), -1);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), opl_person_get_name (person));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), opl_person_get_role_label (person));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      gtk_list_box_append (self->opleiders_list, row);

      g_ptr_array_add (self->opleiders, g_object_ref (person));
      g_ptr_array_add (self->spins, spin);
    }
}

/**
 * opl_traject_dialog_new:
 * @traject: (nullable): the traject to edit, as read; %NULL to add one
 * @origin: the view that opens it: its window shows the toast
 * @today: the day a new traject starts on, and the preview's today
 */
GtkWidget *
opl_traject_dialog_new (OplStore    *store,
                        OplTraject  *traject,
                        GtkWidget   *origin,
                        const GDate *today)
{
  OplTrajectDialog *self;
  const char *title;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (traject == NULL || OPL_IS_TRAJECT (traject), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (origin), NULL);

  self = g_object_new (OPL_TYPE_TRAJECT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->traject = traject != NULL ? g_object_ref (traject) : NULL;
  self->origin = g_object_ref (origin);
  self->today = *today;

  self->filling = TRUE;
  fill_aios (self);
  fill_opleiders (self);
  opl_date_button_set_date (self->start_button, traject != NULL ? opl_traject_get_start (traject) : today);
  if (traject != NULL)
    {
      adw_combo_row_set_selected (self->phase_row, opl_traject_get_phase (traject) == OPL_PHASE_II ? 1 : 0);
      gtk_spin_button_set_value (self->parttime_spin, round (opl_traject_get_parttime (traject) * 100));
    }
  self->filling = FALSE;
  update_total (self);

  title = traject != NULL ? _("Edit Traject") : _("New Traject");
  adw_window_title_set_title (self->window_title, title);
  if (traject != NULL)
    adw_window_title_set_subtitle (self->window_title, opl_traject_get_aios_name (traject));
  gtk_window_set_title (GTK_WINDOW (self), title);

  return GTK_WIDGET (self);
}

/* For the tests */

AdwComboRow *
opl_traject_dialog_get_aios_row (OplTrajectDialog *self)
{
  return self->aios_row;
}

AdwComboRow *
opl_traject_dialog_get_phase_row (OplTrajectDialog *self)
{
  return self->phase_row;
}

OplDateButton *
opl_traject_dialog_get_start_button (OplTrajectDialog *self)
{
  return self->start_button;
}

GtkSpinButton *
opl_traject_dialog_get_parttime_spin (OplTrajectDialog *self)
{
  return self->parttime_spin;
}

GtkLabel *
opl_traject_dialog_get_message_label (OplTrajectDialog *self)
{
  return self->message_label;
}

GtkListBox *
opl_traject_dialog_get_moves_list (OplTrajectDialog *self)
{
  return self->moves_list;
}

GtkSpinButton *
opl_traject_dialog_get_share_spin (OplTrajectDialog *self,
                                   const char       *opleider_name)
{
  for (guint i = 0; i < self->opleiders->len; i++)
    {
      if (g_strcmp0 (opl_person_get_name (g_ptr_array_index (self->opleiders, i)), opleider_name) == 0)
        return g_ptr_array_index (self->spins, i);
    }

  return NULL;
}

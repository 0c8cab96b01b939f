/* opl-form-editor.c: fill in one form, or read it.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A header says whose form it is, for which moment and in which state; then a group
 * per section with a row per item (OplFormItemRow); then a summary (answered and
 * missing, how the answers spread over the scale) and what can be done next:
 * finalise, share, mark as discussed, start a new version, delete the draft.
 *
 * Every change is saved through the store: a scale at once, a text 300 ms after the
 * last keystroke, and whatever is left when the window closes or the form is
 * finalised. The rules (who may do what, what is complete, what is private) are the
 * store's: the editor shows what the store says and the errors it gives.
 *
 * The same form may be open on another PC. Each answer is saved only if nobody changed
 * that item there since this editor read it (issue 17); other items may change at the
 * same time. An item changed elsewhere keeps what was typed, marked, and the person
 * chooses: keep editing (it is asked again at the next save), reload the form (the
 * other version of those items; everything else typed is saved first) or save theirs
 * over it.
 *
 * The keyboard: Tab goes from answer to note to the next answer; on a scale the
 * number keys choose, Up and Down go to the previous and next item, Down on the last
 * item goes to the summary's first button; Ctrl+Enter goes to the summary from
 * anywhere; each button has a mnemonic (Alt+F finalises).
 */

#define G_LOG_DOMAIN "opl-form-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-form-editor-private.h"
#include "opl-store-privacy.h"
#include "opl-compat.h"
#include "opl-date.h"
#include "opl-date-button.h"
#include "opl-dialogs.h"
#include "opl-format.h"
#include "opl-rows.h"
#include "opl-window.h"

struct _OplFormEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkWidget           *summary_button;
  AdwPreferencesGroup *header_group;
  GtkListBox          *header_list;
  GtkWidget           *keys_label;
  GtkBox              *sections_box;
  AdwPreferencesGroup *summary_group;
  GtkListBox          *summary_list;
  GtkWidget           *actions_box;
  GtkWidget           *finalize_button;
  GtkWidget           *share_button;
  GtkWidget           *discussed_button;
  GtkWidget           *new_version_button;
  GtkWidget           *discard_button;

  /* Owned references */
  OplStore            *store;
  OplPerson           *person;
  OplTraject          *traject;
  OplForm             *form;
  GHashTable          *pending;       /* OplFormItemRow set: changed, not saved yet */
  GHashTable          *conflicts;     /* OplFormItemRow set: refused, changed elsewhere */
  char                *conflict_message;
  char                *last_message;
  guint                save_id;

  /* Borrowed references */
  GPtrArray           *rows;          /* OplFormItemRow, in the form's order */
  AdwActionRow        *state_row;
  AdwMessageDialog    *dialog;        /* the confirmation on screen, if any */
  GtkWidget           *dialog_date;   /* its OplDateButton, if it asks for a day */
  AdwMessageDialog    *conflict_dialog;

  gboolean             saved_once;
  gboolean             close_anyway;
  gboolean             disposing;
  gboolean             history;      /* opened from an ended traject: to read only */
};

G_DEFINE_FINAL_TYPE (OplFormEditor, opl_form_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  PROP_TRAJECT,
  PROP_FORM,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

typedef void (*DialogCallback) (OplFormEditor *self,
                                const GDate   *date);

static void build (OplFormEditor *self);
static void update_summary (OplFormEditor *self);

/* Helpers */

static void
show_toast (OplFormEditor *self,
            const char    *title)
{
  opl_dialogs_add_toast (self->toast_overlay, title, 4, &self->last_message);
}

static GtkWidget *
add_icon (GtkWidget  *row,
          const char *icon_name,
          const char *style)
{
  GtkWidget *icon = opl_rows_new_icon (icon_name, style);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return icon;
}

static const char *
person_name (OplFormEditor *self,
             const char    *person_id)
{
  OplPerson *person = person_id != NULL ? opl_store_lookup_person (self->store, person_id) : NULL;

  return person != NULL ? opl_person_get_name (person) : _("Someone who left the practice");
}

static gboolean
is_author (OplFormEditor *self)
{
  return g_strcmp0 (opl_form_get_author_id (self->form), opl_person_get_id (self->person)) == 0;
}

static gboolean
is_editable (OplFormEditor *self)
{
  return !self->history && !opl_form_is_redacted (self->form) &&
         opl_form_get_state (self->form) == OPL_FORM_STATE_DRAFT &&
         is_author (self);
}

/* “Zelfbeoordeling”, from the definition; the kind (“ComBel”) when it has no name. */
static const char *
form_label (OplForm *form)
{
  return opl_form_filler_get_label (opl_form_get_definition (form), opl_form_get_kind (form),
                                    opl_form_get_author_role (form));
}

/* The due moment of the form in the traject's schedule, if the form has one. */
static gboolean
lookup_moment (OplFormEditor *self,
               OplMoment     *found)
{
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  const char *kind = opl_form_kind_to_string (opl_form_get_kind (self->form));
  GDate today;

  if (opl_form_get_moment_month (self->form) <= 0)
    return FALSE;

  opl_date_set_today (&today);
  moments = opl_store_get_schedule (self->store, self->traject, &today, &error);
  if (moments == NULL)
    {
      g_debug ("Reading the schedule failed: %s", error->message);
      return FALSE;
    }

  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->month == opl_form_get_moment_month (self->form) &&
          g_strcmp0 (opl_moment_kind_to_string (moment->kind), kind) == 0)
        {
          *found = *moment;
          return TRUE;
        }
    }

  return FALSE;
}

/* The header */

static void
update_title (OplFormEditor *self)
{
  OplFormKind kind = opl_form_get_kind (self->form);
  const char *subject_id = opl_form_get_subject_id (self->form);
  g_autofree char *subtitle = NULL;

  if (g_strcmp0 (subject_id, opl_traject_get_aios_id (self->traject)) == 0 ||
      g_strcmp0 (subject_id, opl_form_get_author_id (self->form)) == 0)
    {
      /* Translators: a form window's subtitle: the kind of form and the aios: “ComBel · Charlotte Bakker” */
      subtitle = g_strdup_printf (_("%s · %s"), opl_form_kind_get_label (kind),
                                  opl_traject_get_aios_name (self->traject));
    }
  else
    {
      /* Translators: a form window's subtitle for a LEOh: “LEOh about Anna de Vries” */
      subtitle = g_strdup_printf (_("%s about %s"), opl_form_kind_get_label (kind),
                                  person_name (self, subject_id));
    }

  adw_window_title_set_title (self->window_title, form_label (self->form));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), form_label (self->form));
}

/* What protects a private draft in the practice file (design.md §7). */
static const char *
seal_line (OplFormEditor *self)
{
  if (opl_store_has_passphrase (self->store, opl_form_get_author_id (self->form)))
    return _("Sealed in the practice file with your passphrase");

  return _("Without a passphrase, whoever copies the practice file can read it: set one with Passphrase… "
           "in the main menu");
}

static void
update_state_row (OplFormEditor *self)
{
  GtkWidget *row = GTK_WIDGET (self->state_row);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *subtitle = NULL;
  const char *title, *icon_name, *style;
  GtkWidget *old_icon;

  if (opl_form_is_redacted (self->form))
    {
      title = _("Pending");
      icon_name = "changes-prevent-symbolic";
      style = "dim-label";
      g_strv_builder_add (lines, opl_form_is_private (self->form)
                                 ? _("Private until its author shares it: you see only that it exists.")
                                 : _("Shown once your own self-assessment of this moment is shared"));
    }
  else
    {
      switch (opl_form_get_state (self->form))
        {
        case OPL_FORM_STATE_FINAL:
        case OPL_FORM_STATE_DISCUSSED:
          {
            const GDate *finalized_on = opl_form_get_finalized_on (self->form);
            const GDate *discussed_on = opl_form_get_discussed_on (self->form);

            if (finalized_on != NULL && g_date_valid (finalized_on))
              {
                g_autofree char *signed_on = opl_format_date (finalized_on);
                /* Translators: %s is a date */
                g_autofree char *line = g_strdup_printf (_("Signed off on %s"), signed_on);

                g_strv_builder_add (lines, line);
              }
            if (opl_form_get_state (self->form) == OPL_FORM_STATE_DISCUSSED)
              {
                title = _("Discussed");
                if (discussed_on != NULL && g_date_valid (discussed_on))
                  {
                    g_autofree char *day = opl_format_date (discussed_on);
                    /* Translators: %s is a date */
                    g_autofree char *discussed = g_strdup_printf (_("Discussed on %s"), day);

                    g_strv_builder_add (lines, discussed);
                  }
              }
            else
              {
                title = _("Final");
              }
            icon_name = "emblem-ok-symbolic";
            style = "success";
          }
          break;
        case OPL_FORM_STATE_DRAFT:
        default:
          title = _("Draft");
          icon_name = "document-edit-symbolic";
          style = "accent";
          if (!is_author (self))
            {
              /* Translators: %s is a person's name */
              g_autofree char *line = g_strdup_printf (_("Being filled in by %s"),
                                                       person_name (self, opl_form_get_author_id (self->form)));

              g_strv_builder_add (lines, line);
            }
          else if (self->saved_once)
            {
              g_strv_builder_add (lines, _("All changes are saved"));
            }
          else
            {
              g_strv_builder_add (lines, _("Every change is saved as you go"));
            }
          break;
        }

      if (opl_form_is_private (self->form) && !opl_form_is_shared (self->form))
        {
          g_strv_builder_add (lines, is_author (self) ? _("Private: only you see your answers until you share them")
                                                      : _("Private"));
          if (is_author (self))
            g_strv_builder_add (lines, seal_line (self));
        }
      else if (opl_form_is_private (self->form))
        g_strv_builder_add (lines, _("Shared with the opleiders"));
    }

  strv = g_strv_builder_end (lines);
  subtitle = g_strjoinv ("\n", strv);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (self->state_row, subtitle);

  old_icon = g_object_get_data (G_OBJECT (row), "opl-icon");
  if (old_icon != NULL)
    adw_action_row_remove (self->state_row, old_icon);
  g_object_set_data (G_OBJECT (row), "opl-icon", add_icon (row, icon_name, style));
}

static void
add_version_row (OplFormEditor *self)
{
  const char *newer = opl_form_get_superseded_by (self->form);
  const char *older = opl_form_get_supersedes (self->form);
  GtkWidget *row, *button;
  g_autofree char *title = NULL;

  if (newer == NULL && older == NULL)
    return;

  /* Translators: %d counts the versions of one form, from 1 */
  title = g_strdup_printf (_("Version %d"), opl_form_get_version_number (self->form));
  if (newer != NULL)
    {
      row = opl_rows_append (self->header_list, NULL, NULL, title,
                             _("A newer version replaces this one; this one stays as it was."));
      button = gtk_button_new_with_mnemonic (_("Open _Newer Version"));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", newer);
    }
  else
    {
      row = opl_rows_append (self->header_list, NULL, NULL, title,
                             _("Replaces an earlier final version, which stays readable."));
      button = gtk_button_new_with_mnemonic (_("Open _Earlier Version"));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", older);
    }

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "form.open-version");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  add_icon (row, "document-open-recent-symbolic", NULL);
}

static void
fill_header (OplFormEditor *self)
{
  OplFormDefinition *definition = opl_form_get_definition (self->form);
  const char *subject_id = opl_form_get_subject_id (self->form);
  const char *author_id = opl_form_get_author_id (self->form);
  const GDate *form_date = opl_form_get_date (self->form);
  g_autofree char *author = NULL;
  g_autofree char *definition_text = NULL;
  GtkWidget *row;
  OplMoment moment;

  opl_compat_list_box_remove_all (self->header_list);

  adw_preferences_group_set_title (self->header_group, opl_form_definition_get_title (definition));
  adw_preferences_group_set_description (self->header_group, opl_form_definition_get_description (definition));

  row = opl_rows_append (self->header_list, NULL, NULL, _("Aios"), opl_traject_get_aios_name (self->traject));
  add_icon (row, "avatar-default-symbolic", NULL);

  if (g_strcmp0 (subject_id, opl_traject_get_aios_id (self->traject)) != 0)
    {
      row = opl_rows_append (self->header_list, NULL, NULL, _("About"),
                     g_strcmp0 (subject_id, author_id) == 0 ? _("Themselves (self-evaluation)")
                                                            : person_name (self, subject_id));
      add_icon (row, "avatar-default-symbolic", NULL);
    }

  /* Translators: who fills in a form and as what: “Anna de Vries · opleider” */
  author = g_strdup_printf (_("%s · %s"), person_name (self, author_id),
                            opl_form_role_get_label (opl_form_get_author_role (self->form)));
  row = opl_rows_append (self->header_list, NULL, NULL, _("Filled in by"), author);
  add_icon (row, "document-edit-symbolic", NULL);

  if (lookup_moment (self, &moment))
    {
      g_autofree char *due = opl_format_date (&moment.due);
      /* Translators: a form's moment: its kind, its month and its due date: “ComBel, month 6 · due 1 January 2027” */
      g_autofree char *text = g_strdup_printf (_("%s, training month %d · due %s"),
                                               opl_moment_kind_get_label (moment.kind), moment.month, due);

      row = opl_rows_append (self->header_list, NULL, NULL, _("Moment"), text);
      add_icon (row, "x-office-calendar-symbolic", NULL);
    }
  else if (opl_form_get_moment_month (self->form) > 0)
    {
      /* Translators: %d is a month of the training year */
      g_autofree char *text = g_strdup_printf (_("Training month %d"), opl_form_get_moment_month (self->form));

      row = opl_rows_append (self->header_list, NULL, NULL, _("Moment"), text);
      add_icon (row, "x-office-calendar-symbolic", NULL);
    }

  /* A redacted form tells no date. */
  if (form_date != NULL && g_date_valid (form_date))
    {
      g_autofree char *date = opl_format_date (form_date);

      row = opl_rows_append (self->header_list, NULL, NULL, _("Date"), date);
      add_icon (row, "x-office-calendar-symbolic", NULL);
    }

  self->state_row = ADW_ACTION_ROW (opl_rows_append (self->header_list, NULL, NULL, "", NULL));
  update_state_row (self);

  add_version_row (self);

  /* Translators: the definition a form is filled against: its id and version: “combel, version 1” */
  definition_text = g_strdup_printf (_("%s, version %d"), opl_form_definition_get_id (definition),
                                     opl_form_definition_get_version (definition));
  row = opl_rows_append (self->header_list, NULL, NULL, _("Definition"),
                 opl_form_definition_is_official (definition) ? definition_text : NULL);
  if (!opl_form_definition_is_official (definition))
    {
      /* Translators: %s is a definition's id and version */
      g_autofree char *text = g_strdup_printf (_("%s · an editable definition, not the official item text"),
                                               definition_text);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
    }
  add_icon (row, "x-office-document-symbolic", NULL);
}

/* Saving */

static gboolean save_row_with_toast (OplFormEditor  *self,
                                     OplFormItemRow *row,
                                     gboolean        toast);

static gboolean
save_row_quietly (OplFormEditor  *self,
                  OplFormItemRow *row)
{
  return save_row_with_toast (self, row, FALSE);
}

static gboolean
save_row_with_toast (OplFormEditor  *self,
                     OplFormItemRow *row,
                     gboolean        toast)
{
  const OplFormItem *item = opl_form_item_row_get_item (row);
  g_autofree char *value = opl_form_item_row_get_value (row);
  g_autofree char *note = opl_form_item_row_get_note (row);
  g_autoptr(GError) error = NULL;

  if (!opl_store_set_form_answer (self->store, self->form, item->id, value, note, &error) &&
      g_error_matches (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED))
    {
      /* Asked about once the save is over (opl_form_editor_flush()). */
      g_debug ("Saving “%s” refused: %s", item->id, error->message);
      opl_form_item_row_set_problem (row, error->message);
      g_hash_table_add (self->conflicts, row);
      g_free (self->conflict_message);
      self->conflict_message = g_strdup (error->message);
      return FALSE;
    }

  if (error != NULL)
    {
      /* Translators: an answer was not saved; %s says why, in the store's words */
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      g_debug ("Saving “%s” failed: %s", item->id, error->message);
      opl_form_item_row_set_problem (row, error->message);
      if (toast)
        show_toast (self, message);
      return FALSE;
    }

  opl_form_item_row_set_problem (row, NULL);
  g_hash_table_remove (self->conflicts, row);
  return TRUE;
}

static void ask_changed_elsewhere (OplFormEditor *self);

/* Saves every change that waits for its autosave. An answer changed elsewhere is asked
 * about when it is refused; answers refused before (the person kept editing) are asked
 * about again when @asked: before the form is signed off, shared or closed. */
static gboolean
flush (OplFormEditor *self,
       gboolean       asked)
{
  g_autoptr(GPtrArray) failed = g_ptr_array_new ();
  gboolean ok = TRUE;
  gboolean toasted = FALSE;
  guint n_saved = 0;
  guint n_refused = 0;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->pending == NULL || g_hash_table_size (self->pending) == 0)
    {
      if (asked)
        ask_changed_elsewhere (self);
      return self->conflicts == NULL || g_hash_table_size (self->conflicts) == 0;
    }

  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    {
      OplFormItemRow *row = g_ptr_array_index (self->rows, i);

      if (!g_hash_table_remove (self->pending, row))
        continue;

      /* One toast for a failure is enough; the rows say which were not saved. An
       * answer changed elsewhere is asked about instead. */
      if (!save_row_with_toast (self, row, !toasted))
        {
          ok = FALSE;
          g_ptr_array_add (failed, row);
          if (g_hash_table_contains (self->conflicts, row))
            n_refused++;
          else
            toasted = TRUE;
        }
      n_saved++;
    }
  g_hash_table_remove_all (self->pending);

  /* What failed waits for the next save, and for the window's closing; an answer
   * changed elsewhere waits for the person's choice. */
  for (guint i = 0; i < failed->len; i++)
    {
      if (!g_hash_table_contains (self->conflicts, g_ptr_array_index (failed, i)))
        g_hash_table_add (self->pending, g_ptr_array_index (failed, i));
    }
  if (asked || n_refused > 0)
    ask_changed_elsewhere (self);
  ok = ok && g_hash_table_size (self->conflicts) == 0;

  if (n_saved > 0 && ok)
    self->saved_once = TRUE;
  if (self->state_row != NULL)
    update_state_row (self);
  update_summary (self);
  return ok;
}

/**
 * opl_form_editor_flush:
 *
 * Saves every change that waits for its autosave.
 *
 * Returns: whether everything was saved (an answer changed elsewhere waits for the
 *   person's choice: not saved)
 */
gboolean
opl_form_editor_flush (OplFormEditor *self)
{
  g_return_val_if_fail (OPL_IS_FORM_EDITOR (self), FALSE);

  return flush (self, TRUE);
}

/* Reload: the form as stored now, the other version of the items changed elsewhere.
 * Whatever else was typed is saved first. */
static void
reload_conflicts (OplFormEditor *self)
{
  g_autoptr(GPtrArray) conflicting = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(OplForm) form = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer row;

  g_clear_handle_id (&self->save_id, g_source_remove);
  for (guint i = 0; i < self->rows->len; i++)
    {
      OplFormItemRow *item_row = g_ptr_array_index (self->rows, i);

      if (g_hash_table_contains (self->conflicts, item_row))
        {
          g_ptr_array_add (conflicting, g_strdup (opl_form_item_row_get_item (item_row)->id));
          g_hash_table_remove (self->pending, item_row);
        }
    }

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    save_row_quietly (self, row);

  form = opl_store_load_form (self->store, opl_form_get_id (self->form), opl_person_get_id (self->person), &error);
  if (form == NULL)
    {
      g_debug ("Reading the form again failed: %s", error->message);
      show_toast (self, error->message);
      return;
    }

  g_set_object (&self->form, form);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORM]);
  build (self);
  show_toast (self, _("Reloaded: your changes were dropped"));
  if (conflicting->len > 0)
    {
      OplFormItemRow *first = opl_form_editor_find_row (self, g_ptr_array_index (conflicting, 0));

      if (first != NULL)
        opl_form_item_row_focus_answer (first);
    }
}

/* Save Mine: what was typed in the items changed elsewhere, over the other version. */
static void
overwrite_conflicts (OplFormEditor *self)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      OplFormItemRow *row = g_ptr_array_index (self->rows, i);
      const OplFormItem *item = opl_form_item_row_get_item (row);
      g_autofree char *value = NULL;
      g_autofree char *note = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_hash_table_contains (self->conflicts, row))
        continue;

      value = opl_form_item_row_get_value (row);
      note = opl_form_item_row_get_note (row);
      g_hash_table_remove (self->pending, row);
      if (!opl_store_overwrite_form_answer (self->store, self->form, item->id, value, note, &error))
        {
          /* Translators: an answer was not saved; %s says why, in the store's words */
          g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

          opl_form_item_row_set_problem (row, error->message);
          if (ok)
            show_toast (self, message);
          ok = FALSE;
          continue;
        }

      opl_form_item_row_set_problem (row, NULL);
      g_hash_table_remove (self->conflicts, row);
    }

  if (self->state_row != NULL)
    update_state_row (self);
  update_summary (self);
}

static void
on_changed_elsewhere_cb (gpointer         owner,
                         OplChangedChoice choice)
{
  OplFormEditor *self = OPL_FORM_EDITOR (owner);

  self->conflict_dialog = NULL;
  if (choice == OPL_CHANGED_RELOAD)
    reload_conflicts (self);
  else if (choice == OPL_CHANGED_SAVE_MINE)
    overwrite_conflicts (self);
}

/* Asks what to do with the answers changed elsewhere, unless it is being asked. */
static void
ask_changed_elsewhere (OplFormEditor *self)
{
  if (self->disposing || self->conflict_dialog != NULL || self->conflicts == NULL ||
      g_hash_table_size (self->conflicts) == 0 || self->conflict_message == NULL)
    return;

  self->conflict_dialog = opl_dialogs_ask_changed_elsewhere (GTK_WINDOW (self), self, self->conflict_message,
                                                             on_changed_elsewhere_cb);
}

static void
on_save_timeout_cb (gpointer user_data)
{
  OplFormEditor *self = user_data;

  self->save_id = 0;
  flush (self, FALSE);
}

static void
on_row_changed_cb (OplFormEditor  *self,
                   gboolean        at_once,
                   OplFormItemRow *row)
{
  g_hash_table_add (self->pending, row);
  g_clear_handle_id (&self->save_id, g_source_remove);

  /* A choice on a scale is one deliberate act: save it now. Typing is saved once it
   * pauses. */
  if (at_once)
    flush (self, FALSE);
  else
    self->save_id = g_timeout_add_once (OPL_FORM_EDITOR_SAVE_DELAY_MS, on_save_timeout_cb, self);
}

/* Moving through the items */

static GtkWidget *
first_action_button (OplFormEditor *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->actions_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child))
        return child;
    }

  return NULL;
}

static void
go_to_summary (OplFormEditor *self)
{
  GtkWidget *button = first_action_button (self);

  if (button != NULL)
    gtk_widget_grab_focus (button);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->summary_list));
}

static void
on_row_navigate_cb (OplFormEditor  *self,
                    int             delta,
                    OplFormItemRow *row)
{
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index))
    return;

  for (int i = (int) index + delta; i >= 0 && i < (int) self->rows->len; i += delta)
    {
      if (opl_form_item_row_focus_answer (g_ptr_array_index (self->rows, i)))
        return;
    }

  if (delta > 0)
    go_to_summary (self);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
focus_item (OplFormEditor *self,
            const char    *item_id)
{
  OplFormItemRow *row = opl_form_editor_find_row (self, item_id);

  if (row != NULL)
    opl_form_item_row_focus_answer (row);
}

/* The summary */

static void
on_missing_row_activated_cb (AdwActionRow  *row,
                             OplFormEditor *self)
{
  focus_item (self, g_object_get_data (G_OBJECT (row), "opl-item"));
}

static void
add_answered_row (OplFormEditor *self,
                  guint          n_required,
                  guint          n_missing)
{
  guint n_answered = opl_form_get_n_answered (self->form);
  g_autofree char *subtitle = NULL;
  GtkWidget *row, *bar;

  if (n_required > 0)
    {
      /* Translators: how many of the required items have an answer: “18 of 22 required items” */
      subtitle = g_strdup_printf (_("%u of %u required items · %u answers in all"),
                                  n_required - n_missing, n_required, n_answered);
    }
  else
    {
      subtitle = g_strdup_printf (ngettext ("%u answer", "%u answers", n_answered), n_answered);
    }

  row = opl_rows_append (self->summary_list, NULL, NULL, _("Answered"), subtitle);
  add_icon (row, n_missing == 0 ? "emblem-ok-symbolic" : "view-list-bullet-symbolic",
            n_missing == 0 ? "success" : NULL);

  if (n_required > 0)
    {
      bar = gtk_level_bar_new_for_interval (0, n_required);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), n_required - n_missing);
      gtk_widget_set_size_request (bar, 80, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
    }
}

static void
add_missing_row (OplFormEditor *self,
                 GPtrArray     *missing)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *subtitle = NULL;
  GtkWidget *icon;

  subtitle = g_strdup_printf (ngettext ("%u required item has no answer yet",
                                        "%u required items have no answer yet",
                                        missing->len), missing->len);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Missing"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), icon);

  for (guint i = 0; i < missing->len; i++)
    {
      const OplFormItem *item = g_ptr_array_index (missing, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Go to this item"));
      gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "opl-item", g_strdup (item->id), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_missing_row_activated_cb), self, 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  gtk_list_box_append (self->summary_list, expander);
}

/* How the answers spread over each scale the author's items use: “Onvoldoende 2 ·
 * Voldoende 10 · Goed 6 · not answered 4”. */
static void
add_distribution_rows (OplFormEditor *self)
{
  OplFormDefinition *definition = opl_form_get_definition (self->form);
  OplFormRole role = opl_form_get_author_role (self->form);

  for (guint s = 0; s < opl_form_definition_get_n_scales (definition); s++)
    {
      const OplFormScale *scale = opl_form_definition_get_scale (definition, s);
      g_autofree guint *counts = g_new0 (guint, scale->n_options);
      g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;
      g_autofree char *subtitle = NULL;
      guint n_items = 0, n_unanswered = 0;
      GtkWidget *row;

      for (guint i = 0; i < opl_form_definition_get_n_sections (definition); i++)
        {
          const OplFormSection *section = opl_form_definition_get_section (definition, i);

          if (!opl_form_section_applies_to (section, role))
            continue;

          for (guint j = 0; j < section->n_items; j++)
            {
              const OplFormItem *item = &section->items[j];
              const char *value;

              if (item->scale != scale)
                continue;

              n_items++;
              value = opl_form_get_value (self->form, item->id);
              if (value == NULL)
                {
                  n_unanswered++;
                  continue;
                }

              for (guint o = 0; o < scale->n_options; o++)
                {
                  if (g_strcmp0 (scale->options[o].value, value) == 0)
                    counts[o]++;
                }
            }
        }

      /* A scale with one item (the advice itself) has no spread to show. */
      if (n_items < 2)
        continue;

      for (guint o = 0; o < scale->n_options; o++)
        {
          /* Translators: an option of a scale and how often it was chosen: “Voldoende 10” */
          g_autofree char *part = g_strdup_printf (_("%s %u"), scale->options[o].label, counts[o]);

          g_strv_builder_add (parts, part);
        }
      if (n_unanswered > 0)
        {
          /* Translators: how many items of a scale have no answer: “not answered 4” */
          g_autofree char *part = g_strdup_printf (_("not answered %u"), n_unanswered);

          g_strv_builder_add (parts, part);
        }

      strv = g_strv_builder_end (parts);
      subtitle = g_strjoinv (" · ", strv);
      row = opl_rows_append (self->summary_list, NULL, NULL,
                             scale->title != NULL ? scale->title : _("Answers"), subtitle);
      add_icon (row, "view-continuous-symbolic", NULL);
    }
}

static void
update_actions (OplFormEditor *self)
{
  gboolean redacted = opl_form_is_redacted (self->form);
  OplFormState state = opl_form_get_state (self->form);
  gboolean editable = is_editable (self);
  gboolean private_unshared = opl_form_is_private (self->form) && !opl_form_is_shared (self->form);
  /* @step: a next step of the form; the first shown is the one suggested (issue 19:
   * not two equal suggested buttons). */
  struct { GtkWidget *button; const char *action; gboolean visible; gboolean step; } actions[] = {
    { self->finalize_button, "form.finalize", editable, TRUE },
    /* History is only read: no next step, no new version (issue 19). */
    { self->share_button, "form.share", !redacted && is_author (self) && private_unshared, TRUE },
    { self->discussed_button, "form.mark-discussed",
      !redacted && state == OPL_FORM_STATE_FINAL && !private_unshared, TRUE },
    { self->new_version_button, "form.new-version",
      !redacted && state != OPL_FORM_STATE_DRAFT && is_author (self) &&
      opl_form_get_superseded_by (self->form) == NULL, FALSE },
    { self->discard_button, "form.discard", editable, FALSE },
  };
  gboolean any = FALSE;
  GtkWidget *suggested = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      actions[i].visible &= !self->history;
      gtk_widget_set_visible (actions[i].button, actions[i].visible);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i].action, actions[i].visible);
      if (suggested == NULL && actions[i].visible && actions[i].step)
        suggested = actions[i].button;
      if (actions[i].step)
        gtk_widget_remove_css_class (actions[i].button, "suggested-action");
      any |= actions[i].visible;
    }

  if (suggested != NULL)
    gtk_widget_add_css_class (suggested, "suggested-action");
  gtk_widget_set_visible (self->actions_box, any);
}

static void
update_summary (OplFormEditor *self)
{
  g_autoptr(GPtrArray) missing = NULL;
  guint n_required;

  opl_compat_list_box_remove_all (self->summary_list);
  if (opl_form_is_redacted (self->form))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->summary_group), FALSE);
      update_actions (self);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->summary_group), TRUE);
  missing = opl_form_get_missing (self->form);
  n_required = opl_form_get_n_required (self->form);

  add_answered_row (self, n_required, missing->len);
  if (missing->len > 0 && is_editable (self))
    add_missing_row (self, missing);
  add_distribution_rows (self);
  update_actions (self);
}

/* Building the form */

static void
add_redacted_note (OplFormEditor *self)
{
  GtkWidget *status = adw_status_page_new ();
  g_autofree char *description = NULL;

  if (opl_form_is_private (self->form))
    /* Translators: %s is the name of the form's author */
    description = g_strdup_printf (_("%s keeps this form private until they share it. You can see that it "
                                     "is pending, not what it says."),
                                   person_name (self, opl_form_get_author_id (self->form)));
  else
    /* The blind self-assessment (opl_store_may_see_form()). Translators: %d is a month
     * of the training year */
    description = g_strdup_printf (_("You see this assessment once your own self-assessment of training month %d is "
                                     "signed off and shared, so that it stays your own view."),
                                   opl_form_get_moment_month (self->form));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "changes-prevent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Pending"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_box_append (self->sections_box, status);
}

static void
build (OplFormEditor *self)
{
  OplFormDefinition *definition = opl_form_get_definition (self->form);
  OplFormRole role = opl_form_get_author_role (self->form);
  gboolean editable = is_editable (self);
  GtkWidget *child;

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_hash_table_remove_all (self->pending);
  g_hash_table_remove_all (self->conflicts);
  g_ptr_array_set_size (self->rows, 0);
  self->state_row = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);

  update_title (self);
  fill_header (self);
  gtk_widget_set_visible (self->keys_label, editable);

  if (opl_form_is_redacted (self->form))
    {
      add_redacted_note (self);
      update_summary (self);
      return;
    }

  for (guint s = 0; s < opl_form_definition_get_n_sections (definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, s);
      GtkWidget *group;

      /* A section for other fillers (the aios's leerdoelen) is not in this form. */
      if (!opl_form_section_applies_to (section, role))
        continue;

      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), section->title);
      if (section->help != NULL && *section->help != '\0')
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), section->help);

      for (guint i = 0; i < section->n_items; i++)
        {
          const OplFormItem *item = &section->items[i];
          const OplFormAnswer *answer = opl_form_get_answer (self->form, item->id);
          GtkWidget *row = opl_form_item_row_new (definition, item);

          opl_form_item_row_set_answer (OPL_FORM_ITEM_ROW (row),
                                        answer != NULL ? answer->value : NULL,
                                        answer != NULL ? answer->note : NULL);
          opl_form_item_row_set_editable (OPL_FORM_ITEM_ROW (row), editable);
          g_signal_connect_object (row, "changed", G_CALLBACK (on_row_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "navigate", G_CALLBACK (on_row_navigate_cb), self, G_CONNECT_SWAPPED);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          g_ptr_array_add (self->rows, row);
        }

      gtk_box_append (self->sections_box, group);
    }

  update_summary (self);
}

/* Confirmations */

static void
on_dialog_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       OplFormEditor    *self)
{
  DialogCallback callback = g_object_get_data (G_OBJECT (dialog), "opl-callback");
  const char *accept = g_object_get_data (G_OBJECT (dialog), "opl-accept");
  GDate date;

  g_date_clear (&date, 1);
  if (self->dialog_date != NULL)
    date = *opl_date_button_get_date (OPL_DATE_BUTTON (self->dialog_date));
  else
    opl_date_set_today (&date);

  if (self->dialog == dialog)
    {
      self->dialog = NULL;
      self->dialog_date = NULL;
    }

  if (g_strcmp0 (response, accept) == 0 && callback != NULL)
    callback (self, &date);
}

/* Asks before @callback; with @date_label, also for the day it happens (today first). */
static void
confirm (OplFormEditor          *self,
         const char             *heading,
         const char             *body,
         const char             *accept_label,
         AdwResponseAppearance   appearance,
         const char             *date_label,
         DialogCallback          callback)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "accept", accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", appearance);
  /* Enter confirms what the person asked for, except where it destroys something. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                           appearance == ADW_RESPONSE_DESTRUCTIVE ? "cancel" : "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  self->dialog_date = NULL;
  if (date_label != NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new_with_mnemonic (date_label);
      GtkWidget *button = opl_date_button_new (date_label);

      gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), opl_date_button_get_menu_button (OPL_DATE_BUTTON (button)));
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), button);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
      self->dialog_date = button;
    }

  g_object_set_data (G_OBJECT (dialog), "opl-callback", callback);
  g_object_set_data (G_OBJECT (dialog), "opl-accept", (gpointer) "accept");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response_cb), self, 0);
  self->dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Enter answers the question; the day is one Tab away (the dialog would otherwise
   * start on the date button, where Enter opens the calendar). */
  if (gtk_window_get_default_widget (GTK_WINDOW (dialog)) != NULL)
    gtk_widget_grab_focus (gtk_window_get_default_widget (GTK_WINDOW (dialog)));
}

static void
on_problem_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        OplFormEditor    *self)
{
  if (self->dialog == dialog)
    self->dialog = NULL;

  if (g_strcmp0 (response, "go") == 0)
    {
      g_autoptr(GPtrArray) missing = opl_form_get_missing (self->form);

      if (missing->len > 0)
        focus_item (self, ((const OplFormItem *) g_ptr_array_index (missing, 0))->id);
    }
}

/* Says what the store refused and why, in its words. */
static void
show_problem (OplFormEditor *self,
              const char    *heading,
              const GError  *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  gboolean incomplete = g_error_matches (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INCOMPLETE);

  g_free (self->last_message);
  self->last_message = g_strdup (error->message);

  if (incomplete && is_editable (self))
    {
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "close", _("_Close"),
                                        "go", _("_Go to the First Missing Item"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "go", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "go");
    }
  else
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_problem_response_cb), self, 0);
  self->dialog = ADW_MESSAGE_DIALOG (dialog);
  self->dialog_date = NULL;
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reads the form again as the store has it now (what another window changed too). */
static void
reload (OplFormEditor *self)
{
  g_autoptr(OplForm) form = NULL;
  g_autoptr(GError) error = NULL;

  form = opl_store_load_form (self->store, opl_form_get_id (self->form), opl_person_get_id (self->person), &error);
  if (form == NULL)
    {
      g_debug ("Reading the form again failed: %s", error->message);
      return;
    }

  g_set_object (&self->form, form);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORM]);
}

/* Actions */

static void
do_finalize (OplFormEditor *self,
             const GDate   *date)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *message = NULL;

  if (!opl_form_editor_flush (self))
    return;

  if (!opl_store_finalize_form (self->store, self->form, opl_person_get_id (self->person), date, &error))
    {
      show_problem (self, _("Not Finalised"), error);
      return;
    }

  day = opl_format_date (date);
  /* Translators: %s is a date */
  message = g_strdup_printf (_("Finalised on %s"), day);
  build (self);
  show_toast (self, message);
  go_to_summary (self);
}

static void
opl_form_editor_finalize_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  OplFormEditor *self = OPL_FORM_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  opl_form_editor_flush (self);

  /* What is missing is said before the person is asked to sign. */
  if (!opl_form_check_complete (self->form, &error))
    {
      show_problem (self, _("Not Ready to Finalise"), error);
      return;
    }

  body = g_strdup_printf (_("You sign this %s off as its author. A final form can no longer be changed; "
                            "a new version can replace it and keeps it readable."),
                          opl_form_kind_get_label (opl_form_get_kind (self->form)));
  confirm (self, _("Finalise This Form?"), body, _("_Finalise"), ADW_RESPONSE_SUGGESTED,
           _("_Signed off on"), do_finalize);
}

static void
do_share (OplFormEditor *self,
          const GDate   *date)
{
  g_autoptr(GError) error = NULL;

  opl_form_editor_flush (self);
  if (!opl_store_share_form (self->store, self->form, opl_person_get_id (self->person), &error))
    {
      show_problem (self, _("Not Shared"), error);
      return;
    }

  build (self);
  show_toast (self, _("Shared with your opleiders"));
  go_to_summary (self);
}

static void
opl_form_editor_share_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  OplFormEditor *self = OPL_FORM_EDITOR (widget);

  confirm (self, _("Share With Your Opleiders?"),
           _("Until now only you can see this form. Once it is shared, your opleiders see your "
             "answers and can discuss them with you. Sharing can’t be undone."),
           _("_Share"), ADW_RESPONSE_SUGGESTED, NULL, do_share);
}

static void
do_mark_discussed (OplFormEditor *self,
                   const GDate   *date)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *message = NULL;

  if (!opl_store_mark_form_discussed (self->store, self->form, date, &error))
    {
      show_problem (self, _("Not Marked as Discussed"), error);
      return;
    }

  reload (self);
  day = opl_format_date (date);
  /* Translators: %s is a date */
  message = g_strdup_printf (_("Marked as discussed on %s"), day);
  build (self);
  show_toast (self, message);
  go_to_summary (self);
}

static void
opl_form_editor_mark_discussed_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  OplFormEditor *self = OPL_FORM_EDITOR (widget);

  confirm (self, _("Mark as Discussed?"),
           _("The form was talked through in a leergesprek or voortgangsgesprek."),
           _("_Mark as Discussed"), ADW_RESPONSE_SUGGESTED, _("_Discussed on"), do_mark_discussed);
}

static void
do_new_version (OplFormEditor *self,
                const GDate   *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplForm) form = NULL;

  form = opl_store_new_form_version (self->store, self->form, opl_person_get_id (self->person), &error);
  if (form == NULL)
    {
      show_problem (self, _("No New Version"), error);
      return;
    }

  g_set_object (&self->form, form);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORM]);
  self->saved_once = FALSE;
  build (self);
  show_toast (self, _("New version started; the final version stays as it was"));
  if (self->rows->len > 0)
    opl_form_item_row_focus_answer (g_ptr_array_index (self->rows, 0));
}

static void
opl_form_editor_new_version_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  OplFormEditor *self = OPL_FORM_EDITOR (widget);

  confirm (self, _("Start a New Version?"),
           _("The final version stays as it is and can still be read. The new version starts as a "
             "draft with the same answers, and replaces the final one once you finalise it."),
           _("Start _New Version"), ADW_RESPONSE_SUGGESTED, NULL, do_new_version);
}

static void
do_discard (OplFormEditor *self,
            const GDate   *date)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_hash_table_remove_all (self->pending);
  if (!opl_store_discard_form_draft (self->store, self->form, opl_person_get_id (self->person), &error))
    {
      show_problem (self, _("Draft Not Deleted"), error);
      return;
    }

  if (parent != NULL)
    opl_window_show_toast_for (GTK_WIDGET (parent), _("Draft deleted"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
opl_form_editor_discard_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  OplFormEditor *self = OPL_FORM_EDITOR (widget);

  confirm (self, _("Delete This Draft?"),
           _("Its answers are lost. The moment asks for the form again."),
           _("_Delete"), ADW_RESPONSE_DESTRUCTIVE, NULL, do_discard);
}

static void
opl_form_editor_go_to_summary_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  OplFormEditor *self = OPL_FORM_EDITOR (widget);

  opl_form_editor_flush (self);
  go_to_summary (self);
}

static void
opl_form_editor_open_version_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  OplFormEditor *self = OPL_FORM_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplForm) form = NULL;
  GtkWidget *editor;

  opl_form_editor_flush (self);
  form = opl_store_load_form (self->store, g_variant_get_string (parameter, NULL),
                              opl_person_get_id (self->person), &error);
  if (form == NULL)
    {
      show_problem (self, _("Could Not Open the Version"), error);
      return;
    }

  editor = opl_form_editor_new (self->store, self->person, self->traject, form);
  gtk_window_set_transient_for (GTK_WINDOW (editor), gtk_window_get_transient_for (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (editor));
}

static gboolean
on_close_request_cb (OplFormEditor *self)
{
  /* What waits for its autosave is saved now. When that fails (or an answer changed
   * elsewhere waits for a choice), the window stays once, with the rows marked and a
   * toast saying why; closing again closes. */
  if (opl_form_editor_flush (self) || self->close_anyway)
    return FALSE;

  self->close_anyway = TRUE;
  show_toast (self, _("Some answers were not saved; close again to close anyway"));
  return TRUE;
}

/* GObject */

static void
opl_form_editor_constructed (GObject *object)
{
  OplFormEditor *self = (OplFormEditor *)object;

  G_OBJECT_CLASS (opl_form_editor_parent_class)->constructed (object);

  g_assert (OPL_IS_STORE (self->store));
  g_assert (OPL_IS_PERSON (self->person));
  g_assert (OPL_IS_TRAJECT (self->traject));
  g_assert (OPL_IS_FORM (self->form));

  build (self);

  /* The keyboard starts where the work is: the first item without an answer. */
  if (is_editable (self))
    {
      g_autoptr(GPtrArray) missing = opl_form_get_missing (self->form);

      if (missing->len > 0)
        focus_item (self, ((const OplFormItem *) g_ptr_array_index (missing, 0))->id);
      else if (self->rows->len > 0)
        opl_form_item_row_focus_answer (g_ptr_array_index (self->rows, 0));
    }
}

static void
opl_form_editor_dispose (GObject *object)
{
  OplFormEditor *self = (OplFormEditor *)object;

  self->disposing = TRUE;
  if (self->store != NULL && self->form != NULL)
    opl_form_editor_flush (self);

  g_clear_handle_id (&self->save_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_FORM_EDITOR);
  self->state_row = NULL;
  self->dialog = NULL;
  self->dialog_date = NULL;
  self->conflict_dialog = NULL;
  if (self->rows != NULL)
    g_ptr_array_set_size (self->rows, 0);
  if (self->pending != NULL)
    g_hash_table_remove_all (self->pending);
  if (self->conflicts != NULL)
    g_hash_table_remove_all (self->conflicts);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->traject);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (opl_form_editor_parent_class)->dispose (object);
}

static void
opl_form_editor_finalize (GObject *object)
{
  OplFormEditor *self = (OplFormEditor *)object;

  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->conflicts, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->conflict_message, g_free);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (opl_form_editor_parent_class)->finalize (object);
}

static void
opl_form_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OplFormEditor *self = OPL_FORM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    case PROP_TRAJECT:
      g_value_set_object (value, self->traject);
      break;
    case PROP_FORM:
      g_value_set_object (value, self->form);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_form_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OplFormEditor *self = OPL_FORM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    case PROP_TRAJECT:
      self->traject = g_value_dup_object (value);
      break;
    case PROP_FORM:
      self->form = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_form_editor_class_init (OplFormEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_form_editor_constructed;
  object_class->dispose = opl_form_editor_dispose;
  object_class->finalize = opl_form_editor_finalize;
  object_class->get_property = opl_form_editor_get_property;
  object_class->set_property = opl_form_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OPL_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TRAJECT] =
    g_param_spec_object ("traject", NULL, NULL,
                         OPL_TYPE_TRAJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The form shown; a new version replaces it. */
  properties[PROP_FORM] =
    g_param_spec_object ("form", NULL, NULL,
                         OPL_TYPE_FORM,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-form-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, summary_button);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, header_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, header_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, keys_label);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, sections_box);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, summary_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, summary_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, actions_box);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, finalize_button);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, share_button);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, discussed_button);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, new_version_button);
  gtk_widget_class_bind_template_child (widget_class, OplFormEditor, discard_button);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request_cb);

  gtk_widget_class_install_action (widget_class, "form.finalize", NULL, opl_form_editor_finalize_action);
  gtk_widget_class_install_action (widget_class, "form.share", NULL, opl_form_editor_share_action);
  gtk_widget_class_install_action (widget_class, "form.mark-discussed", NULL,
                                   opl_form_editor_mark_discussed_action);
  gtk_widget_class_install_action (widget_class, "form.new-version", NULL, opl_form_editor_new_version_action);
  gtk_widget_class_install_action (widget_class, "form.discard", NULL, opl_form_editor_discard_action);
  gtk_widget_class_install_action (widget_class, "form.go-to-summary", NULL,
                                   opl_form_editor_go_to_summary_action);
  gtk_widget_class_install_action (widget_class, "form.open-version", "s", opl_form_editor_open_version_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OPL_TYPE_DATE_BUTTON);
}

static void
opl_form_editor_init (OplFormEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  opl_dialogs_add_ctrl_enter (GTK_WIDGET (self), "form.go-to-summary");
  self->pending = g_hash_table_new (NULL, NULL);
  self->conflicts = g_hash_table_new (NULL, NULL);
  self->rows = g_ptr_array_new ();
}

/**
 * opl_form_editor_new:
 * @person: who looks (and, for their own draft, fills in)
 * @traject: the traject the form belongs to
 * @form: the form as @person may see it (opl_store_load_form()), with its answers
 */
GtkWidget *
opl_form_editor_new (OplStore   *store,
                     OplPerson  *person,
                     OplTraject *traject,
                     OplForm    *form)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (traject), NULL);
  g_return_val_if_fail (OPL_IS_FORM (form), NULL);

  return g_object_new (OPL_TYPE_FORM_EDITOR,
                       "store", store,
                       "person", person,
                       "traject", traject,
                       "form", form,
                       NULL);
}

/**
 * opl_form_editor_show_as_history:
 *
 * Shows the form of an ended traject to read only: no answer can change and no next
 * step (finalise, share, mark as discussed, a new version) is offered.
 */
void
opl_form_editor_show_as_history (OplFormEditor *self)
{
  g_return_if_fail (OPL_IS_FORM_EDITOR (self));

  self->history = TRUE;
  update_actions (self);
  for (guint i = 0; i < self->rows->len; i++)
    opl_form_item_row_set_editable (g_ptr_array_index (self->rows, i), FALSE);
}

OplForm *
opl_form_editor_get_form (OplFormEditor *self)
{
  g_return_val_if_fail (OPL_IS_FORM_EDITOR (self), NULL);

  return self->form;
}

/* For the tests */

OplFormItemRow *
opl_form_editor_find_row (OplFormEditor *self,
                          const char    *item_id)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      OplFormItemRow *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (opl_form_item_row_get_item (row)->id, item_id) == 0)
        return row;
    }

  return NULL;
}

GtkWidget *
opl_form_editor_get_action_button (OplFormEditor *self,
                                   const char    *action)
{
  if (g_str_equal (action, "finalize"))
    return self->finalize_button;
  if (g_str_equal (action, "share"))
    return self->share_button;
  if (g_str_equal (action, "mark-discussed"))
    return self->discussed_button;
  if (g_str_equal (action, "new-version"))
    return self->new_version_button;
  if (g_str_equal (action, "discard"))
    return self->discard_button;
  g_return_val_if_reached (NULL);
}

AdwMessageDialog *
opl_form_editor_get_dialog (OplFormEditor *self)
{
  return self->dialog;
}

GtkWidget *
opl_form_editor_get_dialog_date (OplFormEditor *self)
{
  return self->dialog_date;
}

GtkListBox *
opl_form_editor_get_summary_list (OplFormEditor *self)
{
  return self->summary_list;
}

GtkListBox *
opl_form_editor_get_header_list (OplFormEditor *self)
{
  return self->header_list;
}

const char *
opl_form_editor_get_last_message (OplFormEditor *self)
{
  return self->last_message;
}

guint
opl_form_editor_get_n_pending (OplFormEditor *self)
{
  return g_hash_table_size (self->pending);
}

AdwMessageDialog *
opl_form_editor_get_conflict_dialog (OplFormEditor *self)
{
  return self->conflict_dialog;
}

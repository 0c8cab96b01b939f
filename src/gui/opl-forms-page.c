/* opl-forms-page.c: the Formulieren view: an aios traject's forms, its KPB/KVB and its
 * diensten.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forms: what the schedule's moments ask for (each with “Fill In” or “Open”), the
 * drafts, the final and the discussed forms, another profile's private forms only as
 * “pending”, and the ComBel side by side. KPB/KVB and diensten: the count against the
 * year's pace, the entries, and for diensten the rule of supervision at a distance.
 *
 * What the person may see, what is due and every count come from the store; the
 * page shows them as they are.
 */

#define G_LOG_DOMAIN "opl-forms-page"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-combel-compare.h"
#include "opl-compat.h"
#include "opl-date.h"
#include "opl-date-button.h"
#include "opl-dienst-dialog.h"
#include "opl-format.h"
#include "opl-form-launcher.h"
#include "opl-forms-page-private.h"
#include "opl-kpb-dialog.h"
#include "opl-pace-row.h"
#include "opl-store-institute.h"
#include "opl-rows.h"
#include "opl-window.h"

struct _OplFormsPage
{
  OplPage              parent_instance;

  /* Template widgets */
  GtkListBox          *selector_list;
  AdwComboRow         *aios_row;
  AdwViewStack        *view_stack;
  AdwPreferencesGroup *due_group;
  GtkListBox          *due_list;
  AdwPreferencesGroup *drafts_group;
  GtkListBox          *drafts_list;
  AdwPreferencesGroup *pending_group;
  GtkListBox          *pending_list;
  AdwPreferencesGroup *final_group;
  GtkListBox          *final_list;
  AdwPreferencesGroup *discussed_group;
  GtkListBox          *discussed_list;
  AdwPreferencesGroup *compare_group;
  GtkWidget           *later_box;
  GtkListBox          *compare_list;
  GtkListBox          *kpb_pace_list;
  AdwPreferencesGroup *kpb_group;
  GtkListBox          *kpb_list;
  GtkListBox          *diensten_pace_list;
  AdwPreferencesGroup *supervision_group;
  GtkListBox          *supervision_list;
  GtkListBox          *diensten_list;

  /* Owned references */
  OplStore            *store;         /* the page's, for brevity */
  OplPerson           *person;        /* the page's, followed on each refresh */
  GPtrArray           *trajecten;     /* OplTraject, the choices of aios_row */
  char                *traject_id;    /* the traject shown */
  GArray              *kpb_entries;   /* OplKpbEntry, as listed */
  GArray              *diensten;      /* OplDienst, as listed */

  /* Borrowed references */
  OplPaceRow          *kpb_pace_row;
  OplPaceRow          *diensten_pace_row;
  GtkWidget           *last_window;   /* the editor or dialog opened last */

  /* The KPB/KVB and Diensten tabs are built when first shown (issue 19): the view
   * stack measures every tab, and a year of KPB/KVB is 40 to 50 rows of two lines
   * nobody sees until they choose the tab. */
  gboolean             kpb_built;
  gboolean             diensten_built;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (OplFormsPage, opl_forms_page, OPL_TYPE_PAGE)

/* Helpers */

static GtkWidget *
add_row (GtkListBox *list,
         const char *icon_name,
         const char *icon_style,
         const char *title,
         const char *subtitle)
{
  /* Without opl_rows_append()'s icon: these icons keep their own width. */
  GtkWidget *row = opl_rows_append (list, NULL, NULL, title, subtitle);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  if (icon_name != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), opl_rows_new_icon (icon_name, icon_style));

  return row;
}

static void
add_note_row (GtkListBox *list,
              const char *title,
              const char *subtitle)
{
  GtkWidget *row = add_row (list, NULL, NULL, title, subtitle);

  gtk_widget_add_css_class (row, "dim-label");
}

static GtkWidget *
add_pill (GtkWidget  *row,
          const char *text,
          const char *style)
{
  GtkWidget *pill = gtk_label_new (text);

  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "opl-pill");
  if (style != NULL)
    gtk_widget_add_css_class (pill, style);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
  return pill;
}

/* Makes @row open something through @action (with @target) when activated. */
static void
make_activatable (GtkWidget  *row,
                  const char *action,
                  GVariant   *target)
{
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: an action name without its target would not match the action. */
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
}

static gboolean
has_ended (OplTraject  *traject,
           const GDate *today)
{
  const GDate *end = opl_traject_get_end (traject);

  return end != NULL && g_date_compare (end, today) < 0;
}

static OplTraject *
get_traject (OplFormsPage *self)
{
  for (guint i = 0; self->trajecten != NULL && i < self->trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (self->trajecten, i);

      if (g_strcmp0 (opl_traject_get_id (traject), self->traject_id) == 0)
        return traject;
    }

  return NULL;
}

static const char *
person_name (OplFormsPage *self,
             const char   *person_id)
{
  OplPerson *person = person_id != NULL ? opl_store_lookup_person (self->store, person_id) : NULL;

  return person != NULL ? opl_person_get_name (person) : _("Someone who left the practice");
}

static void
present_window (OplFormsPage *self,
                GtkWidget    *window)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  self->last_window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->last_window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_saved_cb (OplFormsPage *self,
             const char   *message)
{
  opl_window_show_toast_for (GTK_WIDGET (self), message);
}

/* “ComBel” or “LEOh about Anna de Vries” */
static char *
form_title (OplFormsPage *self,
            OplTraject   *traject,
            OplFormKind   kind,
            const char   *subject_id,
            const char   *author_id)
{
  if (subject_id == NULL || g_strcmp0 (subject_id, opl_traject_get_aios_id (traject)) == 0)
    return g_strdup (opl_form_kind_get_label (kind));

  if (g_strcmp0 (subject_id, author_id) == 0)
    {
      /* Translators: an opleider's evaluation of themselves: “LEOh self-evaluation” */
      return g_strdup_printf (_("%s self-evaluation"), opl_form_kind_get_label (kind));
    }

  /* Translators: a form about one opleider: “LEOh about Anna de Vries” */
  return g_strdup_printf (_("%s about %s"), opl_form_kind_get_label (kind), person_name (self, subject_id));
}

/* The Forms tab: what is due */

static const char *
slot_state_label (const OplFormSlot *slot,
                  const char       **style)
{
  *style = "dim-label";
  if (slot->form == NULL)
    return _("Not started");
  if (opl_form_is_redacted (slot->form))
    return _("Pending");

  *style = opl_form_get_state (slot->form) == OPL_FORM_STATE_DRAFT ? "accent" : "success";
  return opl_form_state_get_label (opl_form_get_state (slot->form));
}

static gboolean
is_own_slot (OplFormsPage      *self,
             const OplFormSlot *slot)
{
  OplFormRole role;

  if (!opl_form_role_for_person (opl_person_get_role (self->person), &role) || role != slot->author_role)
    return FALSE;

  return slot->author_id == NULL || g_strcmp0 (slot->author_id, opl_person_get_id (self->person)) == 0;
}

static void
add_slot_row (OplFormsPage      *self,
              OplTraject        *traject,
              const OplMoment   *moment,
              OplFormKind        kind,
              OplFormDefinition *definition,
              const OplFormSlot *slot)
{
  g_autofree char *title = form_title (self, traject, kind, slot->subject_id, slot->author_id);
  g_autofree char *due = opl_format_date (&moment->due);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *key = NULL;
  gboolean overdue = moment->state == OPL_MOMENT_STATE_OVERDUE;
  const char *style = NULL;
  const char *state = slot_state_label (slot, &style);
  const char *label;
  GtkWidget *row, *action = NULL;

  if (overdue)
    {
      /* Translators: a moment's month and date, when it is overdue: “month 3 · overdue since 1 October 2026” */
      when = g_strdup_printf (_("training month %d · overdue since %s"), moment->month, due);
    }
  else
    {
      /* Translators: a moment's month and due date: “month 6 · due 1 January 2027” */
      when = g_strdup_printf (_("training month %d · due %s"), moment->month, due);
    }
  label = opl_form_filler_get_label (definition, kind, slot->author_role);
  /* “Voortgangsadvies” needs no second name. */
  subtitle = g_strcmp0 (label, title) == 0 ? g_strdup (when) : g_strdup_printf ("%s\n%s", label, when);

  row = add_row (self->due_list, overdue ? "dialog-warning-symbolic" : "x-office-document-symbolic",
                 overdue ? "error" : NULL, title, subtitle);
  if (overdue)
    gtk_widget_add_css_class (row, "opl-overdue");

  key = g_strdup_printf ("%s:%d:%d:%s", opl_form_kind_to_string (kind), moment->month, slot->author_role,
                         slot->subject_id != NULL ? slot->subject_id : "");
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_steal_pointer (&key), g_free);

  /* The person's own form gets its button (which says how far it is: Fill In,
   * Continue, Open); the others show their state. */
  if (is_own_slot (self, slot))
    action = opl_form_launcher_create_button (self->store, self->person, traject, moment, slot->subject_id);

  if (action != NULL && GTK_IS_BUTTON (action))
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), action);
      opl_rows_activate_like (row, action);
      g_object_set_data (G_OBJECT (row), "opl-button", action);
      g_object_set_data (G_OBJECT (row), "opl-state", (gpointer) state);
    }
  else
    {
      if (action != NULL)
        g_object_unref (g_object_ref_sink (action));
      add_pill (row, state, style);
      g_object_set_data (G_OBJECT (row), "opl-state", (gpointer) state);
    }
}

static void
fill_due (OplFormsPage *self,
          OplTraject   *traject,
          const GDate  *today)
{
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  gboolean next_shown[OPL_N_FORM_KINDS] = { FALSE };
  guint n_rows = 0;

  moments = opl_store_get_schedule (self->store, traject, today, &error);
  if (moments == NULL)
    {
      g_debug ("Reading the schedule failed: %s", error->message);
      add_row (self->due_list, "dialog-warning-symbolic", "error", _("Could not read the training year"),
               error->message);
      return;
    }

  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);
      OplFormDefinition *definition;
      g_autoptr(GArray) slots = NULL;
      OplFormKind kind;

      if (moment->state == OPL_MOMENT_STATE_DONE || !opl_form_kind_for_moment (moment->kind, &kind))
        continue;

      /* What is overdue or due, and the next moment of each kind to prepare for. */
      if (moment->state == OPL_MOMENT_STATE_UPCOMING)
        {
          if (next_shown[kind])
            continue;
          next_shown[kind] = TRUE;
        }

      slots = opl_store_get_moment_forms (self->store, traject, kind, moment->month,
                                          opl_person_get_id (self->person), &error);
      if (slots == NULL)
        {
          g_debug ("Reading a moment's forms failed: %s", error->message);
          g_clear_error (&error);
          continue;
        }

      definition = opl_form_registry_get_current (opl_store_get_form_registry (self->store), kind);
      for (guint s = 0; s < slots->len; s++)
        {
          const OplFormSlot *slot = &g_array_index (slots, OplFormSlot, s);

          add_slot_row (self, traject, moment, kind,
                        slot->form != NULL ? opl_form_get_definition (slot->form) : definition, slot);
          n_rows++;
        }
    }

  if (n_rows == 0)
    add_note_row (self->due_list, _("No forms are due"), _("Forms appear here when their moment comes near."));
}

/* The Forms tab: drafts, pending, final, discussed */

static void
add_form_row (OplFormsPage *self,
              OplTraject   *traject,
              OplForm      *form)
{
  OplFormKind kind = opl_form_get_kind (form);
  OplFormDefinition *definition = opl_form_get_definition (form);
  g_autofree char *title = form_title (self, traject, kind, opl_form_get_subject_id (form),
                                       opl_form_get_author_id (form));
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *month = NULL;
  g_autofree char *by = NULL;
  g_autofree char *when = NULL;
  GtkListBox *list;
  const char *icon_name, *icon_style = NULL;
  GtkWidget *row;

  g_strv_builder_add (parts, opl_form_filler_get_label (definition, kind, opl_form_get_author_role (form)));
  if (opl_form_get_moment_month (form) > 0)
    {
      /* Translators: %d is a month of the training year */
      month = g_strdup_printf (_("training month %d"), opl_form_get_moment_month (form));
      g_strv_builder_add (parts, month);
    }
  /* Translators: %s is the name of who fills in a form */
  by = g_strdup_printf (_("by %s"), person_name (self, opl_form_get_author_id (form)));
  g_strv_builder_add (parts, by);

  if (opl_form_is_redacted (form))
    {
      list = self->pending_list;
      icon_name = "changes-prevent-symbolic";
      icon_style = "dim-label";
    }
  else
    {
      switch (opl_form_get_state (form))
        {
        case OPL_FORM_STATE_FINAL:
          {
            g_autofree char *day = opl_format_date (opl_form_get_finalized_on (form));

            /* Translators: %s is a date */
            when = g_strdup_printf (_("signed off on %s"), day);
            list = self->final_list;
            icon_name = "emblem-ok-symbolic";
            icon_style = "success";
          }
          break;
        case OPL_FORM_STATE_DISCUSSED:
          {
            g_autofree char *day = opl_format_date (opl_form_get_discussed_on (form));

            /* Translators: %s is a date */
            when = g_strdup_printf (_("discussed on %s"), day);
            list = self->discussed_list;
            icon_name = "emblem-ok-symbolic";
            icon_style = "success";
          }
          break;
        case OPL_FORM_STATE_DRAFT:
        default:
          list = self->drafts_list;
          icon_name = "document-edit-symbolic";
          icon_style = "accent";
          break;
        }
      if (when != NULL)
        g_strv_builder_add (parts, when);
    }

  strv = g_strv_builder_end (parts);
  subtitle = g_strjoinv (" · ", strv);
  row = add_row (list, icon_name, icon_style, title, subtitle);
  g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup (opl_form_get_id (form)), g_free);

  if (opl_form_is_redacted (form))
    {
      add_pill (row, _("Pending"), "dim-label");
      gtk_widget_set_tooltip_text (row, opl_form_is_private (form)
                                          ? _("Private until its author shares it")
                                          : _("Shown once your own self-assessment of this moment is shared"));
      return;
    }

  if (opl_form_is_private (form) && !opl_form_is_shared (form))
    add_pill (row, _("Private"), "dim-label");
  if (opl_form_get_supersedes (form) != NULL)
    {
      /* Translators: %d counts the versions of a form */
      g_autofree char *version = g_strdup_printf (_("Version %d"), opl_form_get_version_number (form));

      add_pill (row, version, "accent");
    }
  make_activatable (row, "forms.open-form", g_variant_new_string (opl_form_get_id (form)));
}

static void
fill_forms (OplFormsPage *self,
            OplTraject   *traject)
{
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GError) error = NULL;

  query.traject_id = opl_traject_get_id (traject);
  forms = opl_store_list_forms (self->store, &query, opl_person_get_id (self->person), &error);
  if (forms == NULL)
    {
      g_debug ("Reading the forms failed: %s", error->message);
      add_row (self->drafts_list, "dialog-warning-symbolic", "error", _("Could not read the forms"), error->message);
      return;
    }

  for (guint i = 0; i < forms->len; i++)
    {
      OplForm *form = g_ptr_array_index (forms, i);

      /* KPB and KVB are quick entries, on their own tab. */
      if (opl_form_kind_is_entry (opl_form_get_kind (form)))
        continue;
      add_form_row (self, traject, form);
    }

  if (gtk_widget_get_first_child (GTK_WIDGET (self->drafts_list)) == NULL)
    add_note_row (self->drafts_list, _("No drafts"), _("A form you start is kept as a draft until you finalise it."));
  if (gtk_widget_get_first_child (GTK_WIDGET (self->final_list)) == NULL)
    add_note_row (self->final_list, _("No final forms yet"), NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->pending_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->pending_list)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->discussed_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->discussed_list)) != NULL);
}

/* The Forms tab: the ComBel side by side */

static void
fill_compare (OplFormsPage *self,
              OplTraject   *traject,
              const GDate  *today)
{
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row, *button;

  moments = opl_store_get_schedule (self->store, traject, today, &error);
  for (guint i = 0; moments != NULL && i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);
      g_autoptr(GArray) rows = NULL;
      g_autoptr(OplForm) left = NULL;
      g_autoptr(OplForm) right = NULL;
      g_autoptr(GError) compare_error = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *accessible = NULL;

      if (moment->kind != OPL_MOMENT_COMBEL)
        continue;

      /* Translators: a ComBel moment: its month */
      title = g_strdup_printf (_("Training month %d"), moment->month);
      rows = opl_store_compare_combel (self->store, traject, moment->month, opl_person_get_id (self->person),
                                       &left, &right, &compare_error);
      if (rows == NULL)
        {
          add_row (self->compare_list, "view-dual-symbolic", "dim-label", title, compare_error->message);
          continue;
        }

      subtitle = g_strdup_printf (ngettext ("%u of %u items differs", "%u of %u items differ",
                                            opl_compare_count_differences (rows)),
                                  opl_compare_count_differences (rows), rows->len);
      row = add_row (self->compare_list, "view-dual-symbolic", "accent", title, subtitle);
      button = gtk_button_new_with_label (_("Compare"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: a button's name for a screen reader: “Compare the ComBel of month 3” */
      accessible = g_strdup_printf (_("Compare the ComBel of training month %d"), moment->month);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (gint32) moment->month);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "forms.compare");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      opl_rows_activate_like (row, button);
      g_object_set_data (G_OBJECT (row), "opl-button", button);
    }

  row = add_row (self->compare_list, "view-continuous-symbolic", NULL, _("Growth Across the Year"),
                 _("Each item at months 3, 6 and 9"));
  button = gtk_button_new_with_label (_("Show Growth"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "forms.growth");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  opl_rows_activate_like (row, button);
}

/* The KPB/KVB tab */

static const char *
score_label (OplFormsPage      *self,
             GHashTable        *definitions,
             const OplKpbEntry *entry)
{
  g_autofree char *key = g_strdup_printf ("%s:%d", entry->definition_id, entry->definition_version);
  OplFormDefinition *definition = g_hash_table_lookup (definitions, key);
  const OplFormItem *item;
  const OplFormScaleOption *option;

  if (definition == NULL)
    {
      g_autoptr(GError) error = NULL;

      definition = opl_store_get_form_definition (self->store, entry->definition_id, entry->definition_version,
                                                  &error);
      if (definition == NULL)
        return entry->score;
      g_hash_table_insert (definitions, g_steal_pointer (&key), definition);
    }

  item = opl_form_definition_lookup_item (definition, "score", NULL);
  option = item != NULL && item->scale != NULL ? opl_form_scale_lookup_option (item->scale, entry->score) : NULL;
  return option != NULL ? option->label : entry->score;
}

static void
fill_kpb (OplFormsPage *self,
          OplTraject   *traject,
          const GDate  *today)
{
  g_autoptr(GHashTable) definitions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *pace_row = opl_pace_row_new (_("KPB/KVB"));
  OplPace pace;

  self->kpb_pace_row = OPL_PACE_ROW (pace_row);
  gtk_list_box_append (self->kpb_pace_list, pace_row);
  if (opl_store_get_kpb_pace (self->store, traject, today, &pace, &error))
    opl_pace_row_set_pace (self->kpb_pace_row, &pace);
  else
    opl_pace_row_set_problem (self->kpb_pace_row, error->message);
  g_clear_error (&error);

  g_clear_pointer (&self->kpb_entries, g_array_unref);
  self->kpb_entries = opl_store_list_kpb (self->store, opl_traject_get_id (traject), &error);
  if (self->kpb_entries == NULL)
    {
      add_row (self->kpb_list, "dialog-warning-symbolic", "error", _("Could not read the KPB and KVB"),
               error->message);
      return;
    }

  /* The newest first. */
  for (guint n = self->kpb_entries->len; n > 0; n--)
    {
      const OplKpbEntry *entry = &g_array_index (self->kpb_entries, OplKpbEntry, n - 1);
      const char *area = opl_competentiegebied_get_label (entry->competentiegebied);
      g_autofree char *date = opl_format_date (&entry->date);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Translators: a KPB or KVB entry: its kind and what was observed: “KPB · Consult met buikpijn” */
      title = g_strdup_printf (_("%s · %s"), entry->kind == OPL_ENTRY_KVB ? _("KVB") : _("KPB"), entry->topic);
      /* Translators: a KPB's date, competentiegebied and score, then its feedback on the next line */
      subtitle = g_strdup_printf (_("%s · %s · %s\n%s"), date, area != NULL ? area : entry->competentiegebied,
                                  score_label (self, definitions, entry),
                                  entry->feedback != NULL ? entry->feedback : "");
      row = add_row (self->kpb_list, "document-edit-symbolic", NULL, title, g_strstrip (subtitle));
      g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup (entry->id), g_free);
      make_activatable (row, "forms.edit-kpb", g_variant_new_int32 ((gint32) n - 1));
    }

  if (self->kpb_entries->len == 0)
    add_note_row (self->kpb_list, _("No KPB or KVB yet"),
                  _("About one a week: add one after each observed consultation or skill."));
}

/* The Diensten tab */

static void
fill_supervision (OplFormsPage *self,
                  OplTraject   *traject)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) messages = NULL;
  OplSupervision supervision;
  GtkWidget *row, *button;
  GDate declared;

  gtk_widget_set_visible (GTK_WIDGET (self->supervision_group), opl_traject_get_phase (traject) == OPL_PHASE_II);
  if (opl_traject_get_phase (traject) != OPL_PHASE_II)
    return;

  g_date_clear (&declared, 1);
  if (!opl_store_get_bekwaamheidsverklaring (self->store, opl_traject_get_id (traject), &declared, &error))
    {
      add_row (self->supervision_list, "dialog-warning-symbolic", "error",
               _("Could not read the bekwaamheidsverklaring"), error->message);
      return;
    }

  if (g_date_valid (&declared))
    {
      GtkWidget *date_button = opl_date_button_new (_("Bekwaamheidsverklaring"));
      g_autofree char *day = opl_format_date (&declared);
      /* Translators: %s is the day of the bekwaamheidsverklaring */
      g_autofree char *subtitle = g_strdup_printf (_("Supervision at a distance from %s"), day);

      row = add_row (self->supervision_list, "emblem-ok-symbolic", "success", _("Bekwaamheidsverklaring"), subtitle);
      opl_date_button_set_date (OPL_DATE_BUTTON (date_button), &declared);
      opl_date_button_set_compact (OPL_DATE_BUTTON (date_button), TRUE);
      g_signal_connect_object (date_button, "notify::date", G_CALLBACK (opl_forms_page_on_declaration_changed),
                               self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), date_button);
      button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Clear the Bekwaamheidsverklaring"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Clear the bekwaamheidsverklaring"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "forms.clear-declaration");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  else
    {
      row = add_row (self->supervision_list, "content-loading-symbolic", "dim-label", _("Bekwaamheidsverklaring"),
                     _("Not recorded: diensten under supervision at a distance come after it"));
      button = gtk_button_new_with_mnemonic (_("_Record"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Record the bekwaamheidsverklaring as of today"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "forms.record-declaration");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  if (!opl_store_get_supervision (self->store, traject, &supervision, &error))
    {
      add_row (self->supervision_list, "dialog-warning-symbolic", "error",
               _("Could not check the supervision at a distance"), error->message);
      return;
    }

  messages = opl_supervision_get_messages (&supervision);
  for (guint i = 0; messages[i] != NULL; i++)
    {
      /* The first message is the status; what follows are warnings. */
      gboolean ok = i == 0 && supervision.status == OPL_SUPERVISION_OK;

      row = add_row (self->supervision_list, ok ? "emblem-ok-symbolic" : "dialog-warning-symbolic",
                     ok ? "success" : "warning", messages[i], NULL);
      g_object_set_data (G_OBJECT (row), "opl-warning", GINT_TO_POINTER (!ok));
    }
}

static void
fill_diensten (OplFormsPage *self,
               OplTraject   *traject,
               const GDate  *today)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *pace_row = opl_pace_row_new (_("Diensten"));
  OplPace pace;

  self->diensten_pace_row = OPL_PACE_ROW (pace_row);
  gtk_list_box_append (self->diensten_pace_list, pace_row);
  if (opl_store_get_diensten_pace (self->store, traject, today, &pace, &error))
    opl_pace_row_set_pace (self->diensten_pace_row, &pace);
  else
    opl_pace_row_set_problem (self->diensten_pace_row, error->message);
  g_clear_error (&error);

  fill_supervision (self, traject);

  g_clear_pointer (&self->diensten, g_array_unref);
  self->diensten = opl_store_list_diensten (self->store, opl_traject_get_id (traject), &error);
  if (self->diensten == NULL)
    {
      add_row (self->diensten_list, "dialog-warning-symbolic", "error", _("Could not read the diensten"),
               error->message);
      return;
    }

  for (guint n = self->diensten->len; n > 0; n--)
    {
      const OplDienst *dienst = &g_array_index (self->diensten, OplDienst, n - 1);
      g_autofree char *date = opl_format_date (&dienst->date);
      g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;
      g_autofree char *title = NULL;
      g_autofree char *with = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Translators: a dienst: its kind and its date: “Nacht · 12 November 2026” */
      title = g_strdup_printf (_("%s · %s"), opl_dienst_kind_get_label (dienst->kind), date);
      if (dienst->with_person_id == NULL && (dienst->with_name == NULL || *dienst->with_name == '\0'))
        with = g_strdup (_("with someone else"));
      else
        /* Translators: %s is who the aios did a dienst with */
        with = g_strdup_printf (_("with %s"), dienst->with_person_id != NULL ? person_name (self, dienst->with_person_id)
                                                                               : dienst->with_name);
      g_strv_builder_add (parts, with);
      if (dienst->at_distance)
        g_strv_builder_add (parts, _("supervised at a distance"));
      /* Seed 001: only those with the opleider (or the substitute at the same post) count. */
      if (!opl_dienst_counts_towards_year (dienst))
        g_strv_builder_add (parts, _("not counted towards the 20"));
      if (dienst->note != NULL && *dienst->note != '\0')
        g_strv_builder_add (parts, dienst->note);
      strv = g_strv_builder_end (parts);
      subtitle = g_strjoinv (" · ", strv);

      row = add_row (self->diensten_list, dienst->kind == OPL_DIENST_NACHT ? "weather-clear-night-symbolic"
                                                                           : "x-office-calendar-symbolic",
                     NULL, title, subtitle);
      g_object_set_data_full (G_OBJECT (row), "opl-key", g_strdup (dienst->id), g_free);
      make_activatable (row, "forms.edit-dienst", g_variant_new_int32 ((gint32) n - 1));
    }

  if (self->diensten->len == 0)
    add_note_row (self->diensten_list, _("No diensten yet"),
                  _("At least 20 a year with the opleider or a substitute at the same post."));
}

/* Filling the page */

/* Builds the KPB/KVB or the Diensten tab (@name "kpb" or "diensten") if it is not
 * built yet for the traject shown; @floor gives its wrapping labels the floor
 * opl_page_refresh () gives the page's (when the page is not being refreshed). */
static void
build_tab (OplFormsPage *self,
           const char   *name,
           gboolean      floor)
{
  OplTraject *traject = get_traject (self);
  GtkListBox *kpb_lists[] = { self->kpb_pace_list, self->kpb_list };
  GtkListBox *diensten_lists[] = { self->diensten_pace_list, self->supervision_list, self->diensten_list };
  GDate today;

  if (traject == NULL || name == NULL)
    return;

  opl_date_set_today (&today);
  if (g_str_equal (name, "kpb") && !self->kpb_built)
    {
      self->kpb_built = TRUE;
      fill_kpb (self, traject, &today);
      for (guint i = 0; floor && i < G_N_ELEMENTS (kpb_lists); i++)
        opl_compat_floor_wrapping_labels (GTK_WIDGET (kpb_lists[i]));
    }
  else if (g_str_equal (name, "diensten") && !self->diensten_built)
    {
      self->diensten_built = TRUE;
      fill_diensten (self, traject, &today);
      for (guint i = 0; floor && i < G_N_ELEMENTS (diensten_lists); i++)
        opl_compat_floor_wrapping_labels (GTK_WIDGET (diensten_lists[i]));
    }
}

static void
on_view_stack_visible_child_cb (OplFormsPage *self)
{
  build_tab (self, adw_view_stack_get_visible_child_name (self->view_stack), TRUE);
}

static void
fill (OplFormsPage *self)
{
  GtkListBox *lists[] = {
    self->due_list, self->drafts_list, self->pending_list, self->final_list, self->discussed_list,
    self->compare_list, self->kpb_pace_list, self->kpb_list, self->diensten_pace_list, self->supervision_list,
    self->diensten_list,
  };
  OplTraject *traject = get_traject (self);
  GDate today;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    opl_compat_list_box_remove_all (lists[i]);
  self->kpb_pace_row = NULL;
  self->diensten_pace_row = NULL;
  self->kpb_built = FALSE;
  self->diensten_built = FALSE;
  g_clear_pointer (&self->kpb_entries, g_array_unref);
  g_clear_pointer (&self->diensten, g_array_unref);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "forms.add-kpb", traject != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "forms.add-dienst", traject != NULL);

  if (traject == NULL)
    {
      const char *title = opl_person_is_opleider (self->person) ? _("No aios trains with you now")
                                                                : _("No current traject");
      const char *subtitle = opl_person_is_opleider (self->person)
                               ? _("An aios’s forms appear here from the start of their traject.")
                               : _("Your opleider links you to the practice for each phase.");

      add_note_row (self->due_list, title, subtitle);
      add_note_row (self->kpb_list, title, subtitle);
      add_note_row (self->diensten_list, title, subtitle);
      gtk_widget_set_visible (GTK_WIDGET (self->drafts_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->pending_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->final_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->discussed_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->compare_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->supervision_group), FALSE);
      return;
    }

  opl_date_set_today (&today);
  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->final_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_group), TRUE);

  fill_due (self, traject, &today);
  fill_forms (self, traject);
  fill_compare (self, traject, &today);
  build_tab (self, adw_view_stack_get_visible_child_name (self->view_stack), FALSE);
}

static void
fill_trajecten (OplFormsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean stands_in = opl_person_get_role (self->person) == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;
  gboolean opleider = opl_person_is_opleider (self->person);
  guint selected = GTK_INVALID_LIST_POSITION, current = GTK_INVALID_LIST_POSITION;
  GDate today;

  opl_date_set_today (&today);
  g_clear_pointer (&self->trajecten, g_ptr_array_unref);
  self->trajecten = opl_store_list_trajecten (self->store, stands_in ? NULL : opl_person_get_id (self->person),
                                              &error);
  if (self->trajecten == NULL)
    {
      g_debug ("Reading the trajecten failed: %s", error->message);
      self->trajecten = g_ptr_array_new_with_free_func (g_object_unref);
    }

  for (guint i = 0; i < self->trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (self->trajecten, i);
      g_autofree char *label = NULL;

      if (opleider)
        {
          /* Translators: an aios and their phase, to choose between: “Charlotte Bakker · Fase I” */
          label = g_strdup_printf (_("%s · %s"), opl_traject_get_aios_name (traject),
                                   opl_format_phase (opl_traject_get_phase (traject)));
        }
      else
        {
          g_autofree char *period = opl_format_period (opl_traject_get_start (traject), opl_traject_get_end (traject));

          label = g_strdup_printf (_("%s · %s"), opl_format_phase (opl_traject_get_phase (traject)), period);
        }
      gtk_string_list_append (names, label);

      if (g_strcmp0 (opl_traject_get_id (traject), self->traject_id) == 0)
        selected = i;
      if (current == GTK_INVALID_LIST_POSITION && !has_ended (traject, &today))
        current = i;
    }

  /* The traject shown stays; otherwise the current one, or the most recent. */
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = current != GTK_INVALID_LIST_POSITION ? current : 0;

  self->filling = TRUE;
  adw_combo_row_set_model (self->aios_row, G_LIST_MODEL (names));
  if (self->trajecten->len > 0)
    adw_combo_row_set_selected (self->aios_row, selected);
  self->filling = FALSE;

  g_free (self->traject_id);
  self->traject_id = self->trajecten->len > 0
                       ? g_strdup (opl_traject_get_id (g_ptr_array_index (self->trajecten, selected)))
                       : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->aios_row), opleider ? _("Aios") : _("Traject"));
  gtk_widget_set_visible (GTK_WIDGET (self->selector_list), self->trajecten->len > 1 || opleider);
}

static void
on_aios_row_selected_cb (OplFormsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->aios_row);

  if (self->filling || self->trajecten == NULL || selected >= self->trajecten->len)
    return;

  g_free (self->traject_id);
  self->traject_id = g_strdup (opl_traject_get_id (g_ptr_array_index (self->trajecten, selected)));
  fill (self);
}

/* Actions */

static void
opl_forms_page_open_form_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  OplFormsPage *self = OPL_FORMS_PAGE (widget);
  OplTraject *traject = get_traject (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplForm) form = NULL;

  form = opl_store_load_form (self->store, g_variant_get_string (parameter, NULL),
                              opl_person_get_id (self->person), &error);
  if (form == NULL || traject == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why, in the store's words */
      message = g_strdup_printf (_("Could not open the form: %s"), error != NULL ? error->message : "");
      opl_window_show_toast_for (widget, message);
      return;
    }

  self->last_window = opl_form_launcher_present (widget, self->store, self->person, traject, form);
  g_object_add_weak_pointer (G_OBJECT (self->last_window), (gpointer *) &self->last_window);
}

static void
open_compare (OplFormsPage *self,
              int           month,
              const char   *page)
{
  OplTraject *traject = get_traject (self);

  if (traject != NULL)
    present_window (self, opl_combel_compare_new (self->store, self->person, traject, month, page));
}

static void
opl_forms_page_compare_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  open_compare (OPL_FORMS_PAGE (widget), g_variant_get_int32 (parameter), "side-by-side");
}

static void
opl_forms_page_growth_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  open_compare (OPL_FORMS_PAGE (widget), 0, "growth");
}

static void
open_kpb (OplFormsPage      *self,
          const OplKpbEntry *entry)
{
  OplTraject *traject = get_traject (self);
  GtkWidget *dialog;

  if (traject == NULL)
    return;

  dialog = opl_kpb_dialog_new (self->store, self->person, traject, entry);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  present_window (self, dialog);
}

static void
opl_forms_page_add_kpb_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  OplFormsPage *self = OPL_FORMS_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "kpb");
  open_kpb (self, NULL);
}

static void
opl_forms_page_edit_kpb_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  OplFormsPage *self = OPL_FORMS_PAGE (widget);
  int index = g_variant_get_int32 (parameter);

  if (self->kpb_entries != NULL && index >= 0 && (guint) index < self->kpb_entries->len)
    open_kpb (self, &g_array_index (self->kpb_entries, OplKpbEntry, index));
}

static void
open_dienst (OplFormsPage    *self,
             const OplDienst *dienst)
{
  OplTraject *traject = get_traject (self);
  GtkWidget *dialog;

  if (traject == NULL)
    return;

  dialog = opl_dienst_dialog_new (self->store, self->person, traject, dienst);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  present_window (self, dialog);
}

static void
opl_forms_page_add_dienst_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  OplFormsPage *self = OPL_FORMS_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "diensten");
  open_dienst (self, NULL);
}

static void
opl_forms_page_edit_dienst_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OplFormsPage *self = OPL_FORMS_PAGE (widget);
  int index = g_variant_get_int32 (parameter);

  if (self->diensten != NULL && index >= 0 && (guint) index < self->diensten->len)
    open_dienst (self, &g_array_index (self->diensten, OplDienst, index));
}

static void
set_declaration (OplFormsPage *self,
                 const GDate  *date)
{
  g_autoptr(GError) error = NULL;

  if (self->traject_id == NULL)
    return;

  if (!opl_store_set_bekwaamheidsverklaring (self->store, self->traject_id, date, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why, in the store's words */
      message = g_strdup_printf (_("Not saved: %s"), error->message);
      opl_window_show_toast_for (GTK_WIDGET (self), message);
    }
}

void
opl_forms_page_on_declaration_changed (OplFormsPage *self,
                                       GParamSpec   *pspec,
                                       GObject      *date_button)
{
  set_declaration (self, opl_date_button_get_date (OPL_DATE_BUTTON (date_button)));
}

static void
opl_forms_page_record_declaration_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  GDate today;

  opl_date_set_today (&today);
  set_declaration (OPL_FORMS_PAGE (widget), &today);
}

static void
opl_forms_page_clear_declaration_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  set_declaration (OPL_FORMS_PAGE (widget), NULL);
}

/* GObject */

static GtkWidget *
find_keyed_row (OplFormsPage *self,
                const char   *key)
{
  GtkListBox *lists[] = {
    self->due_list, self->drafts_list, self->final_list, self->discussed_list, self->compare_list,
    self->kpb_list, self->supervision_list, self->diensten_list,
  };

  /* A tab not built yet has no rows: no list is built here. */
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GtkListBox *list = lists[i];

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "opl-key"), key) == 0)
            return row;
        }
    }

  return NULL;
}

static void
opl_forms_page_refresh_page (OplPage *page)
{
  OplFormsPage *self = OPL_FORMS_PAGE (page);
  g_autofree char *focus_key = opl_page_get_focus_key (page, GTK_WIDGET (self->view_stack));
  GtkWidget *row;

  /* The store makes its people anew on a change: take the page's current one. */
  g_set_object (&self->store, opl_page_get_store (page));
  g_set_object (&self->person, opl_page_get_person (page));

  fill_trajecten (self);
  fill (self);

  /* The row that had the focus is made anew: give it the focus back. */
  row = focus_key != NULL ? find_keyed_row (self, focus_key) : NULL;
  if (row != NULL)
    {
      GtkWidget *button = g_object_get_data (G_OBJECT (row), "opl-button");

      gtk_widget_grab_focus (button != NULL ? button : row);
    }
}

static void
opl_forms_page_constructed (GObject *object)
{
  OplFormsPage *self = (OplFormsPage *)object;

  G_OBJECT_CLASS (opl_forms_page_parent_class)->constructed (object);

  opl_page_refresh (OPL_PAGE (self));
  /* The discussed forms and the ComBel comparisons lie below the fold (issue 19). */
  opl_page_show_after_layout (OPL_PAGE (self), self->later_box);
}

static void
opl_forms_page_dispose (GObject *object)
{
  OplFormsPage *self = (OplFormsPage *)object;

  if (self->last_window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->last_window), (gpointer *) &self->last_window);
  self->last_window = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_FORMS_PAGE);
  self->kpb_pace_row = NULL;
  self->diensten_pace_row = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_pointer (&self->trajecten, g_ptr_array_unref);

  G_OBJECT_CLASS (opl_forms_page_parent_class)->dispose (object);
}

static void
opl_forms_page_finalize (GObject *object)
{
  OplFormsPage *self = (OplFormsPage *)object;

  g_clear_pointer (&self->traject_id, g_free);
  g_clear_pointer (&self->kpb_entries, g_array_unref);
  g_clear_pointer (&self->diensten, g_array_unref);

  G_OBJECT_CLASS (opl_forms_page_parent_class)->finalize (object);
}

static void
opl_forms_page_class_init (OplFormsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OplPageClass *page_class = OPL_PAGE_CLASS (klass);

  object_class->constructed = opl_forms_page_constructed;
  object_class->dispose = opl_forms_page_dispose;
  object_class->finalize = opl_forms_page_finalize;

  page_class->refresh = opl_forms_page_refresh_page;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-forms-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, selector_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, aios_row);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, due_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, due_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, drafts_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, drafts_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, pending_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, pending_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, final_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, later_box);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, final_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, discussed_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, discussed_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, compare_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, compare_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, kpb_pace_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, kpb_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, kpb_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, diensten_pace_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, supervision_group);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, supervision_list);
  gtk_widget_class_bind_template_child (widget_class, OplFormsPage, diensten_list);
  gtk_widget_class_bind_template_callback (widget_class, on_aios_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "forms.open-form", "s", opl_forms_page_open_form_action);
  gtk_widget_class_install_action (widget_class, "forms.compare", "i", opl_forms_page_compare_action);
  gtk_widget_class_install_action (widget_class, "forms.growth", NULL, opl_forms_page_growth_action);
  gtk_widget_class_install_action (widget_class, "forms.add-kpb", NULL, opl_forms_page_add_kpb_action);
  gtk_widget_class_install_action (widget_class, "forms.edit-kpb", "i", opl_forms_page_edit_kpb_action);
  gtk_widget_class_install_action (widget_class, "forms.add-dienst", NULL, opl_forms_page_add_dienst_action);
  gtk_widget_class_install_action (widget_class, "forms.edit-dienst", "i", opl_forms_page_edit_dienst_action);
  gtk_widget_class_install_action (widget_class, "forms.record-declaration", NULL,
                                   opl_forms_page_record_declaration_action);
  gtk_widget_class_install_action (widget_class, "forms.clear-declaration", NULL,
                                   opl_forms_page_clear_declaration_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "forms.add-kpb", NULL);

  g_type_ensure (OPL_TYPE_DATE_BUTTON);
}

static void
opl_forms_page_init (OplFormsPage *self)
{
  g_autoptr(GtkSelectionModel) pages = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_view_stack_visible_child_cb), self, G_CONNECT_SWAPPED);

  pages = adw_view_stack_get_pages (self->view_stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      if (GTK_IS_SCROLLED_WINDOW (child))
        opl_rows_keep_focus_in_view (GTK_SCROLLED_WINDOW (child));
    }
}

GtkWidget *
opl_forms_page_new (OplStore  *store,
                    OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_FORMS_PAGE, "store", store, "person", person, NULL);
}

/**
 * opl_forms_page_select_traject:
 *
 * Returns: whether the person has that traject to show
 */
gboolean
opl_forms_page_select_traject (OplFormsPage *self,
                               const char   *traject_id)
{
  g_return_val_if_fail (OPL_IS_FORMS_PAGE (self), FALSE);

  for (guint i = 0; self->trajecten != NULL && i < self->trajecten->len; i++)
    {
      if (g_strcmp0 (opl_traject_get_id (g_ptr_array_index (self->trajecten, i)), traject_id) == 0)
        {
          adw_combo_row_set_selected (self->aios_row, i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * opl_forms_page_show_tab:
 * @tab: "forms", "kpb" or "diensten"
 */
void
opl_forms_page_show_tab (OplFormsPage *self,
                         const char   *tab)
{
  g_return_if_fail (OPL_IS_FORMS_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, tab);
}

/* For the tests */

GtkListBox *
opl_forms_page_get_list (OplFormsPage *self,
                         const char   *name)
{
  struct { const char *name; GtkListBox *list; } lists[] = {
    { "due", self->due_list }, { "drafts", self->drafts_list }, { "pending", self->pending_list },
    { "final", self->final_list }, { "discussed", self->discussed_list }, { "compare", self->compare_list },
    { "kpb", self->kpb_list }, { "supervision", self->supervision_list }, { "diensten", self->diensten_list },
  };

  /* As a person who chooses the tab would see it. */
  if (g_str_equal (name, "kpb"))
    build_tab (self, "kpb", TRUE);
  else if (g_str_equal (name, "supervision") || g_str_equal (name, "diensten"))
    build_tab (self, "diensten", TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (g_str_equal (lists[i].name, name))
        return lists[i].list;
    }

  g_return_val_if_reached (NULL);
}

OplPaceRow *
opl_forms_page_get_pace_row (OplFormsPage *self,
                             const char   *which)
{
  build_tab (self, g_str_equal (which, "diensten") ? "diensten" : "kpb", TRUE);
  return g_str_equal (which, "diensten") ? self->diensten_pace_row : self->kpb_pace_row;
}

GtkWidget *
opl_forms_page_get_last_window (OplFormsPage *self)
{
  return self->last_window;
}

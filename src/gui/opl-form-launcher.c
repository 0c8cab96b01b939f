/* opl-form-launcher.c: from a due moment to its form.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard, the traject view and the Formulieren view offer a moment's form with
 * one button: “Fill In” when the person has it to do, “Open” when there is one to
 * read. The store says which forms a moment expects and what the person may see
 * (opl_store_get_moment_forms()); a form nobody started is created as a draft,
 * pre-filled with the traject, its author, whom it is about, the moment and today.
 * The button names the workspace.open-form action, so that it works from any view.
 */

#define G_LOG_DOMAIN "opl-form-launcher"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-form-editor.h"
#include "opl-form-launcher.h"
#include "opl-store-institute.h"

/**
 * opl_form_kind_for_moment:
 *
 * Returns: whether a moment of @moment_kind has a form (the voortgangsgesprek has
 *   none), and which
 */
gboolean
opl_form_kind_for_moment (OplMomentKind  moment_kind,
                          OplFormKind   *kind)
{
  return opl_form_kind_from_string (opl_moment_kind_to_string (moment_kind), kind);
}

/* The slot of the moment that @person fills or reads; NULL when there is none. */
static const OplFormSlot *
find_slot (GArray     *slots,
           OplPerson  *person,
           const char *subject_id)
{
  const char *person_id = opl_person_get_id (person);
  OplFormRole role;

  if (!opl_form_role_for_person (opl_person_get_role (person), &role))
    return NULL;

  for (guint i = 0; i < slots->len; i++)
    {
      const OplFormSlot *slot = &g_array_index (slots, OplFormSlot, i);

      if (slot->author_role != role)
        continue;
      if (slot->author_id != NULL && g_strcmp0 (slot->author_id, person_id) != 0)
        continue;
      if (subject_id != NULL && *subject_id != '\0' && g_strcmp0 (slot->subject_id, subject_id) != 0)
        continue;
      return slot;
    }

  return NULL;
}

static GArray *
get_slots (OplStore    *store,
           OplPerson   *person,
           OplTraject  *traject,
           OplFormKind  kind,
           int          month,
           GError     **error)
{
  return opl_store_get_moment_forms (store, traject, kind, month, opl_person_get_id (person), error);
}

/**
 * opl_form_launcher_get_state:
 * @subject_id: (nullable): whom the form is about, where a moment has several (one
 *   LEOh per opleider); %NULL for the person's only form of the moment
 */
OplMomentFormState
opl_form_launcher_get_state (OplStore    *store,
                             OplPerson   *person,
                             OplTraject  *traject,
                             OplFormKind  kind,
                             int          month,
                             const char  *subject_id)
{
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GError) error = NULL;
  const OplFormSlot *slot;

  slots = get_slots (store, person, traject, kind, month, &error);
  if (slots == NULL)
    {
      g_debug ("Reading the forms of a moment failed: %s", error->message);
      return OPL_MOMENT_FORM_NONE;
    }

  slot = find_slot (slots, person, subject_id);
  if (slot == NULL)
    return OPL_MOMENT_FORM_NONE;
  if (slot->form == NULL)
    return OPL_MOMENT_FORM_TO_FILL;
  if (opl_form_is_redacted (slot->form))
    return OPL_MOMENT_FORM_PENDING;
  if (opl_form_get_state (slot->form) == OPL_FORM_STATE_DRAFT &&
      g_strcmp0 (opl_form_get_author_id (slot->form), opl_person_get_id (person)) == 0)
    return OPL_MOMENT_FORM_TO_CONTINUE;
  return OPL_MOMENT_FORM_TO_READ;
}

/**
 * opl_form_launcher_find_or_create:
 *
 * The person's form of the moment, loaded with its answers as they may see it; a
 * new draft when nobody started it.
 *
 * Returns: (transfer full): the form, or %NULL with @error set
 */
OplForm *
opl_form_launcher_find_or_create (OplStore    *store,
                                  OplPerson   *person,
                                  OplTraject  *traject,
                                  OplFormKind  kind,
                                  int          month,
                                  const char  *subject_id,
                                  GError     **error)
{
  g_autoptr(GArray) slots = NULL;
  const OplFormSlot *slot;
  OplFormDefinition *definition;
  OplFormRole role;
  GDate today;

  slots = get_slots (store, person, traject, kind, month, error);
  if (slots == NULL)
    return NULL;

  slot = find_slot (slots, person, subject_id);
  if (slot == NULL || !opl_form_role_for_person (opl_person_get_role (person), &role))
    {
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED,
                   _("This moment has no %s for you to fill in"), opl_form_kind_get_label (kind));
      return NULL;
    }

  if (slot->form != NULL)
    return opl_store_load_form (store, opl_form_get_id (slot->form), opl_person_get_id (person), error);

  definition = opl_form_registry_get_current (opl_store_get_form_registry (store), kind);
  if (definition == NULL)
    {
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_FOUND,
                   _("No definition of the %s is available"), opl_form_kind_get_label (kind));
      return NULL;
    }

  opl_date_set_today (&today);
  return opl_store_create_form_draft (store, definition, traject, opl_person_get_id (person), role,
                                      slot->subject_id, month, &today, error);
}

/**
 * opl_form_launcher_present:
 * @parent: a widget in the window the editor belongs to
 *
 * Returns: (transfer none): the editor, presented
 */
GtkWidget *
opl_form_launcher_present (GtkWidget  *parent,
                           OplStore   *store,
                           OplPerson  *person,
                           OplTraject *traject,
                           OplForm    *form)
{
  GtkWidget *editor = opl_form_editor_new (store, person, traject, form);
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static OplTraject *
find_traject (OplStore    *store,
              const char  *traject_id,
              GError     **error)
{
  g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (store, NULL, error);

  if (trajecten == NULL)
    return NULL;

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (g_strcmp0 (opl_traject_get_id (traject), traject_id) == 0)
        return g_object_ref (traject);
    }

  g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_FOUND, _("This traject is no longer in the practice"));
  return NULL;
}

/**
 * opl_form_launcher_open_moment:
 *
 * Opens the person's form of a moment in an editor.
 *
 * Returns: (transfer none): the editor, or %NULL with @error set
 */
GtkWidget *
opl_form_launcher_open_moment (GtkWidget   *parent,
                               OplStore    *store,
                               OplPerson   *person,
                               const char  *traject_id,
                               OplFormKind  kind,
                               int          month,
                               const char  *subject_id,
                               GError     **error)
{
  g_autoptr(OplTraject) traject = find_traject (store, traject_id, error);
  g_autoptr(OplForm) form = NULL;

  if (traject == NULL)
    return NULL;

  form = opl_form_launcher_find_or_create (store, person, traject, kind, month, subject_id, error);
  if (form == NULL)
    return NULL;

  return opl_form_launcher_present (parent, store, person, traject, form);
}

/**
 * opl_form_launcher_create_button:
 * @moment: the moment; one that is due or overdue gets a button that stands out
 * @subject_id: (nullable): see opl_form_launcher_get_state()
 *
 * A “Fill In”, “Continue” or “Open” button for a moment's row, or a “Pending” label
 * for another person's private form. The button activates workspace.open-form.
 *
 * Returns: (transfer floating) (nullable): the widget, or %NULL when the moment has no
 *   form for @person
 */
GtkWidget *
opl_form_launcher_create_button (OplStore        *store,
                                 OplPerson       *person,
                                 OplTraject      *traject,
                                 const OplMoment *moment,
                                 const char      *subject_id)
{
  OplMomentFormState state;
  OplFormKind kind;
  GtkWidget *button;
  g_autofree char *accessible = NULL;
  gboolean urgent = moment->state == OPL_MOMENT_STATE_DUE || moment->state == OPL_MOMENT_STATE_OVERDUE;

  if (!opl_form_kind_for_moment (moment->kind, &kind))
    return NULL;

  state = opl_form_launcher_get_state (store, person, traject, kind, moment->month, subject_id);
  switch (state)
    {
    case OPL_MOMENT_FORM_PENDING:
      button = gtk_label_new (_("Pending"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "opl-pill");
      gtk_widget_add_css_class (button, "dim-label");
      gtk_widget_set_tooltip_text (button, _("Private until its author shares it"));
      return button;

    case OPL_MOMENT_FORM_TO_FILL:
      button = gtk_button_new_with_label (_("Fill In"));
      /* Translators: a button's name for a screen reader: “Fill in ComBel, month 6” */
      accessible = g_strdup_printf (_("Fill in %s, training month %d"), opl_form_kind_get_label (kind), moment->month);
      break;

    case OPL_MOMENT_FORM_TO_CONTINUE:
      button = gtk_button_new_with_label (_("Continue"));
      /* Translators: a button's name for a screen reader: “Continue the draft of ComBel, month 6” */
      accessible = g_strdup_printf (_("Continue the draft of %s, training month %d"), opl_form_kind_get_label (kind),
                                    moment->month);
      break;

    case OPL_MOMENT_FORM_TO_READ:
      button = gtk_button_new_with_label (_("Open"));
      urgent = FALSE;
      /* Translators: a button's name for a screen reader: “Open ComBel, month 6” */
      accessible = g_strdup_printf (_("Open %s, training month %d"), opl_form_kind_get_label (kind), moment->month);
      break;

    case OPL_MOMENT_FORM_NONE:
    default:
      return NULL;
    }

  /* Only what is due asks for attention; the rest of the year stays quiet. */
  if (urgent)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* The target first: an action name without its target would not match the action. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ssis)", opl_traject_get_id (traject),
                                    opl_form_kind_to_string (kind), (gint32) moment->month,
                                    subject_id != NULL ? subject_id : "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "workspace.open-form");
  return button;
}

/**
 * opl_form_launcher_create_moment_widget:
 *
 * Like opl_form_launcher_create_button(), for a moment as a whole: where the person
 * has several forms at it (an aios's LEOh about each opleider of a duo), a menu of
 * them.
 *
 * Returns: (transfer floating) (nullable): the widget, or %NULL when the moment has no
 *   form for @person
 */
GtkWidget *
opl_form_launcher_create_moment_widget (OplStore        *store,
                                        OplPerson       *person,
                                        OplTraject      *traject,
                                        const OplMoment *moment)
{
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(GMenu) menu = NULL;
  GtkWidget *button;
  OplFormKind kind;
  OplFormRole role;

  if (!opl_form_kind_for_moment (moment->kind, &kind) ||
      !opl_form_role_for_person (opl_person_get_role (person), &role))
    return NULL;

  slots = get_slots (store, person, traject, kind, moment->month, &error);
  if (slots == NULL)
    {
      g_debug ("Reading the forms of a moment failed: %s", error->message);
      return NULL;
    }

  for (guint i = 0; i < slots->len; i++)
    {
      const OplFormSlot *slot = &g_array_index (slots, OplFormSlot, i);

      if (slot->author_role == role &&
          (slot->author_id == NULL || g_strcmp0 (slot->author_id, opl_person_get_id (person)) == 0))
        g_ptr_array_add (subjects, slot->subject_id);
    }

  if (subjects->len <= 1)
    return opl_form_launcher_create_button (store, person, traject, moment, NULL);

  menu = g_menu_new ();
  for (guint i = 0; i < subjects->len; i++)
    {
      const char *subject_id = g_ptr_array_index (subjects, i);
      OplPerson *subject = opl_store_lookup_person (store, subject_id);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      /* Translators: a form about one opleider, in a menu: “LEOh about Anna de Vries” */
      label = g_strdup_printf (_("%s about %s"), opl_form_kind_get_label (kind),
                               subject != NULL ? opl_person_get_name (subject) : subject_id);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "workspace.open-form", "(ssis)", opl_traject_get_id (traject),
                                         opl_form_kind_to_string (kind), (gint32) moment->month, subject_id);
      g_menu_append_item (menu, item);
    }

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Forms"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("One form about each opleider"));
  return button;
}

/* opl-praktijk-page.c: the practice itself, run from the app: its people, trajecten,
 * leave, closures, the coschap and each opleider's role per opleidingsjaar (issue 14).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An opleider changes the practice here; an aios reads it (design.md §2). Every change
 * is one store action; archiving, removing and ending can be taken back from the toast.
 */

#define G_LOG_DOMAIN "opl-praktijk-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "opl-compat.h"
#include "opl-date.h"
#include "opl-earlier-trajecten-dialog.h"
#include "opl-format.h"
#include "opl-period-dialog.h"
#include "opl-person-dialog.h"
#include "opl-praktijk-page.h"
#include "opl-rows.h"
#include "opl-store-institute.h"
#include "opl-store-practice.h"
#include "opl-traject-dialog.h"
#include "opl-traject-page.h"
#include "opl-window.h"

/* How many ended trajecten the page lists; the rest are counted. */
#define EARLIER_SHOWN 10

struct _OplPraktijkPage
{
  OplPage              parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *year_group;
  GtkListBox          *year_list;
  AdwPreferencesGroup *people_group;
  GtkListBox          *people_list;
  GtkWidget           *add_person_button;
  AdwPreferencesGroup *trajecten_group;
  GtkListBox          *trajecten_list;
  GtkWidget           *add_traject_button;
  AdwPreferencesGroup *earlier_group;
  GtkListBox          *earlier_list;
  AdwPreferencesGroup *closures_group;
  GtkListBox          *closures_list;
  GtkWidget           *add_closure_button;
  AdwPreferencesGroup *archived_group;
  GtkListBox          *archived_list;
};

G_DEFINE_FINAL_TYPE (OplPraktijkPage, opl_praktijk_page, OPL_TYPE_PAGE)

static gboolean
can_edit (OplPraktijkPage *self)
{
  return opl_person_is_opleider (opl_page_get_person (OPL_PAGE (self)));
}

static void
get_today (GDate *today)
{
  opl_date_set_today (today);
}

static void
show_error (OplPraktijkPage *self,
            const GError    *error)
{
  /* Translators: %s says why, in the store's words */
  g_autofree char *message = g_strdup_printf (_("Not changed: %s"), error->message);

  opl_window_show_toast_for (GTK_WIDGET (self), message);
}

static void
present (OplPraktijkPage *self,
         GtkWidget       *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A small button at the end of a row, named for screen readers. */
static GtkWidget *
add_row_button (GtkWidget  *row,
                const char *icon_name,
                const char *tooltip,
                const char *action_name,
                GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

/* A row that does something when activated (Enter or a click). */
static GtkWidget *
new_action_row (const char *icon_name,
                const char *title,
                const char *action_name,
                GVariant   *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), opl_rows_new_icon (icon_name, NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  return row;
}

/* The opleidingsjaar ------------------------------------------------------------- */

/* The role is the menu button's; without one (an aios's view) the subtitle says it. */
static char *
role_subtitle (OplPraktijkPage       *self,
               OplPerson             *person,
               const OplOpleiderYear *role)
{
  g_autofree char *since = NULL;

  if (opl_person_get_opleider_since (person) > 0)
    /* Translators: %d is the year someone became opleider */
    since = g_strdup_printf (_("opleider since %d"), opl_person_get_opleider_since (person));

  if (can_edit (self))
    return g_steal_pointer (&since);
  if (since == NULL)
    return g_strdup (opl_role_get_label (role->role));
  return g_strdup_printf ("%s · %s", opl_role_get_label (role->role), since);
}

/* The menu of roles a person can have in the year. */
static GtkWidget *
new_role_menu (OplPerson  *person,
               OplRole     current)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  static const OplRole roles[] = {
    OPL_ROLE_HOOFDOPLEIDER, OPL_ROLE_DUO_OPLEIDER, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER,
  };
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *label = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (opl_role_get_label (roles[i]), NULL);

      if (roles[i] == current)
        continue;
      g_menu_item_set_action_and_target (item, "praktijk.set-role", "(ss)", opl_person_get_id (person),
                                         opl_role_to_string (roles[i]));
      g_menu_append_item (menu, item);
    }

  /* Translators: %s is an opleider's name */
  label = g_strdup_printf (_("Change the role of %s this year"), opl_person_get_name (person));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), opl_role_get_label (current));
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* Seed 001: "Ervaren duo opleiders kunnen deze 8 dagen naar rato verdelen". */
static void
add_experienced_row (OplPraktijkPage       *self,
                     OplPerson             *person,
                     const OplOpleiderYear *role,
                     OplInstitute          *institute,
                     int                    year)
{
  const OplScholingRules *rules = opl_institute_get_rules (institute);
  int experience = opl_scholing_experience_year (opl_person_get_opleider_since (person), year);
  OplExperienced set = role->experienced < 0 ? OPL_EXPERIENCED_BY_PROFILE
                       : role->experienced ? OPL_EXPERIENCED_YES : OPL_EXPERIENCED_NO;
  gboolean experienced = opl_scholing_is_experienced (rules, OPL_ROLE_DUO_OPLEIDER, experience, set);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle;

  /* Translators: %s is a duo-opleider's name */
  title = g_strdup_printf (_("%s is experienced"), opl_person_get_name (person));
  if (set == OPL_EXPERIENCED_BY_PROFILE)
    /* Translators: %d is a year of experience as opleider, from the institute profile */
    subtitle = g_strdup_printf (_("Splits the 8 scholingsdagen by the share in the aios. By the institute: "
                                  "from year %d as opleider"),
                                rules->experienced_from_year[OPL_ROLE_DUO_OPLEIDER]);
  else
    subtitle = g_strdup (_("Splits the 8 scholingsdagen by the share in the aios. Set for this opleidingsjaar"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (!can_edit (self))
    {
      opl_rows_add_pill (row, experienced ? _("Yes") : _("No"), experienced ? "success" : "dim-label");
      gtk_list_box_append (self->year_list, row);
      return;
    }

  toggle = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (toggle), experienced);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "praktijk.set-experienced");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (toggle), "(sb)", opl_person_get_id (person), !experienced);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  gtk_list_box_append (self->year_list, row);
}

/* Seed 002: "Het jaar erop dient deze opleider wel 8 dagen te volgen en zijn/haar
 * collega is dan plaatsvervangend opleider." */
static void
add_swap_offer (OplPraktijkPage *self,
                int              year)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *hoofd = NULL, *plv = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row, *box, *swap, *keep;

  if (!can_edit (self) || !opl_store_get_swap_offer (store, year, &hoofd, &plv, NULL))
    return;

  /* Translators: the plaatsvervangend opleider's name, then the hoofdopleider's */
  subtitle = g_strdup_printf (_("A plaatsvervangend opleider owes 4 scholingsdagen, and 8 the year after: "
                                "then %s is hoofdopleider and %s plaatsvervangend"),
                              opl_person_get_name (plv), opl_person_get_name (hoofd));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Swap roles for this opleidingsjaar?"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), opl_rows_new_icon ("emblem-synchronizing-symbolic", "accent"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  swap = gtk_button_new_with_mnemonic (_("_Swap"));
  gtk_widget_add_css_class (swap, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (swap), "praktijk.swap-roles");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (swap), "b", TRUE);
  keep = gtk_button_new_with_mnemonic (_("_Keep"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (keep), "praktijk.swap-roles");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (keep), "b", FALSE);
  gtk_box_append (GTK_BOX (box), swap);
  gtk_box_append (GTK_BOX (box), keep);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  gtk_list_box_append (self->year_list, row);
}

static void
fill_year (OplPraktijkPage *self,
           const GDate     *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(OplInstitute) institute = opl_store_load_institute (store, NULL);
  GListModel *people = opl_store_get_people (store);
  int year = opl_store_get_current_year (store, today);
  g_autofree char *title = NULL;

  /* Translators: the opleidingsjaar, e.g. “Opleidingsjaar 2026–2027” */
  title = g_strdup_printf (_("Opleidingsjaar %d–%d"), year, year + 1);
  adw_preferences_group_set_title (self->year_group, title);
  opl_compat_list_box_remove_all (self->year_list);
  add_swap_offer (self, year);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);
      g_autofree char *subtitle = NULL;
      OplOpleiderYear role;
      GtkWidget *row;

      if (!opl_person_is_opleider (person) || !opl_store_get_opleider_year (store, person, year, &role, NULL))
        continue;

      subtitle = role_subtitle (self, person, &role);
      row = opl_rows_append (self->year_list, "avatar-default-symbolic", NULL, opl_person_get_name (person), subtitle);
      if (can_edit (self))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_role_menu (person, role.role));
      if (role.role == OPL_ROLE_DUO_OPLEIDER && institute != NULL)
        add_experienced_row (self, person, &role, institute, year);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->year_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->year_list)) != NULL);
}

/* People -------------------------------------------------------------------------- */

static char *
person_subtitle (OplPerson *person)
{
  if (opl_person_is_opleider (person) && opl_person_get_opleider_since (person) > 0)
    /* Translators: a role, then the year someone became opleider */
    return g_strdup_printf (_("%s · opleider since %d"), opl_person_get_role_label (person),
                            opl_person_get_opleider_since (person));

  return g_strdup (opl_person_get_role_label (person));
}

static void
fill_people (OplPraktijkPage *self)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  GListModel *people = opl_store_get_all_people (store);
  guint n_archived = 0;

  opl_compat_list_box_remove_all (self->people_list);
  opl_compat_list_box_remove_all (self->archived_list);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);
      g_autofree char *subtitle = person_subtitle (person);
      g_autofree char *edit = NULL;
      g_autofree char *archive = NULL;
      const char *id = opl_person_get_id (person);
      GtkWidget *row;

      if (opl_person_is_archived (person))
        {
          n_archived++;
          row = opl_rows_append (self->archived_list, NULL, NULL, opl_person_get_name (person), subtitle);
          if (can_edit (self))
            add_row_button (row, "edit-undo-symbolic", _("Bring Back to the Practice"), "praktijk.restore-person",
                            g_variant_new_string (id));
          continue;
        }

      row = opl_rows_append (self->people_list, "avatar-default-symbolic", NULL, opl_person_get_name (person), subtitle);
      if (!can_edit (self))
        continue;

      /* Translators: %s is a person's name */
      edit = g_strdup_printf (_("Edit %s"), opl_person_get_name (person));
      /* Translators: %s is a person's name */
      archive = g_strdup_printf (_("Archive %s"), opl_person_get_name (person));
      add_row_button (row, "document-edit-symbolic", edit, "praktijk.edit-person", g_variant_new_string (id));
      /* Not oneself: the profile in use stays. */
      if (g_strcmp0 (id, opl_person_get_id (opl_page_get_person (OPL_PAGE (self)))) != 0)
        add_row_button (row, "folder-symbolic", archive, "praktijk.archive-person", g_variant_new_string (id));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->archived_group), n_archived > 0);
}

/* Trajecten ---------------------------------------------------------------------- */

static char *
traject_subtitle (OplTraject *traject)
{
  g_autofree char *start = opl_format_date (opl_traject_get_start (traject));
  g_autofree char *parttime = opl_format_percent (opl_traject_get_parttime (traject));

  /* Translators: the phase, the start date and the part-time factor of a traject */
  return g_strdup_printf (_("%s · from %s · %s"), opl_format_phase (opl_traject_get_phase (traject)), start, parttime);
}

static char *
opleiders_text (OplTraject *traject)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, i);
      g_autofree char *share = opl_format_percent (opleider->share);

      if (i > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, "%s %s", opleider->name, share);
    }

  return g_string_free (text, FALSE);
}

static void
add_leave_rows (OplPraktijkPage *self,
                GtkWidget       *expander,
                OplTraject      *traject)
{
  for (guint i = 0; i < opl_traject_get_n_leaves (traject); i++)
    {
      const OplLeave *leave = opl_traject_get_leave (traject, i);
      g_autofree char *period = opl_format_period (&leave->start, &leave->end);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), opl_leave_kind_get_label (leave->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), period);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), opl_rows_new_icon ("weather-overcast-symbolic", NULL));
      if (can_edit (self) && leave->id[0] != '\0')
        add_row_button (row, "user-trash-symbolic", _("Remove This Leave"), "praktijk.remove-leave",
                        g_variant_new ("(ss)", opl_traject_get_id (traject), leave->id));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
}

/* Seed 000: a coassistent is trained only in the last phase, for six weeks. */
static void
add_coschap_row (OplPraktijkPage *self,
                 GtkWidget       *expander,
                 OplTraject      *traject)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_auto(OplSlot) slot = { 0 };
  g_autofree char *subtitle = NULL;
  gboolean has_slot = opl_store_get_slot (store, opl_traject_get_id (traject), &slot, NULL);
  GtkWidget *row = adw_action_row_new ();
  const char *id = opl_traject_get_id (traject);

  if (has_slot && g_date_valid (&slot.coschap_start))
    {
      GDate last = slot.coschap_start;

      g_date_add_days (&last, OPL_COSCHAP_WEEKS * 7 - 1);
      subtitle = opl_format_period (&slot.coschap_start, &last);
    }
  else
    {
      subtitle = g_strdup (_("No coassistent this year"));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Coschap"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), opl_rows_new_icon ("system-users-symbolic", NULL));
  if (can_edit (self))
    {
      add_row_button (row, "document-edit-symbolic", _("Set the Coschap"), "praktijk.set-coschap",
                      g_variant_new_string (id));
      if (has_slot && g_date_valid (&slot.coschap_start))
        add_row_button (row, "user-trash-symbolic", _("Remove the Coschap"), "praktijk.remove-coschap",
                        g_variant_new_string (id));
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static void
add_traject (OplPraktijkPage *self,
             OplTraject      *traject)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *subtitle = traject_subtitle (traject);
  g_autofree char *opleiders = opleiders_text (traject);
  GtkWidget *row = adw_action_row_new ();
  const char *id = opl_traject_get_id (traject);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), opl_traject_get_aios_name (traject));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Opleiders"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), opleiders);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), opl_rows_new_icon ("avatar-default-symbolic", NULL));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  add_leave_rows (self, expander, traject);
  if (opl_traject_get_phase (traject) == OPL_PHASE_II)
    add_coschap_row (self, expander, traject);

  if (can_edit (self))
    {
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                new_action_row ("document-edit-symbolic", _("_Edit Traject…"),
                                                "praktijk.edit-traject", g_variant_new_string (id)));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                new_action_row ("list-add-symbolic", _("Record _Leave or Illness…"),
                                                "praktijk.add-leave", g_variant_new_string (id)));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                new_action_row ("process-stop-symbolic", _("E_nd Traject…"),
                                                "praktijk.end-traject", g_variant_new_string (id)));
    }

  gtk_list_box_append (self->trajecten_list, expander);
}

static char *
earlier_subtitle (OplTraject *traject)
{
  g_autofree char *period = opl_format_period (opl_traject_get_start (traject), opl_traject_get_end (traject));

  if (opl_traject_get_end_reason (traject) == OPL_END_REGULAR)
    return g_strdup_printf ("%s · %s", opl_format_phase (opl_traject_get_phase (traject)), period);

  /* Translators: the phase, the period and why a traject ended early */
  return g_strdup_printf (_("%s · %s · ended early: %s"), opl_format_phase (opl_traject_get_phase (traject)),
                          period, opl_end_reason_get_label (opl_traject_get_end_reason (traject)));
}

/* “And 13 earlier trajecten”: every ended traject of the practice (issue 19). */
static void
show_earlier_trajecten_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  opl_earlier_trajecten_dialog_present (widget, opl_page_get_store (OPL_PAGE (widget)),
                                        opl_page_get_person (OPL_PAGE (widget)), NULL);
}

static void
fill_trajecten (OplPraktijkPage *self,
                const GDate     *today)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GPtrArray) earlier = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ended = 0;

  opl_compat_list_box_remove_all (self->trajecten_list);
  opl_compat_list_box_remove_all (self->earlier_list);

  /* The practice's, running or still to start, not only the person's own. */
  current = opl_store_list_open_trajecten (store, today, &error);
  for (guint i = 0; current != NULL && i < current->len; i++)
    add_traject (self, g_ptr_array_index (current, i));
  if (current != NULL && current->len == 0)
    opl_rows_append (self->trajecten_list, NULL, NULL, _("No traject runs now or is to start"),
                     can_edit (self) ? _("Add the aios first, then their traject") : NULL);

  earlier = opl_store_list_ended_trajecten (store, NULL, today, EARLIER_SHOWN, &n_ended, &error);
  for (guint i = 0; earlier != NULL && i < earlier->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (earlier, i);
      g_autofree char *subtitle = earlier_subtitle (traject);

      GtkWidget *row = opl_rows_append (self->earlier_list, NULL, NULL, opl_traject_get_aios_name (traject), subtitle);

      /* It opens in the Traject view, read-only (issue 19); an aios opens their own. */
      if (opl_traject_page_may_show (opl_page_get_person (OPL_PAGE (self)), traject))
        {
          /* Translators: a row's name for a screen reader: an aios's name, then the phase and period */
          g_autofree char *name = g_strdup_printf (_("%s, %s"), opl_traject_get_aios_name (traject), subtitle);

          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          opl_rows_set_action (row, "workspace.show-traject", g_variant_new_string (opl_traject_get_id (traject)));
        }
    }
  if (n_ended > EARLIER_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u earlier traject",
                                                            "And %u earlier trajecten", n_ended - EARLIER_SHOWN),
                                               n_ended - EARLIER_SHOWN);

      GtkWidget *row = opl_rows_append (self->earlier_list, NULL, NULL, more, NULL);

      /* All of them, in a dialog to search (issue 19). */
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, more, -1);
      gtk_widget_set_tooltip_text (row, _("Show all earlier trajecten"));
      opl_rows_set_action (row, "praktijk.show-earlier-trajecten", NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), n_ended > 0);

  if (error != NULL)
    g_warning ("Could not list the trajecten: %s", error->message);
}

/* Closures ----------------------------------------------------------------------- */

static void
fill_closures (OplPraktijkPage *self,
               const GDate     *today)
{
  g_autoptr(GArray) closures = opl_store_list_closures (opl_page_get_store (OPL_PAGE (self)), NULL);
  GDate from = *today;
  guint shown = 0;

  /* This opleidingsjaar's and what is to come; older closures stay in the file. */
  g_date_subtract_months (&from, 12);
  opl_compat_list_box_remove_all (self->closures_list);
  for (guint i = 0; closures != NULL && i < closures->len; i++)
    {
      const OplClosureRow *closure = &g_array_index (closures, OplClosureRow, i);
      g_autofree char *period = NULL;
      GtkWidget *row;

      if (g_date_compare (&closure->closure.end, &from) < 0)
        continue;

      period = opl_format_period (&closure->closure.start, &closure->closure.end);
      row = opl_rows_append (self->closures_list, "weather-clear-symbolic", NULL,
                             closure->reason != NULL && *closure->reason != '\0' ? closure->reason : _("Closed"),
                             period);
      if (can_edit (self))
        add_row_button (row, "user-trash-symbolic", _("Remove This Closure"), "praktijk.remove-closure",
                        g_variant_new_string (closure->closure.id));
      shown++;
    }

  if (shown == 0)
    opl_rows_append (self->closures_list, NULL, NULL, _("No closures this year"), NULL);
}

/* The actions that change the practice (installed in class_init). */
static const char * const editing_actions[] = {
  "praktijk.add-person", "praktijk.edit-person", "praktijk.archive-person", "praktijk.restore-person",
  "praktijk.add-traject", "praktijk.edit-traject", "praktijk.add-leave", "praktijk.remove-leave",
  "praktijk.end-traject", "praktijk.set-coschap", "praktijk.remove-coschap", "praktijk.add-closure",
  "praktijk.remove-closure", "praktijk.swap-roles", "praktijk.set-role", "praktijk.set-experienced",
};

static void
opl_praktijk_page_refresh (OplPage *page)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (page);
  GDate today;

  get_today (&today);
  gtk_widget_set_visible (self->add_person_button, can_edit (self));
  gtk_widget_set_visible (self->add_traject_button, can_edit (self));
  gtk_widget_set_visible (self->add_closure_button, can_edit (self));
  /* An aios reads the practice: hiding the buttons is not enough, the actions would
   * still open the dialogs (issue 19, test-gui-screenshots). */
  for (guint i = 0; i < G_N_ELEMENTS (editing_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing_actions[i], can_edit (self));

  fill_year (self, &today);
  fill_people (self);
  fill_trajecten (self, &today);
  fill_closures (self, &today);
}

/* Actions ------------------------------------------------------------------------ */

static OplPerson *
person_of (OplPraktijkPage *self,
           GVariant        *parameter)
{
  return opl_store_lookup_person (opl_page_get_store (OPL_PAGE (self)), g_variant_get_string (parameter, NULL));
}

static OplTraject *
traject_of (OplPraktijkPage *self,
            const char      *traject_id)
{
  g_autoptr(GError) error = NULL;
  OplTraject *traject = opl_store_get_traject (opl_page_get_store (OPL_PAGE (self)), traject_id, &error);

  if (traject == NULL)
    show_error (self, error);
  return traject;
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  GDate today;

  get_today (&today);
  present (self, opl_person_dialog_new (opl_page_get_store (OPL_PAGE (self)), NULL, widget, &today));
}

static void
edit_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  OplPerson *person = person_of (self, parameter);
  GDate today;

  get_today (&today);
  if (person != NULL)
    present (self, opl_person_dialog_new (opl_page_get_store (OPL_PAGE (self)), person, widget, &today));
}

/* What the undo of archiving needs. */
typedef struct
{
  OplStore *store;
  char     *person_id;
  gboolean  archived;
} ArchiveUndo;

static void
archive_undo_free (gpointer data)
{
  ArchiveUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_pointer (&undo->person_id, g_free);
  g_free (undo);
}

static void
archive_undo_cb (gpointer data)
{
  ArchiveUndo *undo = data;
  OplPerson *person = opl_store_lookup_person (undo->store, undo->person_id);
  g_autoptr(GError) error = NULL;

  if (person == NULL || !opl_store_set_person_archived (undo->store, person, !undo->archived, &error))
    g_warning ("Could not undo the archive: %s", error != NULL ? error->message : "the person is gone");
}

static void
set_archived (OplPraktijkPage *self,
              GVariant        *parameter,
              gboolean         archived)
{
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  OplPerson *person = person_of (self, parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *done = NULL;
  ArchiveUndo *undo;

  if (person == NULL)
    return;

  name = g_strdup (opl_person_get_name (person));
  if (!opl_store_set_person_archived (store, person, archived, &error))
    {
      show_error (self, error);
      return;
    }

  undo = g_new0 (ArchiveUndo, 1);
  undo->store = g_object_ref (store);
  undo->person_id = g_variant_dup_string (parameter, NULL);
  undo->archived = archived;
  /* Translators: %s is a person's name */
  done = g_strdup_printf (archived ? _("%s archived") : _("%s is back in the practice"), name);
  opl_window_show_undo_toast_for (GTK_WIDGET (self), done, archive_undo_cb, undo, archive_undo_free);
}

static void
archive_person_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  set_archived (OPL_PRAKTIJK_PAGE (widget), parameter, TRUE);
}

static void
restore_person_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  set_archived (OPL_PRAKTIJK_PAGE (widget), parameter, FALSE);
}

static void
add_traject_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  GDate today;

  get_today (&today);
  present (self, opl_traject_dialog_new (opl_page_get_store (OPL_PAGE (self)), NULL, widget, &today));
}

static void
edit_traject_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  g_autoptr(OplTraject) traject = traject_of (self, g_variant_get_string (parameter, NULL));
  GDate today;

  get_today (&today);
  if (traject != NULL)
    present (self, opl_traject_dialog_new (opl_page_get_store (OPL_PAGE (self)), traject, widget, &today));
}

static void
open_period (OplPraktijkPage *self,
             OplPeriodKind    kind,
             const char      *traject_id)
{
  g_autoptr(OplTraject) traject = traject_id != NULL ? traject_of (self, traject_id) : NULL;
  GDate today;

  get_today (&today);
  if (traject_id == NULL || traject != NULL)
    present (self, opl_period_dialog_new (opl_page_get_store (OPL_PAGE (self)), kind, traject,
                                          GTK_WIDGET (self), &today));
}

static void
add_leave_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_period (OPL_PRAKTIJK_PAGE (widget), OPL_PERIOD_LEAVE, g_variant_get_string (parameter, NULL));
}

static void
end_traject_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_period (OPL_PRAKTIJK_PAGE (widget), OPL_PERIOD_END, g_variant_get_string (parameter, NULL));
}

static void
set_coschap_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_period (OPL_PRAKTIJK_PAGE (widget), OPL_PERIOD_COSCHAP, g_variant_get_string (parameter, NULL));
}

static void
add_closure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_period (OPL_PRAKTIJK_PAGE (widget), OPL_PERIOD_CLOSURE, NULL);
}

/* What the undo of a removal puts back. */
typedef struct
{
  OplStore     *store;
  char         *traject_id;   /* leave and coschap */
  OplLeaveKind  kind;
  GDate         start;
  GDate         end;
  char         *reason;       /* a closure's */
} RemoveUndo;

static void
remove_undo_free (gpointer data)
{
  RemoveUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_pointer (&undo->traject_id, g_free);
  g_clear_pointer (&undo->reason, g_free);
  g_free (undo);
}

static void
put_back_cb (gpointer data)
{
  RemoveUndo *undo = data;
  g_autoptr(OplTraject) traject = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  gboolean ok;

  if (undo->traject_id == NULL)
    {
      id = opl_store_add_closure (undo->store, &undo->start, &undo->end, undo->reason, &error);
      ok = id != NULL;
    }
  else
    {
      traject = opl_store_get_traject (undo->store, undo->traject_id, &error);
      if (traject != NULL && g_date_valid (&undo->end))
        id = opl_store_add_leave (undo->store, traject, undo->kind, &undo->start, &undo->end, &error);
      ok = traject != NULL && (g_date_valid (&undo->end) ? id != NULL
                                                         : opl_store_set_coschap (undo->store, traject, &undo->start, &error));
    }

  if (!ok)
    g_warning ("Could not put it back: %s", error->message);
}

static RemoveUndo *
remove_undo_new (OplPraktijkPage *self)
{
  RemoveUndo *undo = g_new0 (RemoveUndo, 1);

  undo->store = g_object_ref (opl_page_get_store (OPL_PAGE (self)));
  g_date_clear (&undo->start, 1);
  g_date_clear (&undo->end, 1);
  return undo;
}

static void
finish_remove (OplPraktijkPage *self,
               gboolean         ok,
               GError          *error,
               const char      *done,
               RemoveUndo      *undo)
{
  if (!ok)
    {
      remove_undo_free (undo);
      show_error (self, error);
      return;
    }

  opl_window_show_undo_toast_for (GTK_WIDGET (self), done, put_back_cb, undo, remove_undo_free);
}

static void
remove_leave_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  g_autoptr(OplTraject) traject = NULL;
  g_autoptr(GError) error = NULL;
  const char *traject_id, *leave_id;
  RemoveUndo *undo;

  g_variant_get (parameter, "(&s&s)", &traject_id, &leave_id);
  traject = traject_of (self, traject_id);
  if (traject == NULL)
    return;

  undo = remove_undo_new (self);
  undo->traject_id = g_strdup (traject_id);
  for (guint i = 0; i < opl_traject_get_n_leaves (traject); i++)
    {
      const OplLeave *leave = opl_traject_get_leave (traject, i);

      if (g_strcmp0 (leave->id, leave_id) == 0)
        {
          undo->kind = leave->kind;
          undo->start = leave->start;
          undo->end = leave->end;
        }
    }

  finish_remove (self, opl_store_remove_leave (opl_page_get_store (OPL_PAGE (self)), leave_id, &error), error,
                 _("Leave removed"), undo);
}

static void
remove_coschap_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(OplTraject) traject = traject_of (self, g_variant_get_string (parameter, NULL));
  g_auto(OplSlot) slot = { 0 };
  g_autoptr(GError) error = NULL;
  RemoveUndo *undo;

  if (traject == NULL || !opl_store_get_slot (store, opl_traject_get_id (traject), &slot, NULL))
    return;

  undo = remove_undo_new (self);
  undo->traject_id = g_strdup (opl_traject_get_id (traject));
  undo->start = slot.coschap_start;
  finish_remove (self, opl_store_set_coschap (store, traject, NULL, &error), error, _("Coschap removed"), undo);
}

static void
remove_closure_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GArray) closures = opl_store_list_closures (store, NULL);
  g_autoptr(GError) error = NULL;
  const char *id = g_variant_get_string (parameter, NULL);
  RemoveUndo *undo = remove_undo_new (self);

  for (guint i = 0; closures != NULL && i < closures->len; i++)
    {
      const OplClosureRow *closure = &g_array_index (closures, OplClosureRow, i);

      if (g_strcmp0 (closure->closure.id, id) == 0)
        {
          undo->start = closure->closure.start;
          undo->end = closure->closure.end;
          undo->reason = g_strdup (closure->reason);
        }
    }

  finish_remove (self, opl_store_remove_closure (store, id, &error), error, _("Closure removed"), undo);
}

static void
swap_roles_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GError) error = NULL;
  gboolean swap = g_variant_get_boolean (parameter);
  GDate today;

  get_today (&today);
  if (!opl_store_swap_roles (store, opl_store_get_current_year (store, &today), swap, &today, &error))
    show_error (self, error);
  else
    opl_window_show_toast_for (widget, swap ? _("Roles swapped for this opleidingsjaar")
                                            : _("Roles kept for this opleidingsjaar"));
}

static void
set_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GError) error = NULL;
  const char *person_id, *role_name;
  OplPerson *person;
  OplRole role;
  GDate today;

  g_variant_get (parameter, "(&s&s)", &person_id, &role_name);
  person = opl_store_lookup_person (store, person_id);
  get_today (&today);
  if (person == NULL || !opl_role_from_string (role_name, &role))
    return;

  if (!opl_store_set_opleider_year (store, person, opl_store_get_current_year (store, &today), role, -1, &today,
                                    &error))
    show_error (self, error);
}

static void
set_experienced_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OplPraktijkPage *self = OPL_PRAKTIJK_PAGE (widget);
  OplStore *store = opl_page_get_store (OPL_PAGE (self));
  g_autoptr(GError) error = NULL;
  const char *person_id;
  gboolean experienced;
  OplPerson *person;
  GDate today;

  g_variant_get (parameter, "(&sb)", &person_id, &experienced);
  person = opl_store_lookup_person (store, person_id);
  get_today (&today);
  if (person == NULL)
    return;

  if (!opl_store_set_opleider_year (store, person, opl_store_get_current_year (store, &today),
                                    OPL_ROLE_DUO_OPLEIDER, experienced ? 1 : 0, &today, &error))
    show_error (self, error);
}

static void
opl_praktijk_page_constructed (GObject *object)
{
  G_OBJECT_CLASS (opl_praktijk_page_parent_class)->constructed (object);

  opl_page_refresh (OPL_PAGE (object));
}

static void
opl_praktijk_page_class_init (OplPraktijkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_praktijk_page_constructed;
  OPL_PAGE_CLASS (klass)->refresh = opl_praktijk_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-praktijk-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, year_group);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, year_list);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, people_group);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, add_person_button);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, trajecten_group);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, trajecten_list);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, add_traject_button);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, earlier_group);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, earlier_list);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, closures_group);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, closures_list);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, add_closure_button);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, archived_group);
  gtk_widget_class_bind_template_child (widget_class, OplPraktijkPage, archived_list);

  gtk_widget_class_install_action (widget_class, "praktijk.show-earlier-trajecten", NULL,
                                   show_earlier_trajecten_action);
  gtk_widget_class_install_action (widget_class, "praktijk.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "praktijk.edit-person", "s", edit_person_action);
  gtk_widget_class_install_action (widget_class, "praktijk.archive-person", "s", archive_person_action);
  gtk_widget_class_install_action (widget_class, "praktijk.restore-person", "s", restore_person_action);
  gtk_widget_class_install_action (widget_class, "praktijk.add-traject", NULL, add_traject_action);
  gtk_widget_class_install_action (widget_class, "praktijk.edit-traject", "s", edit_traject_action);
  gtk_widget_class_install_action (widget_class, "praktijk.add-leave", "s", add_leave_action);
  gtk_widget_class_install_action (widget_class, "praktijk.remove-leave", "(ss)", remove_leave_action);
  gtk_widget_class_install_action (widget_class, "praktijk.end-traject", "s", end_traject_action);
  gtk_widget_class_install_action (widget_class, "praktijk.set-coschap", "s", set_coschap_action);
  gtk_widget_class_install_action (widget_class, "praktijk.remove-coschap", "s", remove_coschap_action);
  gtk_widget_class_install_action (widget_class, "praktijk.add-closure", NULL, add_closure_action);
  gtk_widget_class_install_action (widget_class, "praktijk.remove-closure", "s", remove_closure_action);
  gtk_widget_class_install_action (widget_class, "praktijk.swap-roles", "b", swap_roles_action);
  gtk_widget_class_install_action (widget_class, "praktijk.set-role", "(ss)", set_role_action);
  gtk_widget_class_install_action (widget_class, "praktijk.set-experienced", "(sb)", set_experienced_action);
}

static void
opl_praktijk_page_init (OplPraktijkPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
opl_praktijk_page_new (OplStore  *store,
                       OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_PRAKTIJK_PAGE, "store", store, "person", person, NULL);
}

/* opl-scholing-summary.c: the opleider's scholing at a glance, on the dashboard.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row: “4 of 8 days · 2 of 5 paralleldagen”, what is still needed and by when;
 * activating it opens the Scholing view. Shown for opleiders only (design.md §2), and
 * kept up to date when the store changes.
 */

#define G_LOG_DOMAIN "opl-scholing-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-scholing-summary.h"
#include "opl-scholing-text.h"
#include "opl-store-scholing.h"

/* The needs spelled out; more are counted. */
#define MAX_NEEDS_SHOWN 2

struct _OplScholingSummary
{
  AdwBin        parent_instance;

  /* Template widgets */
  GtkWidget    *row;
  GtkLabel     *title_label;
  GtkLevelBar  *days_bar;
  GtkLabel     *needs_label;

  /* Owned references */
  OplStore     *store;
  OplPerson    *person;
  guint         refresh_id;
};

G_DEFINE_FINAL_TYPE (OplScholingSummary, opl_scholing_summary, ADW_TYPE_BIN)

static char *
describe_needs (const OplScholingReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GArray *needs = report->needs;

  if (needs->len == 0)
    return g_strdup (_("Everything needed in this opleidingsjaar is done"));

  for (guint i = 0; i < needs->len && i < MAX_NEEDS_SHOWN; i++)
    {
      g_autofree char *need = opl_scholing_text_need (&g_array_index (needs, OplScholingNeed, i));

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, need);
    }

  if (needs->len > MAX_NEEDS_SHOWN)
    {
      guint more = needs->len - MAX_NEEDS_SHOWN;

      g_string_append_c (text, '\n');
      /* Translators: more things still needed than the summary shows */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "And %u more in Scholing",
                                                 "And %u more in Scholing", more), more);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
refresh (OplScholingSummary *self)
{
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(OplScholingReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *days = NULL;
  g_autofree char *paralleldagen = NULL;
  g_autofree char *title = NULL;
  g_autofree char *needs = NULL;
  g_autofree char *accessible = NULL;
  OplPerson *person;
  GDate today;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  person = opl_store_lookup_person (self->store, opl_person_get_id (self->person));
  if (person == NULL || !opl_person_is_opleider (person))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  /* The practice's institute may have changed with the store (another PC, the
   * preferences): the store keeps it until then. */
  opl_date_set_today (&today);
  institute = opl_store_load_institute (self->store, &error);
  if (institute != NULL)
    report = opl_store_get_scholing_report (self->store, institute, opl_person_get_id (person),
                                            opl_scholing_year_of (opl_institute_get_rules (institute), &today),
                                            &today, &error);
  if (report == NULL)
    {
      g_debug ("Reading the scholing failed: %s", error->message);
      gtk_label_set_label (self->title_label, _("Could not read your scholing"));
      gtk_label_set_label (self->needs_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
      return;
    }

  days = opl_scholing_text_days (report);
  paralleldagen = opl_scholing_text_paralleldagen (report);
  /* Translators: the scholing summary: “4 of 8 days · 2 of 5 paralleldagen” */
  title = g_strdup_printf (_("%s · %s"), days, paralleldagen);
  needs = describe_needs (report);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->needs_label, needs);
  gtk_level_bar_set_max_value (self->days_bar, MAX (report->requirement.days, 1.0));
  gtk_level_bar_set_value (self->days_bar, MIN (report->count.total, MAX (report->requirement.days, 1.0)));

  /* The row is read as one: what it says, and where it leads. */
  /* Translators: the summary row for a screen reader: what it says, then what activating it does */
  accessible = g_strdup_printf (_("Scholing: %s. %s. Opens Scholing."), title, needs);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
on_refresh_idle_cb (gpointer user_data)
{
  OplScholingSummary *self = user_data;

  self->refresh_id = 0;
  refresh (self);
}

static void
on_store_changed_cb (OplScholingSummary *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_once (on_refresh_idle_cb, self);
}

static void
opl_scholing_summary_dispose (GObject *object)
{
  OplScholingSummary *self = (OplScholingSummary *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_SCHOLING_SUMMARY);

  g_clear_object (&self->store);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (opl_scholing_summary_parent_class)->dispose (object);
}

static void
opl_scholing_summary_class_init (OplScholingSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = opl_scholing_summary_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/opl-scholing-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, OplScholingSummary, row);
  gtk_widget_class_bind_template_child (widget_class, OplScholingSummary, title_label);
  gtk_widget_class_bind_template_child (widget_class, OplScholingSummary, days_bar);
  gtk_widget_class_bind_template_child (widget_class, OplScholingSummary, needs_label);
}

static void
opl_scholing_summary_init (OplScholingSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One colour whatever the value: the default offsets are fractions of 1. */
  gtk_level_bar_remove_offset_value (self->days_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->days_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->days_bar, GTK_LEVEL_BAR_OFFSET_FULL);
}

GtkWidget *
opl_scholing_summary_new (void)
{
  return g_object_new (OPL_TYPE_SCHOLING_SUMMARY, NULL);
}

/**
 * opl_scholing_summary_set_profile:
 * @person: whose scholing to show; for anyone but an opleider the summary hides
 *
 * Shows @person's scholing of the current opleidingsjaar, following @store.
 */
void
opl_scholing_summary_set_profile (OplScholingSummary *self,
                                  OplStore           *store,
                                  OplPerson          *person)
{
  g_return_if_fail (OPL_IS_SCHOLING_SUMMARY (self));
  g_return_if_fail (OPL_IS_STORE (store));
  g_return_if_fail (OPL_IS_PERSON (person));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);
  g_set_object (&self->person, person);

  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

const char *
opl_scholing_summary_get_title (OplScholingSummary *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_SUMMARY (self), NULL);

  return gtk_label_get_label (self->title_label);
}

const char *
opl_scholing_summary_get_needs (OplScholingSummary *self)
{
  g_return_val_if_fail (OPL_IS_SCHOLING_SUMMARY (self), NULL);

  return gtk_label_get_label (self->needs_label);
}

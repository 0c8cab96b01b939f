/* opl-workspace.c: a person's views, a sidebar and a content pane that fold into one.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-workspace"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-workspace-private.h"
#include "opl-form-launcher.h"
#include "opl-preferences-window.h"
#include "opl-window.h"

struct _OplWorkspace
{
  OplPage           parent_instance;

  /* Template widgets */
  AdwLeaflet       *leaflet;
  AdwWindowTitle   *sidebar_title;
  GtkListBox       *sidebar_list;
  AdwWindowTitle   *content_title;
  GtkStack         *content_stack;
  AdwBin           *dashboard_bin;
  AdwBin           *checklist_bin;
  AdwBin           *leergesprekken_bin;
  AdwBin           *traject_bin;
  AdwBin           *praktijk_bin;
  AdwBin           *forms_bin;
  AdwBin           *scholing_bin;
  AdwBin           *export_bin;
};

G_DEFINE_FINAL_TYPE (OplWorkspace, opl_workspace, OPL_TYPE_PAGE)

typedef GtkWidget *(*ViewNew) (OplStore  *store,
                               OplPerson *person);

/* The views, each built the first time it is shown: choosing a profile builds the
 * dashboard only, and the time to its first frame does not grow with the number of
 * views (docs/performance.md). */
static const struct
{
  const char *name;
  gsize       bin_offset;
  ViewNew     create;
  gboolean    opleider_only;
} views[] = {
  { "dashboard", G_STRUCT_OFFSET (OplWorkspace, dashboard_bin), opl_dashboard_page_new, FALSE },
  { "checklist", G_STRUCT_OFFSET (OplWorkspace, checklist_bin), opl_checklist_page_new, FALSE },
  { "leergesprekken", G_STRUCT_OFFSET (OplWorkspace, leergesprekken_bin), opl_leergesprekken_page_new, FALSE },
  { "formulieren", G_STRUCT_OFFSET (OplWorkspace, forms_bin), opl_forms_page_new, FALSE },
  /* Scholing is the opleider's own (design.md §2). */
  { "scholing", G_STRUCT_OFFSET (OplWorkspace, scholing_bin), opl_scholing_page_new, TRUE },
  { "traject", G_STRUCT_OFFSET (OplWorkspace, traject_bin), opl_traject_page_new, FALSE },
  /* The practice: an opleider changes it, an aios reads it (design.md §2). */
  { "praktijk", G_STRUCT_OFFSET (OplWorkspace, praktijk_bin), opl_praktijk_page_new, FALSE },
  { "export", G_STRUCT_OFFSET (OplWorkspace, export_bin), opl_export_page_new, FALSE },
};

/* Views only an opleider has (design.md §2). */
static const char * const opleider_only_views[] = { "scholing", NULL };

static const char *
get_row_view (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "opl-view");
}

static GtkWidget *
create_sidebar_row (GtkStackPage *page)
{
  GtkWidget *row, *box, *image, *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  image = gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page));
  label = gtk_label_new (gtk_stack_page_get_title (page));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* A row is not named by the label inside it (GTK 4.8): a screen reader would read
   * an empty item. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_stack_page_get_title (page), -1);
  g_object_set_data_full (G_OBJECT (row), "opl-view",
                          g_strdup (gtk_stack_page_get_name (page)), g_free);
  return row;
}

static void
build_sidebar (OplWorkspace *self)
{
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (self->content_stack);
  gboolean is_opleider = opl_person_is_opleider (opl_page_get_person (OPL_PAGE (self)));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      GtkStackPage *page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *row = create_sidebar_row (page);

      if (!is_opleider && g_strv_contains (opleider_only_views, gtk_stack_page_get_name (page)))
        gtk_widget_set_visible (row, FALSE);

      gtk_list_box_append (self->sidebar_list, row);
      g_object_unref (page);
    }
}

/* The view called @name, built now if it was not yet; %NULL for a placeholder and
 * for a view the person has no access to. */
static GtkWidget *
ensure_view (OplWorkspace *self,
             const char   *name)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      AdwBin *bin = G_STRUCT_MEMBER (AdwBin *, self, views[i].bin_offset);
      GtkWidget *view;

      if (g_strcmp0 (views[i].name, name) != 0)
        continue;

      if (views[i].opleider_only && !opl_person_is_opleider (person))
        return NULL;

      view = adw_bin_get_child (bin);
      if (view == NULL)
        {
          view = views[i].create (opl_page_get_store (OPL_PAGE (self)), person);
          adw_bin_set_child (bin, view);
        }
      return view;
    }

  return NULL;
}

static GtkListBoxRow *
find_row (OplWorkspace *self,
          const char   *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (get_row_view (GTK_LIST_BOX_ROW (child)), view) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

/* The store changed: the person may have been renamed. The views follow by themselves. */
static void
opl_workspace_refresh (OplPage *page)
{
  OplWorkspace *self = OPL_WORKSPACE (page);
  OplPerson *person = opl_page_get_person (page);

  adw_window_title_set_title (self->sidebar_title, opl_person_get_name (person));
  adw_window_title_set_subtitle (self->sidebar_title, opl_person_get_role_label (person));
}

/* Moving the focus through the sidebar (Tab, Shift+Tab, the arrow keys) moves the
 * list's selection too; it must not switch the page, as in GNOME Settings: Enter or a
 * click does (row-activated). The selection stays on the page that is shown. */
static void
on_sidebar_list_row_selected_cb (OplWorkspace  *self,
                                 GtkListBoxRow *row)
{
  GtkListBoxRow *shown;

  /* Rows are unselected as the workspace is taken down too. */
  if (self->content_stack == NULL)
    return;

  shown = find_row (self, gtk_stack_get_visible_child_name (self->content_stack));
  if (shown != NULL && row != shown)
    gtk_list_box_select_row (self->sidebar_list, shown);
}

static void
on_sidebar_list_row_activated_cb (OplWorkspace  *self,
                                  GtkListBoxRow *row)
{
  gtk_stack_set_visible_child_name (self->content_stack, get_row_view (row));
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
on_content_stack_visible_child_changed_cb (OplWorkspace *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->content_stack);
  GtkStackPage *page;
  GtkListBoxRow *row;

  if (child == NULL)
    return;

  page = gtk_stack_get_page (self->content_stack, child);
  ensure_view (self, gtk_stack_page_get_name (page));
  adw_window_title_set_title (self->content_title, gtk_stack_page_get_title (page));

  row = find_row (self, gtk_stack_page_get_name (page));
  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
}

static void
opl_workspace_show_view_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  opl_workspace_show_view (OPL_WORKSPACE (widget), g_variant_get_string (parameter, NULL));
}

static void
opl_workspace_show_sidebar_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  opl_workspace_go_back (OPL_WORKSPACE (widget));
}

static void
opl_workspace_show_traject_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OplWorkspace *self = OPL_WORKSPACE (widget);
  OplTrajectPage *page = opl_workspace_get_traject_page (self);
  const char *traject_id = g_variant_get_string (parameter, NULL);

  /* Not one of the current ones: an earlier traject, read-only (issue 19). */
  if (!opl_traject_page_select_traject (page, traject_id))
    opl_traject_page_show_ended_traject (page, traject_id);
  opl_workspace_show_view (self, "traject");
}

/* A moment's form, from its row on the dashboard, the traject view or the
 * Formulieren view: (traject id, form kind, month, whom it is about or ""). */
static void
opl_workspace_open_form_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  OplWorkspace *self = OPL_WORKSPACE (widget);
  g_autoptr(GError) error = NULL;
  const char *traject_id, *kind_name, *subject_id;
  OplFormKind kind;
  gint32 month;

  g_variant_get (parameter, "(&s&si&s)", &traject_id, &kind_name, &month, &subject_id);
  if (!opl_form_kind_from_string (kind_name, &kind))
    g_return_if_reached ();

  if (opl_form_launcher_open_moment (widget, opl_page_get_store (OPL_PAGE (self)), opl_page_get_person (OPL_PAGE (self)),
                                     traject_id, kind, month,
                                     *subject_id != '\0' ? subject_id : NULL, &error) == NULL)
    {
      /* Translators: %s says why, in the store's words */
      g_autofree char *message = g_strdup_printf (_("Could not open the form: %s"), error->message);

      opl_window_show_toast_for (widget, message);
    }
}

/* The Formulieren view on one traject's tab: (traject id, "forms", "kpb" or "diensten"). */
static void
opl_workspace_show_forms_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  OplWorkspace *self = OPL_WORKSPACE (widget);
  const char *traject_id, *tab;

  g_variant_get (parameter, "(&s&s)", &traject_id, &tab);
  opl_forms_page_select_traject (opl_workspace_get_forms_page (self), traject_id);
  opl_forms_page_show_tab (opl_workspace_get_forms_page (self), tab);
  opl_workspace_show_view (self, "formulieren");
}

static void
opl_workspace_show_preferences_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  OplWorkspace *self = OPL_WORKSPACE (widget);
  GtkWidget *preferences = opl_preferences_window_new (opl_page_get_store (OPL_PAGE (self)));
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
opl_workspace_show_leergesprekken_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  OplWorkspace *self = OPL_WORKSPACE (widget);

  opl_leergesprekken_page_select_traject (opl_workspace_get_leergesprekken_page (self), g_variant_get_string (parameter, NULL));
  opl_workspace_show_view (self, "leergesprekken");
}

/* Opens a leergesprek's editor over the view that asked, through the Leergesprekken
 * view, which owns the editor: the dashboard stays where it is. */
static void
opl_workspace_open_leergesprek_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  OplWorkspace *self = OPL_WORKSPACE (widget);
  const char *traject_id, *leergesprek_id;

  g_variant_get (parameter, "(&s&s)", &traject_id, &leergesprek_id);
  opl_leergesprekken_page_select_traject (opl_workspace_get_leergesprekken_page (self), traject_id);
  opl_leergesprekken_page_open_leergesprek (opl_workspace_get_leergesprekken_page (self), leergesprek_id);
}

static void
opl_workspace_constructed (GObject *object)
{
  OplWorkspace *self = (OplWorkspace *)object;

  G_OBJECT_CLASS (opl_workspace_parent_class)->constructed (object);

  ensure_view (self, "dashboard");
  build_sidebar (self);
  opl_page_refresh (OPL_PAGE (self));

  /* On a narrow window the dashboard comes first; the sidebar is one step back. */
  opl_workspace_show_view (self, "dashboard");
  on_content_stack_visible_child_changed_cb (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
opl_workspace_dispose (GObject *object)
{
  OplWorkspace *self = (OplWorkspace *)object;

  /* The leaflet is both AdwBin's child and a template child: let AdwBin unparent it
   * first, or both would. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_WORKSPACE);

  G_OBJECT_CLASS (opl_workspace_parent_class)->dispose (object);
}

static void
opl_workspace_class_init (OplWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = opl_workspace_constructed;
  object_class->dispose = opl_workspace_dispose;

  OPL_PAGE_CLASS (klass)->refresh = opl_workspace_refresh;


  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-workspace.ui");
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, content_title);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, dashboard_bin);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, checklist_bin);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, leergesprekken_bin);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, traject_bin);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, praktijk_bin);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, forms_bin);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, scholing_bin);
  gtk_widget_class_bind_template_child (widget_class, OplWorkspace, export_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_content_stack_visible_child_changed_cb);

  gtk_widget_class_install_action (widget_class, "workspace.show-view", "s",
                                   opl_workspace_show_view_action);
  gtk_widget_class_install_action (widget_class, "workspace.show-sidebar", NULL,
                                   opl_workspace_show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "workspace.show-traject", "s",
                                   opl_workspace_show_traject_action);
  gtk_widget_class_install_action (widget_class, "workspace.show-leergesprekken", "s",
                                   opl_workspace_show_leergesprekken_action);
  gtk_widget_class_install_action (widget_class, "workspace.open-leergesprek", "(ss)",
                                   opl_workspace_open_leergesprek_action);
  gtk_widget_class_install_action (widget_class, "workspace.open-form", "(ssis)",
                                   opl_workspace_open_form_action);
  gtk_widget_class_install_action (widget_class, "workspace.show-forms", "(ss)",
                                   opl_workspace_show_forms_action);
  gtk_widget_class_install_action (widget_class, "workspace.show-preferences", NULL,
                                   opl_workspace_show_preferences_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "workspace.show-preferences", NULL);

  g_type_ensure (OPL_TYPE_DASHBOARD_PAGE);
}

/* Alt+Page Up/Down on the Scholing view: the opleidingsjaar before or after, wherever
 * the focus is in the window (the sidebar, the header bar, a list), not only inside the
 * page; on any other view the keys go on as usual. */
static gboolean
forward_year_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  OplWorkspace *self = OPL_WORKSPACE (widget);
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "scholing") != 0 || page == NULL)
    return FALSE;

  page = adw_bin_get_child (ADW_BIN (page));
  return page != NULL && gtk_widget_activate_action (page, user_data, NULL);
}

static void
add_year_shortcuts (OplWorkspace *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Page_Up, "scholing.previous-year" },
    { GDK_KEY_Page_Down, "scholing.next-year" },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, GDK_ALT_MASK),
                                                            gtk_callback_action_new (forward_year_cb,
                                                                                     (gpointer) keys[i].action,
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
opl_workspace_init (OplWorkspace *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_year_shortcuts (self);
}

GtkWidget *
opl_workspace_new (OplStore  *store,
                   OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_WORKSPACE, "store", store, "person", person, NULL);
}

const char *
opl_workspace_get_visible_view (OplWorkspace *self)
{
  g_return_val_if_fail (OPL_IS_WORKSPACE (self), NULL);

  return gtk_stack_get_visible_child_name (self->content_stack);
}

/**
 * opl_workspace_show_view:
 * @view: "dashboard", "checklist", "leergesprekken", "formulieren", "scholing",
 *   "traject", "praktijk" or "export"
 *
 * Shows a view, and on a narrow window the content pane. A view the person has no
 * access to (an aios's "scholing") is refused.
 */
void
opl_workspace_show_view (OplWorkspace *self,
                         const char   *view)
{
  GtkListBoxRow *row;

  g_return_if_fail (OPL_IS_WORKSPACE (self));
  g_return_if_fail (view != NULL);

  row = find_row (self, view);
  g_return_if_fail (row != NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (row)))
    return;

  /* The page first: the sidebar's selection follows the page shown. */
  gtk_stack_set_visible_child_name (self->content_stack, view);
  gtk_list_box_select_row (self->sidebar_list, row);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

/**
 * opl_workspace_go_back:
 *
 * On a folded workspace that shows a view, goes back to the list of views.
 *
 * Returns: whether there was a step back to take
 */
gboolean
opl_workspace_go_back (OplWorkspace *self)
{
  g_return_val_if_fail (OPL_IS_WORKSPACE (self), FALSE);

  if (!adw_leaflet_get_folded (self->leaflet) ||
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "sidebar") == 0)
    return FALSE;

  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
  return TRUE;
}

OplDashboardPage *
opl_workspace_get_dashboard (OplWorkspace *self)
{
  return OPL_DASHBOARD_PAGE (ensure_view (self, "dashboard"));
}

GtkListBox *
opl_workspace_get_sidebar_list (OplWorkspace *self)
{
  return self->sidebar_list;
}

/* The views below are built when first asked for, here or by showing them. */
OplChecklistPage *
opl_workspace_get_checklist_page (OplWorkspace *self)
{
  return OPL_CHECKLIST_PAGE (ensure_view (self, "checklist"));
}

OplTrajectPage *
opl_workspace_get_traject_page (OplWorkspace *self)
{
  return OPL_TRAJECT_PAGE (ensure_view (self, "traject"));
}

OplLeergesprekkenPage *
opl_workspace_get_leergesprekken_page (OplWorkspace *self)
{
  return OPL_LEERGESPREKKEN_PAGE (ensure_view (self, "leergesprekken"));
}

OplFormsPage *
opl_workspace_get_forms_page (OplWorkspace *self)
{
  return OPL_FORMS_PAGE (ensure_view (self, "formulieren"));
}

/**
 * opl_workspace_get_scholing_page:
 *
 * Returns: (nullable): the Scholing view; %NULL for an aios, who has none
 */
OplScholingPage *
opl_workspace_get_scholing_page (OplWorkspace *self)
{
  GtkWidget *view = ensure_view (self, "scholing");

  return view != NULL ? OPL_SCHOLING_PAGE (view) : NULL;
}

OplPraktijkPage *
opl_workspace_get_praktijk_page (OplWorkspace *self)
{
  return OPL_PRAKTIJK_PAGE (ensure_view (self, "praktijk"));
}

OplExportPage *
opl_workspace_get_export_page (OplWorkspace *self)
{
  return OPL_EXPORT_PAGE (ensure_view (self, "export"));
}

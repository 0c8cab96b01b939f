/* opl-page.c: the base of a person's views, which follow the store.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page shows one person's part of the practice. When the store changes (this
 * window, or another process), the page follows the person (the store makes its
 * people anew, and a rename shows) and rebuilds itself once the main loop is idle:
 * the change may come from a widget of the page whose signal is still running, and a
 * burst of changes rebuilds it once.
 *
 * What lies below the fold can wait for the first layout (opl_page_after_layout ()):
 * GTK measures every visible widget of a page for its first frame, shown or scrolled
 * away, and most of a view's first frame is laying out text (docs/performance.md).
 */

#define G_LOG_DOMAIN "opl-page"

#include "config.h"

#include "opl-page.h"

#include "opl-compat.h"

typedef struct
{
  OplStore  *store;
  OplPerson *person;
  guint      refresh_id;
  OplPageLaterFunc later;
  guint      later_id;
  guint      tick_id;
  GtkWidget *later_widget;  /* opl_page_show_after_layout ()'s, borrowed */
} OplPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OplPage, opl_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
on_refresh_idle_cb (gpointer user_data)
{
  OplPage *self = user_data;
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  priv->refresh_id = 0;
  opl_page_refresh (self);
}

static void
on_store_changed_cb (OplPage *self)
{
  OplPagePrivate *priv = opl_page_get_instance_private (self);
  OplPerson *current = opl_store_lookup_person (priv->store, opl_person_get_id (priv->person));

  /* The store reloads its people on a change: follow a rename. */
  if (current != NULL)
    g_set_object (&priv->person, current);

  opl_page_queue_refresh (self);
}

static gboolean
on_later_idle_cb (gpointer user_data)
{
  OplPage *self = user_data;
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  if (priv->later != NULL && priv->later (self))
    return G_SOURCE_CONTINUE;

  priv->later = NULL;
  priv->later_id = 0;
  return G_SOURCE_REMOVE;
}

/* The first frame's update comes before its layout and paint, which run in the same
 * dispatch of the frame clock: an idle added now runs after that frame is drawn. */
static gboolean
on_first_tick_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  OplPage *self = OPL_PAGE (widget);
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  priv->tick_id = 0;
  if (priv->later_id == 0)
    priv->later_id = g_idle_add (on_later_idle_cb, self);
  return G_SOURCE_REMOVE;
}

static void
opl_page_constructed (GObject *object)
{
  OplPage *self = (OplPage *)object;
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  G_OBJECT_CLASS (opl_page_parent_class)->constructed (object);

  g_assert (OPL_IS_STORE (priv->store));
  g_assert (OPL_IS_PERSON (priv->person));

  g_signal_connect_object (priv->store, "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
opl_page_dispose (GObject *object)
{
  OplPage *self = (OplPage *)object;
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  g_clear_handle_id (&priv->later_id, g_source_remove);
  if (priv->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), priv->tick_id);
  priv->tick_id = 0;
  priv->later = NULL;
  priv->later_widget = NULL;
  g_clear_object (&priv->store);
  g_clear_object (&priv->person);

  G_OBJECT_CLASS (opl_page_parent_class)->dispose (object);
}

static void
opl_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OplPage *self = OPL_PAGE (object);
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_PERSON:
      g_value_set_object (value, priv->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OplPage *self = OPL_PAGE (object);
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      priv->person = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
opl_page_class_init (OplPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = opl_page_constructed;
  object_class->dispose = opl_page_dispose;
  object_class->get_property = opl_page_get_property;
  object_class->set_property = opl_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OPL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OPL_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
opl_page_init (OplPage *self)
{
}

OplStore *
opl_page_get_store (OplPage *self)
{
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  g_return_val_if_fail (OPL_IS_PAGE (self), NULL);

  return priv->store;
}

/**
 * opl_page_get_person:
 *
 * Returns: (transfer none): the person whose page it is, as the store knows them now
 */
OplPerson *
opl_page_get_person (OplPage *self)
{
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  g_return_val_if_fail (OPL_IS_PAGE (self), NULL);

  return priv->person;
}

/**
 * opl_page_refresh:
 *
 * Rebuilds the page now; a refresh that was queued is dropped.
 */
void
opl_page_refresh (OplPage *self)
{
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  g_return_if_fail (OPL_IS_PAGE (self));

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  if (OPL_PAGE_GET_CLASS (self)->refresh != NULL)
    OPL_PAGE_GET_CLASS (self)->refresh (self);

  /* The rows are new: measuring them is most of the page's next frame. */
  opl_compat_floor_wrapping_labels (GTK_WIDGET (self));
}

/**
 * opl_page_queue_refresh:
 *
 * Rebuilds the page once the main loop is idle, once for any number of calls.
 */
void
opl_page_queue_refresh (OplPage *self)
{
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  g_return_if_fail (OPL_IS_PAGE (self));

  if (priv->refresh_id == 0)
    priv->refresh_id = g_idle_add_once (on_refresh_idle_cb, self);
}

/**
 * opl_page_after_layout:
 * @func: what to do, called in idles until it returns %FALSE
 *
 * Builds or shows what lies below the fold once the page has been drawn (issue 19):
 * @func runs in an idle after the next frame of the page, so the first frame measures
 * what it shows and the rest follows a frame later. A second call replaces a @func
 * that has not finished.
 */
void
opl_page_after_layout (OplPage          *self,
                       OplPageLaterFunc  func)
{
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  g_return_if_fail (OPL_IS_PAGE (self));
  g_return_if_fail (func != NULL);

  priv->later = func;
  if (priv->tick_id == 0 && priv->later_id == 0)
    priv->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_first_tick_cb, NULL, NULL);
}

static gboolean
show_later_widget (OplPage *self)
{
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  if (priv->later_widget != NULL)
    gtk_widget_set_visible (priv->later_widget, TRUE);

  return FALSE;
}

/**
 * opl_page_show_after_layout:
 * @widget: a hidden part of the page (a box of the groups below the fold)
 *
 * Shows @widget after the page's next frame (opl_page_after_layout ()): built with the
 * page, but not measured for its first frame.
 */
void
opl_page_show_after_layout (OplPage   *self,
                            GtkWidget *widget)
{
  OplPagePrivate *priv = opl_page_get_instance_private (self);

  g_return_if_fail (OPL_IS_PAGE (self));
  g_return_if_fail (gtk_widget_is_ancestor (widget, GTK_WIDGET (self)));

  priv->later_widget = widget;
  opl_page_after_layout (self, show_later_widget);
}

/**
 * opl_page_get_focus_key:
 * @within: the part of the page to look in
 *
 * The "opl-key" of the row (or other widget) that has the keyboard focus, to give it
 * the focus back after the page is rebuilt.
 *
 * Returns: (nullable): the key, or %NULL when the focus is elsewhere
 */
char *
opl_page_get_focus_key (OplPage   *self,
                        GtkWidget *within)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (OPL_IS_PAGE (self), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (within), NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, within))
    return NULL;

  for (GtkWidget *widget = focus; widget != NULL && widget != within; widget = gtk_widget_get_parent (widget))
    {
      const char *key = g_object_get_data (G_OBJECT (widget), "opl-key");

      if (key != NULL)
        return g_strdup (key);
    }

  return NULL;
}

/* opl-page.h: the base of a person's views, which follow the store.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_PAGE (opl_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (OplPage, opl_page, OPL, PAGE, AdwBin)

struct _OplPageClass
{
  AdwBinClass parent_class;

  /* Rebuilds the page from the store. */
  void (*refresh) (OplPage *self);
};

/**
 * OplPageLaterFunc:
 *
 * Does a part of what the page builds after its first layout (opl_page_after_layout ()).
 *
 * Returns: %TRUE while there is more to do (it is called again, in the next idle)
 */
typedef gboolean (*OplPageLaterFunc) (OplPage *self);

OplStore  *opl_page_get_store      (OplPage    *self);
OplPerson *opl_page_get_person     (OplPage    *self);
void       opl_page_refresh        (OplPage    *self);
void       opl_page_queue_refresh  (OplPage    *self);
void       opl_page_after_layout   (OplPage    *self,
                                    OplPageLaterFunc func);
void       opl_page_show_after_layout (OplPage   *self,
                                       GtkWidget *widget);
char      *opl_page_get_focus_key  (OplPage    *self,
                                    GtkWidget  *within) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

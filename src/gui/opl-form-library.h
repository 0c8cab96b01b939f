/* opl-form-library.h: the form definitions a window offers for new forms.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "opl-form-registry.h"
#include "opl-store.h"

G_BEGIN_DECLS

OplFormRegistry   *opl_form_library_get_registry  (OplStore           *store);
char              *opl_form_library_get_directory (void) G_GNUC_WARN_UNUSED_RESULT;
OplFormDefinition *opl_form_library_add_file      (OplStore           *store,
                                                   GFile              *file,
                                                   GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           opl_form_library_is_institute  (OplStore           *store,
                                                   OplFormDefinition  *definition);

G_END_DECLS

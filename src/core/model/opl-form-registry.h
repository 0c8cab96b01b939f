/* opl-form-registry.h: the form definitions an app knows: the shipped ones and an
 * institute's own.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Definitions are keyed by (id, version). For a NEW form of a kind, the registry
 * offers the highest version of that kind's standard id (opl_form_kind_to_string()):
 * an institute replaces a shipped form by giving its own file the same id and a higher
 * version. A file with another id is an additional form of its kind (listed, never
 * chosen automatically). Forms already filled keep the id and version they were filled
 * against: the store renders them from its own copy, whatever the registry holds.
 */

#pragma once

#include <gio/gio.h>

#include "opl-form-definition.h"

G_BEGIN_DECLS

#define OPL_TYPE_FORM_REGISTRY (opl_form_registry_get_type ())

G_DECLARE_FINAL_TYPE (OplFormRegistry, opl_form_registry, OPL, FORM_REGISTRY, GObject)

OplFormRegistry   *opl_form_registry_new             (void) G_GNUC_WARN_UNUSED_RESULT;
OplFormRegistry   *opl_form_registry_new_default     (GError            **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean           opl_form_registry_add             (OplFormRegistry    *self,
                                                      OplFormDefinition  *definition,
                                                      GError            **error);
gboolean           opl_form_registry_add_file        (OplFormRegistry    *self,
                                                      const char         *path,
                                                      GError            **error);
gboolean           opl_form_registry_add_directory   (OplFormRegistry    *self,
                                                      const char         *path,
                                                      GError            **error);
void               opl_form_registry_remove_all      (OplFormRegistry    *self);

OplFormDefinition *opl_form_registry_lookup          (OplFormRegistry    *self,
                                                      const char         *id,
                                                      int                 version);
OplFormDefinition *opl_form_registry_get_latest      (OplFormRegistry    *self,
                                                      const char         *id);
OplFormDefinition *opl_form_registry_get_current     (OplFormRegistry    *self,
                                                      OplFormKind         kind);
GPtrArray         *opl_form_registry_list            (OplFormRegistry    *self,
                                                      int                 kind) G_GNUC_WARN_UNUSED_RESULT;

const char * const *opl_form_registry_get_shipped_names (void);

G_END_DECLS

/* opl-export-private.h: what the export's files share.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-export-bundle.h"
#include "opl-export-schema.h"

G_BEGIN_DECLS

/* A bundle of a document whose members are in schema order (the store makes it so). */
OplExportBundle *opl_export_bundle_new_from_root   (JsonObject   *root,
                                                    GError      **error) G_GNUC_WARN_UNUSED_RESULT;

/* opl-export-check.c: the checks across rows of a document that passed the schema:
 * unique ids and keys, references inside the bundle, the rules of the database's
 * constraints and triggers. Fills @definitions ("id:version" -> OplFormDefinition). */
gboolean         opl_export_check_document         (JsonObject   *root,
                                                    GHashTable   *definitions,
                                                    GError      **error);
char            *opl_export_definition_key         (const char   *definition_id,
                                                    gint64        version) G_GNUC_WARN_UNUSED_RESULT;

/* @text made fit for a one-line message: line breaks shown as \n, other control
 * characters as spaces, at most 300 characters (a bundle's values are quoted in
 * messages, and may hold anything). */
char            *opl_export_one_line               (const char   *text) G_GNUC_WARN_UNUSED_RESULT;

/* The canonical text of @node (see opl_export_bundle_to_json()). */
char            *opl_export_node_to_json           (JsonNode     *node) G_GNUC_WARN_UNUSED_RESULT;
void             opl_export_append_double          (GString      *out,
                                                    double        value);

G_END_DECLS

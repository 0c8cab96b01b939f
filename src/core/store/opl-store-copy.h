/* opl-store-copy.h: a copy of the practice for a laptop (issue 16; design.md §5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-store.h"

G_BEGIN_DECLS

/**
 * OplCopyInfo:
 * @copy_id: the copy's id, as the practice recorded it
 * @practice_id: the practice it is a copy of
 * @practice_name: its name when the copy was taken
 * @taken_at: when (an ISO 8601 timestamp, UTC)
 * @taken_by: (nullable): the profile that took it
 * @base_digest: the BLAKE2b-256 of the state it was taken from (sync_copy_info.base)
 *
 * What a copy for a laptop says about itself.
 */
typedef struct
{
  char *copy_id;
  char *practice_id;
  char *practice_name;
  char *taken_at;
  char *taken_by;
  char *base_digest;
} OplCopyInfo;

void         opl_copy_info_free         (OplCopyInfo  *info);
OplCopyInfo *opl_copy_info_read         (OplDatabase  *database) G_GNUC_WARN_UNUSED_RESULT;

char        *opl_store_get_practice_id  (OplStore     *self) G_GNUC_WARN_UNUSED_RESULT;
OplCopyInfo *opl_store_get_copy_info    (OplStore     *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean     opl_store_copy_out         (OplStore     *self,
                                         const char   *path,
                                         const char   *parent_id,
                                         GError      **error);
gboolean     opl_store_copy_was_taken   (OplStore     *self,
                                         const char   *copy_id,
                                         char        **base_digest,
                                         GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplCopyInfo, opl_copy_info_free)

G_END_DECLS

/* opl-merge.h: a copy for a laptop merged back into the practice (issue 16;
 * design.md §5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-store-copy.h"

G_BEGIN_DECLS

#define OPL_MERGE_ERROR (opl_merge_error_quark ())

/**
 * OplMergeError:
 * @OPL_MERGE_ERROR_NOT_A_COPY: the file is no copy for a laptop (a practice file, or
 *   not this app's)
 * @OPL_MERGE_ERROR_FOREIGN: a copy of another practice, or one this practice did not
 *   hand out
 * @OPL_MERGE_ERROR_TAMPERED: the state the copy was taken from was changed on the way
 * @OPL_MERGE_ERROR_UNRESOLVED: a conflict has no choice yet
 * @OPL_MERGE_ERROR_CHANGED: the practice changed since the preview; look again
 * @OPL_MERGE_ERROR_REFUSED: the merged practice would break a rule of the schema
 */
typedef enum
{
  OPL_MERGE_ERROR_NOT_A_COPY,
  OPL_MERGE_ERROR_FOREIGN,
  OPL_MERGE_ERROR_TAMPERED,
  OPL_MERGE_ERROR_UNRESOLVED,
  OPL_MERGE_ERROR_CHANGED,
  OPL_MERGE_ERROR_REFUSED,
} OplMergeError;

typedef enum
{
  OPL_MERGE_SIDE_NONE,
  OPL_MERGE_SIDE_PRACTICE,
  OPL_MERGE_SIDE_COPY,
} OplMergeSide;

/**
 * OplMergeConflictKind:
 * @OPL_MERGE_CONFLICT_FIELD: the same field changed on both sides
 * @OPL_MERGE_CONFLICT_DELETED_IN_PRACTICE: changed on the laptop, deleted in the practice
 * @OPL_MERGE_CONFLICT_DELETED_IN_COPY: deleted on the laptop, changed in the practice
 * @OPL_MERGE_CONFLICT_ADDED_TWICE: both sides added the same thing (the same leergesprek
 *   week, the same tick) differently
 * @OPL_MERGE_CONFLICT_FINAL_FORM: a form signed off on one side and edited on the
 *   other: the edits become a new version, never a change of the final form
 */
typedef enum
{
  OPL_MERGE_CONFLICT_FIELD,
  OPL_MERGE_CONFLICT_DELETED_IN_PRACTICE,
  OPL_MERGE_CONFLICT_DELETED_IN_COPY,
  OPL_MERGE_CONFLICT_ADDED_TWICE,
  OPL_MERGE_CONFLICT_FINAL_FORM,
} OplMergeConflictKind;

/**
 * OplMergeConflict:
 * @key: stable for the same conflict across previews
 * @title: what it is about, in words ("Leergesprek of 12-03-2027")
 * @field: (nullable): the field, in words, for %OPL_MERGE_CONFLICT_FIELD
 * @practice_value: (nullable): the practice's side, in words (%NULL: deleted)
 * @copy_value: (nullable): the laptop's side, in words
 * @practice_by, @copy_by: (nullable): who changed it there (a name)
 * @practice_at, @copy_at: (nullable): when (ISO 8601)
 * @choice: the side chosen, or %OPL_MERGE_SIDE_NONE
 */
typedef struct
{
  OplMergeConflictKind  kind;
  char                 *key;
  char                 *table;
  char                 *row_key;
  char                 *column;
  char                 *title;
  char                 *field;
  char                 *practice_value;
  char                 *copy_value;
  char                 *practice_by;
  char                 *practice_at;
  char                 *copy_by;
  char                 *copy_at;
  OplMergeSide          choice;
  gboolean              decided_before;
} OplMergeConflict;

/**
 * OplMergeCounts:
 * @added, @changed, @deleted: rows the merge writes into the practice
 * @already: rows the laptop changed that the practice already holds as they are
 * @conflicts: true conflicts, chosen or not
 * @unresolved: of those, without a choice
 */
typedef struct
{
  guint added;
  guint changed;
  guint deleted;
  guint already;
  guint conflicts;
  guint unresolved;
} OplMergeCounts;

/**
 * OplMergeLine:
 * @label: a kind of thing in words ("Leergesprekken")
 *
 * The preview's line for one table.
 */
typedef struct
{
  char  *table;
  char  *label;
  guint  added;
  guint  changed;
  guint  deleted;
} OplMergeLine;

#define OPL_TYPE_MERGE (opl_merge_get_type ())

G_DECLARE_FINAL_TYPE (OplMerge, opl_merge, OPL, MERGE, GObject)

GQuark             opl_merge_error_quark      (void);

OplMerge          *opl_merge_new              (OplStore      *store,
                                               const char    *copy_path,
                                               GError       **error);
const OplCopyInfo *opl_merge_get_copy_info    (OplMerge      *self);
gboolean           opl_merge_was_merged       (OplMerge      *self);
void               opl_merge_get_counts       (OplMerge      *self,
                                               OplMergeCounts *counts);
GPtrArray         *opl_merge_get_lines        (OplMerge      *self);
GPtrArray         *opl_merge_get_conflicts    (OplMerge      *self);
const char        *opl_merge_get_problem      (OplMerge      *self);
gboolean           opl_merge_choose           (OplMerge      *self,
                                               const char    *key,
                                               OplMergeSide   side,
                                               GError       **error);
gboolean           opl_merge_choose_all       (OplMerge      *self,
                                               OplMergeSide   side,
                                               GError       **error);
gboolean           opl_merge_apply            (OplMerge      *self,
                                               GError       **error);
gboolean           opl_merge_hand_back        (OplMerge      *self,
                                               const char    *path,
                                               GError       **error);

G_END_DECLS

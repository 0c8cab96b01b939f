/* opl-merge-private.h: what opl-merge.c and opl-merge-changes.c share.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "opl-merge.h"

G_BEGIN_DECLS

/* The names the copy and the state it was taken from have on the store's connection
 * during a merge. */
#define OPL_MERGE_COPY_DB "opl_copy"
#define OPL_MERGE_BASE_DB "opl_base"

/* A table of the practice, as the merge sees it. */
typedef struct
{
  char       *name;
  guint       order;          /* its place in the order of writing */
  guint       n_columns;
  char      **columns;        /* n_columns, then NULL */
  guint8     *pk;             /* 1 for a column of the primary key */
  int         changed_at;     /* the audit columns' indexes, or -1 */
  int         changed_by;
  GPtrArray  *uniques;        /* char *: a WHERE clause with ?s for a UNIQUE index */
  GPtrArray  *unique_columns; /* GArray of guint per unique, the columns bound */
  GArray     *parents;        /* OplMergeParent */
  GHashTable *statements;     /* SQL -> a statement prepared once (opl_merge_table_statement) */
} OplMergeTable;

typedef struct
{
  guint  column;
  char  *table;
} OplMergeParent;

/* One row's change on one side since the copy was taken. Values are NULL pointers
 * where the change holds none (an UPDATE's unchanged columns). */
typedef struct
{
  OplMergeTable  *table;
  int             op;          /* SQLITE_INSERT, SQLITE_UPDATE or SQLITE_DELETE */
  sqlite3_value **old_values;
  sqlite3_value **new_values;
  char           *row_key;     /* the primary key's values, joined with '|' */
  char           *key;         /* table:row_key */
} OplMergeChange;

GPtrArray      *opl_merge_read_tables     (sqlite3          *db,
                                           GError          **error);
gboolean        opl_merge_diff            (sqlite3          *db,
                                           const char       *target,
                                           GPtrArray        *tables,
                                           GPtrArray        *changes,
                                           GHashTable       *by_key,
                                           char            **digest,
                                           GError          **error);
void            opl_merge_change_free     (OplMergeChange   *change);
sqlite3_stmt   *opl_merge_table_statement (OplMergeTable    *table,
                                           sqlite3          *db,
                                           const char       *sql);
void            opl_merge_tables_forget_statements (GPtrArray *tables);
void            opl_merge_table_free      (OplMergeTable    *table);

sqlite3_value **opl_merge_fetch_row       (sqlite3          *db,
                                           const char       *schema,
                                           OplMergeTable    *table,
                                           sqlite3_value   **pk_values);
sqlite3_value **opl_merge_values_new      (guint             n);
void            opl_merge_values_free     (sqlite3_value   **values,
                                           guint             n);
sqlite3_value **opl_merge_values_copy     (sqlite3_value   **values,
                                           guint             n);
gboolean        opl_merge_value_equal     (sqlite3_value    *a,
                                           sqlite3_value    *b);
sqlite3_value  *opl_merge_value_text      (sqlite3          *db,
                                           const char       *text);
int             opl_merge_column          (OplMergeTable    *table,
                                           const char       *name);
gboolean        opl_merge_is_audit        (OplMergeTable    *table,
                                           guint             column);
sqlite3_value **opl_merge_change_pk       (OplMergeChange   *change);
OplMergeChange *opl_merge_compare_rows    (OplMergeTable    *table,
                                           sqlite3_value   **was,
                                           sqlite3_value   **is);

typedef enum
{
  OP_INSERT,
  OP_UPDATE,
  OP_DELETE,
} OpKind;

/* One write of the plan. An UPDATE sets the columns marked in @set. */
typedef struct
{
  OplMergeTable  *table;
  OpKind          kind;
  sqlite3_value **values;
  guint8         *set;
  guint           seq;
  gboolean        counted;   /* a change of the laptop's, in the preview's counts */
} Op;

struct _OplMerge
{
  GObject          parent_instance;

  OplStore        *store;
  sqlite3         *db;
  char            *temp_path;       /* the copy set aside, or NULL when read in place */
  OplDatabase     *copy;            /* the copy, read (its quick_check on a worker) */
  GThread         *digest_thread;   /* the base's digest, on a worker meanwhile */
  char            *recorded_digest; /* the practice's record of it */
  OplCopyInfo     *info;
  gboolean         copy_attached;
  gboolean         base_attached;
  gboolean         applied;
  char            *now;

  GPtrArray       *tables;
  GPtrArray       *copy_changes;
  GHashTable      *copy_by_key;
  GPtrArray       *practice_changes;
  GHashTable      *practice_by_key;
  char            *changes_digest;
  char            *merged_on;       /* when this very copy was merged before */
  GHashTable      *choices;         /* conflict key -> OplMergeSide */
  GHashTable      *previous;        /* earlier choices: key \x1f practice \x1f copy -> side */

  /* The plan */
  GPtrArray       *ops;
  GPtrArray       *conflicts;
  GHashTable      *lines;           /* table name -> OplMergeLine */
  GPtrArray       *line_list;
  GHashTable      *remap;           /* "table:laptop id" -> the practice's id */
  GHashTable      *handled;         /* copy change keys a form's conflict took */
  OplMergeCounts   counts;
  char            *problem;         /* why the plan cannot be applied, or NULL */

  /* The practice as the preview read it, for check_unchanged(): the rows written on the
   * store's connection then, with those of the plans tried since, and the commits of
   * other connections. */
  int              total_changes;
  gint64           data_version;
};

void            opl_merge_replan          (OplMerge         *self);
gboolean        opl_merge_run_ops         (OplMerge         *self,
                                           GError          **error);
void            opl_merge_op_free         (Op               *op);
void            opl_merge_conflict_free   (OplMergeConflict *conflict);

gboolean opl_merge_read_failed (sqlite3  *db,
                                GError  **error);

G_END_DECLS

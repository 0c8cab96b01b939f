/* opl-merge.c: a copy for a laptop merged back into the practice (issue 16;
 * design.md §5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A three-way merge. The returned copy is copied aside (the user's file is never
 * written) and opened like a practice (a newer schema, another application's file or a
 * damaged one is refused there); it must be a copy this practice handed out, and the
 * state it was taken from (its sync_copy_info.base) must have the digest the practice
 * recorded. That state is attached to the store's connection as an in-memory database,
 * the copy beside it, and SQLite's session extension reads what changed on the laptop
 * and what changed in the practice since (opl-merge-changes.c).
 *
 * The plan: a row changed on one side only takes that side's change; a row changed on
 * both merges field by field. A true conflict (the same field changed to different
 * values, a row deleted on one side and changed on the other, the same thing added
 * twice differently, a form signed off on one side and edited on the other) waits for
 * a choice; nothing is dropped unseen. A final form is never changed: the edits become
 * a new version. The plan is tried in a savepoint that is rolled back, so the preview
 * shows what applying will do, or why it cannot.
 *
 * Applying is one transaction that first checks that the practice has not changed
 * since the preview, keeps who changed each row on the laptop and when (a row decided
 * by a choice records who chose and when) and records the merge and every choice
 * (sync_merge, sync_choice). Merging the same copy again finds it merged and does
 * nothing; an earlier choice is not asked again.
 */

#define G_LOG_DOMAIN "opl-merge"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-merge-private.h"
#include "opl-schema.h"
#include "opl-store-private.h"

G_DEFINE_QUARK (opl-merge-error-quark, opl_merge_error)

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
  char            *temp_path;
  OplCopyInfo     *info;
  gboolean         attached;
  gboolean         applied;
  char            *now;

  GPtrArray       *tables;
  GPtrArray       *copy_changes;
  GHashTable      *copy_by_key;
  GPtrArray       *practice_changes;
  GHashTable      *practice_by_key;
  char            *changes_digest;
  char            *practice_digest;
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

G_DEFINE_FINAL_TYPE (OplMerge, opl_merge, G_TYPE_OBJECT)

/* Labels --------------------------------------------------------------------------- */

/* What each table holds, in words, and the column that tells one row from another. */
static const struct
{
  const char *table;
  const char *label;      /* the kind, for the preview's lines */
  const char *one;        /* one row of it, for a conflict's title */
  const char *column;     /* what tells one row from another */
} table_labels[] = {
  { "practice", N_("Practice"), N_("Practice"), "name" },
  { "person", N_("People"), N_("Person"), "name" },
  { "traject", N_("Trajecten"), N_("Traject"), "start_date" },
  { "traject_opleider", N_("Opleiders of a traject"), N_("Opleider of a traject"), "opleider_id" },
  { "leave_period", N_("Leave"), N_("Leave"), "start_date" },
  { "checklist_tick", N_("Checklist ticks"), N_("Checklist tick"), "period_key" },
  { "moment_done", N_("Moments done"), N_("Moment done"), "month" },
  { "leergesprek_slot", N_("Weekly leergesprek hours"), N_("Weekly leergesprek hour"), "weekday" },
  { "closure", N_("Closures"), N_("Closure"), "start_date" },
  { "leergesprek", N_("Leergesprekken"), N_("Leergesprek"), "date" },
  { "form_definition", N_("Form definitions"), N_("Form definition"), "definition_id" },
  { "form", N_("Forms"), N_("Form"), "kind" },
  { "form_answer", N_("Form answers"), N_("Form answer"), "item_id" },
  { "kpb_entry", N_("KPB/KVB"), N_("KPB/KVB"), "entry_date" },
  { "dienst", N_("Diensten"), N_("Dienst"), "dienst_date" },
  { "scholing", N_("Scholingsdagen"), N_("Scholingsdag"), "date" },
  { "scholing_dispensation", N_("Scholing dispensations"), N_("Scholing dispensation"), "year" },
  { "leerpunt", N_("Leerpunten"), N_("Leerpunt"), "text" },
  { "hao_gesprek", N_("HAO-voortgangsgesprekken"), N_("HAO-voortgangsgesprek"), "date" },
  { "practice_form_definition", N_("The practice's form definitions"), N_("The practice's form definition"),
    "definition_id" },
  { "institute_profile", N_("Institute profiles"), N_("Institute profile"), "institute_id" },
  { "opleider_year", N_("Opleiders' roles per year"), N_("Opleider's role in a year"), "year" },
  { "profile_lock", N_("Passphrases"), N_("Passphrase"), "person_id" },
  { "form_seal", N_("Sealed drafts"), N_("Sealed draft"), "form_id" },
};

/* Fields in words; others show their column's name. */
static const struct
{
  const char *column;
  const char *label;
} column_labels[] = {
  { "name", N_("Name") }, { "date", N_("Date") }, { "notes", N_("Notes") }, { "agenda", N_("Agenda") },
  { "agreements", N_("Agreements") }, { "top", N_("Top") }, { "tip", N_("Tip") }, { "status", N_("Status") },
  { "value", N_("Answer") }, { "note", N_("Note") }, { "state", N_("State") }, { "topic", N_("Topic") },
  { "feedback", N_("Feedback") }, { "score", N_("Score") }, { "start_date", N_("Start") },
  { "end_date", N_("End") }, { "text", N_("Text") }, { "title", N_("Title") }, { "kind", N_("Kind") },
  { "start_minute", N_("Time") }, { "duration", N_("Duration") }, { "box", N_("Sealed answers") },
};

static const char *
table_label (OplMergeTable *table,
             const char   **column)
{
  for (guint i = 0; i < G_N_ELEMENTS (table_labels); i++)
    if (g_str_equal (table_labels[i].table, table->name))
      {
        if (column != NULL)
          *column = table_labels[i].column;
        return column != NULL ? _(table_labels[i].one) : _(table_labels[i].label);
      }

  if (column != NULL)
    *column = NULL;
  return table->name;
}

static char *
column_label (const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_labels); i++)
    if (g_str_equal (column_labels[i].column, column))
      return g_strdup (_(column_labels[i].label));

  return g_strdelimit (g_strdup (column), "_", ' ');
}

static const char *
person_name (OplMerge   *self,
             const char *id)
{
  GListModel *people = opl_store_get_all_people (self->store);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (opl_person_get_id (person), id))
        return opl_person_get_name (person);
    }
  return NULL;
}

static gboolean
is_iso_date (const char *text)
{
  return text != NULL && strlen (text) == 10 && g_ascii_isdigit (text[0]) && text[4] == '-' && text[7] == '-';
}

/* "2 April 2026", as the app shows dates. */
static char *
format_date (const char *text)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;

  if (sscanf (text, "%4d-%2d-%2d", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
    return g_strdup (text);

  time = g_date_time_new_local (year, month, day, 0, 0, 0);
  /* Translators: a full date, see g_date_time_format(); “1 July 2026” */
  return g_date_time_format (time, _("%-d %B %Y"));
}

static char *
value_text (OplMerge      *self,
            sqlite3_value *value)
{
  const char *text, *name;

  if (value == NULL || sqlite3_value_type (value) == SQLITE_NULL)
    return g_strdup (_("(empty)"));
  if (sqlite3_value_type (value) == SQLITE_BLOB)
    return g_strdup (_("(sealed)"));

  text = (const char *) sqlite3_value_text (value);
  if ((name = person_name (self, text)) != NULL)
    return g_strdup (name);
  if (is_iso_date (text))
    return format_date (text);
  return g_strdup (text);
}

static sqlite3_value *
column_value (OplMergeTable  *table,
              sqlite3_value **values,
              const char     *column)
{
  int i = opl_merge_column (table, column);

  return values != NULL && i >= 0 ? values[i] : NULL;
}

static char *
value_string (sqlite3_value *value)
{
  if (value == NULL || sqlite3_value_type (value) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *) sqlite3_value_text (value));
}

/* "Leergesprekken · 2027-03-12": the kind of thing and which one. */
static char *
describe_row (OplMerge       *self,
              OplMergeTable  *table,
              sqlite3_value **row)
{
  const char *column = NULL;
  const char *label = table_label (table, &column);
  sqlite3_value *value = column != NULL ? column_value (table, row, column) : NULL;
  g_autofree char *text = NULL;

  if (value == NULL)
    return g_strdup (label);

  text = value_text (self, value);
  return g_strdup_printf ("%s · %s", label, text);
}

/* The row a change is about, as it is in the practice, or else on the laptop, or else
 * as it was. */
static sqlite3_value **
fetch_any (OplMerge       *self,
           OplMergeChange *change)
{
  sqlite3_value **pk = opl_merge_change_pk (change);
  sqlite3_value **row = opl_merge_fetch_row (self->db, "main", change->table, pk);

  if (row == NULL)
    row = opl_merge_fetch_row (self->db, OPL_MERGE_COPY_DB, change->table, pk);
  if (row == NULL)
    row = opl_merge_fetch_row (self->db, OPL_MERGE_BASE_DB, change->table, pk);
  return row;
}

/* Whether a form answer or seal belongs to a private draft that the actor may not read
 * (design.md §7): its values are not shown, nor kept in the record of the choice. */
static gboolean
is_private_row (OplMerge       *self,
                OplMergeTable  *table,
                sqlite3_value **row)
{
  g_autofree char *form_id = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean hidden = FALSE;

  if (g_str_equal (table->name, "form_seal"))
    return TRUE;
  if (!g_str_equal (table->name, "form_answer") || (form_id = value_string (column_value (table, row, "form_id"))) == NULL)
    return FALSE;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT author_id FROM (SELECT * FROM main.form WHERE id = ?1 UNION ALL"
                          " SELECT * FROM " OPL_MERGE_COPY_DB ".form WHERE id = ?1)"
                          " WHERE shared = 0 AND (kind = 'leoh' OR (kind = 'combel' AND author_role = 'aios')) LIMIT 1",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, form_id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        hidden = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), opl_store_get_actor (self->store)) != 0;
    }
  sqlite3_finalize (stmt);
  return hidden;
}

/* Conflicts --------------------------------------------------------------------------- */

static void
conflict_free (OplMergeConflict *conflict)
{
  g_free (conflict->key);
  g_free (conflict->table);
  g_free (conflict->row_key);
  g_free (conflict->column);
  g_free (conflict->title);
  g_free (conflict->field);
  g_free (conflict->practice_value);
  g_free (conflict->copy_value);
  g_free (conflict->practice_by);
  g_free (conflict->practice_at);
  g_free (conflict->copy_by);
  g_free (conflict->copy_at);
  g_free (conflict);
}

/* Who changed a row on a side, and when: the audit columns of its new values. */
static void
set_who (OplMerge       *self,
         OplMergeTable  *table,
         sqlite3_value **values,
         char          **by,
         char          **at)
{
  g_autofree char *id = value_string (column_value (table, values, "changed_by"));

  *by = g_strdup (person_name (self, id));
  *at = value_string (column_value (table, values, "changed_at"));
}

static char *
previous_key (OplMergeConflict *conflict)
{
  return g_strconcat (conflict->key, "\x1f", conflict->practice_value != NULL ? conflict->practice_value : "",
                      "\x1f", conflict->copy_value != NULL ? conflict->copy_value : "", NULL);
}

/* Adds a conflict to the plan and says the side chosen for it: this preview's choice,
 * or the same conflict's choice in an earlier merge of this copy. */
static OplMergeSide
add_conflict (OplMerge         *self,
              OplMergeConflict *conflict)
{
  gpointer side;

  if (g_hash_table_lookup_extended (self->choices, conflict->key, NULL, &side))
    conflict->choice = GPOINTER_TO_INT (side);
  else
    {
      g_autofree char *key = previous_key (conflict);

      if (g_hash_table_lookup_extended (self->previous, key, NULL, &side))
        {
          conflict->choice = GPOINTER_TO_INT (side);
          conflict->decided_before = TRUE;
        }
    }

  g_ptr_array_add (self->conflicts, conflict);
  self->counts.conflicts++;
  if (conflict->choice == OPL_MERGE_SIDE_NONE)
    self->counts.unresolved++;
  return conflict->choice;
}

static OplMergeConflict *
conflict_new (OplMerge             *self,
              OplMergeConflictKind  kind,
              OplMergeChange       *change,
              const char           *column)
{
  OplMergeConflict *conflict = g_new0 (OplMergeConflict, 1);
  sqlite3_value **row = fetch_any (self, change);

  conflict->kind = kind;
  conflict->table = g_strdup (change->table->name);
  conflict->row_key = g_strdup (change->row_key);
  conflict->column = g_strdup (column);
  conflict->key = column != NULL ? g_strconcat (change->key, ".", column, NULL) : g_strdup (change->key);
  conflict->title = describe_row (self, change->table, row);
  conflict->field = column != NULL ? column_label (column) : NULL;
  opl_merge_values_free (row, change->table->n_columns);
  return conflict;
}

/* The plan's writes ------------------------------------------------------------------- */

static void
op_free (Op *op)
{
  opl_merge_values_free (op->values, op->table->n_columns);
  g_free (op->set);
  g_free (op);
}

static OplMergeLine *
line_for (OplMerge      *self,
          OplMergeTable *table)
{
  OplMergeLine *line = g_hash_table_lookup (self->lines, table->name);

  if (line == NULL)
    {
      line = g_new0 (OplMergeLine, 1);
      line->table = g_strdup (table->name);
      line->label = g_strdup (table_label (table, NULL));
      g_hash_table_insert (self->lines, line->table, line);
      g_ptr_array_add (self->line_list, line);
    }
  return line;
}

static Op *
add_op (OplMerge        *self,
        OplMergeTable   *table,
        OpKind           kind,
        sqlite3_value  **values,
        gboolean         counted)
{
  Op *op = g_new0 (Op, 1);

  op->table = table;
  op->kind = kind;
  op->values = values;
  op->seq = self->ops->len;
  op->counted = counted;
  if (kind == OP_UPDATE)
    op->set = g_new0 (guint8, table->n_columns);
  g_ptr_array_add (self->ops, op);

  if (counted)
    {
      OplMergeLine *line = line_for (self, table);

      switch (kind)
        {
        case OP_INSERT:
          self->counts.added++;
          line->added++;
          break;
        case OP_UPDATE:
          self->counts.changed++;
          line->changed++;
          break;
        case OP_DELETE:
        default:
          self->counts.deleted++;
          line->deleted++;
          break;
        }
    }
  return op;
}

static void
set_value (Op            *op,
           guint          column,
           sqlite3_value *value)
{
  sqlite3_value_free (op->values[column]);
  op->values[column] = value != NULL ? sqlite3_value_dup (value) : NULL;
  if (op->set != NULL)
    op->set[column] = TRUE;
}

static void
set_text (OplMerge   *self,
          Op         *op,
          const char *column,
          const char *text)
{
  int i = opl_merge_column (op->table, column);
  sqlite3_value *value;

  if (i < 0)
    return;
  value = opl_merge_value_text (self->db, text);
  set_value (op, (guint) i, value);
  sqlite3_value_free (value);
}

/* A row decided by a choice records who chose, and when. */
static void
mark_chosen (OplMerge *self,
             Op       *op)
{
  set_text (self, op, "changed_at", self->now);
  set_text (self, op, "changed_by", opl_store_get_actor (self->store));
}

/* The laptop's ids of rows the practice already had are the practice's in the rows
 * that point to them. */
static void
remap_parents (OplMerge       *self,
               OplMergeTable  *table,
               sqlite3_value **values)
{
  for (guint i = 0; i < table->parents->len; i++)
    {
      OplMergeParent *parent = &g_array_index (table->parents, OplMergeParent, i);
      g_autofree char *id = value_string (values[parent->column]);
      g_autofree char *key = NULL;
      const char *practice_id;
      sqlite3_value *value;

      if (id == NULL)
        continue;
      key = g_strconcat (parent->table, ":", id, NULL);
      if ((practice_id = g_hash_table_lookup (self->remap, key)) == NULL)
        continue;

      value = opl_merge_value_text (self->db, practice_id);
      sqlite3_value_free (values[parent->column]);
      values[parent->column] = value;
    }
}

static Op *
update_op (OplMerge       *self,
           OplMergeTable  *table,
           sqlite3_value **pk,
           gboolean        counted)
{
  Op *op = add_op (self, table, OP_UPDATE, opl_merge_values_new (table->n_columns), counted);

  for (guint i = 0; i < table->n_columns; i++)
    if (table->pk[i])
      op->values[i] = sqlite3_value_dup (pk[i]);
  return op;
}

static Op *
delete_op (OplMerge       *self,
           OplMergeTable  *table,
           sqlite3_value **pk,
           gboolean        counted)
{
  Op *op = add_op (self, table, OP_DELETE, opl_merge_values_new (table->n_columns), counted);

  for (guint i = 0; i < table->n_columns; i++)
    if (table->pk[i])
      op->values[i] = sqlite3_value_dup (pk[i]);
  return op;
}

/* The later of two sides' audit values goes into a row both changed. */
static void
set_audit (Op             *op,
           OplMergeChange *change,
           OplMergeChange *other)
{
  OplMergeTable *table = op->table;
  sqlite3_value *at, *other_at;

  if (table->changed_at < 0 || (at = change->new_values[table->changed_at]) == NULL)
    return;
  other_at = other != NULL ? other->new_values[table->changed_at] : NULL;
  if (other_at != NULL && g_strcmp0 ((const char *) sqlite3_value_text (other_at),
                                     (const char *) sqlite3_value_text (at)) > 0)
    return;

  set_value (op, (guint) table->changed_at, at);
  if (table->changed_by >= 0 && change->new_values[table->changed_by] != NULL)
    set_value (op, (guint) table->changed_by, change->new_values[table->changed_by]);
}

/* Planning each change ------------------------------------------------------------------- */

static gboolean
same_content (OplMergeTable  *table,
              sqlite3_value **a,
              sqlite3_value **b)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (!table->pk[i] && !opl_merge_is_audit (table, i) && !opl_merge_value_equal (a[i], b[i]))
      return FALSE;
  return TRUE;
}

/* The practice's row that a UNIQUE index would not let @values in beside, if any. */
static sqlite3_value **
find_twin (OplMerge       *self,
           OplMergeTable  *table,
           sqlite3_value **values)
{
  for (guint u = 0; u < table->uniques->len; u++)
    {
      GArray *columns = g_ptr_array_index (table->unique_columns, u);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM main.\"%s\" WHERE %s", table->name,
                                              (const char *) g_ptr_array_index (table->uniques, u));
      g_autofree char *copy_sql = g_strdup_printf ("SELECT 1 FROM " OPL_MERGE_COPY_DB ".\"%s\" WHERE %s",
                                                   table->name, (const char *) g_ptr_array_index (table->uniques, u));
      sqlite3_value **row = NULL;
      sqlite3_stmt *stmt = NULL;
      gboolean in_index = FALSE;

      /* The laptop's row must be in the (partial) index itself. */
      if (sqlite3_prepare_v2 (self->db, copy_sql, -1, &stmt, NULL) == SQLITE_OK)
        {
          for (guint c = 0; c < columns->len; c++)
            sqlite3_bind_value (stmt, (int) c + 1, values[g_array_index (columns, guint, c)]);
          in_index = sqlite3_step (stmt) == SQLITE_ROW;
        }
      sqlite3_finalize (stmt);
      stmt = NULL;
      if (!in_index || sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;

      for (guint c = 0; c < columns->len; c++)
        sqlite3_bind_value (stmt, (int) c + 1, values[g_array_index (columns, guint, c)]);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          row = opl_merge_values_new (table->n_columns);
          for (guint i = 0; i < table->n_columns; i++)
            row[i] = sqlite3_value_dup (sqlite3_column_value (stmt, (int) i));
        }
      sqlite3_finalize (stmt);
      if (row != NULL)
        return row;
    }
  return NULL;
}

static void
remember_twin (OplMerge       *self,
               OplMergeChange *change,
               sqlite3_value **twin)
{
  g_autofree char *practice_key = NULL;
  int id = opl_merge_column (change->table, "id");

  if (id < 0 || twin[id] == NULL)
    return;
  g_hash_table_insert (self->remap, g_strconcat (change->table->name, ":", change->row_key, NULL),
                       value_string (twin[id]));
}

/* A row the laptop added. */
static void
plan_insert (OplMerge       *self,
             OplMergeChange *change)
{
  OplMergeTable *table = change->table;
  g_autofree char *twin_text = NULL;
  sqlite3_value **values = opl_merge_values_copy (change->new_values, table->n_columns);
  sqlite3_value **twin;
  OplMergeConflict *conflict;
  Op *op;

  remap_parents (self, table, values);
  twin = find_twin (self, table, values);
  if (twin == NULL)
    {
      add_op (self, table, OP_INSERT, values, TRUE);
      return;
    }

  /* Both added the same thing: the same in content is the same fact twice. */
  remember_twin (self, change, twin);
  if (same_content (table, values, twin))
    {
      self->counts.already++;
      opl_merge_values_free (values, table->n_columns);
      opl_merge_values_free (twin, table->n_columns);
      return;
    }

  conflict = conflict_new (self, OPL_MERGE_CONFLICT_ADDED_TWICE, change, NULL);
  conflict->practice_value = is_private_row (self, table, twin) ? g_strdup (_("(private)"))
                                                                 : describe_row (self, table, twin);
  conflict->copy_value = is_private_row (self, table, values) ? g_strdup (_("(private)"))
                                                               : describe_row (self, table, values);
  set_who (self, table, twin, &conflict->practice_by, &conflict->practice_at);
  set_who (self, table, values, &conflict->copy_by, &conflict->copy_at);
  if (add_conflict (self, conflict) == OPL_MERGE_SIDE_COPY)
    {
      /* The practice's row takes the laptop's content. */
      op = update_op (self, table, twin, TRUE);
      for (guint i = 0; i < table->n_columns; i++)
        if (!table->pk[i] && !opl_merge_is_audit (table, i))
          set_value (op, i, values[i]);
      mark_chosen (self, op);
    }

  opl_merge_values_free (values, table->n_columns);
  opl_merge_values_free (twin, table->n_columns);
}

/* A field both sides changed, to different values. */
static OplMergeSide
field_conflict (OplMerge       *self,
                OplMergeChange *change,
                OplMergeChange *practice,
                guint           column)
{
  OplMergeTable *table = change->table;
  OplMergeConflict *conflict = conflict_new (self, OPL_MERGE_CONFLICT_FIELD, change, table->columns[column]);
  sqlite3_value **row = fetch_any (self, change);

  set_who (self, table, practice->new_values, &conflict->practice_by, &conflict->practice_at);
  set_who (self, table, change->new_values, &conflict->copy_by, &conflict->copy_at);
  if (is_private_row (self, table, row))
    {
      /* Not the values of another's private draft: when each side changed it
       * (design.md §7). */
      conflict->practice_value = g_strdup_printf (_("(private, changed %s)"), conflict->practice_at);
      conflict->copy_value = g_strdup_printf (_("(private, changed %s)"), conflict->copy_at);
    }
  else
    {
      conflict->practice_value = value_text (self, practice->new_values[column]);
      conflict->copy_value = value_text (self, change->new_values[column]);
    }
  opl_merge_values_free (row, table->n_columns);
  return add_conflict (self, conflict);
}

/* A row both sides added with the same key (a weekly hour of the same traject), or
 * both changed: field by field. */
static void
plan_both (OplMerge       *self,
           OplMergeChange *change,
           OplMergeChange *practice)
{
  OplMergeTable *table = change->table;
  sqlite3_value **pk = opl_merge_change_pk (change);
  Op *op = NULL;
  gboolean chosen = FALSE;
  gboolean conflicted = FALSE;

  for (guint i = 0; i < table->n_columns; i++)
    {
      sqlite3_value *mine = change->new_values[i];
      sqlite3_value *theirs = practice->new_values[i];

      if (mine == NULL || table->pk[i] || opl_merge_is_audit (table, i))
        continue;

      if (theirs != NULL)
        {
          if (opl_merge_value_equal (mine, theirs))
            continue;
          conflicted = TRUE;
          if (field_conflict (self, change, practice, i) != OPL_MERGE_SIDE_COPY)
            continue;
          chosen = TRUE;
        }

      if (op == NULL)
        op = update_op (self, table, pk, TRUE);
      set_value (op, i, mine);
    }

  if (op == NULL)
    {
      /* Nothing to write: the same on both sides, or the practice's side chosen. */
      if (!conflicted)
        self->counts.already++;
      return;
    }

  if (chosen)
    mark_chosen (self, op);
  else
    set_audit (op, change, practice);
}

/* The whole row as it comes back, for a row deleted meanwhile in the practice: as it
 * was, with the laptop's changes. */
static void
plan_restore (OplMerge       *self,
              OplMergeChange *change,
              OplMergeChange *practice)
{
  OplMergeTable *table = change->table;
  OplMergeConflict *conflict = conflict_new (self, OPL_MERGE_CONFLICT_DELETED_IN_PRACTICE, change, NULL);
  sqlite3_value **values;
  Op *op;

  conflict->practice_value = NULL;
  conflict->copy_value = g_strdup (_("Changed"));
  set_who (self, table, change->new_values, &conflict->copy_by, &conflict->copy_at);
  if (add_conflict (self, conflict) != OPL_MERGE_SIDE_COPY)
    return;

  values = opl_merge_values_copy (practice->old_values, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    if (change->new_values[i] != NULL)
      {
        sqlite3_value_free (values[i]);
        values[i] = sqlite3_value_dup (change->new_values[i]);
      }
  op = add_op (self, table, OP_INSERT, values, TRUE);
  mark_chosen (self, op);
}

static void
plan_delete (OplMerge       *self,
             OplMergeChange *change,
             OplMergeChange *practice)
{
  OplMergeTable *table = change->table;
  OplMergeConflict *conflict;

  if (practice == NULL)
    {
      delete_op (self, table, change->old_values, TRUE);
      return;
    }
  if (practice->op == SQLITE_DELETE)
    {
      self->counts.already++;
      return;
    }

  conflict = conflict_new (self, OPL_MERGE_CONFLICT_DELETED_IN_COPY, change, NULL);
  conflict->practice_value = g_strdup (_("Changed"));
  conflict->copy_value = NULL;
  set_who (self, table, practice->new_values, &conflict->practice_by, &conflict->practice_at);
  if (add_conflict (self, conflict) == OPL_MERGE_SIDE_COPY)
    delete_op (self, table, change->old_values, TRUE);
}

static void
plan_change (OplMerge       *self,
             OplMergeChange *change)
{
  OplMergeChange *practice = g_hash_table_lookup (self->practice_by_key, change->key);
  OplMergeTable *table = change->table;
  Op *op;

  switch (change->op)
    {
    case SQLITE_INSERT:
      if (practice == NULL)
        plan_insert (self, change);
      else
        plan_both (self, change, practice);
      break;

    case SQLITE_UPDATE:
      if (practice == NULL)
        {
          op = update_op (self, table, change->old_values, TRUE);
          for (guint i = 0; i < table->n_columns; i++)
            if (change->new_values[i] != NULL && !table->pk[i])
              set_value (op, i, change->new_values[i]);
          remap_parents (self, table, op->values);
        }
      else if (practice->op == SQLITE_UPDATE)
        plan_both (self, change, practice);
      else
        plan_restore (self, change, practice);
      break;

    case SQLITE_DELETE:
    default:
      plan_delete (self, change, practice);
      break;
    }
}

/* Final forms -------------------------------------------------------------------------- */

static char *
form_state (OplMerge   *self,
            const char *schema,
            const char *form_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT state FROM %s.form WHERE id = ?", schema);
  sqlite3_stmt *stmt = NULL;
  char *state = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, form_id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        state = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return state;
}

static gboolean
is_final_state (const char *state)
{
  return g_strcmp0 (state, "final") == 0 || g_strcmp0 (state, "discussed") == 0;
}

/* The form an answer or a seal belongs to. */
static char *
form_of (OplMergeChange *change)
{
  OplMergeTable *table = change->table;
  sqlite3_value **values = change->op == SQLITE_DELETE ? change->old_values : change->new_values;

  if (!g_str_equal (table->name, "form_answer") && !g_str_equal (table->name, "form_seal"))
    return NULL;

  if (g_str_equal (table->name, "form_answer") && change->op == SQLITE_UPDATE)
    return NULL;   /* an update's form_id is in the row, not the change: read below */
  return value_string (column_value (table, values, "form_id"));
}

static char *
form_of_change (OplMerge       *self,
                OplMergeChange *change)
{
  char *form_id = form_of (change);
  sqlite3_value **values;

  if (form_id != NULL || !g_str_equal (change->table->name, "form_answer"))
    return form_id;

  values = fetch_any (self, change);
  form_id = value_string (column_value (change->table, values, "form_id"));
  opl_merge_values_free (values, change->table->n_columns);
  return form_id;
}

/* Whether the form's author seals it: then its answers can only be sealed by them. */
static gboolean
is_sealed_form (OplMerge   *self,
                const char *form_id)
{
  sqlite3_stmt *stmt = NULL;
  gboolean sealed = FALSE;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT 1 FROM main.form f JOIN main.profile_lock l ON l.person_id = f.author_id"
                          " WHERE f.id = ? AND (f.kind = 'leoh' OR (f.kind = 'combel' AND f.author_role = 'aios'))",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, form_id, -1, SQLITE_STATIC);
      sealed = sqlite3_step (stmt) == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);
  return sealed;
}

static OplMergeTable *
table_named (OplMerge   *self,
             const char *name)
{
  for (guint i = 0; i < self->tables->len; i++)
    {
      OplMergeTable *table = g_ptr_array_index (self->tables, i);

      if (g_str_equal (table->name, name))
        return table;
    }
  return NULL;
}

/* The answers of @form_id in @schema, by item. */
static GHashTable *
read_answers (OplMerge   *self,
              const char *schema,
              const char *form_id)
{
  OplMergeTable *table = table_named (self, "form_answer");
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s.form_answer WHERE form_id = ?", schema);
  GHashTable *answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  int item = opl_merge_column (table, "item_id");

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return answers;
  sqlite3_bind_text (stmt, 1, form_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_value **row = opl_merge_values_new (table->n_columns);

      for (guint i = 0; i < table->n_columns; i++)
        row[i] = sqlite3_value_dup (sqlite3_column_value (stmt, (int) i));
      g_hash_table_insert (answers, g_strdup ((const char *) sqlite3_column_text (stmt, item)), row);
    }
  sqlite3_finalize (stmt);
  return answers;
}

static void
free_answers (OplMerge   *self,
              GHashTable *answers)
{
  OplMergeTable *table = table_named (self, "form_answer");
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, answers);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    opl_merge_values_free (row, table->n_columns);
  g_hash_table_unref (answers);
}

/* A new version (a draft) of the final form @form_id with @answers (item -> row), made by
 * the actor: where edits to a final form go. */
static void
add_new_version (OplMerge   *self,
                 const char *form_id,
                 GHashTable *answers)
{
  OplMergeTable *forms = table_named (self, "form");
  OplMergeTable *table = table_named (self, "form_answer");
  g_autofree char *seed = g_strconcat ("merge:", self->info->copy_id, ":", form_id, NULL);
  g_autofree char *version_id = opl_store_uuid_for_key (seed);
  sqlite3_value *pk = opl_merge_value_text (self->db, form_id);
  sqlite3_value **key = opl_merge_values_new (forms->n_columns);
  sqlite3_value **row;
  GHashTableIter iter;
  gpointer item, answer;
  Op *op;

  key[opl_merge_column (forms, "id")] = pk;
  row = opl_merge_fetch_row (self->db, "main", forms, key);
  opl_merge_values_free (key, forms->n_columns);
  if (row == NULL)
    return;

  op = add_op (self, forms, OP_INSERT, row, TRUE);
  set_text (self, op, "id", version_id);
  set_text (self, op, "state", "draft");
  set_text (self, op, "finalized_on", NULL);
  set_text (self, op, "finalized_by", NULL);
  set_text (self, op, "discussed_on", NULL);
  set_text (self, op, "supersedes", form_id);
  set_text (self, op, "created_at", self->now);
  set_text (self, op, "created_by", opl_store_get_actor (self->store));
  mark_chosen (self, op);
  /* Not shared, as any new version (opl_store_new_form_version()). */
  set_text (self, op, "shared", "0");

  g_hash_table_iter_init (&iter, answers);
  while (g_hash_table_iter_next (&iter, &item, &answer))
    {
      g_autofree char *answer_seed = g_strconcat (seed, ":", (const char *) item, NULL);
      g_autofree char *answer_id = opl_store_uuid_for_key (answer_seed);
      Op *insert = add_op (self, table, OP_INSERT, opl_merge_values_copy (answer, table->n_columns), FALSE);

      set_text (self, insert, "id", answer_id);
      set_text (self, insert, "form_id", version_id);
      set_text (self, insert, "created_at", self->now);
      set_text (self, insert, "created_by", opl_store_get_actor (self->store));
      mark_chosen (self, insert);
    }
}

/* The laptop's answer rows applied to @answers (item -> row). */
static void
apply_answer_changes (OplMerge   *self,
                      GPtrArray  *changes,
                      GHashTable *answers)
{
  OplMergeTable *table = table_named (self, "form_answer");
  int item = opl_merge_column (table, "item_id");

  for (guint i = 0; i < changes->len; i++)
    {
      OplMergeChange *change = g_ptr_array_index (changes, i);
      sqlite3_value **row;
      g_autofree char *item_id = NULL;

      if (change->table != table)
        continue;
      row = fetch_any (self, change);
      if (row == NULL)
        continue;
      item_id = value_string (row[item]);
      opl_merge_values_free (row, table->n_columns);

      row = opl_merge_fetch_row (self->db, OPL_MERGE_COPY_DB, table, opl_merge_change_pk (change));
      if (row == NULL)
        {
          gpointer old = NULL;

          if (g_hash_table_steal_extended (answers, item_id, NULL, &old))
            opl_merge_values_free (old, table->n_columns);
          continue;
        }
      if (g_hash_table_contains (answers, item_id))
        opl_merge_values_free (g_hash_table_lookup (answers, item_id), table->n_columns);
      g_hash_table_insert (answers, g_strdup (item_id), row);
    }
}

static OplMergeConflict *
form_conflict (OplMerge   *self,
               const char *form_id,
               const char *prefix)
{
  OplMergeTable *forms = table_named (self, "form");
  OplMergeConflict *conflict = g_new0 (OplMergeConflict, 1);
  sqlite3_value **key = opl_merge_values_new (forms->n_columns);
  sqlite3_value **row;

  key[opl_merge_column (forms, "id")] = opl_merge_value_text (self->db, form_id);
  row = opl_merge_fetch_row (self->db, "main", forms, key);
  conflict->kind = OPL_MERGE_CONFLICT_FINAL_FORM;
  conflict->table = g_strdup ("form");
  conflict->row_key = g_strdup (form_id);
  conflict->key = g_strconcat (prefix, ":", form_id, NULL);
  conflict->title = describe_row (self, forms, row != NULL ? row : key);
  opl_merge_values_free (key, forms->n_columns);
  opl_merge_values_free (row, forms->n_columns);
  return conflict;
}

/* A form the practice signed off while the laptop edited it: the edits become a new
 * version, or stay on the laptop's copy only. */
static void
plan_signed_in_practice (OplMerge   *self,
                         const char *form_id,
                         GPtrArray  *changes)
{
  OplMergeConflict *conflict = form_conflict (self, form_id, "signed-in-practice");
  g_autoptr(GHashTable) answers = NULL;

  conflict->practice_value = g_strdup (_("Signed off in the practice"));
  conflict->copy_value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer changed on the laptop: "
                                                       "a new version", "%u answers changed on the laptop: "
                                                       "a new version", changes->len), changes->len);
  if (is_sealed_form (self, form_id))
    {
      /* A sealed draft's answers are sealed by its author, with their passphrase. */
      g_free (conflict->copy_value);
      conflict->copy_value = g_strdup (_("Changed on the laptop, sealed: open the copy on the laptop to see it"));
    }

  if (add_conflict (self, conflict) != OPL_MERGE_SIDE_COPY || is_sealed_form (self, form_id))
    return;

  answers = read_answers (self, "main", form_id);
  apply_answer_changes (self, changes, answers);
  add_new_version (self, form_id, answers);
  free_answers (self, g_steal_pointer (&answers));
}

/* A form the laptop signed off while the practice edited it: signed off as on the
 * laptop, with the practice's edits in a new version; or a draft still, merged. */
static void
plan_signed_on_laptop (OplMerge       *self,
                       OplMergeChange *signing,
                       GPtrArray      *practice_edits)
{
  g_autofree char *form_id = g_strdup (signing->row_key);
  OplMergeConflict *conflict = form_conflict (self, form_id, "signed-on-laptop");
  OplMergeTable *table = table_named (self, "form_answer");
  g_autoptr(GHashTable) practice_answers = NULL;
  g_autoptr(GHashTable) laptop_answers = NULL;
  GHashTableIter iter;
  gpointer item, row;

  conflict->practice_value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer changed in the practice",
                                                           "%u answers changed in the practice",
                                                           practice_edits->len), practice_edits->len);
  conflict->copy_value = g_strdup (_("Signed off on the laptop; the practice's changes become a new version"));
  if (add_conflict (self, conflict) != OPL_MERGE_SIDE_COPY || is_sealed_form (self, form_id))
    {
      /* A draft still: the laptop's sign-off is not taken; its edits merge as any. */
      g_hash_table_add (self->handled, g_strdup (signing->key));
      return;
    }

  /* The form as the laptop signed it: its answers are the laptop's. */
  practice_answers = read_answers (self, "main", form_id);
  laptop_answers = read_answers (self, OPL_MERGE_COPY_DB, form_id);
  g_hash_table_iter_init (&iter, practice_answers);
  while (g_hash_table_iter_next (&iter, &item, &row))
    {
      sqlite3_value **laptop = g_hash_table_lookup (laptop_answers, item);
      sqlite3_value **pk = row;

      if (laptop == NULL)
        delete_op (self, table, pk, FALSE);
      else if (!same_content (table, row, laptop))
        {
          Op *op = update_op (self, table, pk, FALSE);

          for (guint i = 0; i < table->n_columns; i++)
            if (!table->pk[i])
              set_value (op, i, laptop[i]);
        }
    }
  g_hash_table_iter_init (&iter, laptop_answers);
  while (g_hash_table_iter_next (&iter, &item, &row))
    if (!g_hash_table_contains (practice_answers, item))
      add_op (self, table, OP_INSERT, opl_merge_values_copy (row, table->n_columns), FALSE);

  /* The laptop's own answer changes are in those rows already. */
  for (guint i = 0; i < self->copy_changes->len; i++)
    {
      OplMergeChange *change = g_ptr_array_index (self->copy_changes, i);
      g_autofree char *of = form_of_change (self, change);

      if (g_strcmp0 (of, form_id) == 0)
        g_hash_table_add (self->handled, g_strdup (change->key));
    }

  plan_change (self, signing);
  g_hash_table_add (self->handled, g_strdup (signing->key));
  add_new_version (self, form_id, practice_answers);
  free_answers (self, g_steal_pointer (&practice_answers));
  free_answers (self, g_steal_pointer (&laptop_answers));
}

/* The changes of one side to the answers and seals of @form_id. */
static GPtrArray *
edits_of_form (OplMerge   *self,
               GPtrArray  *changes,
               const char *form_id)
{
  GPtrArray *edits = g_ptr_array_new ();

  for (guint i = 0; i < changes->len; i++)
    {
      OplMergeChange *change = g_ptr_array_index (changes, i);
      g_autofree char *of = form_of_change (self, change);

      if (g_strcmp0 (of, form_id) == 0)
        g_ptr_array_add (edits, change);
    }
  return edits;
}

static void
plan_final_forms (OplMerge *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->copy_changes->len; i++)
    {
      OplMergeChange *change = g_ptr_array_index (self->copy_changes, i);
      g_autofree char *form_id = form_of_change (self, change);
      g_autofree char *practice_state = NULL;
      g_autofree char *base_state = NULL;
      g_autoptr(GPtrArray) edits = NULL;

      if (form_id == NULL || g_hash_table_contains (seen, form_id))
        continue;
      g_hash_table_add (seen, g_strdup (form_id));

      practice_state = form_state (self, "main", form_id);
      base_state = form_state (self, OPL_MERGE_BASE_DB, form_id);
      if (!is_final_state (practice_state) || g_strcmp0 (base_state, "draft") != 0)
        continue;

      edits = edits_of_form (self, self->copy_changes, form_id);
      for (guint e = 0; e < edits->len; e++)
        g_hash_table_add (self->handled, g_strdup (((OplMergeChange *) g_ptr_array_index (edits, e))->key));
      plan_signed_in_practice (self, form_id, edits);
    }

  for (guint i = 0; i < self->copy_changes->len; i++)
    {
      OplMergeChange *change = g_ptr_array_index (self->copy_changes, i);
      g_autofree char *new_state = NULL;
      g_autoptr(GPtrArray) edits = NULL;

      if (!g_str_equal (change->table->name, "form") || change->op != SQLITE_UPDATE)
        continue;
      new_state = value_string (column_value (change->table, change->new_values, "state"));
      if (!is_final_state (new_state))
        continue;

      edits = edits_of_form (self, self->practice_changes, change->row_key);
      if (edits->len > 0)
        plan_signed_on_laptop (self, change, edits);
    }
}

/* The plan ------------------------------------------------------------------------------ */

static void
clear_plan (OplMerge *self)
{
  g_ptr_array_set_size (self->ops, 0);
  g_ptr_array_set_size (self->conflicts, 0);
  g_ptr_array_set_size (self->line_list, 0);
  g_hash_table_remove_all (self->lines);
  g_hash_table_remove_all (self->remap);
  g_hash_table_remove_all (self->handled);
  g_clear_pointer (&self->problem, g_free);
  self->counts = (OplMergeCounts) { 0 };
}

static void
make_plan (OplMerge *self)
{
  clear_plan (self);
  if (self->merged_on != NULL)
    return;

  plan_final_forms (self);
  for (guint i = 0; i < self->copy_changes->len; i++)
    {
      OplMergeChange *change = g_ptr_array_index (self->copy_changes, i);

      if (!g_hash_table_contains (self->handled, change->key))
        plan_change (self, change);
    }
}

/* Where an op goes among the writes: deletes first, children before parents; then the
 * rest, parents first; a form's seal, answers and row in the order the triggers need. */
static gint64
op_rank (Op *op)
{
  const char *name = op->table->name;
  gboolean form_table = g_str_equal (name, "form") || g_str_equal (name, "form_answer") ||
                        g_str_equal (name, "form_seal");
  gint64 rank;

  if (op->kind == OP_DELETE && !form_table)
    rank = 1000 - op->table->order;
  else
    rank = 10000 + (gint64) op->table->order * 10;

  /* A seal is taken out after its answers are written in clear; a form is deleted
   * after its answers and seal. */
  if (op->kind == OP_DELETE && g_str_equal (name, "form_seal"))
    rank += 15;
  if (op->kind == OP_DELETE && g_str_equal (name, "form"))
    rank += 5;
  return rank * 1000000 + op->seq;
}

static int
compare_ops (gconstpointer a,
             gconstpointer b)
{
  gint64 x = op_rank (*(Op * const *) a), y = op_rank (*(Op * const *) b);

  return (x > y) - (x < y);
}

static char *
op_sql (Op *op)
{
  OplMergeTable *table = op->table;
  g_autoptr(GString) sql = g_string_new (NULL);
  gboolean first = TRUE;

  switch (op->kind)
    {
    case OP_INSERT:
      g_string_append_printf (sql, "INSERT INTO main.\"%s\" (", table->name);
      for (guint i = 0; i < table->n_columns; i++)
        g_string_append_printf (sql, "%s\"%s\"", i > 0 ? ", " : "", table->columns[i]);
      g_string_append (sql, ") VALUES (");
      for (guint i = 0; i < table->n_columns; i++)
        g_string_append (sql, i > 0 ? ", ?" : "?");
      g_string_append (sql, ")");
      return g_string_free (g_steal_pointer (&sql), FALSE);

    case OP_UPDATE:
      g_string_append_printf (sql, "UPDATE main.\"%s\" SET ", table->name);
      for (guint i = 0; i < table->n_columns; i++)
        if (op->set[i])
          {
            /* A row is never changed before it was made, whatever the clocks said. */
            if ((int) i == table->changed_at && opl_merge_column (table, "created_at") >= 0)
              g_string_append_printf (sql, "%s\"changed_at\" = max (?, \"created_at\")", first ? "" : ", ");
            else
              g_string_append_printf (sql, "%s\"%s\" = ?", first ? "" : ", ", table->columns[i]);
            first = FALSE;
          }
      break;

    case OP_DELETE:
    default:
      g_string_append_printf (sql, "DELETE FROM main.\"%s\"", table->name);
      break;
    }

  first = TRUE;
  g_string_append (sql, " WHERE ");
  for (guint i = 0; i < table->n_columns; i++)
    if (table->pk[i])
      {
        g_string_append_printf (sql, "%s\"%s\" = ?", first ? "" : " AND ", table->columns[i]);
        first = FALSE;
      }
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static void
bind_value (sqlite3_stmt  *stmt,
            int            param,
            sqlite3_value *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, param);
  else
    sqlite3_bind_value (stmt, param, value);
}

/* A write's statement, prepared once for every write of the same shape (a table's
 * inserts, its updates of the same columns) in one run of the plan: preparing each of a
 * thousand writes anew took a third of the time of writing them. */
static sqlite3_stmt *
statement_for (OplMerge   *self,
               GHashTable *statements,
               Op         *op)
{
  g_autofree char *sql = op_sql (op);
  sqlite3_stmt *stmt = g_hash_table_lookup (statements, sql);

  if (stmt == NULL && sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK)
    g_hash_table_insert (statements, g_steal_pointer (&sql), stmt);
  return stmt;
}

static gboolean
run_op (OplMerge    *self,
        GHashTable  *statements,
        Op          *op,
        GError     **error)
{
  OplMergeTable *table = op->table;
  sqlite3_stmt *stmt;
  int param = 1, rc;

  if (op->kind == OP_UPDATE && memchr (op->set, 1, table->n_columns) == NULL)
    return TRUE;

  stmt = statement_for (self, statements, op);
  if (stmt != NULL)
    {
      for (guint i = 0; i < table->n_columns; i++)
        if (op->kind == OP_INSERT || (op->kind == OP_UPDATE && op->set[i]))
          bind_value (stmt, param++, op->values[i]);
      for (guint i = 0; op->kind != OP_INSERT && i < table->n_columns; i++)
        if (table->pk[i])
          bind_value (stmt, param++, op->values[i]);
      rc = sqlite3_step (stmt);
    }
  else
    rc = sqlite3_errcode (self->db);

  if (rc == SQLITE_DONE || rc == SQLITE_OK)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  {
    g_autofree char *row = describe_row (self, table, op->values);

    /* Translators: the first %s is a row of the practice ("Leergesprekken · 2027-03-12"),
     * the second the rule it would break */
    g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED, _("The merge cannot write %s: %s"), row,
                 sqlite3_errmsg (self->db));
  }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return FALSE;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* Rows that point to a row that is not there, after the writes. */
static gboolean
check_foreign_keys (OplMerge  *self,
                    GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (self->db, "SELECT \"table\", parent FROM main.pragma_foreign_key_check", -1, &stmt,
                          NULL) != SQLITE_OK)
    return TRUE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      /* Translators: the first %s is a kind of row, the second the kind it belongs to */
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED,
                   _("The merge would leave rows of “%s” that belong to a row of “%s” that is no longer there; "
                     "choose the laptop's side where a row was deleted in the practice"),
                   (const char *) sqlite3_column_text (stmt, 0), (const char *) sqlite3_column_text (stmt, 1));
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
run_ops (OplMerge  *self,
         GError   **error)
{
  g_autoptr(GHashTable) statements = NULL;

  g_ptr_array_sort (self->ops, compare_ops);
  if (sqlite3_exec (self->db, "PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED, _("The copy could not be read: %s"),
                   sqlite3_errmsg (self->db));
      return FALSE;
    }

  statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  for (guint i = 0; i < self->ops->len; i++)
    if (!run_op (self, statements, g_ptr_array_index (self->ops, i), error))
      return FALSE;

  return check_foreign_keys (self, error);
}

/* Tries the plan in a savepoint that is rolled back: the preview says whether applying
 * will work, and why not. */
static void
try_plan (OplMerge *self)
{
  g_autoptr(GError) error = NULL;
  int before;

  if (self->ops->len == 0)
    return;

  before = sqlite3_total_changes (self->db);
  sqlite3_exec (self->db, "SAVEPOINT opl_merge_try", NULL, NULL, NULL);
  if (!run_ops (self, &error))
    self->problem = g_strdup (error->message);
  sqlite3_exec (self->db, "ROLLBACK TO opl_merge_try; RELEASE opl_merge_try", NULL, NULL, NULL);
  /* Rolled back, but counted by SQLite: not a change of the practice. */
  self->total_changes += sqlite3_total_changes (self->db) - before;
}

static void
replan (OplMerge *self)
{
  make_plan (self);
  try_plan (self);
}

/* Opening the copy ------------------------------------------------------------------------ */

static gboolean
fail (GError      **error,
      OplMergeError code,
      const char   *message)
{
  g_set_error_literal (error, OPL_MERGE_ERROR, code, message);
  return FALSE;
}

/* Copies left aside by a merge that was killed: they hold practice data. */
static void
remove_stale (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf buf;

      if (g_str_has_prefix (name, "opl-merge-") && g_stat (path, &buf) == 0 &&
          buf.st_mtime < (time_t) (g_get_real_time () / G_USEC_PER_SEC) - 24 * 60 * 60)
        g_unlink (path);
    }
}

/* The user's file copied aside, with its write-ahead log if the laptop left one: in
 * the app's own cache folder (0700), where a merge that was killed leaves it only until
 * the next day's merge. */
static char *
copy_aside (const char  *path,
            GError     **error)
{
  g_autofree char *folder = g_build_filename (g_get_user_cache_dir (), "opleidingspraktijk", "merge", NULL);
  g_autofree char *template = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GFile) target = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  int fd;

  /* No cache folder to be had (a test's HOME is /dev/null): the temporary folder. */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_free (folder);
      folder = g_strdup (g_get_tmp_dir ());
    }
  remove_stale (folder);
  template = g_build_filename (folder, "opl-merge-XXXXXX.db", NULL);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", g_strerror (errno));
      return NULL;
    }
  close (fd);

  target = g_file_new_for_path (template);
  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      g_unlink (template);
      return NULL;
    }
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) wal_source = g_file_new_for_path (wal);
      g_autofree char *wal_target_path = g_strconcat (template, "-wal", NULL);
      g_autoptr(GFile) wal_target = g_file_new_for_path (wal_target_path);

      g_file_copy (wal_source, wal_target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
    }
  return g_steal_pointer (&template);
}

static void
remove_aside (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* The copy's description and the state it was taken from, from the file aside. */
static gboolean
read_copy (OplMerge      *self,
           const char    *copy_path,
           GBytes       **base,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(OplDatabase) copy = opl_database_open (self->temp_path, OPL_DATABASE_OPEN_DEFAULT, &local_error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  if (copy == NULL)
    {
      /* Translators: the first %s is a file, the second why it cannot be read */
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_NOT_A_COPY, _("“%s” cannot be merged: %s"), copy_path,
                   local_error->message);
      return FALSE;
    }

  self->info = opl_copy_info_read (copy);
  if (self->info == NULL)
    {
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_NOT_A_COPY,
                   _("“%s” is not a copy for a laptop; only a copy taken with “Copy for a Laptop…” can be merged"),
                   copy_path);
      return FALSE;
    }

  stmt = opl_database_prepare (copy, "SELECT base FROM sync_copy_info", error);
  if (stmt == NULL || !opl_database_step_row (copy, stmt, &has_row, error) || !has_row)
    return FALSE;
  *base = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  return TRUE;
}

/* That the copy is this practice's, and its base is what the practice handed out. */
static gboolean
check_copy (OplMerge     *self,
            GBytes       *base,
            GError      **error)
{
  g_autofree char *practice_id = opl_store_get_practice_id (self->store);
  g_autofree char *recorded = NULL;
  g_autofree char *digest = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_strcmp0 (practice_id, self->info->practice_id) != 0)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the name of the other practice */
      message = g_strdup_printf (_("This is a copy of another practice (“%s”)"), self->info->practice_name);
      return fail (error, OPL_MERGE_ERROR_FOREIGN, message);
    }

  if (!opl_store_copy_was_taken (self->store, self->info->copy_id, &recorded, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return fail (error, OPL_MERGE_ERROR_FOREIGN,
                   _("This practice did not hand out this copy (was the practice file restored from an older "
                     "backup?)"));
    }

  digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, base);
  if (g_strcmp0 (digest, recorded) != 0 || g_strcmp0 (self->info->base_digest, recorded) != 0)
    return fail (error, OPL_MERGE_ERROR_TAMPERED,
                 _("The copy was changed outside the app on the way: the state it was taken from is not what the "
                   "practice handed out. Nothing was merged."));
  return TRUE;
}

/* The base as the practice's schema has it now: an older one is migrated in memory. */
static unsigned char *
load_base (OplMerge  *self,
           GBytes    *base,
           gsize     *size,
           GError   **error)
{
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (base, &length);
  sqlite3 *memory = NULL;
  unsigned char *image;
  int version;

  if (length < 100)
    {
      fail (error, OPL_MERGE_ERROR_TAMPERED, _("The copy's record of the state it was taken from is damaged"));
      return NULL;
    }

  version = (data[60] << 24) | (data[61] << 16) | (data[62] << 8) | data[63];
  image = sqlite3_malloc64 (length);
  memcpy (image, data, length);
  *size = length;
  if (version == OPL_DATABASE_SCHEMA_VERSION)
    return image;

  sqlite3_open (":memory:", &memory);
  sqlite3_deserialize (memory, "main", image, (sqlite3_int64) length, (sqlite3_int64) length,
                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  for (int v = version; v < OPL_DATABASE_SCHEMA_VERSION; v++)
    sqlite3_exec (memory, opl_schema_get_migration (v), NULL, NULL, NULL);
  {
    sqlite3_int64 migrated = 0;

    image = sqlite3_serialize (memory, "main", &migrated, 0);
    *size = (gsize) migrated;
  }
  sqlite3_close (memory);
  return image;
}

static gboolean
attach (OplMerge  *self,
        GBytes    *base,
        GError   **error)
{
  char *sql = sqlite3_mprintf ("ATTACH %Q AS " OPL_MERGE_COPY_DB "; ATTACH ':memory:' AS " OPL_MERGE_BASE_DB,
                               self->temp_path);
  unsigned char *image;
  gsize size = 0;
  int rc;

  image = load_base (self, base, &size, error);
  if (image == NULL)
    {
      sqlite3_free (sql);
      return FALSE;
    }

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      sqlite3_free (image);
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED, _("The copy could not be read: %s"),
                   sqlite3_errmsg (self->db));
      return FALSE;
    }
  self->attached = TRUE;

  if (sqlite3_deserialize (self->db, OPL_MERGE_BASE_DB, image, (sqlite3_int64) size, (sqlite3_int64) size,
                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
    return fail (error, OPL_MERGE_ERROR_TAMPERED, _("The copy's record of the state it was taken from is damaged"));
  return TRUE;
}

static void
detach (OplMerge *self)
{
  if (!self->attached || self->db == NULL)
    return;

  sqlite3_exec (self->db, "DETACH " OPL_MERGE_COPY_DB "; DETACH " OPL_MERGE_BASE_DB, NULL, NULL, NULL);
  self->attached = FALSE;
}

/* When this very copy, with these very changes, was merged before. */
static char *
merged_before (OplMerge *self)
{
  sqlite3_stmt *stmt = NULL;
  char *when = NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT created_at FROM main.sync_merge WHERE copy_id = ? AND changes_digest = ?",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, self->info->copy_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, self->changes_digest, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        when = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return when;
}

static void
read_previous_choices (OplMerge *self)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT c.row_key,"
                          " coalesce (c.practice_value, ''), coalesce (c.copy_value, ''), c.chosen"
                          " FROM main.sync_choice c JOIN main.sync_merge m ON m.id = c.merge_id WHERE m.copy_id = ?",
                          -1, &stmt, NULL) != SQLITE_OK)
    return;

  sqlite3_bind_text (stmt, 1, self->info->copy_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *key = g_strconcat ((const char *) sqlite3_column_text (stmt, 0), "\x1f",
                               (const char *) sqlite3_column_text (stmt, 1), "\x1f",
                               (const char *) sqlite3_column_text (stmt, 2), NULL);
      OplMergeSide side = g_str_equal ((const char *) sqlite3_column_text (stmt, 3), "copy")
                          ? OPL_MERGE_SIDE_COPY : OPL_MERGE_SIDE_PRACTICE;

      g_hash_table_insert (self->previous, key, GINT_TO_POINTER (side));
    }
  sqlite3_finalize (stmt);
}

static gboolean
read_changes (OplMerge  *self,
              GError   **error)
{
  /* Before the practice is read: a commit while it is read counts as a change. */
  self->total_changes = sqlite3_total_changes (self->db);
  self->data_version = opl_database_get_data_version (opl_store_get_database (self->store));

  self->tables = opl_merge_read_tables (self->db, error);
  if (self->tables == NULL)
    return FALSE;

  return opl_merge_diff (self->db, OPL_MERGE_COPY_DB, self->tables, self->copy_changes, self->copy_by_key,
                         &self->changes_digest, error) &&
         opl_merge_diff (self->db, "main", self->tables, self->practice_changes, self->practice_by_key,
                         &self->practice_digest, error);
}

/* GObject ------------------------------------------------------------------------------- */

static void
opl_merge_finalize (GObject *object)
{
  OplMerge *self = (OplMerge *)object;

  /* The plan's values first: they belong to the connection. */
  g_clear_pointer (&self->ops, g_ptr_array_unref);
  g_clear_pointer (&self->copy_changes, g_ptr_array_unref);
  g_clear_pointer (&self->practice_changes, g_ptr_array_unref);
  detach (self);
  if (self->temp_path != NULL)
    remove_aside (self->temp_path);

  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->line_list, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_hash_table_unref);
  g_clear_pointer (&self->remap, g_hash_table_unref);
  g_clear_pointer (&self->handled, g_hash_table_unref);
  g_clear_pointer (&self->copy_by_key, g_hash_table_unref);
  g_clear_pointer (&self->practice_by_key, g_hash_table_unref);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  g_clear_pointer (&self->previous, g_hash_table_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->info, opl_copy_info_free);
  g_free (self->temp_path);
  g_free (self->changes_digest);
  g_free (self->practice_digest);
  g_free (self->merged_on);
  g_free (self->problem);
  g_free (self->now);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (opl_merge_parent_class)->finalize (object);
}

static void
line_free (OplMergeLine *line)
{
  g_free (line->label);
  g_free (line->table);
  g_free (line);
}

static void
opl_merge_class_init (OplMergeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_merge_finalize;
}

static void
opl_merge_init (OplMerge *self)
{
  self->copy_changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_change_free);
  self->practice_changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_change_free);
  self->copy_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->practice_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->previous = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) conflict_free);
  self->line_list = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->lines = g_hash_table_new (g_str_hash, g_str_equal);
  self->remap = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->handled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->now = opl_timestamp_now ();
}

/* API -------------------------------------------------------------------------------- */

/**
 * opl_merge_new:
 * @copy_path: a copy for a laptop, returned
 *
 * Reads the copy and plans its merge into @store's practice: the preview. Nothing is
 * written (the user's file neither).
 *
 * Returns: (transfer full): the merge, or %NULL with @error set when the file cannot be
 *   merged (not a copy, another practice's, changed on the way, damaged, newer)
 */
OplMerge *
opl_merge_new (OplStore    *store,
               const char  *copy_path,
               GError     **error)
{
  g_autoptr(OplMerge) self = NULL;
  g_autoptr(GBytes) base = NULL;
  g_autoptr(OplCopyInfo) own = NULL;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (copy_path != NULL, NULL);

  own = opl_store_get_copy_info (store);
  if (own != NULL)
    {
      fail (error, OPL_MERGE_ERROR_NOT_A_COPY,
            _("This file is itself a copy for a laptop; merge copies into the practice file"));
      return NULL;
    }

  self = g_object_new (OPL_TYPE_MERGE, NULL);
  self->store = g_object_ref (store);
  self->db = opl_database_get_handle (opl_store_get_database (store));
  self->temp_path = copy_aside (copy_path, error);
  if (self->temp_path == NULL)
    return NULL;

  if (!read_copy (self, copy_path, &base, error) || !check_copy (self, base, error) ||
      !attach (self, base, error) || !read_changes (self, error))
    return NULL;

  self->merged_on = merged_before (self);
  read_previous_choices (self);
  replan (self);
  return g_steal_pointer (&self);
}

const OplCopyInfo *
opl_merge_get_copy_info (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), NULL);

  return self->info;
}

/**
 * opl_merge_was_merged:
 *
 * Returns: whether this copy, as it is, was merged before: it holds nothing new
 */
gboolean
opl_merge_was_merged (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);

  return self->merged_on != NULL;
}

void
opl_merge_get_counts (OplMerge       *self,
                      OplMergeCounts *counts)
{
  g_return_if_fail (OPL_IS_MERGE (self));

  *counts = self->counts;
}

/**
 * opl_merge_get_lines:
 *
 * Returns: (transfer none) (element-type OplMergeLine): what the merge adds, changes
 *   and deletes, per kind of row, in the order of writing
 */
GPtrArray *
opl_merge_get_lines (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), NULL);

  return self->line_list;
}

/**
 * opl_merge_get_conflicts:
 *
 * Returns: (transfer none) (element-type OplMergeConflict): the true conflicts; a choice
 *   makes a new plan, so read them again after one
 */
GPtrArray *
opl_merge_get_conflicts (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), NULL);

  return self->conflicts;
}

/**
 * opl_merge_get_problem:
 *
 * Returns: (nullable): why the plan as chosen cannot be applied
 */
const char *
opl_merge_get_problem (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), NULL);

  return self->problem;
}

gboolean
opl_merge_choose (OplMerge      *self,
                  const char    *key,
                  OplMergeSide   side,
                  GError       **error)
{
  gboolean found = FALSE;

  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);

  for (guint i = 0; i < self->conflicts->len && !found; i++)
    found = g_str_equal (((OplMergeConflict *) g_ptr_array_index (self->conflicts, i))->key, key);
  if (!found)
    return fail (error, OPL_MERGE_ERROR_UNRESOLVED, _("There is no such conflict"));

  g_hash_table_insert (self->choices, g_strdup (key), GINT_TO_POINTER (side));
  replan (self);
  return TRUE;
}

/**
 * opl_merge_choose_all:
 *
 * Chooses @side for every conflict, the ones a choice brings up too.
 */
gboolean
opl_merge_choose_all (OplMerge      *self,
                      OplMergeSide   side,
                      GError       **error)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);

  /* A choice can bring up a conflict further down (a row re-pointed): until none is new. */
  for (guint round = 0; round < 8 && self->counts.unresolved > 0; round++)
    {
      for (guint i = 0; i < self->conflicts->len; i++)
        {
          OplMergeConflict *conflict = g_ptr_array_index (self->conflicts, i);

          if (conflict->choice == OPL_MERGE_SIDE_NONE)
            g_hash_table_insert (self->choices, g_strdup (conflict->key), GINT_TO_POINTER (side));
        }
      replan (self);
    }
  return TRUE;
}

static gboolean
record_merge (OplMerge    *self,
              const char  *merge_id,
              GError     **error)
{
  OplDatabase *database = opl_store_get_database (self->store);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = opl_database_prepare (database,
                               "INSERT INTO sync_merge (id, copy_id, changes_digest, n_added, n_changed, n_deleted,"
                               " n_conflicts, created_at, created_by, changed_at, changed_by)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, merge_id);
  opl_bind_text (stmt, 2, self->info->copy_id);
  opl_bind_text (stmt, 3, self->changes_digest);
  sqlite3_bind_int (stmt, 4, (int) self->counts.added);
  sqlite3_bind_int (stmt, 5, (int) self->counts.changed);
  sqlite3_bind_int (stmt, 6, (int) self->counts.deleted);
  sqlite3_bind_int (stmt, 7, (int) self->counts.conflicts);
  opl_store_bind_audit (self->store, stmt, 8, self->now);
  return opl_database_step_done (database, stmt, error);
}

static gboolean
record_choices (OplMerge    *self,
                const char  *merge_id,
                GError     **error)
{
  OplDatabase *database = opl_store_get_database (self->store);

  for (guint i = 0; i < self->conflicts->len; i++)
    {
      OplMergeConflict *conflict = g_ptr_array_index (self->conflicts, i);
      g_autofree char *id = g_uuid_string_random ();
      g_autoptr(sqlite3_stmt) stmt = NULL;

      stmt = opl_database_prepare (database,
                                   "INSERT INTO sync_choice (id, merge_id, table_name, row_key, column_name,"
                                   " practice_value, copy_value, chosen, created_at, created_by, changed_at,"
                                   " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;

      /* The row's key is the conflict's: the same conflict next time finds it. */
      opl_bind_text (stmt, 1, id);
      opl_bind_text (stmt, 2, merge_id);
      opl_bind_text (stmt, 3, conflict->table);
      opl_bind_text (stmt, 4, conflict->key);
      opl_bind_text (stmt, 5, conflict->column);
      opl_bind_text (stmt, 6, conflict->practice_value);
      opl_bind_text (stmt, 7, conflict->copy_value);
      opl_bind_text (stmt, 8, conflict->choice == OPL_MERGE_SIDE_COPY ? "copy" : "practice");
      opl_store_bind_audit (self->store, stmt, 9, self->now);
      if (!opl_database_step_done (database, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* That the practice is as it was at the preview: its changes since the copy are the
 * same ones. */
static gboolean
check_unchanged (OplMerge  *self,
                 GError   **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_change_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *digest = NULL;

  /* Nothing written on this connection but the tried plans, and nothing committed by
   * another, since the preview read the practice: it is as it was, without comparing
   * all of it again. */
  if (self->data_version >= 0 && self->total_changes == sqlite3_total_changes (self->db) &&
      self->data_version == opl_database_get_data_version (opl_store_get_database (self->store)))
    return TRUE;

  if (!opl_merge_diff (self->db, "main", self->tables, changes, by_key, &digest, error))
    return FALSE;
  if (g_strcmp0 (digest, self->practice_digest) != 0)
    return fail (error, OPL_MERGE_ERROR_CHANGED,
                 _("The practice changed since this preview (someone saved meanwhile); look at the merge again"));
  return TRUE;
}

/**
 * opl_merge_apply:
 *
 * Writes the merge into the practice in one transaction, after checking that the
 * practice is as it was at the preview and that every conflict has a choice.
 */
gboolean
opl_merge_apply (OplMerge  *self,
                 GError   **error)
{
  OplDatabase *database;
  g_autofree char *merge_id = g_uuid_string_random ();
  gboolean ok;

  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);

  /* Nothing to write (a copy merged before, or changed nowhere): nothing is recorded. */
  if (self->applied || self->merged_on != NULL ||
      (self->ops->len == 0 && self->counts.conflicts == 0))
    return TRUE;
  if (self->counts.unresolved > 0)
    return fail (error, OPL_MERGE_ERROR_UNRESOLVED,
                 _("Choose a side for every conflict first (or keep all of the practice, or all of the laptop)"));
  if (self->problem != NULL)
    return fail (error, OPL_MERGE_ERROR_REFUSED, self->problem);

  database = opl_store_get_database (self->store);
  if (!opl_database_begin (database, error))
    return FALSE;

  ok = check_unchanged (self, error) && run_ops (self, error) && record_merge (self, merge_id, error) &&
       record_choices (self, merge_id, error);
  if (!opl_store_finish_action (self->store, ok, error))
    return FALSE;

  /* Done with the copy: another merge may attach its own. */
  self->applied = TRUE;
  g_ptr_array_set_size (self->ops, 0);
  detach (self);
  return TRUE;
}

/**
 * opl_merge_hand_back:
 * @path: where the laptop's next copy goes (the returned file itself, typically)
 *
 * After opl_merge_apply(): a new copy of the merged practice that continues this one,
 * so the laptop's next round starts from the merged state.
 */
gboolean
opl_merge_hand_back (OplMerge    *self,
                     const char  *path,
                     GError     **error)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);
  g_return_val_if_fail (self->applied || self->merged_on != NULL, FALSE);

  return opl_store_copy_out (self->store, path, self->info->copy_id, error);
}

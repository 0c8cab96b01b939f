/* opl-merge-plan.c: the plan of a merge: what to write, and the conflicts.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the changes of the laptop and of the practice since the copy was taken
 * (opl-merge-changes.c), the writes into the practice and the true conflicts: a row
 * changed on one side takes that change; a row changed on both merges field by field;
 * a conflict waits for a choice, and a choice makes a new plan. The plan is tried in a
 * savepoint that is rolled back, so the preview knows whether applying will work
 * (opl-merge.c applies it).
 */

#define G_LOG_DOMAIN "opl-merge"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "opl-database-private.h"
#include "opl-merge-private.h"
#include "opl-store-private.h"

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

void
opl_merge_conflict_free (OplMergeConflict *conflict)
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

void
opl_merge_op_free (Op *op)
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
      gboolean has_null = FALSE;

      /* A UNIQUE index lets any number of NULLs in (a form that supersedes none). */
      for (guint c = 0; c < columns->len; c++)
        {
          sqlite3_value *value = values[g_array_index (columns, guint, c)];

          has_null |= value == NULL || sqlite3_value_type (value) == SQLITE_NULL;
        }
      if (has_null)
        continue;

      /* The laptop's row must be in the (partial) index itself. */
      if ((stmt = opl_merge_table_statement (table, self->db, copy_sql)) != NULL)
        {
          for (guint c = 0; c < columns->len; c++)
            sqlite3_bind_value (stmt, (int) c + 1, values[g_array_index (columns, guint, c)]);
          in_index = sqlite3_step (stmt) == SQLITE_ROW;
          sqlite3_reset (stmt);
        }
      if (!in_index || (stmt = opl_merge_table_statement (table, self->db, sql)) == NULL)
        continue;

      for (guint c = 0; c < columns->len; c++)
        sqlite3_bind_value (stmt, (int) c + 1, values[g_array_index (columns, guint, c)]);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          row = opl_merge_values_new (table->n_columns);
          for (guint i = 0; i < table->n_columns; i++)
            row[i] = sqlite3_value_dup (sqlite3_column_value (stmt, (int) i));
        }
      sqlite3_reset (stmt);
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
    g_autofree char *reason = opl_database_describe (self->db, SQLITE_ERROR);

    /* Translators: the first %s is a row of the practice ("Leergesprekken · 2027-03-12"),
     * the second the rule it would break */
    g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED, _("The merge cannot write %s: %s"), row,
                 reason);
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

gboolean
opl_merge_run_ops (OplMerge  *self,
         GError   **error)
{
  g_autoptr(GHashTable) statements = NULL;

  g_ptr_array_sort (self->ops, compare_ops);
  if (sqlite3_exec (self->db, "PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK)
    return opl_merge_read_failed (self->db, error);

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
  gboolean outermost;
  int before;

  if (self->ops->len == 0)
    return;

  /* Outside a transaction, a transaction of its own that is rolled back: a savepoint
   * rolled back and released would commit, and write a new header to the practice. */
  outermost = sqlite3_get_autocommit (self->db) != 0;
  before = sqlite3_total_changes (self->db);
  sqlite3_exec (self->db, outermost ? "BEGIN" : "SAVEPOINT opl_merge_try", NULL, NULL, NULL);
  if (!opl_merge_run_ops (self, &error))
    self->problem = g_strdup (error->message);
  sqlite3_exec (self->db, outermost ? "ROLLBACK" : "ROLLBACK TO opl_merge_try; RELEASE opl_merge_try", NULL, NULL,
                NULL);
  /* Rolled back, but counted by SQLite: not a change of the practice. */
  self->total_changes += sqlite3_total_changes (self->db) - before;
}

void
opl_merge_replan (OplMerge *self)
{
  make_plan (self);
  /* Tried once every conflict has a choice: then it is what Merge would write. */
  if (self->counts.unresolved == 0)
    try_plan (self);
}

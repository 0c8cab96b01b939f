/* opl-schema.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Migration N takes a file from schema version N to N + 1. Never change a migration
 * that has been released: add a new one, bump OPL_DATABASE_SCHEMA_VERSION, and add a
 * test that opens a file of the previous version (tests/test-migrations.c).
 *
 * Every table has a UUID as its identity (rows inserted on two copies never collide,
 * design.md §5) and records who created and last changed a row, and when.
 */

#define G_LOG_DOMAIN "opl-schema"

#include "config.h"

#include "opl-database.h"
#include "opl-schema.h"

#define AUDIT_COLUMNS \
  "  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),\n" \
  "  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),\n" \
  "  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),\n" \
  "  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)\n"

#define UUID_COLUMN(name) \
  "  " name " TEXT NOT NULL PRIMARY KEY CHECK (length(" name ") = 36),\n"

/* date() alone lets 2026-02-30 through; adding zero days normalises it to 2026-03-02. */
#define ISO_DATE(col) "(date(" col ", '+0 days') IS " col ")"

static const char migration_0_to_1[] =
  /* The practice: one per file. */
  "CREATE TABLE practice (\n"
  UUID_COLUMN ("id")
  "  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),\n"
  "  institute TEXT NOT NULL DEFAULT 'lumc' CHECK (length(institute) BETWEEN 1 AND 64),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE TRIGGER practice_one_per_file BEFORE INSERT ON practice\n"
  "  WHEN EXISTS (SELECT 1 FROM practice)\n"
  "  BEGIN SELECT RAISE (ABORT, 'a practice database holds one practice'); END;\n"

  /* People: each profile has one role (domain.md, Glossary). */
  "CREATE TABLE person (\n"
  UUID_COLUMN ("id")
  "  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),\n"
  "  role TEXT NOT NULL CHECK (role IN ('hoofdopleider', 'duo-opleider',\n"
  "                                      'plaatsvervangend-opleider', 'aios', 'coassistent')),\n"
  "  email TEXT CHECK (email IS NULL OR email LIKE '%_@_%'),\n"
  "  opleider_since INTEGER CHECK (opleider_since IS NULL OR opleider_since BETWEEN 1950 AND 2200),\n"
  "  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE INDEX person_by_role ON person (archived, role, name);\n"

  /* Koppelingen (trajecten): an aios, a phase, a start date, a part-time factor. */
  "CREATE TABLE traject (\n"
  UUID_COLUMN ("id")
  "  aios_id TEXT NOT NULL REFERENCES person (id) ON DELETE RESTRICT,\n"
  "  phase INTEGER NOT NULL CHECK (phase IN (1, 2)),\n"
  "  start_date TEXT NOT NULL CHECK " ISO_DATE ("start_date") ",\n"
  "  end_date TEXT CHECK (end_date IS NULL OR (" ISO_DATE ("end_date") " AND end_date > start_date)),\n"
  "  parttime REAL NOT NULL DEFAULT 1.0 CHECK (parttime BETWEEN 0.5 AND 1.0),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE INDEX traject_by_aios ON traject (aios_id, start_date);\n"
  "CREATE TRIGGER traject_aios_insert BEFORE INSERT ON traject\n"
  "  WHEN (SELECT role FROM person WHERE id = NEW.aios_id) IS NOT 'aios'\n"
  "  BEGIN SELECT RAISE (ABORT, 'a traject belongs to an aios'); END;\n"
  "CREATE TRIGGER traject_aios_update BEFORE UPDATE OF aios_id ON traject\n"
  "  WHEN (SELECT role FROM person WHERE id = NEW.aios_id) IS NOT 'aios'\n"
  "  BEGIN SELECT RAISE (ABORT, 'a traject belongs to an aios'); END;\n"

  /* The opleider(s) of a traject, with their share of the guidance (domain.md,
   * Roles: duo-opleiders agree on the split). */
  "CREATE TABLE traject_opleider (\n"
  "  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,\n"
  "  opleider_id TEXT NOT NULL REFERENCES person (id) ON DELETE RESTRICT,\n"
  "  share REAL NOT NULL CHECK (share > 0.0 AND share <= 1.0),\n"
  AUDIT_COLUMNS ",\n"
  "  PRIMARY KEY (traject_id, opleider_id)\n"
  ") STRICT;\n"
  "CREATE INDEX traject_opleider_by_opleider ON traject_opleider (opleider_id);\n"
  "CREATE TRIGGER traject_opleider_role BEFORE INSERT ON traject_opleider\n"
  "  WHEN (SELECT role FROM person WHERE id = NEW.opleider_id)\n"
  "       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')\n"
  "  BEGIN SELECT RAISE (ABORT, 'only an opleider can train an aios'); END;\n"
  "CREATE TRIGGER traject_opleider_share_insert BEFORE INSERT ON traject_opleider\n"
  "  WHEN (SELECT coalesce (sum (share), 0) FROM traject_opleider\n"
  "        WHERE traject_id = NEW.traject_id) + NEW.share > 1.0001\n"
  "  BEGIN SELECT RAISE (ABORT, 'the shares of a traject add up to more than 100 %'); END;\n"
  "CREATE TRIGGER traject_opleider_share_update BEFORE UPDATE OF share ON traject_opleider\n"
  "  WHEN (SELECT coalesce (sum (share), 0) FROM traject_opleider\n"
  "        WHERE traject_id = NEW.traject_id AND opleider_id IS NOT NEW.opleider_id)\n"
  "       + NEW.share > 1.0001\n"
  "  BEGIN SELECT RAISE (ABORT, 'the shares of a traject add up to more than 100 %'); END;\n"

  /* Interruptions (ziekte, zwangerschap) that move the later moments. */
  "CREATE TABLE leave_period (\n"
  UUID_COLUMN ("id")
  "  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('ziekte', 'zwangerschap', 'verlof', 'overig')),\n"
  "  start_date TEXT NOT NULL CHECK " ISO_DATE ("start_date") ",\n"
  "  end_date TEXT NOT NULL CHECK (" ISO_DATE ("end_date") " AND end_date >= start_date),\n"
  "  note TEXT,\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE INDEX leave_period_by_traject ON leave_period (traject_id, start_date);\n"
  "CREATE TRIGGER leave_period_no_overlap BEFORE INSERT ON leave_period\n"
  "  WHEN EXISTS (SELECT 1 FROM leave_period\n"
  "               WHERE traject_id = NEW.traject_id\n"
  "                 AND start_date <= NEW.end_date AND end_date >= NEW.start_date)\n"
  "  BEGIN SELECT RAISE (ABORT, 'leave periods of a traject overlap'); END;\n";

static const char migration_1_to_2[] =
  /* The checklist: a tick per opleider, item and period (domain.md, "The checklist").
   * The version of the checklist definition is kept with every tick. */
  "CREATE TABLE checklist_tick (\n"
  UUID_COLUMN ("id")
  "  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 64),\n"
  "  period_key TEXT NOT NULL CHECK (period_key GLOB '[0-9][0-9][0-9][0-9]*'),\n"
  "  checklist_version INTEGER NOT NULL CHECK (checklist_version >= 1),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (person_id, item_id, period_key)\n"
  ") STRICT;\n"
  "CREATE INDEX checklist_tick_by_period ON checklist_tick (person_id, period_key);\n";

static const char migration_2_to_3[] =
  /* A due moment of the schedule that took place (a ComBel filled, a voortgangsgesprek
   * held), with the day it was done. The schedule engine derives the moments; only
   * what happened is stored. */
  "CREATE TABLE moment_done (\n"
  UUID_COLUMN ("id")
  "  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('combel', 'leoh', 'voortgangsgesprek',\n"
  "                                      'voortgangsadvies', 'dienstenrapportage')),\n"
  "  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 24),\n"
  "  done_on TEXT NOT NULL CHECK " ISO_DATE ("done_on") ",\n"
  "  note TEXT,\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (traject_id, kind, month)\n"
  ") STRICT;\n";

#define MINUTES(start, duration) \
  "  " start " INTEGER NOT NULL CHECK (" start " BETWEEN 0 AND 1439),\n" \
  "  " duration " INTEGER NOT NULL CHECK (" duration " >= 60 AND " start " + " duration " <= 1440),\n"

static const char migration_3_to_4[] =
  /* The weekly leergesprek (domain.md, "Leergesprekken"): a fixed slot per traject, at
   * least an hour; the practice's holidays; and every leergesprek, planned for a week,
   * with the aios's agenda, the notes, agreements, a top and a tip. */
  "CREATE TABLE leergesprek_slot (\n"
  "  traject_id TEXT NOT NULL PRIMARY KEY REFERENCES traject (id) ON DELETE CASCADE,\n"
  "  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),\n"
  MINUTES ("start_minute", "duration")
  "  coschap_start TEXT CHECK (coschap_start IS NULL OR " ISO_DATE ("coschap_start") "),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE TABLE closure (\n"
  UUID_COLUMN ("id")
  "  start_date TEXT NOT NULL CHECK " ISO_DATE ("start_date") ",\n"
  "  end_date TEXT NOT NULL CHECK (" ISO_DATE ("end_date") " AND end_date >= start_date),\n"
  "  reason TEXT NOT NULL DEFAULT '',\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE TABLE leergesprek (\n"
  UUID_COLUMN ("id")
  "  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,\n"
  "  week_key TEXT NOT NULL CHECK (week_key GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),\n"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ",\n"
  MINUTES ("start_minute", "duration")
  "  kind TEXT NOT NULL CHECK (kind IN ('taakgericht', 'persoonsgericht', 'leerprocesgericht',\n"
  "                                      'video', 'combel-bespreking', 'coassistent')),\n"
  "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),\n"
  "  opleider_id TEXT REFERENCES person (id) ON DELETE SET NULL,\n"
  "  agenda TEXT NOT NULL DEFAULT '',\n"
  "  notes TEXT NOT NULL DEFAULT '',\n"
  "  agreements TEXT NOT NULL DEFAULT '',\n"
  "  top TEXT NOT NULL DEFAULT '',\n"
  "  tip TEXT NOT NULL DEFAULT '',\n"
  "  cancel_reason TEXT NOT NULL DEFAULT ''\n"
  "    CHECK (status IS NOT 'cancelled' OR length(trim(cancel_reason)) > 0),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (traject_id, week_key)\n"
  ") STRICT;\n"
  "CREATE INDEX leergesprek_by_date ON leergesprek (traject_id, date);\n";

#undef MINUTES

#define FORM_KINDS "'combel', 'leoh', 'kpb', 'kvb', 'voortgangsadvies', 'dienstenrapportage'"

static const char migration_4_to_5[] =
  /* Forms (issue 5; docs/form-definitions.md). A filled form keeps the definition it
   * was filled against forever: the definition's exact JSON text is stored once per
   * (definition_id, version), and never changes or goes while a form uses it. */
  "CREATE TABLE form_definition (\n"
  UUID_COLUMN ("id")
  "  definition_id TEXT NOT NULL CHECK (length(definition_id) BETWEEN 1 AND 64),\n"
  "  version INTEGER NOT NULL CHECK (version >= 1),\n"
  "  kind TEXT NOT NULL CHECK (kind IN (" FORM_KINDS ")),\n"
  "  checksum TEXT NOT NULL CHECK (length(checksum) = 64),\n"
  "  json TEXT NOT NULL CHECK (json_valid(json)),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (definition_id, version)\n"
  ") STRICT;\n"
  "CREATE TRIGGER form_definition_frozen BEFORE UPDATE ON form_definition\n"
  "  BEGIN SELECT RAISE (ABORT, 'a stored form definition never changes; give a changed one a higher version'); END;\n"

  /* A form: one filling by one author about one subject, perhaps for a moment of the
   * schedule (its training month). States: draft, final (signed off by its author on a
   * day), discussed. A final form never changes: a new version supersedes it. */
  "CREATE TABLE form (\n"
  UUID_COLUMN ("id")
  "  definition_id TEXT NOT NULL,\n"
  "  definition_version INTEGER NOT NULL,\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('combel', 'leoh', 'voortgangsadvies', 'dienstenrapportage')),\n"
  "  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE RESTRICT,\n"
  "  subject_id TEXT NOT NULL REFERENCES person (id) ON DELETE RESTRICT,\n"
  "  author_id TEXT NOT NULL REFERENCES person (id) ON DELETE RESTRICT,\n"
  "  author_role TEXT NOT NULL CHECK (author_role IN ('aios', 'opleider', 'docent')),\n"
  "  moment_month INTEGER CHECK (moment_month IS NULL OR moment_month BETWEEN 1 AND 24),\n"
  "  form_date TEXT NOT NULL CHECK " ISO_DATE ("form_date") ",\n"
  "  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final', 'discussed')),\n"
  "  finalized_on TEXT CHECK (finalized_on IS NULL OR " ISO_DATE ("finalized_on") "),\n"
  "  finalized_by TEXT REFERENCES person (id) ON DELETE RESTRICT\n"
  "    CHECK (finalized_by IS NULL OR finalized_by = author_id),\n"
  "  discussed_on TEXT CHECK (discussed_on IS NULL OR (" ISO_DATE ("discussed_on") " AND discussed_on >= finalized_on)),\n"
  "  shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),\n"
  "  supersedes TEXT UNIQUE REFERENCES form (id) ON DELETE RESTRICT,\n"
  AUDIT_COLUMNS ",\n"
  "  CHECK ((state = 'draft') = (finalized_on IS NULL) AND (finalized_on IS NULL) = (finalized_by IS NULL)),\n"
  "  CHECK ((state = 'discussed') = (discussed_on IS NOT NULL)),\n"
  "  CHECK (finalized_on IS NULL OR finalized_on >= form_date),\n"
  "  FOREIGN KEY (definition_id, definition_version)\n"
  "    REFERENCES form_definition (definition_id, version) ON DELETE RESTRICT\n"
  ") STRICT;\n"
  "CREATE INDEX form_by_traject ON form (traject_id, kind, moment_month);\n"
  "CREATE INDEX form_by_author ON form (author_id, state);\n"
  "CREATE INDEX form_by_subject ON form (subject_id, kind);\n"
  "CREATE INDEX form_by_definition ON form (definition_id, definition_version);\n"
  /* One form per moment, author role and subject (a ComBel by the aios, one by an
   * opleider; a LEOh about each opleider); its new versions supersede it. */
  "CREATE UNIQUE INDEX form_one_per_moment ON form (traject_id, kind, moment_month, author_role, subject_id)\n"
  "  WHERE supersedes IS NULL AND moment_month IS NOT NULL;\n"
  "CREATE TRIGGER form_author_fits BEFORE INSERT ON form\n"
  "  WHEN (NEW.author_role = 'aios' AND NEW.author_id IS NOT (SELECT aios_id FROM traject WHERE id = NEW.traject_id))\n"
  "    OR (NEW.author_role = 'opleider' AND (SELECT role FROM person WHERE id = NEW.author_id)\n"
  "        NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider'))\n"
  "    OR (SELECT role FROM person WHERE id = NEW.author_id) IS 'coassistent'\n"
  "  BEGIN SELECT RAISE (ABORT, 'the author does not fill this form in this traject'); END;\n"
  "CREATE TRIGGER form_subject_fits BEFORE INSERT ON form\n"
  "  WHEN (NEW.kind IN ('combel', 'voortgangsadvies', 'dienstenrapportage')\n"
  "        AND NEW.subject_id IS NOT (SELECT aios_id FROM traject WHERE id = NEW.traject_id))\n"
  "    OR (NEW.kind = 'leoh' AND (SELECT role FROM person WHERE id = NEW.subject_id)\n"
  "        NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider'))\n"
  "  BEGIN SELECT RAISE (ABORT, 'the form is not about this person'); END;\n"
  "CREATE TRIGGER form_new_version_of_final BEFORE INSERT ON form\n"
  "  WHEN NEW.supersedes IS NOT NULL\n"
  "   AND (SELECT state FROM form WHERE id = NEW.supersedes) IS NOT 'final'\n"
  "   AND (SELECT state FROM form WHERE id = NEW.supersedes) IS NOT 'discussed'\n"
  "  BEGIN SELECT RAISE (ABORT, 'only a final form gets a new version'); END;\n"
  /* A final form is frozen: only final -> discussed (with its day) and sharing
   * (0 -> 1) may change, with the audit columns. */
  "CREATE TRIGGER form_final_frozen BEFORE UPDATE ON form\n"
  "  WHEN OLD.state <> 'draft' AND (\n"
  "       NEW.id IS NOT OLD.id OR NEW.definition_id IS NOT OLD.definition_id\n"
  "    OR NEW.definition_version IS NOT OLD.definition_version OR NEW.kind IS NOT OLD.kind\n"
  "    OR NEW.traject_id IS NOT OLD.traject_id OR NEW.subject_id IS NOT OLD.subject_id\n"
  "    OR NEW.author_id IS NOT OLD.author_id OR NEW.author_role IS NOT OLD.author_role\n"
  "    OR NEW.moment_month IS NOT OLD.moment_month OR NEW.form_date IS NOT OLD.form_date\n"
  "    OR NEW.finalized_on IS NOT OLD.finalized_on OR NEW.finalized_by IS NOT OLD.finalized_by\n"
  "    OR NEW.supersedes IS NOT OLD.supersedes OR NEW.created_at IS NOT OLD.created_at\n"
  "    OR NEW.created_by IS NOT OLD.created_by OR NEW.shared < OLD.shared\n"
  "    OR NEW.state = 'draft' OR (OLD.state = 'discussed' AND NEW.discussed_on IS NOT OLD.discussed_on))\n"
  "  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;\n"
  "CREATE TRIGGER form_final_kept BEFORE DELETE ON form\n"
  "  WHEN OLD.state <> 'draft'\n"
  "  BEGIN SELECT RAISE (ABORT, 'a final form cannot be deleted'); END;\n"

  /* The answers: a value and a note per item; only a draft's answers change. */
  "CREATE TABLE form_answer (\n"
  UUID_COLUMN ("id")
  "  form_id TEXT NOT NULL REFERENCES form (id) ON DELETE CASCADE,\n"
  "  item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 64),\n"
  "  value TEXT CHECK (value IS NULL OR length(value) <= 20000),\n"
  "  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 20000),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (form_id, item_id)\n"
  ") STRICT;\n"
  "CREATE TRIGGER form_answer_insert_frozen BEFORE INSERT ON form_answer\n"
  "  WHEN (SELECT state FROM form WHERE id = NEW.form_id) IN ('final', 'discussed')\n"
  "  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;\n"
  "CREATE TRIGGER form_answer_update_frozen BEFORE UPDATE ON form_answer\n"
  "  WHEN (SELECT state FROM form WHERE id = OLD.form_id) IN ('final', 'discussed')\n"
  "    OR (SELECT state FROM form WHERE id = NEW.form_id) IN ('final', 'discussed')\n"
  "  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;\n"
  "CREATE TRIGGER form_answer_delete_frozen BEFORE DELETE ON form_answer\n"
  "  WHEN (SELECT state FROM form WHERE id = OLD.form_id) IN ('final', 'discussed')\n"
  "  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;\n"

  /* KPB/KVB: the quick entry (domain.md 'The training year': about 40 a year). The
   * score belongs to the scale of the entry's definition. */
  "CREATE TABLE kpb_entry (\n"
  UUID_COLUMN ("id")
  "  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('kpb', 'kvb')),\n"
  "  entry_date TEXT NOT NULL CHECK " ISO_DATE ("entry_date") ",\n"
  "  topic TEXT NOT NULL CHECK (length(trim(topic)) BETWEEN 1 AND 500),\n"
  "  competentiegebied TEXT NOT NULL CHECK (length(competentiegebied) BETWEEN 1 AND 64),\n"
  "  score TEXT NOT NULL CHECK (length(score) BETWEEN 1 AND 64),\n"
  "  feedback TEXT NOT NULL DEFAULT '' CHECK (length(feedback) <= 20000),\n"
  "  assessor_id TEXT REFERENCES person (id) ON DELETE SET NULL,\n"
  "  definition_id TEXT NOT NULL,\n"
  "  definition_version INTEGER NOT NULL,\n"
  AUDIT_COLUMNS ",\n"
  "  FOREIGN KEY (definition_id, definition_version)\n"
  "    REFERENCES form_definition (definition_id, version) ON DELETE RESTRICT\n"
  ") STRICT;\n"
  "CREATE INDEX kpb_entry_by_traject ON kpb_entry (traject_id, entry_date);\n"
  "CREATE TRIGGER kpb_entry_kind_fits BEFORE INSERT ON kpb_entry\n"
  "  WHEN (SELECT kind FROM form_definition WHERE definition_id = NEW.definition_id\n"
  "        AND version = NEW.definition_version) IS NOT NEW.kind\n"
  "  BEGIN SELECT RAISE (ABORT, 'the entry''s definition is not of its kind'); END;\n"

  /* Diensten at the huisartsenpost (domain.md 'The training year': at least 20 a year;
   * after the bekwaamheidsverklaring 5 to 8 under supervision at a distance). */
  "CREATE TABLE dienst (\n"
  UUID_COLUMN ("id")
  "  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,\n"
  "  dienst_date TEXT NOT NULL CHECK " ISO_DATE ("dienst_date") ",\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('avond', 'nacht', 'weekend', 'feestdag')),\n"
  "  with_person_id TEXT REFERENCES person (id) ON DELETE SET NULL,\n"
  "  with_name TEXT NOT NULL DEFAULT '' CHECK (length(with_name) <= 200),\n"
  "  at_distance INTEGER NOT NULL DEFAULT 0 CHECK (at_distance IN (0, 1)),\n"
  "  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 20000),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE INDEX dienst_by_traject ON dienst (traject_id, dienst_date);\n"
  "CREATE TRIGGER dienst_with_opleider BEFORE INSERT ON dienst\n"
  "  WHEN NEW.with_person_id IS NOT NULL AND (SELECT role FROM person WHERE id = NEW.with_person_id)\n"
  "       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')\n"
  "  BEGIN SELECT RAISE (ABORT, 'a dienst is done with an opleider'); END;\n"
  "CREATE TRIGGER dienst_with_opleider_update BEFORE UPDATE OF with_person_id ON dienst\n"
  "  WHEN NEW.with_person_id IS NOT NULL AND (SELECT role FROM person WHERE id = NEW.with_person_id)\n"
  "       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')\n"
  "  BEGIN SELECT RAISE (ABORT, 'a dienst is done with an opleider'); END;\n"

  /* The bekwaamheidsverklaring for supervision at a distance (fase II). */
  "ALTER TABLE traject ADD COLUMN bekwaamheidsverklaring_on TEXT\n"
  "  CHECK (bekwaamheidsverklaring_on IS NULL OR (" ISO_DATE ("bekwaamheidsverklaring_on") " AND phase = 2));\n";

#undef FORM_KINDS

/* ---- Scholing of the opleider (issue 6): migration 5 -> 6 -------------------------
 * One block, written beside the forms migration and placed after it. The opleider's
 * experience (the year they became opleider, for the niveaukaart) is
 * person.opleider_since, there since v1; the practice's institute profile is
 * practice.institute, also there since v1. */

#define OPLEIDER_ONLY(table) \
  "CREATE TRIGGER " table "_opleider_insert BEFORE INSERT ON " table "\n" \
  "  WHEN (SELECT role FROM person WHERE id = NEW.person_id)\n" \
  "       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')\n" \
  "  BEGIN SELECT RAISE (ABORT, 'only an opleider has " table " rows'); END;\n" \
  "CREATE TRIGGER " table "_opleider_update BEFORE UPDATE OF person_id ON " table "\n" \
  "  WHEN (SELECT role FROM person WHERE id = NEW.person_id)\n" \
  "       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')\n" \
  "  BEGIN SELECT RAISE (ABORT, 'only an opleider has " table " rows'); END;\n"

#define YEAR_COLUMN "  year INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2200),\n"

/* A day's length, whatever was attended: more than one day on one date is refused. */
#define SCHOLING_ON_DATE(when) \
  "CREATE TRIGGER scholing_one_day_" when " BEFORE " when " ON scholing\n" \
  "  WHEN (SELECT coalesce (sum (CASE half_day WHEN 1 THEN 0.5 ELSE 1.0 END), 0) FROM scholing\n" \
  "        WHERE person_id = NEW.person_id AND date = NEW.date AND id IS NOT NEW.id)\n" \
  "       + (CASE NEW.half_day WHEN 1 THEN 0.5 ELSE 1.0 END) > 1.0\n" \
  "  BEGIN SELECT RAISE (ABORT, 'more than one day of scholing on one date'); END;\n"

static const char migration_5_to_6[] =
  /* A registered (half) day of scholing (domain.md, "Scholing of the opleider"). */
  "CREATE TABLE scholing (\n"
  UUID_COLUMN ("id")
  "  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ",\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('startersdag', 'leergang', 'paralleldag',\n"
  "                                      'opleiderstweedaagse', 'leergang6-alternative', 'other')),\n"
  /* A NULL makes a CHECK pass: every branch says IS NOT NULL where it needs a value. */
  "  leergang INTEGER CHECK (CASE WHEN kind = 'leergang'\n"
  "    THEN leergang IS NOT NULL AND leergang BETWEEN 1 AND 6 ELSE leergang IS NULL END),\n"
  "  leergang_day INTEGER CHECK (CASE WHEN kind = 'leergang'\n"
  "    THEN leergang_day IS NOT NULL AND leergang_day BETWEEN 1 AND 8 ELSE leergang_day IS NULL END),\n"
  "  alternative TEXT CHECK (CASE WHEN kind = 'leergang6-alternative'\n"
  "    THEN alternative IS NOT NULL AND length (alternative) BETWEEN 1 AND 64 ELSE alternative IS NULL END),\n"
  "  title TEXT NOT NULL DEFAULT '' CHECK (length (title) <= 200\n"
  "                                        AND (kind IS NOT 'other' OR length (trim (title)) > 0)),\n"
  "  half_day INTEGER NOT NULL DEFAULT 0 CHECK (half_day IN (0, 1)),\n"
  "  attended INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),\n"
  "  replacement_done INTEGER NOT NULL DEFAULT 0 CHECK (replacement_done IN (0, 1)\n"
  "    AND (replacement_done = 0 OR (kind = 'leergang' AND (attended = 0 OR half_day = 1)))),\n"
  "  note TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 2000),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE INDEX scholing_by_person ON scholing (person_id, date);\n"
  OPLEIDER_ONLY ("scholing")
  SCHOLING_ON_DATE ("INSERT")
  SCHOLING_ON_DATE ("UPDATE")

  /* Dispensation from the year's scholingsdagen, with its reason (a kaderopleiding). */
  "CREATE TABLE scholing_dispensation (\n"
  UUID_COLUMN ("id")
  "  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  YEAR_COLUMN
  "  days REAL NOT NULL CHECK (days > 0 AND days <= 60 AND days * 2 = round (days * 2)),\n"
  "  reason TEXT NOT NULL CHECK (length (trim (reason)) BETWEEN 1 AND 500),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (person_id, year)\n"
  ") STRICT;\n"
  OPLEIDER_ONLY ("scholing_dispensation")

  /* The leerplan of a year: its leerpunten (domain.md, "Quality cycle of the opleider"). */
  "CREATE TABLE leerpunt (\n"
  UUID_COLUMN ("id")
  "  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  YEAR_COLUMN
  "  position INTEGER NOT NULL CHECK (position >= 0),\n"
  "  text TEXT NOT NULL CHECK (length (trim (text)) BETWEEN 1 AND 500),\n"
  "  achieved INTEGER NOT NULL DEFAULT 0 CHECK (achieved IN (0, 1)),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE INDEX leerpunt_by_year ON leerpunt (person_id, year, position);\n"
  OPLEIDER_ONLY ("leerpunt")

  /* The HAO-voortgangsgesprekken with the opleiderscoach that took place. */
  "CREATE TABLE hao_gesprek (\n"
  UUID_COLUMN ("id")
  "  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ",\n"
  "  note TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 2000),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (person_id, date)\n"
  ") STRICT;\n"
  OPLEIDER_ONLY ("hao_gesprek");

#undef SCHOLING_ON_DATE
#undef YEAR_COLUMN
#undef OPLEIDER_ONLY

/* ---- end of the scholing block ------------------------------------------------ */

/* ---- The practice's institute (R1): migration 6 -> 7 -------------------------------
 * The institute belongs to the practice, not to a PC (design.md §1, §3, §4): the
 * form definitions an institute supplies and a profile loaded from a file are kept in
 * the practice database, so every PC that opens it offers the same. */

static const char migration_6_to_7[] =
  /* The form definitions the practice offers for new forms besides the shipped ones.
   * The text is the form_definition row (frozen, one per id and version); a removed
   * one is no longer offered, but its row stays: forms filled with it keep rendering. */
  "CREATE TABLE practice_form_definition (\n"
  UUID_COLUMN ("id")
  "  definition_id TEXT NOT NULL,\n"
  "  version INTEGER NOT NULL,\n"
  "  file_name TEXT NOT NULL CHECK (length (file_name) BETWEEN 1 AND 255),\n"
  "  removed_at TEXT CHECK (removed_at IS NULL OR removed_at >= created_at),\n"
  "  removed_by TEXT CHECK (removed_by IS NULL OR (length (removed_by) = 36 AND removed_at IS NOT NULL)),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (definition_id, version),\n"
  "  FOREIGN KEY (definition_id, version)\n"
  "    REFERENCES form_definition (definition_id, version) ON DELETE RESTRICT\n"
  ") STRICT;\n"
  "CREATE TRIGGER practice_form_definition_fixed BEFORE UPDATE ON practice_form_definition\n"
  "  WHEN NEW.id IS NOT OLD.id OR NEW.definition_id IS NOT OLD.definition_id\n"
  "    OR NEW.version IS NOT OLD.version OR NEW.created_at IS NOT OLD.created_at\n"
  "    OR NEW.created_by IS NOT OLD.created_by\n"
  "  BEGIN SELECT RAISE (ABORT, 'an offered form definition keeps its id and version; only its removal changes'); END;\n"
  "CREATE TRIGGER practice_form_definition_kept BEFORE DELETE ON practice_form_definition\n"
  "  BEGIN SELECT RAISE (ABORT, 'an offered form definition is removed from the offer, not deleted'); END;\n"

  /* Institute profiles loaded from a file (opl-institute.h): the exact JSON text, one
   * per id and version, never changed; practice.institute names a shipped profile or
   * one of these (the highest version of that id). */
  "CREATE TABLE institute_profile (\n"
  UUID_COLUMN ("id")
  "  institute_id TEXT NOT NULL CHECK (length (institute_id) BETWEEN 1 AND 64\n"
  "                                    AND institute_id NOT GLOB '*[^a-z0-9-]*'),\n"
  "  version INTEGER NOT NULL CHECK (version >= 1),\n"
  "  file_name TEXT NOT NULL CHECK (length (file_name) BETWEEN 1 AND 255),\n"
  "  checksum TEXT NOT NULL CHECK (length (checksum) = 64),\n"
  "  json TEXT NOT NULL CHECK (json_valid (json)),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (institute_id, version)\n"
  ") STRICT;\n"
  "CREATE TRIGGER institute_profile_frozen BEFORE UPDATE ON institute_profile\n"
  "  BEGIN SELECT RAISE (ABORT, 'a stored institute profile never changes; give a changed one a higher version'); END;\n";

/* ---- end of the institute block ------------------------------------------------ */

/* ---- Running the practice from the app (issue 14): migration 7 -> 8 ----------------
 * A traject that ends early keeps why; an aios has one traject at a time; leave of a
 * traject never overlaps, also when it is changed; a coschap is only for an aios in the
 * last phase (seed 000: "alleen mogelijk in de laatste fase van de opleiding"); and an
 * opleider's role is kept per opleidingsjaar (seed 002: a plaatsvervangend opleider owes
 * 4 days, "Het jaar erop dient deze opleider wel 8 dagen te volgen en zijn/haar collega
 * is dan plaatsvervangend opleider"), with whether a duo-opleider counts as experienced
 * that year (seed 001: "Ervaren duo opleiders kunnen deze 8 dagen naar rato verdelen"). */

#define NO_SECOND_TRAJECT(when, columns, other) \
  "CREATE TRIGGER traject_one_at_a_time_" when " BEFORE " when columns " ON traject\n" \
  "  WHEN EXISTS (SELECT 1 FROM traject WHERE aios_id = NEW.aios_id" other "\n" \
  "                 AND start_date <= coalesce (NEW.end_date, '9999-12-31')\n" \
  "                 AND coalesce (end_date, '9999-12-31') >= NEW.start_date)\n" \
  "  BEGIN SELECT RAISE (ABORT, 'an aios has one traject at a time'); END;\n"

#define COSCHAP_LAST_PHASE(when, columns) \
  "CREATE TRIGGER leergesprek_slot_coschap_" when " BEFORE " when columns " ON leergesprek_slot\n" \
  "  WHEN NEW.coschap_start IS NOT NULL\n" \
  "   AND (SELECT phase FROM traject WHERE id = NEW.traject_id) IS NOT 2\n" \
  "  BEGIN SELECT RAISE (ABORT, 'a coschap is only for an aios in the last phase'); END;\n"

static const char migration_7_to_8[] =
  "ALTER TABLE traject ADD COLUMN end_reason TEXT\n"
  "  CHECK (end_reason IS NULL OR (end_reason IN ('ontkoppeling', 'zwangerschap', 'uitval', 'overig')\n"
  "                                AND end_date IS NOT NULL));\n"
  "ALTER TABLE traject ADD COLUMN end_note TEXT NOT NULL DEFAULT '' CHECK (length (end_note) <= 2000);\n"
  NO_SECOND_TRAJECT ("INSERT", "", "")
  NO_SECOND_TRAJECT ("UPDATE", " OF aios_id, start_date, end_date", " AND id IS NOT NEW.id")
  "CREATE TRIGGER leave_period_no_overlap_update BEFORE UPDATE OF traject_id, start_date, end_date ON leave_period\n"
  "  WHEN EXISTS (SELECT 1 FROM leave_period\n"
  "               WHERE traject_id = NEW.traject_id AND id IS NOT NEW.id\n"
  "                 AND start_date <= NEW.end_date AND end_date >= NEW.start_date)\n"
  "  BEGIN SELECT RAISE (ABORT, 'leave periods of a traject overlap'); END;\n"
  "CREATE INDEX closure_by_date ON closure (start_date);\n"
  COSCHAP_LAST_PHASE ("INSERT", "")
  COSCHAP_LAST_PHASE ("UPDATE", " OF traject_id, coschap_start")
  "CREATE TABLE opleider_year (\n"
  UUID_COLUMN ("id")
  "  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  year INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2200),\n"
  "  role TEXT NOT NULL CHECK (role IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')),\n"
  "  experienced INTEGER CHECK (experienced IS NULL OR experienced IN (0, 1)),\n"
  AUDIT_COLUMNS ",\n"
  "  UNIQUE (person_id, year)\n"
  ") STRICT;\n"
  "CREATE INDEX opleider_year_by_year ON opleider_year (year, role);\n"
  "CREATE TRIGGER opleider_year_opleider_insert BEFORE INSERT ON opleider_year\n"
  "  WHEN (SELECT role FROM person WHERE id = NEW.person_id)\n"
  "       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')\n"
  "  BEGIN SELECT RAISE (ABORT, 'only an opleider has a role per opleidingsjaar'); END;\n"
  "CREATE TRIGGER opleider_year_one_hoofdopleider BEFORE INSERT ON opleider_year\n"
  "  WHEN NEW.role = 'hoofdopleider' AND EXISTS (SELECT 1 FROM opleider_year\n"
  "       WHERE year = NEW.year AND role = 'hoofdopleider' AND person_id IS NOT NEW.person_id)\n"
  "  BEGIN SELECT RAISE (ABORT, 'an opleidingsjaar has one hoofdopleider'); END;\n"
  "CREATE TRIGGER opleider_year_one_hoofdopleider_update BEFORE UPDATE OF role, year ON opleider_year\n"
  "  WHEN NEW.role = 'hoofdopleider' AND EXISTS (SELECT 1 FROM opleider_year\n"
  "       WHERE year = NEW.year AND role = 'hoofdopleider' AND person_id IS NOT NEW.person_id)\n"
  "  BEGIN SELECT RAISE (ABORT, 'an opleidingsjaar has one hoofdopleider'); END;\n";

#undef COSCHAP_LAST_PHASE
#undef NO_SECOND_TRAJECT

/* ---- end of the practice block --------------------------------------------------- */

/* ---- Privacy on a shared PC (issue 15): migration 8 -> 9 -------------------------
 * A profile's passphrase, as its Argon2id hash, with the salt and cost its key is
 * derived with; and the private drafts (an aios's LEOh and ComBel self-assessment, not
 * yet shared) of a profile with a passphrase, sealed with that key: their answers are a
 * box in form_seal instead of rows in form_answer. Sharing opens the box and writes the
 * answers in clear, as the training requires; so the answers of a final form may be
 * written once more, while its seal is there. */

#define PRIVATE_FORM(form) \
  "(" form ".kind = 'leoh' OR (" form ".kind = 'combel' AND " form ".author_role = 'aios'))"

static const char migration_8_to_9[] =
  "CREATE TABLE profile_lock (\n"
  "  person_id TEXT NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,\n"
  "  passphrase_hash TEXT NOT NULL CHECK (passphrase_hash GLOB '$argon2id$*'),\n"
  "  key_salt BLOB NOT NULL CHECK (length (key_salt) = 16),\n"
  "  key_opslimit INTEGER NOT NULL CHECK (key_opslimit >= 1),\n"
  "  key_memlimit INTEGER NOT NULL CHECK (key_memlimit >= 8192),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE TABLE form_seal (\n"
  "  form_id TEXT NOT NULL PRIMARY KEY REFERENCES form (id) ON DELETE CASCADE,\n"
  "  nonce BLOB NOT NULL CHECK (length (nonce) = 24),\n"
  "  box BLOB NOT NULL CHECK (length (box) >= 16),\n"
  "  n_answered INTEGER NOT NULL DEFAULT 0 CHECK (n_answered >= 0),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE TRIGGER form_seal_private BEFORE INSERT ON form_seal\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM form f WHERE f.id = NEW.form_id AND f.shared = 0 AND " PRIVATE_FORM ("f") "\n"
  "                   AND EXISTS (SELECT 1 FROM profile_lock l WHERE l.person_id = f.author_id))\n"
  "  BEGIN SELECT RAISE (ABORT, 'only a private draft of a profile with a passphrase is sealed'); END;\n"
  "CREATE TRIGGER form_seal_kept BEFORE UPDATE OF form_id ON form_seal\n"
  "  BEGIN SELECT RAISE (ABORT, 'a sealed draft stays with its form'); END;\n"
  /* The answers of a final form are written once more when its seal is opened
   * (sharing) or made (a passphrase set on final, unshared forms). */
  "DROP TRIGGER form_answer_insert_frozen;\n"
  "CREATE TRIGGER form_answer_insert_frozen BEFORE INSERT ON form_answer\n"
  "  WHEN (SELECT state FROM form WHERE id = NEW.form_id) IN ('final', 'discussed')\n"
  "   AND NOT EXISTS (SELECT 1 FROM form_seal WHERE form_id = NEW.form_id)\n"
  "  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;\n"
  "DROP TRIGGER form_answer_delete_frozen;\n"
  "CREATE TRIGGER form_answer_delete_frozen BEFORE DELETE ON form_answer\n"
  "  WHEN (SELECT state FROM form WHERE id = OLD.form_id) IN ('final', 'discussed')\n"
  "   AND NOT EXISTS (SELECT 1 FROM form_seal WHERE form_id = OLD.form_id)\n"
  "  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;\n"
  /* A form with a seal has its answers in it, not in clear. */
  "CREATE TRIGGER form_answer_not_beside_seal BEFORE UPDATE ON form_answer\n"
  "  WHEN EXISTS (SELECT 1 FROM form_seal WHERE form_id = NEW.form_id)\n"
  "  BEGIN SELECT RAISE (ABORT, 'the answers of a sealed draft are in its seal'); END;\n";

#undef PRIVATE_FORM

/* ---- end of the privacy block --------------------------------------------------- */

/* Version 10 (issue 16): offline copies for a laptop, and their merges back (design.md
 * §5). The practice keeps each copy it hands out (sync_copy) with the digest of the state
 * it was taken from; the copy keeps that state itself (sync_copy_info.base, a whole
 * database image), so a returned copy can be merged three ways. Every merge and every
 * conflict's choice is kept (sync_merge, sync_choice). The sync_ tables describe files,
 * not the practice: a merge leaves them out. */

static const char migration_9_to_10[] =
  "CREATE TABLE sync_copy (\n"
  UUID_COLUMN ("id")
  "  base_digest TEXT NOT NULL CHECK (length (base_digest) = 64),\n"
  "  file_name TEXT NOT NULL DEFAULT '',\n"
  "  parent_id TEXT CHECK (parent_id IS NULL OR length (parent_id) = 36),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE TABLE sync_copy_info (\n"
  "  copy_id TEXT NOT NULL PRIMARY KEY CHECK (length (copy_id) = 36),\n"
  "  practice_id TEXT NOT NULL CHECK (length (practice_id) = 36),\n"
  "  practice_name TEXT NOT NULL,\n"
  "  base_digest TEXT NOT NULL CHECK (length (base_digest) = 64),\n"
  AUDIT_COLUMNS ",\n"
  /* Last: the other columns are read without walking the image's pages. */
  "  base BLOB NOT NULL\n"
  ") STRICT;\n"
  "CREATE TRIGGER sync_copy_info_one BEFORE INSERT ON sync_copy_info\n"
  "  WHEN EXISTS (SELECT 1 FROM sync_copy_info)\n"
  "  BEGIN SELECT RAISE (ABORT, 'a copy is a copy of one practice'); END;\n"
  "CREATE TABLE sync_merge (\n"
  UUID_COLUMN ("id")
  "  copy_id TEXT NOT NULL CHECK (length (copy_id) = 36),\n"
  "  changes_digest TEXT NOT NULL CHECK (length (changes_digest) = 64),\n"
  "  n_added INTEGER NOT NULL CHECK (n_added >= 0),\n"
  "  n_changed INTEGER NOT NULL CHECK (n_changed >= 0),\n"
  "  n_deleted INTEGER NOT NULL CHECK (n_deleted >= 0),\n"
  "  n_conflicts INTEGER NOT NULL CHECK (n_conflicts >= 0),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE TABLE sync_choice (\n"
  UUID_COLUMN ("id")
  "  merge_id TEXT NOT NULL REFERENCES sync_merge (id) ON DELETE CASCADE,\n"
  "  table_name TEXT NOT NULL,\n"
  "  row_key TEXT NOT NULL,\n"
  "  column_name TEXT,\n"
  "  practice_value TEXT,\n"
  "  copy_value TEXT,\n"
  "  chosen TEXT NOT NULL CHECK (chosen IN ('practice', 'copy')),\n"
  AUDIT_COLUMNS
  ") STRICT;\n"
  "CREATE INDEX sync_choice_by_merge ON sync_choice (merge_id);\n";

static const char * const migrations[] = {
  migration_0_to_1,
  migration_1_to_2,
  migration_2_to_3,
  migration_3_to_4,
  migration_4_to_5,
  migration_5_to_6,
  migration_6_to_7,
  migration_7_to_8,
  migration_8_to_9,
  migration_9_to_10,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == OPL_DATABASE_SCHEMA_VERSION);

const char *
opl_schema_get_migration (int from_version)
{
  g_return_val_if_fail (from_version >= 0 && from_version < OPL_DATABASE_SCHEMA_VERSION, NULL);

  return migrations[from_version];
}

const char *
opl_schema_get_version_pragmas (void)
{
#define STR_(x) #x
#define STR(x) STR_ (x)
  return "PRAGMA user_version = " STR (OPL_DATABASE_SCHEMA_VERSION) ";\n"
         "PRAGMA application_id = " STR (OPL_DATABASE_APPLICATION_ID) ";";
#undef STR
#undef STR_
}

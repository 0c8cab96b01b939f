-- A practice database of schema version 5 for the export tests (tests/test-export.c):
-- the demo practice of 22 November 2026 (OPL_TODAY=2026-11-22 opleidingspraktijk --demo),
-- then, so that the CSV and JSON meet their hard cases: Anna's e-mail and year as
-- opleider, Eva archived, a leergesprek's notes with quotes, commas, a line break and
-- non-ASCII text, a cancelled leergesprek whose reason has quotes and a comma, a dienst
-- with a comma in with_name and a CRLF in its note; then sqlite3 .dump.
-- The golden files in tests/data/golden/ are exports of it: regenerate them with
-- OPL_UPDATE_GOLDEN=1 meson test -C build export, and read the diff.
PRAGMA user_version = 5;
PRAGMA application_id = 1330662449;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE practice (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  institute TEXT NOT NULL DEFAULT 'lumc' CHECK (length(institute) BETWEEN 1 AND 64),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
) STRICT;
INSERT INTO practice VALUES('c87a336d-ab9c-43d3-886b-d18b96607e01','Huisartsenpraktijk De Linde','lumc','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE person (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  role TEXT NOT NULL CHECK (role IN ('hoofdopleider', 'duo-opleider',
                                      'plaatsvervangend-opleider', 'aios', 'coassistent')),
  email TEXT CHECK (email IS NULL OR email LIKE '%_@_%'),
  opleider_since INTEGER CHECK (opleider_since IS NULL OR opleider_since BETWEEN 1950 AND 2200),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
) STRICT;
INSERT INTO person VALUES('8a2ea708-18dc-425e-8eb8-2d33c706a991','Anna de Vries','hoofdopleider','anna@delinde.example',2015,0,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO person VALUES('3c0358f3-19a9-46f1-a122-a80252935b35','Bram Jansen','duo-opleider',NULL,NULL,0,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO person VALUES('1f04d802-f8d2-4057-951e-3ae0deb7fa8f','Charlotte Bakker','aios',NULL,NULL,0,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO person VALUES('7112a749-7d1c-4660-a5b4-ca6b8e949b1f','Daan Visser','aios',NULL,NULL,0,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO person VALUES('4291c707-d80e-4952-927f-cc3815a9e218','Eva Mulder','aios',NULL,NULL,1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE traject (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  aios_id TEXT NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  phase INTEGER NOT NULL CHECK (phase IN (1, 2)),
  start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
  end_date TEXT CHECK (end_date IS NULL OR ((date(end_date, '+0 days') IS end_date) AND end_date > start_date)),
  parttime REAL NOT NULL DEFAULT 1.0 CHECK (parttime BETWEEN 0.5 AND 1.0),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
, bekwaamheidsverklaring_on TEXT
  CHECK (bekwaamheidsverklaring_on IS NULL OR ((date(bekwaamheidsverklaring_on, '+0 days') IS bekwaamheidsverklaring_on) AND phase = 2))) STRICT;
INSERT INTO traject VALUES('4da33c0e-9ad9-4361-a56c-a64878c22dfd','1f04d802-f8d2-4057-951e-3ae0deb7fa8f',1,'2026-07-01',NULL,1.0,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL,NULL);
INSERT INTO traject VALUES('3101d49d-2411-4938-9596-69880fc449a1','7112a749-7d1c-4660-a5b4-ca6b8e949b1f',1,'2024-04-01','2025-03-31',1.0,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL,NULL);
INSERT INTO traject VALUES('3d1e68d3-e13d-4fc1-a904-76281c959268','7112a749-7d1c-4660-a5b4-ca6b8e949b1f',2,'2026-04-01',NULL,0.8000000000000000444,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-07-30');
INSERT INTO traject VALUES('4c09f110-8b3c-4844-847d-6d9aae0b34a5','4291c707-d80e-4952-927f-cc3815a9e218',2,'2024-05-01','2025-04-30',1.0,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL,NULL);
CREATE TABLE traject_opleider (
  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
  opleider_id TEXT NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  share REAL NOT NULL CHECK (share > 0.0 AND share <= 1.0),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  PRIMARY KEY (traject_id, opleider_id)
) STRICT;
INSERT INTO traject_opleider VALUES('4da33c0e-9ad9-4361-a56c-a64878c22dfd','8a2ea708-18dc-425e-8eb8-2d33c706a991',0.5,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO traject_opleider VALUES('4da33c0e-9ad9-4361-a56c-a64878c22dfd','3c0358f3-19a9-46f1-a122-a80252935b35',0.5,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO traject_opleider VALUES('3101d49d-2411-4938-9596-69880fc449a1','8a2ea708-18dc-425e-8eb8-2d33c706a991',0.5,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO traject_opleider VALUES('3101d49d-2411-4938-9596-69880fc449a1','3c0358f3-19a9-46f1-a122-a80252935b35',0.5,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO traject_opleider VALUES('3d1e68d3-e13d-4fc1-a904-76281c959268','8a2ea708-18dc-425e-8eb8-2d33c706a991',0.5,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO traject_opleider VALUES('3d1e68d3-e13d-4fc1-a904-76281c959268','3c0358f3-19a9-46f1-a122-a80252935b35',0.5,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO traject_opleider VALUES('4c09f110-8b3c-4844-847d-6d9aae0b34a5','8a2ea708-18dc-425e-8eb8-2d33c706a991',0.5,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO traject_opleider VALUES('4c09f110-8b3c-4844-847d-6d9aae0b34a5','3c0358f3-19a9-46f1-a122-a80252935b35',0.5,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE leave_period (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('ziekte', 'zwangerschap', 'verlof', 'overig')),
  start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
  end_date TEXT NOT NULL CHECK ((date(end_date, '+0 days') IS end_date) AND end_date >= start_date),
  note TEXT,
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
) STRICT;
INSERT INTO leave_period VALUES('a64c0112-0875-46fb-810f-300c6e7037c6','3d1e68d3-e13d-4fc1-a904-76281c959268','ziekte','2026-07-01','2026-07-14',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE checklist_tick (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 64),
  period_key TEXT NOT NULL CHECK (period_key GLOB '[0-9][0-9][0-9][0-9]*'),
  checklist_version INTEGER NOT NULL CHECK (checklist_version >= 1),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  UNIQUE (person_id, item_id, period_key)
) STRICT;
INSERT INTO checklist_tick VALUES('222c9bb1-5f8b-42d3-bb1b-69c8ec3b8632','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-agenda','2026-11-20',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('cc135b9b-b935-4ff3-94b8-f6ffd423eab7','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-agenda','2026-11-19',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8eef77b3-46d8-43b2-96f4-9fcfdbcc5bd1','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-agenda','2026-11-18',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3017ca0f-9ffb-42f6-9a19-3ab5d03014d7','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-agenda','2026-11-17',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c9390589-34df-450e-8da1-72caf48e2065','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-agenda','2026-11-16',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('32c174f9-f742-44b3-9edb-d9c1e33492ad','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-agenda','2026-11-13',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('dde36062-1701-4f59-81cb-5a03be3b0a0e','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-agenda','2026-11-12',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a018e548-2722-4ea8-b944-7d3f9efce495','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-consultruimte','2026-11-20',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('40359455-e739-4383-b31b-c5a92c6b8228','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-consultruimte','2026-11-19',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9b992ab0-2101-44e0-adaa-e6b609d6dc11','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-consultruimte','2026-11-18',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('04575cf2-ceea-469e-8eb7-57bcac4175c5','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-consultruimte','2026-11-17',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8c31661c-1c8f-4103-8d13-3269968e078d','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-consultruimte','2026-11-16',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c79b67a4-537c-4508-93a4-8dcf8c62bd68','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-consultruimte','2026-11-13',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9a2d1f6e-38c9-4eee-9a80-281860b57338','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-consultruimte','2026-11-12',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9edf3daa-5c36-4c02-a728-7e9315d9d06c','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-nabespreking','2026-11-20',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e3401362-fe47-4932-8b92-ffe47977c9cf','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-nabespreking','2026-11-19',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0639826d-642c-406f-9052-b41b6ced594b','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-nabespreking','2026-11-18',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('507bd0dc-9892-4b45-a98f-9f6b747c155f','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-nabespreking','2026-11-17',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('5bc96e29-a8b5-4e63-a38e-46efe4295a6c','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-nabespreking','2026-11-16',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0718dedc-d76b-4959-9fe4-c1aa69ab7070','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-nabespreking','2026-11-13',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('49fb7754-3722-4670-be4d-9f47d625568b','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-nabespreking','2026-11-12',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a23a716b-138f-466a-9a16-d99e984d0e7e','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-terugblik','2026-11-20',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f6ab7711-dbbd-4a9a-92c2-924d6f4bdd9e','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-terugblik','2026-11-19',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7a07a6e5-9077-414e-901e-435a2c9e6a73','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-terugblik','2026-11-18',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d23846b5-194e-4222-8aab-897c91d7c14f','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-terugblik','2026-11-17',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f5936c33-e8b4-4469-a663-4f979e48b6e4','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-terugblik','2026-11-16',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f03f7d63-0cf4-41f6-a38a-e803664cbe2c','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-terugblik','2026-11-13',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('20ded642-01d3-43cb-869e-965ff3638629','8a2ea708-18dc-425e-8eb8-2d33c706a991','dagelijks-terugblik','2026-11-12',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('2fab0a21-63b2-4331-943b-80989d218121','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W47',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('28e6ac24-2d02-4c6a-b3d6-b30cdbeddcb2','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W46',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3416c7a1-64b3-42e8-9846-15b70cad4443','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W45',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('59b79570-a54c-40e9-9225-ca0395b76a5a','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W44',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('5d4252ec-7b04-4d10-9ec2-054025884013','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W43',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b2734900-1d6a-4fa9-b376-8c1a0e13db05','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W42',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d07d518c-ed62-4e25-897a-0f364a949793','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W41',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('82626dea-3672-42b9-91f9-afb6b26badee','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W40',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('2866cafd-0fb2-4f31-a219-4d1ba6b0b802','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W39',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bdf9085c-6b80-4e9b-9271-5ab301b73d79','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W38',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c8819be8-cb4a-4c7c-9eef-6f1b93363080','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-leergesprek','2026-W37',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f8b1be7b-b79d-44f6-9944-2c2326b65089','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W46',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c7c151b2-dd26-4272-b091-f8c514c7b069','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W45',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7d068d93-077b-4448-938b-30515aed2d34','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W44',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ac0a09d9-598a-4254-817e-b72461368013','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W43',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('5a54eae8-9aee-4654-a73a-9c00055e3a2e','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W42',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b1c84136-c5f7-48d5-afe6-5d4c5dd729db','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W41',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4c93d74f-0d9b-4cb4-9d43-b40752f867d6','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W40',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('132926ae-8c80-47a1-bdc4-e5737d3093ae','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W39',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('fce0a462-ef99-4c3d-890d-c4b51f748cfb','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W38',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('31df6e3f-7bac-4278-be3e-846e2dffa6d8','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-gezamenlijk-spreekuur','2026-W37',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('fc0cb45a-54a7-4ac0-aa1c-d0321c953f46','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W45',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7aebde7f-1f0d-49f4-bf18-3b7ac965e9e3','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W44',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e49c9d53-f029-4bba-aae0-0f0038a8684f','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W43',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('5802c748-b1a1-43f0-8e32-fbe00271e6bd','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W42',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bb3e924d-c575-4e7e-91a6-160ccfea01e9','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W41',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('78b45c9a-690b-4a5b-b0b4-badd26b42fe3','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W40',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('90dbd7f4-bb32-4ebd-911c-42b4bb908914','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W39',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a2543292-0354-4743-91a1-63737bbbb25d','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W38',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('14f6386f-3b4b-4976-81ce-51c7837196e6','8a2ea708-18dc-425e-8eb8-2d33c706a991','wekelijks-kpb-kvb','2026-W37',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ec9b78a2-ac58-4bce-873a-251a66f26cc8','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-09',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c5a4437c-cc11-40fd-8e7d-ddd1d8a29556','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-08',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b865fccb-b8c4-4dd2-b855-eccb20e0aa26','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-07',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b40b6ffb-5f99-4be3-a4a0-a0545e96a9da','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-06',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('80f80586-e4a9-4779-af83-e05b5c44aa39','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-05',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('89b4e4b1-9235-499a-89ec-631d2196de07','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-04',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9229aad4-d528-443d-8bae-ab232382f00c','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-03',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bced45ca-1bb2-4b49-a49b-9dbf200cd5b2','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-02',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('938aa457-0df3-49c3-8e8e-03fbf9a90e10','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-video','2026-01',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7e64522e-f12a-4992-8601-21a29c55711b','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-11',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4d7cd077-457e-49ea-a2c6-f41437dd7b0c','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-10',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b94702d0-81d5-4a23-927b-8f0ede8e2f78','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-09',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0907bd7e-06f4-48ee-a365-c07005636248','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-08',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c11e22fc-4667-44a7-ba50-bd0cd5af6783','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-07',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d0548037-dd7f-4abd-9b5b-dd25823e5d41','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-06',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e8de753c-c76b-4097-a519-29e1a0205ece','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-05',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('58c17cb9-34af-4707-b588-521723e8bde4','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-04',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0a24f97b-6b52-4016-a4a9-ac12fbce2ba0','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-03',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ca0753ff-6f23-423b-a997-df6f7605bf69','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-02',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4e43a0c4-5baa-42d3-b08e-5c0e19962d5c','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-leerproces','2026-01',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('20bfa3aa-32d3-4bfa-b2f9-20e30f0dd524','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-10',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('94877e64-40d6-4e6f-87f1-59ded6b1923b','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-09',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('588063cc-3968-4247-928a-e9210317f4b0','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-08',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0dd72388-faa3-4337-8547-9a0d934faf65','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-07',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('642f2876-1505-488d-8b1e-faf886b01ff7','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-06',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8ea12ccc-b850-4510-8b82-64f1d410fa9f','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-05',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('2f5f26bd-cf88-4e1e-8274-f81e43a39790','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-04',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('1b9538f8-6edc-4267-aa3f-e0af0124ce0d','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-03',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('2ec21b9d-c7c8-48b5-b124-3ef5762fbc19','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-02',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c8c1e8da-601d-4cd3-931b-a2224bc4e109','8a2ea708-18dc-425e-8eb8-2d33c706a991','maandelijks-paralleldag','2026-01',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3f52f3b2-1669-4b7a-bc26-acb75af767eb','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2026-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('26474590-7383-4a39-afcb-37cecf4b0be6','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2026-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c4372e97-8916-4f1f-9743-ff95cd155f0f','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2026-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('23c9aa78-8134-4465-b5b5-09c8146fff6c','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2026-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4fbf315d-dbca-428c-8891-d9f398c4bda4','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2025-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('2cc0dede-5d3c-4912-a8b2-767a82334d2e','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2025-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('77b3dd45-82c4-4afe-9583-f3ae83ae159c','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2025-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e6246f31-c7a6-42bf-8353-702b62d47214','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2025-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('19b00ab7-8b66-4c84-9a44-f1a6324cc72f','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2024-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('82238065-f426-4c7b-b00d-9d1c6c3b5027','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2024-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('6e72834f-9ce1-4b2c-847c-8f7cb031e600','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-combel','2024-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('1d1d78ef-22bb-4071-9a0a-e98acf0c5d9c','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2026-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d8be9db3-90f8-45aa-b799-eeff7c7279bf','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2026-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f8d7ba39-ec27-4ac1-85a0-5588911c3210','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2026-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('be48857b-4a78-46ab-a9e1-1c8988388413','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2025-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f9be8cad-3404-4d38-a07d-92476467de0a','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2025-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a2cec143-34ea-45af-94ce-6e23feba4128','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2025-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7ec4618b-01ca-4315-9f4c-5e550359d96a','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2025-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9bac3c30-0b9f-4af4-b857-02bb9797a6bd','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2024-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4370db41-9b64-4e32-ab5f-5eb4aa4a2b6a','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2024-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e6ef2531-63b4-40c8-ac4f-0c7c20d83086','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsgesprek','2024-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('128ff57d-a9cd-4310-bf77-e74173afb2e7','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2026-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('944902cd-c0d5-40e9-aa8d-e968309b5b6b','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2026-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0391be4e-0e98-4418-8386-de85ecf4670e','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2026-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c58be00e-7a8e-4b69-b169-dc5c45a34c27','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2025-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a0f6d7e2-ac55-4a41-b4b2-485c3a547afa','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2025-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bc08f0d7-5366-4f97-ae5b-84553c3daf96','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2025-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0810c002-b89f-4d04-89c1-9d4aed3a3138','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2025-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e2ab0b29-da11-47c0-8735-b5ed9474d776','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2024-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c18d3a9f-f518-4a47-9847-decc173f6f88','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2024-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('105650dc-1af7-407a-bd53-7644c6ccf43e','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-voortgangsadvies','2024-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('96852ad3-9608-4cf4-b071-6c1d36d08a15','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2026-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f6262166-9f4d-4d81-a910-3dc46578bb4f','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2026-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('da4c26de-3fc2-4a27-9d3d-42b97942739f','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2026-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ad78e0c5-e7e1-47a1-9c80-25bef90acc39','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2025-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('5c6f0ee7-34dc-4f19-a5a2-2c304dd07120','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2025-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('338c0b11-5f02-423d-b344-a1bb91c58046','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2025-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8fc507db-11a6-4551-beee-dc95d082db9f','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2025-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4fdfe77e-0bd0-4851-81d4-4dd00d9e9582','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2024-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a5409cb3-1a56-4266-845f-0005cafedc77','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2024-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('49962a4e-5d81-486e-9030-a3bc684197c7','8a2ea708-18dc-425e-8eb8-2d33c706a991','driemaandelijks-leoh','2024-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e22a2134-039f-4601-ade0-7ec7b3639f54','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2026-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f4fd2148-642c-4021-b1e0-566c18f1a029','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2026-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b7f5b194-6f4a-4b18-98d6-b2ed73aa94b3','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2025-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ddcac8f2-5b05-4779-9fbc-074d8628d189','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2025-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e8330b21-0f8e-490d-ad89-87257e7ac95b','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2024-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('37798c0b-effe-4cdc-b819-406c956d826c','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2024-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('2e0ecbf0-ff7b-40d5-afe4-4d3050dae743','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2023-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('aa1b24a9-3dd0-42c4-b6c3-005a84f62533','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2023-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('6575a3b8-318d-4b49-a8f9-23709164b0b1','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2022-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('2d9fbb0c-a2f3-459b-94d1-8d78de498055','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2022-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7c2bf172-a7ec-40b0-a958-88fd7affea03','8a2ea708-18dc-425e-8eb8-2d33c706a991','halfjaarlijks-groepsbegeleider','2021-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8aebf020-db3a-4cf4-816a-9b07660536d7','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2026',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a1e8ab96-531d-4490-8a84-c4e2f2a4c25e','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2025',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9acf923f-a6e1-445a-8ea4-507063f9a7e6','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2024',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('239bc32c-8f19-41c2-9856-60cd7ac85de3','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2023',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('09b9e8d0-d351-4b1e-be85-670deea64b7f','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2022',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('569f252c-51e4-4766-9d9a-398c9b9c2edf','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2021',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('01fa8a42-4303-4c30-acfc-e3bbd99b0b0d','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2020',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('527b7131-466c-4df3-b3be-af4d2bcbc53f','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2019',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('30a57d3e-6f00-4e50-9e9a-ec4c5cad8923','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2018',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a9ec9165-bf0e-49ab-bdcb-39a046fc0d35','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2017',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bdf5e2ed-4ff0-4eb6-9d88-ec9e8bcc9da2','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-opleiderscoach','2016',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ede1bef2-b651-4574-bc92-0881be80ace9','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2025',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('290ceef8-2ebb-4135-8287-c1a2014cd660','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2024',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('cf9f3594-3c57-46c1-9f62-79b4221e2f81','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2023',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b23b34f8-b132-4593-a5d5-c04b852247ef','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2022',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9a5b4c43-e084-43d4-bbca-0d0cac8834fd','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2021',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('125609d8-0fd5-4f87-b183-185da3a663ff','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2020',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3c3c80e8-d182-457e-a47e-47b4064ee50b','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2019',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('11218ca4-0b2f-4e08-9aed-0420984098b0','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2018',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('90d7557a-27da-4c19-8b96-8461d35f349e','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2017',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e8f7fd6f-6b57-4f1a-b7ba-ccb14f358fe0','8a2ea708-18dc-425e-8eb8-2d33c706a991','jaarlijks-profiel-leerwerkplan','2016',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('19f1dc39-35bc-4f89-9936-f477f437e523','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-agenda','2026-11-20',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('46ee5bbf-ca9c-4303-9380-c41f42346857','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-agenda','2026-11-19',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('56742118-12b4-4784-8e8e-0f0f8b9b975e','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-agenda','2026-11-18',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('5eb0a4d4-4ca8-448b-9821-fb03c8f9bc13','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-agenda','2026-11-17',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9f059728-fdb8-45ee-9766-34f84dcfadb8','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-agenda','2026-11-16',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('36f6faa7-eb9b-4292-86ec-a32c958c0bf4','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-agenda','2026-11-13',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a4a22cba-28cc-42fd-a6ce-88655779505c','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-agenda','2026-11-12',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3317549a-03df-4b29-9ab5-dc8e01d1edc9','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-consultruimte','2026-11-20',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7c3eea3e-370c-44d4-9c28-d20908997272','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-consultruimte','2026-11-19',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('749ca239-249e-49c6-b801-328a7db63a7b','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-consultruimte','2026-11-18',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('aab73926-22c3-4c15-b078-ac5cbb05c076','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-consultruimte','2026-11-17',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('05ee791d-0c0a-452f-a654-4c9b8c8d784c','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-consultruimte','2026-11-16',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('60bba38b-4966-441a-8f56-fc4f6c7baa96','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-consultruimte','2026-11-13',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9f22fe13-9e9b-46f2-9827-b67eb208b9c8','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-consultruimte','2026-11-12',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('12ee6c85-0452-4a2d-bde9-f1309d5dae3b','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-nabespreking','2026-11-20',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('92f56e3b-ac1a-4a0f-ab8f-f9e59a584bfc','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-nabespreking','2026-11-19',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('22522e56-6ae9-48e4-b685-e7d813ca57b9','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-nabespreking','2026-11-18',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9010f2ef-691e-4ee1-ab2c-ac7be74dedff','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-nabespreking','2026-11-17',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('6a4013df-56c4-4968-9a5b-ac8ee3c0d224','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-nabespreking','2026-11-16',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('55e7934c-2a5c-4081-8f01-b90d93a0d6bb','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-nabespreking','2026-11-13',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('478c052c-0117-4419-a196-27dba10ce016','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-nabespreking','2026-11-12',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('faf78c60-6e41-49fa-af30-934db8b01349','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-terugblik','2026-11-20',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ed5048d4-dceb-4c9d-8fe1-b83cf08f3778','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-terugblik','2026-11-19',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('fa7ebb5b-4123-4f7a-a1e5-ac6907bb16a6','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-terugblik','2026-11-18',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3a568ee1-1c78-48f5-a78e-5748f25ece08','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-terugblik','2026-11-17',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('18ac098f-a0e7-444d-b459-3a90fda9db6f','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-terugblik','2026-11-16',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d5d0333a-f4a0-4385-ace5-6cbf977685fe','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-terugblik','2026-11-13',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7e058335-80df-4aef-a2c1-3b738e04c48c','3c0358f3-19a9-46f1-a122-a80252935b35','dagelijks-terugblik','2026-11-12',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('cd68df58-4179-4a3d-8c60-2fa824509782','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W47',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ac17075b-bf94-4f68-a98e-cbce19372347','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W46',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('af2e5c22-0d00-4405-a323-4f330d52f060','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W45',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7e79cbb2-57f1-4aff-8bb1-9b8fcf83e877','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W44',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('404c1b29-59a1-462e-b0af-4f16b7d135ba','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W43',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('1dca200a-4372-47cb-836f-c5a42cb9935d','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W42',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('22aa6aab-23d6-456d-bac2-d375685d20f6','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W41',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('83215464-85de-42b6-9115-9337c7b1dccf','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W40',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('60b2b353-b743-4c0b-ac29-9b22eb405ca8','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W39',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('900fd210-ee5c-4e48-8899-2acdd3ed750a','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W38',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('702ab7e0-b39d-4420-9dae-4a10b31ec311','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-leergesprek','2026-W37',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7b421c2f-8e2b-4df5-817d-9ce220861849','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W46',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('cd3f15c8-b59f-4993-b125-a2a90e415597','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W45',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f4214b74-6fa5-4f51-a2a5-5e0a36baff67','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W44',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b3536eee-a7d7-4da5-9f8f-ea3ffa2b0630','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W43',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c70745de-77da-4080-bd13-b29d0ba531db','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W42',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('91e7f4f6-76b3-411c-a146-5a959c7578b8','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W41',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d95c6666-497f-484f-9fd1-28df913a5642','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W40',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ebf9dca9-8e8d-44bc-ad23-e4dca56f4d0a','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W39',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('212bbdc1-38fd-4ccc-a27d-0e06e1815796','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W38',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('146e0ba2-8175-40e1-b298-07974d24c56d','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-gezamenlijk-spreekuur','2026-W37',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9ce54f62-de75-41fb-bd20-ac53300251a3','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W46',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('6cbb071a-4948-4649-9b93-0f123d5f8c97','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W45',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b7f6c607-d373-4ed3-aec2-12188b41db8f','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W44',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f2b675d5-b6d1-4829-ba58-6ce4bfeb4ff7','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W43',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('324017b5-db2b-41c8-bc39-f6a150be22fb','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W42',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8efa06c2-d201-4473-972f-78c3debfe2b2','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W41',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4cd9f112-c709-4585-b155-abe744169364','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W40',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4a03f479-4f7f-421e-8b3c-51259350f48c','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W39',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c8d5bf25-d3f0-4604-83f7-70d66b712857','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W38',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('efa13980-d00c-4bea-a700-527fb259c226','3c0358f3-19a9-46f1-a122-a80252935b35','wekelijks-kpb-kvb','2026-W37',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('1920d75a-cbab-4d60-8592-92ef66fd3aae','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-11',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('40973293-78fa-4d05-bf82-6cff61ecbc96','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-10',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('6f3b9924-c85f-43ec-86fa-74c7dd6aa6bc','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-09',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('46190953-79cc-47af-b3b6-34ad61056f82','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-08',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('fbb374a9-8ce3-4f81-8a45-50e64053e95d','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-07',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b9f3a4c2-10fd-423b-8d14-77aae690cf13','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-06',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3407bac7-3242-4c00-a9c7-ce7f3eff1bb6','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-05',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d8bcadc3-a8c4-492f-bd3d-224fe9177070','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-04',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('31d175cf-17d8-4bdc-b19f-41161889c102','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-03',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7f2a16b5-ce62-46b0-a9cd-82de7a4ae143','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-02',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('719805de-15af-4005-b3e3-cd503b67a2d1','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-video','2026-01',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('da238cbe-16e5-443e-aae3-38da464f0266','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-10',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e5f647b7-b222-4112-83a3-e76ca1f96f89','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-09',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7367a1e6-a1a9-4c42-8fdf-39f3ba3b780e','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-08',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7dbd509a-9045-4cfe-ab9e-e685e8420798','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-07',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('13deed09-c1f2-445c-9b88-5df3020715b1','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-06',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8946d194-d5b4-40d7-b1a9-e7c3d7b8b408','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-05',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8278b92c-7328-4c43-9fc2-323b474dfffe','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-04',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b0da6ae1-817e-481b-8c9f-d5833f9393d3','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-03',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bde4aef1-7350-47e1-8e34-b9438c7302df','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-02',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d2d5f52b-a5ab-4906-ab2d-959b787b988e','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-leerproces','2026-01',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c51d0ab9-0912-4f98-9a13-a26d41f3b3de','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-10',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3b4f5dc7-c0ef-470b-8c26-06298d729e3c','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-09',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('49be9d4e-06d8-4014-8357-47abf64eb8bc','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-08',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('174b9e45-c546-4226-8ee1-e43b7ee0ecd0','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-07',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bb31dbbd-e7d1-4db6-a74e-dfd037980e6d','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-06',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('35a1fd1c-4dfe-48be-9d11-63edf9f565a8','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-05',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('31fa1e6d-a2c8-4d7a-a1bb-943f96c3be45','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-04',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b9c31dda-be8a-44b8-b81d-6ee6f399ef99','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-03',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e35f3c77-3ef7-47fa-a7e3-4f40dd794aee','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-02',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9a671e96-78bb-4be1-a25b-6c04c7573019','3c0358f3-19a9-46f1-a122-a80252935b35','maandelijks-paralleldag','2026-01',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9e5874f1-9dd0-452b-8c6f-c886b173b6f0','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2026-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('eda53f9d-83cd-4f63-a36e-aca29c0dee43','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2026-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8720b9e8-5c4a-4d5f-bcb2-401741ba0c63','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2026-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('6547543a-d2d4-4d35-b7d9-18f8a8fb919b','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2026-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e548af10-2530-4c59-95fc-fa9f2d239b03','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2025-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('de92c55d-c0c1-4465-b938-8ac7f6540650','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2025-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0755fcb2-8488-4aa1-af72-39ebaf7205d3','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2025-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c37978ed-7b22-4555-8e65-859f73dd466a','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2025-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('cfd9f565-5866-4b8e-970b-fb6d3fa2f8c6','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2024-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f845b31e-8f04-438e-93fe-7fe1e8eab401','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2024-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f28349d8-344c-4752-a9b2-f762774860c9','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-combel','2024-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9ede797a-d4d5-4a4c-a207-7cf51bda0608','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2026-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('4f8ddf36-01d6-4ad1-a082-d3214e7c175f','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2026-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('62dc8004-a52d-4b60-b560-566176e33e27','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2026-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e6915098-c58a-4cd3-a9d7-4bf4b57f25c5','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2025-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('23554a3c-2013-4f05-a1ab-b9b4d74a1e2b','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2025-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('870928b1-5926-46f2-af8d-c7872d2fdffb','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2025-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('9d8bb77e-57b5-4270-a6c2-ea76e2d29dca','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2025-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('51f1dde1-e2e9-4f5a-928e-d2956efe87cd','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2024-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('18e5b4b9-1d9c-4a79-b6af-6094fb454333','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2024-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d7d4b50a-a650-4610-ac1e-1273b5828c94','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsgesprek','2024-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c6c87a63-48aa-402a-9a9c-9419d08d9f93','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2026-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('08588747-2f6e-4d07-adf5-2fd5a8b95201','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2026-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d14a5c89-1d0a-4a98-ab60-e23beaeb8feb','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2026-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3e455ee8-a9c4-4e56-9f63-50e36bacf1eb','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2025-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bb25b925-4325-4a5a-9044-7ad1856f0241','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2025-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('1f4e2060-8df0-4ac4-98e0-ad619bd0f54a','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2025-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d4b08f5b-1e1f-4102-83e8-220cbc09eb55','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2025-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('04413195-c259-4e24-9c4f-271ff2c03ad4','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2024-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('21b030d7-1916-4a6a-8ca4-9c49022c0e76','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2024-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e2ff9b85-137d-44d3-be2e-7a90ef061260','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-voortgangsadvies','2024-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('1eb3335e-7ece-4dd3-a471-974b9ed8b176','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2026-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('29ef89f8-2317-4ad0-90f6-d8e38c99781e','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2026-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d6a637d0-9a09-4a85-b195-0a9df0fa8298','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2026-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('afe56762-d451-45ea-84d4-bc5984b101f1','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2025-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('51853407-7dec-4ac8-9798-90da3f660995','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2025-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('6def5d3c-5edd-4387-bbc9-aaa5ac4f8904','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2025-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e4e0fe58-90a9-4bed-b61f-03952f383859','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2025-Q1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('966cbd90-bfa9-4a94-bab8-3f8463364881','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2024-Q4',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('7966626f-7de9-41ce-9f33-84f665c32f47','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2024-Q3',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('73556603-3143-4716-a4b2-66ee5c961728','3c0358f3-19a9-46f1-a122-a80252935b35','driemaandelijks-leoh','2024-Q2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f5c065d7-7f9a-4064-88c8-a4bfd9820bf6','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2026-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('ddce99b3-0913-46c1-bc4f-c466aa961e2f','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2026-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b9a74225-ec84-44df-b354-509680272aba','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2025-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('abda9a68-44da-411a-8c58-7bd5e9c29319','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2025-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('d2074170-9ed6-47b9-857e-71a8fa7d4292','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2024-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('33132291-bdbc-4e03-958e-8e29f7413e3f','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2024-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('6ed62bb5-869f-43ab-aed6-bf5f5583c045','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2023-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3cca9628-8a9d-4959-9a72-bead3e58002b','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2023-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('cd429416-a29a-4d76-a8fe-ba3b8d496ee5','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2022-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e1326d9c-dd53-4e12-b408-4221e1add36f','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2022-H1',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c7822490-b0b1-4b1d-848e-d24324bc83d5','3c0358f3-19a9-46f1-a122-a80252935b35','halfjaarlijks-groepsbegeleider','2021-H2',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('e0608e44-8378-4d14-bf23-cba93933633b','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2026',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f7eaf39f-ec97-49b9-83bd-b0156b6ccccb','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2025',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('48e392d7-73be-469c-b6c2-d7c419125e98','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2024',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('b9fdf38f-530f-455d-96a1-3d633e822cad','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2023',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('52eca966-872c-4589-b7dc-7e41178750ac','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2022',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bffef7dc-b4fc-4ee6-ba82-d7fd1e5f77c1','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2021',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('3d9f2426-427c-4da1-abab-e344857ccea4','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2020',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('282f58f3-0548-4a72-a240-28ecc6cb6f0a','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2019',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('2aa83b10-ab59-48d9-bcca-0350e9f0bf20','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2018',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c1c32f8f-bc69-4443-ad69-4bbc0398886e','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2017',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('8dbdc78b-8af3-4cfa-a8c9-83c872a26b18','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-opleiderscoach','2016',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('0f2fb030-777b-4f15-b86c-26c5af01e64e','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2025',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('08bb77b9-5f31-4530-a119-948a0edefb60','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2024',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('a975a2d3-6aaa-43d6-94a0-abe5286c2e21','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2023',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('c03fed78-1d7d-494a-bad5-c251f01c60b7','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2022',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('07503b6d-f690-4d06-9b1d-e04f625534e7','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2021',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('217a597a-6b74-4733-88e4-319a1348678b','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2020',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('269e4fd1-7240-47cc-b046-a2e8522e3561','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2019',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('bd5c0793-a5ba-45be-8e60-118e335fb089','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2018',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('cc87ef7a-169a-4cbf-8cf2-ed85ed1c2fa4','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2017',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO checklist_tick VALUES('f7f3b565-fc4e-435c-829c-eb3ac26173d5','3c0358f3-19a9-46f1-a122-a80252935b35','jaarlijks-profiel-leerwerkplan','2016',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE moment_done (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('combel', 'leoh', 'voortgangsgesprek',
                                      'voortgangsadvies', 'dienstenrapportage')),
  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 24),
  done_on TEXT NOT NULL CHECK (date(done_on, '+0 days') IS done_on),
  note TEXT,
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  UNIQUE (traject_id, kind, month)
) STRICT;
INSERT INTO moment_done VALUES('dc652de6-4c04-47fc-9c69-ca031dcd3bc1','4da33c0e-9ad9-4361-a56c-a64878c22dfd','voortgangsgesprek',4,'2026-11-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('1ecc0be1-68f8-41e8-81e2-399502baa9fc','3101d49d-2411-4938-9596-69880fc449a1','combel',3,'2024-07-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('09aa92ed-6f35-499e-8f44-4311e9ef1c9f','3101d49d-2411-4938-9596-69880fc449a1','leoh',3,'2024-07-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('05d3c13c-1ddb-484b-9cb8-ee20e2a5f09a','3101d49d-2411-4938-9596-69880fc449a1','voortgangsgesprek',4,'2024-08-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('05583f15-9cd6-4e95-882b-79cbd0683150','3101d49d-2411-4938-9596-69880fc449a1','combel',6,'2024-10-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('c8437cdc-54d4-4e41-9c82-21d5cb9f6f21','3101d49d-2411-4938-9596-69880fc449a1','voortgangsgesprek',6,'2024-10-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('71a76cae-0634-4c82-be3e-31ffbe9c57da','3101d49d-2411-4938-9596-69880fc449a1','voortgangsadvies',6,'2024-10-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('aa65e8e2-5f10-4565-93a6-850f33acdc2e','3101d49d-2411-4938-9596-69880fc449a1','dienstenrapportage',6,'2024-10-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('a3481f47-a597-41cb-8e7f-74eac66d1eaa','3101d49d-2411-4938-9596-69880fc449a1','combel',9,'2025-01-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('15b5359e-f5f9-40c7-9e41-c722f53252a1','3101d49d-2411-4938-9596-69880fc449a1','leoh',9,'2025-01-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('263f4fd5-cd0b-4c7f-819a-81c5f58970a3','3101d49d-2411-4938-9596-69880fc449a1','voortgangsgesprek',9,'2025-01-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('5615fd96-addc-4adf-ba23-5d38a971431b','3101d49d-2411-4938-9596-69880fc449a1','voortgangsadvies',9,'2025-01-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('c05a60a2-111d-44a7-838e-3297da2d53e8','3101d49d-2411-4938-9596-69880fc449a1','dienstenrapportage',9,'2025-01-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('1957380c-5475-4f6e-bb88-ff31f6135cee','3d1e68d3-e13d-4fc1-a904-76281c959268','combel',3,'2026-08-10',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('ac95c34a-b3c8-4b4f-ba1d-99eb9920f5f9','3d1e68d3-e13d-4fc1-a904-76281c959268','voortgangsgesprek',3,'2026-08-10',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('c48ff14f-abd3-4e2a-874d-2f74dd9854b6','3d1e68d3-e13d-4fc1-a904-76281c959268','voortgangsadvies',3,'2026-08-10',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('12009574-90cd-4c32-951b-3ce4eabc76b5','4c09f110-8b3c-4844-847d-6d9aae0b34a5','combel',3,'2024-08-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('c376f384-b948-4fa3-a7c2-5f803458bd59','4c09f110-8b3c-4844-847d-6d9aae0b34a5','leoh',3,'2024-08-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('6fd0b525-0541-4893-8453-149f506e83c6','4c09f110-8b3c-4844-847d-6d9aae0b34a5','voortgangsgesprek',3,'2024-08-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('cea69900-962d-4e79-8f76-83240d83c4de','4c09f110-8b3c-4844-847d-6d9aae0b34a5','voortgangsadvies',3,'2024-08-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('cf7d55ca-a848-4cbe-9ef0-19d49587e89f','4c09f110-8b3c-4844-847d-6d9aae0b34a5','combel',6,'2024-11-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('818af33a-e245-4839-9382-cb534a5e30e9','4c09f110-8b3c-4844-847d-6d9aae0b34a5','voortgangsgesprek',6,'2024-11-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('aab85818-3dcf-43e7-869c-7d344391df9a','4c09f110-8b3c-4844-847d-6d9aae0b34a5','dienstenrapportage',6,'2024-11-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('146919cc-6d1f-4aff-8c2c-ce88a687aa27','4c09f110-8b3c-4844-847d-6d9aae0b34a5','voortgangsgesprek',8,'2025-01-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('7c2fd93f-6357-427a-9834-4b7ce1433951','4c09f110-8b3c-4844-847d-6d9aae0b34a5','voortgangsadvies',8,'2025-01-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('74cba4a1-02da-4e56-b1d3-f82aba54090b','4c09f110-8b3c-4844-847d-6d9aae0b34a5','combel',9,'2025-02-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO moment_done VALUES('3e71ba1f-a62c-4d43-b8b1-e2fb4fdc6b3b','4c09f110-8b3c-4844-847d-6d9aae0b34a5','leoh',9,'2025-02-04',NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE leergesprek_slot (
  traject_id TEXT NOT NULL PRIMARY KEY REFERENCES traject (id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
  duration INTEGER NOT NULL CHECK (duration >= 60 AND start_minute + duration <= 1440),
  coschap_start TEXT CHECK (coschap_start IS NULL OR (date(coschap_start, '+0 days') IS coschap_start)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
) STRICT;
INSERT INTO leergesprek_slot VALUES('4da33c0e-9ad9-4361-a56c-a64878c22dfd',2,780,60,NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek_slot VALUES('3d1e68d3-e13d-4fc1-a904-76281c959268',4,480,90,'2026-12-06','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE closure (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
  end_date TEXT NOT NULL CHECK ((date(end_date, '+0 days') IS end_date) AND end_date >= start_date),
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
) STRICT;
INSERT INTO closure VALUES('203979c4-92ce-4a06-92fa-85b91937586c','2026-12-21','2027-01-01','Kerstvakantie','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE leergesprek (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
  week_key TEXT NOT NULL CHECK (week_key GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
  duration INTEGER NOT NULL CHECK (duration >= 60 AND start_minute + duration <= 1440),
  kind TEXT NOT NULL CHECK (kind IN ('taakgericht', 'persoonsgericht', 'leerprocesgericht',
                                      'video', 'combel-bespreking', 'coassistent')),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  opleider_id TEXT REFERENCES person (id) ON DELETE SET NULL,
  agenda TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  agreements TEXT NOT NULL DEFAULT '',
  top TEXT NOT NULL DEFAULT '',
  tip TEXT NOT NULL DEFAULT '',
  cancel_reason TEXT NOT NULL DEFAULT ''
    CHECK (status IS NOT 'cancelled' OR length(trim(cancel_reason)) > 0),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  UNIQUE (traject_id, week_key)
) STRICT;
INSERT INTO leergesprek VALUES('9ba68f1d-c925-4c3c-8f8a-bf0c02d46c53','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W28','2026-07-07',780,60,'leerprocesgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('bd240912-ff88-4e37-ad2b-86e9012087b0','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W29','2026-07-14',780,60,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('23532b70-afc3-41bf-9806-c3cac0cc4c81','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W30','2026-07-21',780,60,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('e987f4f4-0281-49a2-a712-bedaba72649a','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W31','2026-07-28',780,60,'video','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('3f0d6c7d-a4f6-4a05-b9e1-9362041cd241','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W32','2026-08-04',780,60,'leerprocesgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('9a645260-2807-458c-b6a8-09dc396294e8','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W33','2026-08-11',780,60,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('f0a51a82-0800-4605-b5a8-e228473a8391','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W34','2026-08-18',780,60,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('e53ec4c2-dcf4-4b60-9c0a-76864e76c021','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W35','2026-08-25',780,60,'video','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('6f95e789-87d0-48e8-ab3b-7769486d6a0d','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W36','2026-09-01',780,60,'taakgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('586766de-1a2f-452e-9885-8dfb0cb77476','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W37','2026-09-08',780,60,'persoonsgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('e7cd2cb8-be0c-4643-8b2d-7b7631ee93f3','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W38','2026-09-15',780,60,'leerprocesgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('0aaeb594-366f-44a9-a085-af409cf2b3e8','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W39','2026-09-22',780,60,'video','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('6f9915e2-6460-43b0-b74a-2a0ad51c19ee','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W40','2026-09-29',780,60,'combel-bespreking','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('f970dffc-c858-41d9-b53b-f48eb7377d95','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W41','2026-10-06',780,60,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('d518e61c-db41-4d4c-b209-b5aa0d49827a','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W42','2026-10-13',780,60,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('f5bf8aeb-5a1a-4b0f-bdbf-52a8ac4630cb','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W43','2026-10-20',780,60,'leerprocesgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('c5d8877d-50c1-4910-8043-88abb6751248','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W45','2026-11-03',780,60,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('7aa277cc-7eaa-4f36-9370-d54c88814f3d','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W46','2026-11-10',780,60,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('21c9fde2-42db-47a4-a838-3fe2091b5f16','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W47','2026-11-17',780,60,'leerprocesgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('373640b5-4eea-40be-b465-4fd788c71210','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W48','2026-11-24',780,60,'video','cancelled','8a2ea708-18dc-425e-8eb8-2d33c706a991',replace('Vragen over de NHG-standaard Diabetes mellitus type 2.\nBespreken van de KPB van vorige week.\nVoorbereiding op de ComBel: eigen inschatting van de competenties.','\n',char(10)),'','','','','Ziek ("griep"), ingehaald','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('8c675cba-1566-4ccd-a3c3-7447c7599eb2','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W49','2026-12-01',780,60,'taakgericht','planned','3c0358f3-19a9-46f1-a122-a80252935b35','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('f72fdaa4-4f75-4564-85ce-7e03b3ff36dd','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W50','2026-12-08',780,60,'persoonsgericht','planned','8a2ea708-18dc-425e-8eb8-2d33c706a991','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('48b28aa3-7065-40ac-b93a-5be10c29397e','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-W51','2026-12-15',780,60,'leerprocesgericht','planned','3c0358f3-19a9-46f1-a122-a80252935b35','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('09969ef3-dd27-4390-97f2-80f2d26a916d','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2027-W01','2027-01-05',780,60,'taakgericht','planned','8a2ea708-18dc-425e-8eb8-2d33c706a991','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('3cdffee6-8864-4be6-9460-dba3a1aaf911','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2027-W02','2027-01-12',780,60,'persoonsgericht','planned','3c0358f3-19a9-46f1-a122-a80252935b35','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('81589ad6-d1ef-41f0-86dc-222671490cdd','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W14','2026-04-02',480,90,'leerprocesgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('272efa0a-c854-420d-90b0-66fd8def922f','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W15','2026-04-09',480,90,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('26a5dc52-5899-4ee6-9434-5ce33fa4a0e5','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W16','2026-04-16',480,90,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('54033da1-de9b-4362-a1be-5eaef6efb2e4','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W17','2026-04-23',480,90,'video','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('781085e8-6221-488d-928d-2df5746dddac','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W18','2026-04-30',480,90,'leerprocesgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('741e12ef-f3ac-45ba-8377-c05c541552ab','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W19','2026-05-07',480,90,'leerprocesgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('d6de1e7a-38b2-4a1d-bb01-62ca5572ef2f','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W20','2026-05-14',480,90,'taakgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('18678c0f-5f95-4486-a106-368228bab5e6','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W21','2026-05-21',480,90,'persoonsgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('671262c3-68ca-4fc5-bb3f-fc7245a86dad','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W22','2026-05-28',480,90,'video','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('b61fab85-5d6f-410c-b00a-a37c1b19fc4e','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W23','2026-06-04',480,90,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('3c89408b-5775-4e5a-a1c7-5ac23041b27f','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W24','2026-06-11',480,90,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('c98937a5-7422-40a8-a1a8-b76aef118f88','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W25','2026-06-18',480,90,'leerprocesgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('72444594-3665-429c-a3d9-5808803f9770','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W26','2026-06-25',480,90,'video','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('fc0d5963-16e8-4efb-a3b6-dc6077d5ebaa','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W29','2026-07-16',480,90,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('4f154211-892d-4f12-b0f7-c960dca3b1b9','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W30','2026-07-23',480,90,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('049741d2-530d-42e0-8bde-b84817d2af2c','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W31','2026-07-30',480,90,'leerprocesgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('e712bf6e-6a2f-4985-9500-cf6a116f8bd6','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W32','2026-08-06',480,90,'combel-bespreking','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('f950126f-4c21-4400-af93-c399dae6e3cb','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W33','2026-08-13',480,90,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('714252a2-b374-4898-bbf8-82ae89091f41','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W34','2026-08-20',480,90,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('8e03570f-73d6-4059-b6e0-4e773b3804e1','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W35','2026-08-27',480,90,'leerprocesgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('464826b0-fe94-4e55-9249-229adcdb4eea','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W36','2026-09-03',480,90,'taakgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('9d13307f-1f63-49ce-8549-6fa48a586390','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W37','2026-09-10',480,90,'persoonsgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('0e16700f-d975-4391-9945-79688b6ac4aa','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W38','2026-09-17',480,90,'leerprocesgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('e6db1d79-ce23-4604-b9d8-c9a67a9b917c','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W39','2026-09-24',480,90,'video','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('1c7c0f75-8780-4e46-b0c8-2e6a43a8f0fa','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W40','2026-10-01',480,90,'taakgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('338cbf59-47e9-4b82-abac-b616937f42af','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W41','2026-10-08',480,90,'persoonsgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('7c123686-4e59-4a09-949c-9fd10c720b5c','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W42','2026-10-15',480,90,'leerprocesgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('6f3ba327-72c7-4f2d-a551-ca57733ebd63','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W43','2026-10-22',480,90,'video','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('55523c86-9e04-4354-a51b-e1ea2879c599','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W44','2026-10-29',480,90,'taakgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('ce3fa2c4-7be3-4bc7-b2ed-d32fffcf5d6b','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W45','2026-11-05',480,90,'taakgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('f19af38d-a23d-4397-b93d-a47673b4537e','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W46','2026-11-12',480,90,'persoonsgericht','held','8a2ea708-18dc-425e-8eb8-2d33c706a991','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('c3e02e83-e9f7-4e5d-b630-cd1cd9614aab','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W47','2026-11-19',480,90,'leerprocesgericht','held','3c0358f3-19a9-46f1-a122-a80252935b35','',replace('Besproken: "NHG-standaard Diabetes", insuline;\nvolgende keer één KPB — ü, €','\n',char(10)),'','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('bb5dca3b-4790-4ab5-8260-1cb448a13648','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W48','2026-11-26',480,90,'video','planned','8a2ea708-18dc-425e-8eb8-2d33c706a991','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('153a81cb-aa9c-48d2-8f99-599850767305','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W49','2026-12-03',480,90,'coassistent','planned','3c0358f3-19a9-46f1-a122-a80252935b35','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('ec33af80-0784-4512-88b9-f4be295d8286','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W50','2026-12-10',480,90,'coassistent','planned','8a2ea708-18dc-425e-8eb8-2d33c706a991','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('99b54f9c-05dd-4672-a91f-6d01be1a59cd','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-W51','2026-12-17',480,90,'coassistent','planned','3c0358f3-19a9-46f1-a122-a80252935b35','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('192c6168-5dd6-4d1b-98df-8be0bd2d0ae0','3d1e68d3-e13d-4fc1-a904-76281c959268','2027-W01','2027-01-07',480,90,'coassistent','planned','8a2ea708-18dc-425e-8eb8-2d33c706a991','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO leergesprek VALUES('d8eb659f-34a3-4ffb-a4de-137ba0e74ea0','3d1e68d3-e13d-4fc1-a904-76281c959268','2027-W02','2027-01-14',480,90,'taakgericht','planned','3c0358f3-19a9-46f1-a122-a80252935b35','','','','','','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE form_definition (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  definition_id TEXT NOT NULL CHECK (length(definition_id) BETWEEN 1 AND 64),
  version INTEGER NOT NULL CHECK (version >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('combel', 'leoh', 'kpb', 'kvb', 'voortgangsadvies', 'dienstenrapportage')),
  checksum TEXT NOT NULL CHECK (length(checksum) = 64),
  json TEXT NOT NULL CHECK (json_valid(json)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  UNIQUE (definition_id, version)
) STRICT;
INSERT INTO form_definition VALUES('0a54fe38-4a32-821b-84e3-7008b2e5debf','combel',1,'combel','914231003415d1c8a605d3614f78c89bf5249313eca05bec2360aa5bd1a96e81',replace('{\n  "format": 1,\n  "id": "combel",\n  "version": 1,\n  "kind": "combel",\n  "title": "ComBel: competentiebeoordeling",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst van de ComBel. De zeven competentiegebieden zijn die van de huisartsopleiding; de items zijn een voorbeeld dat een instituut door zijn eigen definitie kan vervangen.",\n  "source": "Competentiegebieden: domain.md ''ComBel'' (huisartsopleiding.nl, Toetsaanbod). Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    { "role": "aios", "subject": "aios", "label": "Zelfbeoordeling" },\n    { "role": "opleider", "subject": "aios", "label": "Beoordeling door de opleider" },\n    { "role": "docent", "subject": "aios", "label": "Beoordeling door de docent" }\n  ],\n  "scales": [\n    {\n      "id": "ovg",\n      "title": "Beoordeling",\n      "options": [\n        { "value": "onvoldoende", "label": "Onvoldoende", "rank": 1 },\n        { "value": "voldoende", "label": "Voldoende", "rank": 2 },\n        { "value": "goed", "label": "Goed", "rank": 3 },\n        { "value": "nvt", "label": "n.v.t. / niet te beoordelen" }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "medisch-handelen",\n      "title": "Medisch handelen",\n      "competentiegebied": "medisch-handelen",\n      "items": [\n        { "id": "mh-anamnese", "type": "scale", "scale": "ovg", "text": "Neemt een gerichte anamnese af en verheldert de hulpvraag" },\n        { "id": "mh-onderzoek", "type": "scale", "scale": "ovg", "text": "Verricht gericht lichamelijk en aanvullend onderzoek" },\n        { "id": "mh-beleid", "type": "scale", "scale": "ovg", "text": "Komt tot een werkhypothese en een beleid volgens de NHG-standaarden" },\n        { "id": "mh-spoed", "type": "scale", "scale": "ovg", "text": "Herkent urgente situaties en handelt daarnaar" }\n      ]\n    },\n    {\n      "id": "communicatie",\n      "title": "Communicatie",\n      "competentiegebied": "communicatie",\n      "items": [\n        { "id": "co-relatie", "type": "scale", "scale": "ovg", "text": "Bouwt een effectieve behandelrelatie op met de patiënt" },\n        { "id": "co-uitleg", "type": "scale", "scale": "ovg", "text": "Geeft begrijpelijke uitleg en controleert of die is begrepen" },\n        { "id": "co-besluit", "type": "scale", "scale": "ovg", "text": "Komt samen met de patiënt tot een besluit" }\n      ]\n    },\n    {\n      "id": "samenwerken",\n      "title": "Samenwerken",\n      "competentiegebied": "samenwerken",\n      "items": [\n        { "id": "sa-praktijk", "type": "scale", "scale": "ovg", "text": "Werkt samen met assistentes, POH en collega''s in de praktijk" },\n        { "id": "sa-verwijzen", "type": "scale", "scale": "ovg", "text": "Verwijst en overlegt doelmatig met de tweede lijn en andere zorgverleners" },\n        { "id": "sa-overdracht", "type": "scale", "scale": "ovg", "text": "Draagt zorg helder en tijdig over" }\n      ]\n    },\n    {\n      "id": "kennis-en-wetenschap",\n      "title": "Kennis en wetenschap",\n      "competentiegebied": "kennis-en-wetenschap",\n      "items": [\n        { "id": "kw-leervragen", "type": "scale", "scale": "ovg", "text": "Formuleert leervragen en zoekt gericht naar antwoorden" },\n        { "id": "kw-ebm", "type": "scale", "scale": "ovg", "text": "Beoordeelt literatuur en richtlijnen kritisch en past ze toe" },\n        { "id": "kw-onderwijs", "type": "scale", "scale": "ovg", "text": "Draagt kennis over aan anderen (coassistent, praktijkmedewerkers)" }\n      ]\n    },\n    {\n      "id": "maatschappelijk-handelen",\n      "title": "Maatschappelijk handelen",\n      "competentiegebied": "maatschappelijk-handelen",\n      "items": [\n        { "id": "ma-preventie", "type": "scale", "scale": "ovg", "text": "Heeft oog voor preventie en gezondheidsbevordering" },\n        { "id": "ma-kosten", "type": "scale", "scale": "ovg", "text": "Gaat doelmatig om met middelen en kosten in de zorg" },\n        { "id": "ma-wetgeving", "type": "scale", "scale": "ovg", "text": "Handelt volgens wet- en regelgeving (WGBO, privacy, meldcode)" }\n      ]\n    },\n    {\n      "id": "organisatie",\n      "title": "Organisatie",\n      "competentiegebied": "organisatie",\n      "items": [\n        { "id": "or-tijd", "type": "scale", "scale": "ovg", "text": "Plant het eigen werk en houdt het spreekuur op tijd" },\n        { "id": "or-dossier", "type": "scale", "scale": "ovg", "text": "Registreert volledig en volgens de ICPC-codering" },\n        { "id": "or-praktijk", "type": "scale", "scale": "ovg", "text": "Kent de organisatie van de praktijk en draagt eraan bij" }\n      ]\n    },\n    {\n      "id": "professionaliteit",\n      "title": "Professionaliteit",\n      "competentiegebied": "professionaliteit",\n      "items": [\n        { "id": "pr-reflectie", "type": "scale", "scale": "ovg", "text": "Reflecteert op het eigen handelen en vraagt om feedback" },\n        { "id": "pr-grenzen", "type": "scale", "scale": "ovg", "text": "Kent de eigen grenzen en vraagt tijdig om hulp" },\n        { "id": "pr-ethiek", "type": "scale", "scale": "ovg", "text": "Handelt integer en respectvol, ook in lastige situaties" }\n      ]\n    },\n    {\n      "id": "leerdoelen",\n      "title": "Leerdoelen tot de volgende ComBel",\n      "help": "Twee of drie leerdoelen, besproken met de opleider; ze komen terug in de volgende leergesprekken.",\n      "roles": [ "aios" ],\n      "items": [\n        { "id": "leerdoel-1", "type": "text", "text": "Leerdoel 1", "required": true },\n        { "id": "leerdoel-2", "type": "text", "text": "Leerdoel 2", "required": true },\n        { "id": "leerdoel-3", "type": "text", "text": "Leerdoel 3 (niet verplicht)" }\n      ]\n    },\n    {\n      "id": "toelichting",\n      "title": "Toelichting",\n      "items": [\n        { "id": "sterke-punten", "type": "text", "text": "Sterke punten" },\n        { "id": "aandachtspunten", "type": "text", "text": "Aandachtspunten" }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_definition VALUES('71e4ad04-ad3c-8c71-b11d-2fbf3cd69e61','leoh',1,'leoh','ba4954519303d7478eea7ad1ec35871e77c921ce3d6e28a32d5a4cc36b8cadfe',replace('{\n  "format": 1,\n  "id": "leoh",\n  "version": 1,\n  "kind": "leoh",\n  "title": "LEOh: evaluatie van de opleider",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst van de Landelijke Evaluatie Opleiders huisartsgeneeskunde. Een instituut kan zijn eigen definitie laden.",\n  "source": "Opzet: domain.md ''LEOh'' (handleiding, kwaliteitsplan). Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    { "role": "aios", "subject": "opleider", "label": "Evaluatie van de opleider door de aios" },\n    { "role": "opleider", "subject": "self", "label": "Zelfevaluatie van de opleider" }\n  ],\n  "scales": [\n    {\n      "id": "eens",\n      "title": "In hoeverre klopt dit?",\n      "options": [\n        { "value": "helemaal-oneens", "label": "Helemaal oneens", "rank": 1 },\n        { "value": "oneens", "label": "Oneens", "rank": 2 },\n        { "value": "neutraal", "label": "Neutraal", "rank": 3 },\n        { "value": "eens", "label": "Eens", "rank": 4 },\n        { "value": "helemaal-eens", "label": "Helemaal eens", "rank": 5 },\n        { "value": "nvt", "label": "n.v.t." }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "leerklimaat",\n      "title": "Leerklimaat",\n      "items": [\n        { "id": "lk-veilig", "type": "scale", "scale": "eens", "text": "De opleider zorgt voor een veilig leerklimaat" },\n        { "id": "lk-beschikbaar", "type": "scale", "scale": "eens", "text": "De opleider is bereikbaar en beschikbaar voor vragen en supervisie" },\n        { "id": "lk-betrokken", "type": "scale", "scale": "eens", "text": "De opleider toont belangstelling voor de aios als persoon" }\n      ]\n    },\n    {\n      "id": "leergesprek",\n      "title": "Leergesprek",\n      "items": [\n        { "id": "lg-wekelijks", "type": "scale", "scale": "eens", "text": "Het leergesprek vindt elke week plaats, op een vaste tijd" },\n        { "id": "lg-leervragen", "type": "scale", "scale": "eens", "text": "Het leergesprek sluit aan bij mijn leervragen" },\n        { "id": "lg-variatie", "type": "scale", "scale": "eens", "text": "Taak-, persoons- en leerprocesgerichte gesprekken en video wisselen elkaar af" }\n      ]\n    },\n    {\n      "id": "feedback",\n      "title": "Feedback en beoordeling",\n      "items": [\n        { "id": "fb-concreet", "type": "scale", "scale": "eens", "text": "De opleider geeft concrete, bruikbare feedback (een top en een tip)" },\n        { "id": "fb-observatie", "type": "scale", "scale": "eens", "text": "De opleider observeert mij regelmatig (KPB/KVB, video, meekijken)" },\n        { "id": "fb-eerlijk", "type": "scale", "scale": "eens", "text": "De beoordeling is eerlijk en onderbouwd" }\n      ]\n    },\n    {\n      "id": "rolmodel",\n      "title": "De opleider als rolmodel",\n      "items": [\n        { "id": "rm-vakinhoud", "type": "scale", "scale": "eens", "text": "De opleider is een inhoudelijk goed voorbeeld als huisarts" },\n        { "id": "rm-reflectie", "type": "scale", "scale": "eens", "text": "De opleider reflecteert op het eigen handelen en staat open voor feedback" }\n      ]\n    },\n    {\n      "id": "organisatie",\n      "title": "Organisatie van de opleiding in de praktijk",\n      "items": [\n        { "id": "org-spreekuur", "type": "scale", "scale": "eens", "text": "Het spreekuur van de aios is goed georganiseerd en haalbaar" },\n        { "id": "org-diensten", "type": "scale", "scale": "eens", "text": "De diensten met de opleider zijn goed geregeld" }\n      ]\n    },\n    {\n      "id": "tot-slot",\n      "title": "Tot slot",\n      "items": [\n        { "id": "top", "type": "text", "text": "Wat doet de opleider goed? (top)", "required": true },\n        { "id": "tip", "type": "text", "text": "Wat kan de opleider beter doen? (tip)", "required": true },\n        { "id": "overig", "type": "text", "text": "Overige opmerkingen" }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_definition VALUES('9df3f4fa-4347-8cc3-b72b-ffb861d649e4','voortgangsadvies',1,'voortgangsadvies','0a48f3de7bfa33e984cd0d37ed5d8cee583c192f8128f345d74e3e8ee165864b',replace('{\n  "format": 1,\n  "id": "voortgangsadvies",\n  "version": 1,\n  "kind": "voortgangsadvies",\n  "title": "Voortgangsadvies van de opleider",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst. Het advies van de opleider voor het voortgangsgesprek (fase I na 6 en 9 maanden, fase II na 3 en 8 maanden).",\n  "source": "Momenten: domain.md ''The training year''. Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    {\n      "role": "opleider",\n      "subject": "aios",\n      "label": "Voortgangsadvies"\n    }\n  ],\n  "scales": [\n    {\n      "id": "advies",\n      "title": "Advies",\n      "options": [\n        {\n          "value": "voldoende",\n          "label": "Voldoende voortgang",\n          "rank": 3\n        },\n        {\n          "value": "twijfel",\n          "label": "Twijfel over de voortgang",\n          "rank": 2\n        },\n        {\n          "value": "onvoldoende",\n          "label": "Onvoldoende voortgang",\n          "rank": 1\n        }\n      ]\n    },\n    {\n      "id": "ovg",\n      "title": "Beoordeling",\n      "options": [\n        {\n          "value": "onvoldoende",\n          "label": "Onvoldoende",\n          "rank": 1\n        },\n        {\n          "value": "voldoende",\n          "label": "Voldoende",\n          "rank": 2\n        },\n        {\n          "value": "goed",\n          "label": "Goed",\n          "rank": 3\n        }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "voortgang",\n      "title": "Voortgang",\n      "items": [\n        {\n          "id": "combel-beeld",\n          "type": "scale",\n          "scale": "ovg",\n          "text": "Beeld uit de ComBel en de KPB/KVB''s"\n        },\n        {\n          "id": "leerdoelen-behaald",\n          "type": "scale",\n          "scale": "ovg",\n          "text": "Werken aan en halen van de leerdoelen"\n        },\n        {\n          "id": "tempo",\n          "type": "scale",\n          "scale": "ovg",\n          "text": "Opbouw van het spreekuur (patiënten per uur) volgens verwachting"\n        }\n      ]\n    },\n    {\n      "id": "advies",\n      "title": "Advies",\n      "items": [\n        {\n          "id": "advies",\n          "type": "scale",\n          "scale": "advies",\n          "text": "Advies over de voortgang"\n        },\n        {\n          "id": "onderbouwing",\n          "type": "text",\n          "text": "Onderbouwing van het advies",\n          "required": true\n        },\n        {\n          "id": "afspraken",\n          "type": "text",\n          "text": "Afspraken en aandachtspunten voor de komende periode"\n        }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_definition VALUES('8319f756-76e0-8cfa-ab8a-6318b43d85d4','kpb',1,'kpb','d8b3924099502ac7114c8c03a7e695e764dc2d3ebdb4dba43a047799e1bfeed2',replace('{\n  "format": 1,\n  "id": "kpb",\n  "version": 1,\n  "kind": "kpb",\n  "title": "KPB: korte praktijkbeoordeling",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst. Een korte, geobserveerde beoordeling van een consult in de praktijk.",\n  "source": "Opzet: domain.md ''The training year'' (KPB/KVB: ongeveer één per week, zo''n 40 per jaar). Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    {\n      "role": "opleider",\n      "subject": "aios",\n      "label": "Beoordeling door de opleider"\n    }\n  ],\n  "scales": [\n    {\n      "id": "competentiegebieden",\n      "title": "Competentiegebied",\n      "options": [\n        {\n          "value": "medisch-handelen",\n          "label": "Medisch handelen"\n        },\n        {\n          "value": "communicatie",\n          "label": "Communicatie"\n        },\n        {\n          "value": "samenwerken",\n          "label": "Samenwerken"\n        },\n        {\n          "value": "kennis-en-wetenschap",\n          "label": "Kennis en wetenschap"\n        },\n        {\n          "value": "maatschappelijk-handelen",\n          "label": "Maatschappelijk handelen"\n        },\n        {\n          "value": "organisatie",\n          "label": "Organisatie"\n        },\n        {\n          "value": "professionaliteit",\n          "label": "Professionaliteit"\n        }\n      ]\n    },\n    {\n      "id": "ovg",\n      "title": "Beoordeling",\n      "options": [\n        {\n          "value": "onvoldoende",\n          "label": "Onvoldoende",\n          "rank": 1\n        },\n        {\n          "value": "voldoende",\n          "label": "Voldoende",\n          "rank": 2\n        },\n        {\n          "value": "goed",\n          "label": "Goed",\n          "rank": 3\n        }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "beoordeling",\n      "title": "KPB: korte praktijkbeoordeling",\n      "items": [\n        {\n          "id": "onderwerp",\n          "type": "text",\n          "text": "Wat is geobserveerd (consult, klacht, situatie)",\n          "required": true\n        },\n        {\n          "id": "competentiegebied",\n          "type": "scale",\n          "scale": "competentiegebieden",\n          "text": "Competentiegebied"\n        },\n        {\n          "id": "score",\n          "type": "scale",\n          "scale": "ovg",\n          "text": "Beoordeling"\n        },\n        {\n          "id": "feedback",\n          "type": "text",\n          "text": "Feedback (een top en een tip)",\n          "required": true\n        }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_definition VALUES('4baeeee8-1310-830f-bcc9-0167ea731186','kvb',1,'kvb','4b0c5fa0ac38142baf8ec4d97a18642549695f6277bc2a75fa12a27770bbd21a',replace('{\n  "format": 1,\n  "id": "kvb",\n  "version": 1,\n  "kind": "kvb",\n  "title": "KVB: korte vaardigheidsbeoordeling",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst. Een korte, geobserveerde beoordeling van een vaardigheid (verrichting).",\n  "source": "Opzet: domain.md ''The training year'' (KPB/KVB: ongeveer één per week, zo''n 40 per jaar). Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    {\n      "role": "opleider",\n      "subject": "aios",\n      "label": "Beoordeling door de opleider"\n    }\n  ],\n  "scales": [\n    {\n      "id": "competentiegebieden",\n      "title": "Competentiegebied",\n      "options": [\n        {\n          "value": "medisch-handelen",\n          "label": "Medisch handelen"\n        },\n        {\n          "value": "communicatie",\n          "label": "Communicatie"\n        },\n        {\n          "value": "samenwerken",\n          "label": "Samenwerken"\n        },\n        {\n          "value": "kennis-en-wetenschap",\n          "label": "Kennis en wetenschap"\n        },\n        {\n          "value": "maatschappelijk-handelen",\n          "label": "Maatschappelijk handelen"\n        },\n        {\n          "value": "organisatie",\n          "label": "Organisatie"\n        },\n        {\n          "value": "professionaliteit",\n          "label": "Professionaliteit"\n        }\n      ]\n    },\n    {\n      "id": "bekwaamheid",\n      "title": "Bekwaamheid",\n      "options": [\n        {\n          "value": "nog-niet",\n          "label": "Nog niet bekwaam",\n          "rank": 1\n        },\n        {\n          "value": "direct-toezicht",\n          "label": "Bekwaam onder direct toezicht",\n          "rank": 2\n        },\n        {\n          "value": "indirect-toezicht",\n          "label": "Bekwaam onder indirect toezicht",\n          "rank": 3\n        },\n        {\n          "value": "zelfstandig",\n          "label": "Zelfstandig bekwaam",\n          "rank": 4\n        }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "beoordeling",\n      "title": "KVB: korte vaardigheidsbeoordeling",\n      "items": [\n        {\n          "id": "onderwerp",\n          "type": "text",\n          "text": "Welke vaardigheid is geobserveerd",\n          "required": true\n        },\n        {\n          "id": "competentiegebied",\n          "type": "scale",\n          "scale": "competentiegebieden",\n          "text": "Competentiegebied"\n        },\n        {\n          "id": "score",\n          "type": "scale",\n          "scale": "bekwaamheid",\n          "text": "Beoordeling"\n        },\n        {\n          "id": "feedback",\n          "type": "text",\n          "text": "Feedback (een top en een tip)",\n          "required": true\n        }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE form (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  definition_id TEXT NOT NULL,
  definition_version INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('combel', 'leoh', 'voortgangsadvies', 'dienstenrapportage')),
  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE RESTRICT,
  subject_id TEXT NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  author_id TEXT NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  author_role TEXT NOT NULL CHECK (author_role IN ('aios', 'opleider', 'docent')),
  moment_month INTEGER CHECK (moment_month IS NULL OR moment_month BETWEEN 1 AND 24),
  form_date TEXT NOT NULL CHECK (date(form_date, '+0 days') IS form_date),
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final', 'discussed')),
  finalized_on TEXT CHECK (finalized_on IS NULL OR (date(finalized_on, '+0 days') IS finalized_on)),
  finalized_by TEXT REFERENCES person (id) ON DELETE RESTRICT
    CHECK (finalized_by IS NULL OR finalized_by = author_id),
  discussed_on TEXT CHECK (discussed_on IS NULL OR ((date(discussed_on, '+0 days') IS discussed_on) AND discussed_on >= finalized_on)),
  shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
  supersedes TEXT UNIQUE REFERENCES form (id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  CHECK ((state = 'draft') = (finalized_on IS NULL) AND (finalized_on IS NULL) = (finalized_by IS NULL)),
  CHECK ((state = 'discussed') = (discussed_on IS NOT NULL)),
  CHECK (finalized_on IS NULL OR finalized_on >= form_date),
  FOREIGN KEY (definition_id, definition_version)
    REFERENCES form_definition (definition_id, version) ON DELETE RESTRICT
) STRICT;
INSERT INTO form VALUES('b1377881-ceee-49ce-995c-4990e957eccc','combel',1,'combel','4da33c0e-9ad9-4361-a56c-a64878c22dfd','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','aios',3,'2026-09-28','discussed','2026-09-28','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','2026-10-06',1,NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form VALUES('dd2c5f68-ff0f-43e6-8049-6d17557a87b7','combel',1,'combel','4da33c0e-9ad9-4361-a56c-a64878c22dfd','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','8a2ea708-18dc-425e-8eb8-2d33c706a991','opleider',3,'2026-09-28','discussed','2026-09-30','8a2ea708-18dc-425e-8eb8-2d33c706a991','2026-10-06',0,NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form VALUES('ea6646ae-a56e-48af-9ab8-1125793914eb','combel',1,'combel','4da33c0e-9ad9-4361-a56c-a64878c22dfd','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','aios',6,'2026-11-21','draft',NULL,NULL,NULL,0,NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form VALUES('442f20c6-19c7-4981-9259-e85045693dce','leoh',1,'leoh','4da33c0e-9ad9-4361-a56c-a64878c22dfd','8a2ea708-18dc-425e-8eb8-2d33c706a991','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','aios',3,'2026-09-29','discussed','2026-09-29','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','2026-10-06',1,NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form VALUES('05d24509-d1fc-40fe-82f9-f1c0349b38b2','leoh',1,'leoh','4da33c0e-9ad9-4361-a56c-a64878c22dfd','3c0358f3-19a9-46f1-a122-a80252935b35','1f04d802-f8d2-4057-951e-3ae0deb7fa8f','aios',3,'2026-09-29','final','2026-09-29','1f04d802-f8d2-4057-951e-3ae0deb7fa8f',NULL,1,NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form VALUES('8b9e0bd4-c321-4f57-9c63-0ddc68c34ab1','voortgangsadvies',1,'voortgangsadvies','3d1e68d3-e13d-4fc1-a904-76281c959268','7112a749-7d1c-4660-a5b4-ca6b8e949b1f','8a2ea708-18dc-425e-8eb8-2d33c706a991','opleider',3,'2026-08-03','discussed','2026-08-04','8a2ea708-18dc-425e-8eb8-2d33c706a991','2026-08-07',0,NULL,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE form_answer (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  form_id TEXT NOT NULL REFERENCES form (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 64),
  value TEXT CHECK (value IS NULL OR length(value) <= 20000),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 20000),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  UNIQUE (form_id, item_id)
) STRICT;
INSERT INTO form_answer VALUES('82181607-61dc-4501-ad48-c653681396be','b1377881-ceee-49ce-995c-4990e957eccc','mh-anamnese','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('ad7e8eae-c36f-4b78-aabe-dcebfb8e6f00','b1377881-ceee-49ce-995c-4990e957eccc','mh-onderzoek','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('0a523d14-c519-4e36-82df-77dfdf8e7273','b1377881-ceee-49ce-995c-4990e957eccc','mh-beleid','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a46b9ab7-b091-4951-b63f-cbc2c88f3f18','b1377881-ceee-49ce-995c-4990e957eccc','mh-spoed','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('aafd75d4-2ce7-4e83-b601-ed016783accb','b1377881-ceee-49ce-995c-4990e957eccc','co-relatie','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('2529ae19-f781-4549-bb12-2746895024df','b1377881-ceee-49ce-995c-4990e957eccc','co-uitleg','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('ad081a78-2ae6-47b5-b6c3-3b8478b089aa','b1377881-ceee-49ce-995c-4990e957eccc','co-besluit','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a1433fc8-4518-492a-a0e9-64bd3e197ec0','b1377881-ceee-49ce-995c-4990e957eccc','sa-praktijk','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('2304a2c5-4ae6-4911-acae-ba2c7391bae1','b1377881-ceee-49ce-995c-4990e957eccc','sa-verwijzen','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('e1906eda-c0f8-4071-93d1-0d5cae5caeb7','b1377881-ceee-49ce-995c-4990e957eccc','sa-overdracht','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('e5700f09-7c42-41c9-b129-f625cfc9106d','b1377881-ceee-49ce-995c-4990e957eccc','kw-leervragen','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('abbc44b1-ad4b-4da2-bb43-5546fce9ab55','b1377881-ceee-49ce-995c-4990e957eccc','kw-ebm','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('6f905f14-a4ef-4394-a2a4-4948e2878877','b1377881-ceee-49ce-995c-4990e957eccc','kw-onderwijs','nvt','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('7bb4102f-1cc7-4df6-bb9f-9a88a7fd7784','b1377881-ceee-49ce-995c-4990e957eccc','ma-preventie','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('399ffebc-048d-40a2-bd2e-c208504c4735','b1377881-ceee-49ce-995c-4990e957eccc','ma-kosten','onvoldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('c6715e15-c428-44e5-81d0-ce46e360b6ce','b1377881-ceee-49ce-995c-4990e957eccc','ma-wetgeving','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('65381ac4-97b6-4a0b-8d5d-d7a406934bb9','b1377881-ceee-49ce-995c-4990e957eccc','or-tijd','voldoende','Ik loop nog vaak uit, vooral in de middag.','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('264717ba-52e8-420d-9e8c-01a1654c8b61','b1377881-ceee-49ce-995c-4990e957eccc','or-dossier','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('d0ce951a-d046-4781-9337-f988f25658c4','b1377881-ceee-49ce-995c-4990e957eccc','or-praktijk','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a6d54166-b9ec-472e-96c3-e95181df9635','b1377881-ceee-49ce-995c-4990e957eccc','pr-reflectie','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a28aa52c-a8a0-4725-a2fd-afc7b7ef9063','b1377881-ceee-49ce-995c-4990e957eccc','pr-grenzen','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('5d6ecf21-8647-4ec6-bb02-3ddbbe167e16','b1377881-ceee-49ce-995c-4990e957eccc','pr-ethiek','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('86718b7d-2046-409b-8b3f-ccd0b2c62f55','b1377881-ceee-49ce-995c-4990e957eccc','leerdoel-1','Binnen de tijd blijven: consulten van tien minuten.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('00c1671a-336b-47db-a383-124801c1835f','b1377881-ceee-49ce-995c-4990e957eccc','leerdoel-2','Verwijsbrieven volledig en op tijd.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('cbe48ce2-a4dc-42ca-acc7-6dad8c70d8dd','b1377881-ceee-49ce-995c-4990e957eccc','sterke-punten','Contact met patiënten, reflectie.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('fa149d9a-2762-4765-b022-2005e00bc43e','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','mh-anamnese','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('6a0d515c-9aaa-42f4-98d6-d184a34658e0','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','mh-onderzoek','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('c82b7717-2015-4702-a2db-e4037200cb6b','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','mh-beleid','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('cedcfcf0-728a-44cd-9b1f-44c2cd644b74','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','mh-spoed','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('cbc4f4b8-19d3-4fc6-8334-699b1725bdaf','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','co-relatie','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('f3f8efef-6a86-40e5-9082-b75c3a583a8e','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','co-uitleg','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('24a03a23-5674-4d3b-9492-030a1d067a49','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','co-besluit','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('10867131-a691-4344-84db-1d878909786f','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','sa-praktijk','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a90e787e-76b7-4558-9923-341cf7ee60c7','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','sa-verwijzen','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('7e6c5369-87f1-48e2-8b0c-ed4f1b9834ba','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','sa-overdracht','onvoldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('769a9fa8-85e4-43ce-8b63-281977ebf45b','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','kw-leervragen','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('3a5dbb4f-8b93-474c-bce8-322d2b17ae82','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','kw-ebm','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('0372237c-adeb-487d-9b7f-21b6e999177b','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','kw-onderwijs','nvt','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('aec0e865-b09a-4df6-ad8b-e1efe1ea835a','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','ma-preventie','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('c3c91109-aa81-41d2-a052-a95ff32f37db','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','ma-kosten','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('89fae3c0-6876-43c8-9715-4f0ca74e82e5','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','ma-wetgeving','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a71b8c5c-f7ec-4555-92b2-8083b33745a9','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','or-tijd','onvoldoende','Gemiddeld twintig minuten uitloop; plan buffers in.','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a9b5ca1b-7c03-4313-98a3-5130c1d1db3c','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','or-dossier','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('bc4b22b1-ff52-4a68-bb1e-e5cf59dfff41','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','or-praktijk','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('48deda8b-ceb4-4640-ba93-77ff0850f154','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','pr-reflectie','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a65fc330-a718-430b-ae5f-bed57a26e98a','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','pr-grenzen','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('71d1f79b-e5d3-4f19-8812-18289f5aa8b3','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','pr-ethiek','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('f48b1451-105b-46c0-8ece-6c038c425700','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','sterke-punten','Empathisch en leergierig; vraagt goed om feedback.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('b98befff-dfba-492b-b8c1-9bbb7ad61b1c','dd2c5f68-ff0f-43e6-8049-6d17557a87b7','aandachtspunten','Tijdsmanagement en overdracht naar de tweede lijn.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('569dad65-c8ae-479c-a79d-ca86ed867210','ea6646ae-a56e-48af-9ab8-1125793914eb','mh-anamnese','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('7fbb8f66-d5c4-4e8e-9818-9ffbcd852a59','ea6646ae-a56e-48af-9ab8-1125793914eb','mh-onderzoek','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('4aed9a36-3ce2-4ea0-afce-9c3057fa6a5d','ea6646ae-a56e-48af-9ab8-1125793914eb','mh-beleid','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('0eb2be51-c62f-412e-97ca-58b8891c5650','ea6646ae-a56e-48af-9ab8-1125793914eb','mh-spoed','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('e7337919-4879-46cf-bf7c-dded3403b9c4','ea6646ae-a56e-48af-9ab8-1125793914eb','co-relatie','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('c7438601-ef2a-47df-8527-e1640182e70c','ea6646ae-a56e-48af-9ab8-1125793914eb','co-uitleg','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('89241ff6-29bb-497a-bca9-9fe4cc0da9e5','ea6646ae-a56e-48af-9ab8-1125793914eb','co-besluit','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('509ccfe6-2717-4454-8dac-e389e57fffdb','442f20c6-19c7-4981-9259-e85045693dce','lk-veilig','helemaal-eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('fefe5372-d59f-4853-b0b3-d7aefae415f1','442f20c6-19c7-4981-9259-e85045693dce','lk-beschikbaar','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('c3334cff-166b-4b97-8fe6-030902f481d3','442f20c6-19c7-4981-9259-e85045693dce','lk-betrokken','helemaal-eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('6ac31337-bce6-48ee-b353-57017519a605','442f20c6-19c7-4981-9259-e85045693dce','lg-wekelijks','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('380b4ede-3f93-4f67-8caa-c1798c6fba8a','442f20c6-19c7-4981-9259-e85045693dce','lg-leervragen','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('76749d3c-43b4-4be5-a414-7f7c27dfb804','442f20c6-19c7-4981-9259-e85045693dce','lg-variatie','neutraal','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('b4ac81e1-42a9-4c0b-8278-cf119bdda41f','442f20c6-19c7-4981-9259-e85045693dce','fb-concreet','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('93c94823-5b94-498f-8962-6a93f8c2f31d','442f20c6-19c7-4981-9259-e85045693dce','fb-observatie','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('583a7f3a-49dd-4db1-a2a4-20b25e85964b','442f20c6-19c7-4981-9259-e85045693dce','fb-eerlijk','helemaal-eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('d39e7202-1155-4683-b645-d6b7cca4fddf','442f20c6-19c7-4981-9259-e85045693dce','rm-vakinhoud','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('98bc750f-e930-4b0d-b0fa-c4d8e588fc18','442f20c6-19c7-4981-9259-e85045693dce','rm-reflectie','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('2ace5b8a-aaf8-4062-b8d6-fe912a46e1f6','442f20c6-19c7-4981-9259-e85045693dce','org-spreekuur','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('858378ea-6784-431c-8e7c-35b3898c23fa','442f20c6-19c7-4981-9259-e85045693dce','org-diensten','neutraal','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('b253884f-e367-4ae0-b307-351c25682c0e','442f20c6-19c7-4981-9259-e85045693dce','top','Neemt altijd de tijd voor mijn vragen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('79456e28-bb93-4027-a9d8-6c8072d74b93','442f20c6-19c7-4981-9259-e85045693dce','tip','Plan het leergesprek niet aan het eind van de dag.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('aa6f37ac-33ea-4654-b9b4-5426e189a1ed','05d24509-d1fc-40fe-82f9-f1c0349b38b2','lk-veilig','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('122fcb7b-dffe-4c17-b446-460653b18f54','05d24509-d1fc-40fe-82f9-f1c0349b38b2','lk-beschikbaar','helemaal-eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('a3ecfc39-fe4e-45d9-8931-6b2ee166e25e','05d24509-d1fc-40fe-82f9-f1c0349b38b2','lk-betrokken','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('6091862a-bf28-4dd7-8465-7fa0a43eb305','05d24509-d1fc-40fe-82f9-f1c0349b38b2','lg-wekelijks','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('12ac16e1-67fe-4f5c-9396-d449c64ed7ee','05d24509-d1fc-40fe-82f9-f1c0349b38b2','lg-leervragen','neutraal','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('d8846a3a-a64d-437c-964f-a692e69f43de','05d24509-d1fc-40fe-82f9-f1c0349b38b2','lg-variatie','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('f7462287-ead6-465a-a83d-31fbc3a69d01','05d24509-d1fc-40fe-82f9-f1c0349b38b2','fb-concreet','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('92a677e8-d112-4215-8d74-86e955cbb19c','05d24509-d1fc-40fe-82f9-f1c0349b38b2','fb-observatie','helemaal-eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('c87887c0-58ac-41fd-bacf-051e3aa803e7','05d24509-d1fc-40fe-82f9-f1c0349b38b2','fb-eerlijk','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('3a3d5285-714a-419f-8165-2e22f9084e3c','05d24509-d1fc-40fe-82f9-f1c0349b38b2','rm-vakinhoud','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('14f5cec8-591d-4d85-b36b-4c4543083046','05d24509-d1fc-40fe-82f9-f1c0349b38b2','rm-reflectie','eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('584ef338-c909-43ff-ae66-5523ac98d983','05d24509-d1fc-40fe-82f9-f1c0349b38b2','org-spreekuur','neutraal','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('d58da4ad-57bc-42bf-9789-57955805eec3','05d24509-d1fc-40fe-82f9-f1c0349b38b2','org-diensten','helemaal-eens','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('f9cda31e-74a5-4af5-9b59-6c6d5d33ba77','05d24509-d1fc-40fe-82f9-f1c0349b38b2','top','Sterk in het nabespreken van visites.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('22f32049-8626-4353-ac83-3fe29fe5a6b3','05d24509-d1fc-40fe-82f9-f1c0349b38b2','tip','Geef vaker ongevraagd feedback.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('cdf178dc-df0a-4d31-8799-99e411985418','8b9e0bd4-c321-4f57-9c63-0ddc68c34ab1','combel-beeld','goed','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('9ed6d171-86c2-40a4-a715-6896bc50ed97','8b9e0bd4-c321-4f57-9c63-0ddc68c34ab1','leerdoelen-behaald','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('9b9bdd40-3de0-42d4-845d-bd4cfa23b56a','8b9e0bd4-c321-4f57-9c63-0ddc68c34ab1','tempo','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('0f7827c5-b0a9-4beb-8fae-eb2e68a76011','8b9e0bd4-c321-4f57-9c63-0ddc68c34ab1','advies','voldoende','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('b3ebd664-af53-4a70-87e4-7ec83b6c968f','8b9e0bd4-c321-4f57-9c63-0ddc68c34ab1','onderbouwing','Zelfstandig, goede ComBel; werkt gericht aan de leerdoelen.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO form_answer VALUES('1901e76b-f34d-4cd9-951e-13ba9d01a32c','8b9e0bd4-c321-4f57-9c63-0ddc68c34ab1','afspraken','Voorbereiden op supervisie op afstand tijdens de diensten.','','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE kpb_entry (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('kpb', 'kvb')),
  entry_date TEXT NOT NULL CHECK (date(entry_date, '+0 days') IS entry_date),
  topic TEXT NOT NULL CHECK (length(trim(topic)) BETWEEN 1 AND 500),
  competentiegebied TEXT NOT NULL CHECK (length(competentiegebied) BETWEEN 1 AND 64),
  score TEXT NOT NULL CHECK (length(score) BETWEEN 1 AND 64),
  feedback TEXT NOT NULL DEFAULT '' CHECK (length(feedback) <= 20000),
  assessor_id TEXT REFERENCES person (id) ON DELETE SET NULL,
  definition_id TEXT NOT NULL,
  definition_version INTEGER NOT NULL,
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  FOREIGN KEY (definition_id, definition_version)
    REFERENCES form_definition (definition_id, version) ON DELETE RESTRICT
) STRICT;
INSERT INTO kpb_entry VALUES('21341b67-8452-4efb-ac44-677af6c53491','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-07-08','Consult hoofdpijn bij een jonge vrouw','medisch-handelen','voldoende','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','8a2ea708-18dc-425e-8eb8-2d33c706a991','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('c0726faa-b956-4d5f-8fe2-d55d765214b6','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-07-17','Telefonische triage kind met koorts','communicatie','voldoende','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','3c0358f3-19a9-46f1-a122-a80252935b35','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('524cd446-ece4-4e5b-b070-666fac202758','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-07-26','Diabetescontrole met de POH','samenwerken','goed','Top: heldere uitleg. Tip: maak een vangnetafspraak.','8a2ea708-18dc-425e-8eb8-2d33c706a991','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('3fa8f6da-256e-4775-8538-d741d2a3027f','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-08-04','Slecht-nieuwsgesprek na een uitslag','organisatie','voldoende','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','3c0358f3-19a9-46f1-a122-a80252935b35','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('6eac7622-d906-4c7f-b2ae-afe493d6a38a','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kvb','2026-08-13','Wondhechting na een snijwond','medisch-handelen','direct-toezicht','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','8a2ea708-18dc-425e-8eb8-2d33c706a991','kvb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('e2341a0c-e86c-48a4-a58d-75dd0bc5b93e','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-08-22','Consult lage rugpijn','professionaliteit','onvoldoende','Top: heldere uitleg. Tip: maak een vangnetafspraak.','3c0358f3-19a9-46f1-a122-a80252935b35','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('898e2e38-8200-4ef7-8e6f-a07b43da0a44','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-08-31','Visite bij een oudere patiënt met verwardheid','medisch-handelen','goed','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','8a2ea708-18dc-425e-8eb8-2d33c706a991','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('f19d39ad-c049-4523-a882-c74e7c22818b','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-09-09','Consult vermoeidheid','communicatie','voldoende','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','3c0358f3-19a9-46f1-a122-a80252935b35','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('ed398c71-98b2-477f-b5e3-37f7879b9bfe','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-09-18','Consult pijn op de borst','kennis-en-wetenschap','voldoende','Top: heldere uitleg. Tip: maak een vangnetafspraak.','8a2ea708-18dc-425e-8eb8-2d33c706a991','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('28204ad9-9fd8-4d78-98d1-95679a60c9c1','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kvb','2026-09-27','Uitstrijkje','medisch-handelen','indirect-toezicht','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','3c0358f3-19a9-46f1-a122-a80252935b35','kvb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('8b5ac2c1-3b46-494a-a368-5da6ddd9069a','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-10-06','Consult eczeem bij een baby','medisch-handelen','goed','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','8a2ea708-18dc-425e-8eb8-2d33c706a991','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('8b8b2193-e35e-4a14-a3cb-14486062540b','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-10-15','Consult somberheid','communicatie','voldoende','Top: heldere uitleg. Tip: maak een vangnetafspraak.','3c0358f3-19a9-46f1-a122-a80252935b35','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('61e43efe-ca8b-4a14-9ed4-949792dac1e3','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-10-24','Consult astma-exacerbatie','medisch-handelen','onvoldoende','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','8a2ea708-18dc-425e-8eb8-2d33c706a991','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('eb32bda0-5fb2-468a-bb44-484c80a731f3','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kpb','2026-11-02','Consult hypertensie, start medicatie','maatschappelijk-handelen','goed','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','3c0358f3-19a9-46f1-a122-a80252935b35','kpb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO kpb_entry VALUES('28e98f1f-46df-4de4-8282-59019327e526','4da33c0e-9ad9-4361-a56c-a64878c22dfd','kvb','2026-11-11','Injectie in de schouder','medisch-handelen','direct-toezicht','Top: heldere uitleg. Tip: maak een vangnetafspraak.','8a2ea708-18dc-425e-8eb8-2d33c706a991','kvb',1,'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TABLE dienst (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  traject_id TEXT NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
  dienst_date TEXT NOT NULL CHECK (date(dienst_date, '+0 days') IS dienst_date),
  kind TEXT NOT NULL CHECK (kind IN ('avond', 'nacht', 'weekend', 'feestdag')),
  with_person_id TEXT REFERENCES person (id) ON DELETE SET NULL,
  with_name TEXT NOT NULL DEFAULT '' CHECK (length(with_name) <= 200),
  at_distance INTEGER NOT NULL DEFAULT 0 CHECK (at_distance IN (0, 1)),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 20000),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
) STRICT;
INSERT INTO dienst VALUES('62c5d84a-1d4d-407f-b621-4dc650fc9504','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-07-11','avond','8a2ea708-18dc-425e-8eb8-2d33c706a991','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('814cefcf-ba15-494b-97ae-de2a2392f0ac','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-07-27','weekend','3c0358f3-19a9-46f1-a122-a80252935b35','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('99b574ff-f4ff-4ab3-957a-d93cd88d4467','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-08-12','nacht','8a2ea708-18dc-425e-8eb8-2d33c706a991','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('0b14403e-ddb1-493f-b72b-e24c6acb123b','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-08-28','avond',NULL,'Dr. Pieters (waarnemer op de post)',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('d8e3e80e-3e9d-4b8f-b4e6-18d843a93ccd','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-09-13','avond','8a2ea708-18dc-425e-8eb8-2d33c706a991','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('e89c2443-e323-404d-a8e5-bc30fb23f67d','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-09-29','weekend','3c0358f3-19a9-46f1-a122-a80252935b35','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('516468ff-59e0-4d35-97b7-84d5e743bd45','4da33c0e-9ad9-4361-a56c-a64878c22dfd','2026-10-15','nacht','8a2ea708-18dc-425e-8eb8-2d33c706a991','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('0dacc1b2-d094-4fd1-b216-252426d6928b','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-04-11','avond','8a2ea708-18dc-425e-8eb8-2d33c706a991','Dr. K. de Boer, waarnemer',0,replace(replace('Rustige nacht\r\ntwee visites','\r',char(13)),'\n',char(10)),'2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('ecaee990-ef2a-4740-9434-7e52c47a9763','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-04-27','weekend','3c0358f3-19a9-46f1-a122-a80252935b35','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('4369f0f5-ded3-4d69-95ac-e4537af14c85','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-05-13','nacht','8a2ea708-18dc-425e-8eb8-2d33c706a991','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('5490ab90-c6d5-488b-8f02-aa5b9777d838','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-05-29','avond',NULL,'Dr. Pieters (waarnemer op de post)',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('da675552-050b-4db6-bbc4-166fc77f9a11','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-06-14','avond','8a2ea708-18dc-425e-8eb8-2d33c706a991','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('eeb81bf7-91f9-4fdb-99e8-2c368b7b74b2','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-06-30','weekend','3c0358f3-19a9-46f1-a122-a80252935b35','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('30525c98-f993-42f5-858e-8d6fa51daa3e','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-07-16','nacht','8a2ea708-18dc-425e-8eb8-2d33c706a991','',0,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('af571f59-f61b-4ce5-88a4-7f755e1c5c03','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-08-01','avond','3c0358f3-19a9-46f1-a122-a80252935b35','',1,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('52babcb7-d8d7-41e7-8c42-f74b9f0ac55b','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-08-17','avond','8a2ea708-18dc-425e-8eb8-2d33c706a991','',1,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('fbbd8864-3960-4936-a50c-6c531bb6e169','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-09-02','weekend','3c0358f3-19a9-46f1-a122-a80252935b35','',1,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('f34c8b02-e4f8-497f-a32b-8751a183a952','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-09-18','nacht','8a2ea708-18dc-425e-8eb8-2d33c706a991','',1,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
INSERT INTO dienst VALUES('6db080ae-3cce-4eb7-832e-7bec2185d9d6','3d1e68d3-e13d-4fc1-a904-76281c959268','2026-10-04','avond','3c0358f3-19a9-46f1-a122-a80252935b35','',1,'','2026-11-30T07:48:32.601Z',NULL,'2026-11-30T07:48:32.601Z',NULL);
CREATE TRIGGER practice_one_per_file BEFORE INSERT ON practice
  WHEN EXISTS (SELECT 1 FROM practice)
  BEGIN SELECT RAISE (ABORT, 'a practice database holds one practice'); END;
CREATE INDEX person_by_role ON person (archived, role, name);
CREATE INDEX traject_by_aios ON traject (aios_id, start_date);
CREATE TRIGGER traject_aios_insert BEFORE INSERT ON traject
  WHEN (SELECT role FROM person WHERE id = NEW.aios_id) IS NOT 'aios'
  BEGIN SELECT RAISE (ABORT, 'a traject belongs to an aios'); END;
CREATE TRIGGER traject_aios_update BEFORE UPDATE OF aios_id ON traject
  WHEN (SELECT role FROM person WHERE id = NEW.aios_id) IS NOT 'aios'
  BEGIN SELECT RAISE (ABORT, 'a traject belongs to an aios'); END;
CREATE INDEX traject_opleider_by_opleider ON traject_opleider (opleider_id);
CREATE TRIGGER traject_opleider_role BEFORE INSERT ON traject_opleider
  WHEN (SELECT role FROM person WHERE id = NEW.opleider_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider can train an aios'); END;
CREATE TRIGGER traject_opleider_share_insert BEFORE INSERT ON traject_opleider
  WHEN (SELECT coalesce (sum (share), 0) FROM traject_opleider
        WHERE traject_id = NEW.traject_id) + NEW.share > 1.0001
  BEGIN SELECT RAISE (ABORT, 'the shares of a traject add up to more than 100 %'); END;
CREATE TRIGGER traject_opleider_share_update BEFORE UPDATE OF share ON traject_opleider
  WHEN (SELECT coalesce (sum (share), 0) FROM traject_opleider
        WHERE traject_id = NEW.traject_id AND opleider_id IS NOT NEW.opleider_id)
       + NEW.share > 1.0001
  BEGIN SELECT RAISE (ABORT, 'the shares of a traject add up to more than 100 %'); END;
CREATE INDEX leave_period_by_traject ON leave_period (traject_id, start_date);
CREATE TRIGGER leave_period_no_overlap BEFORE INSERT ON leave_period
  WHEN EXISTS (SELECT 1 FROM leave_period
               WHERE traject_id = NEW.traject_id
                 AND start_date <= NEW.end_date AND end_date >= NEW.start_date)
  BEGIN SELECT RAISE (ABORT, 'leave periods of a traject overlap'); END;
CREATE INDEX checklist_tick_by_period ON checklist_tick (person_id, period_key);
CREATE INDEX leergesprek_by_date ON leergesprek (traject_id, date);
CREATE TRIGGER form_definition_frozen BEFORE UPDATE ON form_definition
  BEGIN SELECT RAISE (ABORT, 'a stored form definition never changes; give a changed one a higher version'); END;
CREATE INDEX form_by_traject ON form (traject_id, kind, moment_month);
CREATE INDEX form_by_author ON form (author_id, state);
CREATE INDEX form_by_subject ON form (subject_id, kind);
CREATE INDEX form_by_definition ON form (definition_id, definition_version);
CREATE UNIQUE INDEX form_one_per_moment ON form (traject_id, kind, moment_month, author_role, subject_id)
  WHERE supersedes IS NULL AND moment_month IS NOT NULL;
CREATE TRIGGER form_author_fits BEFORE INSERT ON form
  WHEN (NEW.author_role = 'aios' AND NEW.author_id IS NOT (SELECT aios_id FROM traject WHERE id = NEW.traject_id))
    OR (NEW.author_role = 'opleider' AND (SELECT role FROM person WHERE id = NEW.author_id)
        NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider'))
    OR (SELECT role FROM person WHERE id = NEW.author_id) IS 'coassistent'
  BEGIN SELECT RAISE (ABORT, 'the author does not fill this form in this traject'); END;
CREATE TRIGGER form_subject_fits BEFORE INSERT ON form
  WHEN (NEW.kind IN ('combel', 'voortgangsadvies', 'dienstenrapportage')
        AND NEW.subject_id IS NOT (SELECT aios_id FROM traject WHERE id = NEW.traject_id))
    OR (NEW.kind = 'leoh' AND (SELECT role FROM person WHERE id = NEW.subject_id)
        NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider'))
  BEGIN SELECT RAISE (ABORT, 'the form is not about this person'); END;
CREATE TRIGGER form_new_version_of_final BEFORE INSERT ON form
  WHEN NEW.supersedes IS NOT NULL
   AND (SELECT state FROM form WHERE id = NEW.supersedes) IS NOT 'final'
   AND (SELECT state FROM form WHERE id = NEW.supersedes) IS NOT 'discussed'
  BEGIN SELECT RAISE (ABORT, 'only a final form gets a new version'); END;
CREATE TRIGGER form_final_frozen BEFORE UPDATE ON form
  WHEN OLD.state <> 'draft' AND (
       NEW.id IS NOT OLD.id OR NEW.definition_id IS NOT OLD.definition_id
    OR NEW.definition_version IS NOT OLD.definition_version OR NEW.kind IS NOT OLD.kind
    OR NEW.traject_id IS NOT OLD.traject_id OR NEW.subject_id IS NOT OLD.subject_id
    OR NEW.author_id IS NOT OLD.author_id OR NEW.author_role IS NOT OLD.author_role
    OR NEW.moment_month IS NOT OLD.moment_month OR NEW.form_date IS NOT OLD.form_date
    OR NEW.finalized_on IS NOT OLD.finalized_on OR NEW.finalized_by IS NOT OLD.finalized_by
    OR NEW.supersedes IS NOT OLD.supersedes OR NEW.created_at IS NOT OLD.created_at
    OR NEW.created_by IS NOT OLD.created_by OR NEW.shared < OLD.shared
    OR NEW.state = 'draft' OR (OLD.state = 'discussed' AND NEW.discussed_on IS NOT OLD.discussed_on))
  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;
CREATE TRIGGER form_final_kept BEFORE DELETE ON form
  WHEN OLD.state <> 'draft'
  BEGIN SELECT RAISE (ABORT, 'a final form cannot be deleted'); END;
CREATE TRIGGER form_answer_insert_frozen BEFORE INSERT ON form_answer
  WHEN (SELECT state FROM form WHERE id = NEW.form_id) IN ('final', 'discussed')
  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;
CREATE TRIGGER form_answer_update_frozen BEFORE UPDATE ON form_answer
  WHEN (SELECT state FROM form WHERE id = OLD.form_id) IN ('final', 'discussed')
    OR (SELECT state FROM form WHERE id = NEW.form_id) IN ('final', 'discussed')
  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;
CREATE TRIGGER form_answer_delete_frozen BEFORE DELETE ON form_answer
  WHEN (SELECT state FROM form WHERE id = OLD.form_id) IN ('final', 'discussed')
  BEGIN SELECT RAISE (ABORT, 'a final form cannot be changed; make a new version'); END;
CREATE INDEX kpb_entry_by_traject ON kpb_entry (traject_id, entry_date);
CREATE TRIGGER kpb_entry_kind_fits BEFORE INSERT ON kpb_entry
  WHEN (SELECT kind FROM form_definition WHERE definition_id = NEW.definition_id
        AND version = NEW.definition_version) IS NOT NEW.kind
  BEGIN SELECT RAISE (ABORT, 'the entry''s definition is not of its kind'); END;
CREATE INDEX dienst_by_traject ON dienst (traject_id, dienst_date);
CREATE TRIGGER dienst_with_opleider BEFORE INSERT ON dienst
  WHEN NEW.with_person_id IS NOT NULL AND (SELECT role FROM person WHERE id = NEW.with_person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'a dienst is done with an opleider'); END;
CREATE TRIGGER dienst_with_opleider_update BEFORE UPDATE OF with_person_id ON dienst
  WHEN NEW.with_person_id IS NOT NULL AND (SELECT role FROM person WHERE id = NEW.with_person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'a dienst is done with an opleider'); END;
COMMIT;

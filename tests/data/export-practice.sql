-- A practice database of schema version 6 for the export tests (tests/test-export.c):
-- the demo practice of 22 November 2026 (OPL_TODAY=2026-11-22 opleidingspraktijk --demo),
-- then, so that the CSV and JSON meet their hard cases: Anna's e-mail, Eva archived, a
-- leergesprek's notes with quotes, commas, a line break and non-ASCII text, a cancelled
-- leergesprek whose reason has quotes and a comma, a dienst with a comma in with_name
-- and a CRLF in its note, a dispensation of 1.5 days whose reason has quotes and a
-- comma; then sqlite3 .dump. The golden files in tests/data/golden/ are exports of it:
-- regenerate them with OPL_UPDATE_GOLDEN=1 meson test -C build export, and read the diff.
PRAGMA user_version = 6;
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
INSERT INTO practice VALUES('1087a3d2-2957-42df-8704-5bebdcb995d8','Huisartsenpraktijk De Linde','lumc','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO person VALUES('ccb2be52-47b3-4721-a726-d3a3af7a5018','Anna de Vries','hoofdopleider','anna@delinde.example',2019,0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO person VALUES('30c9b506-2ae8-40dd-a3ad-3e33979f88bb','Bram Jansen','duo-opleider',NULL,2024,0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO person VALUES('1e75fb7c-c4c4-41c9-b621-07bf22145cf1','Charlotte Bakker','aios',NULL,NULL,0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO person VALUES('75f8f932-bff4-43f4-8610-ea6678df8889','Daan Visser','aios',NULL,NULL,0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO person VALUES('c221ab30-9c4a-4819-b7d7-5935ae161688','Eva Mulder','aios',NULL,NULL,1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO traject VALUES('9ce7cac1-7e1c-4422-a465-1a25abd66004','1e75fb7c-c4c4-41c9-b621-07bf22145cf1',1,'2026-07-01',NULL,1.0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL,NULL);
INSERT INTO traject VALUES('e028abd6-dfb2-4b89-842a-422d467c511c','75f8f932-bff4-43f4-8610-ea6678df8889',1,'2024-04-01','2025-03-31',1.0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL,NULL);
INSERT INTO traject VALUES('240634fc-97a5-43b4-8a7c-e3e75e670950','75f8f932-bff4-43f4-8610-ea6678df8889',2,'2026-04-01',NULL,0.8000000000000000444,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-07-30');
INSERT INTO traject VALUES('63afe02f-4693-4098-a271-a6bfa73b7d5c','c221ab30-9c4a-4819-b7d7-5935ae161688',2,'2024-05-01','2025-04-30',1.0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL,NULL);
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
INSERT INTO traject_opleider VALUES('9ce7cac1-7e1c-4422-a465-1a25abd66004','ccb2be52-47b3-4721-a726-d3a3af7a5018',0.5,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO traject_opleider VALUES('9ce7cac1-7e1c-4422-a465-1a25abd66004','30c9b506-2ae8-40dd-a3ad-3e33979f88bb',0.5,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO traject_opleider VALUES('e028abd6-dfb2-4b89-842a-422d467c511c','ccb2be52-47b3-4721-a726-d3a3af7a5018',0.5,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO traject_opleider VALUES('e028abd6-dfb2-4b89-842a-422d467c511c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb',0.5,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO traject_opleider VALUES('240634fc-97a5-43b4-8a7c-e3e75e670950','ccb2be52-47b3-4721-a726-d3a3af7a5018',0.5,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO traject_opleider VALUES('240634fc-97a5-43b4-8a7c-e3e75e670950','30c9b506-2ae8-40dd-a3ad-3e33979f88bb',0.5,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO traject_opleider VALUES('63afe02f-4693-4098-a271-a6bfa73b7d5c','ccb2be52-47b3-4721-a726-d3a3af7a5018',0.5,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO traject_opleider VALUES('63afe02f-4693-4098-a271-a6bfa73b7d5c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb',0.5,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO leave_period VALUES('592c2be1-8260-4dac-b64a-1c01482318d4','240634fc-97a5-43b4-8a7c-e3e75e670950','ziekte','2026-07-01','2026-07-14',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO checklist_tick VALUES('f430a070-e955-450e-94f0-bee1e5bd3781','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-agenda','2026-11-20',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a5f3e9e2-5f76-4e9d-a0a7-f0f0479897ea','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-agenda','2026-11-19',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('fa4cf3ab-25fe-48dd-a1bb-e837ab8bc187','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-agenda','2026-11-18',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2cd8caf2-4fb1-4d8f-a6df-962d26c9b74a','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-agenda','2026-11-17',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('cee59b4d-8cb5-4fd1-8782-f3041e11845f','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-agenda','2026-11-16',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('27bc8f03-cdbb-4363-aabe-415442cbd4d4','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-agenda','2026-11-13',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e598305d-cc46-4d8d-aac9-f004795af299','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-agenda','2026-11-12',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('80adb1b3-99b0-4f70-89d0-d515cbc4db4b','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-consultruimte','2026-11-20',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e710efb6-07bd-457e-b9db-77b2c2686041','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-consultruimte','2026-11-19',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0c2d09db-57cd-4d4a-a2d9-572fa01345c1','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-consultruimte','2026-11-18',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6937c1a4-a9bf-43e3-8526-0646a3a75025','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-consultruimte','2026-11-17',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('13fb3c74-ab3f-4f5f-b8b3-21448fcee3c2','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-consultruimte','2026-11-16',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a8961729-91d7-42a8-9f9b-01b48a65ec53','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-consultruimte','2026-11-13',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e46db2e0-370f-4d2f-a221-6669bdf830d5','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-consultruimte','2026-11-12',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('da749a3a-d235-4867-957d-516617eaf1e3','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-nabespreking','2026-11-20',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('aed00307-1cbb-45d1-b3bc-10164536fe59','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-nabespreking','2026-11-19',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('deb146cf-0894-49e4-bf5c-495711a339bb','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-nabespreking','2026-11-18',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b9c83f74-04b0-48ae-8d61-e7b7a130c468','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-nabespreking','2026-11-17',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a400328b-672a-4387-bb25-3a57cbf9cd25','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-nabespreking','2026-11-16',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e2a0c7d9-4a7d-4968-9562-ec4974ce478a','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-nabespreking','2026-11-13',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c5d04f9f-12d7-4990-abd3-3948cef41cce','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-nabespreking','2026-11-12',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('007cf4bb-bc1d-49db-a8e0-359cdb2428d2','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-terugblik','2026-11-20',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c96c71bb-92e3-4993-851f-411e7310ff43','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-terugblik','2026-11-19',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('af273cdf-2467-4553-83c3-dde509dc02aa','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-terugblik','2026-11-18',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c9c73080-b989-4419-8007-88c43575b56f','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-terugblik','2026-11-17',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('af96858b-dbaa-4f7f-b059-29ee12520857','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-terugblik','2026-11-16',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6575fc65-7097-49fe-b6e3-b7c134f54d78','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-terugblik','2026-11-13',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4ea6ff1a-dbc8-4d38-9939-322261903cd6','ccb2be52-47b3-4721-a726-d3a3af7a5018','dagelijks-terugblik','2026-11-12',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3a1db08a-5bb7-4f35-b2fe-757bb9c63cc0','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W47',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0633a247-ede2-409e-828d-5e4fd1794341','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W46',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('d979fe1c-bfb0-4fe8-b739-bb38c3cc2386','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W45',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c6fb30d7-9797-4aff-8c5c-186937b991b9','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W44',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3883e972-36d2-41fa-9e4e-1ce9dad1cea7','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W43',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('74acf095-3088-4ac7-8a3d-6348d9eed249','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W42',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e5b3b30b-98c7-4029-b745-d6c4d209a447','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W41',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('fcca21b5-4ebb-4693-8cb3-fe0ecd2d35d5','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W40',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('cb089f75-09b9-48b5-bf0f-23d149ec9c70','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W39',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('08b2e19b-1fab-44d3-ae2c-9218563178e3','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W38',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9b9995e9-d5df-4d86-988e-665a9f73a914','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-leergesprek','2026-W37',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('468bb66e-f8bd-472d-a3f2-fd7b4aaebb03','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W46',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('15d8594b-1069-4ee1-9320-7c13bd44a269','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W45',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('915ad7db-26de-465f-b154-faa643c1f461','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W44',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9f844c3a-84ab-4c3c-a3a1-0d1ba38470ab','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W43',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5b37f6cb-f54b-40f5-9acf-1a4586b01c37','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W42',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5b1473b7-69ce-4ebb-9dd2-f7a598cd3bc5','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W41',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('96c7aedb-3916-47aa-9108-ace44ecc32ef','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W40',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('68dd15ca-6097-4e4d-a5f1-8408ef348c06','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W39',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ce5e2259-cb5c-454d-bac3-324fad719ab5','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W38',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('21fd0ec9-2775-4d30-8370-ebe7ee53d84c','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-gezamenlijk-spreekuur','2026-W37',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('385f405c-4f31-4b5d-b408-28447d2f80c4','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W45',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('8dd8076f-7c3d-4b52-83da-4922ca0eb942','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W44',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6b94c414-0753-4915-a84f-a881f7a45407','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W43',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2848af94-5d85-40b7-92d6-07e451d95ce4','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W42',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('7e017788-f5e8-4689-842f-dd3aa3e75bae','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W41',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f0014138-bfce-41bb-af04-3690bcc6d7fd','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W40',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('87ecb159-6d9e-470f-8cd6-d7752b5d48e4','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W39',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('dfddae96-2016-420a-8c34-9c28a52da264','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W38',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5bb9d203-9c7c-425f-b0b1-093bb7aa321f','ccb2be52-47b3-4721-a726-d3a3af7a5018','wekelijks-kpb-kvb','2026-W37',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('220e7657-69a9-4585-8661-1cb2e6410137','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-09',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c15075bf-087d-4af4-9b1f-fa35fa94b832','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-08',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e93be0a8-baca-4d55-b564-5c59f8a2e331','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-07',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a1698c9c-1a34-44aa-86cc-9b0a2ff1ccdd','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-06',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('aa0420f9-bdbb-4b58-aec2-d6df0e8d82eb','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-05',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('dcb1528f-18d2-4c37-b720-69c2a2a598a6','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-04',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b234e2a5-81d8-47b3-aeb2-524c35574250','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-03',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('90aefc7b-95a1-45da-a80f-9d2380603aad','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-02',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('bbe606d1-55f6-4cf3-a920-7e6a9ffd8a6b','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-video','2026-01',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('196523ac-4f3d-4adf-8499-2d6b74e99603','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-11',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ee8838ff-25ce-47b8-9402-503c4b8f5037','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-10',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('682c82c7-6a19-4386-bfbb-28cf446cb936','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-09',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5585cfa9-712f-4067-b457-e38c98672188','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-08',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('94504007-15ca-4c49-9815-dca380d50b3e','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-07',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3db0a7a8-bc1b-43c8-b3d5-8072c8c04ed8','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-06',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9e958195-c1a0-44dc-bb78-2864558df02f','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-05',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('d80a49d0-6a31-421e-8db6-11e085d4a2df','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-04',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('158cf147-8d25-42a3-b0c0-a9e1e71ba4d6','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-03',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b611baeb-3c41-4fa0-ace9-e28c8adffa06','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-02',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('bda005fc-65a9-4139-951e-5bb2f6415565','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-leerproces','2026-01',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('10aeeb06-db5f-48f2-83ca-2d4053f77b2b','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-10',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f21b920b-1b2c-4d11-8d15-0e29b70ce5f9','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-09',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f6e3eea9-92a6-4109-87f8-5a0e3ebfbecb','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-08',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('802e7237-6858-484a-a41c-9236f844596f','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-07',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b3b71d3b-e462-40c0-bfa7-42ae727b69c1','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-06',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('41d8617f-dba7-428f-9d0f-1ad49edff1bc','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-05',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4aec347c-36a9-47a5-88f2-3160db1f84c0','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-04',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('af5cb5d2-67a6-4fc0-bd16-23c8add4c76b','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-03',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('85178fad-2a77-4ef0-a3a5-eee807671bb8','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-02',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('21eba5fb-0074-49da-969b-9f35239c4118','ccb2be52-47b3-4721-a726-d3a3af7a5018','maandelijks-paralleldag','2026-01',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('23e6a82b-7012-4a91-b070-aa304b65ce70','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2026-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1d84e83c-d6ee-4fa5-a40f-f21cf3f53329','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2026-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('10760c92-51a2-4f55-a38c-d51c36ae322f','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2026-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2c99feb9-1046-448d-95ff-6b154e019ce3','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2026-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('223a31c6-00fd-4429-a3a1-ce6dcf6c7895','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2025-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5eb0d3e8-2cf2-4316-85c9-9e78e1d0d078','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2025-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('49af964c-dd9d-4b45-987d-2564032ec3c3','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2025-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('37086151-5ef4-4b52-ae2d-5f0f8c11ff4c','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2025-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ce3bd218-2ef4-4308-9a6a-82d7f0fe9817','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2024-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b6b1189c-b5d1-4a14-b9e5-df7d7b42eda3','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2024-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('29716e8e-bb59-42ab-8330-b6250eef586b','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-combel','2024-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('988eeeb7-4cc9-43a7-95fb-332b797f8f11','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2026-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('66e4773d-dd5a-4222-a73b-49f8f71d8020','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2026-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('aa4b5bdd-d0d6-4f0d-b600-b0e21e57ba2d','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2026-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a4ab8ebc-003f-482d-9bb9-2f3a1360746f','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2025-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e08e920a-266e-43b0-a858-8229f5ea1243','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2025-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2cfdd7b4-ce98-4e6e-b4c8-1654aa54285c','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2025-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('69d3ea00-15dd-4cd8-a508-52a921342159','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2025-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0d9f7b41-98c4-4fbc-85fd-0c46b78996e6','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2024-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f604d1c0-c39e-4469-8e33-1284e61a257e','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2024-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b2d84986-814d-455d-ba18-ac29d7fc9978','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsgesprek','2024-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('12063b60-4c5a-44a1-8f6d-2a891b06f438','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2026-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f36f1466-ff2d-4728-bf31-1c45dbce0a2e','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2026-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('36c48ae5-0e41-40df-9cae-1fd948195e35','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2026-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('576f37e1-3121-413c-8458-a3b893678d70','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2025-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('592ec2e3-2f1b-45e8-9744-3d7f4f559cab','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2025-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ba8df193-7e59-4bc7-9e27-7fb81d238dc7','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2025-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('39b51b00-0ebb-46fc-a941-92c832a6960b','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2025-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5f703c39-b526-4700-8fe8-6a407c6d6969','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2024-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a8e8f7cb-f5e2-4332-a0f7-65af8b0007a7','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2024-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1a6f8c04-54ee-4f96-8d3b-aebd158aca0f','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-voortgangsadvies','2024-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b6e78f2f-9940-4134-ac24-a141713cd2cb','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2026-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6eca4472-3e33-4537-81f2-efd55c4b13e8','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2026-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('30287c77-b550-4d99-ae2c-02ae3c6a1b3c','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2026-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3365bbe6-46f5-44b1-930c-82332168953c','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2025-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('7efe1e36-5c89-4b74-889e-85a46bf44282','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2025-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a00ddb63-b61b-40ec-b2b1-62259e4da734','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2025-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e631867f-f048-4b70-a912-82d23367c424','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2025-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f084e6a8-dc11-473a-a153-561519aa1c0e','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2024-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1d4beeae-fa33-43c9-bd8d-6d3c7cb40f93','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2024-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c8a66a9f-c597-49d8-8579-802ac062e991','ccb2be52-47b3-4721-a726-d3a3af7a5018','driemaandelijks-leoh','2024-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3e9dd91a-d44b-4200-8dd2-924566bcd99f','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2026-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0169b2ca-8638-4b0a-8330-23e29053f472','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2026-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('bf31d6db-613a-47c8-ad96-e3e365c8d406','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2025-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9795a1d9-9289-4e64-a77e-7de7f8bab419','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2025-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('d38b9b03-213e-4ad8-a8f9-22f5398a6642','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2024-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('71360ff6-2b89-4354-aca9-5285b4f5705d','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2024-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('d294ee33-706a-4d63-8336-9fb934c30e2b','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2023-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b9287b8b-08b7-4e76-bacd-c895e5f993b0','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2023-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('7956afb3-e389-45e4-afec-e9c318fc8384','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2022-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('761737aa-bde9-4084-a48c-5808fc78acbc','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2022-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('11b43c62-a2e4-4d63-b7ae-04193a345aa1','ccb2be52-47b3-4721-a726-d3a3af7a5018','halfjaarlijks-groepsbegeleider','2021-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ae93837a-c08b-48c9-9f87-1a3103f03af6','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2026',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('8174634e-23d4-4533-85d3-db11cdf34c28','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2025',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('bdee7415-50b7-436b-9bc1-aa27568d6217','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2024',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9d8376f9-e7e0-4090-82b1-ab3cbacfafc0','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2023',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f8f112f0-e221-4506-aed2-05d12576245b','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2022',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9189a60a-f669-4873-80c5-e41fb9620208','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2021',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('85824b98-b919-4933-9aa3-8376101047ec','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2020',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('74eb9d1c-9d8c-4cae-8714-7c203c9cdb97','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2019',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0b96ba0b-1905-4025-a749-cf0e9f9a9282','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2018',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1065d32a-d718-435b-9ecc-9c2596578e77','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2017',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('eeeb0921-b7a9-4839-bb4a-01834ca3b7d0','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-opleiderscoach','2016',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('fa456eb0-15ca-4f5c-84fd-8314eb380521','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2025',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3c6dcc79-4dd1-4cc5-802d-56867ab0ef20','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2024',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('87741f1d-d6a7-4943-b447-b89e37ea4a70','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2023',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0dfbab3e-718d-4b25-b817-36cc9e38b046','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2022',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('984ac924-bb2d-4677-b8fc-1d4c6db781dd','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2021',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('539e5a52-e489-4280-add5-8e20819af392','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2020',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('38f29276-7e01-4630-8c17-8cf88d04ec7e','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2019',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('772452f3-997f-48e2-b868-b30243f52e98','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2018',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a2db7b2e-be09-4b85-9a37-62d30bbc48d9','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2017',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('92ea0de6-b616-4870-a3c8-b5b01b1783a1','ccb2be52-47b3-4721-a726-d3a3af7a5018','jaarlijks-profiel-leerwerkplan','2016',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ead518c8-ba98-4fe4-bef6-b28a3501ef22','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-agenda','2026-11-20',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ef1cd237-ad85-4a8e-91f1-cc64051b8237','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-agenda','2026-11-19',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e107075e-2075-437a-bb47-dec664c421ec','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-agenda','2026-11-18',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('55766318-f074-4746-b0f6-6cf8a821be93','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-agenda','2026-11-17',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4437c6bc-b0e9-4afd-a2db-88870d64d250','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-agenda','2026-11-16',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b7e680a9-2de8-4f63-9959-136f77003f00','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-agenda','2026-11-13',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('899a67d1-48e5-4023-89ec-0bbaacda1d96','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-agenda','2026-11-12',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4fbe5999-c2ad-4d38-8c7f-acbda3c85140','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-consultruimte','2026-11-20',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6684bf60-4c2e-4627-a687-9c4dfdc78f90','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-consultruimte','2026-11-19',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('69fd986c-5f04-4aa2-be64-abfd1103816d','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-consultruimte','2026-11-18',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1030e4e8-ba0c-4090-a2e8-21cf28f941b3','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-consultruimte','2026-11-17',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('7cc9a61c-9aab-45d7-85f7-d2541c2b791c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-consultruimte','2026-11-16',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2313b067-8c98-49b9-8fa9-a2e91af0ee8d','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-consultruimte','2026-11-13',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('12f9c638-7412-4afa-afd6-e5ad34503493','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-consultruimte','2026-11-12',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('752d0b14-9d16-410f-8971-725c47aa42b5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-nabespreking','2026-11-20',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f22aa32a-9d73-4b6f-b2c2-6b284f141c8f','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-nabespreking','2026-11-19',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1f229002-7150-44b4-9ab4-8cb195abc168','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-nabespreking','2026-11-18',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('71ca0428-c7b5-4dac-a9f3-55df245d2546','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-nabespreking','2026-11-17',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('75c51d92-5d1d-4463-8324-0ce2dcc41f56','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-nabespreking','2026-11-16',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2a6c346b-5aa6-4908-b86b-bef2efe678e0','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-nabespreking','2026-11-13',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b2b8e33a-7d26-4a8d-b0e1-988d812c2ec0','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-nabespreking','2026-11-12',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9fa2585e-478d-4d5a-9f35-1e4a9aa18a58','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-terugblik','2026-11-20',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5e395394-a4fb-4d16-934c-cc6f5d1fc116','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-terugblik','2026-11-19',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('10054427-3e4a-4e07-9f13-cb00db58dd91','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-terugblik','2026-11-18',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b8801dfe-e7e5-47a5-84a1-fa4c0447da3c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-terugblik','2026-11-17',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('8168504d-7f15-4b26-bd16-222c92facf4f','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-terugblik','2026-11-16',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0fad3b98-5339-4709-ba3b-df781b62677d','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-terugblik','2026-11-13',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6bd5803b-8f96-4919-8c70-06e0a78e73a7','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','dagelijks-terugblik','2026-11-12',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3d8dbcf3-53bb-4abc-b2f3-c6e163d26dd3','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W47',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6c133c26-abee-4980-8782-eae2e04f053e','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W46',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('12534555-3714-4e75-9e57-d865f5bf0f45','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W45',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('eb143c66-891a-4e5c-8c88-318138de9f88','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W44',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('92912221-b102-44ab-ae53-8addcd21a789','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W43',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('78a50389-e1b8-40e0-984b-ea82255dacc1','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W42',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2034378e-d843-41f8-bf81-eaa00f6ec2dc','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W41',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('354948d5-f073-4474-a5cb-abe24227fb15','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W40',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('cb65eff0-793e-4bbc-bde5-bf2506336640','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W39',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b187e233-fe40-4531-ad42-14136c857e17','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W38',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e585fe59-57a3-4087-99ac-de288a722449','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-leergesprek','2026-W37',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('62856a51-6028-42ce-852c-fd61b629f7d3','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W46',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3c6ae2a1-9792-47c3-9eb1-ea7c4ffd2036','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W45',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3b0b2b43-bc1c-484e-8e00-45af1a9c39f5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W44',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2b351bdd-98eb-47c3-96d0-ef40b62977be','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W43',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4940a55b-cbed-4f65-8287-93a813b08823','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W42',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9b8f90d6-400f-4cd0-a4ba-c5e87af6e1a5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W41',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3b3c9a28-f4ea-435c-9d11-4e63ac0090a9','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W40',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f5274979-5736-472c-814c-e2529c9ff380','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W39',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5468f7e4-f46d-4618-b19f-c56eb5b82f8a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W38',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3972032c-d525-43c2-ac94-faca5f5d9a10','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-gezamenlijk-spreekuur','2026-W37',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('fcb25271-d3b3-44bb-8f75-3bbd76efb6ac','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W46',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('61277312-9b43-4ced-8a08-90ffb4f6b605','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W45',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c412f237-ea30-4635-9797-71300ea170fb','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W44',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4cf661c8-02b2-43e6-a78b-9c7d1083cef2','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W43',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('83fd9be7-cd86-4f31-8662-a80c50f3f745','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W42',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('44ae4766-b386-40ac-9943-ca70f372b8ac','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W41',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('679b2f10-5829-4cac-bdb5-b4765ace296a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W40',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e13cf9e3-40fb-4dd6-af93-cf3d63fbfae5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W39',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('bbcdb289-12cb-4545-a8d9-609c07ab4499','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W38',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1858ad41-0c90-46f0-b283-721d6a9c9b9c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','wekelijks-kpb-kvb','2026-W37',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4e958177-7b5b-4b05-9e9f-81a2410cec77','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-11',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5c0382e3-3e0f-4b57-927b-c8abc6b01ea0','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-10',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('664d9828-07e0-402a-8791-25e89a7417ec','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-09',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4e01e7a7-8bda-4420-86d0-fdd5768cdbc4','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-08',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('99d7304d-2182-4959-b673-6f74d7e42a48','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-07',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e4e6a5c2-5ec0-4833-b7c5-f2007431bbcc','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-06',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('92d1b9e1-162b-4490-94d2-2c884b64bebb','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-05',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a4b8dce2-8a1d-4647-8107-e19dcb178702','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-04',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('89fbe68b-22ca-4745-9572-25770ae0a47b','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-03',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('bd9532d4-9541-45ea-9a8e-16f23f6d7175','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-02',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a96f8f9f-2761-4015-9e24-01ab5a6d3433','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-video','2026-01',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1442b940-0400-4f97-b986-ba876392c7bb','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-10',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('32f4f8e4-30dd-4bfb-adc8-80b76b8bbe27','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-09',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0d3f25e3-0eb7-498f-a8a9-c4e94f4da017','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-08',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('31cc6387-9bbd-4f36-9a0f-e70597419576','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-07',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ca3ff9b4-93a6-4172-a3cb-a6bc28f871f1','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-06',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c2ce1ca6-2712-4fde-8c1a-d93167f99f79','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-05',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('76b9a627-e83e-4fc7-8525-8f758eccddb9','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-04',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c60d3f72-3f74-4d32-bec1-80c0d4fd63e8','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-03',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('d4f38d0f-e4f9-4208-8570-b25e8df8b7e7','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-02',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6edaa537-77b5-479a-ad40-f5c73d67d328','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-leerproces','2026-01',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('0a41e306-a87f-485a-a2b4-81eb4407217e','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-10',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('50bb83ec-7eaa-434f-a7a8-55937d1d15a4','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-09',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('64966a19-17d0-496b-b2e7-0eea36256a75','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-08',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('77dd55a2-5b24-4c6e-9935-9ea01728182a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-07',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('810c5beb-5d98-4696-85f8-a2e32a93c63d','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-06',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c03db1fa-d85f-4311-a12f-b7cbc5373f09','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-05',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e3a512a2-db7a-44f0-a3c3-7e0a1faa2e00','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-04',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('fe16e145-e427-4181-9dc0-8d3afcf3b78c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-03',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('93522046-5076-4120-8da5-e0afb014557c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-02',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('edd4e3c8-6dcb-4464-b599-a0275bf57743','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','maandelijks-paralleldag','2026-01',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('41bd4fb6-263d-44e0-b403-a8da14a6371a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2026-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5e7cd289-8bf3-4d25-86b1-ee1605f3cff5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2026-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('30f40694-e73a-4fd5-9b7b-b864a46534e6','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2026-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('56424b4d-c245-48a4-822c-c60641b4e559','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2026-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1665b392-822e-4e85-89bb-f85e81ca3c54','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2025-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b456aa70-8d8c-4080-a837-012170c2ff15','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2025-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3fafb06f-a32d-43c4-b2e2-2362dc0b6c28','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2025-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('05a49b13-d811-41c2-b04a-668ccda45ef5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2025-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('f44c53e8-9ec4-438e-8bd2-1e8bd4dfd447','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2024-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3d2f9763-871a-4db6-8798-d40a86663cb5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2024-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1fd97b62-7756-41ce-abe8-9fb24ed14435','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-combel','2024-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('d760a2df-761a-47a3-98b5-4edb5eae8aca','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2026-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('af4a7e03-8ae6-404c-a534-4cc262a85795','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2026-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5f930ec9-d58e-47bb-b06c-a3fa1034fae8','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2026-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('7e943bee-d6f6-4391-a887-1640956c5ccc','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2025-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('16d318b4-705d-4f48-b79a-ac00e642b74a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2025-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('8f920905-fcb4-425a-a5e3-c4207fc83c12','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2025-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2b375997-4c45-47d4-b423-d6152cd6247d','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2025-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('edd7a5ed-f579-49ac-a3e8-9481497cfaf4','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2024-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b9f232e4-2072-41cb-afd2-ea334c8bfcb4','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2024-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('58104bb5-9c0b-480b-b8b0-f957024f585a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsgesprek','2024-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c526bbe0-db37-4807-b77c-c208b692e403','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2026-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4bd01365-e845-407e-83ed-ffa2ed01b97a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2026-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('73899a8b-1b69-460e-9bcd-d44b090ed28a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2026-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3dfc0c46-9c94-4e50-97b4-0efd94fc455c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2025-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('8928cf28-8108-494d-a351-0e19e20ac950','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2025-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('d60d0e35-b905-4674-a8ea-3d16c45eff6c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2025-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('aac39115-0065-45e2-925a-45c33c760353','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2025-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('bdc82ab7-a32a-470a-b4de-7dc843265812','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2024-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a10e6ff6-6778-49f1-8637-759f9efd203e','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2024-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6109ec3f-ea5f-4ec8-98e5-1292beb45c97','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-voortgangsadvies','2024-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('7ad5c7e9-aee4-4c9d-ad0e-e2f6e6fa272b','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2026-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('55eb4d10-fcc3-44b9-8486-fc2695491a63','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2026-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('389b6a5d-0d79-48a4-b2af-17ddfe870f98','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2026-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('61b1b8ef-95a7-4310-9289-c12dbd3b4fab','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2025-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9a2d1d5b-cfe8-422d-99ff-97512af333f4','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2025-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('db05cf87-abfa-4fd9-85b9-cf744ef92c9d','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2025-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('c3b71e19-c384-4724-b026-855174648a06','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2025-Q1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('54e39595-d5ab-41d3-bd1c-80b808d7d4a6','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2024-Q4',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e7438ae7-550b-4495-951b-186a1841b177','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2024-Q3',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('93d52e25-b7ba-4b07-94ac-5273cc4e08d6','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','driemaandelijks-leoh','2024-Q2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('09182bab-f071-4f52-bc5f-a087c55325b5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2026-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2e192a04-5edf-4acb-a8ad-f7f71ab9c47b','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2026-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b2475592-4e86-4240-adaf-fecc19447e9a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2025-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('4b598afb-d29c-4d50-a9c9-4d665588b0a8','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2025-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('fd3917bc-256c-41ea-8423-ae408d2e18bb','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2024-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('366c4e88-34cd-44ef-a6ac-257538b8cc80','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2024-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e5ffcf90-a430-4d4d-b5ab-dc0fd468354c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2023-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('362bc9e1-c292-4531-a94f-4354bba9ec89','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2023-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('b370467e-d1d9-4a6e-80dd-4ee43a36377c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2022-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('8a985606-d094-4fc5-a637-ada7de112c95','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2022-H1',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('9753a374-5f30-4d4e-aaae-e049a3c99920','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','halfjaarlijks-groepsbegeleider','2021-H2',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('8d7fe8e8-a114-470c-816b-9f9c04f146bd','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2026',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5277422f-d743-4689-add9-910b7229bc95','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2025',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('575c3d85-35c2-4f8a-94d3-ff6dca1f3a45','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2024',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e79043e5-611a-4636-965c-29c77e936e64','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2023',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('76959ac1-575c-4264-9ead-12b50fd3e82e','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2022',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5e7beb1f-fdde-4375-a981-65609b646298','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2021',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ab5f74ef-696f-416a-b49c-4303c0038a85','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2020',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('e1f1fb56-6e97-413d-96e5-bdd2c2924f2a','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2019',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('6e6e661c-65a2-4717-9595-8b0c9d181534','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2018',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('961e24f2-4d9b-44a3-80c6-65f90b506c21','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2017',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('87eb9df5-9a6d-44fc-a780-ce1ebea5f357','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-opleiderscoach','2016',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('52b11dfb-6543-45e0-910f-cbdc558f847f','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2025',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('2a942a54-e129-4785-ab33-533bd80be696','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2024',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('cadfd862-e6fe-4221-ae31-cb7166df05dc','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2023',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('96668455-e5d3-499f-8e54-27bddfae4e0c','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2022',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('5c078855-5f98-4bc0-a4c2-243247e821bd','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2021',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('a331671e-6d6c-4742-8ef2-367625d1ce48','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2020',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('3fe63020-8b41-40e7-ac28-c60df6496533','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2019',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('ffcd8ad8-61dc-429a-b519-1f0fdc1a3b4f','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2018',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('1cf102dc-ab1f-42b0-8dd2-cf461bc1aa24','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2017',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO checklist_tick VALUES('96554530-e56f-4112-a8c9-db3a899704e5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','jaarlijks-profiel-leerwerkplan','2016',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO moment_done VALUES('32fca61e-7fe6-43f1-b905-4ba134d7b4ee','9ce7cac1-7e1c-4422-a465-1a25abd66004','voortgangsgesprek',4,'2026-11-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('afde3f90-0788-4f04-8db2-39abad671f72','e028abd6-dfb2-4b89-842a-422d467c511c','combel',3,'2024-07-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('9db8add4-75eb-413a-84d2-2c8dd93dc539','e028abd6-dfb2-4b89-842a-422d467c511c','leoh',3,'2024-07-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('e04e77db-ecb8-475a-9b05-50d60f77bf61','e028abd6-dfb2-4b89-842a-422d467c511c','voortgangsgesprek',4,'2024-08-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('cef9a42d-310a-4b1f-9ced-268b60c29775','e028abd6-dfb2-4b89-842a-422d467c511c','combel',6,'2024-10-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('673d72f3-00a2-45a6-91b8-bbee78cf9854','e028abd6-dfb2-4b89-842a-422d467c511c','voortgangsgesprek',6,'2024-10-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('00a6003f-ab49-42dc-b824-1f75fc3248c2','e028abd6-dfb2-4b89-842a-422d467c511c','voortgangsadvies',6,'2024-10-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('fe7765db-3e2f-4f0d-9712-8662357c9954','e028abd6-dfb2-4b89-842a-422d467c511c','dienstenrapportage',6,'2024-10-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('a12c54b7-226c-492d-9363-6c991d02ebf4','e028abd6-dfb2-4b89-842a-422d467c511c','combel',9,'2025-01-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('7f5821b4-a135-4648-8647-3776a373383c','e028abd6-dfb2-4b89-842a-422d467c511c','leoh',9,'2025-01-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('5ee8f33a-1dc7-450b-b622-4976af9e4405','e028abd6-dfb2-4b89-842a-422d467c511c','voortgangsgesprek',9,'2025-01-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('600b27f0-3fa2-464c-8505-77b834c7c103','e028abd6-dfb2-4b89-842a-422d467c511c','voortgangsadvies',9,'2025-01-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('45c40f89-d7a7-4f96-b17e-72bf6c0f69ca','e028abd6-dfb2-4b89-842a-422d467c511c','dienstenrapportage',9,'2025-01-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('c2c4d6eb-2376-4c09-a2df-c50f2036f829','240634fc-97a5-43b4-8a7c-e3e75e670950','combel',3,'2026-08-10',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('cffed39f-3680-495b-b86d-1278e75e24bd','240634fc-97a5-43b4-8a7c-e3e75e670950','voortgangsgesprek',3,'2026-08-10',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('4bfd22e4-4e5c-4cb2-827e-6c6895ebcd4b','240634fc-97a5-43b4-8a7c-e3e75e670950','voortgangsadvies',3,'2026-08-10',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('62421a2c-ad6a-4015-9e21-48cafb1d1b8f','63afe02f-4693-4098-a271-a6bfa73b7d5c','combel',3,'2024-08-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('cc82d074-652f-49dc-8b88-bc052eec2f38','63afe02f-4693-4098-a271-a6bfa73b7d5c','leoh',3,'2024-08-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('8237450c-2b0b-483e-b04c-9d12b3a2baf0','63afe02f-4693-4098-a271-a6bfa73b7d5c','voortgangsgesprek',3,'2024-08-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('96234a50-e22d-41d7-911a-5ae8d4fcc282','63afe02f-4693-4098-a271-a6bfa73b7d5c','voortgangsadvies',3,'2024-08-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('81dd4060-a169-40b7-a27f-693be4420329','63afe02f-4693-4098-a271-a6bfa73b7d5c','combel',6,'2024-11-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('eb1ce1c8-bd23-44d1-86a6-3071543e76e2','63afe02f-4693-4098-a271-a6bfa73b7d5c','voortgangsgesprek',6,'2024-11-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('e88670ae-5fae-45a7-9694-499cfef86844','63afe02f-4693-4098-a271-a6bfa73b7d5c','dienstenrapportage',6,'2024-11-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('2c675156-5ed7-4132-9785-e18f0a57a404','63afe02f-4693-4098-a271-a6bfa73b7d5c','voortgangsgesprek',8,'2025-01-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('a001cc33-3693-4fc8-a9b3-a04d750a6c03','63afe02f-4693-4098-a271-a6bfa73b7d5c','voortgangsadvies',8,'2025-01-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('a8743653-4f42-447e-a34d-d038f98f0761','63afe02f-4693-4098-a271-a6bfa73b7d5c','combel',9,'2025-02-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO moment_done VALUES('815688cd-10da-40df-b220-ded6ca89efa1','63afe02f-4693-4098-a271-a6bfa73b7d5c','leoh',9,'2025-02-04',NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO leergesprek_slot VALUES('9ce7cac1-7e1c-4422-a465-1a25abd66004',2,780,60,NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek_slot VALUES('240634fc-97a5-43b4-8a7c-e3e75e670950',4,480,90,'2026-12-06','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO closure VALUES('2943055a-90a4-40b7-83fd-4f2c2faff268','2026-12-21','2027-01-01','Kerstvakantie','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO leergesprek VALUES('5a77fd53-4025-4a03-84df-3a4fec9e5e83','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W28','2026-07-07',780,60,'leerprocesgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('e5b3c516-8fc0-48e2-b715-550224ba7995','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W29','2026-07-14',780,60,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('ae05c657-6fe7-418e-aa06-8578fc7415f6','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W30','2026-07-21',780,60,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('3b22f98b-e70c-4944-b03d-ccff0e715674','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W31','2026-07-28',780,60,'video','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('a27ea403-2dcd-4bd7-a123-5d680f9feab6','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W32','2026-08-04',780,60,'leerprocesgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('1407c5d2-ff3f-40a7-98eb-a0399a82de8c','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W33','2026-08-11',780,60,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('bfac7f0d-7baa-4fdd-879a-deb95493faa2','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W34','2026-08-18',780,60,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('c535a6eb-87d5-40ea-bf45-fd653215394d','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W35','2026-08-25',780,60,'video','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('de3db8c3-6ba4-4a8d-8688-ab73df91eadc','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W36','2026-09-01',780,60,'taakgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('f942689e-483a-45b2-876e-feec9f0637b2','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W37','2026-09-08',780,60,'persoonsgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('55a74f3a-5527-4be4-9b97-040fa044a8d3','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W38','2026-09-15',780,60,'leerprocesgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('2c9f7374-f6c1-4e38-afd3-67394bf2b539','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W39','2026-09-22',780,60,'video','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('68ba825a-a089-4531-b952-addc8109565d','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W40','2026-09-29',780,60,'combel-bespreking','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('9a1a2335-dfe2-4a38-871b-3a75ebcd5918','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W41','2026-10-06',780,60,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('e20edef7-3ac5-47a9-8091-1f3de7e29cea','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W42','2026-10-13',780,60,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('ea81ec64-930b-48fc-bd31-17cc8688e10a','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W43','2026-10-20',780,60,'leerprocesgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('4f5dfac3-c613-4ea0-b39a-ebf24f1a5892','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W45','2026-11-03',780,60,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('01fe71ba-21ab-4231-abc8-cb13794ee972','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W46','2026-11-10',780,60,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('83594aaf-1c17-4735-99b2-e486e381b4b5','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W47','2026-11-17',780,60,'leerprocesgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('f56b5536-e41b-45b0-9694-38f09741b934','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W48','2026-11-24',780,60,'video','cancelled','ccb2be52-47b3-4721-a726-d3a3af7a5018',replace('Vragen over de NHG-standaard Diabetes mellitus type 2.\nBespreken van de KPB van vorige week.\nVoorbereiding op de ComBel: eigen inschatting van de competenties.','\n',char(10)),'','','','','Ziek ("griep"), ingehaald','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('c9bd2677-5f2c-4cb1-b54a-11a508015348','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W49','2026-12-01',780,60,'taakgericht','planned','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('9a910081-76f4-4d38-96e0-3b632f26359f','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W50','2026-12-08',780,60,'persoonsgericht','planned','ccb2be52-47b3-4721-a726-d3a3af7a5018','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('7c249ccb-f111-4c73-8290-07fca075720f','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-W51','2026-12-15',780,60,'leerprocesgericht','planned','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('790e3f8c-cf76-419d-a265-aaca7629f96b','9ce7cac1-7e1c-4422-a465-1a25abd66004','2027-W01','2027-01-05',780,60,'taakgericht','planned','ccb2be52-47b3-4721-a726-d3a3af7a5018','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('e72cc714-1cad-4761-8d6c-ed9c78b80bce','9ce7cac1-7e1c-4422-a465-1a25abd66004','2027-W02','2027-01-12',780,60,'persoonsgericht','planned','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('d564e7e9-611d-475f-beb7-436aa6155314','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W14','2026-04-02',480,90,'leerprocesgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('5c781661-2640-4f98-b05f-64d71d592d23','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W15','2026-04-09',480,90,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('70022bab-be88-4e20-8c32-d1ccdcc5fee0','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W16','2026-04-16',480,90,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('b91fbf31-504d-40b0-90de-444abd40a586','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W17','2026-04-23',480,90,'video','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('7b601cbb-f78c-46db-bfff-5f1b7c5770e7','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W18','2026-04-30',480,90,'leerprocesgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('84999a74-40f5-412f-8152-a809ed6ea449','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W19','2026-05-07',480,90,'leerprocesgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('118d7b05-437d-40eb-9abd-d560a4501fc6','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W20','2026-05-14',480,90,'taakgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('66c33c1f-ffc6-493d-8e21-58c2f85f26e1','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W21','2026-05-21',480,90,'persoonsgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('37aed961-c479-4085-b5a8-e02e82b2bcf5','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W22','2026-05-28',480,90,'video','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('0c24ebef-0d2e-4aec-b60e-75e91550b32d','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W23','2026-06-04',480,90,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('515ddebb-2335-4f9a-930c-79306fe4a7ce','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W24','2026-06-11',480,90,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('eb0b8380-92ea-40fc-945e-8e2402a65a8c','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W25','2026-06-18',480,90,'leerprocesgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('e52e4a9a-eef7-417f-93a3-89c69eedb366','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W26','2026-06-25',480,90,'video','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('05132c7f-93b9-4792-ae27-89175b21f13c','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W29','2026-07-16',480,90,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('87699d6d-7a13-4c4b-b5b8-d463cbfa2c1f','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W30','2026-07-23',480,90,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('566cc2e0-0394-4d07-8846-0781c0e089c2','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W31','2026-07-30',480,90,'leerprocesgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('88a7d76b-7a0f-41c2-9a73-62214ab3f49c','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W32','2026-08-06',480,90,'combel-bespreking','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('b827337b-bdb9-4590-9263-7da04367af48','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W33','2026-08-13',480,90,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('ad7114dc-3ab6-47df-8b4c-5ea615bbd7ba','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W34','2026-08-20',480,90,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('fa0f0638-64ff-4544-bf32-4ccab8d8cbf2','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W35','2026-08-27',480,90,'leerprocesgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('195a05b3-d9a9-4d5d-a70b-9c314c19b5e5','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W36','2026-09-03',480,90,'taakgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('9af0050c-5104-42e9-a37b-664b5e6b57c5','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W37','2026-09-10',480,90,'persoonsgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('52638f7d-679e-4e20-b060-995604d7aa30','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W38','2026-09-17',480,90,'leerprocesgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('3238622a-2bd1-4756-9d85-44309d52e68e','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W39','2026-09-24',480,90,'video','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('fbaa8792-bef0-41dd-9213-089fb2930280','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W40','2026-10-01',480,90,'taakgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('9452bb7a-10b3-4bdd-a049-cf95569a2796','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W41','2026-10-08',480,90,'persoonsgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('1b5d8a63-35a1-45c1-ad62-d9c88bf08bc5','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W42','2026-10-15',480,90,'leerprocesgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('80288280-b804-4af7-9d72-81fc1a990f66','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W43','2026-10-22',480,90,'video','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('3ffa91a6-bca4-4653-b11d-003e8423cf4c','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W44','2026-10-29',480,90,'taakgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('e8ccf290-76f2-4664-b4b9-0a2d13436832','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W45','2026-11-05',480,90,'taakgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('0b7f93a7-8644-484c-a23b-7db6f0611766','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W46','2026-11-12',480,90,'persoonsgericht','held','ccb2be52-47b3-4721-a726-d3a3af7a5018','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('f988bcc3-b29f-4181-8142-9dd13d0db881','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W47','2026-11-19',480,90,'leerprocesgericht','held','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','',replace('Besproken: "NHG-standaard Diabetes", insuline;\nvolgende keer één KPB — ü, €','\n',char(10)),'','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('616dc56d-e55c-489d-8e47-58068a63f770','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W48','2026-11-26',480,90,'video','planned','ccb2be52-47b3-4721-a726-d3a3af7a5018','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('45f7aba3-ad7d-4b33-8a4c-fb408bcb5ce1','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W49','2026-12-03',480,90,'coassistent','planned','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('7eb85786-c79d-45c8-b24a-f72548b7f026','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W50','2026-12-10',480,90,'coassistent','planned','ccb2be52-47b3-4721-a726-d3a3af7a5018','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('15a08cb9-cb02-4896-8164-9a1f6b92fcb3','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-W51','2026-12-17',480,90,'coassistent','planned','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('8cd7518e-7dc2-480b-94a6-9ccfe88680d5','240634fc-97a5-43b4-8a7c-e3e75e670950','2027-W01','2027-01-07',480,90,'coassistent','planned','ccb2be52-47b3-4721-a726-d3a3af7a5018','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leergesprek VALUES('1eedfc89-0ee2-4b43-9596-b40a0859b220','240634fc-97a5-43b4-8a7c-e3e75e670950','2027-W02','2027-01-14',480,90,'taakgericht','planned','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','','','','','','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO form_definition VALUES('0a54fe38-4a32-821b-84e3-7008b2e5debf','combel',1,'combel','914231003415d1c8a605d3614f78c89bf5249313eca05bec2360aa5bd1a96e81',replace('{\n  "format": 1,\n  "id": "combel",\n  "version": 1,\n  "kind": "combel",\n  "title": "ComBel: competentiebeoordeling",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst van de ComBel. De zeven competentiegebieden zijn die van de huisartsopleiding; de items zijn een voorbeeld dat een instituut door zijn eigen definitie kan vervangen.",\n  "source": "Competentiegebieden: domain.md ''ComBel'' (huisartsopleiding.nl, Toetsaanbod). Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    { "role": "aios", "subject": "aios", "label": "Zelfbeoordeling" },\n    { "role": "opleider", "subject": "aios", "label": "Beoordeling door de opleider" },\n    { "role": "docent", "subject": "aios", "label": "Beoordeling door de docent" }\n  ],\n  "scales": [\n    {\n      "id": "ovg",\n      "title": "Beoordeling",\n      "options": [\n        { "value": "onvoldoende", "label": "Onvoldoende", "rank": 1 },\n        { "value": "voldoende", "label": "Voldoende", "rank": 2 },\n        { "value": "goed", "label": "Goed", "rank": 3 },\n        { "value": "nvt", "label": "n.v.t. / niet te beoordelen" }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "medisch-handelen",\n      "title": "Medisch handelen",\n      "competentiegebied": "medisch-handelen",\n      "items": [\n        { "id": "mh-anamnese", "type": "scale", "scale": "ovg", "text": "Neemt een gerichte anamnese af en verheldert de hulpvraag" },\n        { "id": "mh-onderzoek", "type": "scale", "scale": "ovg", "text": "Verricht gericht lichamelijk en aanvullend onderzoek" },\n        { "id": "mh-beleid", "type": "scale", "scale": "ovg", "text": "Komt tot een werkhypothese en een beleid volgens de NHG-standaarden" },\n        { "id": "mh-spoed", "type": "scale", "scale": "ovg", "text": "Herkent urgente situaties en handelt daarnaar" }\n      ]\n    },\n    {\n      "id": "communicatie",\n      "title": "Communicatie",\n      "competentiegebied": "communicatie",\n      "items": [\n        { "id": "co-relatie", "type": "scale", "scale": "ovg", "text": "Bouwt een effectieve behandelrelatie op met de patiënt" },\n        { "id": "co-uitleg", "type": "scale", "scale": "ovg", "text": "Geeft begrijpelijke uitleg en controleert of die is begrepen" },\n        { "id": "co-besluit", "type": "scale", "scale": "ovg", "text": "Komt samen met de patiënt tot een besluit" }\n      ]\n    },\n    {\n      "id": "samenwerken",\n      "title": "Samenwerken",\n      "competentiegebied": "samenwerken",\n      "items": [\n        { "id": "sa-praktijk", "type": "scale", "scale": "ovg", "text": "Werkt samen met assistentes, POH en collega''s in de praktijk" },\n        { "id": "sa-verwijzen", "type": "scale", "scale": "ovg", "text": "Verwijst en overlegt doelmatig met de tweede lijn en andere zorgverleners" },\n        { "id": "sa-overdracht", "type": "scale", "scale": "ovg", "text": "Draagt zorg helder en tijdig over" }\n      ]\n    },\n    {\n      "id": "kennis-en-wetenschap",\n      "title": "Kennis en wetenschap",\n      "competentiegebied": "kennis-en-wetenschap",\n      "items": [\n        { "id": "kw-leervragen", "type": "scale", "scale": "ovg", "text": "Formuleert leervragen en zoekt gericht naar antwoorden" },\n        { "id": "kw-ebm", "type": "scale", "scale": "ovg", "text": "Beoordeelt literatuur en richtlijnen kritisch en past ze toe" },\n        { "id": "kw-onderwijs", "type": "scale", "scale": "ovg", "text": "Draagt kennis over aan anderen (coassistent, praktijkmedewerkers)" }\n      ]\n    },\n    {\n      "id": "maatschappelijk-handelen",\n      "title": "Maatschappelijk handelen",\n      "competentiegebied": "maatschappelijk-handelen",\n      "items": [\n        { "id": "ma-preventie", "type": "scale", "scale": "ovg", "text": "Heeft oog voor preventie en gezondheidsbevordering" },\n        { "id": "ma-kosten", "type": "scale", "scale": "ovg", "text": "Gaat doelmatig om met middelen en kosten in de zorg" },\n        { "id": "ma-wetgeving", "type": "scale", "scale": "ovg", "text": "Handelt volgens wet- en regelgeving (WGBO, privacy, meldcode)" }\n      ]\n    },\n    {\n      "id": "organisatie",\n      "title": "Organisatie",\n      "competentiegebied": "organisatie",\n      "items": [\n        { "id": "or-tijd", "type": "scale", "scale": "ovg", "text": "Plant het eigen werk en houdt het spreekuur op tijd" },\n        { "id": "or-dossier", "type": "scale", "scale": "ovg", "text": "Registreert volledig en volgens de ICPC-codering" },\n        { "id": "or-praktijk", "type": "scale", "scale": "ovg", "text": "Kent de organisatie van de praktijk en draagt eraan bij" }\n      ]\n    },\n    {\n      "id": "professionaliteit",\n      "title": "Professionaliteit",\n      "competentiegebied": "professionaliteit",\n      "items": [\n        { "id": "pr-reflectie", "type": "scale", "scale": "ovg", "text": "Reflecteert op het eigen handelen en vraagt om feedback" },\n        { "id": "pr-grenzen", "type": "scale", "scale": "ovg", "text": "Kent de eigen grenzen en vraagt tijdig om hulp" },\n        { "id": "pr-ethiek", "type": "scale", "scale": "ovg", "text": "Handelt integer en respectvol, ook in lastige situaties" }\n      ]\n    },\n    {\n      "id": "leerdoelen",\n      "title": "Leerdoelen tot de volgende ComBel",\n      "help": "Twee of drie leerdoelen, besproken met de opleider; ze komen terug in de volgende leergesprekken.",\n      "roles": [ "aios" ],\n      "items": [\n        { "id": "leerdoel-1", "type": "text", "text": "Leerdoel 1", "required": true },\n        { "id": "leerdoel-2", "type": "text", "text": "Leerdoel 2", "required": true },\n        { "id": "leerdoel-3", "type": "text", "text": "Leerdoel 3 (niet verplicht)" }\n      ]\n    },\n    {\n      "id": "toelichting",\n      "title": "Toelichting",\n      "items": [\n        { "id": "sterke-punten", "type": "text", "text": "Sterke punten" },\n        { "id": "aandachtspunten", "type": "text", "text": "Aandachtspunten" }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_definition VALUES('71e4ad04-ad3c-8c71-b11d-2fbf3cd69e61','leoh',1,'leoh','ba4954519303d7478eea7ad1ec35871e77c921ce3d6e28a32d5a4cc36b8cadfe',replace('{\n  "format": 1,\n  "id": "leoh",\n  "version": 1,\n  "kind": "leoh",\n  "title": "LEOh: evaluatie van de opleider",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst van de Landelijke Evaluatie Opleiders huisartsgeneeskunde. Een instituut kan zijn eigen definitie laden.",\n  "source": "Opzet: domain.md ''LEOh'' (handleiding, kwaliteitsplan). Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    { "role": "aios", "subject": "opleider", "label": "Evaluatie van de opleider door de aios" },\n    { "role": "opleider", "subject": "self", "label": "Zelfevaluatie van de opleider" }\n  ],\n  "scales": [\n    {\n      "id": "eens",\n      "title": "In hoeverre klopt dit?",\n      "options": [\n        { "value": "helemaal-oneens", "label": "Helemaal oneens", "rank": 1 },\n        { "value": "oneens", "label": "Oneens", "rank": 2 },\n        { "value": "neutraal", "label": "Neutraal", "rank": 3 },\n        { "value": "eens", "label": "Eens", "rank": 4 },\n        { "value": "helemaal-eens", "label": "Helemaal eens", "rank": 5 },\n        { "value": "nvt", "label": "n.v.t." }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "leerklimaat",\n      "title": "Leerklimaat",\n      "items": [\n        { "id": "lk-veilig", "type": "scale", "scale": "eens", "text": "De opleider zorgt voor een veilig leerklimaat" },\n        { "id": "lk-beschikbaar", "type": "scale", "scale": "eens", "text": "De opleider is bereikbaar en beschikbaar voor vragen en supervisie" },\n        { "id": "lk-betrokken", "type": "scale", "scale": "eens", "text": "De opleider toont belangstelling voor de aios als persoon" }\n      ]\n    },\n    {\n      "id": "leergesprek",\n      "title": "Leergesprek",\n      "items": [\n        { "id": "lg-wekelijks", "type": "scale", "scale": "eens", "text": "Het leergesprek vindt elke week plaats, op een vaste tijd" },\n        { "id": "lg-leervragen", "type": "scale", "scale": "eens", "text": "Het leergesprek sluit aan bij mijn leervragen" },\n        { "id": "lg-variatie", "type": "scale", "scale": "eens", "text": "Taak-, persoons- en leerprocesgerichte gesprekken en video wisselen elkaar af" }\n      ]\n    },\n    {\n      "id": "feedback",\n      "title": "Feedback en beoordeling",\n      "items": [\n        { "id": "fb-concreet", "type": "scale", "scale": "eens", "text": "De opleider geeft concrete, bruikbare feedback (een top en een tip)" },\n        { "id": "fb-observatie", "type": "scale", "scale": "eens", "text": "De opleider observeert mij regelmatig (KPB/KVB, video, meekijken)" },\n        { "id": "fb-eerlijk", "type": "scale", "scale": "eens", "text": "De beoordeling is eerlijk en onderbouwd" }\n      ]\n    },\n    {\n      "id": "rolmodel",\n      "title": "De opleider als rolmodel",\n      "items": [\n        { "id": "rm-vakinhoud", "type": "scale", "scale": "eens", "text": "De opleider is een inhoudelijk goed voorbeeld als huisarts" },\n        { "id": "rm-reflectie", "type": "scale", "scale": "eens", "text": "De opleider reflecteert op het eigen handelen en staat open voor feedback" }\n      ]\n    },\n    {\n      "id": "organisatie",\n      "title": "Organisatie van de opleiding in de praktijk",\n      "items": [\n        { "id": "org-spreekuur", "type": "scale", "scale": "eens", "text": "Het spreekuur van de aios is goed georganiseerd en haalbaar" },\n        { "id": "org-diensten", "type": "scale", "scale": "eens", "text": "De diensten met de opleider zijn goed geregeld" }\n      ]\n    },\n    {\n      "id": "tot-slot",\n      "title": "Tot slot",\n      "items": [\n        { "id": "top", "type": "text", "text": "Wat doet de opleider goed? (top)", "required": true },\n        { "id": "tip", "type": "text", "text": "Wat kan de opleider beter doen? (tip)", "required": true },\n        { "id": "overig", "type": "text", "text": "Overige opmerkingen" }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_definition VALUES('9df3f4fa-4347-8cc3-b72b-ffb861d649e4','voortgangsadvies',1,'voortgangsadvies','0a48f3de7bfa33e984cd0d37ed5d8cee583c192f8128f345d74e3e8ee165864b',replace('{\n  "format": 1,\n  "id": "voortgangsadvies",\n  "version": 1,\n  "kind": "voortgangsadvies",\n  "title": "Voortgangsadvies van de opleider",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst. Het advies van de opleider voor het voortgangsgesprek (fase I na 6 en 9 maanden, fase II na 3 en 8 maanden).",\n  "source": "Momenten: domain.md ''The training year''. Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    {\n      "role": "opleider",\n      "subject": "aios",\n      "label": "Voortgangsadvies"\n    }\n  ],\n  "scales": [\n    {\n      "id": "advies",\n      "title": "Advies",\n      "options": [\n        {\n          "value": "voldoende",\n          "label": "Voldoende voortgang",\n          "rank": 3\n        },\n        {\n          "value": "twijfel",\n          "label": "Twijfel over de voortgang",\n          "rank": 2\n        },\n        {\n          "value": "onvoldoende",\n          "label": "Onvoldoende voortgang",\n          "rank": 1\n        }\n      ]\n    },\n    {\n      "id": "ovg",\n      "title": "Beoordeling",\n      "options": [\n        {\n          "value": "onvoldoende",\n          "label": "Onvoldoende",\n          "rank": 1\n        },\n        {\n          "value": "voldoende",\n          "label": "Voldoende",\n          "rank": 2\n        },\n        {\n          "value": "goed",\n          "label": "Goed",\n          "rank": 3\n        }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "voortgang",\n      "title": "Voortgang",\n      "items": [\n        {\n          "id": "combel-beeld",\n          "type": "scale",\n          "scale": "ovg",\n          "text": "Beeld uit de ComBel en de KPB/KVB''s"\n        },\n        {\n          "id": "leerdoelen-behaald",\n          "type": "scale",\n          "scale": "ovg",\n          "text": "Werken aan en halen van de leerdoelen"\n        },\n        {\n          "id": "tempo",\n          "type": "scale",\n          "scale": "ovg",\n          "text": "Opbouw van het spreekuur (patiënten per uur) volgens verwachting"\n        }\n      ]\n    },\n    {\n      "id": "advies",\n      "title": "Advies",\n      "items": [\n        {\n          "id": "advies",\n          "type": "scale",\n          "scale": "advies",\n          "text": "Advies over de voortgang"\n        },\n        {\n          "id": "onderbouwing",\n          "type": "text",\n          "text": "Onderbouwing van het advies",\n          "required": true\n        },\n        {\n          "id": "afspraken",\n          "type": "text",\n          "text": "Afspraken en aandachtspunten voor de komende periode"\n        }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_definition VALUES('8319f756-76e0-8cfa-ab8a-6318b43d85d4','kpb',1,'kpb','d8b3924099502ac7114c8c03a7e695e764dc2d3ebdb4dba43a047799e1bfeed2',replace('{\n  "format": 1,\n  "id": "kpb",\n  "version": 1,\n  "kind": "kpb",\n  "title": "KPB: korte praktijkbeoordeling",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst. Een korte, geobserveerde beoordeling van een consult in de praktijk.",\n  "source": "Opzet: domain.md ''The training year'' (KPB/KVB: ongeveer één per week, zo''n 40 per jaar). Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    {\n      "role": "opleider",\n      "subject": "aios",\n      "label": "Beoordeling door de opleider"\n    }\n  ],\n  "scales": [\n    {\n      "id": "competentiegebieden",\n      "title": "Competentiegebied",\n      "options": [\n        {\n          "value": "medisch-handelen",\n          "label": "Medisch handelen"\n        },\n        {\n          "value": "communicatie",\n          "label": "Communicatie"\n        },\n        {\n          "value": "samenwerken",\n          "label": "Samenwerken"\n        },\n        {\n          "value": "kennis-en-wetenschap",\n          "label": "Kennis en wetenschap"\n        },\n        {\n          "value": "maatschappelijk-handelen",\n          "label": "Maatschappelijk handelen"\n        },\n        {\n          "value": "organisatie",\n          "label": "Organisatie"\n        },\n        {\n          "value": "professionaliteit",\n          "label": "Professionaliteit"\n        }\n      ]\n    },\n    {\n      "id": "ovg",\n      "title": "Beoordeling",\n      "options": [\n        {\n          "value": "onvoldoende",\n          "label": "Onvoldoende",\n          "rank": 1\n        },\n        {\n          "value": "voldoende",\n          "label": "Voldoende",\n          "rank": 2\n        },\n        {\n          "value": "goed",\n          "label": "Goed",\n          "rank": 3\n        }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "beoordeling",\n      "title": "KPB: korte praktijkbeoordeling",\n      "items": [\n        {\n          "id": "onderwerp",\n          "type": "text",\n          "text": "Wat is geobserveerd (consult, klacht, situatie)",\n          "required": true\n        },\n        {\n          "id": "competentiegebied",\n          "type": "scale",\n          "scale": "competentiegebieden",\n          "text": "Competentiegebied"\n        },\n        {\n          "id": "score",\n          "type": "scale",\n          "scale": "ovg",\n          "text": "Beoordeling"\n        },\n        {\n          "id": "feedback",\n          "type": "text",\n          "text": "Feedback (een top en een tip)",\n          "required": true\n        }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_definition VALUES('4baeeee8-1310-830f-bcc9-0167ea731186','kvb',1,'kvb','4b0c5fa0ac38142baf8ec4d97a18642549695f6277bc2a75fa12a27770bbd21a',replace('{\n  "format": 1,\n  "id": "kvb",\n  "version": 1,\n  "kind": "kvb",\n  "title": "KVB: korte vaardigheidsbeoordeling",\n  "official": false,\n  "language": "nl",\n  "description": "Bewerkbare definitie, niet de officiële itemtekst. Een korte, geobserveerde beoordeling van een vaardigheid (verrichting).",\n  "source": "Opzet: domain.md ''The training year'' (KPB/KVB: ongeveer één per week, zo''n 40 per jaar). Items: Opleidingspraktijk, bewerkbaar.",\n  "about": "Nederlandstalige gegevens, geen gettext-teksten: het formulier is een Nederlands document. Verander niets zonder ''version'' te verhogen.",\n  "fillers": [\n    {\n      "role": "opleider",\n      "subject": "aios",\n      "label": "Beoordeling door de opleider"\n    }\n  ],\n  "scales": [\n    {\n      "id": "competentiegebieden",\n      "title": "Competentiegebied",\n      "options": [\n        {\n          "value": "medisch-handelen",\n          "label": "Medisch handelen"\n        },\n        {\n          "value": "communicatie",\n          "label": "Communicatie"\n        },\n        {\n          "value": "samenwerken",\n          "label": "Samenwerken"\n        },\n        {\n          "value": "kennis-en-wetenschap",\n          "label": "Kennis en wetenschap"\n        },\n        {\n          "value": "maatschappelijk-handelen",\n          "label": "Maatschappelijk handelen"\n        },\n        {\n          "value": "organisatie",\n          "label": "Organisatie"\n        },\n        {\n          "value": "professionaliteit",\n          "label": "Professionaliteit"\n        }\n      ]\n    },\n    {\n      "id": "bekwaamheid",\n      "title": "Bekwaamheid",\n      "options": [\n        {\n          "value": "nog-niet",\n          "label": "Nog niet bekwaam",\n          "rank": 1\n        },\n        {\n          "value": "direct-toezicht",\n          "label": "Bekwaam onder direct toezicht",\n          "rank": 2\n        },\n        {\n          "value": "indirect-toezicht",\n          "label": "Bekwaam onder indirect toezicht",\n          "rank": 3\n        },\n        {\n          "value": "zelfstandig",\n          "label": "Zelfstandig bekwaam",\n          "rank": 4\n        }\n      ]\n    }\n  ],\n  "sections": [\n    {\n      "id": "beoordeling",\n      "title": "KVB: korte vaardigheidsbeoordeling",\n      "items": [\n        {\n          "id": "onderwerp",\n          "type": "text",\n          "text": "Welke vaardigheid is geobserveerd",\n          "required": true\n        },\n        {\n          "id": "competentiegebied",\n          "type": "scale",\n          "scale": "competentiegebieden",\n          "text": "Competentiegebied"\n        },\n        {\n          "id": "score",\n          "type": "scale",\n          "scale": "bekwaamheid",\n          "text": "Beoordeling"\n        },\n        {\n          "id": "feedback",\n          "type": "text",\n          "text": "Feedback (een top en een tip)",\n          "required": true\n        }\n      ]\n    }\n  ]\n}\n','\n',char(10)),'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO form VALUES('dd284b9d-76c9-4232-8857-9328e7900600','combel',1,'combel','9ce7cac1-7e1c-4422-a465-1a25abd66004','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','aios',3,'2026-09-28','discussed','2026-09-28','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','2026-10-06',1,NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form VALUES('31cb81ec-e28e-4d53-a924-bc791b6f7b63','combel',1,'combel','9ce7cac1-7e1c-4422-a465-1a25abd66004','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','ccb2be52-47b3-4721-a726-d3a3af7a5018','opleider',3,'2026-09-28','discussed','2026-09-30','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-10-06',0,NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form VALUES('d1eb195f-c937-4da9-9de5-551ffc98b3ed','combel',1,'combel','9ce7cac1-7e1c-4422-a465-1a25abd66004','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','aios',6,'2026-11-21','draft',NULL,NULL,NULL,0,NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form VALUES('3dd7032b-8def-4bff-8858-b26625641769','leoh',1,'leoh','9ce7cac1-7e1c-4422-a465-1a25abd66004','ccb2be52-47b3-4721-a726-d3a3af7a5018','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','aios',3,'2026-09-29','discussed','2026-09-29','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','2026-10-06',1,NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form VALUES('8f0a7e34-cb7a-4e86-9035-fe3616798b9b','leoh',1,'leoh','9ce7cac1-7e1c-4422-a465-1a25abd66004','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','1e75fb7c-c4c4-41c9-b621-07bf22145cf1','aios',3,'2026-09-29','final','2026-09-29','1e75fb7c-c4c4-41c9-b621-07bf22145cf1',NULL,1,NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form VALUES('72efd1ed-9ad3-4451-8c48-669ad29c0391','voortgangsadvies',1,'voortgangsadvies','240634fc-97a5-43b4-8a7c-e3e75e670950','75f8f932-bff4-43f4-8610-ea6678df8889','ccb2be52-47b3-4721-a726-d3a3af7a5018','opleider',3,'2026-08-03','discussed','2026-08-04','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-08-07',0,NULL,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO form_answer VALUES('c962e651-ed99-4610-bbfb-5743dd2251c6','dd284b9d-76c9-4232-8857-9328e7900600','mh-anamnese','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('027ed622-cbe6-471e-b94c-f6e16eab9a17','dd284b9d-76c9-4232-8857-9328e7900600','mh-onderzoek','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('15413465-b492-4f62-931d-207220f0ec1a','dd284b9d-76c9-4232-8857-9328e7900600','mh-beleid','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('9c68c01f-cd2a-4575-8f51-df2900f347c6','dd284b9d-76c9-4232-8857-9328e7900600','mh-spoed','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('31036dc4-d60b-4e0a-b889-52a567adb99c','dd284b9d-76c9-4232-8857-9328e7900600','co-relatie','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('e1141d4c-2567-47e1-8b49-7e25d0a5fae0','dd284b9d-76c9-4232-8857-9328e7900600','co-uitleg','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('31342a3f-fa26-4775-9ab3-950bca1928e9','dd284b9d-76c9-4232-8857-9328e7900600','co-besluit','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('155df3f9-49b2-418b-8e41-7aad0f0d857a','dd284b9d-76c9-4232-8857-9328e7900600','sa-praktijk','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('c80a0e4d-36ee-4d77-a07b-13c3c01e754a','dd284b9d-76c9-4232-8857-9328e7900600','sa-verwijzen','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('633482c2-9016-4ee0-91ab-362003ae72e0','dd284b9d-76c9-4232-8857-9328e7900600','sa-overdracht','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('ee43c086-48b7-43eb-922b-c80107618c76','dd284b9d-76c9-4232-8857-9328e7900600','kw-leervragen','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('d73f2cfd-99bc-4112-b8c4-12b33e73691b','dd284b9d-76c9-4232-8857-9328e7900600','kw-ebm','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('032eea1f-029e-4765-80d9-8f50a3806cb3','dd284b9d-76c9-4232-8857-9328e7900600','kw-onderwijs','nvt','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('733a7328-8a00-4b2f-9509-a96c9fd7d067','dd284b9d-76c9-4232-8857-9328e7900600','ma-preventie','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('1a72c907-d1ed-4326-acad-aa3396ecf844','dd284b9d-76c9-4232-8857-9328e7900600','ma-kosten','onvoldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('c571eae3-4181-4c48-bdb4-000cad1619f1','dd284b9d-76c9-4232-8857-9328e7900600','ma-wetgeving','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('840f018d-2ec8-4698-a1cd-64dad108b622','dd284b9d-76c9-4232-8857-9328e7900600','or-tijd','voldoende','Ik loop nog vaak uit, vooral in de middag.','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('15fc4dca-1ba1-4b0e-b172-c1f6c2d16624','dd284b9d-76c9-4232-8857-9328e7900600','or-dossier','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('c88b50f6-621b-4403-bc76-a17bbdd02c13','dd284b9d-76c9-4232-8857-9328e7900600','or-praktijk','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('6e52a6d8-41a5-4b3c-8d33-783d9dd1094d','dd284b9d-76c9-4232-8857-9328e7900600','pr-reflectie','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('b4f8b262-f2b7-407c-9a21-69132d5179c6','dd284b9d-76c9-4232-8857-9328e7900600','pr-grenzen','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('1339abd4-70c9-4bbc-bc96-55eb9097154c','dd284b9d-76c9-4232-8857-9328e7900600','pr-ethiek','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('772dcc26-75c9-4ed2-87b1-833e0391106f','dd284b9d-76c9-4232-8857-9328e7900600','leerdoel-1','Binnen de tijd blijven: consulten van tien minuten.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('18288899-299b-4cfb-b485-506d10d7f433','dd284b9d-76c9-4232-8857-9328e7900600','leerdoel-2','Verwijsbrieven volledig en op tijd.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('f3c93cd1-ba95-4c66-9a93-44d33ea54eef','dd284b9d-76c9-4232-8857-9328e7900600','sterke-punten','Contact met patiënten, reflectie.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('d43fe1ba-ef9f-4d04-99dd-7f45ca94de72','31cb81ec-e28e-4d53-a924-bc791b6f7b63','mh-anamnese','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('359ea455-a28f-4e86-8226-5860404f1e43','31cb81ec-e28e-4d53-a924-bc791b6f7b63','mh-onderzoek','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('ff4b04f6-45a3-4a2c-8a4b-6d379d38c058','31cb81ec-e28e-4d53-a924-bc791b6f7b63','mh-beleid','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('054f020f-7d5c-47d5-87d1-844666e34a5f','31cb81ec-e28e-4d53-a924-bc791b6f7b63','mh-spoed','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('918ab06f-b8c0-4d6a-bd68-2545e562ec46','31cb81ec-e28e-4d53-a924-bc791b6f7b63','co-relatie','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('b60b51c6-1221-4d87-a24c-6bef52e4b734','31cb81ec-e28e-4d53-a924-bc791b6f7b63','co-uitleg','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('46e608d5-41b5-4f34-8cc5-4694896432b0','31cb81ec-e28e-4d53-a924-bc791b6f7b63','co-besluit','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('070bfec0-5a2d-4ae8-b0f4-a0a67388319b','31cb81ec-e28e-4d53-a924-bc791b6f7b63','sa-praktijk','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('7fc1a3c4-a054-4f88-ad5d-670b2b76f059','31cb81ec-e28e-4d53-a924-bc791b6f7b63','sa-verwijzen','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('af6d6ac6-0329-4c61-88a7-7722df1e084a','31cb81ec-e28e-4d53-a924-bc791b6f7b63','sa-overdracht','onvoldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('be5fb6c9-55f3-40a4-9406-eaad6b542acb','31cb81ec-e28e-4d53-a924-bc791b6f7b63','kw-leervragen','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('797f1828-c5c2-403a-8ac7-486e85076885','31cb81ec-e28e-4d53-a924-bc791b6f7b63','kw-ebm','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('4d7b92cc-aa5f-4add-88d7-d74281cb0a41','31cb81ec-e28e-4d53-a924-bc791b6f7b63','kw-onderwijs','nvt','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('85dd4c9c-b106-4998-9321-bbabb478b2a8','31cb81ec-e28e-4d53-a924-bc791b6f7b63','ma-preventie','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('8b025bfa-3943-4278-9a96-5e8f65ca9faa','31cb81ec-e28e-4d53-a924-bc791b6f7b63','ma-kosten','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('6e9fa627-7e85-4f25-ab74-be000fba1906','31cb81ec-e28e-4d53-a924-bc791b6f7b63','ma-wetgeving','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('38a32879-cdc0-4ed3-801a-0c7ea9c2ce44','31cb81ec-e28e-4d53-a924-bc791b6f7b63','or-tijd','onvoldoende','Gemiddeld twintig minuten uitloop; plan buffers in.','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('98311733-60d5-40d2-a896-40e052c7ef7b','31cb81ec-e28e-4d53-a924-bc791b6f7b63','or-dossier','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('8b76b0d7-d6fb-4c5a-8df5-4ff16869a11c','31cb81ec-e28e-4d53-a924-bc791b6f7b63','or-praktijk','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('81fc97d4-7d95-42b6-87d9-b18d5edb8f7b','31cb81ec-e28e-4d53-a924-bc791b6f7b63','pr-reflectie','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('ec1b3b14-39ce-42ea-95b9-38ea4f613d8a','31cb81ec-e28e-4d53-a924-bc791b6f7b63','pr-grenzen','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('2fb95f40-6388-4fba-914e-21a8a79f8aef','31cb81ec-e28e-4d53-a924-bc791b6f7b63','pr-ethiek','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('e6f54715-40b2-4b75-88ad-8cd8fda92070','31cb81ec-e28e-4d53-a924-bc791b6f7b63','sterke-punten','Empathisch en leergierig; vraagt goed om feedback.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('2facf23a-0052-4205-94da-e24fb47b3843','31cb81ec-e28e-4d53-a924-bc791b6f7b63','aandachtspunten','Tijdsmanagement en overdracht naar de tweede lijn.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('8587c6e1-84f5-4e63-a0d3-81d0cbd0b89a','d1eb195f-c937-4da9-9de5-551ffc98b3ed','mh-anamnese','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('953360d3-985d-4023-a421-862025a68ad0','d1eb195f-c937-4da9-9de5-551ffc98b3ed','mh-onderzoek','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('45676ca9-a6b5-432f-b441-4fb6cd84d850','d1eb195f-c937-4da9-9de5-551ffc98b3ed','mh-beleid','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('4ce22e3c-2ab6-4fbf-9188-6b8b149a0f1d','d1eb195f-c937-4da9-9de5-551ffc98b3ed','mh-spoed','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('f7f3eeb2-ee13-4031-a7f1-6ddfd5554d1b','d1eb195f-c937-4da9-9de5-551ffc98b3ed','co-relatie','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('37019f93-38ce-42d4-a60a-753956bf7399','d1eb195f-c937-4da9-9de5-551ffc98b3ed','co-uitleg','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('14a52f9e-1b90-40be-a348-78f6b2643e5a','d1eb195f-c937-4da9-9de5-551ffc98b3ed','co-besluit','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('f89f770a-0d8c-4d77-9068-e29c94a3d612','3dd7032b-8def-4bff-8858-b26625641769','lk-veilig','helemaal-eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('7069034d-5b37-4955-8d2c-41e4e37d7dde','3dd7032b-8def-4bff-8858-b26625641769','lk-beschikbaar','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('a0e5800e-a12e-4342-a990-d3d98b6c1eb7','3dd7032b-8def-4bff-8858-b26625641769','lk-betrokken','helemaal-eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('31195463-e46c-439a-b2ed-b9557d677a23','3dd7032b-8def-4bff-8858-b26625641769','lg-wekelijks','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('4a6ae23b-d78e-4dc9-805b-596e7d54f9a3','3dd7032b-8def-4bff-8858-b26625641769','lg-leervragen','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('bca9e8ad-3088-4230-bd29-799d11db1851','3dd7032b-8def-4bff-8858-b26625641769','lg-variatie','neutraal','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('6748810f-1f18-4fd0-ad40-1c8363bea31b','3dd7032b-8def-4bff-8858-b26625641769','fb-concreet','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('0aa7628e-91ed-4396-84b5-7732486813c6','3dd7032b-8def-4bff-8858-b26625641769','fb-observatie','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('e5b77d92-f6eb-49d4-ac8e-bef54d413cb4','3dd7032b-8def-4bff-8858-b26625641769','fb-eerlijk','helemaal-eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('d03078b0-9b47-422a-92b9-27afd79f0920','3dd7032b-8def-4bff-8858-b26625641769','rm-vakinhoud','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('d2a0b86b-2143-46d1-8bd2-a8dd1c69e9c9','3dd7032b-8def-4bff-8858-b26625641769','rm-reflectie','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('f17554dd-fd3f-4baf-a51e-4f7251380eb5','3dd7032b-8def-4bff-8858-b26625641769','org-spreekuur','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('d8743643-a5bc-4031-8655-d7bbdbb569df','3dd7032b-8def-4bff-8858-b26625641769','org-diensten','neutraal','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('db69e6bd-f4ee-4584-9f11-bf9fdb8bd657','3dd7032b-8def-4bff-8858-b26625641769','top','Neemt altijd de tijd voor mijn vragen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('ae0f501f-eb57-48f7-b0ba-dce65dd44cfc','3dd7032b-8def-4bff-8858-b26625641769','tip','Plan het leergesprek niet aan het eind van de dag.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('ab60e466-536c-4823-a8b7-e043b71ffc5f','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','lk-veilig','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('442ecbe5-6193-435f-b13a-a03570c7d8f3','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','lk-beschikbaar','helemaal-eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('e4a9d4a8-6267-42b0-8440-0e76822a5c67','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','lk-betrokken','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('6de8b41f-c1c5-4c56-bb9d-64a9564d3f94','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','lg-wekelijks','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('be61c2b8-d6e5-44fa-9964-b0b39a25860c','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','lg-leervragen','neutraal','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('ea985727-6a2b-4aa6-9abf-8a166b7cd064','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','lg-variatie','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('ee613ca1-bab7-4374-8fbb-779267ed7692','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','fb-concreet','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('ab00cc9d-cd80-4c2b-bf9e-d3053a0585ea','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','fb-observatie','helemaal-eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('cab3452a-895e-4496-8f00-29f963b31303','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','fb-eerlijk','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('70418ef6-6124-40f0-82af-396a33cf16de','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','rm-vakinhoud','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('266dea60-b4ee-468a-8fb2-5a1d3d17ff07','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','rm-reflectie','eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('e26ce942-6e8a-405a-91c8-6d64fe6143c2','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','org-spreekuur','neutraal','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('0001a3de-0e3a-4b7f-86a3-88b4f065684f','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','org-diensten','helemaal-eens','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('dad9a8be-fe0d-4c0a-8f54-a51b286f8010','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','top','Sterk in het nabespreken van visites.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('cad13d2c-44c9-40f0-b7ef-dcae78e126c8','8f0a7e34-cb7a-4e86-9035-fe3616798b9b','tip','Geef vaker ongevraagd feedback.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('060200e3-4e25-4182-806b-017100b604a8','72efd1ed-9ad3-4451-8c48-669ad29c0391','combel-beeld','goed','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('aa0f34e3-1194-4475-8741-618522b45fe6','72efd1ed-9ad3-4451-8c48-669ad29c0391','leerdoelen-behaald','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('395ffccb-e8e0-4d52-97e6-b08e0bacf61b','72efd1ed-9ad3-4451-8c48-669ad29c0391','tempo','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('9c6634f4-4dc5-4750-b199-c0ce372b3ace','72efd1ed-9ad3-4451-8c48-669ad29c0391','advies','voldoende','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('5ea1b5de-82d6-4306-ae59-8d0a8e3b9aa3','72efd1ed-9ad3-4451-8c48-669ad29c0391','onderbouwing','Zelfstandig, goede ComBel; werkt gericht aan de leerdoelen.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO form_answer VALUES('1925eb69-ddbb-4a79-b246-b510d7803f06','72efd1ed-9ad3-4451-8c48-669ad29c0391','afspraken','Voorbereiden op supervisie op afstand tijdens de diensten.','','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO kpb_entry VALUES('47e23515-6928-4da8-b598-818dc633497e','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-07-08','Consult hoofdpijn bij een jonge vrouw','medisch-handelen','voldoende','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','ccb2be52-47b3-4721-a726-d3a3af7a5018','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('46543e1d-6b31-4c2c-a125-d9e0ee2707a4','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-07-17','Telefonische triage kind met koorts','communicatie','voldoende','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('d17cd4df-fceb-4221-8dc2-7cbeff9eedff','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-07-26','Diabetescontrole met de POH','samenwerken','goed','Top: heldere uitleg. Tip: maak een vangnetafspraak.','ccb2be52-47b3-4721-a726-d3a3af7a5018','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('286d0b5a-52d3-4adb-b030-4cdaaf321bf9','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-08-04','Slecht-nieuwsgesprek na een uitslag','organisatie','voldoende','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('14daeaa1-3c94-4a77-9b60-c49d5540b949','9ce7cac1-7e1c-4422-a465-1a25abd66004','kvb','2026-08-13','Wondhechting na een snijwond','medisch-handelen','direct-toezicht','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','ccb2be52-47b3-4721-a726-d3a3af7a5018','kvb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('72f79da0-6b57-446e-a4ec-30426f156630','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-08-22','Consult lage rugpijn','professionaliteit','onvoldoende','Top: heldere uitleg. Tip: maak een vangnetafspraak.','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('dcdec98b-0b5c-4e63-8d20-24c6892893ca','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-08-31','Visite bij een oudere patiënt met verwardheid','medisch-handelen','goed','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','ccb2be52-47b3-4721-a726-d3a3af7a5018','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('e961f231-939d-4129-bf93-701e7a6b53f1','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-09-09','Consult vermoeidheid','communicatie','voldoende','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('64ff19a6-0577-414d-93e6-3a19a055782d','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-09-18','Consult pijn op de borst','kennis-en-wetenschap','voldoende','Top: heldere uitleg. Tip: maak een vangnetafspraak.','ccb2be52-47b3-4721-a726-d3a3af7a5018','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('c890b62c-0596-4b1e-9222-644699321287','9ce7cac1-7e1c-4422-a465-1a25abd66004','kvb','2026-09-27','Uitstrijkje','medisch-handelen','indirect-toezicht','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','kvb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('03783021-0a53-49bc-bc57-ab66d3c0de66','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-10-06','Consult eczeem bij een baby','medisch-handelen','goed','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','ccb2be52-47b3-4721-a726-d3a3af7a5018','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('ba3a9e1b-1819-426d-a724-1da007784697','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-10-15','Consult somberheid','communicatie','voldoende','Top: heldere uitleg. Tip: maak een vangnetafspraak.','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('82f77f51-27f4-485e-80cb-22b7ac6d3db7','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-10-24','Consult astma-exacerbatie','medisch-handelen','onvoldoende','Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.','ccb2be52-47b3-4721-a726-d3a3af7a5018','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('170c9277-bee9-4db8-973a-abe833ba37e7','9ce7cac1-7e1c-4422-a465-1a25abd66004','kpb','2026-11-02','Consult hypertensie, start medicatie','maatschappelijk-handelen','goed','Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','kpb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO kpb_entry VALUES('af50d5d8-01dc-4748-8395-98a3d450f0d1','9ce7cac1-7e1c-4422-a465-1a25abd66004','kvb','2026-11-11','Injectie in de schouder','medisch-handelen','direct-toezicht','Top: heldere uitleg. Tip: maak een vangnetafspraak.','ccb2be52-47b3-4721-a726-d3a3af7a5018','kvb',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
INSERT INTO dienst VALUES('da278ed5-c12f-4b97-a79f-d929b97f769c','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-07-11','avond','ccb2be52-47b3-4721-a726-d3a3af7a5018','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('729797b3-9c82-4131-a063-d448b172c6cb','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-07-27','weekend','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('39d7e95d-acfb-4ef0-a0b8-e9eda08dfe60','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-08-12','nacht','ccb2be52-47b3-4721-a726-d3a3af7a5018','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('db1b4523-7e9e-4265-be48-20175ce819a7','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-08-28','avond',NULL,'Dr. Pieters (waarnemer op de post)',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('d6e1307a-ea39-4d16-97e4-55dbc415b837','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-09-13','avond','ccb2be52-47b3-4721-a726-d3a3af7a5018','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('32d4d5ab-a383-4f75-8af0-97258142f57e','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-09-29','weekend','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('2da55003-b2f1-49a5-a192-c2da87cc8f8f','9ce7cac1-7e1c-4422-a465-1a25abd66004','2026-10-15','nacht','ccb2be52-47b3-4721-a726-d3a3af7a5018','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('28bb088c-4237-457c-8103-664aa54ab535','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-04-11','avond','ccb2be52-47b3-4721-a726-d3a3af7a5018','Dr. K. de Boer, waarnemer',0,replace(replace('Rustige nacht\r\ntwee visites','\r',char(13)),'\n',char(10)),'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('6d30f3c0-7ac5-4e8a-85ad-254a253bd9f1','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-04-27','weekend','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('26e81f1a-dd09-4af9-b3c2-bf17bfe957aa','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-05-13','nacht','ccb2be52-47b3-4721-a726-d3a3af7a5018','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('03da6a01-1a6b-4f8f-b2f8-31e8804f426a','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-05-29','avond',NULL,'Dr. Pieters (waarnemer op de post)',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('b8275c26-6cfb-46df-8e7a-80cb737ce0fd','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-06-14','avond','ccb2be52-47b3-4721-a726-d3a3af7a5018','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('8d61a402-422d-4f46-a60a-dae93e88ef65','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-06-30','weekend','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('d73b92fd-2d55-417b-8339-fdb9acec5acb','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-07-16','nacht','ccb2be52-47b3-4721-a726-d3a3af7a5018','',0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('3c351092-6c2e-4416-bfde-2a9a0b41264b','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-08-01','avond','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','',1,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('a62565f8-af54-47fd-a455-a5f52ba6d915','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-08-17','avond','ccb2be52-47b3-4721-a726-d3a3af7a5018','',1,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('60e8eedf-fdd8-4acd-9b2a-7c446204376d','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-09-02','weekend','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','',1,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('bf699b48-6504-4dc1-8e7a-8a7b1cab4453','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-09-18','nacht','ccb2be52-47b3-4721-a726-d3a3af7a5018','',1,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO dienst VALUES('61461656-05c8-43e5-9400-65cd8e8e5dc4','240634fc-97a5-43b4-8a7c-e3e75e670950','2026-10-04','avond','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','',1,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
CREATE TABLE scholing (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
  kind TEXT NOT NULL CHECK (kind IN ('startersdag', 'leergang', 'paralleldag',
                                      'opleiderstweedaagse', 'leergang6-alternative', 'other')),
  leergang INTEGER CHECK (CASE WHEN kind = 'leergang'
    THEN leergang IS NOT NULL AND leergang BETWEEN 1 AND 6 ELSE leergang IS NULL END),
  leergang_day INTEGER CHECK (CASE WHEN kind = 'leergang'
    THEN leergang_day IS NOT NULL AND leergang_day BETWEEN 1 AND 8 ELSE leergang_day IS NULL END),
  alternative TEXT CHECK (CASE WHEN kind = 'leergang6-alternative'
    THEN alternative IS NOT NULL AND length (alternative) BETWEEN 1 AND 64 ELSE alternative IS NULL END),
  title TEXT NOT NULL DEFAULT '' CHECK (length (title) <= 200
                                        AND (kind IS NOT 'other' OR length (trim (title)) > 0)),
  half_day INTEGER NOT NULL DEFAULT 0 CHECK (half_day IN (0, 1)),
  attended INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),
  replacement_done INTEGER NOT NULL DEFAULT 0 CHECK (replacement_done IN (0, 1)
    AND (replacement_done = 0 OR (kind = 'leergang' AND (attended = 0 OR half_day = 1)))),
  note TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 2000),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
) STRICT;
INSERT INTO scholing VALUES('3f9cdcb1-8aec-406b-a358-08abbcfbf89a','ccb2be52-47b3-4721-a726-d3a3af7a5018','2019-03-21','startersdag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('1cd13512-e888-4e64-b5ca-964e5db023e5','ccb2be52-47b3-4721-a726-d3a3af7a5018','2019-03-22','startersdag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('6a12958c-9771-4747-8ebc-070133d81580','ccb2be52-47b3-4721-a726-d3a3af7a5018','2019-10-17','leergang',1,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('5423a54d-248d-4f16-9247-bb024469b82c','ccb2be52-47b3-4721-a726-d3a3af7a5018','2019-10-18','leergang',1,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('4d021b8b-fd90-4dd0-a265-a7cd61a8ea62','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-03-05','leergang',1,3,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('f3d043b0-38ad-47c4-a99a-82a2ef6c78ed','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-03-06','leergang',1,4,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('e0dce569-9f86-4a5c-8b1e-d7319dbf5c7e','ccb2be52-47b3-4721-a726-d3a3af7a5018','2019-09-17','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('1af46e9e-fed2-4645-a905-aba10f7cd340','ccb2be52-47b3-4721-a726-d3a3af7a5018','2019-11-12','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('ea3b176e-7952-4aa5-82c4-ac52dfdd9c1d','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-01-14','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('04e03539-6f4e-4637-88cc-20d972da53df','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-03-10','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('233fc33d-5c9b-4397-9295-7ea29cb48f35','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-05-12','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('4cc3741a-174c-483a-b7e0-69eeb248d668','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-10-15','leergang',2,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('3a29cbf1-3ca2-4ccc-8262-3af3d4f1941c','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-10-16','leergang',2,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('34e245d2-d653-4c44-ba51-5e2487ac0ea9','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-03-04','leergang',2,3,NULL,'',0,0,1,'Vervangende opdracht ingeleverd.','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('9e40f799-30af-4581-8007-9500c56667c2','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-03-05','leergang',2,4,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('c7d9b3f0-fcdf-4487-a792-a1075ea2ba35','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-09-22','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('d294f46d-302d-4539-b4bc-f934698280a5','ccb2be52-47b3-4721-a726-d3a3af7a5018','2020-11-17','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('6a7d8e5f-45ab-41a0-8e49-e3de57d1f7d0','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-01-12','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('b3411cf5-c474-4651-8176-7c05d6c9897e','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-03-16','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('c05a9f0c-d36c-472a-af3d-5053dcc365a2','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-05-11','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('1e10591a-1849-4dbb-9fbc-5909c1ab7929','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-10-14','leergang',3,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('feca43f6-00d2-477e-b012-b5d7a308ea0a','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-10-15','leergang',3,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('284a2b76-ea34-425a-9875-a40b9cacdc8d','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-03-03','leergang',3,3,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('ae6daf1b-0b08-46da-b034-ae648598e1f2','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-03-04','leergang',3,4,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('b7c75a92-d4b9-4e84-8844-05ac66017da9','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-09-21','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('d4b4cc34-d572-433c-b478-de09e3901126','ccb2be52-47b3-4721-a726-d3a3af7a5018','2021-11-16','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('ccaf6960-f8e0-4611-bc72-f18f19e8701a','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-01-11','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('595e3245-98a8-47af-b765-8358a733db93','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-03-15','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('1397123e-4946-4c22-ae45-a68cc1f7d6d7','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-05-10','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('55e19d7b-4b69-4305-b64c-beed8146619a','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-10-13','leergang',4,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('b39334df-781d-4b9a-9cf1-b68f4eb985da','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-10-14','leergang',4,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('a3036636-87d4-4201-bf8b-eb25ab647335','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-03-02','leergang',4,3,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('00d71c76-f546-41e7-b63c-f735d3e3f716','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-03-03','leergang',4,4,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('7c5d42b6-5c0b-4ddd-b923-4830f5e1f8ef','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-09-20','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('d1c2bebe-ed71-40da-ab64-fb280e324ced','ccb2be52-47b3-4721-a726-d3a3af7a5018','2022-11-15','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('a5fe197d-e1a3-4d8a-8386-a3f337363300','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-01-10','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('52dcdffd-8291-4ac7-b826-0c0c29230ea2','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-03-14','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('c13acc9e-cc21-4723-9706-a301f618ac85','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-05-09','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('d5967df3-8e40-46cd-b26e-3c1b600ae5fe','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-10-12','leergang',5,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('420be604-2450-4d01-9b80-8e891c4f4c47','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-10-13','leergang',5,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('5f509bbc-9c30-452d-a650-88479d3d6d39','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-02-29','leergang',5,3,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('e3ed5e9c-80a2-4935-9516-7d17c14fae80','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-03-01','leergang',5,4,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('1564019d-f9cc-494a-b4fa-55fd5eb72893','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-09-19','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('439fe1e2-fa85-4295-b88d-bac9d84a4614','ccb2be52-47b3-4721-a726-d3a3af7a5018','2023-11-14','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('1966eb1c-5058-4abf-bec3-2bc78990c1dd','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-01-09','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('9201595c-c1e7-4625-8eea-420bffd8e8dd','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-03-12','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('8a57671c-42dd-42ff-8b8a-470c223060ab','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-05-14','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('378d24c2-7f19-4b4b-b597-51afbc9a61c3','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-10-17','leergang',6,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('d4e099cd-19b9-439c-93ec-e9def8fbd4d3','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-10-18','leergang',6,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('475414e6-29c2-47c9-bf6c-d02aa9a9c202','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-03-06','leergang',6,3,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('ffec192b-77ae-41e0-a074-f12d57974caf','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-03-07','leergang',6,4,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('f6e5051f-cf70-4963-90ed-17ee89e9a9ef','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-09-17','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('1009cfe9-1b46-4d39-97b8-6821d3ff1f1b','ccb2be52-47b3-4721-a726-d3a3af7a5018','2024-11-12','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('526d75d7-b535-49f2-9bce-b971e23a426f','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-01-14','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('47ad2b42-b242-42d3-861f-219d48aea958','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-03-11','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('3f324c0a-4a33-4bb6-8ec8-5b678025dd43','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-05-13','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('48dea177-2001-4647-9e2d-3a4f275453e4','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-10-29','leergang6-alternative',NULL,NULL,'intervisie','',1,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('4dcd295a-f9be-43c9-a44f-054cd366843c','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-12-10','leergang6-alternative',NULL,NULL,'intervisie','',1,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('05e831c9-70b5-46b2-b6d4-bacd3b002b84','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-01-21','leergang6-alternative',NULL,NULL,'intervisie','',1,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('4e2e6194-d560-4fa5-9507-1307c6215cd6','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-04-15','leergang6-alternative',NULL,NULL,'intervisie','',1,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('25469b3a-59d6-4e36-bf15-c8906fbb9d16','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-09-23','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('fd72d058-eb4b-41b1-ab3c-b0af676b7915','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-11-18','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('57e01f98-df9d-4e3a-96b7-248d186db4a6','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-01-13','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('aa319db9-4197-41f5-945f-97f5e3290508','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-03-10','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('3a04a63e-d4b3-4782-ab8f-8fa7f5c6ccf5','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-05-12','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('8f34df43-3924-4014-a6d9-a838d91ce9fb','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-09-22','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('d4b72d02-df45-4255-98f1-ff095d6fd2e7','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-11-17','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('cb6d161c-944f-4ea1-ba43-b44fef043dd9','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-10-15','leergang',6,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('9f285a86-7e1f-44b4-96fd-d5524ade050f','ccb2be52-47b3-4721-a726-d3a3af7a5018','2026-10-16','leergang',6,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('17bcadc7-9591-46c9-98a2-be833f744b55','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2024-03-21','startersdag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('bfa8695d-f650-4af3-8138-b310794c38ee','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2024-03-22','startersdag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('fabac1dd-5dea-4c1b-a7a6-d669dc6bff1d','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2024-10-17','leergang',1,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('8f0ea21e-7fa5-43c8-b764-4fed1e3d7632','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2024-10-18','leergang',1,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('89971f36-8fb7-472e-90b4-b39b9cead4b5','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2025-03-06','leergang',1,3,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('66b92925-eeec-4f7a-b6fc-9cdb00aee004','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2025-03-07','leergang',1,4,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('0e010106-a91b-430e-9342-b39d54c9cfe6','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2024-09-17','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('ee5220e3-f4ba-4e58-a26a-916bd3ff66b6','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2024-11-12','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('4c918d5a-4e33-4bff-9c2a-9ccf9445023d','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2025-10-16','leergang',2,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('7becb161-aab1-4848-878a-8c378653a342','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2025-10-17','leergang',2,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('b9bd102e-062b-469a-882e-73be1a869f85','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2026-03-05','leergang',2,3,NULL,'',0,0,0,'Ziek.','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('30a1e12f-c03c-4708-824a-05e7b5567de2','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2026-03-06','leergang',2,4,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('b4e08fd2-8586-465c-9aba-6b76ba4330a8','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2025-09-23','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('b446adfb-55ee-4197-a138-5eaed7fbed86','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2025-11-18','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('90425e07-9901-4aa8-a8da-236d69d1224e','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2026-01-13','paralleldag',NULL,NULL,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('15a77e6b-5ee3-49a8-bdc3-09a3f4edc204','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2026-09-22','paralleldag',NULL,NULL,NULL,'',1,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('b12c0239-d68d-4df9-b8f5-7c610cf7ed65','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2026-10-15','leergang',3,1,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO scholing VALUES('94f9b39e-f77b-4969-bdd9-d3f1841df872','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2026-10-16','leergang',3,2,NULL,'',0,1,0,'','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
CREATE TABLE scholing_dispensation (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2200),
  days REAL NOT NULL CHECK (days > 0 AND days <= 60 AND days * 2 = round (days * 2)),
  reason TEXT NOT NULL CHECK (length (trim (reason)) BETWEEN 1 AND 500),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  UNIQUE (person_id, year)
) STRICT;
INSERT INTO scholing_dispensation VALUES('5b0f4a52-2f1e-4c55-9d0e-3c7a2a6f0b11','30c9b506-2ae8-40dd-a3ad-3e33979f88bb',2026,1.5,'Kaderopleiding, "deel 1"','2026-11-22T09:00:00.000Z','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2026-11-22T09:00:00.000Z','30c9b506-2ae8-40dd-a3ad-3e33979f88bb');
CREATE TABLE leerpunt (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2200),
  position INTEGER NOT NULL CHECK (position >= 0),
  text TEXT NOT NULL CHECK (length (trim (text)) BETWEEN 1 AND 500),
  achieved INTEGER NOT NULL DEFAULT 0 CHECK (achieved IN (0, 1)),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
) STRICT;
INSERT INTO leerpunt VALUES('0247398c-c594-4cd0-84e0-1d52366d6109','ccb2be52-47b3-4721-a726-d3a3af7a5018',2025,0,'De aios vaker zelf de agenda van het leergesprek laten maken',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leerpunt VALUES('e0521ff1-dfea-45ab-8646-1d499c5ddc26','ccb2be52-47b3-4721-a726-d3a3af7a5018',2025,1,'Video-opnames (MAAS 2.0) elke maand bespreken',1,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leerpunt VALUES('405c0b8a-3ba0-4fcf-8664-fdb1af9055c1','ccb2be52-47b3-4721-a726-d3a3af7a5018',2026,0,'Feedback geven met een top en een tip, elke dag',0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leerpunt VALUES('45b7faf8-9f89-4d7e-aaf9-7249758a26ff','ccb2be52-47b3-4721-a726-d3a3af7a5018',2026,1,'De KPB’s wekelijks invullen, direct na het consult',0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leerpunt VALUES('f3824472-8dad-4949-8f41-2efff760af98','30c9b506-2ae8-40dd-a3ad-3e33979f88bb',2026,0,'Vaker een gezamenlijk spreekuur plannen',0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leerpunt VALUES('b0b5f4ad-326f-474c-be4c-2ca7f3624b1f','30c9b506-2ae8-40dd-a3ad-3e33979f88bb',2026,1,'De ComBel samen met de aios voorbereiden',0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO leerpunt VALUES('bd5b0591-2d90-4ae8-9ff7-18d2136e6aa3','30c9b506-2ae8-40dd-a3ad-3e33979f88bb',2026,2,'Beter omgaan met de eigen werkdruk op opleidingsdagen',0,'2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
CREATE TABLE hao_gesprek (
  id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
  person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
  note TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 2000),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_by TEXT CHECK (created_by IS NULL OR length(created_by) = 36),
  changed_at TEXT NOT NULL CHECK (changed_at >= created_at),
  changed_by TEXT CHECK (changed_by IS NULL OR length(changed_by) = 36)
,
  UNIQUE (person_id, date)
) STRICT;
INSERT INTO hao_gesprek VALUES('c938dd30-8f78-4a0b-9955-14d0343b9869','ccb2be52-47b3-4721-a726-d3a3af7a5018','2025-03-17','Gesprek met de opleiderscoach over de rol als hoofdopleider.','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
INSERT INTO hao_gesprek VALUES('086c2dad-f7a3-49eb-9487-e2301638a4aa','30c9b506-2ae8-40dd-a3ad-3e33979f88bb','2026-03-02','Eerste jaren als opleider: wat gaat goed, wat kan beter.','2026-11-30T07:57:10.480Z',NULL,'2026-11-30T07:57:10.480Z',NULL);
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
CREATE INDEX scholing_by_person ON scholing (person_id, date);
CREATE TRIGGER scholing_opleider_insert BEFORE INSERT ON scholing
  WHEN (SELECT role FROM person WHERE id = NEW.person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider has scholing rows'); END;
CREATE TRIGGER scholing_opleider_update BEFORE UPDATE OF person_id ON scholing
  WHEN (SELECT role FROM person WHERE id = NEW.person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider has scholing rows'); END;
CREATE TRIGGER scholing_one_day_INSERT BEFORE INSERT ON scholing
  WHEN (SELECT coalesce (sum (CASE half_day WHEN 1 THEN 0.5 ELSE 1.0 END), 0) FROM scholing
        WHERE person_id = NEW.person_id AND date = NEW.date AND id IS NOT NEW.id)
       + (CASE NEW.half_day WHEN 1 THEN 0.5 ELSE 1.0 END) > 1.0
  BEGIN SELECT RAISE (ABORT, 'more than one day of scholing on one date'); END;
CREATE TRIGGER scholing_one_day_UPDATE BEFORE UPDATE ON scholing
  WHEN (SELECT coalesce (sum (CASE half_day WHEN 1 THEN 0.5 ELSE 1.0 END), 0) FROM scholing
        WHERE person_id = NEW.person_id AND date = NEW.date AND id IS NOT NEW.id)
       + (CASE NEW.half_day WHEN 1 THEN 0.5 ELSE 1.0 END) > 1.0
  BEGIN SELECT RAISE (ABORT, 'more than one day of scholing on one date'); END;
CREATE TRIGGER scholing_dispensation_opleider_insert BEFORE INSERT ON scholing_dispensation
  WHEN (SELECT role FROM person WHERE id = NEW.person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider has scholing_dispensation rows'); END;
CREATE TRIGGER scholing_dispensation_opleider_update BEFORE UPDATE OF person_id ON scholing_dispensation
  WHEN (SELECT role FROM person WHERE id = NEW.person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider has scholing_dispensation rows'); END;
CREATE INDEX leerpunt_by_year ON leerpunt (person_id, year, position);
CREATE TRIGGER leerpunt_opleider_insert BEFORE INSERT ON leerpunt
  WHEN (SELECT role FROM person WHERE id = NEW.person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider has leerpunt rows'); END;
CREATE TRIGGER leerpunt_opleider_update BEFORE UPDATE OF person_id ON leerpunt
  WHEN (SELECT role FROM person WHERE id = NEW.person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider has leerpunt rows'); END;
CREATE TRIGGER hao_gesprek_opleider_insert BEFORE INSERT ON hao_gesprek
  WHEN (SELECT role FROM person WHERE id = NEW.person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider has hao_gesprek rows'); END;
CREATE TRIGGER hao_gesprek_opleider_update BEFORE UPDATE OF person_id ON hao_gesprek
  WHEN (SELECT role FROM person WHERE id = NEW.person_id)
       NOT IN ('hoofdopleider', 'duo-opleider', 'plaatsvervangend-opleider')
  BEGIN SELECT RAISE (ABORT, 'only an opleider has hao_gesprek rows'); END;
COMMIT;

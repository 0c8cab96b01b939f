-- A practice database of schema version 1 (Opleidingspraktijk 0.1.0), the demo
-- practice of 22 November 2026. Never edit: the migration tests open it as written.
PRAGMA user_version = 1;
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
INSERT INTO practice VALUES('69bb62cf-0882-45c0-b927-7e1dea71178b','Huisartsenpraktijk De Linde','lumc','2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
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
INSERT INTO person VALUES('a73fe11b-e4a9-4296-8adf-fb54af7be288','Anna de Vries','hoofdopleider',NULL,NULL,0,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO person VALUES('0503d39f-aca9-4a93-b005-49318f93420f','Bram Jansen','duo-opleider',NULL,NULL,0,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO person VALUES('fac16062-28e5-4c20-ad65-ed76d6660356','Charlotte Bakker','aios',NULL,NULL,0,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO person VALUES('681cbe91-99a5-4e53-a9a5-6dfa7cf6225c','Daan Visser','aios',NULL,NULL,0,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO person VALUES('0af94c7c-5d36-4985-9881-6fe25f651f27','Eva Mulder','aios',NULL,NULL,0,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
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
) STRICT;
INSERT INTO traject VALUES('c0e92b86-5868-4759-89c0-d86cde086203','fac16062-28e5-4c20-ad65-ed76d6660356',1,'2026-07-01',NULL,1.0,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject VALUES('23f73b12-d5aa-46fe-84b8-f290ffd14621','681cbe91-99a5-4e53-a9a5-6dfa7cf6225c',1,'2024-04-01','2025-03-31',1.0,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject VALUES('d6a67ca7-86dc-4eab-afc0-eb1a36666c1c','681cbe91-99a5-4e53-a9a5-6dfa7cf6225c',2,'2026-04-01',NULL,0.8000000000000000444,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject VALUES('e5fa7a2a-5431-4739-9698-dbcb120357a4','0af94c7c-5d36-4985-9881-6fe25f651f27',2,'2024-05-01','2025-04-30',1.0,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
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
INSERT INTO traject_opleider VALUES('c0e92b86-5868-4759-89c0-d86cde086203','a73fe11b-e4a9-4296-8adf-fb54af7be288',0.5,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject_opleider VALUES('c0e92b86-5868-4759-89c0-d86cde086203','0503d39f-aca9-4a93-b005-49318f93420f',0.5,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject_opleider VALUES('23f73b12-d5aa-46fe-84b8-f290ffd14621','a73fe11b-e4a9-4296-8adf-fb54af7be288',0.5,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject_opleider VALUES('23f73b12-d5aa-46fe-84b8-f290ffd14621','0503d39f-aca9-4a93-b005-49318f93420f',0.5,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject_opleider VALUES('d6a67ca7-86dc-4eab-afc0-eb1a36666c1c','a73fe11b-e4a9-4296-8adf-fb54af7be288',0.5,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject_opleider VALUES('d6a67ca7-86dc-4eab-afc0-eb1a36666c1c','0503d39f-aca9-4a93-b005-49318f93420f',0.5,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject_opleider VALUES('e5fa7a2a-5431-4739-9698-dbcb120357a4','a73fe11b-e4a9-4296-8adf-fb54af7be288',0.5,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
INSERT INTO traject_opleider VALUES('e5fa7a2a-5431-4739-9698-dbcb120357a4','0503d39f-aca9-4a93-b005-49318f93420f',0.5,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
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
INSERT INTO leave_period VALUES('3eea487e-4b29-4fd3-9c8c-302bcb39f4ef','d6a67ca7-86dc-4eab-afc0-eb1a36666c1c','ziekte','2026-07-01','2026-07-14',NULL,'2026-11-22T22:21:22.693Z',NULL,'2026-11-22T22:21:22.693Z',NULL);
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
COMMIT;

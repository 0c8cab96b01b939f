-- A practice database of schema version 4 (before the forms of issue 5), the demo
-- practice of 22 November 2026 (OPL_TODAY=2026-11-22 opleidingspraktijk --demo, then
-- sqlite3 .dump). Never edit: the migration tests open it as written.
PRAGMA user_version = 4;
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
INSERT INTO practice VALUES('7993c70a-f67a-433e-9534-e38d88088d17','Huisartsenpraktijk De Linde','lumc','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO person VALUES('63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','Anna de Vries','hoofdopleider',NULL,NULL,0,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO person VALUES('37f7beff-8aad-4e2d-846f-03d048c715ce','Bram Jansen','duo-opleider',NULL,NULL,0,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO person VALUES('8cc0d842-3982-400c-b909-63fa3f4a4c94','Charlotte Bakker','aios',NULL,NULL,0,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO person VALUES('3cbeed85-f26f-48d4-ba24-05274c82f0e8','Daan Visser','aios',NULL,NULL,0,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO person VALUES('bdc52a6b-375f-4f58-bb98-5c3618b2b537','Eva Mulder','aios',NULL,NULL,0,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO traject VALUES('e9f8574a-a5ec-4eb1-96ce-f14429974c6f','8cc0d842-3982-400c-b909-63fa3f4a4c94',1,'2026-07-01',NULL,1.0,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject VALUES('3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','3cbeed85-f26f-48d4-ba24-05274c82f0e8',1,'2024-04-01','2025-03-31',1.0,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject VALUES('a68e455f-6334-4a31-8f28-cee44d697381','3cbeed85-f26f-48d4-ba24-05274c82f0e8',2,'2026-04-01',NULL,0.8000000000000000444,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject VALUES('d98abb6d-0ad1-4665-ad6b-5f84a306a741','bdc52a6b-375f-4f58-bb98-5c3618b2b537',2,'2024-05-01','2025-04-30',1.0,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO traject_opleider VALUES('e9f8574a-a5ec-4eb1-96ce-f14429974c6f','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee',0.5,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject_opleider VALUES('e9f8574a-a5ec-4eb1-96ce-f14429974c6f','37f7beff-8aad-4e2d-846f-03d048c715ce',0.5,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject_opleider VALUES('3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee',0.5,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject_opleider VALUES('3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','37f7beff-8aad-4e2d-846f-03d048c715ce',0.5,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject_opleider VALUES('a68e455f-6334-4a31-8f28-cee44d697381','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee',0.5,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject_opleider VALUES('a68e455f-6334-4a31-8f28-cee44d697381','37f7beff-8aad-4e2d-846f-03d048c715ce',0.5,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject_opleider VALUES('d98abb6d-0ad1-4665-ad6b-5f84a306a741','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee',0.5,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO traject_opleider VALUES('d98abb6d-0ad1-4665-ad6b-5f84a306a741','37f7beff-8aad-4e2d-846f-03d048c715ce',0.5,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO leave_period VALUES('adca833e-6c02-4b6e-9347-3e84773cae72','a68e455f-6334-4a31-8f28-cee44d697381','ziekte','2026-07-01','2026-07-14',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO checklist_tick VALUES('d5be0fda-6a4a-45c1-bbca-bb0f67b08190','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-agenda','2026-11-20',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('849326e4-3bed-4353-871e-f4fd8e0e74fb','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-agenda','2026-11-19',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1c0a950b-981b-4525-853a-e22135e5e5b7','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-agenda','2026-11-18',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('59924bfc-1bca-4ea1-9916-8a54c7b56b5b','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-agenda','2026-11-17',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c579f75d-ad60-4578-8067-caac29b223d3','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-agenda','2026-11-16',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('79ce138e-dd36-4c48-b4bc-7ef6785c3f00','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-agenda','2026-11-13',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a1ebc929-11dc-4b38-a43e-cde5e991e524','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-agenda','2026-11-12',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f6c7aa73-9fc4-4135-8ebc-cf4ebc00ef11','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-consultruimte','2026-11-20',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c331163d-3c63-4361-a427-db0818744027','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-consultruimte','2026-11-19',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('357872c4-e5cf-4e00-b4a2-804e3a4aec8a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-consultruimte','2026-11-18',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ea1dc7a8-ca44-4d58-a931-e3bca2dbff9d','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-consultruimte','2026-11-17',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('01451512-0389-4105-982a-5c56d178abf5','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-consultruimte','2026-11-16',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('19a6f860-1e75-457a-841b-da4dda07218b','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-consultruimte','2026-11-13',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c04d6016-bb8b-4dfd-a7f5-142d3666afce','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-consultruimte','2026-11-12',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6ed0649b-cc58-4158-b38a-9a03fb04af1a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-nabespreking','2026-11-20',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d889f226-80f9-4e84-b535-85aa6edce483','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-nabespreking','2026-11-19',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2424b4ff-f5f5-45ea-9f43-4dc7ff53a1d8','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-nabespreking','2026-11-18',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9a93117f-f2c1-41d8-bcae-2685cf57d079','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-nabespreking','2026-11-17',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('fcff6378-c3e7-425a-af00-63b836164c9d','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-nabespreking','2026-11-16',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('050bd1d2-f3bf-4e02-b395-b4682d16cb24','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-nabespreking','2026-11-13',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6978f4e2-739f-4717-ae1a-6d73fb6d3899','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-nabespreking','2026-11-12',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('40332411-8249-40bc-b05b-b04c14d84205','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-terugblik','2026-11-20',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1b9aa799-ae38-4303-a1ab-87fa71be2a06','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-terugblik','2026-11-19',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('16b40e2b-18a7-4da7-b764-4e86a6941f99','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-terugblik','2026-11-18',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('bd2107d2-5ff2-4bba-bcfc-ee20d5c81805','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-terugblik','2026-11-17',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('958abfe5-75dd-48f2-b668-0ba349b95f24','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-terugblik','2026-11-16',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6e57a363-f22b-4197-8b80-5b8519e65e77','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-terugblik','2026-11-13',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('35cb3c00-56f4-4783-810d-a49ded5a7090','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','dagelijks-terugblik','2026-11-12',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ed2dc4eb-7990-470c-a491-76268e698fd3','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W47',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c4d77524-a286-4058-b228-4442af029360','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W46',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9574243f-6419-4019-b295-63a91a33df87','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W45',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c0a68658-7b06-4e6c-9999-d62502572765','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W44',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('e1ca622b-1105-4a43-99a5-40dadc93cb82','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W43',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('22491d04-d732-4223-9710-035c98024760','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W42',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('23c853f4-67b6-4887-b6b0-1029ec1acb36','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W41',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ef6338fe-3a11-49ee-9abb-536171ea3d91','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W40',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('676525db-d019-4453-adfc-00c6e413a6e2','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W39',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d170d754-4d5e-49bd-89b2-ad8bfbc56d66','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W38',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f2490a42-588a-46af-8b8d-13afe4d7dca2','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-leergesprek','2026-W37',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b6812aae-40ae-4617-a766-cac40537f423','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W46',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f8e3a46f-9ac6-49c1-957e-865838dc6007','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W45',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('29d8b02b-b8b7-44fc-8654-6e583b0163ef','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W44',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f2f679b1-0dbe-4b83-8cff-b566ee81960a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W43',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('99c33cc4-75a8-41f9-a46c-9e8a7861e10a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W42',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2c241d8b-9d86-442a-b080-de8731038d3b','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W41',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('dd4903df-2dab-4ad3-a692-ae607c4d4026','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W40',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5c7828f7-05c9-4e4b-b399-b8bf3d59049e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W39',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('eae98ee8-171e-4ce3-8fef-43b3d75c7f7c','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W38',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2e707381-1373-4006-9e9a-529e544a5f30','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-gezamenlijk-spreekuur','2026-W37',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('65d156fd-2d7c-498f-bf73-ba9bf48e112e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W45',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b283ce82-1d7e-4ec5-9366-982da4abe4d3','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W44',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('03600f99-fcdf-47b8-8e91-87ba0b7b6134','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W43',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('056ff1b6-7c19-47b6-a7f9-f337e049b44e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W42',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a0b69e28-00a8-48bc-b285-3a87f98af652','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W41',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('22d78c06-2233-4c4f-b2ca-dec3f8716d14','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W40',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('3730e8e3-74e4-4687-ae4f-a04ec31a27a8','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W39',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f2a89697-aad3-437a-b16d-4b111dadb5f1','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W38',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4e950240-e0ff-4253-bee2-4fad5fac6766','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','wekelijks-kpb-kvb','2026-W37',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('0a0985b6-10bf-45ee-947b-1ce92a7d386d','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-09',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ce40fede-14a4-453a-9810-3777d7865764','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-08',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('e80004f9-034b-4748-a024-bdbd4a74203c','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-07',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b4dfcb13-47b8-408a-8b27-65abb6d8729b','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-06',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ce08a069-6c1d-41d5-90d2-72b0217e95fd','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-05',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d9111724-70cb-43aa-96c7-19fb35021159','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-04',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1cce7602-8d7f-4310-afd0-be61c3063915','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-03',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c9148cb9-6d04-4be9-ab56-3a5c07f57f6f','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-02',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('194bbbb9-0c5d-4f40-8043-a2ddc49ca6fa','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-video','2026-01',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f564da1b-b05b-4b39-8f6e-382ceabbd134','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-11',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5ebe5269-9aa8-499d-9d9c-41b9d56c89bb','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-10',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('cbad872b-a378-478f-add9-21dfd10719f9','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-09',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f9e30f23-a01b-4743-be62-2e0203f20e5c','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-08',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('373cd974-f529-459c-b863-e3b85040b889','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-07',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b79b974c-93e0-4e85-bc1c-66fc2b4f0adf','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-06',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('aa1613d5-807b-49dd-937b-a74d8a7e04bc','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-05',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6c2adb48-0cdc-4dc1-a14f-b68b77deadeb','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-04',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('724a795b-30aa-4121-9bf9-399d5b73af9f','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-03',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('37b45cb1-8e8c-4336-a849-4f477d5dae15','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-02',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('566152b6-ac3b-4a37-b88d-133cc9fab059','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-leerproces','2026-01',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('af5fe065-d9fc-401f-a929-dedfb287d477','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-10',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6d8f9043-2883-498e-be60-fe513af3b67c','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-09',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('febdbacc-3f08-4009-be8d-032d299bb2ac','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-08',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('442f20f9-dbfc-4a93-8a18-ebfbed78ef24','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-07',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ba525363-0843-4664-83d1-cb7a941afa15','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-06',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d579eed3-a14e-498e-bb24-4dd2407dbb1e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-05',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('84f04637-5911-42f6-b62c-45b3f4ec584f','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-04',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1acce50a-b307-4ce0-a1f6-e0115c5a31a2','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-03',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d1b8da6f-3c6b-4df6-b11b-6441438e89c4','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-02',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('bae23701-c5dc-4527-b004-65069b56a817','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','maandelijks-paralleldag','2026-01',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9525fb1a-2eee-4221-9f89-41ac5adaa500','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2026-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('150de178-1b29-4d0e-9e8b-a3f37910bdc7','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2026-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b9277720-8c2a-40e3-8942-aa5884cb78a4','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2026-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('de6bf9ae-0da3-4459-b6c7-a084cf34a0d8','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2026-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a465f595-66a6-49e6-8799-39754287f15c','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2025-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1ea831cf-4492-420b-afb7-7c051de486c1','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2025-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('14100c3f-2670-4ed2-a175-9944e1b74b2a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2025-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d8b8daa9-d005-4205-b313-feaacdbcada4','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2025-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('74e79c82-a72a-4e1d-8c6e-3dfd8c085526','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2024-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5322515a-e6d4-40c7-8e75-a6a7f2e6215a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2024-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2e6dc52c-ff1f-4de3-9321-61c4bb7c72b8','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-combel','2024-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6597950f-58db-448a-beb7-b1cc852fe4de','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2026-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('bb9330d6-0b47-40e7-bf17-90cb9770235e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2026-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b15623a7-b019-4483-af39-6c1e7158548a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2026-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('158b96f8-b439-4ab3-89a6-ddf6aac48908','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2025-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('45904147-0b86-4023-bd43-b56d0f0b491e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2025-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('fd0b9e35-85a6-4703-a9f0-ec15cfd53baf','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2025-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('18b0812f-3dda-4476-b9b2-6a5fe466b50b','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2025-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d4bfa9c1-cd35-426a-94dd-9788f831beb4','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2024-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('eb9b6d5a-8d23-4491-95b3-eb3d60479961','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2024-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f39575b1-3dca-47aa-bc9f-3e0231514e2b','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsgesprek','2024-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('38bafce1-16c0-4254-acd0-bfd21bd82d0d','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2026-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('86fd7408-6ce0-47ec-adbb-6c5d0e9c9686','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2026-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('521327af-faf0-4d17-9738-33332dba16e5','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2026-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b995a4d0-d63b-4e56-98e8-262810f7d478','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2025-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7fd374a8-79c2-46ed-b4ae-15a877767aae','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2025-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6f2ea4ce-a93b-4eaa-a19e-a0d2679f75b4','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2025-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7ddef4c5-11c3-4d2e-a5df-d8774e248ede','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2025-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('58939db1-9449-4b3d-aea3-20a33c806724','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2024-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('02ea0afa-b6cd-4854-90bd-88e8a9febd22','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2024-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('015b4948-a269-40fb-a5db-4bd7f40e53aa','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-voortgangsadvies','2024-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('af123b06-8900-4e2e-8efb-8735076e8335','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2026-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c8fef7ca-3471-4cf6-8d33-9ad1b630596d','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2026-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('055f04ed-8702-4e6f-943a-7da8fa4ad636','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2026-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('70b23ff6-2c01-4ec0-8fba-a9661d445fe6','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2025-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2dec53f2-ba53-42b3-bb3b-b6096502cc63','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2025-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2fb1cb1f-0bfa-4db4-9f98-08fe0d8ecb56','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2025-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5a36ef45-2499-4739-adee-b9d9448859d4','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2025-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('51d822b8-b3ce-49d5-8222-5c192b672765','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2024-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('abfe9825-5bf3-42ee-8c3a-f9d483990f4a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2024-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('68df81d1-c7ad-4eda-97ba-91026f0c9bd6','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','driemaandelijks-leoh','2024-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('09f6ef99-717d-4d11-811e-8ad98930ada8','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2026-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('56796497-212e-44b5-bfd8-1e7736932803','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2026-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('02668245-6e25-4b15-b686-292013319c2e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2025-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9b10dc5e-6c1b-4c71-bbe5-9b2e2edf963f','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2025-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('0a2a0475-6e45-4439-a680-af0dba2d88d9','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2024-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('18cd8b62-122b-487a-ade8-de4bc0628988','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2024-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('3c3f2ee3-a4dc-4fd9-8ee2-5d4b21bf3286','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2023-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('e6c2598e-fc52-4e5c-9477-70dc178403ea','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2023-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7179112b-fe72-4156-9473-6f87e8fb47fc','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2022-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('0b3c1d63-a567-4f0f-b459-6f9f299e418e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2022-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('48279f4e-3a15-490a-b2c4-58bffb062fff','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','halfjaarlijks-groepsbegeleider','2021-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5406bc3a-ec38-457b-aa66-077a43785d09','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2026',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c9ce561d-fb3f-4499-b148-2be5fc2c7c40','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2025',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c85d7d36-21eb-4417-bf7c-dbda82a8bb11','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2024',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('abbff8cb-5612-4044-8830-3a0684f8f1ae','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2023',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6a23d445-b26f-4c26-a92d-1aaf83384d7d','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2022',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6a6af18e-3b78-4d6e-ba60-cdddd041553a','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2021',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a0c5c379-def0-46c8-9e7f-81edaca013d0','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2020',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a18f0865-d922-482c-9563-953a94261911','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2019',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('0b7886d7-f761-44df-a957-d45d4d71d340','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2018',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('64fdf475-4a3d-427a-b3cf-c629825b7bef','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2017',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('92973486-282c-481d-b907-6c71d454e6b7','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-opleiderscoach','2016',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('734324ee-5393-40d7-bce3-2db9bfa8a8a1','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2025',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('edf2ee4f-0a1d-415f-acfe-e7f3e97284c0','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2024',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('75975dd8-0df5-4c74-8d47-e1a24b81a235','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2023',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c7e2d6c2-e0b9-465c-a201-b53cbe1ebab8','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2022',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f7e8caee-1d23-4356-8399-0fef5a95e214','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2021',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('52b28f1c-6ad7-4cdc-842f-4a66b5363747','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2020',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4d3fc1d7-a37d-46d1-8777-c5f25a125881','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2019',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f5be0b4e-8a1c-4019-8777-3236a9d5d64e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2018',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('54643970-5cde-4c63-a444-89d822ec8b8e','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2017',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('550da157-6a6e-4e30-b9ec-50ed484397ec','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','jaarlijks-profiel-leerwerkplan','2016',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('584e124e-0fdb-431a-8070-eb77f1f6a6f1','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-agenda','2026-11-20',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('20e6dbc0-9c99-46fe-b972-46ef6c4e54f0','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-agenda','2026-11-19',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('3953fa60-528a-406a-b278-3f8934841dde','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-agenda','2026-11-18',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('35f3f745-f85e-4a51-88ea-8cbae703518f','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-agenda','2026-11-17',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('fdf75b04-4d83-4345-a252-02f4d893ec2f','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-agenda','2026-11-16',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('bd4965b2-935d-40c9-af05-45d4a0ddc0da','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-agenda','2026-11-13',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5cec064a-3b19-4e39-9b65-b7dbac84b77e','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-agenda','2026-11-12',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c6de5e3e-c41c-4882-9176-c28ede948a15','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-consultruimte','2026-11-20',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('20252ac5-3945-4154-a609-363db36b0cc4','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-consultruimte','2026-11-19',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d5454d8a-82ed-4764-a9f3-a1eec5afe3f9','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-consultruimte','2026-11-18',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('719d7cd6-7691-42d1-85c3-d0290b589bff','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-consultruimte','2026-11-17',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a553f4b6-224a-4f00-aec0-a3d06087e5fa','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-consultruimte','2026-11-16',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d026c1cc-ffa1-4c01-86fa-f96c5e61b2f0','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-consultruimte','2026-11-13',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('413136f3-1c11-4671-b4a1-02db08890f4e','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-consultruimte','2026-11-12',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1c91b766-cb27-497a-bb36-76b4520d642c','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-nabespreking','2026-11-20',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('47d61af6-de6d-4c97-9bc6-bf604247ea96','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-nabespreking','2026-11-19',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('03a42398-3ed4-4a9f-9017-4b04dd74a61d','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-nabespreking','2026-11-18',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('8c7cf2d0-4c59-49d8-9f9f-923b7413a00f','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-nabespreking','2026-11-17',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9f0ac8f1-5cfe-4f18-aca3-587d5029ddf9','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-nabespreking','2026-11-16',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b39d9573-5d57-40d4-b4c1-89ba3edf5f67','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-nabespreking','2026-11-13',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('cb0bee86-a106-4871-bea9-9ea815f4dd55','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-nabespreking','2026-11-12',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4f19ed26-a598-4640-945d-a2e47817d575','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-terugblik','2026-11-20',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('40cbdc39-0cc5-43a6-9072-29beb07be85e','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-terugblik','2026-11-19',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4e74dc80-7d7e-4cc4-a44b-4b5c8d07a55e','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-terugblik','2026-11-18',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c3c3faf1-3497-49a7-ae52-afcee86ff509','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-terugblik','2026-11-17',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('efc2c980-c283-41f1-8268-7cdf1616a72a','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-terugblik','2026-11-16',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7e43207e-5573-4b8b-850f-712c5b2e9755','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-terugblik','2026-11-13',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b09758e7-b499-41fa-a967-8f2248b9d9cc','37f7beff-8aad-4e2d-846f-03d048c715ce','dagelijks-terugblik','2026-11-12',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b00502e9-49c8-4814-886f-1fc86299c8e5','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W47',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5d63218b-eae1-490e-9101-bf476dd29d46','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W46',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ef7bf0bd-744f-4616-8965-f769fb174a14','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W45',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('244f9879-7217-4174-b5ff-fa16663f9357','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W44',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c9839e69-4885-4656-a67d-07d701f41589','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W43',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('dc9ebdd1-417f-406b-ad16-d03197a83004','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W42',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('099529c6-0426-475b-881a-1246fd556be5','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W41',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('77f3cdbe-d3d5-449f-89f4-023b84697565','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W40',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('dfa0a76a-4a68-4d52-a4f1-063bdcc37e6d','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W39',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4eef8e91-9162-4e77-9bfc-5093b9c0b165','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W38',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('952aa4bc-9f5f-4e49-b645-eba065321692','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-leergesprek','2026-W37',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('fdb62bab-4ef3-4b58-8113-41cbe7a4da32','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W46',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('977d3626-b647-4ed4-b510-4cb131f197ab','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W45',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('cb5fc1a0-200d-4c51-8772-70be31cb14a5','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W44',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f40c22d4-600b-42f9-ad41-84106df3fa11','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W43',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4d351ca4-a241-4ecb-8ca0-fe46941e9ba1','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W42',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7c8c8ea5-3913-45f6-bee1-ff7b13d22b0f','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W41',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5fb304db-9942-42e6-b1af-298175302bd5','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W40',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5e6c0dcf-42ac-4c05-80ee-92211236f7da','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W39',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('69fc8532-16c6-4781-8daa-f9d9a364fd3d','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W38',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('bfd24608-fea2-47ff-bf21-54f7e0ec0b9a','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-gezamenlijk-spreekuur','2026-W37',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f90bd0ee-d0c8-4af9-85ee-7b5614e901b9','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W46',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('bfaec9bb-cd25-46d0-8d7d-c6c0f1d0fe83','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W45',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('379f250a-255a-4052-9d04-1c030f9267d1','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W44',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9a04c830-ff44-49ab-ac99-dd5790a5e3d6','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W43',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('eaa200b4-b0ca-4801-8b31-d5a7b1cbf884','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W42',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('80ed3889-ee90-4e67-9897-b0ecc6a1066f','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W41',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('28369066-609d-446d-bd70-561d7399b7f7','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W40',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f7efcb15-aff8-4b60-af17-dc214dad2c14','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W39',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d7a436c0-a43b-41a1-a536-7d36a34c6f8f','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W38',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('29da3db2-3310-4bd3-9d3b-57a8531053f1','37f7beff-8aad-4e2d-846f-03d048c715ce','wekelijks-kpb-kvb','2026-W37',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('fb6e4e1a-25cc-45dd-9d7a-a0270dc74342','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-11',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('3ace6ce9-914f-475e-ab13-f797ece9d414','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-10',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7b69d7d0-247c-4b87-ba2e-992eb75848b1','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-09',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5e6d8606-4487-4ec2-8024-fd85674ed8dd','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-08',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('de74ff24-7971-41fe-bbe0-a18b1b6a7d81','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-07',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('20df246d-2f49-469c-8387-f6684f6dc455','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-06',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a268b274-5606-4cf3-9c4c-b39108b5398a','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-05',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('dab1b999-13d7-4d71-b8a4-6a269f40e122','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-04',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1da70d6b-bf76-458a-9e9d-3b2c60571b51','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-03',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('3acdf063-de71-4637-b9f0-9786d7826a7e','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-02',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2153b0f1-7e79-46ea-8a63-fef31e6336f2','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-video','2026-01',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a01a180a-127d-4182-a2c6-e33e8fc43b60','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-10',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('36991185-d255-406c-b5d8-f38afa1b4ece','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-09',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('978b9361-eec0-44dd-8cda-be4b6773394a','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-08',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9bf8ac6a-d713-4b3c-b4fa-a882148ca779','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-07',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2274a2fb-e29f-4512-9269-14ab07770bca','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-06',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d4d4e955-884a-44a2-86ad-aa5bd1e304ac','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-05',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b4e3b063-de40-4001-b31a-c546a2989439','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-04',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c7328195-f8ff-4288-8f70-45cf5364c16e','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-03',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c89baa55-e7c5-4c47-a2a1-63bc87254ff8','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-02',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('651f73b2-9fda-4af8-944e-3e56178ffcd3','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-leerproces','2026-01',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('84e4d621-5ddb-48ff-8655-0e7557c8e63e','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-10',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('752eabdc-d40b-479d-85f8-83c8052f8f85','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-09',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('81e391bb-1e53-490c-b495-e82700a78d0a','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-08',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('13c318a5-b402-4f0d-afe8-a30b3c44312a','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-07',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('99edf28a-bde4-4375-87b0-ed682e2e15e9','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-06',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4fd71928-5288-4508-b1df-b0aa5a07daae','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-05',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4b0a31eb-9770-4a5a-92f6-acb41c21a953','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-04',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('03f2f81c-8842-442a-af14-c01bfec156a7','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-03',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f573ac77-e565-4f77-8567-e5e9741be036','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-02',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b7bc203d-eac5-4afb-a284-5997c6fb89c6','37f7beff-8aad-4e2d-846f-03d048c715ce','maandelijks-paralleldag','2026-01',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('e8862b45-1670-44dd-89fa-a0d724b93baa','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2026-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9685400f-72f5-4c59-be99-5544eab813eb','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2026-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7ee11485-5ef2-423c-a0b2-119b1b318876','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2026-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('74b12748-598b-41a4-910b-219bd4fac33b','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2026-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('14811d2e-3fdc-43dd-bacf-c45d79965ee1','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2025-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('aaa63242-9214-4fbe-b11b-5d38444d3c4a','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2025-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('fc68fdd4-f7fa-47f2-bb4f-44d9f47ed971','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2025-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b2d70c89-ca5c-4a55-88e9-4492c621fb1b','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2025-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('998a0060-52e4-4484-bf7b-176a59c28624','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2024-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('88c018fe-6a71-4ee9-a00f-cd9fc6bcc205','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2024-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('fe702505-2eac-43dd-8871-de02813205f7','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-combel','2024-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7b497e20-7f7e-4a09-b802-0c75232d14c8','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2026-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('50247d86-095e-4759-bd24-236a9d0e7bc4','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2026-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('7c6e374c-013b-442e-9c82-2d0b6bb702dd','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2026-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a2ef629f-cd62-4e73-8f38-caffebd622f5','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2025-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('8ffec59c-b264-4dcf-b93f-1dda076a3a5e','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2025-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('caa05777-f753-469a-a8c6-22614a751852','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2025-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6ed7bcd2-c63d-4957-9d02-20eb16a7657a','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2025-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5892ebe0-66e8-42ca-98ce-e878b15ce9ad','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2024-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('59280f1d-7009-4854-9698-2a60daa7c07e','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2024-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('6b068915-c048-4d14-bebf-1e15b14381f8','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsgesprek','2024-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('71c9c90f-797f-4c68-9afe-19f1e7a88a61','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2026-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f8f60fc6-ae96-492d-bb50-983b0ac43eee','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2026-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('077828cb-882f-49ff-bbfc-122d88a62c1b','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2026-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('11428947-343d-4046-be65-f05dcae07e61','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2025-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('9ad7cc12-0166-42f1-a802-5a583f54d57d','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2025-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ea4c46fd-810e-41c1-8298-e175dfbf2313','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2025-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1dce8ee8-ae88-4a98-b4ff-8660246cfd00','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2025-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('62ef9a17-f848-4d52-b486-4e3c864a79f4','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2024-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4f26f9ec-ae00-4c0f-92ec-7256d598907b','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2024-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('46de9e9d-f720-47fa-a0c7-371ccd78069a','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-voortgangsadvies','2024-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('dd20c2ec-6778-4adf-8039-1acdf34f6f43','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2026-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('22a2c5f1-2bb2-4904-8ddb-0b738eebdc73','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2026-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('b6299f88-ce65-44a4-ac71-99830a989110','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2026-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('fe58db82-a857-4323-b8f2-3f538dd431bb','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2025-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('e3d6e7a8-2930-43a9-a752-74b89625a9a7','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2025-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('2bc9636b-749a-4dfd-9a40-4fbd019ce06f','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2025-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f1314b0c-b415-4179-acb9-2075893e5ce3','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2025-Q1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d8f1abac-a444-4dfa-aa77-bc9804c38d0f','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2024-Q4',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('46750aa1-e576-48cb-b102-82b83ea4d660','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2024-Q3',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('30fd4b05-b8d3-4d83-8825-aa90320a25e4','37f7beff-8aad-4e2d-846f-03d048c715ce','driemaandelijks-leoh','2024-Q2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ce0ab5fb-90aa-4b32-934c-5218a12f546a','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2026-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4f78d294-de04-44dc-aeee-2c34d382903e','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2026-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('3ac7c794-1567-46bc-b510-ba501bac2fe0','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2025-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('e935cf2b-9a43-4ab1-a14a-4fc317490529','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2025-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('f989a1cf-a7f2-4576-a1ae-fe360efac075','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2024-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ff8c7704-d140-482b-b3a0-a875716dad71','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2024-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('627d131f-1521-46e4-b010-a0e243d1ffba','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2023-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('018fa9bb-b38b-4763-a45d-5c8fe3e12641','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2023-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c55fd752-d89d-446d-8e67-179593f79067','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2022-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('23d1c800-7013-4d89-ba44-8725c6be0af5','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2022-H1',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('ca71d6b7-1d15-4803-b238-136ecdbed5c0','37f7beff-8aad-4e2d-846f-03d048c715ce','halfjaarlijks-groepsbegeleider','2021-H2',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4b0bf955-70d5-437d-a34e-bd483665102f','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2026',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('5683f64a-8f12-44e6-99dc-4c9678ab2628','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2025',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('d0385176-c60d-4336-b6b2-e9ab0fd55c42','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2024',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('cdd9bee6-4933-41ef-9089-0f7e57915489','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2023',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('92a7b708-e5db-4f13-9a8d-504a8d6ab675','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2022',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('e20b2580-9411-4e69-b448-ce7c1af191a8','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2021',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('a9a0ede8-f549-42ec-b3d1-30f68e741451','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2020',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('4fabf754-a702-40c0-85d7-f64a678ee3d7','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2019',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('51ea8e3d-380a-410d-ad75-c513fcc679ff','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2018',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('039bd1f0-07ef-4c24-8279-41624734fd29','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2017',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('79592ffc-2738-4f83-8799-0e2dbbd20f90','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-opleiderscoach','2016',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('acd32da0-0a8e-403e-a3fa-98ae639fd95d','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2025',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('1ecc9bcd-ec7e-496e-b79f-3cff14ff68e7','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2024',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('eb3594b2-6bb3-4997-9f5f-46478d98b6f1','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2023',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('372e637d-770c-41ec-9dc2-9ffa3d4d221d','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2022',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('cee6303b-d009-4f52-b629-2b8d39e25fc9','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2021',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('c2112370-6287-4c60-a88d-5e1e0a06a1de','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2020',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('61b7de9a-2f49-4d77-b994-8f5f586255a7','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2019',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('88fbc199-55cb-4e12-b709-11e256d3ded7','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2018',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('da30b4a7-8778-42bd-b6d7-74376876c642','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2017',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO checklist_tick VALUES('8e26ceb9-8332-4caa-bfd1-db0700a1dc03','37f7beff-8aad-4e2d-846f-03d048c715ce','jaarlijks-profiel-leerwerkplan','2016',1,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO moment_done VALUES('aba7d724-a2af-4b8e-aeb4-d7978edee9bf','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','combel',3,'2026-10-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('5ab66978-d61b-4ba3-84be-4d1808a303f8','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','leoh',3,'2026-10-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('bce66a5e-84ef-4d78-9c24-020cd9b5f589','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','voortgangsgesprek',4,'2026-11-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('5ffdd6b9-11ba-4409-b34a-bc60fe39ed07','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','combel',3,'2024-07-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('dc3b62ac-d7a4-4101-82fc-fd24150999c5','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','leoh',3,'2024-07-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('ed87d028-f8bf-4652-9320-9adc349327ce','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','voortgangsgesprek',4,'2024-08-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('e80a77d2-2a89-43d2-92ee-6c2606526a16','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','combel',6,'2024-10-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('8416fccd-f4b0-424f-b7b7-4691789b89e1','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','voortgangsgesprek',6,'2024-10-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('9a2a511d-508b-40ed-82eb-af79c9feb265','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','voortgangsadvies',6,'2024-10-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('fe49564d-5c75-48bc-94f3-34e629810ebe','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','dienstenrapportage',6,'2024-10-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('9f35b8e4-be49-43f5-847d-51fb3429d429','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','combel',9,'2025-01-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('f9575ac2-795b-436c-988c-420be27e3505','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','leoh',9,'2025-01-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('79983754-1f2a-4d84-9160-d1e50b2b08fd','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','voortgangsgesprek',9,'2025-01-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('0ac78416-ac0c-4e54-afd8-998eac7cddc3','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','voortgangsadvies',9,'2025-01-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('014087cc-afc0-43bf-9b1d-60cb642149d7','3e7c9aa7-3150-4cc5-b4a4-e5a63e686ad2','dienstenrapportage',9,'2025-01-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('c1996100-1321-4712-bd70-41664696a779','a68e455f-6334-4a31-8f28-cee44d697381','combel',3,'2026-08-10',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('c1dffc4b-6a8e-4e3e-8a61-875d323bf508','a68e455f-6334-4a31-8f28-cee44d697381','voortgangsgesprek',3,'2026-08-10',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('6c657d4c-357d-40a1-b375-5c6a60733de9','a68e455f-6334-4a31-8f28-cee44d697381','voortgangsadvies',3,'2026-08-10',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('f01bab8e-b6bc-4e83-91ac-1a0305f99058','d98abb6d-0ad1-4665-ad6b-5f84a306a741','combel',3,'2024-08-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('131780e4-e0d5-483d-a41e-3a5c2bbfac89','d98abb6d-0ad1-4665-ad6b-5f84a306a741','leoh',3,'2024-08-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('e710c1a9-54ab-420f-be6b-e3d3c652740f','d98abb6d-0ad1-4665-ad6b-5f84a306a741','voortgangsgesprek',3,'2024-08-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('27ec95a7-da8e-4302-9f8a-0337bb0d0ecb','d98abb6d-0ad1-4665-ad6b-5f84a306a741','voortgangsadvies',3,'2024-08-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('30533341-5114-49d5-8e8a-1438809211d1','d98abb6d-0ad1-4665-ad6b-5f84a306a741','combel',6,'2024-11-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('1c8d73b1-72d6-4622-856f-cc5f3485df05','d98abb6d-0ad1-4665-ad6b-5f84a306a741','voortgangsgesprek',6,'2024-11-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('d16fa620-e691-4221-bfa3-16965c2ea1fc','d98abb6d-0ad1-4665-ad6b-5f84a306a741','dienstenrapportage',6,'2024-11-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('390ddba9-7020-454b-add2-ef759c47dd58','d98abb6d-0ad1-4665-ad6b-5f84a306a741','voortgangsgesprek',8,'2025-01-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('b27924c3-b3e2-4a60-a776-51f8ec0b9bed','d98abb6d-0ad1-4665-ad6b-5f84a306a741','voortgangsadvies',8,'2025-01-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('3dd84c44-ff9f-4f29-9b38-614fbe213d52','d98abb6d-0ad1-4665-ad6b-5f84a306a741','combel',9,'2025-02-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO moment_done VALUES('6e2275e4-cdd9-4b2e-b406-1cf1419f8ac2','d98abb6d-0ad1-4665-ad6b-5f84a306a741','leoh',9,'2025-02-04',NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO leergesprek_slot VALUES('e9f8574a-a5ec-4eb1-96ce-f14429974c6f',2,780,60,NULL,'2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek_slot VALUES('a68e455f-6334-4a31-8f28-cee44d697381',4,480,90,'2026-12-06','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO closure VALUES('a084f767-197e-41f9-94bf-add3728e1b3d','2026-12-21','2027-01-01','Kerstvakantie','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
INSERT INTO leergesprek VALUES('21a1864e-c863-4877-b9d4-6dcf325c9bff','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W28','2026-07-07',780,60,'leerprocesgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('df159390-81a0-49a3-a5e3-62b46e63d7b9','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W29','2026-07-14',780,60,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('14209a52-5ed3-4bbc-9ed2-e51e2225a9f2','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W30','2026-07-21',780,60,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('714790e5-8cc2-40b5-a856-ab10392b6f60','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W31','2026-07-28',780,60,'video','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('cee8a222-fd36-4cba-9490-8c05b1319019','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W32','2026-08-04',780,60,'leerprocesgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('bc029e11-01f6-4bc1-b6b5-eea2c3fc40f5','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W33','2026-08-11',780,60,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('103b7612-af41-4f9e-a336-fe1236462d09','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W34','2026-08-18',780,60,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('e40e5ee9-1036-460f-b130-2c4fa0c56d1b','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W35','2026-08-25',780,60,'video','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('7da478f1-6804-4247-a8c8-dd2a674cecf4','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W36','2026-09-01',780,60,'taakgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('2026d23a-69f1-4a53-a248-1ad6f622685b','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W37','2026-09-08',780,60,'persoonsgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('56ffc3e5-1ac8-4586-83d5-4f081658cf73','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W38','2026-09-15',780,60,'leerprocesgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('22f1cf2e-e312-4355-b19c-37f72318f8ee','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W39','2026-09-22',780,60,'video','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('8c4eccc1-0e2f-42cf-a307-a91de54b9f52','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W40','2026-09-29',780,60,'combel-bespreking','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('9ae57e76-b1d9-4ef9-93af-818fc256c603','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W41','2026-10-06',780,60,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('5c2868d2-3c00-4be7-aee3-97a5ad6568ca','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W42','2026-10-13',780,60,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('fa224c46-897d-44c6-bdcf-ec5d3138f0f1','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W43','2026-10-20',780,60,'leerprocesgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('1532d187-a76a-4d7e-96a8-23f451839a33','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W45','2026-11-03',780,60,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('d168fa5f-8c3e-4749-9328-9527f556fd46','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W46','2026-11-10',780,60,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('34b03cf6-a162-4daf-96e2-89e6774e0de1','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W47','2026-11-17',780,60,'leerprocesgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('11e290bb-b774-4196-8c5d-428838b9acf1','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W48','2026-11-24',780,60,'video','planned','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee',replace('Vragen over de NHG-standaard Diabetes mellitus type 2.\nBespreken van de KPB van vorige week.\nVoorbereiding op de ComBel: eigen inschatting van de competenties.','\n',char(10)),'','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('65a55b22-6e11-4a6d-8649-d7bc57391bbd','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W49','2026-12-01',780,60,'taakgericht','planned','37f7beff-8aad-4e2d-846f-03d048c715ce','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('c88197b3-51c2-4e3e-8279-44906ef12c12','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W50','2026-12-08',780,60,'persoonsgericht','planned','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('2923d9c2-7e46-4655-939b-761fa7729f07','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2026-W51','2026-12-15',780,60,'leerprocesgericht','planned','37f7beff-8aad-4e2d-846f-03d048c715ce','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('5ff9a041-17f2-4dd5-897b-6ec62c8f8a6e','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2027-W01','2027-01-05',780,60,'taakgericht','planned','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('71cd37c9-1f8d-4ffb-8514-3eaddf3ea12e','e9f8574a-a5ec-4eb1-96ce-f14429974c6f','2027-W02','2027-01-12',780,60,'persoonsgericht','planned','37f7beff-8aad-4e2d-846f-03d048c715ce','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('86822343-f87d-4c44-8d07-6df260d0b31b','a68e455f-6334-4a31-8f28-cee44d697381','2026-W14','2026-04-02',480,90,'leerprocesgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('5538929f-1f99-49d0-b97a-8f00c8afd0dc','a68e455f-6334-4a31-8f28-cee44d697381','2026-W15','2026-04-09',480,90,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('a5023fc0-62e9-414e-96d0-0d9f89dc4dd9','a68e455f-6334-4a31-8f28-cee44d697381','2026-W16','2026-04-16',480,90,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('f3d7afc3-2ac9-46ac-9ee7-a5ef8315c2ff','a68e455f-6334-4a31-8f28-cee44d697381','2026-W17','2026-04-23',480,90,'video','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('a22a88c0-610b-485f-9769-5a70d0c1aee3','a68e455f-6334-4a31-8f28-cee44d697381','2026-W18','2026-04-30',480,90,'leerprocesgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('e9ba9057-a9eb-4850-84bb-c8838a9438c9','a68e455f-6334-4a31-8f28-cee44d697381','2026-W19','2026-05-07',480,90,'leerprocesgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('c3e0d6b2-5e6a-4060-bc41-eda776ef084b','a68e455f-6334-4a31-8f28-cee44d697381','2026-W20','2026-05-14',480,90,'taakgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('12460c3b-5937-41cb-bdc2-da2dfa57dacd','a68e455f-6334-4a31-8f28-cee44d697381','2026-W21','2026-05-21',480,90,'persoonsgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('4a920022-88e8-4e61-baa8-f1069d1ed379','a68e455f-6334-4a31-8f28-cee44d697381','2026-W22','2026-05-28',480,90,'video','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('bb410425-97ae-4f1e-b252-3e7a26390859','a68e455f-6334-4a31-8f28-cee44d697381','2026-W23','2026-06-04',480,90,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('8cda9ce8-4366-430e-a6fc-f747cbba306d','a68e455f-6334-4a31-8f28-cee44d697381','2026-W24','2026-06-11',480,90,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('de5ed640-393c-4db2-8281-a346f5507152','a68e455f-6334-4a31-8f28-cee44d697381','2026-W25','2026-06-18',480,90,'leerprocesgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('1d5db045-e4b1-460f-be33-380426468cf8','a68e455f-6334-4a31-8f28-cee44d697381','2026-W26','2026-06-25',480,90,'video','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('23774914-da4c-4b97-9222-5b511380dd9b','a68e455f-6334-4a31-8f28-cee44d697381','2026-W29','2026-07-16',480,90,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('44d81d37-a314-4d7c-bb03-ef39f9698f41','a68e455f-6334-4a31-8f28-cee44d697381','2026-W30','2026-07-23',480,90,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('65e800cb-99ea-4bc2-81bc-d36797ef0e14','a68e455f-6334-4a31-8f28-cee44d697381','2026-W31','2026-07-30',480,90,'leerprocesgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('e649b741-e090-41ea-ae52-e8be34a90447','a68e455f-6334-4a31-8f28-cee44d697381','2026-W32','2026-08-06',480,90,'combel-bespreking','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('13aa32f1-eda3-4f53-a4d6-f9bd21f8cfbd','a68e455f-6334-4a31-8f28-cee44d697381','2026-W33','2026-08-13',480,90,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('22a60544-0b3c-4f5b-96e9-6248ff2a95d8','a68e455f-6334-4a31-8f28-cee44d697381','2026-W34','2026-08-20',480,90,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('c4944aba-ddf2-40d1-b07c-cd44018fdd8c','a68e455f-6334-4a31-8f28-cee44d697381','2026-W35','2026-08-27',480,90,'leerprocesgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('24ee09e6-b43d-4369-b240-84b581eab17b','a68e455f-6334-4a31-8f28-cee44d697381','2026-W36','2026-09-03',480,90,'taakgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('00fae193-be52-400a-9ccc-301f48419bb5','a68e455f-6334-4a31-8f28-cee44d697381','2026-W37','2026-09-10',480,90,'persoonsgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('082a0423-5963-4248-b7b0-85489ccac0aa','a68e455f-6334-4a31-8f28-cee44d697381','2026-W38','2026-09-17',480,90,'leerprocesgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('7e84c09f-911d-40b2-8cef-b5f45fbb6259','a68e455f-6334-4a31-8f28-cee44d697381','2026-W39','2026-09-24',480,90,'video','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('add51b3f-c8ae-4b59-8c34-e62dba316fd1','a68e455f-6334-4a31-8f28-cee44d697381','2026-W40','2026-10-01',480,90,'taakgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('f4e524e9-315a-4f39-839d-a5f528219886','a68e455f-6334-4a31-8f28-cee44d697381','2026-W41','2026-10-08',480,90,'persoonsgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('53c2b8c3-1841-4925-bb5f-ef6074cef82f','a68e455f-6334-4a31-8f28-cee44d697381','2026-W42','2026-10-15',480,90,'leerprocesgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('d48314bd-b14e-463b-8133-c54a6de97fb3','a68e455f-6334-4a31-8f28-cee44d697381','2026-W43','2026-10-22',480,90,'video','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('158f53ac-f3c7-4f02-b584-dc75c67a9fc5','a68e455f-6334-4a31-8f28-cee44d697381','2026-W44','2026-10-29',480,90,'taakgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('054a4878-b975-45a1-9d78-06889da606eb','a68e455f-6334-4a31-8f28-cee44d697381','2026-W45','2026-11-05',480,90,'taakgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Rustige structuur in het consult; de hulpvraag kwam er snel uit.','Sluit het consult af met een duidelijke vangnetafspraak.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('933a324a-706c-4924-9f27-3ea10850990a','a68e455f-6334-4a31-8f28-cee44d697381','2026-W46','2026-11-12',480,90,'persoonsgericht','held','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','Casuïstiek van de afgelopen week besproken.','','Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.','Plan voor de visites een vast moment om terug te bellen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('4a62f640-ee9a-441a-9670-0c4a13079b9f','a68e455f-6334-4a31-8f28-cee44d697381','2026-W47','2026-11-19',480,90,'leerprocesgericht','held','37f7beff-8aad-4e2d-846f-03d048c715ce','','Casuïstiek van de afgelopen week besproken.','','Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.','Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('8cff70bd-fc8e-4150-aa88-626a410f40b0','a68e455f-6334-4a31-8f28-cee44d697381','2026-W48','2026-11-26',480,90,'video','planned','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('1f015270-b821-4b8e-a926-00b51e81665f','a68e455f-6334-4a31-8f28-cee44d697381','2026-W49','2026-12-03',480,90,'coassistent','planned','37f7beff-8aad-4e2d-846f-03d048c715ce','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('f33915b4-f818-4c43-b713-52a100949125','a68e455f-6334-4a31-8f28-cee44d697381','2026-W50','2026-12-10',480,90,'coassistent','planned','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('f5939b4e-6eab-4237-a631-013530162617','a68e455f-6334-4a31-8f28-cee44d697381','2026-W51','2026-12-17',480,90,'coassistent','planned','37f7beff-8aad-4e2d-846f-03d048c715ce','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('5d334cb7-e822-419c-8a4a-bf891fbd8fe4','a68e455f-6334-4a31-8f28-cee44d697381','2027-W01','2027-01-07',480,90,'coassistent','planned','63a6ed28-667f-47a7-a2b9-6d7f6e2ec2ee','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
INSERT INTO leergesprek VALUES('70485970-c688-420c-a595-1387b635fc52','a68e455f-6334-4a31-8f28-cee44d697381','2027-W02','2027-01-14',480,90,'taakgericht','planned','37f7beff-8aad-4e2d-846f-03d048c715ce','','','','','','','2026-11-30T06:49:44.212Z',NULL,'2026-11-30T06:49:44.212Z',NULL);
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
COMMIT;

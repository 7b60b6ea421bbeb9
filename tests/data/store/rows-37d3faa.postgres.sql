-- The rows of study-37d3faa.db, for a PostgreSQL study made with schema-37d3faa.postgres.sql. Identity columns are
-- left to their sequences, as the application inserted them.
INSERT INTO "Interviews" ("Id", "Source", "Attributes") VALUES ('int01', 'int01.txt', '{"gender":"female"}');
INSERT INTO "Segments" ("Id", "InterviewId", "Index", "Start", "End", "Speaker", "Role", "Text", "English", "Flags")
VALUES ('s1', 'int01', 0, 0, 4, 'Amal', 'Interviewee', 'I was hungry.', NULL, 0);
INSERT INTO "Passages" ("Id", "InterviewId", "Index", "SegmentIds", "Speaker", "Role", "Text", "English", "Start", "End", "Flags")
VALUES ('p0001', 'int01', 0, '["s1"]', 'Amal', 'Interviewee', 'I was hungry.', NULL, NULL, NULL, 0);
INSERT INTO "CodebookVersions" ("Version", "ContentHash", "Json", "SourceFile", "ImportedAt") VALUES (1, 'h1', '{}', 'cb.yaml', '2026-11-30 09:00:00+00');
INSERT INTO "Coders" ("Id", "Kind", "ModelVersion") VALUES ('ayse', 'Human', NULL), ('machine:embedded', 'Machine', 'MiniLM');
INSERT INTO "Suggestions" ("InterviewId", "PassageId", "VariableId", "CodebookVersion", "CoderId", "Classifier", "ModelVersion", "Value", "Confidence", "Evidence", "Rationale", "CreatedAt")
VALUES ('int01', NULL, 'vul_poverty', 1, 'machine:embedded', 'embedded', 'MiniLM', 2, 0.7, '[]', NULL, '2026-11-30 09:00:00+00');
INSERT INTO "Decisions" ("InterviewId", "PassageId", "VariableId", "CodebookVersion", "CoderId", "Action", "Value", "MissingReason", "SuggestionId", "Evidence", "Note", "At") VALUES
('int01', NULL, 'vul_poverty', 1, 'ayse', 'Set', 1, NULL, NULL, '[]', NULL, '2026-11-30 09:00:00+00'),
('int01', NULL, 'vul_poverty', 1, 'ayse', 'Edit', 3, NULL, NULL, '[]', NULL, '2026-11-30 09:01:00+00'),
('int01', NULL, 'mot_romance', 1, 'ayse', 'MarkMissing', NULL, 'refused', NULL, '[]', NULL, '2026-11-30 09:02:00+00');
INSERT INTO "StageRuns" ("Stage", "Item", "InputHash", "Status", "Error", "Summary", "StartedAt", "FinishedAt")
VALUES ('import', 'int01.txt', 'abc', 'Succeeded', NULL, NULL, '2026-11-30 09:00:00+00', '2026-11-30 09:00:00+00');
INSERT INTO "Embeddings" ("InterviewId", "PassageId", "Encoder", "TextHash", "Vector") VALUES ('int01', 'p0001', 'MiniLM-L6-v2', 't1', '\x01020304');

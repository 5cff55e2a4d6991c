-- Dragoman store, SQLite dialect. Dates are ISO 8601 text (yyyy-MM-dd), booleans 0/1.
CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    inputs TEXT NOT NULL,
    status TEXT NOT NULL,
    documents INTEGER NOT NULL DEFAULT 0,
    events INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    source TEXT,
    url TEXT,
    title TEXT,
    language TEXT,
    publication_date TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    run_id INTEGER REFERENCES ingest_runs(id)
);
CREATE INDEX documents_hash ON documents(content_hash);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    date TEXT,
    date_source TEXT NOT NULL,
    source_code TEXT, source_country TEXT, source_name TEXT, source_text TEXT,
    target_code TEXT, target_country TEXT, target_name TEXT, target_text TEXT,
    cameo TEXT NOT NULL,
    label TEXT NOT NULL,
    root TEXT NOT NULL,
    goldstein REAL NOT NULL,
    quad_class INTEGER NOT NULL,
    plover TEXT NOT NULL,
    negated INTEGER NOT NULL,
    mood TEXT NOT NULL,
    attribution_by TEXT,
    attribution_text TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    trigger TEXT NOT NULL,
    rule TEXT NOT NULL,
    UNIQUE (document_id, seq)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE actor_mentions (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    code TEXT NOT NULL,
    country TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    members TEXT,
    reason TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX actor_mentions_code ON actor_mentions(code);

-- Filled from Document quotes once the quote stage lands; details keeps fields not yet given columns.
CREATE TABLE quotes (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    sentence INTEGER,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker_code TEXT,
    speaker_name TEXT,
    speaker_text TEXT,
    date TEXT,
    details TEXT,
    PRIMARY KEY (document_id, seq)
);

-- Filled from Document treaties once the treaty stage lands.
CREATE TABLE treaties (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    parties TEXT,
    signed_date TEXT,
    status TEXT,
    start_offset INTEGER,
    end_offset INTEGER,
    details TEXT,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE document_errors (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES ingest_runs(id),
    input TEXT NOT NULL,
    message TEXT NOT NULL,
    occurred_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='key');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.key, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.key, new.title, new.text);
END;

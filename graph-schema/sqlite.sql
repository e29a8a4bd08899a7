-- ClaimGraph embedded store (SQLite 3.4x+ with FTS5). Applied idempotently at start.
-- Offsets (start, end) are half-open character offsets into documents.original_text (UTF-16 code units).

CREATE TABLE IF NOT EXISTS schema_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id              TEXT PRIMARY KEY,          -- hash of the original text
    name            TEXT NOT NULL UNIQUE,      -- file name or caller's name; a new text under it replaces the old
    title           TEXT,
    url             TEXT,
    published_at    TEXT,
    year            INTEGER,                   -- year of the document date
    date_value      TEXT,                      -- the document date: 2022-04-18, 2022-04 or 2022; NULL when unknown
    date_precision  TEXT CHECK (date_precision IN ('DAY','MONTH','YEAR')),
    date_rule       TEXT NOT NULL DEFAULT 'none', -- caller, received-date, page-timestamp, dateline, labelled-date, issue-line
    date_confidence REAL NOT NULL DEFAULT 0,
    date_evidence_start INTEGER,               -- span of original_text that gives the date
    date_evidence_end   INTEGER,
    date_evidence   TEXT,
    date_unknown_reason TEXT,                  -- why there is no date, when there is none
    original_text   TEXT NOT NULL,
    normalized_text TEXT NOT NULL,
    ingested_at     TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS authors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    affiliation TEXT,
    role        TEXT,
    section     TEXT,
    PRIMARY KEY (document_id, position)
);

CREATE TABLE IF NOT EXISTS notes (
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    marker        TEXT NOT NULL,
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    referenced_at INTEGER,
    PRIMARY KEY (document_id, position)
);

CREATE TABLE IF NOT EXISTS sentences (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    UNIQUE (document_id, idx)
);

-- Trigram full-text index: substring search that works for Chinese without word segmentation.
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content='sentences', content_rowid='id', tokenize='trigram');

CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE IF NOT EXISTS actors (
    id      TEXT PRIMARY KEY,                  -- TYPE:canonical name, e.g. COUNTRY:美国
    name    TEXT NOT NULL,
    type    TEXT NOT NULL CHECK (type IN ('COUNTRY','PERSON','ADMINISTRATION','ORGANIZATION','POLICY')),
    english TEXT,
    qid     TEXT
);
CREATE INDEX IF NOT EXISTS actors_type ON actors(type);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name);
-- Matching a name (actor(name:), claims(subject:)) also looks at the English name: without it, a scan of every actor.
CREATE INDEX IF NOT EXISTS actors_english ON actors(english);

CREATE TABLE IF NOT EXISTS mentions (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    actor_id    TEXT REFERENCES actors(id),
    text        TEXT NOT NULL,                 -- as it reads in the sentence
    surface     TEXT NOT NULL,                 -- exactly original_text[start:end]
    type        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    provenance  TEXT NOT NULL,
    confidence  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
-- No query looks mentions up by their text (aliases group by actor first): an index on it only cost every ingest.
DROP INDEX IF EXISTS mentions_text;

-- AUTOINCREMENT: a deleted claim's id is never given to a new one, so reviews never attach to the wrong claim.
CREATE TABLE IF NOT EXISTS claims (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id        INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    subject_mention_id INTEGER NOT NULL REFERENCES mentions(id),
    object_mention_id  INTEGER REFERENCES mentions(id),
    source_mention_id  INTEGER REFERENCES mentions(id),
    subject_id         TEXT NOT NULL REFERENCES actors(id),
    object_id          TEXT REFERENCES actors(id),
    source_id          TEXT REFERENCES actors(id),
    predicate          TEXT NOT NULL CHECK (predicate IN ('CONTINUES','CHANGES','SUPPORTS','OPPOSES','COOPERATES','COMPETES','CONFRONTS','ENGAGES')),
    negated            INTEGER NOT NULL,
    modality           TEXT NOT NULL CHECK (modality IN ('ASSERTED','PREDICTED','PRESCRIBED','HYPOTHETICAL')),
    cue                TEXT NOT NULL,
    cue_start          INTEGER NOT NULL,
    cue_end            INTEGER NOT NULL,
    year               INTEGER,                -- the year the evidence names
    time               TEXT,                   -- the claim's time: from the sentence, else the document date
    time_precision     TEXT CHECK (time_precision IN ('DAY','MONTH','YEAR')),
    time_year          INTEGER,                -- year of time; what from/to slice by
    time_source        TEXT CHECK (time_source IN ('SENTENCE','RELATIVE','DOCUMENT')),
    time_expression    TEXT,                   -- the words that gave it (2017年12月, 去年), when the sentence did
    cooperation        REAL NOT NULL,
    conflict           REAL NOT NULL,
    provenance         TEXT NOT NULL,
    confidence         REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_subject ON claims(subject_id, predicate);
CREATE INDEX IF NOT EXISTS claims_object ON claims(object_id, predicate);
CREATE INDEX IF NOT EXISTS claims_source ON claims(source_id);
CREATE INDEX IF NOT EXISTS claims_document ON claims(document_id);
CREATE INDEX IF NOT EXISTS claims_sentence ON claims(sentence_id);
CREATE INDEX IF NOT EXISTS claims_time ON claims(time_year);
-- The claims between one ordered pair with what relations sum of them: every ingest that touches a pair recomputes
-- its relations from this index alone, in time proportional to the pair's claims, not to all of its subject's.
CREATE INDEX IF NOT EXISTS claims_pair ON claims(subject_id, object_id, predicate, negated, cooperation, conflict, time_year);

CREATE TABLE IF NOT EXISTS argument_links (
    id               INTEGER PRIMARY KEY,
    document_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('SUPPORTS','CONTRASTS','ELABORATES')),
    from_sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    from_start       INTEGER NOT NULL,
    from_end         INTEGER NOT NULL,
    to_sentence_id   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    to_start         INTEGER NOT NULL,
    to_end           INTEGER NOT NULL,
    from_text        TEXT NOT NULL,
    to_text          TEXT NOT NULL,
    cue              TEXT NOT NULL,
    provenance       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS links_from ON argument_links(from_sentence_id);
CREATE INDEX IF NOT EXISTS links_to ON argument_links(to_sentence_id);
CREATE INDEX IF NOT EXISTS links_document ON argument_links(document_id);

-- Office titles read as the person holding the office at the time (美国总统 in 2019: 特朗普). The holder is an
-- actor id that may have no row (a holder never named in the store); named_id is a person named with the title.
CREATE TABLE IF NOT EXISTS title_references (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    office      TEXT NOT NULL,                 -- id in offices.json, e.g. US_PRESIDENT
    at          TEXT,                          -- the time it was read at: 2019, 2019-06, 2019-06-01
    holder_id   TEXT,
    holder_name TEXT,
    holder_qid  TEXT,
    named_id    TEXT,
    consistent  INTEGER NOT NULL,              -- 0 when the name given with the title is not the holder
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS title_references_document ON title_references(document_id);
CREATE INDEX IF NOT EXISTS title_references_holder ON title_references(holder_id);

-- Derived from claims between two actors; recomputed for the pairs a document touches.
CREATE TABLE IF NOT EXISTS relations (
    source_id   TEXT NOT NULL REFERENCES actors(id),
    target_id   TEXT NOT NULL REFERENCES actors(id),
    predicate   TEXT NOT NULL,
    negated     INTEGER NOT NULL,              -- denied claims (美国不会加入) are kept apart from asserted ones
    claims      INTEGER NOT NULL,
    cooperation REAL NOT NULL,
    conflict    REAL NOT NULL,
    first_year  INTEGER,
    last_year   INTEGER,
    PRIMARY KEY (source_id, target_id, predicate, negated)
);
CREATE INDEX IF NOT EXISTS relations_target ON relations(target_id);

-- Derived from relations: per ordered pair, its relations summed over predicates and denials (an actor's relations
-- list, OUTGOING where it is the source, INCOMING where it is the target). Kept in step with relations by every ingest
-- and delete; a file that lacks it (or whose sums disagree with relations) gets it rebuilt when opened.
CREATE TABLE IF NOT EXISTS relation_pairs (
    source_id   TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    claims      INTEGER NOT NULL,
    cooperation REAL NOT NULL,
    conflict    REAL NOT NULL,
    first_year  INTEGER,
    last_year   INTEGER,
    PRIMARY KEY (source_id, target_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS relation_pairs_source ON relation_pairs(source_id, claims);
CREATE INDEX IF NOT EXISTS relation_pairs_target ON relation_pairs(target_id, claims);

-- Derived, like relations: per actor, each name it was written as with its mention count, and the claims it is
-- subject or object of. Kept in step with mentions and claims by every ingest and delete (added for a document's
-- rows, subtracted before they go), so reading an actor, its aliases or matching a name costs the same on any size
-- of store; a file that lacks them (or whose tallies disagree with the rows) gets them rebuilt when opened.
CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_id TEXT NOT NULL,
    text     TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (actor_id, text)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_aliases_text ON actor_aliases(text);

-- Per actor, its mentions: the sum of its actor_aliases, kept as one row so reading an actor's count is one lookup.
CREATE TABLE IF NOT EXISTS actor_mentions (
    actor_id TEXT PRIMARY KEY,
    mentions INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS actor_claims (
    actor_id TEXT PRIMARY KEY,
    claims   INTEGER NOT NULL
) WITHOUT ROWID;

-- Analysts' verdicts on claims. A review keeps a snapshot of the claim it judged, so it survives the claim's
-- document being re-extracted and can be used as training data; the claim row itself is never changed.
CREATE TABLE IF NOT EXISTS reviews (
    id                   INTEGER PRIMARY KEY,
    claim_id             INTEGER NOT NULL,
    verdict              TEXT NOT NULL CHECK (verdict IN ('CONFIRM','REJECT','CORRECT')),
    corrected_predicate  TEXT,
    corrected_negated    INTEGER,
    corrected_modality   TEXT,
    reviewer             TEXT NOT NULL,
    reviewed_at          TEXT NOT NULL,
    note                 TEXT,
    sentence_text        TEXT NOT NULL,
    subject_text         TEXT NOT NULL,
    subject_type         TEXT NOT NULL,
    object_text          TEXT,
    object_type          TEXT,
    original_predicate   TEXT NOT NULL,
    original_negated     INTEGER NOT NULL,
    original_modality    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_claim ON reviews(claim_id);

#!/usr/bin/env bash
# A store file as text, for diffing two stores: `sqlite3 .dump` with documents.ingested_at (the clock's) blanked and
# the rows of FTS5's segment tables (sentences_fts_data, sentences_fts_idx: their layout depends on how the rows were
# written, not on what they hold) left out; OUT.fts-terms lists the index's content (every term with its sentence,
# column and offset, from an fts5vocab table); OUT.checks holds FTS5's integrity-check and PRAGMA integrity_check.
# Usage: bench/store-dump.sh STORE.db OUT
set -euo pipefail
copy=$(mktemp --suffix=.db); trap 'rm -f "$copy"' EXIT
sqlite3 "$1" ".backup '$copy'"
sqlite3 "$copy" "UPDATE documents SET ingested_at = '';"
sqlite3 "$copy" .dump | grep -v -E '^INSERT INTO "?sentences_fts_(data|idx)"?' > "$2"
sqlite3 "$copy" "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, sentences_fts, instance); SELECT term, doc, col, offset FROM temp.terms;" > "$2.fts-terms"
sqlite3 "$copy" "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1); PRAGMA integrity_check;" > "$2.checks"

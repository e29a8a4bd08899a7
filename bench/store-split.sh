#!/usr/bin/env bash
# Splits the SQLite store's write cost with sqlite3 alone: the rows of an existing store (SRC, made by
# `claimgraph ingest`) copied into new files with variants of graph-schema/sqlite.sql, one INSERT … SELECT per table
# (or per table and document), so no statement is parsed per row. Prints seconds (wall, user, sys) per variant.
# Usage: bench/store-split.sh SRC.db [WORKDIR]
set -euo pipefail
src=$(realpath "$1"); work=${2:-$(mktemp -d)}; schema=$(realpath "$(dirname "$0")/../graph-schema/sqlite.sql")
mkdir -p "$work"; cd "$work"
tables="documents authors notes sentences actors mentions title_references claims argument_links"
strip() { python3 - "$schema" "$1" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
if sys.argv[2] == "plain": s = re.sub(r'CREATE (UNIQUE )?INDEX[^;]*;', '', s)
if sys.argv[2] in ("plain", "nofts"):
    s = re.sub(r'CREATE TRIGGER.*?END;', '', s, flags=re.S)
    s = re.sub(r'CREATE VIRTUAL TABLE[^;]*;', '', s)
print(s)
PY
}
strip plain > plain.sql; strip nofts > nofts.sql; strip full > full.sql
{ echo "ATTACH '$src' AS src; BEGIN;"; for t in $tables; do echo "INSERT INTO $t SELECT * FROM src.$t ORDER BY rowid;"; done; echo "COMMIT;"; } > bulk.sql
# per-document statements, N documents per transaction
batches() {
  local n=$1 i=0
  echo "ATTACH '$src' AS src;"
  sqlite3 "$src" "SELECT id FROM documents ORDER BY rowid" | while read -r id; do
    if [ $((i % n)) = 0 ]; then echo "BEGIN IMMEDIATE;"; fi
    echo "INSERT INTO main.documents SELECT * FROM src.documents WHERE id='$id';"
    for t in authors notes sentences title_references argument_links; do echo "INSERT INTO main.$t SELECT * FROM src.$t WHERE document_id='$id' ORDER BY rowid;"; done
    echo "INSERT OR IGNORE INTO main.actors SELECT * FROM src.actors WHERE id IN (SELECT actor_id FROM src.mentions WHERE document_id='$id');"
    echo "INSERT INTO main.mentions SELECT * FROM src.mentions WHERE document_id='$id' ORDER BY rowid;"
    echo "INSERT INTO main.claims SELECT * FROM src.claims WHERE document_id='$id' ORDER BY rowid;"
    i=$((i + 1))
    if [ $((i % n)) = 0 ]; then echo "COMMIT;"; fi
  done
  if [ $(( $(sqlite3 "$src" "SELECT count(*) FROM documents") % n )) != 0 ]; then echo "COMMIT;"; fi  # a last, partial batch
}
batches 1 > per-document.sql; batches 16 > batch-16.sql
run() { # label, schema, pragmas, load script
  rm -f v.db v.db-wal v.db-shm
  sqlite3 v.db "PRAGMA journal_mode=WAL;" >/dev/null; sqlite3 v.db < "$2"
  local t0 t1; t0=$(date +%s.%N)
  { echo "$3"; cat "$4"; } | /usr/bin/time -o time.txt -f "%U user, %S sys" sqlite3 v.db >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  printf "%-62s %7.2f s wall, %s\n" "$1" "$(echo "$t1 - $t0" | bc)" "$(cat time.txt)"
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
run "tables only, one transaction" plain.sql "" bulk.sql
run "+ keys and indexes, one transaction" nofts.sql "" bulk.sql
run "+ FTS5 trigram index (the full schema), one transaction" full.sql "" bulk.sql
run "full schema, a transaction per document" full.sql "" per-document.sql
run "full schema, a transaction per document, synchronous=NORMAL" full.sql "PRAGMA synchronous=NORMAL;" per-document.sql
run "no FTS5, a transaction per document" nofts.sql "" per-document.sql
run "full schema, 16 documents per transaction" full.sql "" batch-16.sql
run "full schema, 16 per transaction, foreign keys on" full.sql "PRAGMA foreign_keys=ON;" batch-16.sql
run "full schema, 16 per transaction, 64 MiB page cache" full.sql "PRAGMA cache_size=-65536;" batch-16.sql
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

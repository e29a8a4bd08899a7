#!/usr/bin/env bash
# Everything extraction prints, for diffing two builds: `claimgraph extract` of every corpus/ file (with the models
# and with --rules-only), of every file of a generated corpus, and `claimgraph eval` on the train annotations (never
# dev.jsonl). Run from the repository root; the files of one build land in OUT.
# Usage: bench/extract-dump.sh CLI_DIR GENERATED_CORPUS_DIR OUT   (CLI_DIR holds claimgraph.dll)
set -euo pipefail
cli="$1/claimgraph.dll"; generated="$2"; out="$3"
mkdir -p "$out/corpus" "$out/generated"
for f in corpus/*.txt; do
    dotnet "$cli" extract "$f" > "$out/corpus/$(basename "$f").jsonl"
    dotnet "$cli" extract --rules-only "$f" > "$out/corpus/$(basename "$f").rules.jsonl"
done
# Two at a time: each process pays its own start-up.
find "$generated" -name '*.txt' -print0 | xargs -0 -P 2 -I{} sh -c 'dotnet "$0" extract "$1" > "$2/generated/$(basename "$1").jsonl"' "$cli" {} "$out"
dotnet "$cli" eval --gold corpus/annotations/train.jsonl --json > "$out/eval-train.json"

#!/usr/bin/env bash
# Cold start: time from launching `claimgraph serve` on an empty store (which ingests corpus/ first) to the first
# GraphQL answer, measured from outside the process, with the CPU time the server had used by then (on a shared
# machine the wall time also counts other processes' turns on the cores). Usage: bench/cold-start.sh [runs] (from the repository root,
# after `dotnet build -c Release src/ClaimGraph.Cli`).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
# CLAIMGRAPH_CLI points at another build, e.g. a ReadyToRun one from `dotnet publish src/ClaimGraph.Cli -c Release -o DIR`.
cli=${CLAIMGRAPH_CLI:-src/ClaimGraph.Cli/bin/Release/net10.0/claimgraph.dll}
[ -f "$cli" ] || { echo "cold-start.sh: build first: dotnet build -c Release src/ClaimGraph.Cli" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
for run in $(seq 1 "$runs"); do
    work=$(mktemp -d)
    start=$(date +%s.%N)
    dotnet "$cli" serve --db "$work/cold.db" --corpus corpus --urls "http://127.0.0.1:$port" >"$work/log" 2>&1 &
    pid=$!
    answer=""
    for _ in $(seq 1 600); do
        answer=$(curl -s -m 2 -H 'Content-Type: application/json' -d '{"query":"{ stats { documents claims } }"}' \
            "http://127.0.0.1:$port/graphql" 2>/dev/null || true)
        case "$answer" in *'"documents":5'*) break ;; esac
        sleep 0.05
    done
    end=$(date +%s.%N)
    # The server's own CPU time so far (user + system, in clock ticks): what the start cost, whatever else ran.
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    case "$answer" in *'"documents":5'*) ;; *) echo "cold-start.sh: no answer with 5 documents; log:" >&2; cat "$work/log" >&2; exit 1 ;; esac
    echo "run $run: $(python3 -c "print(f'{$end - $start:.2f}')") s to the first GraphQL answer, $(python3 -c "print(f'{$ticks / $(getconf CLK_TCK):.2f}')") CPU-s in the server ($answer)"
    rm -rf "$work"
done

#!/usr/bin/env bash
# npm test: unit and integration tests on the embedded PGlite, the integration tests again on a
# throwaway PostgreSQL cluster and at 00:30 on New Year's morning in Vietnam (the system clock faked to 17:30 UTC
# on 31/12/2025; CCHC_TEST_CLOCKS sets other instants), then the browser tests in Chromium. Prints the failing tests' names and, last,
# "N passed, N failed".
# With CI=true a missing PostgreSQL or Chromium is an error; on a developer machine that phase is
# reported as not run (install them with: apt-get install -y postgresql chromium).
set -uo pipefail
cd "$(dirname "$0")/.."
RESULTS="$(mktemp -d)"
PG_DIR=""
cleanup() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    $AS_PG "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
  rm -rf "$RESULTS"
}
trap cleanup EXIT

phase_failed() { # name, why: a phase that could not run counts as one failure, with its reason
  node -e 'require("fs").writeFileSync(process.argv[1], JSON.stringify({ numPassedTests: 0, numFailedTests: 1, message: process.argv[2] }))' "$RESULTS/$1.json" "$2"
}

PREFIX=() # a command the phase's vitest runs under (faketime for the clock phases)
run_phase() { # name, then the vitest arguments
  local name="$1"; shift
  echo ""
  echo "=== $name ==="
  "${PREFIX[@]}" npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$RESULTS/$name.json"
  local code=$?
  if [ ! -s "$RESULTS/$name.json" ]; then
    phase_failed "$name" "phase $name produced no results (exit $code)"
    echo "Phase $name produced no results (exit $code): counted as a failure."
  elif [ $code -ne 0 ]; then
    node -e "const r=require('$RESULTS/$name.json'); if(!r.numFailedTests){r.numFailedTests=1; require('fs').writeFileSync('$RESULTS/$name.json', JSON.stringify(r))}"
  fi
}

missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "$1 is required in CI." >&2
    phase_failed "$2" "$1 is required in CI (apt-get install -y $3)"
  else
    echo "NOTE: $1 not found — phase '$2' not run here. Install it (apt-get install -y $3) or run .ci/run."
  fi
}

run_phase pglite --project unit --project integration

# --- PostgreSQL ---
PG_BIN="$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || echo /nonexistent/initdb)")"
if [ -x "$PG_BIN/initdb" ]; then
  AS_PG=""
  if [ "$(id -u)" = "0" ]; then AS_PG="runuser -u postgres --"; fi
  PG_DIR="$(mktemp -d /tmp/cchc-pg-XXXXXX)"
  [ -n "$AS_PG" ] && chown postgres "$PG_DIR"
  PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  if $AS_PG "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >"$PG_DIR/initdb.log" 2>&1 \
    && $AS_PG "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" -l "$PG_DIR/log" -w start >/dev/null; then
    DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres" run_phase postgres --project integration
  else
    cat "$PG_DIR/initdb.log" "$PG_DIR/log" 2>/dev/null | tail -20
    phase_failed postgres "the PostgreSQL cluster did not start"
  fi
else
  missing "PostgreSQL (initdb)" postgres postgresql
fi

# --- The integration suite at 00:30 in Vietnam on New Year's morning (23:30 too with CCHC_TEST_CLOCKS) ---
# libfaketime moves the whole process's clock (Node and the in-process PGlite alike) to 17:30 UTC: a
# rule or a test that takes the UTC date for Vietnam's fails here rather than in an office at 6 in the morning.
# CCHC_TEST_CLOCKS lists other instants (UTC, separated by '|'); empty skips these phases.
CLOCKS="${CCHC_TEST_CLOCKS-2025-12-31 17:30:00}"
if [ -n "$CLOCKS" ]; then
  if command -v faketime >/dev/null 2>&1; then
    IFS='|' read -ra INSTANTS <<< "$CLOCKS"
    for instant in "${INSTANTS[@]}"; do
      PREFIX=(env TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$instant")
      run_phase "clock-$(echo "$instant" | tr -dc '0-9' | cut -c9-12)" --project integration
    done
    PREFIX=()
  else
    missing "faketime (libfaketime)" clock faketime
  fi
fi

# --- Browser ---
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  if npx vite build --logLevel warn; then run_phase browser --project e2e; else phase_failed browser "the web build failed"; fi
else
  missing "Chromium ($CHROMIUM)" browser chromium
fi

node scripts/test-summary.mjs "$RESULTS" "${CCHC_SUMMARY_FILE:-}"

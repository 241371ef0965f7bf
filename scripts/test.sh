#!/usr/bin/env bash
# The whole test command: static checks, unit + integration tests on PGlite and PostgreSQL, the web build and
# the browser tests. The three lanes run side by side (the suites mostly wait on databases, timers and the
# browser, not on the CPU); each lane's output is printed whole when it ends. Closes with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-cache
rm -f .test-cache/report-*.json .test-cache/lane-*.log .test-cache/lane-*.status
status=0
step() { echo; echo "── $1"; }

step "Chromium for the browser tests" && bash scripts/ensure-chromium.sh || status=1

# A lane runs its steps in order, keeps going after a failed step, and records whether all passed.
lane() {
  local name=$1
  shift
  local ok=0 started=$SECONDS
  {
    for cmd in "$@"; do
      local title=${cmd%%::*} run=${cmd#*::}
      step "$title"
      bash -c "$run" || ok=1
    done
    echo "   ($name lane: $((SECONDS - started)) s)"
  } >".test-cache/lane-$name.log" 2>&1
  echo "$ok" >".test-cache/lane-$name.status"
}

pids=()
lane checks \
  "Type check::npx tsc -p ." \
  "Lint and format::npx biome check --error-on-warnings ." \
  "Import boundaries and cycles::npx tsx scripts/check-imports.ts" &
pids+=($!)
lane main \
  "Unit and integration tests (PGlite and PostgreSQL)::npx vitest run --reporter=default --reporter=json --outputFile.json=.test-cache/report-main.json" &
pids+=($!)
lane browser \
  "Web build::npm run build --silent" \
  "Browser tests (Chromium, axe)::npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.test-cache/report-e2e.json" &
pids+=($!)
echo "   checks, unit + integration, and web build + browser tests are running side by side…"
wait "${pids[@]}"
for name in checks main browser; do
  cat ".test-cache/lane-$name.log"
  [ "$(cat ".test-cache/lane-$name.status" 2>/dev/null)" = "0" ] || status=1
done

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of fs.readdirSync(".test-cache").filter((f) => f.startsWith("report-"))) {
  const r = JSON.parse(fs.readFileSync(".test-cache/" + f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests + (r.numTotalTestSuites && !r.success && r.numFailedTests === 0 ? 1 : 0);
}
if (process.argv[1] !== "0" && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
' "$status"
exit $status

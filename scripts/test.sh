#!/usr/bin/env bash
# The whole test command: static checks, unit + integration tests on PGlite and PostgreSQL, then the
# browser tests against a fresh build. Prints one closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-cache
rm -f .test-cache/report-*.json
status=0
step() { echo; echo "── $1"; }

step "Chromium for the browser tests" && bash scripts/ensure-chromium.sh || status=1
step "Type check" && npx tsc -p . || status=1
step "Lint and format" && npx biome check --error-on-warnings . || status=1
step "Import boundaries and cycles" && npx tsx scripts/check-imports.ts || status=1
step "Unit and integration tests (PGlite and PostgreSQL)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-cache/report-main.json || status=1
step "Web build" && npm run build --silent || status=1
if [ -f vitest.e2e.config.ts ]; then
  step "Browser tests (Chromium, axe)"
  npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.test-cache/report-e2e.json || status=1
fi

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

// Run by .ci/run after the tests: fails unless every browser test file (a test file that
// calls describeBrowser) ran its tests in Chromium. A suite that skipped, or a file that
// never ran, would otherwise leave CI green while checking nothing in a browser.
//
// Usage: node .ci/checkBrowserTests.mjs REPORT.json [REPO_ROOT]
// REPORT.json is vitest's JSON report (vitest.config.ts writes it when EVENTLINE_TEST_REPORT is set).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [reportPath, rootArg = '.'] = process.argv.slice(2);
if (!reportPath) {
  console.error('usage: node .ci/checkBrowserTests.mjs REPORT.json [REPO_ROOT]');
  process.exit(2);
}
const root = resolve(rootArg);

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const browserFiles = testFiles(join(root, 'tests')).filter((f) => /\bdescribeBrowser\(/.test(readFileSync(f, 'utf8')));
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const byFile = new Map(report.testResults.map((r) => [resolve(r.name), r.assertionResults]));

const problems = [];
let passed = 0;
if (browserFiles.length === 0) problems.push('no test file calls describeBrowser: the browser tests are gone');
for (const file of browserFiles) {
  const name = file.slice(root.length + 1);
  const tests = byFile.get(file);
  if (!tests) {
    problems.push(`${name}: did not run`);
    continue;
  }
  const counts = new Map();
  for (const t of tests) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  const notRun = tests.length - (counts.get('passed') ?? 0) - (counts.get('failed') ?? 0);
  if (notRun > 0) problems.push(`${name}: ${notRun} of ${tests.length} tests did not run (skipped or todo)`);
  else if (tests.length === 0) problems.push(`${name}: has no tests`);
  passed += counts.get('passed') ?? 0;
}
if (problems.length) {
  console.error(`CI: browser tests did not all run:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`CI: ${passed} browser tests passed in ${browserFiles.length} files`);

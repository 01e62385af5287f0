/**
 * .ci/run, run for real in a copy of its files with fake `apt-get` and `npm` first on the
 * PATH: what it installs, what environment the tests get, and that it fails when the
 * browser suites did not run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuitePlan, chromiumPath, systemFiles } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');

let repo: string;
let log: string;
const browserFile = () => join(repo, 'tests/browser/a.browser.test.ts');

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'eventline-ci-'));
  for (const f of ['.ci/run', '.ci/checkBrowserTests.mjs', 'tests/helpers/systemFiles.txt']) {
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    copyFileSync(join(root, f), join(repo, f));
  }
  chmodSync(join(repo, '.ci/run'), 0o755);
  mkdirSync(join(repo, 'tests/browser'));
  writeFileSync(browserFile(), "describeBrowser('in Chromium', () => {});\n");
  writeFileSync(join(repo, 'tests/plain.test.ts'), "describe('no browser', () => {});\n");
  log = join(repo, 'log.txt');
  writeFileSync(log, '');
  mkdirSync(join(repo, 'bin'));
  const fake = (name: string, body: string) => {
    writeFileSync(join(repo, 'bin', name), `#!/bin/sh\necho "${name} $*" >> "$FAKE_LOG"\n${body}\n`);
    chmodSync(join(repo, 'bin', name), 0o755);
  };
  fake('apt-get', 'if [ "$1" = install ] && [ -n "$FAKE_APT_CREATES" ]; then touch "$FAKE_APT_CREATES"; fi');
  fake(
    'npm',
    'if [ "$1" = test ]; then echo "test env: CI=${CI-unset} EVENTLINE_CHROMIUM=${EVENTLINE_CHROMIUM-unset}" >> "$FAKE_LOG"; ' +
      '[ -n "$FAKE_REPORT" ] && cp "$FAKE_REPORT" "$EVENTLINE_TEST_REPORT"; exit "${FAKE_TEST_STATUS:-0}"; fi',
  );
});

/** A vitest JSON report in which the browser file's tests have these statuses. */
function report(statuses: string[] | null): string {
  const file = join(repo, 'report.json');
  const testResults = [{ name: join(repo, 'tests/plain.test.ts'), assertionResults: [{ status: 'passed' }] }];
  if (statuses) testResults.push({ name: browserFile(), assertionResults: statuses.map((status) => ({ status })) });
  writeFileSync(file, JSON.stringify({ testResults }));
  return file;
}

function ciRun(env: Record<string, string>) {
  const r = spawnSync(join(repo, '.ci/run'), [], {
    encoding: 'utf8',
    env: { PATH: `${join(repo, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`, FAKE_LOG: log, ...env },
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout, log: readFileSync(log, 'utf8') };
}

describe('.ci/run', () => {
  it.skipIf(!systemFiles.every((f) => existsSync(f.path)))(
    'with every listed file present, installs nothing and runs the tests with CI=true and the listed Chromium',
    () => {
      const r = ciRun({ FAKE_REPORT: report(['passed', 'passed']), EVENTLINE_CHROMIUM: '/somewhere/else/chrome' });
      expect(r.code, r.stderr).toBe(0);
      expect(r.log).not.toContain('apt-get');
      expect(r.log).toContain('npm ci');
      expect(r.log).toContain('test env: CI=true EVENTLINE_CHROMIUM=unset');
      expect(r.stdout).toContain('CI: 2 browser tests passed in 1 files');
    },
  );

  it('installs the package of a listed file that is missing, and fails if it is still missing', () => {
    const absent = join(repo, 'no-such-font.ttf');
    writeFileSync(join(repo, 'tests/helpers/systemFiles.txt'), `# a comment\n/bin/sh some-shell\n${absent}   fonts-test-core\n`);
    const installed = ciRun({ FAKE_REPORT: report(['passed']), FAKE_APT_CREATES: absent });
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.log).toMatch(/^apt-get update\napt-get install -y --no-install-recommends fonts-test-core\n/);
    writeFileSync(log, '');
    rmSync(absent);
    const stillMissing = ciRun({ FAKE_REPORT: report(['passed']) });
    expect(stillMissing.code).not.toBe(0);
    expect(stillMissing.stderr).toContain(`${absent} fonts-test-core`);
    expect(stillMissing.log).not.toContain('npm');
  });

  it.each([
    ['a browser suite skipped', ['skipped', 'skipped'], /tests\/browser\/a\.browser\.test\.ts: 2 of 2 tests did not run/],
    ['one browser test skipped', ['passed', 'skipped'], /a\.browser\.test\.ts: 1 of 2 tests did not run/],
    ['a browser file did not run at all', null, /a\.browser\.test\.ts: did not run/],
    ['a browser file has no tests', [], /a\.browser\.test\.ts: has no tests/],
  ] as const)('fails when %s, though the tests passed', (_, statuses, message) => {
    writeFileSync(join(repo, 'tests/helpers/systemFiles.txt'), '/bin/sh some-shell\n');
    const r = ciRun({ FAKE_REPORT: report(statuses ? [...statuses] : null) });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
  });

  it('fails when the tests fail', () => {
    writeFileSync(join(repo, 'tests/helpers/systemFiles.txt'), '/bin/sh some-shell\n');
    const r = ciRun({ FAKE_REPORT: report(['passed']), FAKE_TEST_STATUS: '1' });
    expect(r.code).not.toBe(0);
  });
});

describe('browser test harness', () => {
  it('finds Chromium where .ci/run installs it: the path tests/helpers/systemFiles.txt lists', () => {
    const listed = systemFiles.find((f) => f.package === 'chromium')?.path;
    expect(listed).toBe('/usr/bin/chromium');
    expect(chromiumPath).toBe(process.env.EVENTLINE_CHROMIUM || listed);
    expect(systemFiles.map((f) => f.package)).toEqual(expect.arrayContaining(['chromium', 'fonts-noto-core', 'fonts-dejavu-core']));
  });

  it('runs, skips off CI without Chromium, and fails in CI when Chromium or a font is missing', () => {
    const chromium = '/usr/bin/chromium';
    const font = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';
    expect(browserSuitePlan({ ci: false, chromium, missing: [] }).action).toBe('run');
    expect(browserSuitePlan({ ci: true, chromium, missing: [] }).action).toBe('run');
    expect(browserSuitePlan({ ci: false, chromium, missing: [chromium] }).action).toBe('skip');
    expect(browserSuitePlan({ ci: false, chromium, missing: [font] }).action).toBe('run');
    const noFont = browserSuitePlan({ ci: true, chromium, missing: [font] });
    expect(noFont.action).toBe('fail');
    expect(noFont.reason).toContain(font);
    expect(browserSuitePlan({ ci: true, chromium, missing: [chromium] }).action).toBe('fail');
  });
});

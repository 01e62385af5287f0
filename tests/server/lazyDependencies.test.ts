/**
 * jsdom and resvg are loaded when a render first needs them, not when `eventline/server`
 * or the CLI is imported: importing jsdom alone takes longer than Node takes to start.
 * These run the built files (dist/) in fresh Node processes, whose module caches are clean.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingPackageError, requirePackage } from '../../src/server/requirePackage.js';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');

/** Runs an ES module script in a fresh Node, from `cwd`, and returns what it prints as JSON. */
function nodeJson(script: string, cwd: string): unknown {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' }));
}

const loadedPackages = `
  const loaded = (name) => Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('/node_modules/' + name + '/'));`;

describe('loading jsdom and resvg on first use', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'server.js'))) throw new Error('dist/ is missing: run "npm run build" (npm test does it first)');
  });

  it('importing eventline/server loads neither; renderToString loads jsdom only, renderToPng then resvg', () => {
    const seen = nodeJson(
      `import { createRequire } from 'node:module';${loadedPackages}
      const server = await import('./dist/server.js');
      const atImport = { jsdom: loaded('jsdom'), resvg: loaded('@resvg/resvg-js') };
      server.renderToString([{ date: '2024', title: 'x' }]);
      const afterSvg = { jsdom: loaded('jsdom'), resvg: loaded('@resvg/resvg-js') };
      server.renderToPng([{ date: '2024', title: 'x' }]);
      const afterPng = { jsdom: loaded('jsdom'), resvg: loaded('@resvg/resvg-js') };
      console.log(JSON.stringify({ atImport, afterSvg, afterPng }));`,
      root,
    );
    expect(seen).toEqual({
      atImport: { jsdom: false, resvg: false },
      afterSvg: { jsdom: true, resvg: false },
      afterPng: { jsdom: true, resvg: true },
    });
  });

  describe('where jsdom is not installed', () => {
    let sandbox: string;
    beforeAll(() => {
      // A copy of the package whose node_modules holds every installed package but jsdom.
      sandbox = mkdtempSync(join(tmpdir(), 'eventline-no-jsdom-'));
      cpSync(dist, join(sandbox, 'dist'), { recursive: true });
      writeFileSync(join(sandbox, 'package.json'), JSON.stringify({ name: 'eventline', version: '0.0.0-test', type: 'module' }));
      mkdirSync(join(sandbox, 'node_modules'));
      for (const name of readdirSync(join(root, 'node_modules'))) {
        if (name !== 'jsdom' && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(sandbox, 'node_modules', name));
      }
    });
    afterAll(() => {
      if (sandbox) rmSync(sandbox, { recursive: true, force: true });
    });

    it('eventline --help still works, and a render says in one line which package to install', () => {
      const help = spawnSync(process.execPath, ['dist/cli.js', '--help'], { cwd: sandbox, encoding: 'utf8' });
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/^Usage: eventline render/);
      const render = spawnSync(process.execPath, ['dist/cli.js', 'render', '-'], {
        cwd: sandbox,
        encoding: 'utf8',
        input: '[{"date": "2024", "title": "x"}]',
      });
      expect(render.status).toBe(69);
      expect(render.stdout).toBe('');
      expect(render.stderr).toMatch(
        /^eventline: renderToString needs the package jsdom: install it with "npm install jsdom" \(Cannot find module 'jsdom'[^\n]*\)\n$/,
      );
    });

    it('eventline/server imports, and renderToString throws MissingPackageError naming jsdom', () => {
      const seen = nodeJson(
        `const server = await import('./dist/server.js');
        try { server.renderToString([{ date: '2024', title: 'x' }]); console.log('null'); }
        catch (e) { console.log(JSON.stringify({ isMissing: e instanceof server.MissingPackageError, packageName: e.packageName })); }`,
        sandbox,
      );
      expect(seen).toEqual({ isMissing: true, packageName: 'jsdom' });
    });
  });

  it('requirePackage gives a one-line message naming the package and what needs it', () => {
    let error: unknown;
    try {
      requirePackage('eventline-no-such-package', 'renderToWhatever');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingPackageError);
    expect((error as MissingPackageError).packageName).toBe('eventline-no-such-package');
    expect((error as Error).message).toMatch(
      /^renderToWhatever needs the package eventline-no-such-package: install it with "npm install eventline-no-such-package" \(Cannot find module[^\n]*\)$/,
    );
  });
});

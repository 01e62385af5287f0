import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

it('every public export has TSDoc with an @example (npm run docs:check)', () => {
  const r = spawnSync(process.execPath, ['scripts/check-api-docs.mjs'], { cwd: root, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toContain('Every public export has an @example');
  expect(r.status).toBe(0);
}, 120_000);

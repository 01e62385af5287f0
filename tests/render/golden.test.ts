import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderToString } from '../../src/server/renderToString.js';
import { namedCases } from '../helpers/cases.js';
import { parseSvg } from '../helpers/svg.js';

const dir = join(__dirname, '../output');
// Golden files change only on purpose: `npm run golden`, then look at them before committing.
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden SVGs', () => {
  for (const c of namedCases) {
    it(`${c.name} matches tests/output/${c.name}.svg`, () => {
      const actual = renderToString(c.input, { ...c.options, xmlDeclaration: true });
      parseSvg(actual);
      const file = join(dir, `${c.name}.svg`);
      const changed = join(dir, `${c.name}-changed.svg`);
      if (update) {
        writeFileSync(file, actual);
        rmSync(changed, { force: true });
        return;
      }
      expect(existsSync(file), `missing ${file}: run "npm run golden" and look at the result`).toBe(true);
      const expected = readFileSync(file, 'utf8');
      if (actual !== expected) writeFileSync(changed, actual);
      else rmSync(changed, { force: true });
      expect(actual === expected, `${c.name} differs from its golden file; see ${changed}`).toBe(true);
    });
  }
});

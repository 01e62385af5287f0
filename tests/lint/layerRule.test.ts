/**
 * The lint rule that keeps imports going down the layers (eslint.config.mjs, STYLE.md),
 * checked on probe files: a rule that is misspelled or misses a path passes `npm run lint`
 * silently, so what it forbids and allows is asserted here.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The layer messages for a probe module in `src/<folder>/` importing `specifier`. */
async function layerErrors(folder: string, specifier: string): Promise<string[]> {
  const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: resolve(root, 'src', folder, 'probe.ts') });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    ['util', '../model/types.js'],
    ['model', '../layout/layoutTimeline.js'],
    ['format', '../layout/types.js'],
    ['layout', '../render/renderTimeline.js'],
    ['render', '../interact/createTimeline.js'],
    ['render', '../story/storyShell.js'],
    ['interact', '../server/renderToString.js'],
    ['server', '../interact/zoomModel.js'],
    ['server', '../cli/main.js'],
    ['data', '../layout/types.js'],
    // The entries sit above every layer.
    ['render', '../index.js'],
    ['layout', '../browser.js'],
    ['model', '../import.js'],
    // The top-level render entries sit where render does: below interact and server only.
    ['layout', '../renderSvg.js'],
    ['format', '../renderGeometry.js'],
    ['render', '../renderSvg.js'],
    ['story', '../renderGeometry.js'],
  ])('refuses src/%s importing %s', async (folder, specifier) => {
    const errors = await layerErrors(folder, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`src/${folder} sits below that layer`);
  });

  it.each([
    ['model', '../util/uint32Set.js'],
    ['layout', '../model/types.js'],
    ['layout', '../format/formatDate.js'],
    ['layout', './placeRows.js'],
    ['render', '../layout/types.js'],
    ['render', '../options.js'],
    ['story', '../render/theme.js'],
    ['interact', '../renderSvg.js'],
    ['interact', '../story/storyShell.js'],
    ['server', '../renderSvg.js'],
    ['server', '../story/storyShell.js'],
    ['data', '../model/types.js'],
    ['cli', '../server/renderToString.js'],
  ])('allows src/%s importing %s', async (folder, specifier) => {
    expect(await layerErrors(folder, specifier)).toEqual([]);
  });

  it('covers every folder of src/ but the CLI, which may import anything', async () => {
    const folders = readdirSync(resolve(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const unguarded: string[] = [];
    for (const folder of folders) {
      const config = (await eslint.calculateConfigForFile(resolve(root, 'src', folder, 'probe.ts'))) as {
        rules?: Record<string, unknown>;
      };
      if (config.rules?.['no-restricted-imports'] === undefined) unguarded.push(folder);
    }
    expect(unguarded).toEqual(['cli']);
  });
});

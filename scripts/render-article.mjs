// `npm start`: renders the article timeline in English and Arabic from the built package.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from '../dist/server.js';
import { russiaDprk } from '../dist/data.js';
import { buildExamples } from './build-examples.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out');
mkdirSync(outDir, { recursive: true });

for (const locale of ['en', 'ar']) {
  const file = join(outDir, `russia-dprk.${locale}.svg`);
  const svg = renderToString(russiaDprk, { locale, xmlDeclaration: true, theme: 'light' });
  writeFileSync(`${file}.tmp`, svg);
  renameSync(`${file}.tmp`, file);
  console.log(`${locale}: ${relative(process.cwd(), file) || file}`);
}
for (const file of await buildExamples()) console.log(`example: ${relative(process.cwd(), file)}`);
console.log('Open the SVGs in a browser, or examples/index.html for the interactive pages.');

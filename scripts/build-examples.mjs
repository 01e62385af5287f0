// Writes the pages of examples/ that need server rendering (run by `npm start`, and by
// the browser tests before they open the examples).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildExamples() {
  const { renderToString } = await import(join(root, 'dist/server.js'));
  const { russiaDprk } = await import(join(root, 'dist/data.js'));
  const template = readFileSync(join(root, 'examples/hydrated.template.html'), 'utf8');
  const svg = renderToString(russiaDprk, { locale: 'en' });
  const page = template.replace('<!-- eventline:svg -->', svg.trim());
  const file = join(root, 'examples/hydrated.html');
  writeFileSync(`${file}.tmp`, page);
  renameSync(`${file}.tmp`, file);
  return [file];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of await buildExamples()) console.log(f);
}

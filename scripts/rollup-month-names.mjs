// Rollup plugin for the classic-script build: replaces `date-fns/locale` with the month
// names eventline reads from it (`localize.month`), taken from the real date-fns locales
// at build time. A full locale also carries parsers and relative-time phrases eventline
// never uses; this keeps the names and drops the rest: same strings, far fewer bytes.
// A locale imported by src/format/locales.ts but missing from `wanted` fails the build.
import * as locales from 'date-fns/locale';

const VIRTUAL = '\0eventline:date-fns-month-names';

function names(locale) {
  const out = [];
  for (const context of ['formatting', 'standalone']) {
    for (const width of ['wide', 'abbreviated']) {
      out.push(Array.from({ length: 12 }, (_, i) => locale.localize.month(i, { width, context })));
    }
  }
  return out;
}

/** The module that stands in for `date-fns/locale`. */
export function monthNamesModule(wanted) {
  const lines = [
    'const W = { wide: 0, abbreviated: 1 };',
    'const make = (code, n) => ({ code, localize: { month: (i, o = {}) => n[(o.context === "standalone" ? 2 : 0) + (W[o.width] ?? 0)][i] } });',
  ];
  for (const name of wanted) {
    const locale = locales[name];
    if (!locale) throw new Error(`date-fns has no locale "${name}"`);
    lines.push(`export const ${name} = make(${JSON.stringify(locale.code)}, ${JSON.stringify(names(locale))});`);
  }
  return lines.join('\n');
}

export function monthNamesOnly(wanted) {
  return {
    name: 'eventline-month-names-only',
    resolveId(id, importer) {
      return id === 'date-fns/locale' && importer && !importer.includes('node_modules') ? VIRTUAL : null;
    },
    load(id) {
      return id === VIRTUAL ? monthNamesModule(wanted) : null;
    },
  };
}

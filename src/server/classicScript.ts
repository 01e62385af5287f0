import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The classic script (`eventline.min.js`) is not where the package keeps it: a checkout
 * that was never built, or a bundle that left the file behind. The message says how to
 * go on without it.
 *
 * @example
 * ```ts
 * try { renderToHtml(events); } catch (e) {
 *   if (e instanceof MissingScriptError) renderToHtml(events, { script: 'src', scriptSrc: '/js/eventline.min.js' });
 * }
 * ```
 */
export class MissingScriptError extends Error {
  constructor(purpose: string, cause: unknown) {
    const why = String((cause as Error | undefined)?.message ?? cause).split('\n', 1)[0];
    super(
      `${purpose}: cannot read eventline.min.js, the script it inlines (${why}); ` +
        'build the package ("npm run build"), or pass script: "src" with scriptSrc, or script: false for a page without JavaScript',
    );
    this.name = 'MissingScriptError';
  }
}

/**
 * The classic-script build, as text to put inside `<script>`. Found through the package's
 * own name (its `exports` list `./eventline.min.js`), so it is the file beside this
 * module's build wherever the package is installed, and read when a page needs it.
 * `</script` inside it is written `<\/script`, which means the same in every string,
 * template and regular expression, and cannot end the element early.
 */
export function classicScript(purpose: string): string {
  let text: string;
  try {
    const path = createRequire(import.meta.url).resolve('eventline/eventline.min.js');
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new MissingScriptError(purpose, e);
  }
  // After "<!--" a "<script" would keep the element open past its end tag; no escape fixes that in every context.
  if (/<!--/.test(text)) throw new MissingScriptError(purpose, new Error('the file holds "<!--", which cannot be inlined safely'));
  return text.replace(/<\/(script)/gi, '<\\/$1');
}

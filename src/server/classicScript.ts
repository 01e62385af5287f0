import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MissingPackageError } from './requirePackage.js';

/**
 * The story's classic script (`eventline-story.min.js`) is not where the package keeps it: a checkout
 * that was never built, or a bundle that left the file behind. A part of the package is
 * missing, so it is a {@link MissingPackageError} (the CLI exits 69); the message says
 * how to go on without it.
 *
 * @example
 * ```ts
 * try { renderToHtml(events); } catch (e) {
 *   if (e instanceof MissingScriptError) renderToHtml(events, { script: 'src', scriptSrc: '/js/eventline-story.min.js' });
 * }
 * ```
 */
export class MissingScriptError extends MissingPackageError {
  constructor(purpose: string, cause: unknown) {
    super('eventline', purpose, cause);
    const why = String((cause as Error | undefined)?.message ?? cause).split('\n', 1)[0];
    this.message =
      `${purpose}: cannot read eventline-story.min.js, the script it inlines (${why}); ` +
      'build the package ("npm run build"), or pass script: "src" with scriptSrc, or script: false for a page without JavaScript';
    this.name = 'MissingScriptError';
  }
}

/**
 * The story's classic-script build, as text to put inside `<script>`. Found through the package's
 * own name (its `exports` list `./eventline-story.min.js`), so it is the file beside this
 * module's build wherever the package is installed, and read when a page needs it.
 * `</script` inside it is written `<\/script`, which means the same in every string,
 * template and regular expression, and cannot end the element early.
 */
export function classicScript(purpose: string): string {
  // Read once per process: a site build writes many pages with the same script.
  return (inlined ??= readInlinable(purpose));
}

let inlined: string | undefined;

function readInlinable(purpose: string): string {
  let text: string;
  try {
    const path = createRequire(import.meta.url).resolve('eventline/eventline-story.min.js');
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new MissingScriptError(purpose, e);
  }
  // After "<!--" a "<script" would keep the element open past its end tag; no escape fixes that in every context.
  if (/<!--/.test(text)) throw new MissingScriptError(purpose, new Error('the file holds "<!--", which cannot be inlined safely'));
  return text.replace(/<\/(script)/gi, '<\\/$1');
}

import { createRequire } from 'node:module';

/**
 * A package the server renderer loads on first use could not be loaded: not installed,
 * or (for a native package) no binary for this platform. The message is one line that
 * names the package, fit to show a user as it is.
 *
 * @example
 * ```ts
 * try { renderToPng(events); } catch (e) {
 *   if (e instanceof MissingPackageError) console.error(e.message); // "renderToPng needs the package @resvg/resvg-js …"
 * }
 * ```
 */
export class MissingPackageError extends Error {
  constructor(
    readonly packageName: string,
    purpose: string,
    cause: unknown,
  ) {
    // Node's own message continues with the whole require stack; its first line says enough.
    const why = String((cause as Error | undefined)?.message ?? cause).split('\n', 1)[0];
    super(`${purpose} needs the package ${packageName}: install it with "npm install ${packageName}" (${why})`);
    this.name = 'MissingPackageError';
  }
}

/**
 * `require`s a package when it is first needed instead of importing it with the module:
 * importing `eventline/server` (or running `eventline --help`) then costs nothing for
 * jsdom or resvg, and works without a package that is never used.
 */
export function requirePackage<T>(packageName: string, purpose: string): T {
  try {
    return createRequire(import.meta.url)(packageName) as T;
  } catch (e) {
    throw new MissingPackageError(packageName, purpose, e);
  }
}

import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes beside the target, then renames over it: a reader never sees half a file,
 * and a failure leaves an existing file as it was.
 *
 * @example
 * ```ts
 * writeFileAtomic('out/timeline.svg', svg);
 * ```
 */
export function writeFileAtomic(path: string, data: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes beside the target, then renames over it: a reader never sees half a file,
 * and a failure leaves an existing file as it was.
 *
 * @example
 * ```ts
 * writeFileAtomic('out/timeline.svg', svg);
 * writeFileAtomic('out/timeline.png', renderToPng(events)); // bytes are written as they are
 * ```
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeOnSignal } from './removeOnSignal.js';

/**
 * Writes beside the target, then renames over it: a reader never sees half a file, and
 * a failure or a signal (Ctrl-C, `kill`) leaves an existing file as it was and no
 * temporary file behind. The temporary name is random and the file is created
 * exclusively (`wx`): a file or symlink planted at that name makes the write fail
 * instead of being followed.
 *
 * @example
 * ```ts
 * await writeFileAtomic('out/timeline.svg', svg);
 * await writeFileAtomic('out/timeline.png', renderToPng(events)); // bytes are written as they are
 * ```
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  // Armed before the file exists, so a signal while it is being created removes it too.
  const forget = removeOnSignal(temp);
  try {
    // An error here (the name exists) leaves that file alone: it is not ours.
    const file = await open(temp, 'wx');
    try {
      try {
        await file.writeFile(data);
        await file.datasync();
      } finally {
        await file.close();
      }
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  } finally {
    forget();
  }
}

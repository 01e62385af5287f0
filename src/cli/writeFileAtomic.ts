import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeOnSignal } from './removeOnSignal.js';

/** The permission bits of the file being replaced: a private (0600) output stays private. */
async function existingMode(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.mode & 0o777 : undefined;
  } catch {
    return undefined; // no file yet: the new one gets the usual mode (0666 less the umask)
  }
}

/**
 * Writes beside the target, then renames over it: a reader never sees half a file, and
 * a failure or a signal (Ctrl-C, `kill`) leaves an existing file as it was and no
 * temporary file behind. The temporary name is random and the file is created
 * exclusively (`wx`): a file or symlink planted at that name makes the write fail
 * instead of being followed. A replaced file keeps its permission bits.
 *
 * @example
 * ```ts
 * await writeFileAtomic('out/timeline.svg', svg);
 * await writeFileAtomic('out/timeline.png', renderToPng(events)); // bytes are written as they are
 * ```
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const mode = await existingMode(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  // Armed before the file exists, so a signal while it is being created removes it too.
  const forget = removeOnSignal(temp);
  try {
    // If the name exists, this fails and that file is left alone: it is not ours. The
    // file is never more open than the one it replaces; chmod then gives it exactly
    // those bits, which open narrows by the umask.
    const file = await open(temp, 'wx', mode ?? 0o666);
    try {
      try {
        if (mode !== undefined) await file.chmod(mode);
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

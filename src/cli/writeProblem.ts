/**
 * Why an output file could not be written, in words about that file: the error of the
 * temporary file it is written through names a path the user never gave.
 *
 * @example
 * ```ts
 * writeProblem(Object.assign(new Error('ENOENT: …'), { code: 'ENOENT' })) // 'its folder does not exist'
 * ```
 */
export function writeProblem(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the device';
    case 'EEXIST':
      // The temporary file's name was taken (never followed): someone may be planting links.
      return 'EEXIST: the temporary file beside it already exists; nothing was written';
    default:
      return typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
  }
}

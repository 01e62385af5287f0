import { rmSync } from 'node:fs';
import { constants } from 'node:os';

const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { force: true });
  // 128 + the signal's number is how shells report a process the signal ended (130 for SIGINT, 143 for SIGTERM).
  process.exit(128 + constants.signals[signal]);
}

/**
 * Until the returned function is called, Ctrl-C, `kill` or a closed terminal removes
 * `path` before the process ends (with status 128 + the signal's number), instead of
 * ending it at once with the file left behind. The handlers are installed only while
 * some path is pending, so the rest of the run keeps Node's default behaviour.
 *
 * @example
 * ```ts
 * const forget = removeOnSignal(temp);
 * try { await writeFile(temp, data); await rename(temp, target); } finally { forget(); }
 * ```
 */
export function removeOnSignal(path: string): () => void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  pending.add(path);
  return () => {
    pending.delete(path);
    if (pending.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
  };
}

/**
 * The CPU time of a call, in milliseconds. CPU time of this process rather than wall time:
 * test files run in parallel on a shared machine, and another process's work must not
 * count as ours.
 */
export function cpuMillis(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * The least CPU time of each function over a few interleaved runs: the first run pays for
 * warming up, and a garbage collection may land on either.
 */
export function bestOfEach(fns: readonly (() => void)[], runs = 3): number[] {
  const best = fns.map(() => Infinity);
  for (let i = 0; i < runs; i++) {
    fns.forEach((f, k) => {
      best[k] = Math.min(best[k]!, cpuMillis(f));
    });
  }
  return best;
}

import fc from 'fast-check';

/**
 * Fuzz settings, from the environment:
 * - `FUZZ_RUNS`: runs per property (default 1000; `npm run fuzz` uses 100000).
 * - `FUZZ_SEED`: the seed, to replay a failure. Without it a fresh seed is drawn and printed.
 *
 * A failing property prints fast-check's counterexample with `seed` and `path`; rerun with
 * `FUZZ_SEED=<seed> npx vitest run tests/fuzz -t '<test name>'` to get it again.
 */
export const FUZZ_RUNS = positiveInteger('FUZZ_RUNS', process.env.FUZZ_RUNS ?? '1000');
export const FUZZ_SEED =
  process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== ''
    ? integer('FUZZ_SEED', process.env.FUZZ_SEED)
    : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;

let announced = false;

/** fast-check parameters for one property; prints the seed once per test file. */
export function fuzzParams(numRuns: number = FUZZ_RUNS): fc.Parameters<unknown> {
  if (!announced) {
    announced = true;
    console.log(`[fuzz] seed ${FUZZ_SEED}, ${FUZZ_RUNS} runs per property (replay: FUZZ_SEED=${FUZZ_SEED})`);
  }
  return { seed: FUZZ_SEED, numRuns, endOnFailure: false };
}

/** A per-test time limit that grows with the number of runs (default runs: `base` ms). */
export function timeoutFor(base: number, runs: number = FUZZ_RUNS): number {
  return Math.max(base, Math.ceil((base * runs) / 1000) * 2);
}

function positiveInteger(name: string, text: string): number {
  const n = integer(name, text);
  if (n < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(text)}`);
  return n;
}

function integer(name: string, text: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw new Error(`${name} must be an integer, got ${JSON.stringify(text)}`);
  return Number(text) | 0;
}

// Every property test draws its inputs from one seed when FUZZ_SEED is set, as CI sets it:
// a run that passed passes again, and a failure replays with the same variable locally.
// Without it each run draws a fresh seed, so everyday runs keep exploring.
import fc from 'fast-check';

const given = process.env.FUZZ_SEED;
if (given !== undefined && given !== '') fc.configureGlobal({ seed: Number.parseInt(given, 10) });

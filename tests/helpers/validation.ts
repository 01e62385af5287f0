/**
 * The ValidationError a call throws, for tests of what input is refused and how the
 * refusal reads. Fails the test when the call returns, or throws anything else.
 */
import { ValidationError } from '../../src/model/ValidationError.js';

export function validationError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

/** The messages of the problems a call is refused with, in order. */
export function problemMessages(run: () => unknown): string[] {
  return validationError(run).issues.map((i) => i.message);
}

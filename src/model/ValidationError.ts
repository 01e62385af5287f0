import type { ValidationIssue } from './types.js';

/**
 * Thrown when input cannot become a timeline. Holds every problem found, not only the
 * first, so a user can fix a file in one pass.
 *
 * @example
 * ```ts
 * try { parseTimeline(data) } catch (e) {
 *   if (e instanceof ValidationError) for (const i of e.issues) console.error(i.message)
 * }
 * ```
 */
export class ValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

  /**
   * Collects the problems into one error whose message lists them all.
   *
   * @param issues every problem found, each already naming its event and field
   */
  constructor(issues: readonly ValidationIssue[]) {
    const head = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid timeline input (${head}):\n` + issues.map((i) => `  ${i.message}`).join('\n'));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/**
 * Duck-typed check that survives two copies of the package (ESM + CJS) in one process.
 *
 * @example
 * ```ts
 * try { parseTimeline(data) } catch (e) { if (isValidationError(e)) e.issues.forEach((i) => console.error(i.message)) }
 * ```
 */
export function isValidationError(e: unknown): e is ValidationError {
  return e instanceof ValidationError || (e instanceof Error && e.name === 'ValidationError' && Array.isArray((e as ValidationError).issues));
}

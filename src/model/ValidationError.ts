import type { ValidationIssue } from './types.js';

/**
 * How many problems a {@link ValidationError} lists in its message. A file with a million
 * bad rows should still give a message a person can read.
 *
 * @example
 * ```ts
 * e.message.split('\n').length <= MESSAGE_ISSUES + 2 // heading, problems, "and N more problems"
 * ```
 */
export const MESSAGE_ISSUES = 100;

/**
 * How many problems a {@link ValidationError} keeps in `issues`. Past this only the count
 * grows, so memory stays bounded however bad the input is.
 *
 * @example
 * ```ts
 * e.issues.length <= KEPT_ISSUES && e.total >= e.issues.length // true
 * ```
 */
export const KEPT_ISSUES = 1000;

/**
 * Thrown when input cannot become a timeline. Holds every problem found, not only the
 * first, so a user can fix a file in one pass: the first {@link KEPT_ISSUES} in `issues`,
 * and the exact number in `total`. The message lists the first {@link MESSAGE_ISSUES}.
 *
 * @example
 * ```ts
 * try { parseTimeline(data) } catch (e) {
 *   if (e instanceof ValidationError) for (const i of e.issues) console.error(i.message)
 * }
 * ```
 */
export class ValidationError extends Error {
  /** The first problems found, in input order (at most {@link KEPT_ISSUES}). */
  readonly issues: readonly ValidationIssue[];
  /** How many problems were found in all; more than `issues.length` when some were not kept. */
  readonly total: number;

  /**
   * Collects the problems into one error whose message lists them.
   *
   * @param issues the problems found, each already naming its event and field
   * @param total how many were found, when `issues` holds only the first of them
   */
  constructor(issues: readonly ValidationIssue[], total: number = issues.length) {
    const count = Math.max(total, issues.length);
    const head = count === 1 ? '1 problem' : `${count} problems`;
    const lines = issues.slice(0, MESSAGE_ISSUES).map((i) => `  ${i.message}`);
    const more = count - lines.length;
    if (more > 0) lines.push(`  and ${more} more ${more === 1 ? 'problem' : 'problems'}`);
    super(`Invalid timeline input (${head}):\n` + lines.join('\n'));
    this.name = 'ValidationError';
    this.issues = issues.length > KEPT_ISSUES ? issues.slice(0, KEPT_ISSUES) : issues;
    this.total = count;
  }
}

/**
 * Problems as they are found: the first {@link KEPT_ISSUES} kept, every one counted.
 *
 * @example
 * ```ts
 * const issues = new IssueList();
 * issues.push({ message: 'input: empty' });
 * if (issues.count > 0) throw issues.error();
 * ```
 */
export class IssueList {
  readonly kept: ValidationIssue[] = [];
  count = 0;

  push(issue: ValidationIssue): void {
    this.count++;
    if (this.kept.length < KEPT_ISSUES) this.kept.push(issue);
  }

  error(): ValidationError {
    return new ValidationError(this.kept, this.count);
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
  return (
    e instanceof ValidationError || (e instanceof Error && e.name === 'ValidationError' && Array.isArray((e as ValidationError).issues))
  );
}

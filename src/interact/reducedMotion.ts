/** Whether the reader asks for less motion: animations then jump to their end. */
export function reducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

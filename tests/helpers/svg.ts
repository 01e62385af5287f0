import { JSDOM } from 'jsdom';

const { window } = new JSDOM('');

/** Parses SVG text as strict XML; throws with the parser's message when it is not well formed. */
export function parseSvg(text: string): Document {
  const doc = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Every element name and attribute name in a document, for "nothing from data became markup" checks. */
export function markupInventory(doc: Document): { elements: Set<string>; attributes: Set<string> } {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    elements.add(el.localName);
    for (const a of Array.from(el.attributes)) attributes.add(a.name);
  }
  return { elements, attributes };
}

import { describe, expect, it } from 'vitest';
import { cardIds, hashOf, idFromHash, storyPrefix } from '../../src/story/storyIds.js';

describe('cardIds', () => {
  it('keeps every id that is a valid HTML id', () => {
    expect(cardIds(['summit-2024', 'قمة', 'e-0abc123', 'a:b'])).toEqual(['summit-2024', 'قمة', 'e-0abc123', 'a:b']);
  });

  it('turns white space into "-" and gives way to ids already taken, so ids stay unique', () => {
    const ids = cardIds(['peace talks', 'peace-talks', 'peace\ttalks', 'x  y']);
    expect(ids).toEqual(['peace-talks-2', 'peace-talks', 'peace-talks-3', 'x-y']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).not.toMatch(/[\t\n\f\r ]/);
  });
});

describe('storyPrefix', () => {
  it('is the base when no card id starts with it', () => {
    expect(storyPrefix('el-abc', ['summit', 'el-ab', 'el-abcd'])).toBe('el-abc');
  });

  it('moves on when an event id is the prefix or starts with it and "-"', () => {
    expect(storyPrefix('el-abc', ['el-abc-title'])).toBe('el-abc2');
    expect(storyPrefix('el-abc', ['el-abc', 'el-abc2-e0'])).toBe('el-abc3');
  });
});

describe('URL fragments', () => {
  it('round-trip every id, readable where they can be', () => {
    for (const id of ['summit-2024', '50% "off"', 'a#b', 'قمة', 'x<y>`z', '%41']) {
      const hash = hashOf(id);
      expect(hash).not.toMatch(/[ "<>`]|#.*#/);
      // What the browser hands back: non-ASCII percent-encoded, the rest as written.
      const fromBrowser = new URL(`https://example.org/page.html${hash}`).hash;
      expect(idFromHash(fromBrowser)).toBe(id);
    }
    expect(hashOf('summit-2024')).toBe('#summit-2024');
  });

  it('reads a fragment that is not valid percent-encoding as written', () => {
    expect(idFromHash('#100%')).toBe('100%');
  });
});

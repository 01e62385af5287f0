import { describe, expect, it } from 'vitest';
import { storyWords } from '../../src/story/storyWords.js';

describe('storyWords', () => {
  it('gives the words of the base language, English otherwise', () => {
    expect(storyWords('ar-EG').next).toBe('التالي');
    expect(storyWords('de').next).toBe('Next');
    expect(storyWords('constructor').next).toBe('Next');
  });

  it('takes overrides of known words only, and names a word that is not a string', () => {
    const words = storyWords('en', { next: 'Onward', toString: 'x' } as never);
    expect(words.next).toBe('Onward');
    expect(Object.keys(words)).toEqual(Object.keys(storyWords('en')));
    expect(() => storyWords('en', { previous: 3 } as never)).toThrow('options.words.previous: expected a string, got number');
  });
});

import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { validationError as thrownBy } from '../helpers/validation.js';

const events = [
  { date: '1950', title: 'A', category: 'war' },
  { date: '1960', title: 'B', category: 'toString' },
  { date: '1970', title: 'C', category: 'talks' },
];

describe('category names', () => {
  it('the legend names each category in the timeline language, its key where none is given', () => {
    const timeline = parseTimeline({ events, categories: { war: { en: 'War', ar: 'حرب' }, toString: 'Odd key' } });
    expect(timeline.categories).toEqual([
      ['war', { en: 'War', ar: 'حرب' }],
      ['toString', 'Odd key'],
    ]);
    const names = (locale: string) =>
      layoutTimeline(timeline, { width: 960, locale })
        .legend!.items.filter((i) => i.kind === 'category')
        .map((i) => i.label.full);
    expect(names('ar')).toEqual(['حرب', 'Odd key', 'talks']);
    expect(names('en')).toEqual(['War', 'Odd key', 'talks']);
  });

  it('keys named like Object.prototype members are plain keys', () => {
    const timeline = parseTimeline({ events });
    expect(timeline.categories).toBeUndefined();
    const legend = layoutTimeline(timeline, { width: 960 }).legend!;
    expect(legend.items.filter((i) => i.kind === 'category').map((i) => i.label.full)).toEqual(['war', 'toString', 'talks']);
  });

  it('a bad name is a ValidationError naming the field', () => {
    const e = thrownBy(() => parseTimeline({ events, categories: { war: 42 } }));
    expect(e.issues.map((i) => i.field)).toEqual(['categories["war"]']);
    const f = thrownBy(() => parseTimeline({ events, categories: ['war'] }));
    expect(f.message).toMatch(/input\.categories: expected an object of category names/);
  });
});

describe('category names round-trip', () => {
  it('through the story config, a "__proto__" key included', async () => {
    const { timelineInput } = await import('../../src/story/storyConfig.js');
    const input = JSON.parse(
      '{"events":[{"date":"1950","title":"A","category":"__proto__"}],"categories":{"__proto__":"Odd","war":{"en":"War"}}}',
    );
    const timeline = parseTimeline(input);
    expect(timeline.categories).toEqual([
      ['__proto__', 'Odd'],
      ['war', { en: 'War' }],
    ]);
    expect(parseTimeline(JSON.parse(JSON.stringify(timelineInput(timeline))))).toEqual(timeline);
  });
});

import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { renderToString } from '../../src/server/index.js';
import { visLanes } from '../helpers/lanes.js';
it('scratch', () => {
  for (const lang of ['en', 'ar'] as const)
    for (const width of [375, 1280])
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const svg = renderToString({ ...visLanes(lang, 45, 30), title: lang === 'en' ? 'Three lanes' : 'ثلاثة مسارات' }, { width, orientation });
        writeFileSync(`/tmp/lanes/${lang}-${width}-${orientation}.svg`, svg);
      }
});

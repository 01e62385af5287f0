// The rollup (and Vite) plugin that bundles d3-zoom without d3-transition; rollup.config.mjs
// uses it for every build, scripts/bundle-modules.mjs for the pages it builds from src/.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// d3-zoom goes into every build, with its `d3-transition` and `d3-interpolate` imports
// pointed at src/interact/zoomTween.ts (which says why: about 10 KB gzip in every page that
// zooms). In the package builds d3-zoom's other imports (d3-selection, d3-drag,
// d3-dispatch) stay imports of `d3`, the one d3 package we depend on.
export const d3ZoomFile = createRequire(import.meta.url).resolve('d3-zoom');
const zoomTweenFile = fileURLToPath(new URL('../src/interact/zoomTween.ts', import.meta.url));
export const zoomWithoutTransition = ({ bundleD3 }) => ({
  name: 'zoom-without-transition',
  async resolveId(id, importer, options) {
    if (id === 'd3-zoom') return d3ZoomFile;
    if (importer !== d3ZoomFile) {
      // The d3 bundle re-exports d3-transition; nothing here uses it, so it goes unless used.
      if (id !== 'd3-transition' || !bundleD3) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, moduleSideEffects: false };
    }
    if (id === 'd3-transition' || id === 'd3-interpolate') return zoomTweenFile;
    return bundleD3 || !id.startsWith('d3-') ? null : { id: 'd3', external: true };
  },
});

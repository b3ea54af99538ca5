import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterNextPaint } from './app/after-next-paint';
import { dropEarlyClicks, takeEarlyClicks } from './app/early-clicks';
import { startPageUncertaintyRuns } from './app/uncertainty-runs';
import { openedPageMode, startUrlSync } from './app/url-sync';
import { applyChartTheme } from './theme/chart-theme';
import { App } from './ui/app';
import { loadPlotFrames } from './ui/charts/plot-frames-loader';
import { startRangePartsLoading } from './ui/range-parts-loader';
import { onCaughtError } from './ui/error-boundary';
// The chart palette of each theme (vite-plugins/chart-palette-css.ts); applyChartTheme picks one.
import 'virtual:chart-palette.css';
import './styles.css';
import './ui/presets.css';
import './ui/controls.css';
import './ui/ranges.css';
import './ui/figures.css';
import './ui/workflow.css';

// Embed view and theme come from the link as opened (url-sync keeps them in every URL it writes).
const { embed, theme } = openedPageMode();

// Page and chart colours for the link's theme, or the reader's light or dark scheme, and follow
// the scheme when it changes (index.html's head script already chose before the first paint).
applyChartTheme(document.documentElement, window, theme);

// Read the link before the first render, so the first paint already shows the linked scenario.
startUrlSync();

// Ranges are sampled in a worker, which loads only when the first range appears; so does the code
// of the range controls and figures (a link that opens with ranges fetches it alongside hydration).
startPageUncertaintyRuns();
startRangePartsLoading();

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

const page = (
  <StrictMode>
    <App embed={embed} />
  </StrictMode>
);

// Our error boundaries log one line naming the part that failed (ui/error-boundary.tsx); React's
// own report of the same error, a second and in development much longer one, is left out.
// The plots' code (recharts) loads apart from the page. Where the prerendered charts already sit
// within half a viewport of the screen, fetch it now, alongside hydration, rather than once the
// first plot asks for it; a phone at the top of the page, charts screens away, fetches nothing.
// Asked of an observer, not getBoundingClientRect: where the script runs before the page's first
// layout (a slow phone), measuring here would lay the whole page out inside this task.
const charts = container.querySelector('.charts');
if (charts && typeof IntersectionObserver === 'function') {
  const near = new IntersectionObserver(
    (entries) => {
      near.disconnect();
      if (!entries.some((entry) => entry.isIntersecting)) return;
      void loadPlotFrames().catch(() => {
        // The plot asks again when it draws, and its error boundary reports a failure there.
      });
    },
    { rootMargin: '0px 0px 50% 0px' },
  );
  near.observe(charts);
}

if (embed === false && container.firstElementChild) {
  // The built page holds the explorer prerendered for the defaults (vite-plugins/prerender.ts).
  // Hydration reads the stores' initial state, as the prerender did, and a linked scenario
  // follows straight after (index.html keeps it hidden until then). In a transition React
  // hydrates in slices of a few milliseconds, so the page answers input while it does.
  // Buttons pressed on it before now are pressed again once it has hydrated (app/early-clicks.ts;
  // App does it, so the tree stays exactly the prerendered one and so do its useId ids).
  //
  // It starts once the prerendered page has been painted (a frame, then a task), so the first
  // paint never waits for hydration's slices, which keep a phone's main thread busy for a few
  // hundred milliseconds; for a reader it costs one frame. Lighthouse's headless Chromium often
  // holds a page's first frame for about a second (GoogleChrome/lighthouse#17148); when hydration
  // ran before it, the simulated first contentful paint counted all its work. Four runs each:
  // FCP 1.47–1.48 → 1.32–1.36 s, LCP 2.23–2.33 → 1.87–1.94 s (one run of each outside those).
  afterNextPaint(() => {
    takeEarlyClicks();
    startTransition(() => {
      hydrateRoot(container, page, { onCaughtError });
    });
  });
} else {
  // An embed shows another page than the prerendered one: render it afresh (React replaces the
  // prerendered HTML when it commits), as in development, where index.html has no prerender.
  // Nothing of the prerendered page stays, so its early presses are dropped.
  takeEarlyClicks();
  dropEarlyClicks();
  createRoot(container, { onCaughtError }).render(page);
}

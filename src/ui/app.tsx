/**
 * Page layout: header (copy link, embed, undo / redo), link notice, presets, then the controls
 * beside the figures and charts, and the scenario workflow (compare, pins, files, quote) below.
 * In embed mode (`?embed=field|researchers|impact|figures`) only that chart or the figures show.
 */
import { lazy, Suspense } from 'react';
import type { EmbedView } from '../url/link-codec';
import { ChangedChips } from './changed-chips';
import { ChartsPanel } from './charts-panel';
import { ComparePanel } from './compare-panel';
import { ControlsPanel } from './controls-panel';
import { CopyLinkButton } from './copy-link-button';
import { EmbedDialog } from './embed-dialog';
import { Explanation } from './explanation';
import { HeadlineFigures } from './headline-figures';
import { LinkNotice } from './link-notice';
import { PresetsBar } from './presets-bar';
import { StickySummary } from './sticky-summary';
import { UndoRedo } from './undo-redo';
import { useRevealPage } from './use-reveal-page';

// Below the fold or only in embed mode: loaded after the first paint, to keep the initial
// JavaScript small (see the bundle budget in the README's benchmark section).
const EmbedApp = lazy(() => import('./embed-app').then((m) => ({ default: m.EmbedApp })));
const QuoteBox = lazy(() => import('./quote-box').then((m) => ({ default: m.QuoteBox })));
const ScenarioFiles = lazy(() =>
  import('./scenario-files').then((m) => ({ default: m.ScenarioFiles })),
);
// The model written out in full: several kilobytes of text at the foot of the page.
const HowCalculated = lazy(() =>
  import('./how-calculated').then((m) => ({ default: m.HowCalculated })),
);

export function App({ embed = false }: { readonly embed?: false | EmbedView }) {
  useRevealPage();
  if (embed !== false) {
    return (
      <Suspense fallback={null}>
        <EmbedApp view={embed} />
      </Suspense>
    );
  }
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Does training safety researchers feed capabilities?</h1>
          <p className="page__lede">
            A program places one cohort of researchers, some into AI safety and some into AI
            capabilities. Move the assumptions and see how the field&apos;s ratio moves, and whether
            the cohort is net positive at the break-even ratio you believe in.
          </p>
        </div>
        <div className="toolbar">
          <UndoRedo />
          <EmbedDialog />
          <CopyLinkButton />
        </div>
      </header>
      <LinkNotice />
      <PresetsBar />
      <main className="page__main">
        <StickySummary />
        <ControlsPanel />
        <div className="page__results">
          <ChangedChips />
          <HeadlineFigures />
          <ComparePanel />
          <ChartsPanel />
          <Explanation />
          <Suspense fallback={null}>
            <QuoteBox />
            <ScenarioFiles />
          </Suspense>
          <Suspense fallback={null}>
            <HowCalculated />
          </Suspense>
        </div>
      </main>
      <footer className="page__footer">
        <p>
          Every figure is computed in your browser from the assumptions on this page; the link in
          the address bar reopens exactly this scenario. Figures from public sources are cited next
          to each preset.
        </p>
      </footer>
    </div>
  );
}

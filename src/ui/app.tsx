/**
 * Page layout: header (copy link, embed, undo / redo), link notice, presets, then the controls
 * beside the figures and charts, and the scenario workflow (compare, pins, files, quote) below.
 * In embed mode (`?embed=…`, e.g. `impact`, `field-years` or `figures`) only that chart or the
 * figures show.
 *
 * Faults: the page has an error boundary (page-boundary.tsx), each chart another
 * (chart-boundary.tsx), and the headline figures and every section loaded later one each
 * (section-boundary.tsx), so a fault shows a message in the place of the part that failed.
 */
import { Suspense, useEffect } from 'react';
import { replayEarlyClicks } from '../app/early-clicks';
import { useScenarioStore } from '../store/scenario-store';
import { startWarmUp } from './warm-up';
import type { EmbedView } from '../url/link-codec';
import type { UncertaintyState } from '../app/uncertainty-runs';
import { ChangedChips } from './changed-chips';
import { ChartsPanel } from './charts-panel';
import { ComparePanel } from './compare-panel';
import { ControlsPanel } from './controls-panel';
import { CopyLinkButton } from './copy-link-button';
import { EmbedDialog } from './embed-dialog';
import { Explanation } from './explanation';
import { HeadlineFigures } from './headline-figures';
import { LinkNotice } from './link-notice';
import { PageBoundary } from './page-boundary';
import { PresetsBar } from './presets-bar';
import { retryableLazy } from './retryable-lazy';
import { SectionBoundary } from './section-boundary';
import { StickySummary } from './sticky-summary';
import { UndoRedo } from './undo-redo';
import { useRevealPage } from './use-reveal-page';
import { useUncertaintySelect } from './use-uncertainty';

// Below the fold or only in embed mode: loaded after the first paint, to keep the initial
// JavaScript small (see the bundle budget in the README's benchmark section). A chunk that does
// not arrive can be fetched again from the section's message (retryable-lazy.ts).
const EmbedApp = retryableLazy(
  () => import('./embed-app'),
  (m) => m.EmbedApp,
);
const QuoteBox = retryableLazy(
  () => import('./quote-box'),
  (m) => m.QuoteBox,
);
const ScenarioFiles = retryableLazy(
  () => import('./scenario-files'),
  (m) => m.ScenarioFiles,
);
// The charts of the ranges' samples: only once some input is a range (most readers never load it).
const UncertaintyChartsPanel = retryableLazy(
  () => import('./uncertainty-charts-panel'),
  (m) => m.UncertaintyChartsPanel,
);
// "Over the years" (issue 12): three more charts below the first three, about 6 KiB gzip that
// would push the first load past its budget. The prerendered page has them, so nothing moves
// while the chunk arrives.
const YearsChartsPanel = retryableLazy(
  () => import('./years-charts-panel'),
  (m) => m.YearsChartsPanel,
);
// The model written out in full: several kilobytes of text at the foot of the page.
const HowCalculated = retryableLazy(
  () => import('./how-calculated'),
  (m) => m.HowCalculated,
);

export function App({ embed = false }: { readonly embed?: false | EmbedView }) {
  useRevealPage();
  // Buttons pressed on the prerendered page before its code ran (app/early-clicks.ts): after the
  // hydration's commit, as every part's effects run before this one.
  useEffect(() => replayEarlyClicks(), []);
  // Then, in idle time, the code of a slider step is warmed up (warm-up.ts); an embed has no
  // sliders, so it has nothing to warm.
  useEffect(
    () => (embed === false ? startWarmUp(() => useScenarioStore.getState().scenario) : undefined),
    [embed],
  );
  return (
    <PageBoundary>
      {embed === false ? (
        <ExplorerPage />
      ) : (
        <SectionBoundary
          name="This view"
          hint="The link still holds the scenario: reloading may help."
          onRetry={EmbedApp.retry}
        >
          <Suspense fallback={null}>
            <EmbedApp view={embed} />
          </Suspense>
        </SectionBoundary>
      )}
    </PageBoundary>
  );
}

const hasSampling = (state: UncertaintyState) => state.status !== 'none';

/** "How sure is the verdict": its code loads with the first range. */
function UncertaintySection() {
  const hasRanges = useUncertaintySelect(hasSampling);
  if (!hasRanges) return null;
  return (
    <Suspense fallback={null}>
      <SectionBoundary
        name="The section “How sure is the verdict”"
        onRetry={UncertaintyChartsPanel.retry}
      >
        <UncertaintyChartsPanel />
      </SectionBoundary>
    </Suspense>
  );
}

function ExplorerPage() {
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Does training safety researchers feed capabilities?</h1>
          <p className="page__lede">
            A program places cohorts of researchers, some into AI safety and some into AI
            capabilities. Move the assumptions and see how the field&apos;s ratio moves, and whether
            the program is net positive at the break-even ratio you believe in.
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
          <SectionBoundary name="The headline figures">
            <HeadlineFigures />
          </SectionBoundary>
          <ComparePanel />
          <ChartsPanel />
          <Suspense fallback={null}>
            <SectionBoundary name="The section “Over the years”" onRetry={YearsChartsPanel.retry}>
              <YearsChartsPanel />
            </SectionBoundary>
          </Suspense>
          <UncertaintySection />
          <Explanation />
          {/* One Suspense for both, so they appear together; a retry keeps the message up. */}
          <Suspense fallback={null}>
            <SectionBoundary name="The section “Quote this scenario”" onRetry={QuoteBox.retry}>
              <QuoteBox />
            </SectionBoundary>
            <SectionBoundary name="The section “Download and import”" onRetry={ScenarioFiles.retry}>
              <ScenarioFiles />
            </SectionBoundary>
          </Suspense>
          <Suspense fallback={null}>
            <SectionBoundary
              name="The section “How this is calculated”"
              onRetry={HowCalculated.retry}
            >
              <HowCalculated />
            </SectionBoundary>
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

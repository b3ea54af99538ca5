/** Page layout: header, link notice, presets, then the controls beside the figures and charts. */
import { ChartsPanel } from './charts-panel';
import { ControlsPanel } from './controls-panel';
import { CopyLinkButton } from './copy-link-button';
import { Explanation } from './explanation';
import { HeadlineFigures } from './headline-figures';
import { HowCalculated } from './how-calculated';
import { LinkNotice } from './link-notice';
import { PresetsBar } from './presets-bar';

export function App() {
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
        <CopyLinkButton />
      </header>
      <LinkNotice />
      <PresetsBar />
      <main className="page__main">
        <ControlsPanel />
        <div className="page__results">
          <HeadlineFigures />
          <ChartsPanel />
          <Explanation />
          <HowCalculated />
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

/**
 * Embed mode (`?embed=field|researchers|impact|figures`): one chart, or the headline figures, of
 * the linked scenario, laid out to fill the iframe the snippet made (embed-views.ts gives its
 * height) without scrolling at any width from 320 to 1,200 px: a title line, the view taking the
 * rest of the height, and a footer with the source and a link back to the full explorer with the
 * same scenario. No controls: the scenario is the link's.
 */
import { useLayoutEffect } from 'react';
import { shareUrl } from '../app/share-url';
import {
  selectCompare,
  selectPins,
  selectRanges,
  selectSampling,
  selectScenario,
} from '../store/selectors';
import { encodeLink, type EmbedView } from '../url/link-codec';
import { ChartBoundary } from './chart-boundary';
import { ChartFromStore } from './chart-from-store';
import { ChartLayoutContext } from './charts/chart-layout';
import { FieldRatioChart, TITLE as FIELD_RATIO_TITLE } from './charts/field-ratio-chart';
import { NetImpactChart, TITLE as NET_IMPACT_TITLE } from './charts/net-impact-chart';
import {
  NewResearchersChart,
  TITLE as NEW_RESEARCHERS_TITLE,
} from './charts/new-researchers-chart';
import { EMBED_STILL_WORKS } from './fault-message';
import { HeadlineFigures } from './headline-figures';
import { LinkNotice } from './link-notice';
import { SectionBoundary } from './section-boundary';
import './embed.css';
import { useScenario } from '../store/use-store-while';

const SITE_TITLE = 'Safety vs capabilities ratio explorer';

// The embed fills the frame's height (embed.css); the page's own root styles do not know it.
const EMBED_ROOT_CLASS = 'embed-root';

function EmbedChart({ view }: { readonly view: Exclude<EmbedView, 'figures'> }) {
  const { Chart, title } = {
    field: { Chart: FieldRatioChart, title: FIELD_RATIO_TITLE },
    researchers: { Chart: NewResearchersChart, title: NEW_RESEARCHERS_TITLE },
    impact: { Chart: NetImpactChart, title: NET_IMPACT_TITLE },
  }[view];
  return (
    <ChartLayoutContext.Provider value="embed">
      <ChartBoundary title={title}>
        <ChartFromStore Chart={Chart} />
      </ChartBoundary>
    </ChartLayoutContext.Provider>
  );
}

export function EmbedApp({ view = 'figures' }: { readonly view?: EmbedView }) {
  const scenario = useScenario(selectScenario);
  const pins = useScenario(selectPins);
  const compare = useScenario(selectCompare);
  // The reader's own theme in the full explorer: the link back carries no `theme`.
  const ranges = useScenario(selectRanges);
  const sampling = useScenario(selectSampling);
  const fullUrl = shareUrl(encodeLink({ scenario, ranges, sampling, pins, compare, embed: false }));
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.add(EMBED_ROOT_CLASS);
    return () => root.classList.remove(EMBED_ROOT_CLASS);
  }, []);
  return (
    <div className={`embed embed--${view}`}>
      <header className="embed__header">
        <h1 className="embed__title">{SITE_TITLE}</h1>
      </header>
      <LinkNotice />
      <main className="embed__main">
        {view === 'figures' ? (
          <SectionBoundary name="The headline figures" hint={EMBED_STILL_WORKS}>
            <HeadlineFigures />
          </SectionBoundary>
        ) : (
          <EmbedChart view={view} />
        )}
      </main>
      <footer className="embed__footer">
        <p>
          Source: {SITE_TITLE}.{' '}
          <a href={fullUrl} target="_blank" rel="noopener noreferrer">
            Open the full explorer with this scenario
          </a>
        </p>
      </footer>
    </div>
  );
}

/**
 * Embed mode (`?embed=…`, url/link-codec.ts): one chart (a scenario chart, `field`, `researchers`
 * or `impact`, or a chart over the years, `field-years`, `alumni-years` or `impact-years`), or the
 * headline figures (`figures`), of the linked scenario, laid out to fill the iframe the snippet
 * made (embed-views.ts gives its height) without scrolling at any width from 320 to 1,200 px: a
 * title line, the view taking the rest of the height, and a footer with the source and a link
 * back to the full explorer with the same scenario. No controls: the scenario is the link's.
 */
import { Suspense, useLayoutEffect, type ComponentType } from 'react';
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
import {
  ALUMNI_YEARS_TITLE,
  FIELD_YEARS_TITLE,
  NET_IMPACT_YEARS_TITLE,
} from './charts/chart-titles';
import { FieldRatioChart, TITLE as FIELD_RATIO_TITLE } from './charts/field-ratio-chart';
import { NetImpactChart, TITLE as NET_IMPACT_TITLE } from './charts/net-impact-chart';
import {
  NewResearchersChart,
  TITLE as NEW_RESEARCHERS_TITLE,
} from './charts/new-researchers-chart';
import { EMBED_STILL_WORKS } from './fault-message';
import { HeadlineFigures } from './headline-figures';
import { LinkNotice } from './link-notice';
import { retryableLazy, type RetryableLazy } from './retryable-lazy';
import type { ScenarioChartProps } from './charts/scenario-chart-props';
import { SectionBoundary } from './section-boundary';
import './embed.css';
import { useScenario } from '../store/use-store-while';

const SITE_TITLE = 'Safety vs capabilities ratio explorer';

// The embed fills the frame's height (embed.css); the page's own root styles do not know it.
const EMBED_ROOT_CLASS = 'embed-root';

type YearsModule = typeof import('./years-charts-panel');

/**
 * The "Over the years" charts are in the chunk of their section (years-charts-panel.tsx), which
 * the full page also loads after its first paint: the embed of a years chart fetches that same
 * chunk, and the embeds of the other views never do. A chunk that did not arrive is fetched again
 * by the chart's "Try again" (retryable-lazy.ts).
 */
function yearsChart(
  pick: (module: YearsModule) => ComponentType<ScenarioChartProps>,
): RetryableLazy<ScenarioChartProps> {
  return retryableLazy(() => import('./years-charts-panel'), pick);
}

interface EmbeddedChart {
  readonly title: string;
  readonly Chart: ComponentType<ScenarioChartProps>;
  /** Set for a chart whose code loads apart: fetches it again before "Try again". */
  readonly retry?: () => void;
}

const FieldYearsChart = yearsChart((module) => module.FieldYearsChart);
const AlumniYearsChart = yearsChart((module) => module.AlumniYearsChart);
const NetImpactYearsChart = yearsChart((module) => module.NetImpactYearsChart);

const CHARTS: Readonly<Record<Exclude<EmbedView, 'figures'>, EmbeddedChart>> = {
  field: { title: FIELD_RATIO_TITLE, Chart: FieldRatioChart },
  researchers: { title: NEW_RESEARCHERS_TITLE, Chart: NewResearchersChart },
  impact: { title: NET_IMPACT_TITLE, Chart: NetImpactChart },
  'field-years': {
    title: FIELD_YEARS_TITLE,
    Chart: FieldYearsChart,
    retry: FieldYearsChart.retry,
  },
  'alumni-years': {
    title: ALUMNI_YEARS_TITLE,
    Chart: AlumniYearsChart,
    retry: AlumniYearsChart.retry,
  },
  'impact-years': {
    title: NET_IMPACT_YEARS_TITLE,
    Chart: NetImpactYearsChart,
    retry: NetImpactYearsChart.retry,
  },
};

function EmbedChart({ view }: { readonly view: Exclude<EmbedView, 'figures'> }) {
  const { title, Chart, retry } = CHARTS[view];
  // The boundary is outside the Suspense, so a chart's code that does not arrive gets the chart's
  // own message (chart-boundary.tsx) and its "Try again".
  return (
    <ChartLayoutContext.Provider value="embed">
      <ChartBoundary title={title} onRetry={retry}>
        <Suspense fallback={null}>
          <ChartFromStore Chart={Chart} />
        </Suspense>
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

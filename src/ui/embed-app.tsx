/**
 * Embed mode (`?embed=1`): the headline figures and charts of the linked scenario, without the
 * controls, and a link back to the full explorer with the same scenario.
 */
import { shareUrl } from '../app/share-url';
import { useScenarioStore } from '../store/scenario-store';
import { selectCompare, selectPins, selectScenario } from '../store/selectors';
import { encodeLink } from '../url/link-codec';
import { ChartsPanel } from './charts-panel';
import { HeadlineFigures } from './headline-figures';
import { LinkNotice } from './link-notice';

export function EmbedApp() {
  const scenario = useScenarioStore(selectScenario);
  const pins = useScenarioStore(selectPins);
  const compare = useScenarioStore(selectCompare);
  const fullUrl = shareUrl(encodeLink({ scenario, pins, compare, embed: false }));
  return (
    <div className="page page--embed">
      <header className="page__header page__header--embed">
        <p className="embed__title">Safety vs capabilities ratio explorer</p>
        <a href={fullUrl} target="_blank" rel="noopener noreferrer">
          Open the full explorer with this scenario
        </a>
      </header>
      <LinkNotice />
      <main className="page__results">
        <HeadlineFigures />
        <ChartsPanel />
      </main>
    </div>
  );
}

/**
 * Figures as CSV, the scenario as JSON, and "Import scenario" from such a JSON file. Both files
 * carry the pins and the comparison, as Copy link does; imports go through the same sanitising
 * as links and show the same notice. A failed import clears the notice of an earlier import, so
 * the page never shows a file's adjustments beside another file's error.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { scenarioLink } from '../app/share-url';
import { figuresCsv } from '../export/csv';
import { useScenarioStore } from '../store/scenario-store';
import { resultsOf } from '../store/selectors';
import { scenarioFromJson, scenarioToJson } from '../url/scenario-file';
import { downloadText } from './download';
import { useHydrated } from './use-hydrated';

/**
 * Rendered once the page is hydrated, not in the prerendered HTML: its buttons do nothing
 * without the app, and this section loads as a chunk of its own, so a prerendered copy could be
 * clicked in the moment before its code arrived and the click would be lost.
 */
export function ScenarioFiles() {
  return useHydrated() ? <LiveScenarioFiles /> : null;
}

function LiveScenarioFiles() {
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const exportFigures = () => {
    const state = useScenarioStore.getState();
    const csv = figuresCsv(state.scenario, resultsOf(state.scenario), scenarioLink(state));
    downloadText('figures.csv', csv, 'text/csv;charset=utf-8');
    setStatus('Saved figures.csv.');
  };

  const exportScenario = () => {
    const { scenario, ranges, sampling, pins, compare } = useScenarioStore.getState();
    const json = scenarioToJson({ scenario, ranges, sampling, pins, compare });
    downloadText('scenario.json', json, 'application/json');
    setStatus('Saved scenario.json.');
  };

  const importScenario = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = scenarioFromJson(await file.text());
    const store = useScenarioStore.getState();
    if (!result.ok) {
      if (store.noticeSource === 'file') store.dismissNotice();
      setStatus(`Could not import ${file.name}: ${result.error}`);
      return;
    }
    store.applyLinkState(
      result,
      result.issues.map((issue) => issue.message),
      'file',
    );
    store.commit();
    setStatus(`Imported ${file.name}.`);
  };

  return (
    <section className="files" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Download and import</h2>
      <div className="files__row">
        <button type="button" className="button button--small" onClick={exportFigures}>
          Download figures as CSV
        </button>
        <button type="button" className="button button--small" onClick={exportScenario}>
          Download scenario as JSON
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => inputRef.current?.click()}
        >
          Import scenario
        </button>
        <input
          ref={inputRef}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-label="Import scenario from a JSON file"
          tabIndex={-1}
          onChange={(event) => void importScenario(event)}
        />
      </div>
      <p role="status" className="files__status">
        {status}
      </p>
    </section>
  );
}

/**
 * Figures as CSV (with ranges, with their percentiles and the chances, and the samples per input
 * as a second CSV), the scenario as JSON, and "Import scenario" from such a JSON file. Both files
 * carry the pins and the comparison, as Copy link does; imports go through the same sanitising
 * as links and show the same notice. A failed import clears the notice of an earlier import, so
 * the page never shows a file's adjustments beside another file's error.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { currentUncertainty } from '../app/current-uncertainty';
import { scenarioLink } from '../app/share-url';
import { figuresCsv } from '../export/figures-csv';
import { sampledInputsCsv } from '../export/sampled-inputs-csv';
import { useScenarioStore } from '../store/scenario-store';
import { resultsOf, selectHasRanges } from '../store/selectors';
import { scenarioToJson } from '../url/scenario-file';
import { scenarioFromJson } from '../url/scenario-file-import';
import { downloadText } from './download';
import { useHydrated } from './use-hydrated';
import { useScenario } from '../store/use-store-while';

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

  const hasRanges = useScenario(selectHasRanges);

  // With ranges the files carry the run of the scenario as it is when the button is pressed: at
  // once when the page's run is current, else as soon as the run under way answers.
  const exportFigures = async () => {
    const summary = selectHasRanges(useScenarioStore.getState())
      ? await currentUncertainty()
      : null;
    const state = useScenarioStore.getState();
    const csv = figuresCsv(
      state.scenario,
      resultsOf(state.scenario),
      scenarioLink(state),
      summary ?? undefined,
    );
    downloadText('figures.csv', csv, 'text/csv;charset=utf-8');
    setStatus(
      summary || !selectHasRanges(state)
        ? 'Saved figures.csv.'
        : 'Saved figures.csv, without the chances: the sampling did not answer.',
    );
  };

  const exportSampledInputs = async () => {
    const summary = await currentUncertainty();
    if (!summary) {
      setStatus('Could not save the samples per input: the sampling did not answer.');
      return;
    }
    const state = useScenarioStore.getState();
    downloadText(
      'samples-per-input.csv',
      sampledInputsCsv(summary, state.scenario, scenarioLink(state)),
      'text/csv;charset=utf-8',
    );
    setStatus('Saved samples-per-input.csv.');
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
        <button type="button" className="button button--small" onClick={() => void exportFigures()}>
          Download figures as CSV
        </button>
        {hasRanges ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => void exportSampledInputs()}
          >
            Download samples per input as CSV
          </button>
        ) : null}
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
          autoComplete="off"
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

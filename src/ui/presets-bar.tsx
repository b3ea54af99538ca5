/**
 * One-click presets, each with its one-line note and links to its sources. The preset matching
 * the current scenario is marked pressed.
 *
 * A preset with ranges (issue 11) also says where each range comes from: its citation (the note,
 * the sources, and "judgement" where the interval is ours) in a closed "Sources of the ranges"
 * from" disclosure under the note, so its card stays about as tall as the others in the row.
 */
import { memo } from 'react';
import { formatLabelledRange } from '../format/range-text';
import type { InputKey } from '../model/inputs';
import { PRESETS, type Preset } from '../model/presets';
import { SOURCES, type SourceId } from '../model/sources';
import { scenarioActions } from '../store/scenario-store';
import { selectActivePresetId } from '../store/selectors';
import { afterRangeParts } from './range-parts-loader';
import { useScenario } from '../store/use-store-while';

function SourceLinks({ ids, lead }: { ids: readonly SourceId[]; lead: string }) {
  return ids.map((id, index) => {
    const source = SOURCES[id];
    return (
      <span key={id}>
        {index > 0 ? ', ' : lead}
        <a href={source.url} rel="noopener noreferrer" target="_blank" title={source.title}>
          {source.shortTitle}
        </a>
      </span>
    );
  });
}

/** Each range of the preset with its citation; nothing for a preset of points. */
function RangeCitations({ preset }: { preset: Preset }) {
  const keys = (Object.keys(preset.ranges) as InputKey[]).filter(
    (key) => preset.ranges[key] !== undefined,
  );
  if (keys.length === 0) return null;
  return (
    <details className="preset__ranges">
      <summary>Sources of the ranges</summary>
      <ul className="preset__citations">
        {keys.map((key) => {
          const range = preset.ranges[key];
          const citation = preset.rangeCitations[key];
          if (!range || !citation) return null;
          return (
            <li key={key}>
              <span className="preset__range">{formatLabelledRange(key, range)}</span>
              {citation.judgement ? <span className="preset__judgement"> (judgement)</span> : null}
              {': '}
              {citation.note}
              {citation.sources.length > 0 ? ' ' : null}
              <SourceLinks ids={citation.sources} lead="Sources: " />
              {citation.sources.length > 0 ? '.' : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

const PresetItem = memo(function PresetItem({
  preset,
  active,
}: {
  preset: Preset;
  active: boolean;
}) {
  // A preset may make inputs ranges (issue 11): applyPreset sets its points and ranges.
  const applyPreset = scenarioActions().applyPreset;
  const commit = scenarioActions().commit;
  const noteId = `preset-note-${preset.id}`;
  return (
    <li className={`preset${active ? ' preset--active' : ''}`}>
      <button
        type="button"
        className="button preset__button"
        aria-pressed={active}
        aria-describedby={noteId}
        onClick={() => {
          // A preset with ranges shows them once their controls' code is here.
          afterRangeParts(Object.keys(preset.ranges).length > 0, () => {
            applyPreset(preset);
            commit();
          });
        }}
      >
        {preset.name}
      </button>
      <p className="preset__note" id={noteId}>
        {preset.note} <SourceLinks ids={preset.sources} lead="Source: " />.
      </p>
      <RangeCitations preset={preset} />
    </li>
  );
});

function PresetsBarComponent() {
  const activeId = useScenario(selectActivePresetId);
  return (
    <section className="presets" aria-labelledby="presets-title">
      <h2 id="presets-title">Presets</h2>
      <ul className="presets__list">
        {PRESETS.map((preset) => (
          <PresetItem key={preset.id} preset={preset} active={preset.id === activeId} />
        ))}
      </ul>
    </section>
  );
}

export const PresetsBar = memo(PresetsBarComponent);

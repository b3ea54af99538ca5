/**
 * One-click presets, each with its one-line note and links to its sources. The preset matching
 * the current scenario is marked pressed.
 */
import { memo } from 'react';
import { INPUT_KEYS, type Scenario } from '../model/inputs';
import { PRESETS, type Preset } from '../model/presets';
import { SOURCES } from '../model/sources';
import { useScenarioStore } from '../store/scenario-store';

function sameScenario(a: Scenario, b: Scenario): boolean {
  return INPUT_KEYS.every((key) => a[key] === b[key]);
}

/**
 * The id of the preset the scenario matches, or null. A string, so the bar re-renders only when
 * the match changes, not on every slider move.
 */
function selectActivePreset(state: { readonly scenario: Scenario }): string | null {
  return PRESETS.find((preset) => sameScenario(state.scenario, preset.scenario))?.id ?? null;
}

const PresetItem = memo(function PresetItem({
  preset,
  active,
}: {
  preset: Preset;
  active: boolean;
}) {
  const applyScenario = useScenarioStore((state) => state.applyScenario);
  const commit = useScenarioStore((state) => state.commit);
  const noteId = `preset-note-${preset.id}`;
  return (
    <li className={`preset${active ? ' preset--active' : ''}`}>
      <button
        type="button"
        className="button preset__button"
        aria-pressed={active}
        aria-describedby={noteId}
        onClick={() => {
          applyScenario(preset.scenario);
          commit();
        }}
      >
        {preset.name}
      </button>
      <p className="preset__note" id={noteId}>
        {preset.note}{' '}
        {preset.sources.map((id, index) => {
          const source = SOURCES[id];
          return (
            <span key={id}>
              {index > 0 ? ', ' : 'Source: '}
              <a href={source.url} rel="noopener noreferrer" target="_blank" title={source.title}>
                {source.shortTitle}
              </a>
            </span>
          );
        })}
        .
      </p>
    </li>
  );
});

function PresetsBarComponent() {
  const activeId = useScenarioStore(selectActivePreset);
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

/**
 * One-click presets, each with its one-line note and links to its sources. The preset matching
 * the current scenario is marked pressed.
 */
import { memo } from 'react';
import { PRESETS, type Preset } from '../model/presets';
import { SOURCES } from '../model/sources';
import { useScenarioStore } from '../store/scenario-store';
import { selectActivePresetId, selectApplyPreset } from '../store/selectors';

const PresetItem = memo(function PresetItem({
  preset,
  active,
}: {
  preset: Preset;
  active: boolean;
}) {
  // A preset may make inputs ranges (issue 11): applyPreset sets its points and ranges.
  const applyPreset = useScenarioStore(selectApplyPreset);
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
          applyPreset(preset);
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
  const activeId = useScenarioStore(selectActivePresetId);
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

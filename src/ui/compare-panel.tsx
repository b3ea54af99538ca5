/**
 * "Compare with" and the pinned scenarios. Up to four scenarios can be pinned, renamed, restored
 * or removed; the comparison (defaults, a preset or a pin) is drawn dashed in every chart and its
 * figures appear beside the current ones. Everything here travels in the link.
 */
import { memo, useId, useState, type ChangeEvent } from 'react';
import { MAX_PINS, type CompareTarget, type PinnedScenario } from '../model/comparison';
import { PRESETS } from '../model/presets';
import { formatFieldRatioAfter } from '../format/format';
import { scenarioActions } from '../store/scenario-store';
import { resultsOf, selectCompare, selectPins } from '../store/selectors';
import { useScenario } from '../store/use-store-while';

function targetValue(target: CompareTarget): string {
  switch (target.kind) {
    case 'none':
      return 'none';
    case 'defaults':
      return 'defaults';
    case 'preset':
      return `preset:${target.id}`;
    case 'pin':
      return `pin:${target.index}`;
  }
}

function targetFromValue(value: string): CompareTarget {
  if (value === 'defaults') return { kind: 'defaults' };
  const preset = PRESETS.find((p) => `preset:${p.id}` === value);
  if (preset) return { kind: 'preset', id: preset.id };
  const pin = /^pin:(\d)$/.exec(value);
  if (pin) return { kind: 'pin', index: Number(pin[1]) };
  return { kind: 'none' };
}

function PinItem({ pin, index }: { pin: PinnedScenario; index: number }) {
  const renamePin = scenarioActions().renamePin;
  const removePin = scenarioActions().removePin;
  const restorePin = scenarioActions().restorePin;
  const [draft, setDraft] = useState<string | null>(null);
  const results = resultsOf(pin.scenario);
  const after = formatFieldRatioAfter(results);
  const finish = () => {
    if (draft !== null) renamePin(index, draft);
    setDraft(null);
  };
  return (
    <li className="pin">
      <input
        className="pin__name"
        autoComplete="off"
        aria-label={`Name of pinned scenario ${index + 1}`}
        value={draft ?? pin.name}
        maxLength={40}
        onChange={(event: ChangeEvent<HTMLInputElement>) => setDraft(event.target.value)}
        onBlur={finish}
        onKeyDown={(event) => {
          if (event.key === 'Enter') finish();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
      <span className="pin__figure">field after {after}</span>
      <button
        type="button"
        className="button button--small"
        aria-label={`Restore ${pin.name}`}
        onClick={() => restorePin(index)}
      >
        Restore
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={`Remove ${pin.name}`}
        onClick={() => removePin(index)}
      >
        Remove
      </button>
    </li>
  );
}

function ComparePanelComponent() {
  const pins = useScenario(selectPins);
  const compare = useScenario(selectCompare);
  const pinCurrent = scenarioActions().pinCurrent;
  const setCompare = scenarioActions().setCompare;
  const id = useId();
  const full = pins.length >= MAX_PINS;

  return (
    <section className="compare" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Compare and pin</h2>
      <div className="compare__row">
        <label htmlFor={`${id}-select`}>Compare with</label>
        <select
          id={`${id}-select`}
          autoComplete="off"
          value={targetValue(compare)}
          onChange={(event) => setCompare(targetFromValue(event.target.value))}
        >
          <option value="none">No comparison</option>
          <option value="defaults">Defaults</option>
          <optgroup label="Presets">
            {PRESETS.map((preset) => (
              <option key={preset.id} value={`preset:${preset.id}`}>
                {preset.name}
              </option>
            ))}
          </optgroup>
          {pins.length > 0 ? (
            <optgroup label="Pinned scenarios">
              {pins.map((pin, index) => (
                <option key={`${index}-${pin.name}`} value={`pin:${index}`}>
                  {pin.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <div className="compare__row">
        <button type="button" className="button" onClick={pinCurrent} disabled={full}>
          Pin this scenario
        </button>
        <span className="compare__hint">
          {full
            ? `${MAX_PINS} scenarios pinned: remove one to pin another.`
            : `${pins.length} of ${MAX_PINS} pinned. Pins and the comparison travel in the link.`}
        </span>
      </div>
      {pins.length > 0 ? (
        <ul className="compare__pins" aria-label="Pinned scenarios">
          {pins.map((pin, index) => (
            <PinItem key={index} pin={pin} index={index} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export const ComparePanel = memo(ComparePanelComponent);

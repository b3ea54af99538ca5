/**
 * The Monte Carlo run's settings (issue 11), shown only while some input is a range: "Re-roll"
 * draws a new seed (the store's `rerollSeed`, which commits, so the link changes and Back returns
 * to the old seed), the current seed beside it, and the number of samples.
 *
 * The samples are a select of the usual sizes; a link may carry any count from 1,000 to 100,000
 * (`samples=2500`), and that count is then offered too, so the select never shows a value the
 * run does not use.
 *
 * It is one of the range parts (range-parts.ts), loaded with the first range; its place at the
 * foot of the controls is range-slots.tsx's `SamplingControls`.
 */
import { memo, useId, type ChangeEvent } from 'react';
import { formatCount } from '../format/format';
import { useScenarioStore, scenarioActions } from '../store/scenario-store';
import { selectSamples, selectSeed } from '../store/selectors';
import { SAMPLING_HINT } from './range-slots';
import { useScenario } from '../store/use-store-while';

export const SAMPLE_CHOICES: readonly number[] = [1_000, 10_000, 100_000];

function samplesOptions(current: number): number[] {
  return SAMPLE_CHOICES.includes(current)
    ? [...SAMPLE_CHOICES]
    : [...SAMPLE_CHOICES, current].sort((a, b) => a - b);
}

function SamplingGroupComponent() {
  const seed = useScenario(selectSeed);
  const samples = useScenario(selectSamples);
  const rerollSeed = scenarioActions().rerollSeed;
  const setSamples = scenarioActions().setSamples;
  const commit = scenarioActions().commit;
  const id = useId();
  const samplesId = `${id}-samples`;
  const seedId = `${id}-seed`;

  const onSamples = (event: ChangeEvent<HTMLSelectElement>) => {
    const before = useScenarioStore.getState().sampling.samples;
    setSamples(Number(event.target.value));
    // A select's change is finished at once: one history entry, and none when nothing changed.
    if (useScenarioStore.getState().sampling.samples !== before) commit();
  };

  return (
    <fieldset className="controls__group sampling">
      <legend>Sampling</legend>
      <p className="controls__hint">{SAMPLING_HINT}</p>
      <div className="sampling__row">
        <button
          type="button"
          className="button"
          aria-describedby={seedId}
          onClick={() => rerollSeed()}
        >
          Re-roll
        </button>
        <span className="sampling__seed" id={seedId}>
          Seed <output aria-label="Seed">{seed}</output>
        </span>
        <span className="sampling__samples">
          <label htmlFor={samplesId}>Samples</label>
          <select id={samplesId} autoComplete="off" value={samples} onChange={onSamples}>
            {samplesOptions(samples).map((count) => (
              <option key={count} value={count}>
                {formatCount(count)}
              </option>
            ))}
          </select>
        </span>
      </div>
    </fieldset>
  );
}

export const SamplingGroup = memo(SamplingGroupComponent);

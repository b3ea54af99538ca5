/**
 * The sliders, grouped as the argument is: the field today, the cohort and where it goes, and
 * the judgement calls. The placement group shows "other / not placed" so the shares visibly add
 * up to 100 %. While any input is a range, the sampling settings come last (sampling-controls.tsx,
 * loaded with the first range: range-slots.tsx).
 */
import { memo } from 'react';
import {
  INPUT_KEYS,
  INPUT_SPECS,
  isInputKey,
  type ChoiceKey,
  type InputKey,
  type InputSpec,
} from '../model/inputs';
import { YEARS_GROUP_ORDER } from '../model/years-inputs';
import { otherShare } from '../model/shares';
import { formatPercent } from '../format/format';
import { scenarioActions } from '../store/scenario-store';
import { SamplingControls } from './range-slots';
import { ChoiceField } from './choice-field';
import { NeutralField } from './neutral-field';
import { SliderField } from './slider-field';
import { useInputValue } from './use-input';

const GROUPS: ReadonlyArray<{ id: InputSpec['group']; title: string; hint: string }> = [
  { id: 'field', title: 'The field today', hint: 'Log sliders: each decade takes the same width.' },
  {
    id: 'cohort',
    title: 'One cohort and where it goes',
    hint: 'The three shares never pass 100 %: raising one takes first from "other", then from the other two in proportion.',
  },
  {
    id: 'judgement',
    title: 'Judgement calls',
    hint: 'How much independents and non-generalizing alignment count, and your own break-even.',
  },
  {
    id: 'years',
    title: 'Over the years',
    hint: "Run the program for years in a growing field, with alumni moving between the sides. The defaults place one cohort into today's field, as above.",
  },
];

/** The rows of a group, in display order: the years group's order has its choice in it. */
function groupRows(group: InputSpec['group']): readonly (InputKey | ChoiceKey)[] {
  if (group === 'years') return YEARS_GROUP_ORDER;
  return INPUT_KEYS.filter((key) => INPUT_SPECS[key].group === group);
}

function Row({ rowKey }: { readonly rowKey: InputKey | ChoiceKey }) {
  if (!isInputKey(rowKey)) return <ChoiceField choiceKey={rowKey} />;
  if (rowKey === 'neutral') return <NeutralField />;
  return <SliderField inputKey={rowKey} />;
}

function OtherShare() {
  const toSafety = useInputValue('toSafety');
  const toIndep = useInputValue('toIndep');
  const toCap = useInputValue('toCap');
  const other = otherShare({ toSafety, toIndep, toCap });
  return (
    <p className="other-share">
      <span aria-hidden="true">Other / not placed: </span>
      <output aria-label="Other / not placed">{formatPercent(other)}</output>
      <span className="other-share__note"> (counts on neither side)</span>
    </p>
  );
}

function ResetButton() {
  const reset = scenarioActions().reset;
  const commit = scenarioActions().commit;
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        reset();
        commit();
      }}
    >
      Reset to defaults
    </button>
  );
}

function ControlsPanelComponent() {
  return (
    <section className="controls" aria-labelledby="controls-title">
      <div className="controls__head">
        <h2 id="controls-title">Assumptions</h2>
        <ResetButton />
      </div>
      {GROUPS.map((group) => (
        <fieldset className="controls__group" key={group.id}>
          <legend>{group.title}</legend>
          <p className="controls__hint">{group.hint}</p>
          {groupRows(group.id).map((key) => (
            <Row key={key} rowKey={key} />
          ))}
          {group.id === 'cohort' ? <OtherShare /> : null}
        </fieldset>
      ))}
      {/* Last, so that turning the first range on moves no slider. */}
      <SamplingControls />
    </section>
  );
}

export const ControlsPanel = memo(ControlsPanelComponent);

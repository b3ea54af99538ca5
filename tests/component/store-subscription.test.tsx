/**
 * How components follow the scenario store (src/store/use-store-while.ts): each re-renders only
 * when the value it reads changes, a paused one keeps what it showed and catches up when it
 * resumes, and a change made before a component has subscribed still reaches it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Profiler, useLayoutEffect } from 'react';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { useScenarioStore } from '../../src/store/scenario-store';
import { selectInput } from '../../src/store/selectors';
import { useScenario, useScenarioStoreWhile } from '../../src/store/use-store-while';

const selectCohort = selectInput('cohort');

function setInput(key: 'cohort' | 'cap', value: number): void {
  act(() => useScenarioStore.getState().setInput(key, value));
}

/** Commits in which the component rendered (React's Profiler counts them). */
let renders = 0;
const countRender = () => {
  renders += 1;
};

function Cohort() {
  return (
    <Profiler id="cohort" onRender={countRender}>
      <CohortOutput />
    </Profiler>
  );
}

function CohortOutput() {
  return <output aria-label="cohort">{useScenario(selectCohort)}</output>;
}

function PausableCohort({ live }: { readonly live: boolean }) {
  return <output aria-label="cohort">{useScenarioStoreWhile(live, selectCohort)}</output>;
}

/** Changes the store from a layout effect, which React runs before its parent's effects. */
function ChangesCohortOnMount() {
  useLayoutEffect(() => useScenarioStore.getState().setInput('cohort', 321), []);
  return null;
}

function CohortWithChild() {
  return (
    <>
      <output aria-label="cohort">{useScenario(selectCohort)}</output>
      <ChangesCohortOnMount />
    </>
  );
}

const cohortShown = () => screen.getByRole('status', { name: 'cohort' }).textContent;

describe('following the scenario store', () => {
  beforeEach(() => {
    act(() => useScenarioStore.getState().applyScenario(DEFAULT_SCENARIO));
    renders = 0;
  });

  it('re-renders a component when its value changes, and only then', () => {
    render(<Cohort />);
    expect(cohortShown()).toBe('1000');
    const afterMount = renders;

    setInput('cap', 20_000);
    expect(renders).toBe(afterMount);

    setInput('cohort', 400);
    expect(cohortShown()).toBe('400');
    expect(renders).toBe(afterMount + 1);
  });

  it('keeps a paused value while the store moves, and catches up when it resumes', () => {
    const view = render(<PausableCohort live={false} />);
    expect(cohortShown()).toBe('1000');

    setInput('cohort', 250);
    expect(cohortShown()).toBe('1000');

    view.rerender(<PausableCohort live />);
    expect(cohortShown()).toBe('250');
    setInput('cohort', 260);
    expect(cohortShown()).toBe('260');

    view.rerender(<PausableCohort live={false} />);
    setInput('cohort', 270);
    expect(cohortShown()).toBe('260');
  });

  it('does not miss a change made between its render and its subscription', () => {
    render(<CohortWithChild />);
    expect(cohortShown()).toBe('321');
  });

  it('stops following once unmounted', () => {
    const view = render(<Cohort />);
    view.unmount();
    const afterUnmount = renders;
    setInput('cohort', 500);
    expect(renders).toBe(afterUnmount);
  });
});

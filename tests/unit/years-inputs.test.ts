/**
 * The years inputs' specs (issue 12's table): keys, labels, ranges and defaults are a public
 * contract (links, screen readers), and the defaults must give today's model.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, roundToPrecision } from '../../src/model/inputs';
import {
  DEFAULT_YEARS_INPUTS,
  DEFAULT_YEARS_SCENARIO,
  isYearsNumberKey,
  N_FROM_SPEC,
  normaliseYearsValue,
  parseNSource,
  withYearsDefaults,
  YEARS_INPUT_KEYS,
  YEARS_NUMBER_KEYS,
  YEARS_NUMBER_SPECS,
} from '../../src/model/years-inputs';

describe('the years inputs as the issue lists them', () => {
  it.each([
    // key, label, min, max, default, scale
    ['years', 'Years', 1, 30, 1, 'linear'],
    ['perYear', 'Cohorts per year', 1, 4, 1, 'linear'],
    ['safGrowth', 'Safety field growth', -20, 100, 0, 'linear'],
    ['capGrowth', 'Capabilities field growth', -20, 100, 0, 'linear'],
    ['drift', 'Safety alumni moving to capabilities', 0, 50, 0, 'linear'],
    ['pivot', 'Capabilities alumni moving to safety', 0, 50, 0, 'linear'],
    ['anyway', 'Would have entered anyway', 0, 100, 0, 'linear'],
    ['capBoost', "Capabilities alumni's extra output", 0, 200, 0, 'linear'],
    ['importance', 'Safety importance', 0.1, 100, 10, 'log'],
  ] as const)('%s: "%s", %s to %s, default %s, %s', (key, label, min, max, defaultValue, scale) => {
    const spec = YEARS_NUMBER_SPECS[key];
    expect(spec).toMatchObject({ key, label, min, max, defaultValue, scale });
  });

  it('nFrom is a choice between the slider and the field, the slider by default', () => {
    expect(N_FROM_SPEC.options.map((option) => option.value)).toEqual(['set', 'field']);
    expect(N_FROM_SPEC.defaultValue).toBe('set');
    expect(N_FROM_SPEC.label).toBe('How N is set');
  });

  it('lists the ten inputs in the issue order, nFrom among them and not among the numbers', () => {
    expect(YEARS_INPUT_KEYS).toEqual([
      'years',
      'perYear',
      'safGrowth',
      'capGrowth',
      'drift',
      'pivot',
      'anyway',
      'capBoost',
      'nFrom',
      'importance',
    ]);
    expect(YEARS_NUMBER_KEYS).not.toContain('nFrom');
    expect(isYearsNumberKey('nFrom')).toBe(false);
    expect(isYearsNumberKey('drift')).toBe(true);
    expect(isYearsNumberKey('__proto__')).toBe(false);
  });

  it.each(YEARS_NUMBER_KEYS)('%s: the default lies in the range, on the precision grid', (key) => {
    const spec = YEARS_NUMBER_SPECS[key];
    expect(spec.defaultValue).toBeGreaterThanOrEqual(spec.min);
    expect(spec.defaultValue).toBeLessThanOrEqual(spec.max);
    expect(roundToPrecision(spec.defaultValue, spec.precision)).toBe(spec.defaultValue);
    expect(roundToPrecision(spec.min, spec.precision)).toBe(spec.min);
    expect(roundToPrecision(spec.max, spec.precision)).toBe(spec.max);
  });

  it('only Years is never a range (a horizon, not a belief)', () => {
    const unrangeable = YEARS_NUMBER_KEYS.filter(
      (key) => YEARS_NUMBER_SPECS[key].rangeFamily === null,
    );
    expect(unrangeable).toEqual(['years']);
    expect(YEARS_NUMBER_SPECS.importance.rangeFamily).toBe('lognormal');
  });
});

describe('defaults and values', () => {
  it('the default years scenario is today’s defaults plus the years defaults', () => {
    expect(DEFAULT_YEARS_SCENARIO).toEqual({ ...DEFAULT_SCENARIO, ...DEFAULT_YEARS_INPUTS });
    expect(DEFAULT_YEARS_INPUTS).toEqual({
      years: 1,
      perYear: 1,
      safGrowth: 0,
      capGrowth: 0,
      drift: 0,
      pivot: 0,
      anyway: 0,
      capBoost: 0,
      nFrom: 'set',
      importance: 10,
    });
  });

  it('withYearsDefaults adds the defaults and takes any override', () => {
    const s = withYearsDefaults({ ...DEFAULT_SCENARIO, cohort: 300 }, { years: 5, nFrom: 'field' });
    expect(s).toMatchObject({ cohort: 300, years: 5, nFrom: 'field', perYear: 1, importance: 10 });
  });

  it('normaliseYearsValue clamps, rounds to precision and rejects non-finite values', () => {
    expect(normaliseYearsValue('years', 31)).toBe(30);
    expect(normaliseYearsValue('years', 2.6)).toBe(3);
    expect(normaliseYearsValue('safGrowth', -25)).toBe(-20);
    expect(normaliseYearsValue('safGrowth', 21.04)).toBe(21);
    expect(normaliseYearsValue('importance', 0.123)).toBe(0.12);
    expect(normaliseYearsValue('importance', 0.01)).toBe(0.1);
    expect(Object.is(normaliseYearsValue('capGrowth', -0), 0)).toBe(true);
    expect(normaliseYearsValue('drift', Number.NaN)).toBeNull();
    expect(normaliseYearsValue('drift', Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('parseNSource takes exactly the option values', () => {
    expect(parseNSource('set')).toBe('set');
    expect(parseNSource('field')).toBe('field');
    expect(parseNSource('Field')).toBeNull();
    expect(parseNSource('')).toBeNull();
    expect(parseNSource('constructor')).toBeNull();
  });
});

/**
 * The years inputs' specs (issue 12's table), entries of the one spec table: keys, labels, ranges
 * and defaults are a public contract (links, screen readers), and the defaults must give today's
 * model.
 */
import { describe, expect, it } from 'vitest';
import {
  canBeRange,
  CHOICE_KEYS,
  CHOICE_SPECS,
  DEFAULT_SCENARIO,
  INPUT_KEYS,
  INPUT_SPECS,
  isInputKey,
  normaliseInputValue,
  parseChoice,
  roundToPrecision,
} from '../../src/model/inputs';
import { YEARS_GROUP_ORDER, YEARS_INPUT_KEYS } from '../../src/model/years-inputs';
import { URL_SPECS } from '../../src/url';
import { ONE_COHORT_MEANING } from './url-fixtures';

const YEARS_NUMBER_SPECS = INPUT_SPECS;
const N_FROM_SPEC = CHOICE_SPECS.nFrom;

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
    expect(YEARS_GROUP_ORDER).toEqual([
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
    expect(YEARS_INPUT_KEYS).not.toContain('nFrom');
    expect(isInputKey('nFrom')).toBe(false);
    expect(isInputKey('drift')).toBe(true);
    expect(isInputKey('__proto__')).toBe(false);
  });

  it('are entries of the one spec table, in the "Over the years" group, each with a URL rule', () => {
    expect(INPUT_KEYS.slice(-9)).toEqual(YEARS_INPUT_KEYS);
    expect(CHOICE_KEYS).toEqual(['nFrom']);
    for (const key of YEARS_INPUT_KEYS) {
      expect(INPUT_SPECS[key].group).toBe('years');
      expect(URL_SPECS[key]).toEqual({ urlKey: key, since: 1 });
    }
    expect(N_FROM_SPEC).toMatchObject({ key: 'nFrom', kind: 'choice', group: 'years' });
    expect(URL_SPECS.nFrom).toEqual({ urlKey: 'nFrom', since: 1 });
  });

  it.each(YEARS_INPUT_KEYS)('%s: the default lies in the range, on the precision grid', (key) => {
    const spec = YEARS_NUMBER_SPECS[key];
    expect(spec.defaultValue).toBeGreaterThanOrEqual(spec.min);
    expect(spec.defaultValue).toBeLessThanOrEqual(spec.max);
    expect(roundToPrecision(spec.defaultValue, spec.precision)).toBe(spec.defaultValue);
    expect(roundToPrecision(spec.min, spec.precision)).toBe(spec.min);
    expect(roundToPrecision(spec.max, spec.precision)).toBe(spec.max);
  });

  it('only Years is never a range (a horizon, not a belief)', () => {
    const unrangeable = YEARS_INPUT_KEYS.filter(
      (key) => YEARS_NUMBER_SPECS[key].rangeFamily === null,
    );
    expect(unrangeable).toEqual(['years']);
    expect(INPUT_KEYS.filter((key) => !canBeRange(key))).toEqual(['years']);
    expect(YEARS_NUMBER_SPECS.importance.rangeFamily).toBe('lognormal');
  });
});

describe('defaults and values', () => {
  it('the defaults are the one-cohort model: the meaning every older link had', () => {
    const years = Object.fromEntries(
      [...YEARS_INPUT_KEYS, ...CHOICE_KEYS].map((key) => [key, DEFAULT_SCENARIO[key]]),
    );
    expect(years).toEqual(ONE_COHORT_MEANING);
  });

  it('normaliseInputValue clamps, rounds to precision and rejects non-finite values', () => {
    expect(normaliseInputValue('years', 31)).toBe(30);
    expect(normaliseInputValue('years', 2.6)).toBe(3);
    expect(normaliseInputValue('safGrowth', -25)).toBe(-20);
    expect(normaliseInputValue('safGrowth', 21.04)).toBe(21);
    expect(normaliseInputValue('importance', 0.123)).toBe(0.12);
    expect(normaliseInputValue('importance', 0.01)).toBe(0.1);
    expect(normaliseInputValue('drift', Number.NaN)).toBeNull();
    expect(normaliseInputValue('drift', Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('parseChoice takes exactly the option values', () => {
    expect(parseChoice('nFrom', 'set')).toBe('set');
    expect(parseChoice('nFrom', 'field')).toBe('field');
    expect(parseChoice('nFrom', 'Field')).toBeNull();
    expect(parseChoice('nFrom', '')).toBeNull();
    expect(parseChoice('nFrom', 'constructor')).toBeNull();
    expect(parseChoice('nFrom', 1)).toBeNull();
  });
});

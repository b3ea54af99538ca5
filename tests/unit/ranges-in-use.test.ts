/**
 * A net-neutral range while N comes from the field is kept but not used (model/ranges-in-use.ts):
 * the sampler, the sensitivity, the summary, the quote and the samples-per-input CSV leave it
 * out, the link keeps it (so "Your slider" brings it back after a reload too), and with N set by
 * the slider nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { sampledInputsCsv } from '../../src/export/sampled-inputs-csv';
import { buildQuote } from '../../src/format/quote';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { sampleScenario } from '../../src/model/monte-carlo';
import { NO_RANGES } from '../../src/model/ranges';
import {
  hasRangesInUse,
  isRangeInUse,
  neutralVariesPerSample,
  rangesInUse,
} from '../../src/model/ranges-in-use';
import { chancesSentence } from '../../src/format/chance-sentences';
import { figuresCsv } from '../../src/export/figures-csv';
import { sensitivityOf } from '../../src/model/sensitivity';
import { runUncertainty } from '../../src/model/uncertainty';
import { calculateYears } from '../../src/model/years';
import { encodeScenario } from '../../src/url/codec';
import { decodeLink } from '../../src/url/link-codec';

const LINK = 'https://example.test/?v=1';
/** N from the field at importance 3 (1 : 30), a range on the split and one kept on N. */
const FIELD = '?v=1&toSafety=1&toCap=5~50&neutral=10~100&nFrom=field&importance=3';
const SET = '?v=1&toSafety=1&toCap=5~50&neutral=10~100&importance=3';

function decoded(search: string) {
  const { state, issues } = decodeLink(search);
  expect(issues, search).toEqual([]);
  return state;
}

describe('rangesInUse', () => {
  const ranges = { toCap: { lo: 5, hi: 50 }, neutral: { lo: 10, hi: 100 } };

  it('is the ranges themselves while N is the slider’s', () => {
    const set = { ...DEFAULT_SCENARIO, nFrom: 'set' as const };
    expect(rangesInUse(set, ranges)).toBe(ranges);
    expect(isRangeInUse('neutral', set)).toBe(true);
    expect(hasRangesInUse(set, { neutral: { lo: 10, hi: 100 } })).toBe(true);
  });

  it('leaves the net-neutral range out while N comes from the field, one object per ranges', () => {
    const field = { ...DEFAULT_SCENARIO, nFrom: 'field' as const };
    expect(rangesInUse(field, ranges)).toEqual({ toCap: { lo: 5, hi: 50 } });
    expect(rangesInUse(field, ranges)).toBe(rangesInUse(field, ranges));
    expect(rangesInUse(field, { neutral: { lo: 10, hi: 100 } })).toBe(NO_RANGES);
    expect(hasRangesInUse(field, { neutral: { lo: 10, hi: 100 } })).toBe(false);
    expect(hasRangesInUse(field, ranges)).toBe(true);
    expect(isRangeInUse('importance', field)).toBe(true);
  });
});

describe('a range on the importance while N is set by the slider', () => {
  const ranges = { toCap: { lo: 5, hi: 50 }, importance: { lo: 1, hi: 30 } };
  const set = { ...DEFAULT_SCENARIO, nFrom: 'set' as const };
  const field = { ...DEFAULT_SCENARIO, nFrom: 'field' as const };

  it('is kept but not used: the model reads the importance only with N from the field', () => {
    expect(isRangeInUse('importance', set)).toBe(false);
    expect(isRangeInUse('importance', field)).toBe(true);
    expect(rangesInUse(set, ranges)).toEqual({ toCap: { lo: 5, hi: 50 } });
    expect(rangesInUse(set, ranges)).toBe(rangesInUse(set, ranges));
    expect(rangesInUse(field, ranges)).toBe(ranges);
    expect(hasRangesInUse(set, { importance: { lo: 1, hi: 30 } })).toBe(false);
    expect(hasRangesInUse(field, { importance: { lo: 1, hi: 30 } })).toBe(true);
  });

  it('neither draws nor summarises it, and the quote does not name it', () => {
    const { scenario, ranges: linked, sampling } = decoded('?v=1&toCap=5~50&importance=1~30');
    const summary = runUncertainty(scenario, linked, sampling);
    expect(summary.ranged).toEqual(['toCap']);
    expect(summary.sensitivity.bars.map((bar) => bar.key)).toEqual(['toCap']);
    expect(summary).toEqual(runUncertainty(scenario, { toCap: linked.toCap }, sampling));
    const quote = buildQuote(scenario, calculateYears(scenario), LINK, {
      ranges: linked,
      sampling,
    });
    expect(quote).toContain('Uncertain inputs, as 90 % range: Capabilities roles');
    expect(quote).not.toMatch(/Safety importance/);
  });
});

describe('the run', () => {
  it('neither draws nor summarises the kept range: the run is the one without it', () => {
    const { scenario, ranges, sampling } = decoded(FIELD);
    const summary = runUncertainty(scenario, ranges, sampling);
    const withoutIt = runUncertainty(scenario, { toCap: ranges.toCap }, sampling);
    expect(summary.ranged).toEqual(['toCap']);
    expect(summary.inputs.map((input) => input.key)).toEqual(['toCap']);
    expect(summary.sensitivity.bars.map((bar) => bar.key)).toEqual(['toCap']);
    expect(summary).toEqual(withoutIt);
    expect(sampleScenario(scenario, { neutral: ranges.neutral }, sampling).ranged).toEqual([]);
  });

  it('draws and summarises it as before while N is the slider’s', () => {
    const { scenario, ranges, sampling } = decoded(SET);
    const summary = runUncertainty(scenario, ranges, sampling);
    expect(summary.ranged).toEqual(['toCap', 'neutral']);
    expect(summary.sensitivity.bars.map((bar) => bar.key).sort()).toEqual(['neutral', 'toCap']);
  });

  it('gives the sensitivity no bar for it, even when asked directly', () => {
    const { scenario, ranges } = decoded(FIELD);
    expect(sensitivityOf(scenario, ranges).bars.map((bar) => bar.key)).toEqual(['toCap']);
  });
});

describe('the texts', () => {
  it('the quote names only the ranges in use, and none when only the kept one is left', () => {
    const field = decoded(FIELD);
    const quote = buildQuote(field.scenario, calculateYears(field.scenario), LINK, {
      ranges: field.ranges,
      sampling: field.sampling,
    });
    expect(quote).toContain('Uncertain inputs, as 90 % range: Capabilities roles');
    expect(quote).not.toContain('net-neutral ratio 1 : 10 to');
    expect(quote).not.toMatch(/Your net-neutral ratio/);

    const only = decoded('?v=1&neutral=10~100&nFrom=field');
    const plain = buildQuote(only.scenario, calculateYears(only.scenario), LINK, {
      ranges: only.ranges,
      sampling: only.sampling,
    });
    expect(plain).not.toContain('Uncertain inputs');

    const set = decoded(SET);
    expect(
      buildQuote(set.scenario, calculateYears(set.scenario), LINK, {
        ranges: set.ranges,
        sampling: set.sampling,
      }),
    ).toContain('Uncertain inputs, as 90 % ranges: ');
  });

  it('the samples-per-input CSV has no row for it', () => {
    const { scenario, ranges, sampling } = decoded(FIELD);
    const csv = sampledInputsCsv(runUncertainty(scenario, ranges, sampling), scenario, LINK);
    const rows = csv
      .split('\r\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.split(',')[0]);
    expect(rows).toEqual(['input', 'toCap']);
  });
});

describe('the link', () => {
  it('keeps the kept range, as it keeps the slider’s point, and reads back the same', () => {
    const { scenario, ranges } = decoded(FIELD);
    const search = encodeScenario(scenario, ranges);
    expect(search).toBe('?v=1&toSafety=1&toCap=5~50&neutral=10~100&importance=3&nFrom=field');
    expect(decoded(search).ranges).toEqual(ranges);
    const point = decoded('?v=1&neutral=30&nFrom=field');
    expect(encodeScenario(point.scenario, point.ranges)).toBe('?v=1&neutral=30&nFrom=field');
  });
});

describe('each sample at its own N', () => {
  it.each([
    ['set', ['neutral'], true],
    ['set', ['importance', 'cap'], false],
    ['field', ['neutral'], false],
    ['field', ['importance'], true],
    ['field', ['saf'], true],
    ['field', ['toCap'], false],
  ] as const)('N %s with ranges on %j: %s', (nFrom, ranged, varies) => {
    expect(neutralVariesPerSample({ nFrom }, ranged)).toBe(varies);
  });

  it('with N from the field and a range on importance, the texts name no one N', () => {
    const { scenario, ranges, sampling } = decoded(
      '?v=1&toSafety=1&toCap=5~50&neutral=10~100&nFrom=field&importance=1~10',
    );
    const summary = runUncertainty(scenario, ranges, sampling);
    expect(summary.neutralVaries).toBe(true);
    expect(chancesSentence(summary, calculateYears(scenario).neutral, 'your ratio')).toMatch(
      /at your ratio \(each sample's own N from its field\)\.$/,
    );
    // No one N, so no margin N / R for the verdict at your ratio.
    const row = figuresCsv(scenario, calculateYears(scenario), LINK, summary)
      .split('\r\n')
      .find((line) => line.startsWith('Verdict at your ratio,'));
    expect(row).toMatch(/,,,$/);
  });

  it('with N from the field and no range on what it follows, the chances name the derived N', () => {
    const { scenario, ranges, sampling } = decoded(FIELD);
    const summary = runUncertainty(scenario, ranges, sampling);
    expect(summary.neutralVaries).toBe(false);
    expect(chancesSentence(summary, calculateYears(scenario).neutral, 'your ratio')).toMatch(
      /at your ratio \(1 : 30\)\.$/,
    );
  });
});

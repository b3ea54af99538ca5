/**
 * Presets with ranges (issue 11): "The thread's disagreements" turns the thread's and the
 * sources' spreads into 90 % ranges, each citing its sources or marked as a judgement.
 */
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate';
import { resolveComparison } from '../../src/model/comparison';
import { DEFAULT_SCENARIO, type InputKey } from '../../src/model/inputs';
import { PRESETS } from '../../src/model/presets';
import { rangeMiddle, rangedKeys } from '../../src/model/range-points';
import { SOURCES } from '../../src/model/sources';
import { sharesTotal } from '../../src/model/shares';

const disagreements = PRESETS.find((preset) => preset.id === 'disagreements');
if (!disagreements) throw new Error('no disagreements preset');

describe("preset: The thread's disagreements", () => {
  it('makes the three disputed inputs ranges, with the ends from the thread and sources', () => {
    expect(disagreements.name).toBe("The thread's disagreements");
    expect(disagreements.ranges).toEqual({
      toCap: { lo: 1.4, hi: 50 },
      indepWeight: { lo: 0, hi: 100 },
      neutral: { lo: 10, hi: 100 },
    });
  });

  it('puts each ranged point at its middle, the rest of the thread illustration unchanged', () => {
    expect(disagreements.scenario).toEqual({
      ...DEFAULT_SCENARIO,
      toSafety: 41,
      toIndep: 9,
      toCap: 25.7,
      indepWeight: 50,
      neutral: 31.6,
    });
    // The pessimistic end fits beside the safety shares without any scaling.
    expect(disagreements.scenario.toSafety + disagreements.scenario.toIndep + 50).toBe(100);
    expect(sharesTotal(disagreements.scenario)).toBeLessThanOrEqual(100);
  });

  it('cites every range: its note, its sources, or that it is a judgement', () => {
    for (const key of rangedKeys(disagreements.ranges)) {
      const citation = disagreements.rangeCitations[key];
      expect(citation, key).toBeDefined();
      expect(citation?.note).toMatch(/\.$/);
      expect((citation?.sources.length ?? 0) > 0 || citation?.judgement === true).toBe(true);
      for (const id of citation?.sources ?? []) expect(SOURCES[id]).toBeDefined();
    }
    expect(disagreements.rangeCitations.neutral?.sources).toEqual(['thread', 'kidd2023']);
    expect(disagreements.rangeCitations.neutral?.note).toContain('5–10');
    expect(disagreements.rangeCitations.toCap?.judgement).toBe(true);
    expect(disagreements.rangeCitations.indepWeight?.judgement).toBe(true);
  });

  it('every preset cites each of its ranges, and only those', () => {
    for (const preset of PRESETS) {
      const ranged = rangedKeys(preset.ranges);
      expect(Object.keys(preset.rangeCitations).sort(), preset.id).toEqual([...ranged].sort());
      for (const key of ranged) {
        const range = preset.ranges[key as InputKey];
        if (range) expect(preset.scenario[key]).toBe(rangeMiddle(key, range));
      }
    }
  });

  it('at the middles (the figures docs/model.md lists), net positive at both thread ratios', () => {
    const r = calculate(disagreements.scenario);
    // 41 % + 9 % × 50 % = 45.5 % counted as safety; 25.7 % capabilities.
    expect(r.placements.newSafety).toBeCloseTo(455, 9);
    expect(r.placements.newCapabilities).toBeCloseTo(257, 9);
    expect(r.verdictAt10.outcome).toBe('net-positive');
    expect(r.verdictAt10.netImpact).toBeCloseTo(429.3, 9);
    expect(r.verdictAt100.netImpact).toBeCloseTo(452.43, 9);
  });

  it('the comparison with a preset or a pin carries its ranges', () => {
    expect(resolveComparison({ kind: 'preset', id: 'disagreements' }, [])?.ranges).toBe(
      disagreements.ranges,
    );
    expect(resolveComparison({ kind: 'defaults' }, [])?.ranges).toEqual({});
    const pin = { name: 'P', scenario: DEFAULT_SCENARIO, ranges: { cap: { lo: 500, hi: 5_000 } } };
    expect(resolveComparison({ kind: 'pin', index: 0 }, [pin])?.ranges).toBe(pin.ranges);
  });
});

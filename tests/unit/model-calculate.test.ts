/**
 * The thread's numbers, the presets and the named edge cases, checked twice: as numbers from
 * src/model/calculate.ts and as the text src/format/format.ts puts on the page.
 * Derivations of every expected figure: docs/model.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, verdictAt, type Results, type Verdict } from '../../src/model/calculate';
import { DEFAULT_SCENARIO, INPUT_KEYS, type Scenario } from '../../src/model/inputs';
import { PRESETS, type PresetId } from '../../src/model/presets';
import {
  formatBalance,
  formatCapabilitiesPer100Safety,
  formatCount,
  formatMargin,
  formatNetImpact,
  formatNeutral,
  formatNumber,
  formatPercent,
  formatRatio,
  formatVerdict,
} from '../../src/format/format';
import { formatInputValue } from '../../src/format/input-format';

function scenario(changes: Partial<Scenario>): Scenario {
  return { ...DEFAULT_SCENARIO, ...changes };
}

function presetScenario(id: PresetId): Scenario {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.scenario;
}

function balanceText(r: Results): string {
  return formatBalance(r.balance, r.placements.newSafety, r.placements.newCapabilities);
}

function fieldText(side: Results['fieldNow']): string {
  return formatRatio(side.capabilities, side.safety);
}

/** The survey's three shares (MATS Alumni Impact Analysis 2024). */
const SURVEY = { toSafety: 49, toIndep: 29, toCap: 1.4 } as const;

describe('the thread illustration (defaults)', () => {
  const r = calculate(DEFAULT_SCENARIO);

  it('places 500 on each side of a 1,000 cohort', () => {
    expect(r.placements.counted).toBe(500);
    expect(r.placements.newSafety).toBe(500);
    expect(r.placements.newCapabilities).toBe(500);
    expect(r.placements.other).toBe(0);
  });

  it('turns a 10 : 1 field into 10,500 : 1,500 = 7 : 1', () => {
    expect(r.fieldNow.capabilitiesPerSafety).toBeCloseTo(10, 12);
    expect(r.fieldAfter.capabilities).toBe(10_500);
    expect(r.fieldAfter.safety).toBe(1_500);
    expect(r.fieldAfter.capabilitiesPerSafety).toBeCloseTo(7, 12);
    expect(fieldText(r.fieldNow)).toBe('10 : 1');
    expect(formatNumber(r.fieldAfter.capabilities)).toBe('10,500');
    expect(formatNumber(r.fieldAfter.safety)).toBe('1,500');
    expect(fieldText(r.fieldAfter)).toBe('7 : 1');
  });

  it('places new researchers 1 : 1 (100 capabilities per 100 safety)', () => {
    expect(r.balance).toEqual({
      kind: 'both',
      safetyPerCapabilities: 1,
      capabilitiesPer100Safety: 100,
    });
    expect(balanceText(r)).toBe('1 : 1');
    expect(formatCapabilitiesPer100Safety(r.balance)).toBe('100');
  });
});

interface VerdictRow {
  readonly name: string;
  readonly verdict: (r: Results) => Verdict;
  readonly n: number;
  readonly outcome: Verdict['outcome'];
  readonly timesBreakEven: number;
  readonly netImpact: number;
  readonly verdictText: string;
  readonly netImpactText: string;
}

describe.each<{ readonly label: string; readonly s: Scenario; readonly rows: VerdictRow[] }>([
  {
    label: 'defaults (thread illustration)',
    s: DEFAULT_SCENARIO,
    rows: [
      {
        name: '1 : 10',
        verdict: (r) => r.verdictAt10,
        n: 10,
        outcome: 'net-positive',
        timesBreakEven: 10,
        netImpact: 450,
        verdictText: 'Net positive (10× break-even)',
        netImpactText: '450',
      },
      {
        name: '1 : 100',
        verdict: (r) => r.verdictAt100,
        n: 100,
        outcome: 'net-positive',
        timesBreakEven: 100,
        netImpact: 495,
        verdictText: 'Net positive (100× break-even)',
        netImpactText: '495',
      },
      {
        name: 'user N (default 100)',
        verdict: (r) => r.verdictAtUser,
        n: 100,
        outcome: 'net-positive',
        timesBreakEven: 100,
        netImpact: 495,
        verdictText: 'Net positive (100× break-even)',
        netImpactText: '495',
      },
    ],
  },
  {
    label: 'survey without independents',
    s: scenario({ ...SURVEY, indepWeight: 0 }),
    rows: [
      {
        name: '1 : 10',
        verdict: (r) => r.verdictAt10,
        n: 10,
        outcome: 'net-positive',
        timesBreakEven: 350,
        netImpact: 488.6,
        verdictText: 'Net positive (350× break-even)',
        netImpactText: '489',
      },
      {
        name: '1 : 100',
        verdict: (r) => r.verdictAt100,
        n: 100,
        outcome: 'net-positive',
        timesBreakEven: 3_500,
        netImpact: 489.86,
        verdictText: 'Net positive (3,500× break-even)',
        netImpactText: '490',
      },
    ],
  },
])('verdicts: $label', ({ s, rows }) => {
  const r = calculate(s);
  it.each(rows)('$name', (row) => {
    const v = row.verdict(r);
    expect(v.n).toBe(row.n);
    expect(v.outcome).toBe(row.outcome);
    expect(v.margin.kind).toBe('finite');
    if (v.margin.kind === 'finite')
      expect(v.margin.timesBreakEven).toBeCloseTo(row.timesBreakEven, 9);
    expect(v.netImpact).toBeCloseTo(row.netImpact, 9);
    expect(formatVerdict(v)).toBe(row.verdictText);
    expect(formatNetImpact(v.netImpact)).toBe(row.netImpactText);
  });
});

describe('new researchers ratio (safety : capabilities)', () => {
  it.each<{
    readonly name: string;
    readonly changes: Partial<Scenario>;
    readonly safetyPerCapabilities: number;
    readonly capabilitiesPer100Safety: number;
    readonly ratioText: string;
    readonly per100Text: string;
  }>([
    {
      name: 'defaults: 500 / 500',
      changes: {},
      safetyPerCapabilities: 1,
      capabilitiesPer100Safety: 100,
      ratioText: '1 : 1',
      per100Text: '100',
    },
    {
      name: 'survey, independents ignored (49 / 29 / 1.4, weight 0)',
      changes: { ...SURVEY, indepWeight: 0 },
      safetyPerCapabilities: 35,
      capabilitiesPer100Safety: 100 / 35,
      ratioText: '35 : 1',
      per100Text: '2.86',
    },
    {
      name: 'survey, independents counted (49 / 29 / 1.4, weight 100)',
      changes: { ...SURVEY, indepWeight: 100 },
      safetyPerCapabilities: 78 / 1.4,
      capabilitiesPer100Safety: 140 / 78,
      ratioText: '55.7 : 1',
      per100Text: '1.79',
    },
    {
      name: 'survey, independents half-counted (weight 50)',
      changes: { ...SURVEY, indepWeight: 50 },
      safetyPerCapabilities: 63.5 / 1.4,
      capabilitiesPer100Safety: 140 / 63.5,
      ratioText: '45.4 : 1',
      per100Text: '2.2',
    },
    {
      name: 'longitudinal data (80 / 0 / 10)',
      changes: { toSafety: 80, toIndep: 0, toCap: 10 },
      safetyPerCapabilities: 8,
      capabilitiesPer100Safety: 12.5,
      ratioText: '8 : 1',
      per100Text: '12.5',
    },
    {
      name: 'more capabilities than safety (10 / 0 / 90)',
      changes: { toSafety: 10, toIndep: 0, toCap: 90 },
      safetyPerCapabilities: 1 / 9,
      capabilitiesPer100Safety: 900,
      ratioText: '1 : 9',
      per100Text: '900',
    },
  ])('$name', (row) => {
    const r = calculate(scenario(row.changes));
    expect(r.balance.kind).toBe('both');
    if (r.balance.kind !== 'both') return;
    expect(r.balance.safetyPerCapabilities).toBeCloseTo(row.safetyPerCapabilities, 9);
    expect(r.balance.capabilitiesPer100Safety).toBeCloseTo(row.capabilitiesPer100Safety, 9);
    expect(balanceText(r)).toBe(row.ratioText);
    expect(formatCapabilitiesPer100Safety(r.balance)).toBe(row.per100Text);
  });
});

describe('presets reproduce their sources’ figures', () => {
  it('has exactly the eight documented presets', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      'thread',
      'survey-with-independents',
      'survey-without-independents',
      'longitudinal',
      'field-sized',
      'disagreements',
      'program-running',
      'neglectedness',
    ]);
  });

  it.each<{
    readonly id: PresetId;
    readonly newSafety: number;
    readonly newCapabilities: number;
    readonly fieldNowText: string;
    readonly fieldAfterCap: number;
    readonly fieldAfterSaf: number;
    readonly fieldAfterText: string;
    readonly ratioText: string;
    readonly per100Text: string;
    readonly netImpact10: number;
    readonly netImpact100: number;
    readonly verdict10Text: string;
    readonly verdict100Text: string;
  }>([
    {
      id: 'thread',
      newSafety: 500,
      newCapabilities: 500,
      fieldNowText: '10 : 1',
      fieldAfterCap: 10_500,
      fieldAfterSaf: 1_500,
      fieldAfterText: '7 : 1',
      ratioText: '1 : 1',
      per100Text: '100',
      netImpact10: 450,
      netImpact100: 495,
      verdict10Text: 'Net positive (10× break-even)',
      verdict100Text: 'Net positive (100× break-even)',
    },
    {
      id: 'survey-with-independents',
      newSafety: 780,
      newCapabilities: 14,
      fieldNowText: '10 : 1',
      fieldAfterCap: 10_014,
      fieldAfterSaf: 1_780,
      fieldAfterText: '5.63 : 1',
      ratioText: '55.7 : 1',
      per100Text: '1.79',
      netImpact10: 778.6,
      netImpact100: 779.86,
      verdict10Text: 'Net positive (557× break-even)',
      verdict100Text: 'Net positive (5,571× break-even)',
    },
    {
      id: 'survey-without-independents',
      newSafety: 490,
      newCapabilities: 14,
      fieldNowText: '10 : 1',
      fieldAfterCap: 10_014,
      fieldAfterSaf: 1_490,
      fieldAfterText: '6.72 : 1',
      ratioText: '35 : 1',
      per100Text: '2.86',
      netImpact10: 488.6,
      netImpact100: 489.86,
      verdict10Text: 'Net positive (350× break-even)',
      verdict100Text: 'Net positive (3,500× break-even)',
    },
    {
      id: 'longitudinal',
      newSafety: 800,
      newCapabilities: 100,
      fieldNowText: '10 : 1',
      fieldAfterCap: 10_100,
      fieldAfterSaf: 1_800,
      fieldAfterText: '5.61 : 1',
      ratioText: '8 : 1',
      per100Text: '12.5',
      netImpact10: 790,
      netImpact100: 799,
      verdict10Text: 'Net positive (80× break-even)',
      verdict100Text: 'Net positive (800× break-even)',
    },
    {
      id: 'field-sized',
      newSafety: 233.6,
      newCapabilities: 29.2,
      fieldNowText: '90.9 : 1',
      fieldAfterCap: 100_029.2,
      fieldAfterSaf: 1_333.6,
      fieldAfterText: '75 : 1',
      ratioText: '8 : 1',
      per100Text: '12.5',
      netImpact10: 230.68,
      netImpact100: 233.308,
      verdict10Text: 'Net positive (80× break-even)',
      verdict100Text: 'Net positive (800× break-even)',
    },
  ])('$id', (row) => {
    const r = calculate(presetScenario(row.id));
    expect(r.placements.newSafety).toBeCloseTo(row.newSafety, 9);
    expect(r.placements.newCapabilities).toBeCloseTo(row.newCapabilities, 9);
    expect(fieldText(r.fieldNow)).toBe(row.fieldNowText);
    expect(r.fieldAfter.capabilities).toBeCloseTo(row.fieldAfterCap, 9);
    expect(r.fieldAfter.safety).toBeCloseTo(row.fieldAfterSaf, 9);
    expect(fieldText(r.fieldAfter)).toBe(row.fieldAfterText);
    expect(balanceText(r)).toBe(row.ratioText);
    expect(formatCapabilitiesPer100Safety(r.balance)).toBe(row.per100Text);
    expect(r.verdictAt10.outcome).toBe('net-positive');
    expect(r.verdictAt100.outcome).toBe('net-positive');
    expect(r.verdictAt10.netImpact).toBeCloseTo(row.netImpact10, 9);
    expect(r.verdictAt100.netImpact).toBeCloseTo(row.netImpact100, 9);
    expect(formatVerdict(r.verdictAt10)).toBe(row.verdict10Text);
    expect(formatVerdict(r.verdictAt100)).toBe(row.verdict100Text);
  });

  it('the thread preset is exactly the defaults', () => {
    expect(presetScenario('thread')).toEqual(DEFAULT_SCENARIO);
  });

  it('the two survey presets differ only in how independents count', () => {
    const withIndep = presetScenario('survey-with-independents');
    const withoutIndep = presetScenario('survey-without-independents');
    expect({ ...withIndep, indepWeight: 0 }).toEqual(withoutIndep);
    expect(withIndep.indepWeight).toBe(100);
  });
});

describe('named edge cases', () => {
  it('cohort 0: nothing placed, field unchanged, both verdicts net neutral with net impact 0', () => {
    const s = scenario({ cohort: 0 });
    const r = calculate(s);
    expect(r.placements).toEqual({ counted: 0, newSafety: 0, newCapabilities: 0, other: 0 });
    expect(r.balance).toEqual({ kind: 'none' });
    expect(r.fieldAfter).toEqual(r.fieldNow);
    expect(fieldText(r.fieldAfter)).toBe('10 : 1');
    for (const v of [r.verdictAt10, r.verdictAt100, r.verdictAtUser]) {
      expect(v.outcome).toBe('net-neutral');
      expect(v.netImpact).toBe(0);
      expect(v.margin).toEqual({ kind: 'none' });
      expect(formatVerdict(v)).toBe('Net neutral (nothing placed)');
      expect(formatNetImpact(v.netImpact)).toBe('0');
    }
    expect(balanceText(r)).toBe('no one placed on either side');
    expect(formatCapabilitiesPer100Safety(r.balance)).toBe('no one placed');
  });

  it.each([
    { name: 'toCap 0', changes: { toSafety: 50, toIndep: 0, toCap: 0 }, newSafety: 500 },
    {
      name: 'toCap 0, independents only',
      changes: { toSafety: 0, toIndep: 30, toCap: 0 },
      newSafety: 300,
    },
  ])('$name: all safety, margin unbounded, net positive', ({ changes, newSafety }) => {
    const r = calculate(scenario(changes));
    expect(r.balance).toEqual({ kind: 'all-safety' });
    expect(balanceText(r)).toBe('all safety (no capabilities placements)');
    expect(formatCapabilitiesPer100Safety(r.balance)).toBe('0');
    for (const v of [r.verdictAt10, r.verdictAt100, r.verdictAtUser]) {
      expect(v.outcome).toBe('net-positive');
      expect(v.margin).toEqual({ kind: 'unbounded' });
      expect(v.netImpact).toBeCloseTo(newSafety, 9);
      expect(formatVerdict(v)).toBe('Net positive (no capabilities placements to offset)');
    }
  });

  it.each([
    {
      name: 'toSafety 0, toIndep 0, toCap 50',
      changes: { toSafety: 0, toIndep: 0, toCap: 50 },
      net10Text: '−50',
      net100Text: '−5',
    },
    {
      name: 'independents only, weighted 0, toCap 50',
      changes: { toSafety: 0, toIndep: 40, toCap: 50, indepWeight: 0 },
      net10Text: '−50',
      net100Text: '−5',
    },
    { name: 'nonGen 100', changes: { nonGen: 100 }, net10Text: '−100', net100Text: '−10' },
  ])('$name: all capabilities, net negative', ({ changes, net10Text, net100Text }) => {
    const r = calculate(scenario(changes));
    expect(r.balance).toEqual({ kind: 'all-capabilities' });
    expect(balanceText(r)).toBe('all capabilities (no safety placements)');
    expect(formatCapabilitiesPer100Safety(r.balance)).toBe('no safety placements');
    const newCap = r.placements.newCapabilities;
    expect(newCap).toBeGreaterThan(0);
    for (const v of [r.verdictAt10, r.verdictAt100, r.verdictAtUser]) {
      expect(v.outcome).toBe('net-negative');
      expect(v.margin).toEqual({ kind: 'finite', timesBreakEven: 0 });
      expect(v.netImpact).toBeCloseTo(-newCap / v.n, 9);
      expect(formatVerdict(v)).toBe('Net negative (no safety placements)');
    }
    expect(formatNetImpact(r.verdictAt10.netImpact)).toBe(net10Text);
    expect(formatNetImpact(r.verdictAt100.netImpact)).toBe(net100Text);
  });

  it.each([
    { name: 'all three shares 0', changes: { toSafety: 0, toIndep: 0, toCap: 0 } },
    {
      name: 'only independents, weighted 0',
      changes: { toSafety: 0, toIndep: 100, toCap: 0, indepWeight: 0 },
    },
  ])('$name: everyone "other", no one placed', ({ changes }) => {
    const r = calculate(scenario(changes));
    expect(r.balance).toEqual({ kind: 'none' });
    expect(r.placements.newSafety).toBe(0);
    expect(r.placements.newCapabilities).toBe(0);
    expect(r.fieldAfter).toEqual(r.fieldNow);
    expect(r.verdictAt10.outcome).toBe('net-neutral');
    expect(r.verdictAt100.netImpact).toBe(0);
  });

  it('"other" is the unplaced part of the cohort', () => {
    expect(calculate(scenario({ toSafety: 0, toIndep: 0, toCap: 0 })).placements.other).toBe(1_000);
    expect(calculate(scenario({ ...SURVEY })).placements.other).toBeCloseTo(206, 9);
  });
});

describe('break-even exactly at new safety × N = new capabilities', () => {
  it.each([
    {
      name: '1 : 10 with 1 % safety, 10 % capabilities',
      changes: { toSafety: 1, toCap: 10 },
      n: 10,
    },
    {
      name: '1 : 100 with 0.1 % safety, 10 % capabilities',
      changes: { toSafety: 0.1, toCap: 10 },
      n: 100,
    },
    { name: 'user N 9 with 10 / 90', changes: { toSafety: 10, toCap: 90, neutral: 9 }, n: 9 },
    {
      // 1,000 × 0.7 % = 6.999999999999999 in floating point; the tolerance makes it break-even.
      name: '1 : 10 with 0.7 % safety, 7 % capabilities (binary noise)',
      changes: { toSafety: 0.7, toCap: 7 },
      n: 10,
    },
  ])('$name is net neutral with net impact 0', ({ changes, n }) => {
    const r = calculate(scenario(changes));
    const v = n === 10 ? r.verdictAt10 : n === 100 ? r.verdictAt100 : r.verdictAtUser;
    expect(v.n).toBe(n);
    expect(v.outcome).toBe('net-neutral');
    expect(v.netImpact).toBe(0);
    expect(v.margin.kind).toBe('finite');
    if (v.margin.kind === 'finite') expect(v.margin.timesBreakEven).toBeCloseTo(1, 9);
    expect(formatVerdict(v)).toBe('Net neutral (1× break-even)');
  });

  it('uses a relative tolerance of 1e-9, no more', () => {
    expect(verdictAt(10, 1, 10 * (1 + 1e-10)).outcome).toBe('net-neutral');
    expect(verdictAt(10, 1, 10 * (1 - 1e-10)).outcome).toBe('net-neutral');
    expect(verdictAt(10, 1, 10 * (1 + 1e-8)).outcome).toBe('net-negative');
    expect(verdictAt(10, 1, 10 * (1 - 1e-8)).outcome).toBe('net-positive');
    // Scale-free: the same relative gap at a thousand times the size.
    expect(verdictAt(10, 1_000, 10_000 * (1 + 1e-10)).outcome).toBe('net-neutral');
    expect(verdictAt(10, 1_000, 10_000 * (1 + 1e-8)).outcome).toBe('net-negative');
  });
});

describe('non-generalizing alignment moves people from safety to capabilities', () => {
  it.each([
    { nonGen: 0, newSafety: 500, newCap: 500, ratioText: '1 : 1', net10: 450 },
    { nonGen: 20, newSafety: 400, newCap: 600, ratioText: '1 : 1.5', net10: 340 },
    { nonGen: 50, newSafety: 250, newCap: 750, ratioText: '1 : 3', net10: 175 },
    { nonGen: 90, newSafety: 50, newCap: 950, ratioText: '1 : 19', net10: -45 },
  ])('nonGen $nonGen %', ({ nonGen, newSafety, newCap, ratioText, net10 }) => {
    const r = calculate(scenario({ nonGen }));
    expect(r.placements.counted).toBe(500);
    expect(r.placements.newSafety).toBeCloseTo(newSafety, 9);
    expect(r.placements.newCapabilities).toBeCloseTo(newCap, 9);
    expect(r.placements.newSafety + r.placements.newCapabilities).toBeCloseTo(1_000, 9);
    expect(balanceText(r)).toBe(ratioText);
    expect(r.verdictAt10.netImpact).toBeCloseTo(net10, 9);
  });

  it('applies to independents too, after their weight', () => {
    const r = calculate(scenario({ ...SURVEY, indepWeight: 50, nonGen: 10 }));
    // counted = 1,000 × (49 % + 29 % × 50 %) = 635; 10 % of it moves to capabilities.
    expect(r.placements.counted).toBeCloseTo(635, 9);
    expect(r.placements.newSafety).toBeCloseTo(571.5, 9);
    expect(r.placements.newCapabilities).toBeCloseTo(14 + 63.5, 9);
  });
});

describe('indepWeight scales independents linearly', () => {
  it.each([
    { indepWeight: 0, counted: 490, ratioText: '35 : 1' },
    { indepWeight: 25, counted: 562.5, ratioText: '40.2 : 1' },
    { indepWeight: 50, counted: 635, ratioText: '45.4 : 1' },
    { indepWeight: 100, counted: 780, ratioText: '55.7 : 1' },
  ])('indepWeight $indepWeight %', ({ indepWeight, counted, ratioText }) => {
    const r = calculate(scenario({ ...SURVEY, indepWeight }));
    expect(r.placements.counted).toBeCloseTo(counted, 9);
    expect(r.placements.newSafety).toBeCloseTo(counted, 9);
    expect(r.placements.newCapabilities).toBeCloseTo(14, 9);
    expect(balanceText(r)).toBe(ratioText);
  });

  it('changes nothing when there are no independents', () => {
    const a = calculate(scenario({ toIndep: 0, indepWeight: 0 }));
    const b = calculate(scenario({ toIndep: 0, indepWeight: 100 }));
    expect(a).toEqual(b);
  });
});

describe('number formats (en-US, "A : B")', () => {
  it.each([
    [10_500, '10,500'],
    [1_500, '1,500'],
    [100, '100'],
    [99.95, '100'],
    [55.714, '55.7'],
    [2.857, '2.86'],
    [0.001, '0.001'],
    [0, '0'],
    [-0, '0'],
    [-1_234.4, '-1,234'],
  ])('formatNumber(%s) = %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [10_500, 1_500, '7 : 1'],
    [10_000, 1_000, '10 : 1'],
    [490, 14, '35 : 1'],
    [500, 500, '1 : 1'],
    [100, 900, '1 : 9'],
    [1, 100, '1 : 100'],
  ])('formatRatio(%s, %s) = %s', (a, b, text) => {
    expect(formatRatio(a, b)).toBe(text);
  });

  it.each([
    [450, '450'],
    [495, '495'],
    [-20.5, '−20.5'],
    [-0, '0'],
    [0, '0'],
  ])('formatNetImpact(%s) = %s (minus sign U+2212)', (value, text) => {
    expect(formatNetImpact(value)).toBe(text);
  });

  it('writes the net-neutral ratio as the thread does', () => {
    expect(formatNeutral(100)).toBe('1 : 100');
    expect(formatNeutral(10)).toBe('1 : 10');
  });
});

describe('formatting never shows "NaN" or "Infinity"', () => {
  const BAD = /NaN|Infinity|∞|undefined/;
  const SPECIAL = [
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    0,
    -0,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1e-12,
    1e21,
  ];

  function allTexts(a: number, b: number): string[] {
    const verdict: Verdict = {
      n: a,
      outcome: 'net-positive',
      margin: { kind: 'finite', timesBreakEven: b },
      netImpact: a,
    };
    return [
      formatNumber(a),
      formatCount(a),
      formatPercent(a),
      formatRatio(a, b),
      formatNeutral(a),
      formatNetImpact(a),
      formatMargin({ kind: 'finite', timesBreakEven: a }),
      formatVerdict(verdict),
      formatBalance(
        { kind: 'both', safetyPerCapabilities: a / b, capabilitiesPer100Safety: (100 * b) / a },
        a,
        b,
      ),
      formatCapabilitiesPer100Safety({
        kind: 'both',
        safetyPerCapabilities: a,
        capabilitiesPer100Safety: b,
      }),
      ...INPUT_KEYS.map((key) => formatInputValue(key, a)),
    ];
  }

  it.each(SPECIAL.flatMap((a) => SPECIAL.map((b) => [a, b] as const)))(
    'special values (%s, %s)',
    (a, b) => {
      for (const text of allTexts(a, b)) expect(text).not.toMatch(BAD);
    },
  );

  it('any doubles, finite or not', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        for (const text of allTexts(a, b)) expect(text).not.toMatch(BAD);
      }),
      { numRuns: 1_000 },
    );
  });
});

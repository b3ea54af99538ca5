/**
 * Issue 9, fault 4: every generated sentence reads as English at the edges. One table of
 * scenarios covers every balance kind (none, all-safety, all-capabilities, both) with every
 * verdict it can have, plus an empty cohort; for each, every text builder is run (the quote,
 * the argument, the three charts' "In words" texts, their readouts at every sample with and
 * without a comparison, and the published points' labels and notes) and checked for the
 * garbles found before: a named edge case with an orientation glued on ("all capabilities
 * (no safety placements) safety to capabilities"), doubled parentheses, NaN, double spaces,
 * missing full stops.
 */
import { describe, expect, it } from 'vitest';
import {
  compareFieldRatio,
  compareNetImpact,
  compareNewResearchers,
} from '../../src/charts/data/comparison-series';
import { buildFieldRatioSeries } from '../../src/charts/data/field-ratio-series';
import { buildNetImpactSeries } from '../../src/charts/data/net-impact-series';
import { buildNewResearchersSeries } from '../../src/charts/data/new-researchers-series';
import { buildArgument } from '../../src/format/argument';
import { buildQuote } from '../../src/format/quote';
import {
  calculate,
  type NewResearchersBalance,
  type VerdictOutcome,
} from '../../src/model/calculate';
import { calculateYears } from '../../src/model/years';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';
import type { ChartComparison } from '../../src/ui/charts/chart-comparison';
import { readoutText } from '../../src/ui/charts/chart-readout';
import { fieldRatioReadout } from '../../src/ui/charts/field-ratio-chart';
import { netImpactReadout } from '../../src/ui/charts/net-impact-chart';
import { newResearchersReadout } from '../../src/ui/charts/new-researchers-chart';

const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });

type Kind = NewResearchersBalance['kind'];

/** [balance kind, verdict at the user's N, name, scenario]: every kind with every verdict it can have. */
const TABLE: readonly (readonly [Kind, VerdictOutcome, string, Scenario])[] = [
  ['none', 'net-neutral', 'nobody placed', scenario({ toSafety: 0, toIndep: 0, toCap: 0 })],
  [
    'none',
    'net-neutral',
    'only independents, counted at 0 %',
    scenario({ toSafety: 0, toIndep: 100, toCap: 0, indepWeight: 0 }),
  ],
  ['none', 'net-neutral', 'an empty cohort', scenario({ cohort: 0 })],
  [
    'none',
    'net-neutral',
    'an empty cohort nobody would place',
    scenario({ cohort: 0, toSafety: 0, toIndep: 0, toCap: 0 }),
  ],
  ['all-safety', 'net-positive', 'no capabilities placements', scenario({ toCap: 0 })],
  [
    'all-safety',
    'net-positive',
    'independents only, half counted, N = 37',
    scenario({ toSafety: 0, toIndep: 60, toCap: 0, indepWeight: 50, neutral: 37 }),
  ],
  [
    'all-capabilities',
    'net-negative',
    'all to capabilities',
    scenario({ toSafety: 0, toCap: 100 }),
  ],
  ['all-capabilities', 'net-negative', 'non-generalizing 100 %', scenario({ nonGen: 100 })],
  [
    'all-capabilities',
    'net-negative',
    'capabilities and uncounted independents',
    scenario({ toSafety: 0, toIndep: 50, toCap: 20, indepWeight: 0, neutral: 5 }),
  ],
  ['both', 'net-positive', 'the defaults', DEFAULT_SCENARIO],
  ['both', 'net-positive', 'the 8 : 1 preset', scenario({ toSafety: 80, toIndep: 0, toCap: 10 })],
  [
    'both',
    'net-negative',
    'the survey at 91 % non-generalizing, 1 : 10',
    scenario({ toSafety: 49, toIndep: 29, toCap: 1.4, nonGen: 91, neutral: 10 }),
  ],
  ['both', 'net-negative', '1 / 99 at 1 : 10', scenario({ toSafety: 1, toCap: 99, neutral: 10 })],
  ['both', 'net-neutral', '1 / 10 at 1 : 10', scenario({ toSafety: 1, toCap: 10, neutral: 10 })],
  [
    'both',
    'net-neutral',
    'break-even at 1 : 99 in a small field',
    scenario({ toSafety: 1, toCap: 99, neutral: 99, cap: 100, saf: 100_000, cohort: 1 }),
  ],
];

const LINK = 'https://example.test/?v=1';

/** Every orientation label must follow a ratio ("8 : 1 safety to capabilities"). */
const ORIENTATION = /(safety to capabilities|capabilities to safety)/g;
const RATIO_BEFORE = /\d[\d,.]* : \d[\d,.]* $/;

/** What is wrong with a piece of generated text, as readable findings. */
function problems(text: string, { sentence }: { sentence: boolean }): string[] {
  const found: string[] = [];
  if (/NaN|Infinity|undefined|null|n\/a|\[object/.test(text)) found.push('a non-value');
  if (/ {2}/.test(text)) found.push('a double space');
  // " : " is how ratios are written ("7 : 1"); anything else with a space before it is a slip.
  if (/ [,.;]| :(?! \d)/.test(text)) found.push('a space before punctuation');
  if (/\)\s*\(/.test(text)) found.push('two parentheses in a row');
  if (/\.\.|,,|\.,|,\./.test(text)) found.push('doubled punctuation');
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth > 1) found.push('nested parentheses');
    if (depth < 0) found.push('an unopened parenthesis');
  }
  if (depth !== 0) found.push('an unclosed parenthesis');
  for (const match of text.matchAll(ORIENTATION)) {
    if (!RATIO_BEFORE.test(text.slice(0, match.index))) {
      found.push(`"${match[0]}" after something that is not a ratio`);
    }
  }
  // Fragments seen before the fix, and others a builder could produce at an edge.
  for (const fragment of [
    /are no one/,
    /are all (safety|capabilities)/,
    /are only/,
    /\b1 people\b/,
    /worth 0 safety/,
    /\bat 0 % of placements\b/,
    /(placements|side)\)? \(?safety to/,
  ]) {
    if (fragment.test(text)) found.push(`the fragment ${String(fragment)}`);
  }
  if (sentence) {
    if (!/^[A-Z]/.test(text)) found.push('no capital at the start');
    if (!/[.]$/.test(text)) found.push('no full stop at the end');
  }
  return found;
}

function expectEnglish(text: string, what: string, sentence = true): void {
  expect({ what, text, problems: problems(text, { sentence }) }).toEqual({
    what,
    text,
    problems: [],
  });
}

describe('the table covers every balance kind and verdict', () => {
  it.each(TABLE)('%s, %s: %s', (kind, outcome, _name, s) => {
    const r = calculate(s);
    expect(r.balance.kind).toBe(kind);
    expect(r.verdictAtUser.outcome).toBe(outcome);
  });

  it('has every combination that can occur', () => {
    const seen = new Set(TABLE.map(([kind, outcome]) => `${kind} ${outcome}`));
    for (const combination of [
      'none net-neutral',
      'all-safety net-positive',
      'all-capabilities net-negative',
      'both net-positive',
      'both net-negative',
      'both net-neutral',
    ]) {
      expect(seen).toContain(combination);
    }
  });
});

describe('every generated sentence reads as English', () => {
  it.each(TABLE)('%s, %s: %s: the quote', (_kind, _outcome, _name, s) => {
    const quote = buildQuote(s, calculateYears(s), LINK);
    expect(quote.endsWith(` ${LINK}`)).toBe(true);
    expectEnglish(quote.slice(0, -LINK.length - 1), 'quote');
  });

  it.each(TABLE)('%s, %s: %s: the argument', (_kind, _outcome, _name, s) => {
    const paragraphs = buildArgument(s, calculateYears(s));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) expectEnglish(paragraph, 'argument');
  });

  it.each(TABLE)('%s, %s: %s: the charts in words', (_kind, _outcome, _name, s) => {
    expectEnglish(buildFieldRatioSeries(s).text, 'field ratio chart');
    expectEnglish(buildNewResearchersSeries(s).text, 'new researchers chart');
    expectEnglish(buildNetImpactSeries(s).text, 'net impact chart');
  });

  it.each(TABLE)(
    "%s, %s: %s: the published points' labels and notes",
    (_kind, _outcome, _name, s) => {
      for (const point of buildNewResearchersSeries(s).referencePoints) {
        expectEnglish(point.label, 'reference label', false);
        expectEnglish(point.display, 'reference display', false);
        expectEnglish(point.phrase, 'reference phrase', false);
        // Shown in parentheses after the source's title, so it must not hold parentheses itself.
        expectEnglish(`(${point.caveat})`, 'reference note', false);
      }
    },
  );

  // Each scenario compared with the next one in the table, so every kind meets another kind.
  it.each(TABLE.map((row, index) => [...row, TABLE[(index + 1) % TABLE.length]?.[3]] as const))(
    '%s, %s: %s: the readouts at every sample',
    (_kind, _outcome, _name, s, other) => {
      if (other === undefined) throw new Error('no comparison scenario');
      const comparison: ChartComparison = { name: 'Other', scenario: other };
      const field = buildFieldRatioSeries(s);
      const split = buildNewResearchersSeries(s);
      const impact = buildNetImpactSeries(s);
      const cases = [
        [field.points, (i: number) => fieldRatioReadout(field, null, null, i)],
        [
          field.points,
          (i: number) => fieldRatioReadout(field, compareFieldRatio(field, other), comparison, i),
        ],
        [split.points, (i: number) => newResearchersReadout(split, null, null, i)],
        [
          split.points,
          (i: number) =>
            newResearchersReadout(split, compareNewResearchers(split, other), comparison, i),
        ],
        [impact.points, (i: number) => netImpactReadout(impact, null, null, i)],
        [
          impact.points,
          (i: number) => netImpactReadout(impact, compareNetImpact(impact, other), comparison, i),
        ],
      ] as const;
      for (const [points, readout] of cases) {
        points.forEach((_point, index) => {
          const content = readout(index);
          expect(content).not.toBeNull();
          expectEnglish(readoutText(content), 'readout', false);
        });
      }
    },
  );
});

describe('the checks catch the garbles found before the fix', () => {
  it.each([
    'The new researchers are all capabilities (no safety placements) safety to capabilities.',
    'The new researchers are no one placed on either side safety to capabilities.',
    'Among the newcomers alone the balance is all capabilities (no safety placements) (safety to capabilities).',
    'At 50 % of placements to capabilities the new researchers are all capabilities.',
    'It is worth NaN safety-researcher equivalents.',
    'It is  net positive',
  ])('%s', (text) => {
    expect(problems(text, { sentence: true })).not.toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/format/quote';
import { calculateYears as calculate } from '../../src/model/years';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';

const quote = (s: Scenario) => buildQuote(s, calculate(s), 'https://example.test/?v=1');

describe('quote this scenario', () => {
  it('tells the thread illustration with the live figures and the link', () => {
    expect(quote(DEFAULT_SCENARIO)).toBe(
      'With 10,000 capabilities and 1,000 safety researchers (10 : 1 capabilities to safety), a ' +
        'cohort of 1,000 sending 50 % into safety roles and 50 % into capabilities moves the field ' +
        'to 10,500 : 1,500, or 7 : 1. ' +
        'The new researchers are 1 : 1 safety to capabilities: net positive at 1 : 10 (450 ' +
        'safety-researcher equivalents) and net positive at 1 : 100 (495 safety-researcher ' +
        'equivalents). https://example.test/?v=1',
    );
  });

  // Issue 9, fault 4: "all capabilities (no safety placements) safety to capabilities".
  it('words the edge cases as such, never as a ratio with its orientation glued on', () => {
    const allCap = quote({ ...DEFAULT_SCENARIO, toSafety: 0, toCap: 100 });
    expect(allCap).toContain(
      'Every new researcher counts as capabilities (none as safety): net negative at 1 : 10',
    );
    expect(allCap).not.toContain('safety to capabilities');
    const nobody = quote({
      ...DEFAULT_SCENARIO,
      toSafety: 0,
      toIndep: 100,
      toCap: 0,
      indepWeight: 0,
    });
    expect(nobody).toContain(
      '100 % into independent safety research (each counted as 0 % of a safety researcher) and 0 % into capabilities leaves the field at 10,000 : 1,000, or 10 : 1. No new researcher counts on either side, so the cohort is net neutral at any net-neutral ratio.',
    );
  });

  it('mentions independents, their weight and the user ratio when they matter', () => {
    const text = quote({
      ...DEFAULT_SCENARIO,
      toSafety: 49,
      toIndep: 29,
      toCap: 1.4,
      indepWeight: 0,
      neutral: 20,
    });
    expect(text).toContain(
      '29 % into independent safety research (each counted as 0 % of a safety researcher)',
    );
    expect(text).toContain('35 : 1 safety to capabilities');
    expect(text).toContain('at 1 : 20');
  });

  it('says an empty cohort changes nothing', () => {
    expect(quote({ ...DEFAULT_SCENARIO, cohort: 0 })).toContain('an empty cohort changes nothing');
  });

  it('shows a field that got worse as worse, with the digits to tell it from 10 : 1', () => {
    // nonGen 82 %: 90 safety and 910 capabilities researchers; 10,910 : 1,090 = 10.009 : 1.
    expect(quote({ ...DEFAULT_SCENARIO, nonGen: 82 })).toContain('10,910 : 1,090, or 10.01 : 1');
  });
});

describe('quote with ranges (issue 11)', () => {
  const link = 'https://example.test/?v=1';

  it('names each range as a 90 % range and says the figures take the middles', () => {
    const ranges = {
      cohort: { lo: 500, hi: 1_500 },
      toCap: { lo: 1.4, hi: 50 },
      neutral: { lo: 10, hi: 100 },
    };
    const s = { ...DEFAULT_SCENARIO, toCap: 25.7, neutral: 31.6 };
    const text = buildQuote(s, calculate(s), link, {
      ranges,
      sampling: { seed: 1, samples: 10_000 },
    });
    expect(text).toContain(
      ' Uncertain inputs, as 90 % ranges: Cohort size 500–1,500 people, Capabilities roles ' +
        '1.4–50 % and Your net-neutral ratio 1 : 10 to 1 : 100; the figures above take the ' +
        `middle of each. ${link}`,
    );
  });

  it('names a seed and a sample count only when they are not the defaults', () => {
    const ranges = { cap: { lo: 5_000, hi: 20_000 } };
    const quoteWith = (seed: number, samples: number) =>
      buildQuote(DEFAULT_SCENARIO, calculate(DEFAULT_SCENARIO), link, {
        ranges,
        sampling: { seed, samples },
      });
    expect(quoteWith(1, 10_000)).toContain(
      'Uncertain inputs, as 90 % range: Capabilities researchers 5,000–20,000 researchers;',
    );
    expect(quoteWith(7, 20_000)).toContain('as 90 % range (20,000 samples, seed 7):');
    expect(quoteWith(7, 10_000)).toContain('as 90 % range (seed 7):');
  });

  it('without ranges, says nothing of sampling, whatever the seed', () => {
    const plain = buildQuote(DEFAULT_SCENARIO, calculate(DEFAULT_SCENARIO), link);
    expect(
      buildQuote(DEFAULT_SCENARIO, calculate(DEFAULT_SCENARIO), link, {
        ranges: {},
        sampling: { seed: 7, samples: 20_000 },
      }),
    ).toBe(plain);
  });

  it('an empty cohort still names the ranges', () => {
    const s = { ...DEFAULT_SCENARIO, cohort: 0 };
    expect(
      buildQuote(s, calculate(s), link, {
        ranges: { neutral: { lo: 10, hi: 100 } },
        sampling: { seed: 1, samples: 10_000 },
      }),
    ).toContain(
      'an empty cohort changes nothing. Uncertain inputs, as 90 % range: Your net-neutral ratio 1 : 10 to 1 : 100;',
    );
  });
});

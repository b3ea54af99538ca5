import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/format/quote';
import { calculate } from '../../src/model/calculate';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/inputs';

const quote = (s: Scenario) => buildQuote(s, calculate(s), 'https://example.test/?v=1');

describe('quote this scenario', () => {
  it('tells the thread illustration with the live figures and the link', () => {
    expect(quote(DEFAULT_SCENARIO)).toBe(
      'With 10,000 capabilities and 1,000 safety researchers (10 : 1), a cohort of 1,000 sending ' +
        '50 % into safety roles, 50 % into capabilities moves the field to 10,500 : 1,500, or 7 : 1. ' +
        'The new researchers are 1 : 1 safety to capabilities: net positive at 1 : 10 (450 ' +
        'safety-researcher equivalents), net positive at 1 : 100 (495 safety-researcher ' +
        'equivalents). https://example.test/?v=1',
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
    expect(text).toContain('29 % into independent safety research, counted at 0 %');
    expect(text).toContain('35 : 1 safety to capabilities');
    expect(text).toContain('at 1 : 20');
  });

  it('says an empty cohort changes nothing', () => {
    expect(quote({ ...DEFAULT_SCENARIO, cohort: 0 })).toContain('an empty cohort changes nothing');
  });
});

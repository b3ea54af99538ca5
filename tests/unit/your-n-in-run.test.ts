/**
 * How "your ratio" is set across a run's samples (src/format/your-n-in-run.ts): the one answer the
 * headline's "your range" line and the uncertainty charts' words share.
 */
import { describe, expect, it } from 'vitest';
import { summariseSamples } from '../../src/model/uncertainty';
import { sampleScenario } from '../../src/model/monte-carlo';
import { yourNInRun } from '../../src/format/your-n-in-run';
import { rangesInUse } from '../../src/model/ranges-in-use';
import { decodeLink } from '../../src/url/link-codec';

/** The summary of the link's run, with the ranges the page samples (app/uncertainty-runs.ts). */
function summaryOf(link: string) {
  const { scenario, ranges: linked } = decodeLink(link).state;
  const ranges = rangesInUse(scenario, linked);
  const set = sampleScenario(scenario, ranges, { samples: 1_000, seed: 1 });
  return summariseSamples(set, scenario, ranges);
}

describe('your N in a run', () => {
  it.each([
    ['N a range', '?v=1&neutral=10~100', { kind: 'range', rangeText: '1 : 10 to 1 : 100' }],
    [
      'N a range beside other ranges',
      '?v=1&toCap=5~20&neutral=3~30',
      { kind: 'range', rangeText: '1 : 3 to 1 : 30' },
    ],
    [
      'N from a field whose size is a range',
      '?v=1&nFrom=field&saf=500~2000',
      { kind: 'from each field' },
    ],
    [
      'N from the field, with importance a range',
      '?v=1&nFrom=field&importance=1~10',
      { kind: 'from each field' },
    ],
    ['N set, with other ranges', '?v=1&toCap=5~20', { kind: 'one' }],
    [
      'N from the field, with only the shares ranges',
      '?v=1&nFrom=field&toCap=5~20',
      { kind: 'one' },
    ],
    // A range on N is kept but not used while N follows the field (model/ranges-in-use.ts).
    [
      'N from the field, its kept range unused',
      '?v=1&nFrom=field&neutral=10~100&toCap=5~20',
      { kind: 'one' },
    ],
  ])('%s: %s', (_, link, expected) => {
    expect(yourNInRun(summaryOf(link))).toEqual(expected);
  });
});

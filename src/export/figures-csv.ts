/**
 * The headline figures as CSV (the "Download figures" file): each figure's value and the text
 * shown on screen, and with ranges its percentiles and the chances (sampled-figures-csv.ts).
 * Apart from csv.ts, which the charts load with the page, so this file and its range formats
 * come only with the downloads' section.
 */
import type { Verdict } from '../model/calculate';
import type { YearsResults as Results } from '../model/years';
import type { Scenario } from '../model/inputs';
import type { UncertaintySummary } from '../model/uncertainty';
import { formatBreakEvenRatio } from '../format/break-even';
import {
  formatBalance,
  formatCapabilitiesPer100Safety,
  formatNetImpact,
  formatRatio,
  formatRatioApart,
  formatVerdict,
} from '../format/format';
import { causedNothing } from '../format/years-text';
import { csvText, scenarioComments, type Cell } from './csv';
import { sampledFiguresComments, sampledFiguresRows } from './sampled-figures-csv';

function verdictRows(name: string, verdict: Verdict): Cell[][] {
  const margin = verdict.margin.kind === 'finite' ? verdict.margin.timesBreakEven : null;
  return [
    [`Verdict at ${name}`, margin, formatVerdict(verdict)],
    [`Net impact at ${name}`, verdict.netImpact, formatNetImpact(verdict.netImpact)],
  ];
}

/** The break-even ratio R (null for "never", "any", "no one placed"). */
function breakEvenRow(results: Results): Cell[] {
  // Of what the program caused (years.ts): with the defaults, the placements' own.
  const be = results.breakEven;
  return [
    'Break-even ratio',
    be.kind === 'ratio' ? be.r : null,
    formatBreakEvenRatio(be, results.verdictAtUser.n, causedNothing(results)),
  ];
}

export function figuresCsv(
  scenario: Scenario,
  results: Results,
  link: string,
  summary?: UncertaintySummary,
): string {
  const { fieldNow, fieldAfter, fieldWithout, placements: p, balance } = results;
  const rows: Cell[][] = [
    [
      'Field ratio now',
      fieldNow.capabilitiesPerSafety,
      formatRatio(fieldNow.capabilities, fieldNow.safety),
    ],
    [
      'Field ratio after',
      fieldAfter.capabilitiesPerSafety,
      formatRatioApart(
        fieldAfter.capabilities,
        fieldAfter.safety,
        fieldNow.capabilities,
        fieldNow.safety,
      ),
    ],
    [
      'Field ratio without the program',
      fieldWithout.capabilitiesPerSafety,
      formatRatioApart(
        fieldWithout.capabilities,
        fieldWithout.safety,
        fieldAfter.capabilities,
        fieldAfter.safety,
      ),
    ],
    [
      'New researchers ratio',
      balance.kind === 'both' ? balance.safetyPerCapabilities : null,
      formatBalance(balance, p.newSafety, p.newCapabilities),
    ],
    [
      'Capabilities per 100 safety',
      balance.kind === 'both' ? balance.capabilitiesPer100Safety : null,
      formatCapabilitiesPer100Safety(balance),
    ],
    breakEvenRow(results),
    ...verdictRows('1:10', results.verdictAt10),
    ...verdictRows('1:100', results.verdictAt100),
    ...verdictRows('your ratio', results.verdictAtUser),
    ['New safety researchers', p.newSafety, null],
    ['New capabilities researchers', p.newCapabilities, null],
    ['Other / not placed (people)', p.other, null],
  ];
  const comments = [
    'Figures of the safety vs capabilities ratio explorer.',
    'value: field ratios in capabilities per safety researcher; new researchers ratio in new safety per new capabilities researcher; break-even ratio R of 1 : R; verdict value = margin (multiples of break-even); net impact in safety-researcher equivalents.',
    ...scenarioComments(scenario, link),
  ];
  if (!summary) return csvText(comments, ['figure', 'value', 'shown as'], rows);
  return csvText(
    [...comments, ...sampledFiguresComments(summary)],
    ['figure', 'value', 'shown as', 'p5', 'median', 'p95'],
    sampledFiguresRows(rows, summary, results.neutral),
  );
}

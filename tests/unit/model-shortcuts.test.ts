/**
 * The charts evaluate the model at every sample through two shortcuts (placementsOf and
 * netImpactAt in src/model/calculate.ts); they must give exactly what the full functions give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netImpactAt, placements, placementsOf, verdictAt } from '../../src/model/calculate';
import { validScenario } from './arbitraries';

const RUNS = { numRuns: 1_000 } as const;

describe("the charts' per-sample shortcuts agree with the model", () => {
  it('placementsOf(s, shares) equals placements of the scenario with those shares', () => {
    fc.assert(
      fc.property(validScenario, validScenario, (s, other) => {
        const shares = {
          cohort: other.cohort,
          toSafety: other.toSafety,
          toIndep: other.toIndep,
          toCap: other.toCap,
        };
        expect(placementsOf(s, shares)).toEqual(placements({ ...s, ...shares }));
      }),
      RUNS,
    );
  });

  it('netImpactAt equals verdictAt(…).netImpact, including exact 0 at break-even', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const { newSafety, newCapabilities } = placements(s);
        for (const n of [1, 10, 100, s.neutral]) {
          expect(netImpactAt(n, newSafety, newCapabilities)).toBe(
            verdictAt(n, newSafety, newCapabilities).netImpact,
          );
        }
      }),
      RUNS,
    );
  });
});

/**
 * The two presets of "Over the years" (issue 12) reproduce, through the years model, the figures
 * worked out by hand from their sources (docs/model.md, "Over the years").
 */
import { describe, expect, it } from 'vitest';
import { PRESETS, type Preset } from '../../src/model/presets';
import { SOURCES } from '../../src/model/sources';
import { calculateYears } from '../../src/model/years';
import { formatRatio } from '../../src/format/format';
import { decodeScenario, encodeScenario } from '../../src/url/codec';

function preset(id: Preset['id']): Preset {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

describe('"The program as it runs"', () => {
  const s = preset('program-running').scenario;
  const r = calculateYears(s);

  it('runs two cohorts of 100 a year for ten years, split 80 / 10', () => {
    expect(s).toMatchObject({ years: 10, perYear: 2, cohort: 100, toSafety: 80, toCap: 10 });
    // 20 cohorts: 1,600 alumni counted as safety, 200 as capabilities, nobody moving.
    expect(r.alumniSafety).toBeCloseTo(1_600, 9);
    expect(r.alumniCapabilities).toBeCloseTo(200, 9);
  });

  it('grows the field as McAleese (safety, 21 %/yr) and the guess (capabilities, 10 %/yr) say', () => {
    const capabilities = 100_000 * 1.1 ** 10; // 259,374.2…
    const safety = 600 * 1.21 ** 10; // 4,036.5…
    expect(r.fieldAfter.capabilities).toBeCloseTo(capabilities + 200, 6);
    expect(r.fieldAfter.safety).toBeCloseTo(safety + 1_600, 6);
    expect(formatRatio(r.fieldAfter.capabilities, r.fieldAfter.safety)).toBe('46.1 : 1');
    expect(formatRatio(r.fieldWithout.capabilities, r.fieldWithout.safety)).toBe('64.3 : 1');
  });

  it('is net positive at 1 : 100 by 1,598 safety-researcher equivalents', () => {
    expect(r.verdictAtUser.netImpact).toBeCloseTo(1_600 - 200 / 100, 9);
  });

  it('cites every source its figures come from, and says which are guesses', () => {
    const p = preset('program-running');
    expect(p.sources).toEqual(['matsCohorts', 'longitudinal', 'mcaleese2025', 'aschenbrenner2023']);
    expect(p.note).toMatch(/rough guesses/);
    for (const id of p.sources) expect(SOURCES[id].url).toMatch(/^https:\/\//);
  });
});

describe('"Neglectedness sets N"', () => {
  const p = preset('neglectedness');

  it("derives the thread's 1 : 10 from its field, and 1 : 100 with importance 10", () => {
    expect(calculateYears(p.scenario).neutral).toBe(10);
    expect(calculateYears({ ...p.scenario, importance: 10 }).neutral).toBe(100);
  });

  it('travels in a link as nFrom=field with importance 1', () => {
    const link = encodeScenario(p.scenario);
    expect(link).toContain('nFrom=field');
    expect(link).toMatch(/importance=1(&|$)/);
    expect(decodeScenario(link).scenario).toEqual(p.scenario);
  });
});

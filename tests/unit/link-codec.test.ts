import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PINS, type CompareTarget, type PinnedScenario } from '../../src/model/comparison';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { PRESETS } from '../../src/model/presets';
import { DEFAULT_SAMPLING, NO_RANGES } from '../../src/model/ranges';
import {
  decodeLink,
  EMBED_VIEWS,
  encodeLink,
  THEME_CHOICES,
  type EmbedView,
  type LinkState,
  type ThemeChoice,
} from '../../src/url/link-codec';
import { validRangedScenario, validSampling } from './arbitraries';
import { URL_FIXTURES } from './url-fixtures';

const plain = (changes: Partial<LinkState> = {}): LinkState => ({
  scenario: DEFAULT_SCENARIO,
  ranges: NO_RANGES,
  sampling: DEFAULT_SAMPLING,
  pins: [],
  compare: { kind: 'none' },
  embed: false,
  theme: 'auto',
  ...changes,
});

describe('link codec: pins, comparison and embed', () => {
  it.each(URL_FIXTURES)('v=1 fixture $link reads exactly as before', ({ link, scenario }) => {
    const { state, issues } = decodeLink(link);
    expect(issues).toEqual([]);
    expect(state.scenario).toEqual(scenario);
    expect(state.ranges).toEqual({});
    expect(state.sampling).toEqual(DEFAULT_SAMPLING);
    expect(state.pins).toEqual([]);
    expect(state.compare).toEqual({ kind: 'none' });
  });

  it('writes pins as a name and their non-default values, then compare and embed', () => {
    const state = plain({
      scenario: { ...DEFAULT_SCENARIO, cohort: 1200 },
      pins: [
        { name: 'Optimist & co', scenario: { ...DEFAULT_SCENARIO, toCap: 5 }, ranges: NO_RANGES },
        { name: 'Defaults', scenario: DEFAULT_SCENARIO, ranges: NO_RANGES },
      ],
      compare: { kind: 'pin', index: 0 },
      embed: 'impact',
      theme: 'dark',
    });
    const search = encodeLink(state);
    expect(search).toBe(
      '?v=1&cohort=1200&pin1=Optimist%20%26%20co&pin1.toCap=5&pin2=Defaults&compare=pin1&embed=impact&theme=dark',
    );
    expect(decodeLink(search)).toEqual({ state, issues: [] });
  });

  it.each<[string, CompareTarget]>([
    ['?v=1&compare=defaults', { kind: 'defaults' }],
    ['?v=1&compare=longitudinal', { kind: 'preset', id: 'longitudinal' }],
    ['?v=1&compare=none', { kind: 'none' }],
  ])('%s compares with %o', (search, compare) => {
    expect(decodeLink(search).state.compare).toEqual(compare);
    expect(decodeLink(search).issues).toEqual([]);
  });

  it.each([
    ['?v=1&compare=pin3', 'compare'],
    ['?v=1&compare=%3Cscript%3E', 'compare'],
    ['?v=1&embed=yes', 'embed'],
    ['?v=1&embed=chart', 'embed'],
    ['?v=1&embed=Field', 'embed'],
    ['?v=1&embed=field&theme=sepia', 'theme'],
    ['?v=1&theme=%3Cscript%3E', 'theme'],
    ['?v=1&pin9=Too%20many', 'pin9'],
    ['?v=1&pin1.cohort=1e9', 'pin1.cohort'],
    ['?v=1&pin1=A&pin1.zzz=1', 'pin1.zzz'],
    ['?v=1&pin2.cap=500', 'pin2'],
  ])('%s is reported under %s and decodes safely', (search, key) => {
    const { state, issues } = decodeLink(search);
    expect(issues.map((issue) => issue.key)).toContain(key);
    expect(state.pins.length).toBeLessThanOrEqual(MAX_PINS);
  });

  it('compacts pin numbers and keeps the comparison pointing at the same pin', () => {
    const { state, issues } = decodeLink('?v=1&pin2=B&pin2.cap=500&pin4=D&compare=pin4');
    expect(issues).toEqual([]);
    expect(state.pins.map((pin) => pin.name)).toEqual(['B', 'D']);
    expect(state.pins[0]?.scenario.cap).toBe(500);
    expect(state.compare).toEqual({ kind: 'pin', index: 1 });
  });

  it('cuts long pin names and keeps hostile names as plain text', () => {
    const name = '<img src=x onerror=alert(1)>'.repeat(5);
    const { state } = decodeLink(`?v=1&pin1=${encodeURIComponent(name)}`);
    expect(state.pins[0]?.name).toHaveLength(40);
  });

  const pinArb: fc.Arbitrary<PinnedScenario> = fc
    .tuple(
      fc
        .string({ minLength: 1, maxLength: 40 })
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter((s) => s.length > 0),
      validRangedScenario,
    )
    .map(([name, { scenario, ranges }]) => ({ name, scenario, ranges }));
  const compareArb = (pinCount: number): fc.Arbitrary<CompareTarget> =>
    fc.oneof(
      fc.constant<CompareTarget>({ kind: 'none' }),
      fc.constant<CompareTarget>({ kind: 'defaults' }),
      fc.constantFrom(...PRESETS.map((p): CompareTarget => ({ kind: 'preset', id: p.id }))),
      ...(pinCount > 0
        ? [fc.nat(pinCount - 1).map((index): CompareTarget => ({ kind: 'pin', index }))]
        : []),
    );

  it('round-trips random link states, ranges, seed and samples included', () => {
    const stateArb = fc.array(pinArb, { maxLength: MAX_PINS }).chain((pins) =>
      fc.record({
        ranged: validRangedScenario,
        sampling: validSampling,
        pins: fc.constant(pins),
        compare: compareArb(pins.length),
        embed: fc.constantFrom<false | EmbedView>(false, ...EMBED_VIEWS),
        theme: fc.constantFrom<ThemeChoice>(...THEME_CHOICES),
      }),
    );
    fc.assert(
      fc.property(stateArb, ({ ranged, ...rest }) => {
        const state: LinkState = { ...rest, ...ranged };
        expect(decodeLink(encodeLink(state))).toEqual({ state, issues: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const { state } = decodeLink(
          `?pin1.${search}&compare=${search}&embed=${search}&theme=${search}`,
        );
        expect(state.pins.length).toBeLessThanOrEqual(MAX_PINS);
        expect([false, ...EMBED_VIEWS]).toContain(state.embed);
        expect(THEME_CHOICES).toContain(state.theme);
      }),
      { numRuns: 2000 },
    );
  });

  describe('embed views and themes', () => {
    it.each(EMBED_VIEWS)('embed=%s opens that view, with no notice', (view) => {
      const { state, issues } = decodeLink(`?v=1&embed=${view}`);
      expect(state.embed).toBe(view);
      expect(state.theme).toBe('auto');
      expect(issues).toEqual([]);
    });

    it.each(['field-years', 'alumni-years', 'impact-years'] as const)(
      'embed=%s (a chart over the years) opens that view and keeps the years in the link',
      (view) => {
        const search = `?v=1&cohort=1200&toCap=5~30&years=10&perYear=2&embed=${view}&theme=dark`;
        const { state, issues } = decodeLink(search);
        expect(issues).toEqual([]);
        expect(state.embed).toBe(view);
        expect(state.scenario.years).toBe(10);
        expect(state.ranges.toCap).toEqual({ lo: 5, hi: 30 });
        expect(encodeLink(state)).toBe(search);
      },
    );

    it.each([
      'years',
      'field_years',
      'fieldyears',
      'Field-Years',
      'field-years ',
      ' alumni-years',
      'alumni',
      'alumni-year',
      'impact-years-',
      'impact-years%00',
      'impact-years%E2%80%AE',
      'researchers-years',
      'figures-years',
      'field-years,alumni-years',
    ])('near miss embed=%s: the full explorer, with the notice naming it', (raw) => {
      const { state, issues } = decodeLink(`?v=1&embed=${raw}`);
      expect(state.embed).toBe(false);
      const issue = issues.find((candidate) => candidate.key === 'embed');
      expect(issue?.kind).toBe('invalid');
      expect(issue?.message).toContain(
        'is not field, researchers, impact, field-years, alumni-years, impact-years, figures or 0',
      );
      // eslint-disable-next-line no-control-regex -- matching control characters is the point.
      expect(issue?.message).not.toMatch(/[\u0000-\u001f\u202e]/);
    });

    it('a value that is a view only after some change is never taken for it', () => {
      const edit = fc.oneof(
        fc.tuple(fc.string({ maxLength: 3, unit: 'binary' }), fc.constant('')),
        fc.tuple(fc.constant(''), fc.string({ maxLength: 3, unit: 'binary' })),
        fc.tuple(fc.string({ maxLength: 2 }), fc.string({ maxLength: 2 })),
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...EMBED_VIEWS),
          edit,
          fc.boolean(),
          (view, [pre, post], upper) => {
            const raw = `${pre}${upper ? view.toUpperCase() : view}${post}`;
            const { state, issues } = decodeLink(`?v=1&embed=${encodeURIComponent(raw)}`);
            const known =
              (EMBED_VIEWS as readonly string[]).includes(raw) || raw === '0' || raw === '1';
            if (known) return;
            expect(state.embed).toBe(false);
            expect(issues.map((issue) => issue.key)).toEqual(['embed']);
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('old embed=1 links open the figures and are rewritten to embed=figures', () => {
      const { state, issues } = decodeLink('?v=1&cohort=1200&embed=1');
      expect(issues).toEqual([]);
      expect(state.embed).toBe('figures');
      expect(encodeLink(state)).toBe('?v=1&cohort=1200&embed=figures');
    });

    it('embed=0 and no embed key are the full explorer', () => {
      expect(decodeLink('?v=1&embed=0')).toEqual({ state: plain(), issues: [] });
      expect(decodeLink('?v=1')).toEqual({ state: plain(), issues: [] });
      expect(encodeLink(plain())).toBe('?v=1');
    });

    it.each<[string, ThemeChoice]>([
      ['?v=1&embed=field&theme=light', 'light'],
      ['?v=1&embed=field&theme=dark', 'dark'],
      ['?v=1&embed=field&theme=auto', 'auto'],
      ['?v=1&embed=field', 'auto'],
    ])('%s has the theme %s', (search, theme) => {
      const { state, issues } = decodeLink(search);
      expect(state.theme).toBe(theme);
      expect(issues).toEqual([]);
    });

    it("writes no theme key for the reader's own setting", () => {
      expect(encodeLink(plain({ embed: 'field', theme: 'auto' }))).toBe('?v=1&embed=field');
      expect(encodeLink({ ...plain({ embed: 'field' }), theme: undefined })).toBe(
        '?v=1&embed=field',
      );
    });

    it.each([
      ['?v=1&embed=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'embed', false, 'auto'],
      ['?v=1&embed=figures%00', 'embed', false, 'auto'],
      ['?v=1&embed=impact&theme=DARK', 'theme', 'impact', 'auto'],
      ['?v=1&embed=impact&theme=', 'none', 'impact', 'auto'],
      ['?v=1&embed=researchers&theme=%E2%80%AEkrad', 'theme', 'researchers', 'auto'],
    ] as const)(
      'hostile %s: notice under %s, safe view %s and theme %s',
      (search, key, embed, theme) => {
        const { state, issues } = decodeLink(search);
        expect(state.embed).toBe(embed);
        expect(state.theme).toBe(theme);
        if (key === 'none') expect(issues).toEqual([]);
        else {
          const issue = issues.find((candidate) => candidate.key === key);
          expect(issue?.kind).toBe('invalid');
          // The raw value is shown as inert text: no control or bidi characters survive.
          // eslint-disable-next-line no-control-regex -- matching control characters is the point.
          expect(issue?.message).not.toMatch(/[\u0000-\u001f\u202e]/);
        }
      },
    );

    it('the last of repeated embed or theme keys wins, like every other key', () => {
      const { state } = decodeLink('?v=1&embed=field&embed=impact&theme=dark&theme=light');
      expect(state.embed).toBe('impact');
      expect(state.theme).toBe('light');
    });

    it('keeps embed and theme out of the scenario: no "unknown parameter" notice', () => {
      const { issues } = decodeLink('?v=1&cohort=5&embed=field&theme=dark');
      expect(issues).toEqual([]);
    });
  });
});

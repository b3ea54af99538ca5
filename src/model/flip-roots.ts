/**
 * Where the flip points lie by formula (./flip-points.ts uses them only to narrow its search on
 * the input's grid, which confirms them), and how far the share rule's rounding can blur a flip.
 * docs/model.md, "Flip points".
 */
import { placements } from './calculate';
import type { InputKey, Scenario } from './inputs';
import { effectiveNeutral } from './years';
import { causedInto, type Caused, type YearsEnd } from './years-end';

// Scratch for yearsRoot, which runs once per input per slider step.
const END: YearsEnd = {
  baseCapabilities: 0,
  baseSafety: 0,
  alumniSafety: 0,
  alumniCapabilities: 0,
};
const CAUSED: Caused = { safety: 0, capabilities: 0 };

/**
 * Where the analytic formula puts the flip of `key`, for the inputs whose real rule is exact
 * (the edited value is the only change). Per person of the cohort, with a = toSafety, i =
 * toIndep, c = toCap (fractions), w = indepWeight, g = nonGen and A = a + i·w:
 * weighted safety − capabilities = A·((1 − g)·N − g) − c.
 */
export function analyticRoot(s: Scenario, key: InputKey): number | null {
  // The formula is the one-cohort model's. Years, cohorts a year and `anyway` scale both sides
  // alike, and growth never enters the verdict, so it holds for them too; drift, pivot, the
  // capabilities boost and N from the field change it, and then the search runs unguided.
  if (s.drift !== 0 || s.pivot !== 0 || s.capBoost !== 0 || s.nFrom !== 'set') return null;
  const a = s.toSafety / 100;
  const i = s.toIndep / 100;
  const c = s.toCap / 100;
  const w = s.indepWeight / 100;
  const g = s.nonGen / 100;
  const n = s.neutral;
  const counted = a + i * w;
  switch (key) {
    case 'neutral': {
      // N = R = new capabilities ÷ new safety.
      const safety = counted * (1 - g);
      return safety > 0 ? (c + counted * g) / safety : null;
    }
    case 'indepWeight': {
      const k = (1 - g) * n - g;
      return i > 0 && k !== 0 ? (100 * (c / k - a)) / i : null;
    }
    case 'nonGen':
      return counted > 0 ? (100 * (n - c / counted)) / (n + 1) : null;
    default:
      return null;
  }
}

/**
 * Where the flip of an input that enters only N or the capabilities weight lies (issue 12): the
 * alumni do not depend on it, so R = caused capabilities ÷ caused safety is fixed along it, and
 * the verdict flips where N = R (N = m × K ÷ S with N from the field) or where the boost makes
 * the weighted capabilities meet N × caused safety. Like analyticRoot it only narrows the search.
 */
export function yearsRoot(s: Scenario, key: InputKey): number | null {
  const caused = causedInto(s, placements(s), END, CAUSED);
  const safety = caused.safety;
  const boost = 1 + s.capBoost / 100;
  if (!(safety > 0) || !(caused.capabilities > 0)) return null;
  const r = caused.capabilities / safety;
  // Caused capabilities before the boost's weight.
  const capabilities = caused.capabilities / boost;
  switch (key) {
    case 'importance':
      return (r * s.saf) / s.cap;
    case 'cap':
      return (r * s.saf) / s.importance;
    case 'saf':
      return (s.importance * s.cap) / r;
    case 'capBoost':
      return 100 * ((effectiveNeutral(s) * safety) / capabilities - 1);
    default:
      return null;
  }
}

/**
 * How far setShare's rounding can move the excess (people) along the independents' slider: when
 * it takes room from safety roles and capabilities roles, it rounds the safety share to 0.1 % and
 * gives capabilities the rest, so each is off by up to 0.05 % of the cohort in opposite
 * directions, moving weighted safety − capabilities by up to 0.0005 × cohort × |K + 1|, K =
 * (1 − g)·N − g. Along the other inputs the verdict is monotone (docs/model.md), so no flicker.
 */
export function toIndepFlicker(s: Scenario): number {
  const g = s.nonGen / 100;
  const n = effectiveNeutral(s);
  const k = (1 - g) * n - g;
  // Over the years (years.ts) every one of the Y × P cohorts is off the same way, a person may
  // end on either side (moves), and a capabilities alumnus weighs 1 + capBoost: a person moved
  // between the sides changes the excess by at most N + 1 + capBoost, so the bound widens by the
  // number of cohorts and by the boost (`anyway` only shrinks it). With the defaults it is the
  // one-cohort bound exactly.
  const cohorts = Math.max(1, Math.floor(s.years)) * s.perYear;
  const boost = s.capBoost / 100;
  // The slack covers floating-point noise in the shares themselves.
  return cohorts * s.cohort * (0.0005 * (Math.abs(k + 1) + boost) + 1e-9 * (Math.abs(k) + 1));
}

/**
 * The figures with ranges in a real browser (issue 11): the Monte Carlo run happens in the Web
 * Worker of the production build, and its chances must equal, character for character, what the
 * model computes here in Node for the same link and seed ("the same seed gives identical results
 * in the worker and in Node"). Also: every figure's 90 % interval, the updating mark while a
 * slider moves, the controls not moving when ranges turn on, and axe with ranges on.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  formatChance,
  formatSampledText,
  sampledBreakEven,
} from '../../src/format/uncertainty-format';
import { runUncertainty } from '../../src/model/uncertainty';
import { monteCarloReplies } from '../../src/worker/monte-carlo-handler';
import { decodeLink } from '../../src/url/link-codec';
import { embedHeight } from '../../src/ui/embed-views';
import { expect, figure, slider, test } from './fixtures';

const CHANCES = [
  ['Chance net positive at 1:10', 'at10'],
  ['Chance net positive at 1:100', 'at100'],
  ['Chance net positive at your ratio', 'atUser'],
] as const;

/** What Node computes for a link: the model's run, checked against the worker's handler. */
function nodeSummary(search: string) {
  const { scenario, ranges, sampling } = decodeLink(search).state;
  const summary = runUncertainty(scenario, ranges, sampling);
  const reply = monteCarloReplies({ id: 1, scenario, ranges, sampling }).summary;
  expect(reply.ok && reply.summary.chance).toEqual(summary.chance);
  return summary;
}

for (const search of [
  '?v=1&neutral=10~100&toCap=5~20',
  '?v=1&neutral=10~100&toCap=30~60&nonGen=85~99',
  '?v=1&neutral=10~100&toCap=30~60&nonGen=85~99&seed=12345&samples=20000',
]) {
  test(`the worker's chances equal Node's for ${search}`, async ({ page }) => {
    const summary = nodeSummary(search);
    await page.goto(`/${search}`);
    for (const [name, key] of CHANCES) {
      await expect(figure(page, name)).toHaveText(formatChance(summary.chance[key]), {
        timeout: 15_000,
      });
    }
    await expect(figure(page, 'Break-even ratio')).toHaveText(
      formatSampledText(sampledBreakEven(summary.figures.breakEvenRatio)),
    );
    await expect(
      page.getByRole('region', { name: 'Figures for this scenario' }),
    ).not.toHaveAttribute('aria-busy', 'true');
  });
}

test('a slider step marks the figures as updating, then shows the new run', async ({ page }) => {
  await page.goto('/?v=1&neutral=10~100&toCap=30~60&nonGen=85~99');
  const chance = figure(page, 'Chance net positive at 1:100');
  await expect(chance).toHaveText(/^\d+\.\d %$/, { timeout: 15_000 });
  const before = await chance.textContent();
  const region = page.getByRole('region', { name: 'Figures for this scenario' });
  // Watch for the busy mark from inside the page: it may last only a few milliseconds.
  const sawBusy = page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const section = document.querySelector('.headline');
        if (!section) return resolve(false);
        const observer = new MutationObserver(() => {
          if (section.getAttribute('aria-busy') === 'true') {
            observer.disconnect();
            resolve(true);
          }
        });
        observer.observe(section, { attributes: true, attributeFilter: ['aria-busy'] });
        setTimeout(() => resolve(false), 10_000);
      }),
  );
  const cohort = slider(page, 'Cohort size');
  await cohort.focus();
  await page.keyboard.press('PageDown');
  expect(await sawBusy).toBe(true);
  await expect(region).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
  // The cohort size never changes a chance (R does not depend on it): same text after the step.
  await expect(chance).toHaveText(before ?? '');
});

test('a step with ranges does not move the uncertainty charts', async ({ page }) => {
  await page.goto('/?v=1&neutral=10~100&toCap=30~60&nonGen=85~99');
  await expect(figure(page, 'Chance net positive at 1:100')).toHaveText(/%$/, {
    timeout: 15_000,
  });
  const charts = page.getByRole('region', { name: 'How sure is the verdict' });
  await expect(charts.getByRole('figure').first()).toBeVisible({ timeout: 15_000 });
  // From inside the page, at every DOM change of the step: how far the first chart sits below the
  // section's introduction (the "updating" line lies between them).
  const gaps = page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const intro = document.querySelector('.uncertainty-charts__intro');
        const chart = document.querySelector('.uncertainty-charts figure');
        if (!intro || !chart) return resolve([]);
        const seen = new Set<number>();
        const note = () =>
          seen.add(
            Math.round(chart.getBoundingClientRect().top - intro.getBoundingClientRect().top),
          );
        note();
        const observer = new MutationObserver(note);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          resolve([...seen]);
        }, 3_000);
      }),
  );
  const low = slider(page, 'Your net-neutral ratio, low end');
  await low.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await gaps).toHaveLength(1);
});

test('turning a range on moves no control', async ({ page }) => {
  await page.goto('/');
  const controls = [slider(page, 'Cohort size'), slider(page, 'Your net-neutral ratio')];
  const boxes = await Promise.all(controls.map((control) => control.boundingBox()));
  await page.goto('/?v=1&neutral=10~100');
  await expect(figure(page, 'Chance net positive at 1:10')).toHaveText(/%$/, { timeout: 15_000 });
  const cohortAfter = await controls[0]?.boundingBox();
  expect(cohortAfter?.y).toBe(boxes[0]?.y);
});

test('axe finds nothing with ranges on', async ({ page }) => {
  await page.goto('/?v=1&neutral=10~100&toCap=30~60&nonGen=85~99');
  await expect(figure(page, 'Chance net positive at your ratio')).toHaveText(/%$/, {
    timeout: 15_000,
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
  ).toEqual([]);
});

for (const [name, extra, compared] of [
  ['ranges', '', false],
  [
    'ranges and a comparison with a long name',
    `&pin1=${encodeURIComponent('A rather long name for a pinned scenario')}&pin1.toCap=45&compare=pin1`,
    true,
  ],
] as const) {
  test(`the figures embed with ${name} fits its snippet's frame from 320 to 1,200 px wide`, async ({
    page,
  }) => {
    const height = embedHeight('figures', compared);
    for (const width of [320, 390, 700, 1000, 1200]) {
      await page.setViewportSize({ width, height });
      await page.goto(`/?v=1&neutral=10~100&toCap=30~60&nonGen=85~99${extra}&embed=figures`);
      await expect(figure(page, 'Chance net positive at your ratio')).toHaveText(/%$/, {
        timeout: 15_000,
      });
      const fit = await page.evaluate(() => {
        const scroller = document.scrollingElement ?? document.documentElement;
        const musts = [...document.querySelectorAll('.figure, .embed__footer a')];
        return {
          scrolls: scroller.scrollHeight > window.innerHeight + 1,
          outside: musts
            .filter((element) => element.getBoundingClientRect().bottom > window.innerHeight + 1)
            .map((element) => element.textContent),
        };
      });
      expect(fit, `${width} × ${height}`).toEqual({ scrolls: false, outside: [] });
    }
  });
}

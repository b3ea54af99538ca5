/**
 * "How sure is the verdict" in the production build: the link with three ranges opens
 * the section after the scenario charts, its three plots draw as the reader scrolls to them (the
 * Monte Carlo worker answers), axe finds nothing, and a chart's SVG picture, hatched tornado
 * bars included, is drawn by librsvg outside any browser. With ranges the scenario charts draw
 * the worker's 90 % band around their lines (the same numbers as the model in Node).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { fieldRatioBandSentence } from '../../src/charts/data/band-words';
import { runUncertainty } from '../../src/model/uncertainty';
import { decodeLink } from '../../src/url/link-codec';
import { dragSlider, expect, search, test } from './fixtures';

const LINK = './?v=1&neutral=10~100&toCap=5~20&indepWeight=0~100';
const TITLES = [
  'Chance of net positive against the net-neutral ratio',
  'The distribution of net impact at your ratio',
  'Sensitivity: which range decides the verdict',
] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

test('the issue’s link shows the three uncertainty charts, accessible and exportable', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(LINK);
  const section = page.getByRole('region', { name: 'How sure is the verdict' });
  await section.scrollIntoViewIfNeeded();
  await expect(
    section.getByRole('heading', { level: 2, name: 'How sure is the verdict' }),
  ).toBeVisible();

  for (const title of TITLES) {
    const chart = page.getByRole('figure', { name: title });
    await chart.scrollIntoViewIfNeeded();
    const plot = chart.locator('.recharts-wrapper > svg.recharts-surface');
    await expect(plot).toBeVisible({ timeout: 15_000 });
    // The live layer has drawn the data: the curve (flat at 100 % for this link, so it has no
    // height for toBeVisible) or bars.
    await expect(plot.locator('.chart-live .chart-axis__tick').first()).toBeVisible();
    await expect(
      plot.locator('.chart-live path.chart-line[d^="M"], .chart-live .chart-bar rect').first(),
    ).toBeAttached();
    await expect(chart.locator('.chart-figure__text')).toContainText('In words:');
  }
  // Every sample of this link is net positive from 1 : 10 up (the defaults' placements): written
  // as the headline writes such a chance, never "100 %".
  await expect(
    page.getByRole('figure', { name: TITLES[0] }).locator('.chart-figure__text'),
  ).toContainText('over 99.9 % are net positive at 1 : 10');
  await expect(
    page.getByRole('status', { name: 'Chance net positive at 1:10', exact: true }),
  ).toHaveText('> 99.9 %');
  // The tornado's keyboard readout names the top row.
  const tornado = page.getByRole('slider', { name: 'Bars of the sensitivity chart' });
  await expect(tornado).toHaveAttribute(
    'aria-valuetext',
    /^Your net-neutral ratio: At 1 : 10 \(5th percentile\)/,
  );

  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  // The tornado's picture: vector SVG that librsvg draws.
  const chart = page.getByRole('figure', { name: TITLES[2] });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Download chart as SVG' }).click(),
  ]);
  const svg = (await readFile(await file.path())).toString('utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain(TITLES[2]);
  expect(svg).toContain('Your net-neutral ratio');
  expect(svg).toContain('neutral=10~100');
  expect(svg).not.toMatch(/foreignObject|var\(|<script|\sclass="|\sstyle="/i);
  const folder = await mkdtemp(join(tmpdir(), 'uncertainty-export-'));
  const path = join(folder, 'tornado.svg');
  await writeFile(path, svg, 'utf8');
  const png = execFileSync('rsvg-convert', ['--format=png', path], { maxBuffer: 64 * 1024 * 1024 });
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
    width: 1200,
    height: 675,
  });
});

/** The three scenario charts with ranges: each draws its 90 % band under its line (issue 11). */
const BAND_LINK = './?v=1&neutral=10~100&toCap=5~20&indepWeight=0~100&nonGen=0~20';
const SCENARIO_TITLES = [
  'How the field ratio moves with cohort size',
  'New researchers against the net-neutral lines',
  'Net impact against cohort size',
] as const;

test('with ranges the scenario charts draw the worker’s 90 % band, as Node computes it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(BAND_LINK);
  const { scenario, ranges, sampling } = decodeLink(BAND_LINK.slice(2)).state;
  const summary = runUncertainty(scenario, ranges, sampling);
  const fieldSentence = fieldRatioBandSentence(summary.bands.fieldRatio, scenario.cohort, false);
  for (const title of SCENARIO_TITLES) {
    const chart = page.getByRole('figure', { name: title });
    await chart.scrollIntoViewIfNeeded();
    const plot = chart.locator('.recharts-wrapper > svg.recharts-surface');
    await expect(plot).toBeVisible({ timeout: 15_000 });
    // The band: a closed area under the lines, named in the legend and in words.
    const area = plot.locator('.chart-live path.chart-area');
    await expect(area).toHaveAttribute('d', /^M[\d.,]+L.*Z$/, { timeout: 15_000 });
    await expect(area).toHaveAttribute('fill-opacity', '0.2');
    await expect(chart.locator('.chart-legend')).toContainText('90 % band');
    await expect(chart.locator('.chart-figure__text')).toContainText(
      'With your ranges, 90 % of samples put',
    );
  }
  // The worker in the browser gives the band the model gives in Node, to the digit shown.
  await expect(
    page.getByRole('figure', { name: SCENARIO_TITLES[0] }).locator('.chart-figure__text'),
  ).toContainText(fieldSentence);

  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  // The picture keeps the band and its legend swatch.
  const chart = page.getByRole('figure', { name: SCENARIO_TITLES[0] });
  await chart.scrollIntoViewIfNeeded();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Download chart as SVG' }).click(),
  ]);
  const svg = (await readFile(await file.path())).toString('utf8');
  expect(svg).toMatch(/fill-opacity="0.2"/);
  expect(svg).toContain('90 % band');
  expect(svg).not.toMatch(/var\(/);
});

test('after a drag with ranges, the charts show the bands of the last run, as Node computes them', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(BAND_LINK);
  const chances = page.locator('.headline__chances');
  await expect(chances).toHaveAttribute('data-summary-current', 'true', { timeout: 15_000 });
  const chart = page.getByRole('figure', { name: SCENARIO_TITLES[0] });
  // A chart far from the viewport is paused (it draws no new bands): this one stays in view.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-band-run', /\d+/, { timeout: 15_000 });
  // During the drag the figures may skip bands a step later out of date; at rest the last run's
  // bands come, and they are the bands of the scenario the link now holds.
  await dragSlider(page, 'Capabilities roles, high end', 0.6, 25);
  await expect(chances).toHaveAttribute('data-summary-current', 'true', { timeout: 15_000 });
  const run = await chances.getAttribute('data-summary-run');
  await expect(chart).toHaveAttribute('data-band-run', run ?? '', { timeout: 15_000 });
  await expect.poll(() => search(page)).toContain('toCap=5~');
  const { scenario, ranges, sampling } = decodeLink(await search(page)).state;
  const { bands } = runUncertainty(scenario, ranges, sampling);
  await expect(chart.locator('.chart-figure__text')).toContainText(
    fieldRatioBandSentence(bands.fieldRatio, scenario.cohort, false),
  );
});

test('a net-neutral range kept while N comes from the field is not sampled, and comes back', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('./?v=1&toCap=5~20&neutral=10~100&nFrom=field');
  await expect(
    page.getByText('Your range 1 : 10 to 1 : 100 is kept for when you set N yourself'),
  ).toBeVisible();
  // The worker's run has only the capabilities share: the tornado has that one bar.
  const section = page.getByRole('region', { name: 'How sure is the verdict' });
  await section.scrollIntoViewIfNeeded();
  const chart = page.getByRole('figure', { name: TITLES[2] });
  await chart.scrollIntoViewIfNeeded();
  const tornado = page.getByRole('slider', { name: 'Bars of the sensitivity chart' });
  await expect(tornado).toHaveAttribute('aria-valuetext', /^Capabilities roles: /, {
    timeout: 15_000,
  });
  await expect(chart.locator('.chart-figure__text')).not.toContainText('net-neutral ratio 1 : 10');
  // "Your slider" brings the range back, and the worker samples it again.
  await page.getByRole('radio', { name: 'Your slider' }).check();
  await expect(page.getByRole('slider', { name: 'Your net-neutral ratio, low end' })).toBeVisible();
  await expect(tornado).toHaveAttribute('aria-valuetext', /^Your net-neutral ratio: /, {
    timeout: 15_000,
  });
  await expect
    .poll(() => page.evaluate(() => location.search))
    .toBe('?v=1&toCap=5~20&neutral=10~100');
});

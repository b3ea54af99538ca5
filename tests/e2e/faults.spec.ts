/**
 * Faults in the production build (src/ui/error-boundary.tsx). The one fault a browser test can
 * cause without a backdoor in the app is a real one: a section's code that does not arrive (the
 * request for its chunk is aborted, as a dropped connection would). The section's place then says
 * it could not load, the rest of the page keeps working, the console names the section, and
 * "Try again" fetches the code again once the network is back.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, figure, slider, test } from './fixtures';

const HOW = 'The section “How this is calculated”';

/** Every request for one lazy chunk fails until the returned function is called. */
async function dropChunk(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = `**/assets/${name}-*.js`;
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(pattern);
}

/**
 * Takes out of the fixture's list the console lines this fault is expected to cause (the failed
 * request and the section's one line); anything else still fails the test.
 */
function expectFaultLines(problems: string[], part: string): void {
  const ours = problems.filter((line) => line.startsWith(`error: ${part} failed:`));
  expect(ours, 'one console line naming the part').toHaveLength(1);
  const rest = problems.filter(
    (line) => !ours.includes(line) && !/^error: Failed to load resource: net::/.test(line),
  );
  problems.splice(0, problems.length, ...rest);
}

/** axe on the messages only (the page's own states are checked in a11y.spec.ts). */
async function seriousAxeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('.fault')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('a part that fails', () => {
  test('a section whose code does not arrive says so in its place, and Try again loads it', async ({
    page,
    problems,
  }) => {
    const restore = await dropChunk(page, 'how-calculated');
    await page.goto('./');
    const region = page.getByRole('region', { name: HOW });
    await expect(region.getByRole('status')).toHaveText(
      `${HOW} could not load. The rest of the page still works, and the link still holds your scenario.`,
    );
    await expect(page.locator('details.how')).toHaveCount(0);

    // The rest of the page follows the controls.
    await slider(page, 'Capabilities roles').fill('10');
    await expect(figure(page, 'New researchers ratio')).toHaveText('5 : 1');
    await expect(
      page.getByRole('heading', { name: 'Net impact against cohort size' }),
    ).toBeVisible();

    // The message uses the page's own text and surface colours (checked in both themes in
    // a11y.spec.ts); axe checks its structure, names and contrast here.
    expect(await seriousAxeFindings(page)).toEqual([]);

    await restore();
    await region.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('How this is calculated', { exact: true })).toBeVisible();
    await expect(region).toHaveCount(0);
    expectFaultLines(problems, HOW);
  });

  test('an embed whose code does not arrive says so, not a blank frame', async ({
    page,
    problems,
  }) => {
    const restore = await dropChunk(page, 'embed-app');
    await page.goto('./?v=1&embed=field');
    const region = page.getByRole('region', { name: 'This view' });
    await expect(region.getByRole('status')).toContainText('This view could not load.');
    await restore();
    await region.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('heading', { name: 'How the field ratio moves with cohort size' }),
    ).toBeVisible();
    await expect(region).toHaveCount(0);
    expectFaultLines(problems, 'This view');
  });

  test('an embedded years chart whose code does not arrive says so in its place, and Try again loads it', async ({
    page,
    problems,
  }) => {
    // The years charts come with the chunk of the page's section "Over the years".
    const restore = await dropChunk(page, 'years-charts-panel');
    await page.goto('./?v=1&years=10&embed=field-years');
    const chart = page.getByRole('figure', { name: 'The field over the years' });
    await expect(chart.getByRole('status')).toHaveText(
      'This chart could not load. The link below still opens this scenario in the full explorer.',
    );
    await expect(
      page.getByRole('link', { name: 'Open the full explorer with this scenario' }),
    ).toBeVisible();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await restore();
    await chart.getByRole('button', { name: 'Try again' }).click();
    await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    await expect(chart.getByRole('status')).toHaveCount(0);
    expectFaultLines(problems, 'The chart “The field over the years”');
  });
});

/**
 * The built page carries its Content-Security-Policy (vite-plugins/content-security-policy.ts)
 * and breaks none of it while used: the policy forbids inline script and style attributes, so a
 * library that started writing either would show up here as a violation.
 */
import type { Page } from '@playwright/test';
import { dragSlider, drawAllPlots, expect, openHowCalculated, test } from './fixtures';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Records every violation from the first byte on, before the page's own scripts run. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations ?? ['violation listener missing']);
}

test('the page has a same-origin CSP and uses it without a single violation', async ({ page }) => {
  await watchViolations(page);
  await page.goto('./?v=1&cohort=abc');

  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).not.toBeNull();
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  expect(directives.get('default-src')).toBe("'self'");
  // Inline code only by hash: the one script in <head> (theme, hidden linked scenario) and the
  // style attributes of the prerendered HTML, and as many hashes as the page has of each.
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')].length,
  }));
  expect(inline.scripts).toBe(1);
  expect(directives.get('script-src')).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')$/);
  expect(directives.get('style-src-attr')).toMatch(
    /^'unsafe-hashes'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
  );
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'self'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  // The policy must be in force before the first script: it is the first thing after charset.
  const order = await page.evaluate(() =>
    [...document.head.children].map((child) => child.getAttribute('http-equiv') ?? child.tagName),
  );
  expect(order.indexOf('Content-Security-Policy')).toBeLessThan(order.indexOf('SCRIPT'));

  // Use the page: notice, preset, slider, formulas, chart readouts, dark mode.
  await expect(page.locator('.notice')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await page.getByRole('button', { name: 'Field-sized estimate' }).click();
  await dragSlider(page, 'Cohort size', 0.4);
  await openHowCalculated(page);
  await drawAllPlots(page);
  for (const figure of await page.locator('.chart-figure').all()) {
    await figure.locator('.recharts-wrapper').hover({ position: { x: 300, y: 120 } });
    await expect(figure.locator('.chart-readout')).toBeVisible();
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await drawAllPlots(page);
  expect(await violations(page)).toEqual([]);

  // The prerendered default page, hydrated: its style attributes are allowed by their hashes.
  await page.goto('./');
  await drawAllPlots(page);
  await dragSlider(page, 'Safety roles', 0.7);
  expect(await violations(page)).toEqual([]);
});

test('no inline script runs: an injected one is blocked and reported', async ({
  page,
  problems,
}) => {
  await watchViolations(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Proves the listener and the policy work, so an empty list above means something.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    return (window as Window & { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem/)]);
  // Chromium also logs the refusal as a console error, which the fixture would count: it is the
  // expected one here, so it is taken off the list (and only it).
  await expect.poll(() => problems.length).toBe(1);
  expect(problems[0]).toMatch(/Content Security Policy/);
  problems.splice(0, 1);
});

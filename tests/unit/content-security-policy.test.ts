/**
 * The page's Content-Security-Policy (vite-plugins/content-security-policy.ts) allows exactly the
 * inline code the built index.html holds, by hash, and nothing else: the browser checks the
 * hashes (tests/e2e/csp.spec.ts loads the real page and counts violations); these tests pin how
 * the policy is made from a page.
 */
import { describe, expect, it } from 'vitest';
import {
  addContentSecurityPolicy,
  contentSecurityPolicyFor,
  findInlineCode,
  hashSource,
} from '../../vite-plugins/content-security-policy';
import { fillRoot } from '../../vite-plugins/prerender';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe('content security policy', () => {
  it('hashes as CSP does: the example in the CSP Level 2 specification', () => {
    expect(hashSource("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('allows no inline code on a page that holds none', () => {
    const policy = directives(contentSecurityPolicyFor(findInlineCode('<p>text</p>')));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src-attr')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it("allows each inline script and style attribute by its hash, never 'unsafe-inline'", () => {
    const page = [
      '<script type="module" src="./assets/index.js"></script>',
      '<script>one()</script>',
      '<div style="height:320px"></div><div style="height:320px"></div>',
      '<span style="--mark-at:0.5;font-family:&quot;A&quot;"></span>',
    ].join('');
    const code = findInlineCode(page);
    expect(code.scripts).toEqual(['one()']);
    // Attribute values as the browser reads them (entities decoded), once each.
    expect(code.styleAttributes).toEqual(['height:320px', '--mark-at:0.5;font-family:"A"']);
    const policyText = contentSecurityPolicyFor(code);
    const policy = directives(policyText);
    expect(policy.get('script-src')).toEqual(["'self'", hashSource('one()')]);
    expect(policy.get('style-src-attr')).toEqual([
      "'unsafe-hashes'",
      hashSource('height:320px'),
      hashSource('--mark-at:0.5;font-family:"A"'),
    ]);
    expect(policyText).not.toContain("'unsafe-inline'");
    expect(policyText).not.toContain("'unsafe-eval'");
  });

  it('puts the policy straight after the charset, before every script', () => {
    const html =
      '<head>\n<meta charset="UTF-8" />\n<script>x()</script>\n</head><body><div id="root"></div></body>';
    const out = addContentSecurityPolicy(html);
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script>'));
    expect(out).toContain(hashSource('x()'));
    expect(() => addContentSecurityPolicy('<head></head>')).toThrow(/charset/);
  });
});

describe('prerender', () => {
  it('writes the page into the empty root, and only there', () => {
    const html = '<body><div id="root"></div><p>$& stays</p></body>';
    expect(fillRoot(html, '<main>$& page</main>')).toBe(
      '<body><div id="root"><main>$& page</main></div><p>$& stays</p></body>',
    );
    expect(() => fillRoot('<body><div id="app"></div></body>', 'x')).toThrow(/root/);
  });
});

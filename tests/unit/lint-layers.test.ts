// @vitest-environment node
/**
 * The layers the linter enforces are the layers docs/architecture.md describes. This reads the
 * "Layers" table of that doc and lints a probe source (through ESLint's Node API, with the repo's
 * own eslint.config.js) for every direction the table forbids, from a file directly in the layer
 * and from one two folders deeper, to a file directly in the target layer and to its most deeply
 * nested one: each must fail with the boundaries rule. It also lints every allowed direction,
 * which must pass, so a rule that forbade everything fails here too.
 *
 * The probe files need not exist (lintText only uses the path); the modules they import do, so
 * the targets are real files of src, picked from the folders rather than named here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOUNDARY_RULE = 'boundaries/dependencies';
const ENTRY = 'main.tsx';

interface LayerRow {
  /** Folder under src ('charts/data'), or 'main.tsx' for the entry point. */
  readonly layer: string;
  readonly mayImport: readonly string[];
}

/** The rows of the "Layers" table in docs/architecture.md, "may import" spelled out. */
function layersTable(): LayerRow[] {
  const doc = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
  const section = doc.split(/^## /m).find((part) => part.startsWith('Layers'));
  if (!section) throw new Error('docs/architecture.md has no "Layers" section');
  const rows = section
    .split('\n')
    .map((line) => /^\|\s*`src\/([^`]+?)\/?`\s*\|.*\|\s*([^|]*?)\s*\|\s*$/.exec(line))
    .filter((match) => match !== null)
    .map(([, layer = '', cell = '']) => ({ layer, cell }));
  const layers = rows.map((row) => row.layer).filter((layer) => layer !== ENTRY);
  return rows.map(({ layer, cell }, index) => {
    let mayImport: string[];
    if (cell === '—') mayImport = [];
    else if (cell === 'anything') mayImport = layers;
    else if (cell === 'everything above') mayImport = layers.slice(0, index);
    else mayImport = cell.split(',').map((name) => name.trim());
    for (const name of mayImport) {
      if (!layers.includes(name)) throw new Error(`"${layer}" may import unknown layer "${name}"`);
    }
    return { layer, mayImport };
  });
}

/** Source files (.ts/.tsx) under a folder of src, relative to src, without extension. */
function sourceModules(folder: string): string[] {
  return readdirSync(path.join(ROOT, 'src', folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')).replace(/\.tsx?$/, ''))
    .sort();
}

/** Modules to import from a layer: one directly in its folder and its most deeply nested one. */
function targetsIn(layer: string): string[] {
  if (layer === ENTRY) return ['main'];
  const modules = sourceModules(layer);
  const depth = (module: string) => module.split('/').length;
  const shallow = modules.find((module) => depth(module) === depth(layer) + 1);
  const deepest = modules.reduce((a, b) => (depth(b) > depth(a) ? b : a), modules[0] ?? '');
  return [...new Set([shallow ?? deepest, deepest])];
}

/** Probe files in a layer: directly in its folder, and two folders deeper. */
function probesIn(layer: string): string[] {
  return [`src/${layer}/probe.ts`, `src/${layer}/nested/deeper/probe.ts`];
}

/** The specifier a file at `probe` (relative to the repo) uses for `module` (relative to src). */
function specifier(probe: string, module: string): string {
  const relative = path.posix.relative(path.posix.dirname(probe), `src/${module}`);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const TABLE = layersTable();
const LAYERS = TABLE.map((row) => row.layer).filter((layer) => layer !== ENTRY);
const FORBIDDEN = TABLE.filter((row) => row.layer !== ENTRY).flatMap(({ layer, mayImport }) =>
  [...LAYERS, ENTRY]
    .filter((to) => to !== layer && !mayImport.includes(to))
    .map((to) => ({ from: layer, to })),
);
const ALLOWED = TABLE.filter((row) => row.layer !== ENTRY).flatMap(({ layer, mayImport }) =>
  [layer, ...mayImport].map((to) => ({ from: layer, to })),
);
/** The layers the doc calls pure. */
const PURE = ['model', 'format', 'theme', 'url', 'export', 'charts/data'];

let eslint: ESLint;

async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages;
}

const ruleIds = (messages: Linter.LintMessage[], ruleId: string) =>
  messages.filter((message) => message.ruleId === ruleId);

beforeAll(async () => {
  // Only the rules under test run: the others (typescript-eslint's, React hooks') double the time.
  eslint = new ESLint({
    cwd: ROOT,
    ruleFilter: ({ ruleId }) => /^(boundaries\/|no-restricted-)/.test(ruleId),
  });
  // Loading the config and parser is most of the cost; pay it once, outside the cases' timeouts.
  await lint('export {};\n', 'src/model/probe.ts');
}, 60_000);

describe('the layers table', () => {
  it('has a row for every folder of src that holds source files, and only those', () => {
    // Files directly in src are entry points, in no layer; every other one is in a layer.
    const inFolders = sourceModules('.').filter((module) => module.includes('/'));
    const unplaced = inFolders.filter(
      (module) => !LAYERS.some((layer) => module.startsWith(`${layer}/`)),
    );
    expect(unplaced).toEqual([]);
    for (const layer of LAYERS) expect(sourceModules(layer), layer).not.toEqual([]);
    expect(TABLE.map((row) => row.layer)).toContain(ENTRY);
    // A table misread into nothing would make every case below vacuous.
    expect(LAYERS.length).toBeGreaterThanOrEqual(9);
    expect(FORBIDDEN.length).toBeGreaterThanOrEqual(LAYERS.length);
  });
});

describe('the boundaries rule', () => {
  it.each(FORBIDDEN)('forbids $from importing $to', async ({ from, to }) => {
    for (const probe of probesIn(from)) {
      for (const target of targetsIn(to)) {
        const source = specifier(probe, target);
        const messages = await lint(`import * as target from '${source}';\nvoid target;\n`, probe);
        const errors = ruleIds(messages, BOUNDARY_RULE);
        expect(errors, `${probe} importing '${source}'`).toHaveLength(1);
        expect(errors[0]?.severity).toBe(2);
        // Naming the target layer proves the import resolved: an unresolved one is "in no layer".
        const what = to === ENTRY ? `${source} (no file of any layer)` : to;
        expect(errors[0]?.message).toContain(`: ${from} may not import ${what}.`);
      }
    }
  });

  it.each(ALLOWED)('lets $from import $to', async ({ from, to }) => {
    for (const probe of probesIn(from)) {
      for (const target of targetsIn(to)) {
        const source = specifier(probe, target);
        const messages = await lint(`import * as target from '${source}';\nvoid target;\n`, probe);
        expect(ruleIds(messages, BOUNDARY_RULE), `${probe} importing '${source}'`).toEqual([]);
        expect(ruleIds(messages, 'boundaries/no-unknown-files')).toEqual([]);
      }
    }
  });

  // main.tsx, or another entry point directly in src (a server renderer, say).
  it.each(['src/main.tsx', 'src/probe-entry.tsx'])('lets %s import every layer', async (file) => {
    const imports = LAYERS.flatMap((layer) => targetsIn(layer)).map(
      (module, index) => `import * as m${index} from './${module}';\nvoid m${index};\n`,
    );
    const messages = await lint(imports.join(''), file);
    expect(messages.filter((message) => message.ruleId?.startsWith('boundaries/'))).toEqual([]);
  });

  // Every way a module can depend on another, each from a pure layer into the UI and the store.
  it.each([
    ['import', "import { App } from '../../ui/app';\nvoid App;\n"],
    ['import type', "import type { ScenarioState } from '../../store/scenario-store';\n"],
    ['side-effect import', "import '../../ui/app';\n"],
    ['export from', "export { useScenarioStore } from '../../store/scenario-store';\n"],
    ['export * from', "export * from '../../ui/app';\n"],
    ['dynamic import', "export const load = () => import('../../ui/app');\n"],
  ])('counts a(n) %s as a dependency', async (_kind, code) => {
    const errors = ruleIds(await lint(code, 'src/charts/data/probe.ts'), BOUNDARY_RULE);
    expect(errors).toHaveLength(1);
  });

  it('forbids importing a file outside every layer', async () => {
    const messages = await lint("import '../styles.css';\n", 'src/ui/probe.ts');
    expect(ruleIds(messages, BOUNDARY_RULE)).toHaveLength(1);
  });

  it('reports a source file in a folder that has no row', async () => {
    const messages = await lint('export const a = 1;\n', 'src/widgets/probe.ts');
    expect(ruleIds(messages, 'boundaries/no-unknown-files')).toHaveLength(1);
  });
});

describe('the purity rules', () => {
  it.each(PURE)('keep React, zustand, recharts and browser globals out of %s', async (layer) => {
    const code = [
      "import { useState } from 'react';",
      "import { create } from 'zustand';",
      "import { LineChart } from 'recharts';",
      'void [useState, create, LineChart];',
      'export const here = window.location.href + document.title;',
      '',
    ].join('\n');
    for (const probe of probesIn(layer)) {
      const messages = await lint(code, probe);
      expect(ruleIds(messages, 'no-restricted-imports'), probe).toHaveLength(3);
      expect(ruleIds(messages, 'no-restricted-globals'), probe).toHaveLength(2);
    }
  });
});

describe('recharts stays in the plot chunk', () => {
  const code = "import { Text } from 'recharts';\nexport const text = Text;\n";

  it.each(['src/ui/probe.tsx', 'src/ui/charts/probe.tsx', 'src/ui/charts/field-ratio-chart.tsx'])(
    'forbids importing recharts in %s',
    async (path) => {
      expect(ruleIds(await lint(code, path), 'no-restricted-imports')).toHaveLength(1);
    },
  );

  it.each(['src/ui/charts/plot-frames.tsx', 'src/ui/charts/live-plot.tsx'])(
    'allows it in the plot module %s',
    async (path) => {
      expect(ruleIds(await lint(code, path), 'no-restricted-imports')).toHaveLength(0);
    },
  );
});

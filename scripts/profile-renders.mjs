/* global window -- used by code that runs in the page */
/**
 * Where a slider step's render time goes, per component: `npm run profile-renders -- [page]
 * [slider] [moves]`. A development tool beside `npm run bench` (which measures; this explains).
 *
 * Builds the app unminified with React's profiling build (react-dom/profiling, which times each
 * component's render), opens one of the benchmark's pages in Debian's Chromium as the benchmark
 * does, moves one slider `moves` times through the benchmark's harness, and prints per step:
 * React's render time (the render phase only: commit, store listeners and the browser's work
 * are not in it), the commits, and per component the render time of its own fibers (hosts
 * included) and how often it rendered, with the host elements React updated. React DevTools'
 * hook gives the fibers of each commit; a fiber counts when its work started in that commit.
 *
 *   page    plain (the default scenario), five-ranges, years, years-ranges (default: plain)
 *   slider  a slider's accessible name (default: "Capabilities roles"; on five-ranges
 *           "Capabilities roles, high end", on the years pages "Years")
 *   moves   steps measured after the benchmark's five warm-up steps (default 16)
 *
 * Timings are coarse (the page's clock ticks in 0.1 ms without cross-origin isolation) and the
 * profiling build is a little slower than production: compare components with each other, and
 * builds with each other on the same machine, not with the benchmark's budgets.
 */
import { profileArguments, withProfiledPage } from './bench/profile-page.mjs';

const { pageName, chosen, slider, moves } = profileArguments({ page: 'plain', moves: 16 });

/** Runs in the page before its scripts: a DevTools hook that sums each commit's fibers. */
function installRenderLog() {
  const log = { recording: false, commits: 0, renderMs: 0, components: {}, hosts: {} };
  window.renderLog = log;
  const nameOf = (type) =>
    type?.displayName || type?.name || type?.type?.name || type?.render?.name || null;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(1, renderer);
      return 1;
    },
    onScheduleFiberRoot() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
    onCommitFiberRoot(_id, root) {
      if (!log.recording) return;
      log.commits += 1;
      log.renderMs += root.current.actualDuration ?? 0;
      const start = root.current.actualStartTime;
      const walk = (first, owner) => {
        for (let fiber = first; fiber; fiber = fiber.sibling) {
          // Not worked on in this commit: its subtree was not either.
          if (!(fiber.actualStartTime >= start)) continue;
          const isComponent = typeof fiber.type === 'function' || typeof fiber.type === 'object';
          const name = (isComponent && nameOf(fiber.type)) || owner;
          let self = fiber.actualDuration ?? 0;
          for (let child = fiber.child; child; child = child.sibling) {
            self -= child.actualDuration ?? 0;
          }
          const entry = (log.components[name] ??= { ms: 0, renders: 0 });
          entry.ms += Math.max(0, self);
          if (isComponent && (fiber.flags & 1) === 1) entry.renders += 1;
          if (typeof fiber.type === 'string' && (fiber.flags & 4) !== 0) {
            const className = String(fiber.memoizedProps?.className ?? '').split(' ')[0];
            const host = `<${fiber.type}${className ? `.${className}` : ''}> in ${name}`;
            log.hosts[host] = (log.hosts[host] ?? 0) + 1;
          }
          walk(fiber.child, name);
        }
      };
      walk(root.current.child, 'root');
    },
  };
}

await withProfiledPage(
  {
    what: 'with react-dom/profiling',
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
    beforeOpen: (page) => page.addInitScript(installRenderLog),
    target: { chosen, slider },
  },
  async ({ page, warmUp, measuredMoves }) => {
    await warmUp();
    await page.evaluate(() => (window.renderLog.recording = true));
    const changed = await measuredMoves(moves);
    const log = await page.evaluate(() => window.renderLog);
    const per = (value) => (value / Math.max(1, changed)).toFixed(2);
    console.log(
      `\n${pageName}, "${slider}": ${changed} steps that changed the page; per step ` +
        `${per(log.commits)} commits, ${per(log.renderMs)} ms of render (React's actualDuration)`,
    );
    console.log('\n   ms  renders  component (render time of its own fibers, hosts included)');
    for (const [name, entry] of Object.entries(log.components)
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 25)) {
      console.log(`${per(entry.ms).padStart(5)}  ${per(entry.renders).padStart(7)}  ${name}`);
    }
    console.log('\nupdates  host element (props diffed in the commit; most change nothing)');
    for (const [host, count] of Object.entries(log.hosts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)) {
      console.log(`${per(count).padStart(7)}  ${host}`);
    }
  },
);

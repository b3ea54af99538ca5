import { it } from 'vitest';
import { DEFAULT_SCENARIO, INPUT_KEYS, INPUT_SPECS } from '../../src/model/inputs';
import { sampleScenario } from '../../src/model/monte-carlo';
import { runUncertainty, summariseSamples } from '../../src/model/uncertainty';
it('times', () => {
  const five = { neutral: { lo: 10, hi: 100 }, toCap: { lo: 1.4, hi: 50 }, toIndep: { lo: 0, hi: 30 }, indepWeight: { lo: 0, hi: 100 }, cap: { lo: 5000, hi: 20000 } };
  const nine = Object.fromEntries(INPUT_KEYS.map((k) => [k, { lo: INPUT_SPECS[k].min + (INPUT_SPECS[k].max - INPUT_SPECS[k].min) * 0.05, hi: INPUT_SPECS[k].min + (INPUT_SPECS[k].max - INPUT_SPECS[k].min) * 0.3 }]));
  for (const [name, rs] of [['five', five], ['nine', nine]] as const) {
    for (const samples of [10000, 100000]) {
      const rows: string[] = [];
      for (let r = 0; r < 10; r++) {
        const c0 = process.cpuUsage(); const t0 = performance.now();
        const set = sampleScenario(DEFAULT_SCENARIO, { ...rs, toCap: { lo: 1.4 + r, hi: 50 } }, { seed: 1, samples });
        const t1 = performance.now();
        summariseSamples(set, DEFAULT_SCENARIO, rs);
        const t2 = performance.now(); const c = process.cpuUsage(c0);
        rows.push(`${(t1 - t0).toFixed(0)}+${(t2 - t1).toFixed(0)}=${(t2 - t0).toFixed(0)}(cpu ${((c.user + c.system) / 1000).toFixed(0)})`);
      }
      console.log(name, samples, rows.join(' '));
    }
  }
  const t0 = performance.now(); runUncertainty(DEFAULT_SCENARIO, five, { seed: 99, samples: 100000 }); console.log('new seed 100k five', (performance.now() - t0).toFixed(0));
}, 120000);

/** The facts that make figures comparable: cores, CPU, Chromium, Node, date. */
import os from 'node:os';

/**
 * @typedef {object} MachineFacts
 * @property {number} cores Logical cores Node sees.
 * @property {string} cpu
 * @property {string} chromium Chromium version.
 * @property {string} node
 * @property {string} platform
 * @property {string} date ISO date and time of the run.
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @returns {MachineFacts}
 */
export function machineFacts(browser) {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    chromium: browser.version(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}

/**
 * What only a range needs, loaded as one chunk when the store first holds a range
 * (range-parts-loader.ts): the range's two ends with its words (range-fields.tsx), the Sampling
 * group (sampling-controls.tsx), and the headline figures' medians and 90 % intervals
 * (sampled-figures.ts), with the formats, distributions and words they use.
 */
export { RangeFields } from './range-fields';
export { SamplingGroup } from './sampling-controls';
export { sampledFigures } from './sampled-figures';
// The Monte Carlo worker's client loads on the first run (app/uncertainty-runs.ts); named here so
// it comes with the range's controls, in parallel, and the first run does not wait for it.
export { createMonteCarloClient } from '../app/monte-carlo-client';

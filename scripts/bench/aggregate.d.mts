/** Types for aggregate.mjs (plain ESM), so the unit tests can import it. */
export interface Figure {
  n: number;
  median: number;
  p95: number;
  max: number;
  p95Spread: { min: number; max: number };
}

export interface SliderSamples {
  slider: string;
  jsMs: number[];
  jsCpuMs: number[];
  mainThreadMs: number[];
  gcMs?: number[];
  busiestFrameMs?: number[];
  latencyMs: number[];
  syncMs: number[];
  unchanged: number;
  chancesMs?: number[];
  bandsMs?: number[];
  chancesMissed?: number;
}

export interface SliderFigures {
  slider: string;
  jsMs: Figure;
  jsCpuMs: Figure;
  latencyMs: Figure;
  mainThreadMs: Figure;
  syncMs: Figure;
  unchanged: number;
  chancesMs?: Figure;
  bandsMs?: Figure;
  chancesMissed?: number;
  gc: GcFigures;
  busiestFrameMs?: Figure;
}

export interface GcFigures {
  inputs: number;
  withGc: number;
  jsP95Without: number;
}

export const GC_MIN_MS: number;

export interface DragResult {
  slider: string;
  longTasks: number;
  longestMs: number;
  blockingMs: number;
  dragMs: number;
}

export interface DragRow {
  slider: string;
  longTasks: number;
  longestMs: number;
  blockingMs: number;
}

export function figure(perRun: number[][]): Figure;
export function sliderFigures(runs: SliderSamples[][]): SliderFigures[];
export function dragRows(runs: DragResult[][]): DragRow[];
export function roundedSamples(run: SliderSamples[]): SliderSamples[];

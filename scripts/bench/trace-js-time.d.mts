/** Types for trace-js-time.mjs (plain ESM), so the unit tests can import it. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { functionName?: string } };
}

export interface InputTime {
  jsMs: number;
  jsCpuMs: number;
  mainThreadMs: number;
  gcMs: number;
  busiestFrameJsMs: number;
}

export function jsTimePerInput(events: TraceEvent[]): Map<number, InputTime>;
export function harnessOnlyCallbacks(callbacks: TraceEvent[], calls: TraceEvent[]): TraceEvent[];

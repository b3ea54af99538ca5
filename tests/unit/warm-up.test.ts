/**
 * The idle-time warm-up of a slider step (src/ui/warm-up.ts): it runs its steps in short slices
 * of idle time, stops at the reader's first press, key or input, and leaves the store alone.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, INPUT_KEYS, type Scenario } from '../../src/model/inputs';
import { startWarmUp, warmUpStep, WARM_UP_STEPS } from '../../src/ui/warm-up';

/**
 * A scheduler whose idle periods the test runs by hand, on a clock that moves `msPerStep` each
 * time it is read (the warm-up reads it once per step).
 */
function fakeScheduler(msPerStep: number, idleMs = 50) {
  let clock = 0;
  let waiting: ((deadline: IdleDeadline) => void) | null = null;
  const scheduler = {
    request: (callback: (deadline: IdleDeadline) => void) => {
      waiting = callback;
      return 1;
    },
    cancel: () => {
      waiting = null;
    },
    now: () => (clock += msPerStep),
  };
  const runIdle = () => {
    const callback = waiting;
    if (!callback) return false;
    waiting = null;
    const start = clock;
    callback({ didTimeout: false, timeRemaining: () => Math.max(0, idleMs - (clock - start)) });
    return true;
  };
  return { scheduler, runIdle, pending: () => waiting !== null };
}

/** An event target that records its listeners, so the test can press a key. */
function fakeDocument() {
  const listeners = new Map<string, EventListener>();
  return {
    addEventListener: (type: string, listener: EventListener) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
    fire: (type: string) => listeners.get(type)?.(new Event(type)),
    listening: () => [...listeners.keys()],
  };
}

describe('warm-up of a slider step', () => {
  it('runs its steps in slices of a few milliseconds, then stops listening', () => {
    const { scheduler, runIdle } = fakeScheduler(1);
    const target = fakeDocument();
    let asked = 0;
    const current = () => {
      asked += 1;
      return DEFAULT_SCENARIO;
    };
    startWarmUp(current, target as unknown as Document, scheduler);
    expect(target.listening().sort()).toEqual(['input', 'keydown', 'pointerdown']);
    let slices = 0;
    while (runIdle()) slices += 1;
    // Each step takes 1 ms on the fake clock, a slice at most 4 ms: about four steps a slice.
    expect(slices).toBeGreaterThanOrEqual(Math.ceil(WARM_UP_STEPS / 5));
    expect(asked).toBe(slices);
    expect(target.listening()).toEqual([]);
  });

  it('does nothing in an idle period too short for a slice', () => {
    const { scheduler, runIdle, pending } = fakeScheduler(1, 2);
    let asked = 0;
    startWarmUp(
      () => ((asked += 1), DEFAULT_SCENARIO),
      fakeDocument() as unknown as Document,
      scheduler,
    );
    runIdle();
    expect(asked).toBe(0);
    expect(pending()).toBe(true);
  });

  it.each(['pointerdown', 'keydown', 'input'])('stops at the first %s', (type) => {
    const { scheduler, runIdle, pending } = fakeScheduler(1);
    const target = fakeDocument();
    startWarmUp(() => DEFAULT_SCENARIO, target as unknown as Document, scheduler);
    runIdle();
    target.fire(type);
    expect(pending()).toBe(false);
    expect(target.listening()).toEqual([]);
  });

  it('moves every input once a round and never changes the scenario it starts from', () => {
    const base: Scenario = Object.freeze({ ...DEFAULT_SCENARIO });
    for (let index = 0; index < 2 * INPUT_KEYS.length; index += 1) {
      expect(() => warmUpStep(base, index)).not.toThrow();
    }
    expect(base).toEqual(DEFAULT_SCENARIO);
  });
});

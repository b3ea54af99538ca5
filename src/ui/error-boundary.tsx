/**
 * Where a render fault goes: the part that failed is replaced by a plain message, the rest of the
 * page keeps working, and the console gets one line naming the part.
 *
 * Two pieces, so the message is not rebuilt on every retry: `FaultCatcher` (React still needs a
 * class to catch render errors) renders nothing once its children failed, and `ErrorBoundary`
 * draws the message beside it. A boundary that recovers from an error remounts everything it
 * renders, so a message inside the catcher would be rebuilt, and re-announced by screen readers,
 * on every slider step over a scenario that keeps failing, and a focused "Try again" would lose
 * focus when trying again did not help.
 */
import { Component, useState, useTransition, type ReactNode } from 'react';
import type { ScenarioState } from '../store/scenario-store';
import { useScenarioStoreWhile } from '../store/use-store-while';

const selectState = (state: ScenarioState) => state;

/** What a fallback is told about the fault. */
export interface Fault {
  readonly error: unknown;
  /** The reader pressed "Try again" and the part failed again. */
  readonly retriedByHand: boolean;
  /** Renders the part again (after `onRetry`). */
  readonly retry: () => void;
  /** A retry is under way (e.g. a section's code is being fetched again). */
  readonly retrying: boolean;
}

interface CatcherProps {
  readonly part: string;
  /** A change to any of these (compared with Object.is) renders the failed part again. */
  readonly resetKeys: readonly unknown[];
  /** The reader's retries; a new value renders the failed part again even while paused. */
  readonly attempt: number;
  /** Far from the viewport: leave a failed part alone until it nears (see use-near-viewport). */
  readonly paused: boolean;
  readonly onFault: (error: unknown, retriedByHand: boolean) => void;
  readonly onRecover: () => void;
  readonly children: ReactNode;
}

interface CatcherState {
  readonly failed: boolean;
  /** The keys and attempt the part last failed with; null until recorded after a failure. */
  readonly failedWith: { readonly keys: readonly unknown[]; readonly attempt: number } | null;
}

const sameKeys = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

class FaultCatcher extends Component<CatcherProps, CatcherState> {
  override state: CatcherState = { failed: false, failedWith: null };
  /** The attempt of the last failure, while the part stays failed (null once it draws). */
  private failedAttempt: number | null = null;
  /** The last error logged, so a fault that persists while a slider moves is logged once. */
  private logged: string | null = null;

  static getDerivedStateFromError(): Partial<CatcherState> {
    return { failed: true, failedWith: null };
  }

  // Retries happen during render (not after a commit), so a fault that persists never flashes.
  static getDerivedStateFromProps(
    props: CatcherProps,
    state: CatcherState,
  ): Partial<CatcherState> | null {
    if (!state.failed) return null;
    const { failedWith } = state;
    if (failedWith === null)
      return { failedWith: { keys: props.resetKeys, attempt: props.attempt } };
    const retried =
      props.attempt !== failedWith.attempt ||
      (!props.paused && !sameKeys(failedWith.keys, props.resetKeys));
    return retried ? { failed: false } : null;
  }

  override componentDidCatch(error: unknown): void {
    const retriedByHand = this.failedAttempt !== null && this.failedAttempt !== this.props.attempt;
    const text = String(error);
    if (retriedByHand || text !== this.logged) console.error(`${this.props.part} failed:`, error);
    this.logged = text;
    this.failedAttempt = this.props.attempt;
    this.props.onFault(error, retriedByHand);
  }

  override componentDidUpdate(_: CatcherProps, previous: CatcherState): void {
    if (previous.failed && !this.state.failed) {
      this.failedAttempt = null;
      this.logged = null;
      this.props.onRecover();
    }
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * For `createRoot`: React logs every error a boundary catches (in development with a long
 * explanation); ours have already logged one line naming the part, so React stays quiet for them.
 */
export function onCaughtError(
  error: unknown,
  info: { readonly errorBoundary?: Component<unknown> | undefined },
): void {
  if (!(info.errorBoundary instanceof FaultCatcher)) console.error(error);
}

export interface ErrorBoundaryProps {
  /** Names the part in the console, e.g. 'The chart “Net impact against cohort size”'. */
  readonly part: string;
  readonly resetKeys?: readonly unknown[];
  /**
   * Try the failed part again on any change to the scenario store. The boundary follows the
   * store only while its part has failed: a healthy boundary costs nothing per slider step.
   */
  readonly resetOnStoreChange?: boolean;
  readonly paused?: boolean;
  /** Called before a retry by hand, e.g. to fetch a section's code again. */
  readonly onRetry?: () => void;
  readonly fallback: (fault: Fault) => ReactNode;
  readonly children: ReactNode;
}

const NO_KEYS: readonly unknown[] = [];

export function ErrorBoundary({
  part,
  resetKeys = NO_KEYS,
  resetOnStoreChange = false,
  paused = false,
  onRetry,
  fallback,
  children,
}: ErrorBoundaryProps) {
  const [fault, setFault] = useState<{ error: unknown; retriedByHand: boolean } | null>(null);
  // The store replaces its state object on every change: one key for all of them.
  const storeState = useScenarioStoreWhile(resetOnStoreChange && fault !== null, selectState);
  const keys = resetOnStoreChange ? [storeState] : resetKeys;
  const [attempt, setAttempt] = useState(0);
  // A transition keeps the message up while a retry suspends (a section's code loading again).
  const [retrying, startRetry] = useTransition();
  const retry = () => {
    onRetry?.();
    startRetry(() => setAttempt((count) => count + 1));
  };
  return (
    <>
      <FaultCatcher
        part={part}
        resetKeys={keys}
        attempt={attempt}
        paused={paused}
        onFault={(error, retriedByHand) => setFault({ error, retriedByHand })}
        onRecover={() => setFault(null)}
      >
        {children}
      </FaultCatcher>
      {fault !== null && fallback({ ...fault, retry, retrying })}
    </>
  );
}

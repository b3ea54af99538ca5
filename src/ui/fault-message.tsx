/**
 * The plain message that takes the place of a part that failed (see error-boundary.tsx): what
 * failed in the reader's words, what still works, and a button that tries again.
 *
 * The sentence is a polite live region (role="status"): a part fails while the reader is doing
 * something else, often dragging a slider, and an assertive alert would cut off the slider's own
 * announcement for a part that may not even be on screen; the rest of the page still works, so
 * nothing is urgent. The button sits outside the region, so it is not read out as part of the
 * news, and is described by the sentence, so "Try again" says what it retries.
 */
import { useId, type ReactNode } from 'react';
import type { Fault } from './error-boundary';
import './fault.css';

/** The hint for a part of the full explorer. */
export const PAGE_STILL_WORKS =
  'The rest of the page still works, and the link still holds your scenario.';

/** The hint in an embed, whose footer links to the full explorer. */
export const EMBED_STILL_WORKS = 'The link below still opens this scenario in the full explorer.';

const RETRY_FAILED =
  'Trying again did not help; reloading the page may, and the link still holds your scenario.';

interface FaultMessageProps {
  /** What failed, e.g. "This chart could not be drawn." */
  readonly what: string;
  /** What still works. */
  readonly hint: string;
  readonly fault: Fault;
  /** More buttons, e.g. the page's "Reload the page". */
  readonly actions?: ReactNode;
  /** 'alert' only where nothing else on the page works (the page's own message). */
  readonly role?: 'status' | 'alert';
}

export function FaultMessage({ what, hint, fault, actions, role = 'status' }: FaultMessageProps) {
  const id = useId();
  return (
    <div className="fault">
      <p id={id} role={role} className="fault__text">
        <strong>{what}</strong> {fault.retriedByHand ? RETRY_FAILED : hint}
      </p>
      <div className="fault__actions">
        <button type="button" className="button" aria-describedby={id} onClick={fault.retry}>
          {fault.retrying ? 'Trying again…' : 'Try again'}
        </button>
        {actions}
      </div>
    </div>
  );
}

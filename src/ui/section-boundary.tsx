/**
 * The error boundary of a section that is not a chart (the headline figures, the sections whose
 * code loads after the first paint, the embed): a plain message in the section's place, tried
 * again on any change to the scenario, the pins or the comparison (the section may fail for some
 * scenarios only) and by the reader's "Try again".
 */
import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { FaultMessage, PAGE_STILL_WORKS } from './fault-message';
import { SectionLoadError } from './retryable-lazy';

interface SectionBoundaryProps {
  /** The section as the reader knows it, e.g. "The headline figures" or "“How this is calculated”". */
  readonly name: string;
  /** What still works; the full explorer's wording by default. */
  readonly hint?: string;
  /** Called before a retry by hand: fetches again the code of a section that could not load. */
  readonly onRetry?: () => void;
  readonly children: ReactNode;
}

export function SectionBoundary({
  name,
  hint = PAGE_STILL_WORKS,
  onRetry,
  children,
}: SectionBoundaryProps) {
  // A failed section is tried again on any change to the scenario; a healthy one does not
  // follow the store at all (error-boundary.tsx, resetOnStoreChange).
  return (
    <ErrorBoundary
      part={name}
      resetOnStoreChange
      onRetry={onRetry}
      fallback={(fault) => (
        <section className="fault-section" aria-label={name}>
          <FaultMessage
            what={
              fault.error instanceof SectionLoadError
                ? `${name} could not load.`
                : `${name} could not be shown.`
            }
            hint={hint}
            fault={fault}
          />
        </section>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

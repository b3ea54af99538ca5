/**
 * The last boundary, around the whole page: a fault outside every chart and section boundary
 * (the controls, the header, a boundary's own message) leaves a plain page with a message
 * instead of a blank one. The page is tried again on any change to the scenario (Back and
 * Forward still reach the store through the URL sync) and by "Try again"; "Reload the page" is
 * there because a reload is what fixes most faults that survive trying again.
 *
 * The message is an alert, not a polite status: nothing else on the page works, so there is no
 * other announcement it could interrupt.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { FaultMessage } from './fault-message';

const SITE_TITLE = 'Safety vs capabilities ratio explorer';

export function PageBoundary({ children }: { readonly children: ReactNode }) {
  return (
    <ErrorBoundary
      part="The page"
      resetOnStoreChange
      fallback={(fault) => (
        <main className="page page--fault">
          <h1>{SITE_TITLE}</h1>
          <FaultMessage
            role="alert"
            what="The explorer could not be shown."
            hint="Something went wrong while drawing the page; the link still holds your scenario."
            fault={fault}
            actions={
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload the page
              </button>
            }
          />
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

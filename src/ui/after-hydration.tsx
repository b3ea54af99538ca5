/**
 * Runs `run` once, after the hydration of the page that it ends has committed (its effect runs
 * after every part rendered before it: src/main.tsx places it last). Renders nothing, so the
 * prerendered HTML needs no counterpart.
 */
import { useEffect, useRef } from 'react';

export function AfterHydration({ run }: { readonly run: () => void }): null {
  // Once, also under StrictMode's second effect pass in development.
  const ran = useRef(false);
  useEffect(() => {
    if (ran.current) return;
    ran.current = true;
    run();
  }, [run]);
  return null;
}

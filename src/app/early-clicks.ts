/**
 * Buttons the reader pressed on the prerendered page before the app's code ran (a slow phone,
 * where the page reads a second or more before it answers). A button does nothing without the
 * app, so index.html's head script remembers each press; the app stops remembering just before it
 * hydrates (from then on React itself holds an event until the part it lands in is ready), and
 * App presses each remembered button again, once, after hydration has committed (its effect: a
 * component added for it would change the tree, and with it every useId id, from the prerendered
 * one, so the ids in the HTML would no longer match the ones React writes later). Links, sliders
 * (ui/use-move-before-hydration.ts) and the <details> disclosures work without the app, so only
 * buttons are remembered.
 */

/** What index.html's head script leaves on `window`. */
interface EarlyClicks {
  readonly buttons: readonly Element[];
  readonly stop: () => void;
}

declare global {
  interface Window {
    earlyClicks?: EarlyClicks;
  }
}

/** The presses taken from index.html's script, waiting for the app to have hydrated. */
let taken: readonly Element[] = [];

/** Stops remembering presses and keeps the buttons pressed so far, in order, for the replay. */
export function takeEarlyClicks(): readonly Element[] {
  const early = window.earlyClicks;
  if (early === undefined) return taken;
  early.stop();
  delete window.earlyClicks;
  taken = [...early.buttons];
  return taken;
}

/** Forgets the presses taken (the page they were made on is being replaced). */
export function dropEarlyClicks(): void {
  taken = [];
}

/**
 * Presses each taken button again, once, if it is still on the page and enabled. App calls it
 * after hydration; `buttons` is for tests.
 */
export function replayEarlyClicks(buttons: readonly Element[] = taken): void {
  taken = [];
  for (const button of buttons) {
    if (button instanceof HTMLButtonElement && button.isConnected && !button.disabled) {
      button.click();
    }
  }
}

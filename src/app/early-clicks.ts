/**
 * Buttons the reader pressed on the prerendered page before the app's code ran (a slow phone,
 * where the page reads a second or more before it answers). A button does nothing without the
 * app, so index.html's head script remembers each press; the app stops remembering just before it
 * hydrates (from then on React itself holds an event until the part it lands in is ready) and
 * presses each remembered button again, once, after hydration has committed. Links, sliders
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

/** Stops remembering presses and returns the buttons pressed so far, in order. */
export function takeEarlyClicks(): readonly Element[] {
  const early = window.earlyClicks;
  if (early === undefined) return [];
  early.stop();
  delete window.earlyClicks;
  return [...early.buttons];
}

/** Presses each button again, if it is still on the page and enabled. */
export function replayEarlyClicks(buttons: readonly Element[]): void {
  for (const button of buttons) {
    if (button instanceof HTMLButtonElement && button.isConnected && !button.disabled) {
      button.click();
    }
  }
}

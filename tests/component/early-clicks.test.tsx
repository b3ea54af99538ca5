/**
 * Buttons pressed before the app's code ran are pressed again after hydration
 * (src/app/early-clicks.ts; the whole path runs in tests/e2e/prerender.spec.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropEarlyClicks, replayEarlyClicks, takeEarlyClicks } from '../../src/app/early-clicks';

function button(text: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
  delete window.earlyClicks;
});

describe('early clicks', () => {
  it('stops remembering once, and presses the taken buttons again once', () => {
    const stop = vi.fn();
    const preset = button('Field-sized estimate');
    const clicks = vi.fn();
    preset.addEventListener('click', clicks);
    window.earlyClicks = { buttons: [preset], stop };
    expect(takeEarlyClicks()).toEqual([preset]);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(window.earlyClicks).toBeUndefined();
    // Taking again (StrictMode, a second entry) keeps the same presses and stops nothing twice.
    expect(takeEarlyClicks()).toEqual([preset]);
    expect(stop).toHaveBeenCalledTimes(1);
    replayEarlyClicks();
    replayEarlyClicks();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('drops the taken presses when the page is replaced', () => {
    const preset = button('Field-sized estimate');
    const clicks = vi.fn();
    preset.addEventListener('click', clicks);
    window.earlyClicks = { buttons: [preset], stop: () => {} };
    takeEarlyClicks();
    dropEarlyClicks();
    replayEarlyClicks();
    expect(clicks).not.toHaveBeenCalled();
  });

  it('presses again, in order, only the buttons still on the page and enabled', () => {
    const order: string[] = [];
    const first = button('first');
    const disabled = button('disabled');
    const gone = button('gone');
    const last = button('last');
    disabled.disabled = true;
    gone.remove();
    for (const element of [first, disabled, gone, last]) {
      element.addEventListener('click', () => order.push(element.textContent ?? ''));
    }
    const link = document.createElement('a');
    replayEarlyClicks([first, disabled, gone, link, last]);
    expect(order).toEqual(['first', 'last']);
  });
});

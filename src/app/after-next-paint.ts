/**
 * Calls `send` after the next frame is painted: a frame callback runs just before the paint, and
 * a task queued from it runs after. A hidden tab paints no frames, so there it is only a task.
 * Used to start hydration once the prerendered page is on screen (main.tsx) and to send Monte
 * Carlo requests once a change has painted (monte-carlo-client.ts).
 */
export function afterNextPaint(send: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(send, 0);
  else requestAnimationFrame(() => setTimeout(send, 0));
}

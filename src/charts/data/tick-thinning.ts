/**
 * Which axis ticks get a label. The data builders choose ticks for the value range (axis.ts,
 * on d3-scale), not for the room a chart has: on a 390 px phone chart 2's "80 %" and
 * "100 %" ran into each other (issue 9, fault 12). So the live layer thins every axis the same
 * way before drawing it: it keeps every k-th tick, with the smallest k whose labels no longer
 * overlap. Pure: labels are measured by an estimate (characters × font size), so this runs in
 * tests and on every redraw without touching the DOM.
 */

/** A tick as the live layer draws it: its position along the axis and its label. */
export interface PlacedTick {
  readonly value: number;
  /** Position along the axis in pixels (x for a horizontal axis, y for a vertical one). */
  readonly pixel: number;
  readonly label: string;
}

export interface TickRoom {
  /** 'x' labels sit side by side (their width counts); 'y' labels are stacked (their height). */
  readonly side: 'x' | 'y';
  /** Font size of the tick labels, in pixels. */
  readonly fontSize: number;
}

/**
 * Average advance of one character, as a fraction of the font size. Digits are about 0.55–0.64 em
 * in the usual sans-serif fonts (DejaVu Sans, the widest common one, 0.636 em), "%" up to 0.95 em
 * and spaces about 0.3 em: 0.62 em over a label such as "100 %" errs on the wide side, so labels
 * are thinned a little early rather than drawn touching.
 */
const CHAR_WIDTH_EM = 0.62;
/** Height of a label line, as a fraction of the font size. */
const LINE_HEIGHT_EM = 1.2;
/** Empty space kept between two neighbouring labels, as a fraction of the font size. */
const GAP_EM = 0.5;

/** How much room a label takes along its axis, in pixels (estimated). */
export function labelExtent(label: string, room: TickRoom): number {
  if (room.side === 'y') return room.fontSize * LINE_HEIGHT_EM;
  return [...label].length * room.fontSize * CHAR_WIDTH_EM;
}

/** True when no two neighbouring labels of `ticks` (in axis order) overlap, gap included. */
export function labelsFit(ticks: readonly PlacedTick[], room: TickRoom): boolean {
  const gap = room.fontSize * GAP_EM;
  for (let index = 1; index < ticks.length; index += 1) {
    const a = ticks[index - 1];
    const b = ticks[index];
    if (a === undefined || b === undefined) continue;
    const needed = (labelExtent(a.label, room) + labelExtent(b.label, room)) / 2 + gap;
    if (Math.abs(b.pixel - a.pixel) < needed) return false;
  }
  return true;
}

/**
 * The ticks to draw: all of them when their labels fit, otherwise every k-th one (counting from
 * the first) for the smallest k that fits. Keeping a regular step keeps the axis readable: the
 * reader can still interpolate between the labels that remain. The first tick always stays, so
 * an axis never loses all its labels, however narrow the plot.
 */
export function thinTicks(ticks: readonly PlacedTick[], room: TickRoom): readonly PlacedTick[] {
  if (ticks.length <= 1 || labelsFit(ticks, room)) return ticks;
  for (let step = 2; step < ticks.length; step += 1) {
    const kept = ticks.filter((_, index) => index % step === 0);
    if (labelsFit(kept, room)) return kept;
  }
  return ticks.slice(0, 1);
}

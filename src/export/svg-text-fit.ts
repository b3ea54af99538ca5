/**
 * Text that must fit a width in an exported chart picture: word wrapping with links broken at
 * "&", "?" or "/", and shortening with "…". Pure: widths come from the `measure` function the
 * caller passes (a canvas in the browser, an estimate in tests).
 */

export interface ExportFont {
  readonly size: number;
  readonly weight: number;
}

/** Width in pixels of `text` in `font` (the export's font family). */
export type MeasureText = (text: string, font: ExportFont) => number;

const ELLIPSIS = '…';

/** The longest prefix of `text` that fits `width` with an ellipsis after it. */
export function shorten(text: string, width: number, font: ExportFont, measure: MeasureText) {
  if (measure(text, font) <= width) return text;
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(characters.slice(0, middle).join('') + ELLIPSIS, font) <= width) low = middle;
    else high = middle - 1;
  }
  return characters.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/** Splits a word longer than a line (a link) where it fits, after a "&", "?" or "/" if it can. */
function breakWord(word: string, width: number, font: ExportFont, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let rest = Array.from(word);
  while (rest.length > 0 && measure(rest.join(''), font) > width) {
    let fit = 1;
    while (fit < rest.length && measure(rest.slice(0, fit + 1).join(''), font) <= width) fit += 1;
    // Prefer a break after a link separator in the second half of the line.
    for (let index = fit; index > fit / 2; index -= 1) {
      const character = rest[index - 1];
      if (character === '&' || character === '?' || character === '/') {
        fit = index;
        break;
      }
    }
    pieces.push(rest.slice(0, fit).join(''));
    rest = rest.slice(fit);
  }
  if (rest.length > 0) pieces.push(rest.join(''));
  return pieces;
}

/**
 * Word-wraps `text` to `width`; words longer than a line are broken. At most `maxLines` lines:
 * the last one ends with "…" when text was left out.
 */
export function wrapText(
  text: string,
  width: number,
  font: ExportFont,
  measure: MeasureText,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined, font) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = breakWord(word, width, font, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = shorten(`${kept[last] ?? ''}${ELLIPSIS}`, width, font, measure);
  return kept;
}

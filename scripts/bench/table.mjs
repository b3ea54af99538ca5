/** Plain-text tables: every column padded to its widest cell. */

/**
 * @param {readonly string[]} headers
 * @param {ReadonlyArray<ReadonlyArray<string | number>>} rows
 * @param {string} align One letter per column: "l" left, "r" right (numbers).
 * @param {string} [indent]
 * @returns {string}
 */
export function table(headers, rows, align, indent = '  ') {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length)));
  const line = (row) =>
    indent +
    row
      .map((cell, col) =>
        align[col] === 'r' ? cell.padStart(widths[col]) : cell.padEnd(widths[col]),
      )
      .join('  ')
      .trimEnd();
  return cells.map(line).join('\n');
}

/**
 * @param {number} value
 * @param {number} [digits]
 */
export function fixed(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

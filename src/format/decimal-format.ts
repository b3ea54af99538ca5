/**
 * en-US number text without `Intl`: the subset of `Intl.NumberFormat('en-US', options)` this page
 * uses (fraction digits or significant digits, grouping with ",", "-" for negatives), written
 * character for character as Intl writes it (tests/unit/decimal-format.test.ts compares the two on
 * random numbers).
 *
 * Why not Intl: the first `Intl.NumberFormat` a fresh page builds costs 35–75 ms of main-thread
 * time in Chromium (loading ICU's number data), four times that on Lighthouse's simulated phone,
 * and the page builds one while its code first runs: it was the longest task of a cold load.
 * V8's own shortest round-trip digits (`toExponential()`) cost nothing to set up.
 *
 * Rounding follows Intl: the shortest decimal that reads back as the same double ("1.005", not
 * the binary 1.00499…) rounded half away from zero, so 1.005 to two decimals is "1.01", where
 * `toFixed(2)` says "1.00".
 */

export interface DecimalFormatOptions {
  /** Digits after the point always written (zeros added); default 0. */
  readonly minimumFractionDigits?: number;
  /** Digits after the point at most (rounded); Intl's default is 3. Ignored with significant digits. */
  readonly maximumFractionDigits?: number;
  /** Significant digits at most (rounded); trailing zeros after the point are dropped. */
  readonly maximumSignificantDigits?: number;
}

export interface DecimalFormat {
  format(value: number): string;
}

/** Decimal digits of |value| ("1005") and the power of ten of the first one (0 for 1.005). */
interface Digits {
  readonly digits: string;
  readonly exponent: number;
}

function shortestDigits(magnitude: number): Digits {
  if (magnitude === 0) return { digits: '0', exponent: 0 };
  // Whole numbers below 10^21 print in full: their digits without trailing zeros.
  if (Number.isInteger(magnitude) && magnitude < 1e21) {
    const whole = String(magnitude);
    let end = whole.length;
    while (end > 1 && whole.charCodeAt(end - 1) === 48) end -= 1;
    return { digits: whole.slice(0, end), exponent: whole.length - 1 };
  }
  // "1.005e+0": the fewest digits that read back as this double.
  const text = magnitude.toExponential();
  const e = text.indexOf('e');
  const digits = e > 1 ? text[0] + text.slice(2, e) : text.slice(0, e);
  return { digits, exponent: Number(text.slice(e + 1)) };
}

/**
 * `digits` rounded half away from zero so that its last digit sits at the power of ten `last`
 * (e.g. −2 for two decimals). The result may gain a digit in front (9.995 → 10.0).
 */
function roundAt({ digits, exponent }: Digits, last: number): Digits {
  const keep = exponent - last + 1;
  if (keep >= digits.length) return { digits, exponent };
  if (keep < 0) return { digits: '0', exponent: last };
  const roundUp = digits.charCodeAt(keep) - 48 >= 5;
  let kept = keep === 0 ? '0' : digits.slice(0, keep);
  let keptExponent = keep === 0 ? last : exponent;
  if (roundUp) {
    const bumped = incrementDigits(kept);
    if (bumped.length > kept.length) keptExponent += 1;
    kept = bumped;
  }
  return { digits: kept, exponent: keptExponent };
}

/** "0199" + 1 = "0200", "999" + 1 = "1000": adds one to the last digit of a digit string. */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    if (chars[i] === '9') {
      chars[i] = '0';
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}

/** Integer and fraction parts as text, from digits whose first one sits at 10^exponent. */
function splitAtPoint({ digits, exponent }: Digits): { integer: string; fraction: string } {
  if (exponent < 0) return { integer: '0', fraction: '0'.repeat(-exponent - 1) + digits };
  const integerLength = exponent + 1;
  if (digits.length <= integerLength) {
    return { integer: digits + '0'.repeat(integerLength - digits.length), fraction: '' };
  }
  return { integer: digits.slice(0, integerLength), fraction: digits.slice(integerLength) };
}

/** "10500" → "10,500" (the integer part never has leading zeros here). */
function groupThousands(integer: string): string {
  if (integer.length <= 3) return integer;
  let start = integer.length % 3 || 3;
  let grouped = integer.slice(0, start);
  for (; start < integer.length; start += 3) grouped += `,${integer.slice(start, start + 3)}`;
  return grouped;
}

/** `fraction` without trailing zeros, then padded with zeros to at least `min` digits. */
function fractionShown(fraction: string, min: number): string {
  let end = fraction.length;
  while (end > min && fraction.charCodeAt(end - 1) === 48) end -= 1;
  const kept = end === fraction.length ? fraction : fraction.slice(0, end);
  return kept.length < min ? kept.padEnd(min, '0') : kept;
}

export function createDecimalFormat(options: DecimalFormatOptions = {}): DecimalFormat {
  const minFraction = options.minimumFractionDigits ?? 0;
  const maxFraction = Math.max(
    minFraction,
    options.maximumFractionDigits ?? Math.max(3, minFraction),
  );
  const significant = options.maximumSignificantDigits;
  return {
    format(value: number): string {
      if (Number.isNaN(value)) return 'NaN';
      const negative = value < 0 || Object.is(value, -0);
      const sign = negative ? '-' : '';
      if (!Number.isFinite(value)) return `${sign}∞`;
      const exact = shortestDigits(Math.abs(value));
      const rounded =
        significant === undefined
          ? roundAt(exact, -maxFraction)
          : roundAt(exact, exact.exponent - significant + 1);
      const { integer, fraction } = splitAtPoint(rounded);
      // Intl drops trailing zeros down to the minimum it must show (none with significant digits).
      const shown = fractionShown(fraction, significant === undefined ? minFraction : 0);
      return sign + groupThousands(integer) + (shown ? `.${shown}` : '');
    },
  };
}

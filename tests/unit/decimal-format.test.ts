import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDecimalFormat, type DecimalFormatOptions } from '../../src/format/decimal-format';

// Every option set the page's formats use (src/format/format.ts, chance-format.ts), and Intl's
// default (three decimals at most), which the sample counts used through toLocaleString.
const OPTION_SETS: readonly DecimalFormatOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 3 },
  { maximumFractionDigits: 4 },
  { maximumFractionDigits: 20 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { minimumFractionDigits: 3, maximumFractionDigits: 3 },
  { minimumFractionDigits: 0, maximumFractionDigits: 7 },
  { maximumSignificantDigits: 3 },
  { maximumSignificantDigits: 4 },
  { maximumSignificantDigits: 6 },
  { maximumSignificantDigits: 7 },
];

const intl = (options: DecimalFormatOptions, value: number) =>
  new Intl.NumberFormat('en-US', options).format(value);

describe('decimal format (en-US without Intl)', () => {
  it.each([
    [{ maximumFractionDigits: 2 }, 1.005, '1.01'],
    [{ maximumFractionDigits: 0 }, 2.5, '3'],
    [{ maximumFractionDigits: 0 }, -2.5, '-3'],
    [{ maximumFractionDigits: 0 }, -0, '-0'],
    [{ maximumFractionDigits: 0 }, -0.2, '-0'],
    [{ maximumFractionDigits: 0 }, 10500, '10,500'],
    [{ maximumFractionDigits: 0 }, 1e21, '1,000,000,000,000,000,000,000'],
    [{ maximumFractionDigits: 0 }, 123456789012345680000, '123,456,789,012,345,680,000'],
    [{ maximumSignificantDigits: 3 }, 1_230_000, '1,230,000'],
    [{ minimumFractionDigits: 2, maximumFractionDigits: 2 }, 100, '100.00'],
    [{ maximumSignificantDigits: 3 }, 12345, '12,300'],
    [{ maximumSignificantDigits: 3 }, 9.995, '10'],
    [{ maximumSignificantDigits: 3 }, 0.000123456, '0.000123'],
    [{ maximumSignificantDigits: 3 }, 6.875, '6.88'],
    [{ minimumFractionDigits: 1, maximumFractionDigits: 1 }, 99, '99.0'],
    [{}, 1234.56789, '1,234.568'],
    [{ maximumFractionDigits: 20 }, 1e-7, '0.0000001'],
  ])('%j writes %f as "%s", as Intl does', (options, value, text) => {
    expect(createDecimalFormat(options).format(value)).toBe(text);
    expect(intl(options, value)).toBe(text);
  });

  it('writes what Intl.NumberFormat writes, for every option set the page uses', () => {
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1, max: 1 }),
      fc.double({ noNaN: true }),
      // Decimal ties and near-ties, where rounding rules differ (1.005, 2.5, 0.125 …).
      fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
      fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 8),
    );
    fc.assert(
      fc.property(fc.constantFrom(...OPTION_SETS), values, (options, value) => {
        expect(createDecimalFormat(options).format(value)).toBe(intl(options, value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('names what is not a number as Intl does', () => {
    const format = createDecimalFormat({ maximumFractionDigits: 1 });
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(format.format(value)).toBe(intl({ maximumFractionDigits: 1 }, value));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { clampedMessage, invalidMessage, readEntry } from '../../src/ui/number-entry';

describe('number box entries', () => {
  it.each([
    ['1234', 1234],
    [' 250 ', 250],
    ['1e3', 1000],
    ['0', 0],
    ['1234.6', 1235],
  ])('cohort "%s" is the value %d', (text, value) => {
    expect(readEntry('cohort', text)).toEqual({ kind: 'value', value });
  });

  it.each(['', ' ', '-', '1e', '.', 'abc', '0x10', 'Infinity', '1,000', '1e400'])(
    '"%s" is not a number',
    (text) => {
      expect(readEntry('cohort', text)).toEqual({ kind: 'invalid' });
    },
  );

  it('out-of-range values are clamped, and the message says so with formatted bounds', () => {
    const above = readEntry('cohort', '25000');
    expect(above).toEqual({ kind: 'clamped', value: 20_000, side: 'above', typed: '25000' });
    if (above.kind !== 'clamped') return;
    expect(clampedMessage('cohort', above, true)).toBe(
      '25000 is above the maximum 20,000; set to 20,000 people.',
    );
    expect(clampedMessage('cohort', above, false)).toBe(
      '25000 is above the maximum 20,000; Enter sets 20,000 people.',
    );

    const share = readEntry('toCap', '105');
    expect(share).toMatchObject({ kind: 'clamped', value: 100 });
    if (share.kind === 'clamped') {
      expect(clampedMessage('toCap', share, true)).toBe(
        '105 is above the maximum 100 %; set to 100 %.',
      );
    }

    const below = readEntry('neutral', '0.5');
    expect(below).toMatchObject({ kind: 'clamped', value: 1, side: 'below' });
    if (below.kind === 'clamped') {
      expect(clampedMessage('neutral', below, true)).toBe(
        '0.5 is below the minimum 1; set to 1 : 1.',
      );
    }
  });

  it('a long typed value is shortened in the message', () => {
    const entry = readEntry('cohort', '123456789012345678');
    expect(entry.kind === 'clamped' && entry.typed).toBe('123456789012…');
  });

  it('an invalid entry keeps the current value and says what the box takes', () => {
    expect(invalidMessage('cohort', 1000)).toBe(
      'Type a number from 0 to 20,000; kept 1,000 people.',
    );
    expect(invalidMessage('toSafety', 80)).toBe('Type a number from 0 % to 100 %; kept 80 %.');
  });
});

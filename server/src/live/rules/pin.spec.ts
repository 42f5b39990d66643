import { isPin, pickPin } from './pin.js';

function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[Math.min(index++, values.length - 1)]!;
}

describe('pickPin', () => {
  it.each([
    ['the lowest', [0], '100000'],
    ['the highest', [0.9999999], '999999'],
    ['the middle', [0.5], '550000'],
  ])('maps the random source onto six digits without a leading zero: %s', (_name, values, pin) => {
    expect(pickPin(new Set(), sequence(...values))).toBe(pin);
  });

  it('avoids PINs in use', () => {
    expect(pickPin(new Set(['550000']), sequence(0.5, 0.5, 0))).toBe('100000');
  });

  it('finds the one free PIN when the random tries keep hitting used ones', () => {
    const taken = new Set<string>();
    for (let pin = 100_000; pin <= 999_999; pin++) if (pin !== 123_456) taken.add(String(pin));
    expect(pickPin(taken, () => 0.5)).toBe('123456');
  });

  it('fails when every PIN is in use', () => {
    const taken = new Set<string>();
    for (let pin = 100_000; pin <= 999_999; pin++) taken.add(String(pin));
    expect(() => pickPin(taken, Math.random)).toThrow(RangeError);
  });
});

describe('isPin', () => {
  it.each([
    ['123456', true],
    ['012345', false],
    ['12345', false],
    ['1234567', false],
    ['12a456', false],
    [' 123456', false],
  ])('%s → %s', (text, expected) => {
    expect(isPin(text)).toBe(expected);
  });
});

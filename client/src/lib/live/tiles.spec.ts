import type { LiveReveal } from '../../../../server/src/live/live-contract.js';
import { barColor, revealSummary } from './reveal-chart.js';
import { tileColumns, tileLook } from './tiles.js';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('tileLook', () => {
  it.each([
    [0, 'A', 'triangle'],
    [1, 'B', 'diamond'],
    [2, 'C', 'circle'],
    [3, 'D', 'square'],
    [6, 'G', 'triangle'],
  ])('option %p → %p, %p', (index, letter, shape) => {
    expect(tileLook(index)).toMatchObject({ letter, shape });
  });

  it.each([0, 1, 2, 3, 4, 5])('tile %p text has a contrast of at least 4.5:1', (index) => {
    const look = tileLook(index);
    expect(contrast(look.background, look.foreground)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    [1, 1],
    [2, 2],
    [4, 2],
    [5, 2],
  ])('%p options → %p columns', (count, columns) => {
    expect(tileColumns(count)).toBe(columns);
  });
});

describe('revealSummary', () => {
  const options = [
    { id: 'a', text: 'Một' },
    { id: 'b', text: 'Hai' },
    { id: 'c', text: 'Ba' },
  ];
  const reveal: LiveReveal = {
    questionIndex: 0,
    correctOptionIds: ['b'],
    distribution: [
      { optionId: 'b', count: 6 },
      { optionId: 'a', count: 2 },
      { optionId: 'zzz', count: 99 },
    ],
    noAnswer: 2,
  };

  it('puts bars in the options order, zero for an option nobody chose, unknown ids ignored', () => {
    const summary = revealSummary(options, reveal);
    expect(summary.bars.map((bar) => [bar.letter, bar.count, bar.correct])).toEqual([
      ['A', 2, false],
      ['B', 6, true],
      ['C', 0, false],
    ]);
    expect(summary.total).toBe(10);
    expect(summary.bars[1]!.share).toBeCloseTo(0.6);
    expect(summary.correctCount).toBe(6);
    expect(summary.correctShare).toBeCloseTo(0.6);
  });

  it('has no division by zero when nobody played', () => {
    const summary = revealSummary(options, { ...reveal, distribution: [], noAnswer: 0 });
    expect(summary.total).toBe(0);
    expect(summary.bars.every((bar) => bar.share === 0)).toBe(true);
    expect(summary.correctShare).toBe(0);
  });

  it.each([
    [{ color: '#1d5fbf', correct: true }, true, '#1d5fbf'],
    [{ color: '#1d5fbf', correct: false }, true, '#1d5fbf66'],
    [{ color: '#1d5fbf', correct: false }, false, '#1d5fbf'],
  ])('barColor %p key shown %p → %p', (bar, keyShown, expected) => {
    expect(barColor(bar, keyShown)).toBe(expected);
  });
});

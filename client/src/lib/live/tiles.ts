// How an option looks on the projector and on phones: a colour, a shape and a letter, so a choice
// never rests on colour alone. Pure.

export type TileShape = 'triangle' | 'diamond' | 'circle' | 'square' | 'star' | 'hexagon';

export interface TileLook {
  letter: string;
  shape: TileShape;
  /** Background and text colours; each pair has a contrast of at least 4.5:1. */
  background: string;
  foreground: string;
}

const LOOKS: readonly Omit<TileLook, 'letter'>[] = [
  { shape: 'triangle', background: '#c0243a', foreground: '#ffffff' },
  { shape: 'diamond', background: '#1d5fbf', foreground: '#ffffff' },
  { shape: 'circle', background: '#ffc933', foreground: '#1b1200' },
  { shape: 'square', background: '#1f7a33', foreground: '#ffffff' },
  { shape: 'star', background: '#6a3fb5', foreground: '#ffffff' },
  { shape: 'hexagon', background: '#0e7c86', foreground: '#ffffff' },
];

const LETTERS = 'ABCDEFGHIJKLMNOPQRST';

export function tileLook(index: number): TileLook {
  const look = LOOKS[((index % LOOKS.length) + LOOKS.length) % LOOKS.length]!;
  return { ...look, letter: LETTERS[index] ?? String(index + 1) };
}

/** SVG paths (24 × 24) of the shapes. */
export const SHAPE_PATHS: Record<TileShape, string> = {
  triangle: 'M12 3 22 20H2Z',
  diamond: 'M12 2 22 12 12 22 2 12Z',
  circle: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Z',
  square: 'M3 3h18v18H3Z',
  star: 'm12 2 2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7Z',
  hexagon: 'M7 3h10l5 9-5 9H7l-5-9Z',
};

/** A tile grid: two columns for up to four options on a phone; on a projector, two columns too, rows as needed. */
export function tileColumns(optionCount: number): number {
  return optionCount <= 1 ? 1 : 2;
}

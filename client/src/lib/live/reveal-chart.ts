// The answer distribution after a reveal, as bars for a chart and rows for a table. Pure.
import type { LiveOption, LiveReveal } from '../../../../server/src/live/live-contract.js';
import { tileLook } from './tiles.js';

export interface RevealBar {
  optionId: string;
  letter: string;
  text: string;
  count: number;
  /** Share of everyone who could answer, 0–1 (no answer included in the whole). */
  share: number;
  correct: boolean;
  color: string;
}

export interface RevealSummary {
  bars: RevealBar[];
  noAnswer: number;
  total: number;
  correctCount: number;
  /** Share of all players that answered right, 0–1. */
  correctShare: number;
}

/** Bars in the options' order as shown; an option nobody chose gets a zero bar. */
export function revealSummary(options: readonly LiveOption[], reveal: LiveReveal): RevealSummary {
  const counts = new Map(reveal.distribution.map((entry) => [entry.optionId, entry.count]));
  const correct = new Set(reveal.correctOptionIds);
  const answered = options.reduce((sum, option) => sum + (counts.get(option.id) ?? 0), 0);
  const total = answered + reveal.noAnswer;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  const bars = options.map((option, index) => {
    const look = tileLook(index);
    const count = counts.get(option.id) ?? 0;
    return {
      optionId: option.id,
      letter: look.letter,
      text: option.text,
      count,
      share: share(count),
      correct: correct.has(option.id),
      color: look.background,
    };
  });
  // A multiple-answer question counts its chosen options separately; "right" is only known per player, so sum singles only.
  const correctCount = bars.filter((bar) => bar.correct).reduce((sum, bar) => sum + bar.count, 0);
  return { bars, noAnswer: reveal.noAnswer, total, correctCount, correctShare: share(correctCount) };
}

/** A bar of the chart: dimmed when wrong, so the key stands out without relying on colour alone (the labels carry ✓). */
export function barColor(bar: Pick<RevealBar, 'color' | 'correct'>, keyShown: boolean): string {
  if (!keyShown || bar.correct) return bar.color;
  return `${bar.color}66`;
}

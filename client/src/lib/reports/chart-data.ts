// Chart configurations built from report rows. Pure: labels and locale come in, chart.js settings go out.
import type { ChartConfiguration } from 'chart.js';

export type BarConfig = ChartConfiguration<'bar', (number | null)[], string>;

export const CHART_COLORS = {
  primary: '#0b5a8c',
  rest: '#c9d6e3',
  accent: '#c7831a',
  danger: '#b42318',
  grid: '#e3e9f0',
} as const;

const LABEL_LENGTH = 28;

export interface DrawOptions {
  /** false on paper: the chart is drawn at once, before the browser prints. */
  animate?: boolean;
  /** Canvas pixels per CSS pixel; 2 or more keeps printed bars and text sharp. */
  pixelRatio?: number;
}

const drawing = (options: DrawOptions) => ({
  responsive: true,
  maintainAspectRatio: false,
  animation: options.animate === false ? (false as const) : undefined,
  devicePixelRatio: options.pixelRatio,
});

/** Long unit names cut with an ellipsis, so the axis keeps room for the bars on a phone. */
export function shortLabel(text: string, max = LABEL_LENGTH): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export interface ParticipationRow {
  unitName: string;
  participants: number;
  registered: number;
}

export interface ParticipationLabels {
  participants: string;
  notYet: string;
  /** Letters kept of a unit's name on the axis (fewer on a phone). */
  nameLength?: number;
}

/**
 * Participation by unit: horizontal bars, participants stacked with the people who have an account but have not taken
 * part — the ones an organizer can still reach. (Against the whole headcount the participants' bar is often a sliver.)
 */
export function participationChart(rows: readonly ParticipationRow[], labels: ParticipationLabels, options: DrawOptions = {}): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => shortLabel(row.unitName, labels.nameLength)),
      datasets: [
        { label: labels.participants, data: rows.map((row) => row.participants), backgroundColor: CHART_COLORS.primary, stack: 'people' },
        {
          label: labels.notYet,
          data: rows.map((row) => Math.max(0, row.registered - row.participants)),
          backgroundColor: CHART_COLORS.rest,
          stack: 'people',
        },
      ],
    },
    options: {
      indexAxis: 'y',
      ...drawing(options),
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.grid } },
        y: { stacked: true, grid: { display: false } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

/** A horizontal bar chart needs height for every bar; at least `min` pixels. */
export function barsHeight(count: number, perBar = 30, min = 180): number {
  return Math.max(min, count * perBar + 70);
}

/** "0–2", "2–4" … "18–20": the ten equal bands of the maximum score the server counts scores in. */
export function scoreBands(maxScore: number, bands: number, intlLocale: string): string[] {
  const format = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 2 });
  return Array.from(
    { length: bands },
    (_, index) => `${format.format((index * maxScore) / bands)}–${format.format(((index + 1) * maxScore) / bands)}`,
  );
}

export function distributionChart(
  distribution: readonly number[],
  maxScore: number,
  intlLocale: string,
  label: string,
  options: DrawOptions = {},
): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: scoreBands(maxScore, distribution.length, intlLocale),
      datasets: [{ label, data: [...distribution], backgroundColor: CHART_COLORS.primary }],
    },
    options: {
      ...drawing(options),
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.grid } },
      },
      plugins: { legend: { display: false } },
    },
  };
}

export interface FacilityItem {
  label: string;
  /** 0…1, or null when no attempt reached the question. */
  facility: number | null;
  flagged: boolean;
}

/** Facility by question in percent; flagged questions in the warning colour. */
export function facilityChart(items: readonly FacilityItem[], label: string, options: DrawOptions = {}): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: items.map((item) => item.label),
      datasets: [
        {
          label,
          data: items.map((item) => (item.facility === null ? null : Math.round(item.facility * 1000) / 10)),
          backgroundColor: items.map((item) => (item.flagged ? CHART_COLORS.accent : CHART_COLORS.primary)),
        },
      ],
    },
    options: {
      ...drawing(options),
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, max: 100, ticks: { callback: (value) => `${value}%` }, grid: { color: CHART_COLORS.grid } },
      },
      plugins: { legend: { display: false } },
    },
  };
}

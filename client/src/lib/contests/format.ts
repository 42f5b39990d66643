// Numbers of a contest as people read them. Pure; the locale comes from i18n.

export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
  tenths: number;
}

export function splitDuration(ms: number): DurationParts {
  const tenthsTotal = Math.max(0, Math.floor(ms / 100));
  const seconds = Math.floor(tenthsTotal / 10);
  return {
    hours: Math.floor(seconds / 3600),
    minutes: Math.floor((seconds % 3600) / 60),
    seconds: seconds % 60,
    tenths: tenthsTotal % 10,
  };
}

/** A time taken as a stopwatch shows it: "3:25,4" (vi) or "3:25.4" (en); hours only when needed. */
export function formatElapsed(ms: number, intlLocale: string): string {
  const { hours, minutes, seconds, tenths } = splitDuration(ms);
  const decimal = new Intl.NumberFormat(intlLocale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const ss = String(seconds).padStart(2, '0');
  const clock = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
  return `${clock}${decimal}${tenths}`;
}

/** Scores keep at most two decimals (partial credit). */
export function formatScore(score: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 2 }).format(score);
}

/** A rate in [0, 1] as a percentage with at most one decimal. */
export function formatRate(rate: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

const VIETNAM = 'Asia/Ho_Chi_Minh';

/** An instant on Vietnam's clock with a four-digit year: "08:00 26/11/2025" (vi), "26/11/2025, 08:00" (en). */
export function formatWhen(value: string | number | Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, {
    timeZone: VIETNAM,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(value));
}

/** The time of day on Vietnam's clock, with seconds: "14:03:22". */
export function formatClock(value: string | number | Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, {
    timeZone: VIETNAM,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(value));
}

// Report figures as people read them. Pure; the locale comes from i18n. A missing figure is a dash, never "NaN".

export const DASH = '—';

const missing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value);

/** A whole count: "1.234" (vi). */
export function formatCount(value: number | null | undefined, intlLocale: string): string {
  return missing(value) ? DASH : new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 }).format(value);
}

/** A score or a mean, at most `digits` decimals: "7,25" (vi). */
export function formatDecimal(value: number | null | undefined, intlLocale: string, digits = 2): string {
  return missing(value) ? DASH : new Intl.NumberFormat(intlLocale, { maximumFractionDigits: digits }).format(value);
}

/**
 * A fraction (0.8) as a percentage with one decimal at most: "80%", "12,5%" (vi). A share too small to show is
 * "<0,1%", never a "0%" that reads as nobody.
 */
export function formatFraction(value: number | null | undefined, intlLocale: string): string {
  if (missing(value)) return DASH;
  const format = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 });
  return value > 0 && value < 0.0005 ? `<${format.format(0.001)}` : format.format(value);
}

/** A figure the server already gives in percent (Moodle's discrimination index, 42.5) shown as "42,5 %". */
export function formatPercentValue(value: number | null | undefined, intlLocale: string): string {
  return missing(value) ? DASH : formatFraction(value / 100, intlLocale);
}

/** Milliseconds as minutes and seconds: "12:05" — report tables need no tenths. */
export function formatMinutes(ms: number | null | undefined): string {
  if (missing(ms)) return DASH;
  const seconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const ss = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** The calendar day of an instant on Vietnam's clock: "26/11/2026". */
export function formatDay(value: string | number | Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(value),
  );
}

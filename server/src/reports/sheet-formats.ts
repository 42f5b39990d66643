/** Excel number formats and the time zone the exported sheets use. */
export const PERCENT = '0.0%';
export const DECIMAL = '0.00';
export const MINUTES_SECONDS = '[m]:ss';

const DAY_MS = 86_400_000;
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** A duration as Excel keeps time: a fraction of a day, shown with MINUTES_SECONDS. */
export function excelDuration(ms: number | null): number | null {
  return ms === null ? null : ms / DAY_MS;
}

/** "14:05:09 26/11/2025" in Asia/Ho_Chi_Minh, as Vietnamese readers write it. */
export function vietnameseDateTime(iso: string | null): string {
  return iso ? dateTime.format(new Date(iso)) : '';
}

export type MessageParams = Record<string, string | number>;

/** Replaces `{name}` placeholders; numbers go through `formatNumber`, unknown placeholders stay as typed. */
export function interpolate(template: string, params: MessageParams | undefined, formatNumber: (value: number) => string = String): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export const intlLocales = { vi: 'vi-VN', en: 'en-GB' } as const;
export type Locale = keyof typeof intlLocales;
export const locales = Object.keys(intlLocales) as Locale[];
export const timeZone = 'Asia/Ho_Chi_Minh';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in intlLocales;
}

/** A calendar date (YYYY-MM-DD) shown as a date, never shifted by time zones. */
export function formatCalendarDate(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocales[locale], { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** An instant shown as date and time in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: string | number | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}

import { en } from './en.js';
import { formatCalendarDate, formatDateTime, interpolate, intlLocales, isLocale, type Locale, type MessageParams } from './translate.js';
import { vi, type MessageKey, type Messages } from './vi.js';

const dictionaries: Record<Locale, Messages> = { vi, en };
const storageKey = 'lantoa.locale';

function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLocale(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

export class I18n {
  locale = $state<Locale>(storedLocale());

  get intlLocale(): string {
    return intlLocales[this.locale];
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      // private mode: the choice lasts for this page only
    }
    document.documentElement.lang = locale;
  }

  t = (key: MessageKey, params?: MessageParams): string => interpolate(dictionaries[this.locale][key] ?? key, params, this.formatNumber);

  /** For keys built from server values (e.g. a unit kind); falls back to the value itself. */
  tryT = (key: string, fallback: string, params?: MessageParams): string => {
    const dictionary: Record<string, string> = dictionaries[this.locale];
    return key in dictionary ? interpolate(dictionary[key], params, this.formatNumber) : fallback;
  };

  formatNumber = (value: number): string => new Intl.NumberFormat(this.intlLocale).format(value);

  formatDate = (value: string): string => formatCalendarDate(value, this.locale);

  formatDateTime = (value: string | number | Date): string => formatDateTime(value, this.locale);

  compare = (a: string, b: string): number => a.localeCompare(b, 'vi', { sensitivity: 'base', numeric: true });
}

export const i18n = new I18n();
export const t = i18n.t;

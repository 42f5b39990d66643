// The header of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): issuing unit, place and date line.
import { interpolate } from '../i18n/translate.js';

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface CalendarDay {
  day: number;
  month: number;
  year: number;
}

/** The calendar day on Vietnam's clock at `instant`, whatever the browser's own time zone. */
export function vietnamDay(instant: Date): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  return { day: part('day'), month: part('month'), year: part('year') };
}

const VIETNAMESE_LINE = '{place}, ngày {day} tháng {month} năm {year}';

/**
 * "Bình Chánh, ngày 05 tháng 02 năm 2026": days below 10 and the months 1 and 2 take a leading zero, as
 * Nghị định 30/2020 asks. `template` is the dictionary's line ({place} {day} {month} {year}, given as text so the
 * year is never grouped "2.026"). Without a place the line starts with a dotted blank to fill in by hand.
 */
export function placeAndDate(place: string, { day, month, year }: CalendarDay, template = VIETNAMESE_LINE): string {
  return interpolate(template, {
    place: place.trim() || '……………',
    day: day < 10 ? `0${day}` : String(day),
    month: month <= 2 ? `0${month}` : String(month),
    year: String(year),
  });
}

// Longest first, so "Phòng Giáo dục và Đào tạo" wins over "Phòng".
const UNIT_PREFIXES = [
  'phòng giáo dục và đào tạo',
  'sở giáo dục và đào tạo',
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
  'phòng gd&đt',
  'phòng gd và đt',
  'phòng gdđt',
  'sở gd&đt',
  'sở gdđt',
  'ubnd',
  'phòng văn hóa - xã hội',
  'phòng văn hóa – xã hội',
  'phòng văn hóa xã hội',
];
const PLACE_KINDS = ['thị trấn', 'phường', 'huyện', 'quận', 'xã'];

/**
 * The place a unit signs from, read off its name: "Phòng Giáo dục và Đào tạo Bình Chánh" → "Bình Chánh",
 * "UBND xã Vĩnh Lộc A" → "Vĩnh Lộc A", "Sở GD&ĐT Thành phố Hồ Chí Minh" → "Thành phố Hồ Chí Minh".
 * A school's or any other name gives "" (the reader types the place).
 */
export function placeFromUnitName(name: string): string {
  let rest = name
    .normalize('NFC')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const prefix = UNIT_PREFIXES.find((candidate) => rest.toLocaleLowerCase('vi').startsWith(candidate));
  if (!prefix) return '';
  rest = rest.slice(prefix.length).trim();
  const kind = PLACE_KINDS.find((candidate) => rest.toLocaleLowerCase('vi').startsWith(`${candidate} `));
  if (kind) rest = rest.slice(kind.length).trim();
  return rest;
}

/** Unit names in the header are written in capitals, Vietnamese letters included ("đ" → "Đ"). */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

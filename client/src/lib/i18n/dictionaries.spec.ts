import { en } from './en.js';
import { interpolate, formatCalendarDate, formatDateTime } from './translate.js';
import { vi } from './vi.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('vi and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each([
    ['vi', vi],
    ['en', en],
  ])('%s has no empty string', (_name, dictionary) => {
    const empty = Object.entries(dictionary).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('each key uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(vi).filter((key) => {
      const k = key as keyof typeof vi;
      return placeholders(vi[k]).join() !== placeholders(en[k]).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('vi strings are in NFC', () => {
    const decomposed = Object.entries(vi).filter(([, value]) => value.normalize('NFC') !== value);
    expect(decomposed).toEqual([]);
  });

  it('vi is written with Vietnamese diacritics', () => {
    expect(vi['login.title']).toBe('Đăng nhập');
    expect(vi['nav.units']).toBe('Đơn vị');
  });
});

describe('interpolate', () => {
  it.each([
    ['Xin chào, {name}!', { name: 'An' }, 'Xin chào, An!'],
    ['{count} người', { count: 1200 }, '1200 người'],
    ['Không có tham số', undefined, 'Không có tham số'],
    ['{missing} stays', {}, '{missing} stays'],
  ])('%p with %p → %p', (template, params, expected) => {
    expect(interpolate(template, params)).toBe(expected);
  });

  it('formats numbers with the given formatter', () => {
    const format = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
    expect(interpolate('{count} người', { count: 1200 }, format)).toBe('1.200 người');
  });
});

describe('date formatting', () => {
  it('shows a calendar date without shifting it', () => {
    expect(formatCalendarDate('2014-03-09', 'vi')).toBe('09/03/2014');
    expect(formatCalendarDate('2014-03-09', 'en')).toBe('09/03/2014');
  });

  it('shows instants in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2025-09-05T01:30:00Z', 'en')).toContain('08:30');
  });
});

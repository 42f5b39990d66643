import { placeAndDate, placeFromUnitName, upper, vietnamDay } from './administrative.js';

describe('administrative header', () => {
  it.each([
    [{ day: 26, month: 11, year: 2026 }, 'Bình Chánh, ngày 26 tháng 11 năm 2026'],
    [{ day: 5, month: 2, year: 2026 }, 'Bình Chánh, ngày 05 tháng 02 năm 2026'],
    [{ day: 9, month: 1, year: 2027 }, 'Bình Chánh, ngày 09 tháng 01 năm 2027'],
    [{ day: 10, month: 3, year: 2026 }, 'Bình Chánh, ngày 10 tháng 3 năm 2026'],
    [{ day: 1, month: 12, year: 2026 }, 'Bình Chánh, ngày 01 tháng 12 năm 2026'],
  ])('dates %p as Nghị định 30/2020 writes them', (day, expected) => {
    expect(placeAndDate('Bình Chánh', day)).toBe(expected);
  });

  it('fills another language’s line with the same padded figures', () => {
    expect(placeAndDate('Bình Chánh', { day: 5, month: 2, year: 2026 }, '{place}, {day}/{month}/{year}')).toBe('Bình Chánh, 05/02/2026');
  });

  it('leaves a blank to fill in without a place', () => {
    expect(placeAndDate('  ', { day: 26, month: 11, year: 2026 })).toBe('……………, ngày 26 tháng 11 năm 2026');
  });

  it.each([
    // 2026-11-25 17:30 UTC is already the 26th in Vietnam (UTC+7).
    ['2026-11-25T17:30:00Z', { day: 26, month: 11, year: 2026 }],
    ['2026-11-25T16:59:59Z', { day: 25, month: 11, year: 2026 }],
    ['2026-12-31T17:00:00Z', { day: 1, month: 1, year: 2027 }],
  ])('the day of %s on Vietnam’s clock', (instant, expected) => {
    expect(vietnamDay(new Date(instant))).toEqual(expected);
  });

  it.each([
    ['Phòng Giáo dục và Đào tạo Bình Chánh', 'Bình Chánh'],
    ['Phòng GD&ĐT huyện Bình Chánh', 'Bình Chánh'],
    ['UBND xã Vĩnh Lộc A', 'Vĩnh Lộc A'],
    ['Ủy ban nhân dân phường Bến Thành', 'Bến Thành'],
    ['Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Sở Giáo dục và Đào tạo (dữ liệu mẫu)', ''],
    ['Trường THCS Nguyễn Văn Linh', ''],
    ['Xã A', ''],
  ])('the place of %p is %p', (name, expected) => {
    expect(placeFromUnitName(name)).toBe(expected);
  });

  it('writes unit names in Vietnamese capitals', () => {
    expect(upper('Phòng Giáo dục và Đào tạo Bình Chánh')).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO BÌNH CHÁNH');
  });
});

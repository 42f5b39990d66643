import { foldVietnamese, normalizeStringsDeep, tidySpaces, toNfc, usernameBase } from './vietnamese.js';

describe('foldVietnamese', () => {
  it.each([
    ['Điển hình tiên tiến', 'dien hinh tien tien'],
    ['  Thi   đua  ', 'thi dua'],
    ['ĐẠI HỘI', 'dai hoi'],
    ['Bình Chánh', 'binh chanh'],
    ['Nguyễn Thị Ánh Tuyết', 'nguyen thi anh tuyet'],
    ['Hà Nội'.normalize('NFD'), 'ha noi'],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('NFC', () => {
  it('turns decomposed text into the composed form', () => {
    const decomposed = 'Tiếng Việt'.normalize('NFD');
    expect(decomposed).not.toBe('Tiếng Việt');
    expect(toNfc(decomposed)).toBe('Tiếng Việt');
  });

  it('normalises strings deep inside objects and arrays, leaving other values alone', () => {
    const input = { name: 'Trường'.normalize('NFD'), list: ['Lớp 5A'.normalize('NFD'), 3], flag: true };
    expect(normalizeStringsDeep(input)).toEqual({ name: 'Trường', list: ['Lớp 5A', 3], flag: true });
  });

  it('tidies spaces', () => {
    expect(tidySpaces('  Nguyễn   Văn  An ')).toBe('Nguyễn Văn An');
  });
});

describe('usernameBase', () => {
  it.each([
    ['Nguyễn Văn An', 'annv'],
    ['Trần Thị Đào', 'daott'],
    ['Lê', 'le'],
    ['  ', 'user'],
  ])('%s → %s', (name, expected) => {
    expect(usernameBase(name)).toBe(expected);
  });
});

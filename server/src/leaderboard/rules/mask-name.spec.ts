import { maskName } from './mask-name.js';

describe('maskName', () => {
  it.each<[string, string, string]>([
    ['three words', 'Nguyễn Văn An', 'Nguyễn V. A.'],
    ['four words, initials with diacritics and Đ', 'Đặng Thị Ánh Tuyết', 'Đặng T. Á. T.'],
    ['two words', 'Lê Đức', 'Lê Đ.'],
    ['one word is unchanged', 'Hoa', 'Hoa'],
    ['extra spaces collapsed', '  Trần   Thị\tỞ  ', 'Trần T. Ở.'],
    ['decomposed input comes out composed', 'Phạm Ước Ánh'.normalize('NFD'), 'Phạm Ư. Á.'],
    ['lower-case initials are raised', 'nguyễn văn ánh', 'nguyễn V. Á.'],
    ['a long name', 'Tôn Nữ Thị Ngọc Yến', 'Tôn N. T. N. Y.'],
    ['empty', '   ', ''],
    ['a note in brackets stays readable', 'Đỗ Gia Trúc (mẫu)', 'Đỗ G. T. (mẫu)'],
  ])('%s', (_name, input, expected) => {
    const masked = maskName(input);
    expect(masked).toBe(expected);
    expect(masked).toBe(masked.normalize('NFC'));
  });

  it('keeps a composed initial as one character', () => {
    expect([...maskName('Hồ Ánh'.normalize('NFD')).split(' ')[1]!]).toEqual(['Á', '.']);
  });
});

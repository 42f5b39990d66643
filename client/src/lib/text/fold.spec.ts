import { createMatcher, foldText, matchesQuery, toNfc } from './fold.js';

describe('foldText', () => {
  it.each([
    ['Bình Chánh', 'binh chanh'],
    ['ĐIỂN HÌNH', 'dien hinh'],
    ['Trường Mầm non Hoa Sữa', 'truong mam non hoa sua'],
    ['Đặng   Thị\tHồng', 'dang thi hong'],
    ['  Nguyễn Văn A ', 'nguyen van a'],
    ['Luật Thi đua, khen thưởng', 'luat thi dua, khen thuong'],
  ])('folds %p to %p', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('folds composed and decomposed input alike', () => {
    const composed = 'Tiếng Việt';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(foldText(decomposed)).toBe(foldText(composed));
  });
});

describe('matchesQuery', () => {
  it.each([
    ['Trường THCS Bình Chánh', 'binh chanh', true],
    ['Trường THCS Bình Chánh', 'BÌNH', true],
    ['Trường THCS Bình Chánh', 'chanh binh', true],
    ['Phòng Giáo dục và Đào tạo', 'dao tao', true],
    ['Phòng Giáo dục và Đào tạo', 'đào', true],
    ['Đinh Tiên Hoàng', 'dinh', true],
    ['Trường THCS Bình Chánh', 'binh tan', false],
    ['Trường TH An Lạc', 'lac hong', false],
    ['anything', '   ', true],
  ])('%p with query %p → %p', (text, query, expected) => {
    expect(matchesQuery(text, query)).toBe(expected);
  });

  it('matches a decomposed query against composed text', () => {
    expect(matchesQuery('Điển hình tiên tiến', 'Điển hình'.normalize('NFD'))).toBe(true);
  });

  it('createMatcher agrees with matchesQuery', () => {
    const match = createMatcher('hoa sua');
    expect(match('Trường MN Hoa Sữa')).toBe(true);
    expect(match('Trường MN Hoa Mai')).toBe(false);
  });
});

describe('toNfc', () => {
  it('composes decomposed Vietnamese', () => {
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    const result = toNfc(decomposed);
    expect(result).toBe('Nguyễn Thị Ánh');
    expect(result.length).toBeLessThan(decomposed.length);
  });

  it('leaves composed text unchanged', () => {
    expect(toNfc('Bình Chánh')).toBe('Bình Chánh');
  });
});

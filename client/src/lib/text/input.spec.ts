import { cleanInput } from './input.js';

describe('cleanInput', () => {
  it('trims strings and normalises them to NFC', () => {
    const result = cleanInput({ fullName: '  Nguyễn Thị Ánh '.normalize('NFD'), className: '6A1' });
    expect(result.fullName).toBe('Nguyễn Thị Ánh');
    expect(result.fullName.normalize('NFC')).toBe(result.fullName);
    expect(result.className).toBe('6A1');
  });

  it('drops empty strings, null and undefined but keeps numbers and booleans', () => {
    const result = cleanInput({ a: '   ', b: null, c: undefined, d: 0, e: false, f: 'x' });
    expect(result).toEqual({ d: 0, e: false, f: 'x' });
  });

  it('does not trim the fields it is told to keep as typed', () => {
    const result = cleanInput({ username: ' an ', password: ' mật khẩu '.normalize('NFD') }, ['password']);
    expect(result).toEqual({ username: 'an', password: ' mật khẩu ' });
  });
});

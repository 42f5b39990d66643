import { countsRows, formatBytes, inferFormat } from './formats.js';

describe('inferFormat', () => {
  it.each([
    ['cau-hoi.xlsx', '', 'xlsx'],
    ['CAU-HOI.CSV', '', 'csv'],
    ['bank.json', '', 'json'],
    ['moodle.gift', '', 'gift'],
    ['ngan-hang-cau-hoi.gift.txt', '', 'gift'],
    ['de.aiken.txt', '', 'aiken'],
    ['aiken.txt', 'Thủ đô?\nA. Hà Nội\nB. Huế\nANSWER: A\n', 'aiken'],
    ['moodle.txt', '::q1:: Thủ đô? {=Hà Nội ~Huế}', 'gift'],
    ['notes.txt', '', 'gift'],
    ['photo.png', '', undefined],
    ['no-extension', '', undefined],
  ])('%p → %p', (name, sample, format) => {
    expect(inferFormat(name, sample)).toBe(format);
  });
});

describe('countsRows', () => {
  it('speaks of rows for spreadsheets and lines for text files', () => {
    expect(countsRows('xlsx')).toBe(true);
    expect(countsRows('csv')).toBe(true);
    expect(countsRows('gift')).toBe(false);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [1536 * 1024, '1.5 MB'],
  ])('%p → %p', (bytes, text) => {
    expect(formatBytes(bytes, String)).toBe(text);
  });
});

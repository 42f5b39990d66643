import { decodeUtf8Text, NotUtf8Error } from './encoding.js';

describe('decodeUtf8Text', () => {
  it.each([
    ['UTF-8', Buffer.from('Câu hỏi{T}', 'utf8'), 'Câu hỏi{T}'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Điều 1', 'utf8')]), 'Điều 1'],
    ['empty', Buffer.alloc(0), ''],
  ])('decodes %s', (_name, buffer, expected) => {
    expect(decodeUtf8Text(buffer)).toBe(expected);
  });

  it.each([
    ['Windows-1252 / Latin-1 bytes', Buffer.from([0x56, 0x69, 0xea, 0x74])],
    ['UTF-16 with its byte-order mark', Buffer.from('\uFEFFCâu', 'utf16le')],
    ['a cut multi-byte character', Buffer.from('Việt', 'utf8').subarray(0, 3)],
  ])('refuses %s with NotUtf8Error', (_name, buffer) => {
    let thrown: unknown;
    try {
      decodeUtf8Text(buffer);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NotUtf8Error);
    expect(thrown).toMatchObject({ code: 'NOT_UTF8', name: 'NotUtf8Error' });
  });
});

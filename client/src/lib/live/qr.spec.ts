import QRCode from 'qrcode';
import { qrDrawing, qrPath } from './qr.js';

describe('qrPath', () => {
  it('draws each run of dark modules as one rectangle, shifted by the quiet zone', () => {
    const grid = ['##.', '.#.', '###'];
    const path = qrPath(3, (row, column) => grid[row]![column] === '#', 2);
    expect(path).toBe('M2 2h2v1h-2zM3 3h1v1h-1zM2 4h3v1h-3z');
  });

  it('draws nothing for an empty grid', () => {
    expect(qrPath(4, () => false)).toBe('');
  });
});

describe('qrDrawing', () => {
  it('encodes the join address with every dark module of the qrcode package drawn', () => {
    const url = 'http://192.168.1.10:3000/play?pin=123456';
    const drawing = qrDrawing(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(drawing.size).toBe(modules.size);
    let dark = 0;
    for (let row = 0; row < modules.size; row++) for (let column = 0; column < modules.size; column++) if (modules.get(row, column)) dark++;
    const drawn = [...drawing.path.matchAll(/h(\d+)v1/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(drawn).toBe(dark);
  });
});

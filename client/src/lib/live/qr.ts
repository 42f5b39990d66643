// The join address as a QR code drawn as one SVG path: made here, nothing is fetched.
import QRCode from 'qrcode';

export interface QrDrawing {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One `h1v1h-1z` square per dark module, in module units. */
  path: string;
}

/** Runs of dark modules in a row become one rectangle, which keeps the path short. */
export function qrPath(size: number, isDark: (row: number, column: number) => boolean, quiet = 2): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && isDark(row, column)) column++;
      parts.push(`M${start + quiet} ${row + quiet}h${column - start}v1h${start - column}z`);
    }
  }
  return parts.join('');
}

export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, path: qrPath(modules.size, (row, column) => Boolean(modules.get(row, column))) };
}

/** Thrown when an uploaded text file is not valid UTF-8; the import reports it as NOT_UTF8. */
export class NotUtf8Error extends Error {
  readonly code = 'NOT_UTF8' as const;

  constructor() {
    super('The file is not valid UTF-8 text.');
    this.name = 'NotUtf8Error';
  }
}

/** Decodes an uploaded text file, dropping a byte-order mark; refuses anything that is not UTF-8. */
export function decodeUtf8Text(buffer: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    throw new NotUtf8Error();
  }
  return text.replace(/^\uFEFF/, '');
}

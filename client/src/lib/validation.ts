/** Kept in step with the server's rules (RegisterDto, CreateUserDto); the server still has the last word. */
export const minPasswordLength = 8;

const phonePattern = /^0\d{9,10}$/;

/** "+84 912.345.678" → "0912345678": separators dropped, the country code written as a leading 0. */
export function normalizePhone(value: string): string {
  const digits = value.normalize('NFC').replace(/[\s.()-]/g, '');
  return digits.replace(/^\+?84(?=\d{9,10}$)/, '0');
}

export function isPhone(value: string): boolean {
  return phonePattern.test(normalizePhone(value));
}

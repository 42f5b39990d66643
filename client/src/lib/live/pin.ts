// The round's PIN as typed or scanned, and the join address behind the QR code. Pure.

export const PIN_LENGTH = 6;

/** Digits only, at most six: spaces and dashes people type ("123 456", "123-456") are dropped. */
export function cleanPin(value: string): string {
  return value.replace(/\D/g, '').slice(0, PIN_LENGTH);
}

export function isPin(value: string): boolean {
  return new RegExp(`^\\d{${PIN_LENGTH}}$`).test(value);
}

/** "123 456": easier to read from the back of a hall. */
export function spacedPin(pin: string): string {
  return pin.length === PIN_LENGTH ? `${pin.slice(0, 3)} ${pin.slice(3)}` : pin;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * The address a phone opens from the QR code: the server's (its public address), unless that is a
 * loopback address while the projector itself was opened by a name phones can reach.
 */
export function joinAddress(pin: string, serverJoinUrl: string | undefined, origin: string): string {
  if (serverJoinUrl) {
    try {
      const url = new URL(serverJoinUrl, origin);
      if (!LOOPBACK.test(url.hostname) || LOOPBACK.test(new URL(origin).hostname)) return url.toString();
    } catch {
      // fall through to this site's address
    }
  }
  const url = new URL('/play', origin);
  url.searchParams.set('pin', pin);
  return url.toString();
}

/** What to show of the join address on the projector: no scheme, no trailing slash. */
export function shortAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return url;
  }
}

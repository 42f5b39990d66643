import { cleanPin, isPin, joinAddress, shortAddress, spacedPin } from './pin.js';
import { forgetResume, readResume, RESUME_TTL_MS, saveResume, type ResumeEntry } from './resume.js';

class MemoryStorage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
}

describe('resume tokens', () => {
  const entry = (savedAt: number, roundId = 'r1'): ResumeEntry => ({ resumeToken: `t-${roundId}`, playerId: 'p1', roundId, savedAt });

  it('reads back what was saved for the PIN, and nothing for another PIN', () => {
    const storage = new MemoryStorage();
    saveResume(storage, '123456', entry(1_000));
    expect(readResume(storage, '123456', 2_000)).toEqual(entry(1_000));
    expect(readResume(storage, '654321', 2_000)).toBeNull();
  });

  it.each([
    ['fresh', 1_000 + RESUME_TTL_MS - 1, true],
    ['expired', 1_000 + RESUME_TTL_MS, false],
  ])('%s', (_name, now, found) => {
    const storage = new MemoryStorage();
    saveResume(storage, '123456', entry(1_000));
    expect(readResume(storage, '123456', now) !== null).toBe(found);
  });

  it('ignores broken values', () => {
    const storage = new MemoryStorage();
    storage.setItem('lantoa.live.111111', '{not json');
    storage.setItem('lantoa.live.222222', JSON.stringify({ resumeToken: 5 }));
    expect(readResume(storage, '111111', 0)).toBeNull();
    expect(readResume(storage, '222222', 0)).toBeNull();
  });

  it('forgets expired entries of other rounds when saving, keeps fresh ones and other keys', () => {
    const storage = new MemoryStorage();
    storage.setItem('lantoa.locale', 'vi');
    saveResume(storage, '111111', entry(0, 'old'));
    saveResume(storage, '222222', entry(RESUME_TTL_MS, 'recent'));
    saveResume(storage, '333333', entry(RESUME_TTL_MS + 10, 'new'));
    expect(storage.getItem('lantoa.live.111111')).toBeNull();
    expect(readResume(storage, '222222', RESUME_TTL_MS + 10)?.roundId).toBe('recent');
    expect(storage.getItem('lantoa.locale')).toBe('vi');
    forgetResume(storage, '333333');
    expect(readResume(storage, '333333', RESUME_TTL_MS + 10)).toBeNull();
  });

  it('does nothing without a storage', () => {
    expect(() => saveResume(undefined, '123456', entry(0))).not.toThrow();
    expect(readResume(undefined, '123456', 0)).toBeNull();
  });
});

describe('PIN', () => {
  it.each([
    ['123456', '123456', true],
    ['123 456', '123456', true],
    ['12-34-56-78', '123456', true],
    ['12a3', '123', false],
    ['', '', false],
  ])('%p → %p (complete: %p)', (typed, clean, complete) => {
    expect(cleanPin(typed)).toBe(clean);
    expect(isPin(cleanPin(typed))).toBe(complete);
  });

  it('spaces a full PIN in two groups', () => {
    expect(spacedPin('123456')).toBe('123 456');
    expect(spacedPin('123')).toBe('123');
  });

  it.each([
    ['an absolute server address', 'https://lantoa.example.vn/play?pin=123456', 'https://lantoa.example.vn/play?pin=123456'],
    ['a relative server address', '/play?pin=123456', 'http://10.0.0.5:3000/play?pin=123456'],
    ['no server address', undefined, 'http://10.0.0.5:3000/play?pin=123456'],
    [
      'a loopback server address seen from the hall network',
      'http://localhost:3000/play?pin=123456',
      'http://10.0.0.5:3000/play?pin=123456',
    ],
  ])('join address from %s', (_name, server, expected) => {
    expect(joinAddress('123456', server, 'http://10.0.0.5:3000')).toBe(expected);
  });

  it('keeps a loopback address when the projector runs on the same machine', () => {
    expect(joinAddress('123456', 'http://localhost:3000/play?pin=123456', 'http://127.0.0.1:3000')).toBe(
      'http://localhost:3000/play?pin=123456',
    );
  });

  it('shortens the address shown under the QR code', () => {
    expect(shortAddress('https://lantoa.example.vn/play?pin=123456')).toBe('lantoa.example.vn/play');
    expect(shortAddress('http://10.0.0.5:3000/')).toBe('10.0.0.5:3000');
  });
});

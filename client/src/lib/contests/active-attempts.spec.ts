import { activeAttempt, forgetActiveAttempt, rememberActiveAttempt } from './active-attempts.js';

function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, value),
    removeItem: (name: string) => void items.delete(name),
  };
}

describe('active attempts kept by the browser', () => {
  const deadline = '2025-11-26T01:20:00.000Z';

  it('offers to continue until a minute past the deadline', () => {
    const storage = fakeStorage();
    rememberActiveAttempt(storage, 'c1', 'a1', deadline);
    expect(activeAttempt(storage, 'c1', Date.parse('2025-11-26T01:10:00Z'))).toBe('a1');
    expect(activeAttempt(storage, 'c1', Date.parse('2025-11-26T01:20:59Z'))).toBe('a1');
    expect(activeAttempt(storage, 'c1', Date.parse('2025-11-26T01:21:01Z'))).toBeNull();
    expect(activeAttempt(storage, 'c2', Date.parse('2025-11-26T01:10:00Z'))).toBeNull();
  });

  it('forgets an attempt once it is over, and ignores what it cannot read', () => {
    const storage = fakeStorage();
    rememberActiveAttempt(storage, 'c1', 'a1', deadline);
    forgetActiveAttempt(storage, 'c1');
    expect(activeAttempt(storage, 'c1', 0)).toBeNull();
    storage.items.set('lantoa.activeAttempt.c1', '{not json');
    expect(activeAttempt(storage, 'c1', 0)).toBeNull();
    expect(activeAttempt(undefined, 'c1', 0)).toBeNull();
  });
});

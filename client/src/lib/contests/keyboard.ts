// Desktop shortcuts while taking a contest. Pure.

export type ShortcutAction = { kind: 'choose'; index: number } | { kind: 'next' } | { kind: 'prev' } | { kind: 'flag' };

export interface KeyInput {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** The most options a shortcut reaches: 1–6 by number, A–E by letter (F flags the question). */
export const MAX_SHORTCUT_OPTIONS = 6;
const LETTERS = 'abcde';

/**
 * What a key does on the question screen: 1–6 or A–E choose an option, ←/→ move, F flags.
 * Nothing while the participant types an answer, or with Ctrl, Alt or ⌘ (browser shortcuts stay).
 */
export function shortcutFor(input: KeyInput, optionCount: number, typing = false): ShortcutAction | null {
  if (typing || input.altKey || input.ctrlKey || input.metaKey) return null;
  const key = input.key;
  if (key === 'ArrowRight') return { kind: 'next' };
  if (key === 'ArrowLeft') return { kind: 'prev' };
  const lower = key.length === 1 ? key.toLowerCase() : '';
  if (lower === 'f') return { kind: 'flag' };
  let index = -1;
  if (/^[1-9]$/.test(key)) index = Number(key) - 1;
  else if (lower && LETTERS.includes(lower)) index = LETTERS.indexOf(lower);
  if (index < 0 || index >= Math.min(optionCount, MAX_SHORTCUT_OPTIONS)) return null;
  return { kind: 'choose', index };
}

/** Whether the keyboard focus is in a field where keys are text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
}

/** The letter shown before an option: A, B, C… */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

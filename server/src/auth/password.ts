import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import { AppError } from '../common/errors/app-error.js';

// Generated initial passwords are hashed in bulk (a whole school at once) with a lighter cost;
// they are rehashed with the full cost the first time their owner signs in.
const BULK_COST = { memoryCost: 4096, timeCost: 2 };
const FULL_COST = { memoryCost: 19456, timeCost: 2 };

export function hashPassword(password: string, cost: 'full' | 'bulk' = 'full'): Promise<string> {
  return hash(password, cost === 'bulk' ? BULK_COST : FULL_COST);
}

export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.includes(`m=${FULL_COST.memoryCost},`);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function assertStrongPassword(password: string): void {
  if (password.length < 8 || !/\p{L}/u.test(password) || !/\d/.test(password)) throw new AppError('AUTH_WEAK_PASSWORD');
}

// No 0/O, 1/l/I: these passwords are read off paper by children.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** An initial password a school hands out on paper: 8 readable characters with letters and digits. */
export function generatePassword(length = 8): string {
  for (;;) {
    const candidate = Array.from({ length }, () => READABLE[randomInt(READABLE.length)]).join('');
    if (/\d/.test(candidate) && /[a-z]/.test(candidate)) return candidate;
  }
}

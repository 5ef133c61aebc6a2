import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const argonOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, argonOptions);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spend the same time on unknown e-mails as on wrong passwords, so timing reveals nothing. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('strang-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/** 32 random bytes, base64url: 43 characters. Only its SHA-256 is ever stored. */
export const newToken = () => randomBytes(32).toString('base64url');
/** Whether a text has the shape `newToken` gives, so a malformed one is refused without a lookup. */
export const isToken = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

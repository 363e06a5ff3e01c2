import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-level memory and time cost). */
export const passwordHasher = {
  hash: (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id }),
  verify: async (hash: string, password: string): Promise<boolean> => argon2.verify(hash, password).catch(() => false),
};

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
export const DUMMY_HASH_PROMISE = passwordHasher.hash('not-a-real-password-only-for-timing');

import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

// Guards the native argon2 binding on this Node version (it crashed on Node 20).
describe('argon2id passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse battery staple');

    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'Correct horse battery staple')).toBe(false);
  });

  it('answers false for an account without password, after doing the same work', async () => {
    expect(await verifyPassword(null, 'nimporte quoi')).toBe(false);
  });
});

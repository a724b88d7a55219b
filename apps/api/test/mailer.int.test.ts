import { createDb, type Db } from '@choral/db';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailer } from '../src/mail/mailer.ts';

// A real SMTP server on loopback: first it refuses messages, then it accepts them.
let db: Db;
let server: SMTPServer;
let port: number;
let accepting = false;
const received: string[] = [];

beforeAll(async () => {
  db = createDb({
    url: process.env.DATABASE_URL as string,
    maxConnections: Number(process.env.TEST_POOL_MAX),
  });
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (chunk) => {
        data += chunk;
      });
      stream.on('end', () => {
        if (!accepting) return callback(new Error('Serveur indisponible'));
        received.push(data);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('délai dépassé');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the mailer (SMTP_URL set)', () => {
  it('keeps a message queued while the server refuses it, then delivers it on a later round', async () => {
    const mailer = startMailer({
      db,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Choral <test@choral.test>',
      log: pino({ level: 'silent' }),
    });
    const courriel = await db.courriel.create({
      data: { destinataire: 'lea@exemple.test', sujet: 'Bonjour', texte: 'Corps du message' },
    });
    try {
      mailer.wake();
      await waitFor(
        async () => (await db.courriel.findUniqueOrThrow({ where: { id: courriel.id } })).tentatives > 0,
      );
      const echec = await db.courriel.findUniqueOrThrow({ where: { id: courriel.id } });
      expect(echec.envoyeLe).toBeNull();
      expect(echec.derniereErreur).toContain('Serveur indisponible');

      accepting = true;
      // Backdate the message so the backoff lets the next round retry at once.
      await db.courriel.update({
        where: { id: courriel.id },
        data: { creeLe: new Date(Date.now() - 60_000) },
      });
      mailer.wake();
      await waitFor(
        async () => (await db.courriel.findUniqueOrThrow({ where: { id: courriel.id } })).envoyeLe !== null,
      );
      expect(received.some((m) => m.includes('Subject: Bonjour') && m.includes('lea@exemple.test'))).toBe(
        true,
      );
    } finally {
      await mailer.stop();
    }
  });
});

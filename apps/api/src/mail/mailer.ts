import type { Db } from '@choral/db';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

const MAX_ATTEMPTS = 8;
const BATCH = 20;

export interface Mailer {
  /** Asks for a delivery round soon; never waits for it and never throws. */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * Sends queued messages over SMTP when SMTP_URL is set; otherwise they stay in the outbox,
 * readable at /dev/boite-mail. A failed send is retried with a growing delay (up to
 * MAX_ATTEMPTS), so a mail server outage never breaks the request that caused the message.
 */
export function startMailer({
  db,
  smtpUrl,
  from,
  log,
}: {
  db: Db;
  smtpUrl: string | undefined;
  from: string;
  log: Logger;
}): Mailer {
  if (!smtpUrl) {
    return { wake() {}, async stop() {} };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  let running: Promise<void> | null = null;
  let stopped = false;

  async function round(): Promise<void> {
    const pending = await db.courriel.findMany({
      where: { envoyeLe: null, tentatives: { lt: MAX_ATTEMPTS } },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    for (const c of pending) {
      // Exponential backoff: the n-th retry waits 2^n seconds after the message's creation.
      if (c.tentatives > 0 && Date.now() - c.creeLe.getTime() < 2 ** c.tentatives * 1000) continue;
      try {
        await transport.sendMail({ from, to: c.destinataire, subject: c.sujet, text: c.texte });
        await db.courriel.update({
          where: { id: c.id },
          data: { envoyeLe: new Date(), tentatives: c.tentatives + 1 },
        });
      } catch (error) {
        log.warn({ err: error, courriel: c.id }, 'échec d’envoi de courriel, nouvel essai plus tard');
        await db.courriel.update({
          where: { id: c.id },
          data: { tentatives: c.tentatives + 1, derniereErreur: String(error).slice(0, 500) },
        });
      }
    }
  }

  function wake(): void {
    if (stopped || running) return;
    running = round()
      .catch((error) => log.error({ err: error }, 'tournée d’envoi de courriels interrompue'))
      .finally(() => {
        running = null;
      });
  }
  const timer = setInterval(wake, 5000);
  timer.unref();

  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}

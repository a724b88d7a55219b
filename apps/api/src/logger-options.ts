import type { FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';
import type { Config } from './config.ts';

/** JSON logs (pino) everywhere; on a developer's terminal, the same lines made readable. */
export function loggerOptions(config: Config): LoggerOptions {
  const isHumanTerminal = config.env === 'development' && process.stdout.isTTY;

  return {
    level: config.logLevel,
    ...(isHumanTerminal
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
}

/** Single-use link tokens (activation, reset) travel in page URLs: they never reach the logs. */
export function urlSansJetons(url: string): string {
  return url.replace(/([?&](?:jeton|token)=)[^&#]*/gi, '$1[masqué]');
}

/** The request as logged: Fastify's default fields, with the URL's tokens masked. */
export function requeteJournalisee(request: FastifyRequest) {
  return {
    method: request.method,
    url: urlSansJetons(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

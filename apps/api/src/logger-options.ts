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

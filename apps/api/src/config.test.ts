import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/choral/.data');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }

  return [];
}

describe('loadConfig', () => {
  it('gives sensible local defaults: embedded database, port 3000', () => {
    const config = loadConfig({}, '/srv/choral/.data');

    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      dataDir: '/srv/choral/.data',
      smtpUrl: undefined,
      travaux: 'portail',
    });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }, '/d')).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('reports every bad variable at once, one line each, naming it', () => {
    const problems = problemsOf({
      PORT: '99999',
      DATABASE_URL: 'mysql://localhost/x',
      PUBLIC_URL: 'pas une url',
      SMTP_URL: 'http://mail',
      SESSION_SECRET: 'court',
      NODE_ENV: 'staging',
      TRUST_PROXY: 'peut-être',
      CHORAL_TRAVAUX: 'ailleurs',
      STOCKAGE_DOCUMENTS_URL: 'ftp://documents',
    });

    expect(problems.map((p) => p.split(' : ')[0]).sort()).toEqual(
      [
        'CHORAL_TRAVAUX',
        'DATABASE_URL',
        'NODE_ENV',
        'PORT',
        'PUBLIC_URL',
        'SESSION_SECRET',
        'SMTP_URL',
        'TRUST_PROXY',
        'STOCKAGE_DOCUMENTS_URL',
      ].sort(),
    );
  });

  it('keeps documents in the database unless an s3:// URL names a bucket', () => {
    expect(loadConfig({}, '/d').stockageDocumentsUrl).toBeUndefined();
    const url = 's3://choral/documents?endpoint=http://127.0.0.1:9000&region=eu-west-3';
    expect(loadConfig({ STOCKAGE_DOCUMENTS_URL: url }, '/d').stockageDocumentsUrl).toBe(url);
  });

  it('limits a /cpro group download to 120 MB unless told otherwise', () => {
    expect(loadConfig({}, '/d').telechargementGroupeMaxOctets).toBe(120 * 1024 * 1024);
    expect(loadConfig({ CHORAL_TELECHARGEMENT_MAX_MO: '5' }, '/d').telechargementGroupeMaxOctets).toBe(
      5 * 1024 * 1024,
    );
  });

  it('requires a session secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['SESSION_SECRET : obligatoire en production']);
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toEqual([]);
  });

  it('derives the public URL from the port and strips a trailing slash', () => {
    expect(loadConfig({ PORT: '8080' }, '/d').publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://choral.example.org/' }, '/d').publicUrl).toBe(
      'https://choral.example.org',
    );
  });

  it('runs several HTTP processes only on a PostgreSQL server', () => {
    expect(loadConfig({}, '/d').processus).toBe('auto');
    expect(loadConfig({ CHORAL_PROCESSUS: '3', DATABASE_URL: 'postgresql://h/b' }, '/d').processus).toBe(3);
    expect(problemsOf({ CHORAL_PROCESSUS: '2' })).toEqual([
      'CHORAL_PROCESSUS : plusieurs processus demandent un serveur PostgreSQL (DATABASE_URL) ; la base embarquée n’accepte qu’une connexion',
    ]);
    expect(problemsOf({ CHORAL_PROCESSUS: '1' })).toEqual([]);
    expect(problemsOf({ CHORAL_PROCESSUS: 'beaucoup' })).toEqual([
      'CHORAL_PROCESSUS : doit valoir auto ou un entier positif',
    ]);
  });
});

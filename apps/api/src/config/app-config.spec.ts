import { ConfigError, loadConfig } from './app-config';

const KEY = Buffer.alloc(32, 1).toString('base64');

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe('loadConfig', () => {
  it('defaults to the embedded PostgreSQL under ./.data, port 3000, projections on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, EVENT_STORE: 'postgres', PROJECTIONS: 'on' });
    expect(config.DATA_DIR).toBe(`${process.cwd()}/.data`);
    expect(config.embedded).toBe(true);
  });

  it('accepts an external database with a master key', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db/cases', MASTER_KEY: KEY, PORT: '8080' });
    expect(config).toMatchObject({ PORT: 8080, embedded: false, MASTER_KEY: KEY });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535 (got "70000")'],
    [{ PORT: '3.5' }, 'PORT must be a whole number from 0 to 65535 (got "3.5")'],
    [{ EVENT_STORE: 'mysql' }, 'EVENT_STORE must be postgres or kurrentdb (got "mysql")'],
    [{ PROJECTIONS: 'yes' }, 'PROJECTIONS must be on or off (got "yes")'],
    [{ MASTER_KEY: 'not base64!' }, 'MASTER_KEY must be base64 (32 random bytes, e.g. `openssl rand -base64 32`) (got "not base64!")'],
    [{ MASTER_KEY: 'c2hvcnQ=' }, 'MASTER_KEY must decode to exactly 32 bytes (e.g. `openssl rand -base64 32`)'],
    [{ DATABASE_URL: 'mysql://x', MASTER_KEY: KEY }, 'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")'],
    [{ EVENT_STORE: 'kurrentdb' }, 'KURRENTDB_URL is required when EVENT_STORE=kurrentdb (e.g. kurrentdb://localhost:2113?tls=false)'],
    [{ ADMIN_EMAIL: 'a@b.no' }, 'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET must be at least 32 characters (got "short")'],
  ])('rejects %p with one line naming the variable', (env, message) => {
    expect(problems(env)).toEqual([message]);
  });

  it('reports every bad variable at once', () => {
    expect(problems({ PORT: 'x', PROJECTIONS: 'x' })).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, host: '127.0.0.1', databaseUrl: undefined });
    expect(config.session).toEqual({ idleMinutes: 120, absoluteHours: 12 });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u@db/atrium',
      PUBLIC_URL: 'https://cdm.example/',
      SESSION_IDLE_MINUTES: '5',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://u@db/atrium',
      publicUrl: 'https://cdm.example',
    });
    expect(config.session.idleMinutes).toBe(5);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/atrium' }, 'DATABASE_URL: must start with postgres:// or postgresql://'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %j with a message naming the variable', (env, fragment) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(fragment);
    expect(() => loadConfig(env)).toThrow(/^Invalid configuration:/);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', DATABASE_URL: 'x' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(2);
    }
  });
});

import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const trustProxyOf = (value: string) => loadConfig({ TRUST_PROXY: value }).TRUST_PROXY;

describe('TRUST_PROXY', () => {
  it('is off unless set', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(trustProxyOf('false')).toBe(false);
  });

  it('takes true, a number of proxies, or addresses, subnets and range names, as Express means them', () => {
    expect(trustProxyOf('true')).toBe(true);
    expect(trustProxyOf('1')).toBe(1);
    expect(trustProxyOf(' 2 ')).toBe(2);
    expect(trustProxyOf('loopback, 10.0.0.0/8,fd00::/8')).toBe('loopback,10.0.0.0/8,fd00::/8');
    expect(trustProxyOf('192.168.1.4/255.255.255.0')).toBe('192.168.1.4/255.255.255.0');
  });

  it.each(['yes', '1.5', 'loopbak', '10.0.0.0/33', '10.0.0.1, nowhere', 'fd00::/129', '10.0.0.0/8/8'])(
    'stops start-up on %j with a message naming it',
    (value) => {
      expect(() => trustProxyOf(value)).toThrow(/Invalid configuration: TRUST_PROXY: must be/);
    },
  );
});

describe('loadConfig', () => {
  it('reads a blank variable as one not set, rather than PORT= as port 0', () => {
    const blank = loadConfig({ PORT: '', SEED: '', LOG_LEVEL: '', TRIANGULATE_ADMIN_PASSWORD: '', TRUST_PROXY: '' });
    expect(blank).toEqual(loadConfig({}));
    expect(blank.PORT).toBe(3000);
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', SEED: 'yes' })).toThrow(/Invalid configuration: PORT: .*; SEED: /);
  });
});

describe('the extraction limits', () => {
  it('default to a reader a core, at most four, eight waiting and ten seconds a text', () => {
    const { EXTRACT_WORKERS, EXTRACT_QUEUE, EXTRACT_TIME_LIMIT_SECONDS } = loadConfig({});
    expect(EXTRACT_WORKERS).toBe(Math.min(4, availableParallelism()));
    expect([EXTRACT_QUEUE, EXTRACT_TIME_LIMIT_SECONDS]).toEqual([8, 10]);
  });

  it.each([
    ['EXTRACT_WORKERS', '0'],
    ['EXTRACT_WORKERS', '1.5'],
    ['EXTRACT_QUEUE', '-1'],
    ['EXTRACT_TIME_LIMIT_SECONDS', '0'],
  ])('stops start-up on %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid configuration: ${name}: `));
  });
});

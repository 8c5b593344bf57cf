/**
 * Supply chain: the package runs no install scripts and, at run time, touches no network —
 * a full run of every public API (extract with conversion and attribution, convert, check,
 * streams, ESM and CJS) on the built package, in a child process whose `--import` hook makes
 * fetch/WebSocket and the http, https, net, dns, tls, http2, dgram, undici and child_process
 * modules report and throw.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const HOOK = join(__dirname, 'fixtures/no-network.mjs');
const RUN = join(__dirname, 'fixtures/full-run.mjs');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; dev?: boolean; hasInstallScript?: boolean; resolved?: string; integrity?: string }>;
};

describe('install', () => {
  it('package.json has no install-time scripts (preinstall, install, postinstall)', () => {
    const scripts = Object.keys(pkg.scripts ?? {});
    expect(scripts.filter((s) => ['preinstall', 'install', 'postinstall'].includes(s))).toEqual([]);
  });

  it('no runtime dependency (transitively) has an install script, per the lockfile', () => {
    const runtime = Object.entries(lock.packages).filter(([path, p]) => path !== '' && !p.dev);
    expect(runtime.length).toBeGreaterThan(0);
    expect(runtime.filter(([, p]) => p.hasInstallScript).map(([path]) => path)).toEqual([]);
  });

  it('every runtime dependency is pinned by the lockfile (exact version and integrity hash)', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      expect(entry!.version, name).toMatch(/^\d+\.\d+\.\d+/);
      expect(entry!.integrity, name).toMatch(/^sha(?:512|384|256)-/);
    }
  });
});

describe('run time', () => {
  const run = (...extra: string[]) => {
    const dist = inject('finfiguresDist');
    const r = spawnSync(process.execPath, ['--import', HOOK, RUN, dist, ...extra], { encoding: 'utf8', timeout: 60_000 });
    const attempts = r.stderr.split('\n').filter((l) => l.startsWith('NETWORK-ACCESS:'));
    return { ...r, attempts };
  };

  it('the hook catches fetch, require("node:https") and import("node:dns") (control)', () => {
    const r = run('--control');
    expect(r.status, r.stderr).toBe(0);
    expect(r.attempts).toHaveLength(3);
    expect(r.attempts.join('\n')).toMatch(/fetch\(https:\/\/example\.com\)/);
    expect(r.attempts.join('\n')).toMatch(/require node:https/);
    expect(r.attempts.join('\n')).toMatch(/import node:dns/);
  }, 60_000);

  it('a full run of the public API touches no network module and no fetch', () => {
    const r = run();
    expect(r.attempts).toEqual([]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as {
      figures: [string, string, string][];
      convertedCount: number;
      withAbout: number;
      conv: string;
      streamed: number;
      cjsFigures: number;
    };
    // It really ran: values, conversions with the embedded rates, attribution, stream and CJS.
    expect(out.figures).toContainEqual(['money', 'RMB39.4 billion', '39400000000']);
    expect(out.figures).toContainEqual(['percent', '12%', '12']);
    expect(out.figures).toContainEqual(['money', '$5-6 billion', '5000000000']);
    expect(out.convertedCount).toBeGreaterThanOrEqual(5);
    expect(out.withAbout).toBeGreaterThan(0);
    expect(Number(out.conv)).toBeGreaterThan(500);
    expect(out.streamed).toBe(out.figures.length);
    expect(out.cjsFigures).toBe(out.figures.length);
  }, 60_000);
});

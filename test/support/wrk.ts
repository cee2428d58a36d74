import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WrkResult {
  connections: number;
  seconds: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  errors: number;
}

/** Prints the percentiles wrk's own --latency table leaves out (95th), in milliseconds. */
const REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.3f %.3f %.3f %d\\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end`;

export function wrkAvailable(): boolean {
  return spawnSync('wrk', ['--version']).error === undefined;
}

/**
 * Load from Debian's wrk (a C client, far lighter than a Node client on the same two cores):
 * `connections` keep-alive clients for `seconds`, to a loopback URL only.
 */
export function wrk(url: string, headers: Record<string, string>, connections: number, seconds: number): WrkResult {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error('load tests target loopback only');
  const script = join(mkdtempSync(join(tmpdir(), 'wrk-')), 'report.lua');
  writeFileSync(script, REPORT);
  const args = [
    '-t',
    '2',
    '-c',
    String(connections),
    '-d',
    `${seconds}s`,
    '-s',
    script,
    ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]),
    url,
  ];
  const out = execFileSync('wrk', args, { encoding: 'utf8' });
  const match = /RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
  if (!match) throw new Error(`unexpected wrk output:\n${out}`);
  const requests = Number(match[1]);
  return {
    connections,
    seconds,
    requests,
    p50: Number(match[2]),
    p95: Number(match[3]),
    p99: Number(match[4]),
    perSecond: Math.round(requests / seconds),
    errors: Number(match[5]),
  };
}

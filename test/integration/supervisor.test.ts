import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exited, lineStartingWith, spawnScript } from '../support/child';

describe('pnpm start’s supervisor', () => {
  it('starts a web process that died again, and stops the database only when it is stopped itself', async () => {
    const counter = join(mkdtempSync(join(tmpdir(), 'tongxing-supervisor-')), 'runs');
    const supervisor = spawnScript('supervise-child.ts', { COUNTER: counter });
    const output: string[] = [];
    supervisor.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await lineStartingWith(supervisor, 'web run 2: serving');
    expect(output.join('')).toContain('web run 1: crashing');
    expect(output.join('')).not.toContain('cleanup');
    supervisor.kill('SIGTERM');
    await exited(supervisor);
    expect(output.join('')).toContain('cleanup');
  });
});

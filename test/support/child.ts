import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A TypeScript script of test/support run by node with tsx, its stdout piped, stderr shown. */
export function spawnScript(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** The first stdout line starting with `prefix`, without it; rejects if the process ends first. */
export function lineStartingWith(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((done, fail) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => l.startsWith(prefix));
      if (line !== undefined) {
        child.stdout!.off('data', onData);
        done(line.slice(prefix.length));
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code, signal) => fail(new Error(`child ended (${signal ?? code}) before printing "${prefix}"`)));
  });
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

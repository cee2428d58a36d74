import { spawn, type ChildProcess } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /**
   * Start the child again when it ends on its own (a crash, an out-of-memory kill), so what `cleanup`
   * stops (the embedded database) stays up for the next one. Gives up after `maxRestarts` within a minute.
   */
  restart?: { maxRestarts: number; delayMs: number };
}

/** Runs a child with inherited output; on Ctrl-C or TERM stops it, then runs `cleanup`. */
export function runUntilStopped(command: string, args: string[], options: RunOptions, cleanup: () => Promise<void>): void {
  let stopping = false;
  let child: ChildProcess;
  const restarts: number[] = [];

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill('SIGTERM');
    await cleanup().catch(() => {});
    process.exit(code);
  };

  const start = () => {
    child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      const policy = options.restart;
      const now = Date.now();
      while (restarts.length && restarts[0]! < now - 60_000) restarts.shift();
      if (!policy || restarts.length >= policy.maxRestarts) {
        if (policy) console.error(`  The web server ended ${restarts.length + 1} times within a minute; stopping.`);
        void stop(code ?? 1);
        return;
      }
      restarts.push(now);
      console.error(
        `  The web server ended (${signal ?? `exit code ${code}`}); the database is still up. Restarting it in ${policy.delayMs} ms.`,
      );
      setTimeout(() => {
        if (!stopping) start();
      }, policy.delayMs);
    });
  };

  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  start();
}

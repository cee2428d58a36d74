import { spawn, type ChildProcess } from 'node:child_process';

/** Runs a child with inherited output; on Ctrl-C or TERM stops it, then runs `cleanup`. */
export function runUntilStopped(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  cleanup: () => Promise<void>,
): ChildProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: 'inherit' });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill('SIGTERM');
    await cleanup().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  child.on('exit', (code) => void stop(code ?? 0));
  return child;
}

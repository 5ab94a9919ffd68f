import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CliError } from './cliError.js';

/**
 * Children run detached, each in its own process group, so that stopping one also stops what it
 * spawned. The script that started them is therefore responsible for stopping them: `stopAll` on
 * exit or on a signal.
 */
export interface GroupProcess {
  label: string;
  child: ChildProcess;
  /** The signal the leader understands as "shut down cleanly" (firebase: SIGINT, so it stops Java). */
  stopSignal: NodeJS.Signals;
  /** Resolves with the exit code (null when killed by a signal or unable to start); never rejects. */
  exited: Promise<number | null>;
}

export interface GroupOptions extends Omit<SpawnOptions, 'stdio' | 'detached'> {
  stopSignal?: NodeJS.Signals;
  /** `prefixed` (default) tags each output line with `[label]`; `inherit` hands over the terminal. */
  output?: 'prefixed' | 'inherit';
  /** Sees every output line in `prefixed` mode (used to wait for "All emulators ready"). */
  onLine?: (line: string) => void;
}

const live = new Set<GroupProcess>();

/** Starts a command detached in its own process group, remembered until it exits. */
export function startGroup(label: string, command: string, args: string[], options: GroupOptions = {}): GroupProcess {
  const { stopSignal = 'SIGTERM', output = 'prefixed', onLine, ...spawnOptions } = options;
  const child = spawn(command, args, {
    ...spawnOptions,
    detached: true,
    stdio: output === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe']
  });
  if (output === 'prefixed') {
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        console.log(`[${label}] ${line}`);
        onLine?.(line);
      });
    }
  }
  const exited = new Promise<number | null>((resolve) => {
    // 'error' without 'exit' means the command could not start (not installed, not executable).
    child.once('error', (error) => {
      console.error(`[${label}] ${error.message}`);
      resolve(null);
    });
    child.once('exit', (code) => resolve(code));
  });
  const group: GroupProcess = { label, child, stopSignal, exited };
  live.add(group);
  void exited.then(() => live.delete(group));
  return group;
}

/** Runs a command to completion in its own group and resolves with its exit code. */
export function run(
  label: string,
  command: string,
  args: string[],
  options: GroupOptions = {}
): Promise<number | null> {
  return startGroup(label, command, args, options).exited;
}

/** Runs a command to completion; throws a CliError saying `failure` unless it exits with 0. */
export async function runOrFail(
  label: string,
  command: string,
  args: string[],
  options: GroupOptions,
  failure: string
): Promise<void> {
  if ((await run(label, command, args, options)) !== 0) throw new CliError(failure);
}

/** Parent pid of every live process, read from /proc (Linux). */
function parentPids(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so split after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we were listing.
    }
  }
  return parents;
}

/** Every descendant of `pid`, including those that left its process group (firebase starts Java detached). */
function descendants(pid: number): number[] {
  const parents = parentPids();
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const [child, parent] of parents) {
      if (parent === current) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** True until the leader has exited. */
export function isRunning(group: GroupProcess): boolean {
  return group.child.exitCode === null && group.child.signalCode === null;
}

function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * Stops a group: its stop signal goes to the leader alone, so it can shut its own children down;
 * whatever is left after `graceMs`, in the group or among the descendants noted beforehand, gets
 * SIGKILL.
 */
async function stopGroup(group: GroupProcess, graceMs = 10_000): Promise<void> {
  const pid = group.child.pid;
  if (pid === undefined) return;
  const tree = descendants(pid);
  if (isRunning(group)) {
    sendSignal(pid, group.stopSignal);
    await Promise.race([group.exited, delay(graceMs)]);
  }
  sendSignal(-pid, 'SIGKILL');
  for (const leftover of tree) sendSignal(leftover, 'SIGKILL');
}

/** Stops every group still running, the most recently started first. */
export async function stopAll(): Promise<void> {
  for (const group of [...live].reverse()) await stopGroup(group);
}

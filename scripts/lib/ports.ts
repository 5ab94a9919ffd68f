import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { CliError } from './cliError.js';

/** A process listening on a TCP port, as `ss -ltnp` names it. */
export interface Listener {
  port: number;
  process: { name: string; pid: number } | null;
}

/** A port of the local stack and what it is for, e.g. `{ name: 'émulateur Auth', port: 9099 }`. */
export interface NamedPort {
  name: string;
  port: number;
}

/**
 * Reads the output of `ss -ltnpH`. The process column is missing when ss may not see the owner
 * (another user's process without root), hence `process: null`.
 */
export function parseListeners(ssOutput: string): Listener[] {
  const listeners: Listener[] = [];
  for (const line of ssOutput.split('\n')) {
    const columns = line.trim().split(/\s+/);
    const localAddress = columns[3];
    if (columns[0] !== 'LISTEN' || !localAddress) continue;
    const port = Number(localAddress.slice(localAddress.lastIndexOf(':') + 1));
    if (!Number.isInteger(port)) continue;
    const owner = /users:\(\("([^"]+)",pid=(\d+)/.exec(line);
    listeners.push({ port, process: owner ? { name: owner[1], pid: Number(owner[2]) } : null });
  }
  return listeners;
}

/** The sentence shown when a port of the local stack is taken. */
export function busyPortSentence(busy: NamedPort, holder: Listener['process'], configFile: string): string {
  const who = holder ? `${holder.name} (pid ${holder.pid})` : 'un autre programme';
  return (
    `Le port ${busy.port} (${busy.name}) est déjà pris par ${who} : ` +
    `arrêtez ce programme ou changez ce port dans ${configFile}.`
  );
}

/** True when nothing listens on the port; probing 127.0.0.1 also catches wildcard (0.0.0.0, ::) listeners. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(false) : reject(error)
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** Who holds the port according to `ss`, or null when ss is missing or cannot tell. */
function portHolder(port: number): Listener['process'] {
  const ss = spawnSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  if (ss.error || ss.status !== 0) return null;
  return parseListeners(ss.stdout).find((listener) => listener.port === port)?.process ?? null;
}

/** Throws a CliError naming the first busy port, its purpose and its holder. */
export async function assertPortsFree(ports: NamedPort[], configFile: string): Promise<void> {
  const free = await Promise.all(ports.map(({ port }) => isPortFree(port)));
  const busy = ports.find((_, index) => !free[index]);
  if (busy) throw new CliError(busyPortSentence(busy, portHolder(busy.port), configFile));
}

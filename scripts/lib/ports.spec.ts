import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortsFree, busyPortSentence, isPortFree, parseListeners } from './ports.js';

const SS_OUTPUT = `LISTEN 0      5            0.0.0.0:8090       0.0.0.0:*    users:(("python3",pid=4242,fd=3))
LISTEN 0      511      [::ffff:127.0.0.1]:5183  *:*    users:(("node",pid=77,fd=21),("node",pid=78,fd=21))
LISTEN 0      4096               *:9109             *:*
LISTEN 0      128    127.0.0.53%lo:53          0.0.0.0:*
`;

describe('parseListeners', () => {
  it('reads the port and the first owning process of each listening socket', () => {
    expect(parseListeners(SS_OUTPUT)).toEqual([
      { port: 8090, process: { name: 'python3', pid: 4242 } },
      { port: 5183, process: { name: 'node', pid: 77 } },
      { port: 9109, process: null },
      { port: 53, process: null }
    ]);
  });

  it('ignores a header line and blank lines', () => {
    expect(parseListeners('State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n\n')).toEqual([]);
  });
});

describe('busyPortSentence', () => {
  it('names the port, its purpose, its holder and the file to change, in one sentence', () => {
    expect(
      busyPortSentence({ name: 'émulateur Firestore', port: 8090 }, { name: 'python3', pid: 4242 }, 'firebase.h1.json')
    ).toBe(
      'Le port 8090 (émulateur Firestore) est déjà pris par python3 (pid 4242) : arrêtez ce programme ou changez ce port dans firebase.h1.json.'
    );
  });

  it('still makes a sentence when the holder is unknown', () => {
    expect(busyPortSentence({ name: 'serveur SMTP local', port: 1025 }, null, 'firebase.json')).toContain(
      'est déjà pris par un autre programme'
    );
  });
});

describe('port probing', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** Listens on a free port chosen by the system and returns it. */
  async function occupyAPort(host: string): Promise<number> {
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(0, host, resolve));
    return (server!.address() as { port: number }).port;
  }

  it('sees a port held on every interface as busy on 127.0.0.1', async () => {
    const port = await occupyAPort('0.0.0.0');
    expect(await isPortFree(port)).toBe(false);
  });

  it('rejects with the busy-port sentence when one of the stack ports is taken', async () => {
    const port = await occupyAPort('127.0.0.1');
    await expect(assertPortsFree([{ name: 'émulateur Auth', port }], 'firebase.json')).rejects.toThrow(
      new RegExp(`^Le port ${port} \\(émulateur Auth\\) est déjà pris par \\S+ \\(pid ${process.pid}\\) : `)
    );
  });
});

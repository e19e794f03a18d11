// The two local servers of the cross-engine suite: the static export served by `serve` (a
// child process the offline check kills), and a dead-end proxy every browser is pointed at,
// so no request can leave this machine and any that tries is named in the report.
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { waitUntil } from './wait.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serveBin = path.join(root, 'node_modules/serve/build/main.js');

/** Resolves true when something answers HTTP on the port, false when the connection fails. */
export function answers(port) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD', timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

/** `serve out` on `port` with the build's out/serve.json (clean URLs, each page's CSP header), as `npm run serve` does. */
export function staticServer(port) {
  let child = null;
  return {
    origin: `http://localhost:${port}`,
    async start() {
      if (child) return;
      if (await answers(port)) throw new Error(`Port ${port} is already in use: set ENGINES_PORT to a free port.`);
      child = spawn(process.execPath, [serveBin, 'out', '-l', String(port), '-c', 'serve.json', '--no-port-switching', '--no-clipboard'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const exited = child;
      await waitUntil(`serve to answer on port ${port}`, async () => {
        if (exited.exitCode !== null) throw Object.assign(new Error(`serve exited with ${exited.exitCode}: ${stderr.trim()}`), { fatal: true });
        return answers(port);
      }, 15_000);
    },
    /** Kills the serve process and waits until the port refuses connections. */
    async stop() {
      if (!child) return;
      const stopping = child;
      child = null;
      if (stopping.exitCode === null) {
        const exited = new Promise((resolve) => stopping.once('exit', resolve));
        stopping.kill('SIGTERM');
        await exited;
      }
      await waitUntil(`port ${port} to refuse connections`, async () => !(await answers(port)), 5_000);
    },
  };
}

/**
 * A proxy that forwards nothing: plain requests get 502, HTTPS tunnels are closed. Browsers
 * send every non-localhost request here, so `blocked` lists what would have left the machine.
 */
export async function deadEndProxy() {
  const blocked = [];
  const server = createServer((req, res) => {
    blocked.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('Blocked by the cross-engine suite: no request may leave localhost.');
  });
  server.on('connect', (req, socket) => {
    blocked.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    /** Requests blocked since the last call. */
    take: () => blocked.splice(0),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A free TCP port on 127.0.0.1, for a driver that needs one up front. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

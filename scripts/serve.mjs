#!/usr/bin/env node
// The production server (`npm run serve`, `npm start`): Next's request handler behind Node's own HTTP server, for
// two things `next start` cannot do.
//   1. Timeouts: `next start` only sets keepAliveTimeout, so a client sending its headers or body a byte at a time
//      could hold a connection for Node's defaults (60 s for headers, 300 s for the request).
//   2. The client's address: Next copies the socket address into X-Forwarded-For only when the client sent none,
//      so behind no proxy a client picks its own rate-limit key. This server hands the socket address to the app
//      in a header that it always overwrites (server/http.ts reads it; WIRETRACE_TRUST_PROXY switches to proxies).
// Usage: node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]   (PORT and HOSTNAME work too)
import { createServer } from 'node:http';
import next from 'next';
import { root } from './lib/setup.mjs';

/** Tunables, each with its reason. */
const SERVER_CONFIG = {
  // A real browser sends its headers in one packet; 10 s covers a very slow mobile link.
  headersTimeoutMs: 10_000,
  // The whole request, body included: the 5 MB body limit at 200 KB/s, a slow uplink, takes 25 s.
  requestTimeoutMs: 30_000,
  // Idle keep-alive sockets: long enough to reuse a connection for a page's assets, short enough to free slots.
  keepAliveTimeoutMs: 5_000,
  // How often Node checks the two timeouts above; its default (30 s) would let a slow client stay 40 s.
  connectionsCheckingIntervalMs: 1_000,
};

// The header carrying the socket address; the app trusts it only when this variable says the server sets it.
const SOCKET_ADDRESS_HEADER = 'x-wiretrace-socket-address';
process.env.WIRETRACE_SOCKET_ADDRESS_HEADER = SOCKET_ADDRESS_HEADER;

function option(flag, fallback) {
  const at = process.argv.indexOf(flag);
  return at > -1 ? process.argv[at + 1] : fallback;
}

const port = option('--port', process.env.PORT ?? '3000');
const hostname = option('--hostname', process.env.HOSTNAME ?? undefined);
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`Invalid port "${port}": give a number from 1 to 65535 (--port 3001 or PORT=3001).`);
  process.exit(2);
}

/** The address for the admin sign-in link: the public URL, else this machine as a browser on it reaches it. */
function signInOrigin() {
  const configured = process.env.WIRETRACE_PUBLIC_URL?.trim();
  if (configured) return configured;
  const host = !hostname || hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
// The app prints its admin sign-in link once at start, with this address (server/admin/sign-in-announcement.ts).
globalThis[Symbol.for('wiretrace.sign-in-origin')] = signInOrigin();

const app = next({ dev: false, dir: root, hostname, port: Number(port) });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer(
  {
    headersTimeout: SERVER_CONFIG.headersTimeoutMs,
    requestTimeout: SERVER_CONFIG.requestTimeoutMs,
    keepAliveTimeout: SERVER_CONFIG.keepAliveTimeoutMs,
    connectionsCheckingInterval: SERVER_CONFIG.connectionsCheckingIntervalMs,
  },
  (request, response) => {
    // Whatever the client sent under this name is replaced: only the socket is believed.
    request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? 'unknown';
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.end();
      }
    });
  },
);
server.on('error', (error) => {
  console.error(`Could not serve on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(Number(port), hostname, () => {
  console.log(`Wiretrace ready on http://${hostname ?? 'localhost'}:${port}`);
});
for (const signal of ['SIGTERM', 'SIGINT'])
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive and slow connections must not hold the shutdown.
    server.closeAllConnections();
  });

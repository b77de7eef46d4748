// Section 5: slow clients: headers or a body sent a byte a second; the server must close them within its timeouts.
import net from 'node:net';
import { waitUntilUp } from '../lib/wait-until-up';
import { BASE, kill, PORT, startServer } from './server-process';

/** Opens a connection that trickles headers or a body; resolves with the seconds until the server closed it. */
function trickle(kind: 'headers' | 'body', giveUpSeconds: number): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, '127.0.0.1');
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, giveUpSeconds * 1000);
    socket.on('connect', () => {
      socket.write(
        kind === 'headers'
          ? 'GET / HTTP/1.1\r\nHost: localhost\r\n'
          : 'POST /api/comparisons HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{',
      );
      timer = setInterval(() => socket.write(kind === 'headers' ? 'X-Slow: 1\r\n' : ' '), 1000);
    });
    socket.on('data', () => {}); // the 408 answer
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve((performance.now() - started) / 1000);
    });
  });
}

export async function slowClientTest(): Promise<void> {
  const server = startServer();
  await waitUntilUp(BASE);
  const [headers, body] = await Promise.all([trickle('headers', 90), trickle('body', 90)]);
  await kill(server, 'SIGTERM');
  const show = (seconds: number | null) =>
    seconds === null ? 'still open after 90 s' : `closed after ${seconds.toFixed(1)} s`;
  console.log('5. Slow clients (one byte a second)');
  console.log(`   headers trickled   ${show(headers)} (headers timeout 10 s)`);
  console.log(`   body trickled      ${show(body)} (request timeout 30 s)`);
}

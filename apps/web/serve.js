// Production entry: the adapter-node handler on a plain Node HTTP server.
// adapter-node assumes https unless PROTOCOL_HEADER names a header saying otherwise; this entry fills
// that header from the socket when no proxy did, so the app knows its real origin (the CSRF origin
// check and the Secure cookie flag depend on it) whether it is served directly or behind a TLS proxy.
import { createServer } from 'node:http';
import { pino } from 'pino';

process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
// Excel imports of a city's register run to a few MB (the API caps a file at 20 MB).
process.env.BODY_SIZE_LIMIT ??= '25M';
const protocolHeader = process.env.PROTOCOL_HEADER.toLowerCase();
const { handler } = await import('./build/handler.js');

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

const server = createServer((req, res) => {
  if (!req.headers[protocolHeader]) req.headers[protocolHeader] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});

const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'tongxing' } });
server.listen(port, host, () => log.info({ host, port }, `listening on http://${host}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

/** A small static file server with gzip, as a CDN would serve the built site. Used by the benchmark. */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

export function serveStatic(root: string, port = 0): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file) && existsSync(file + '.html')) file += '.html';
		if (!existsSync(file)) {
			res.writeHead(404).end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const compress = /text|json|javascript|svg/.test(type) && /gzip/.test(String(req.headers['accept-encoding']));
		res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
		const stream = createReadStream(file);
		(compress ? stream.pipe(createGzip()) : stream).pipe(res);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

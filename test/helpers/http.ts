/** Raw HTTP to a local server, with whatever Host header a hostile page or a rebinding DNS name would send. */
import { request } from 'node:http';
import { connect } from 'node:net';

export interface HttpAnswer {
  status: number;
  body: string;
  bytes: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

export function send(port: number, path: string, options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port, path, method: options.method ?? 'GET',
      headers: { host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, body: bytes.toString('utf8'), bytes, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A form post (application/x-www-form-urlencoded). */
export function postForm(port: number, path: string, fields: Record<string, string>): Promise<HttpAnswer> {
  return send(port, path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
}

/** The page a Post/Redirect/Get answer sends the browser to: the 303 checked, its Location fetched with GET. */
export async function redirected(port: number, answer: HttpAnswer): Promise<HttpAnswer> {
  if (answer.status !== 303) throw new Error(`expected 303 See Other, got ${answer.status}: ${answer.body.slice(0, 200)}`);
  return send(port, String(answer.headers.location));
}

/** The status line of a request written byte by byte: Node's client always sends a Host, this may not. */
export function rawStatusLine(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let data = '';
    socket.on('data', (chunk: Buffer) => { data += chunk.toString('utf8'); });
    socket.on('end', () => resolve(data.split('\r\n')[0]));
    socket.on('error', reject);
  });
}

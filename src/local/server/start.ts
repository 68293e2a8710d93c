/** Starting and stopping the local app: listen, tell the curator where it is, stop after the write under way. */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from './app';
import { bankAccess, type BankAccess } from './bankAccess';
import { allowedHosts, lanAddresses } from './guards';
import { appRoot } from './layout';
import { newSecrets, type Secrets } from './secrets';
import { mailSetup, type MailSetup } from './smtp';

const CONFIG_DIR = '.nastavnik';

export interface ServeOptions {
  bankPath: string;
  /** 0: any free port (tests). */
  port: number;
  lan: boolean;
  /** With --lan: the address of this computer teachers' links name (the first network address by default). */
  address?: string;
  now?: () => Date;
  root?: string;
  /** Where the app keeps its own settings (the mail server's): .nastavnik in the program's folder by default. */
  configDir?: string;
}

export interface RunningApp {
  port: number;
  /** The address to open on this computer (with the access key under --lan). */
  url: string;
  /** Where teachers' links point: this computer's network address under --lan. */
  baseUrl: string;
  secrets: Secrets;
  bank: BankAccess;
  mail: MailSetup;
  /** Stops taking requests, lets the write under way finish, then closes. */
  stop(): Promise<void>;
}

export async function startApp(options: ServeOptions): Promise<RunningApp> {
  const root = options.root ?? appRoot();
  const secrets = newSecrets();
  const bank = bankAccess(options.bankPath);
  let port = options.port;
  let hosts = new Set<string>();
  const lanHost = options.lan ? options.address ?? lanAddresses()[0] : undefined;
  const baseUrl = () => `http://${lanHost ?? '127.0.0.1'}:${port}`;
  const mail = mailSetup(options.configDir ?? join(root, CONFIG_DIR));
  const app = createApp({ bank, root, lan: options.lan, secrets, hosts: () => hosts, baseUrl, now: options.now ?? (() => new Date()), mail });
  const server: ServerType = await new Promise((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: options.lan ? '0.0.0.0' : '127.0.0.1' }, () => resolve(started));
    started.once('error', reject);
  });
  port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port, options.lan);
  const url = `http://127.0.0.1:${port}/${options.lan ? `?key=${secrets.accessKey}` : ''}`;
  return {
    port, url, baseUrl: baseUrl(), secrets, bank, mail,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections of an idle browser would hold close() open.
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      await bank.drain();
      await closed;
    },
  };
}

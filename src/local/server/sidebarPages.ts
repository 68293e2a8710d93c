/**
 * The sidebar pages of build/ (npm run build), served unchanged: the server only adds the client bridge that stands in
 * for google.script.run, the page's nonce on its scripts, and the app's navigation. One page code for both hosts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installLocalBridge } from '../../ui/shared/localBridge';
import { LOCAL_CSS } from './layout';

/** The pages of src/ui/pages the app serves, by their URL: nothing else of build/ is reachable. */
export const SIDEBAR_PAGES = { '/check': 'check', '/pairing': 'pairing' } as const;

export function builtPagePath(root: string, name: string): string {
  return join(root, 'build', `${name}.html`);
}

export function missingBuild(root: string): string[] {
  return Object.values(SIDEBAR_PAGES).filter((name) => !existsSync(builtPagePath(root, name)));
}

const NAV = '<nav class="local"><a class="brand" href="/">Наставник</a><a href="/">← На главную</a></nav>';

export function sidebarPageHtml(root: string, name: string, csrfToken: string, nonce: string): string {
  const built = readFileSync(builtPagePath(root, name), 'utf8');
  const bridge = `<script nonce="${nonce}">(${installLocalBridge.toString()})(${JSON.stringify(csrfToken)});</script>`;
  return built
    .replace(/<script>/g, `<script nonce="${nonce}">`)
    .replace('</head>', () => `<style>${LOCAL_CSS}</style>\n${bridge}\n</head>`)
    .replace(/<body>/, () => `<body>\n${NAV}`);
}

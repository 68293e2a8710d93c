/**
 * The README is a newcomer's first page: short enough to read, and every link in it (and in the guide in docs/) leads
 * to a file that exists, so moving a section never leaves a dead link behind.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(__dirname, '../..');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Relative targets of Markdown links `[text](target)` and `<a href>`; web addresses and in-page anchors are not files. */
function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const targets = [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  return targets.filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#')).map((target) => decodeURI(target.split('#')[0]));
}

describe('README and docs/', () => {
  test('the README is at most 30,000 bytes', () => {
    expect(statSync(join(root, 'README.md')).size).toBeLessThanOrEqual(30_000);
  });

  test('the README links to every page of the guide', () => {
    const links = relativeLinks(readFileSync(join(root, 'README.md'), 'utf8'));
    expect(pages.filter((page) => page !== 'README.md' && !links.includes(page))).toEqual([]);
  });

  test.each(pages)('every relative link in %s resolves to an existing file', (page) => {
    const links = relativeLinks(readFileSync(join(root, page), 'utf8'));
    expect(links.filter((link) => !existsSync(join(root, dirname(page), link)))).toEqual([]);
  });
});

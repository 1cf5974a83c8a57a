/** The iterative block walk: the selector form of the skip rules, pausing, and markup too deep to recurse. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, findArticleRoot, iterateBlocks, type ScanDocument, type ScanElement, type TextBlock } from '../../../lib/scan/index';
import { isSkippedByAttributes, SKIPPED_BY_ATTRIBUTES_SELECTOR } from '../../../lib/scan/skip-rules';
import { CORPUS_DIR, FIXTURES_DIR } from '../../support/paths';

const parse = (html: string) => parseHTML(html).document as unknown as ScanDocument & { createElement(t: string): unknown };
const shape = (blocks: TextBlock[]) => blocks.map((b) => ({ text: b.text, nodes: b.pieces.map((p) => p.node) }));

describe('SKIPPED_BY_ATTRIBUTES_SELECTOR', () => {
  const doc = parse(`<html><body>
    <article><header id="in-article">Headline</header><div><footer id="deep-in-article">By line</footer></div></article>
    <header id="page-header">Site</header><footer id="page-footer">Copyright</footer>
    <div id="mark" data-caselens="x"></div><div id="hidden" hidden></div>
    <div id="edit" contenteditable></div><div id="edit-true" contenteditable="TRUE"></div><div id="edit-false" contenteditable="False"></div>
    <div id="aria" aria-hidden="true"></div><div id="aria-false" aria-hidden="false"></div>
    <div id="nav" role="Navigation"></div><div id="banner" role="banner"></div><div id="region" role="region"></div><div id="plain"></div>
  </body></html>`);
  const all = Array.from(doc.querySelectorAll('[id]'));

  it('selects exactly the elements isSkippedByAttributes names', () => {
    const bySelector = new Set(Array.from(doc.querySelectorAll(SKIPPED_BY_ATTRIBUTES_SELECTOR)));
    const byRules = all.filter((el) => isSkippedByAttributes(el));
    expect(byRules.map((el) => el.getAttribute('id')).sort()).toEqual(
      ['edit', 'edit-true', 'hidden', 'mark', 'aria', 'nav', 'banner', 'page-header', 'page-footer'].sort(),
    );
    for (const el of all) expect([el.getAttribute('id'), bySelector.has(el)]).toEqual([el.getAttribute('id'), isSkippedByAttributes(el)]);
  });
});

describe('iterateBlocks', () => {
  const pages = [
    path.join(FIXTURES_DIR, 'pages/hearing-report.html'),
    ...['readability', 'scrapinghub'].flatMap((d) => {
      const files = readdirSync(path.join(CORPUS_DIR, d)).filter((f) => f.endsWith('.html')).sort();
      return files.filter((_, i) => i % 12 === 0).map((f) => path.join(CORPUS_DIR, d, f));
    }),
  ];

  it.each(pages.map((p) => [path.relative(path.dirname(CORPUS_DIR), p), p]))('finds the same blocks with the selector as element by element: %s', (_name, file) => {
    const doc = parse(readFileSync(file, 'utf8'));
    const root = findArticleRoot(doc);
    expect(root).not.toBeNull();
    const byRules = extractBlocks(root!);
    expect(shape(extractBlocks(root!, { bySelector: true }))).toEqual(shape(byRules));
    // and for the whole body, where page chrome is in play
    expect(shape(extractBlocks(doc.body!, { bySelector: true }))).toEqual(shape(extractBlocks(doc.body!)));
  });

  it('keeps blocks with a letter or digit in any script, and drops those of spaces and punctuation only', () => {
    const doc = parse('<html><body><article><p>  \n </p><p>“ — ”</p><p>Ábrego</p><p>Абрего</p><p>アブレゴ</p><p>٢٠٢٥</p><p>*</p></article></body></html>');
    expect(extractBlocks(findArticleRoot(doc)!).map((b) => b.text)).toEqual(['Ábrego', 'Абрего', 'アブレゴ', '٢٠٢٥']);
  });

  it('walks markup nested far deeper than the stack allows recursion', () => {
    const depth = 20_000;
    const doc = parse(`<html><body><article>${'<div><span>'.repeat(depth / 2)}Judge Paula Xinis${'</span></div>'.repeat(depth / 2)}<p>After</p></article></body></html>`);
    const texts = extractBlocks(findArticleRoot(doc)!).map((b) => b.text);
    expect(texts).toEqual(['Judge Paula Xinis', 'After']);
  });

  it('can pause between blocks while the page changes, and goes on from where it was', () => {
    const doc = parse('<html><body><article><p>One</p><p id="two">Two</p><p id="three">Three</p></article></body></html>');
    const article = doc.querySelectorAll('article')[0] as unknown as ScanElement & { appendChild(n: unknown): void };
    const walk = iterateBlocks(article, { bySelector: true });
    expect(walk.next().value?.text).toBe('One');
    // The page removes a paragraph not yet read and appends a new one while the walk is paused.
    const three = doc.querySelectorAll('#three')[0] as unknown as { remove(): void };
    three.remove();
    const p = doc.createElement('p') as { textContent: string };
    p.textContent = 'Four';
    article.appendChild(p);
    expect([...walk].map((b) => b.text)).toEqual(['Two', 'Four']);
  });

  it('ends quietly when the node it paused on is taken out of the page', () => {
    const doc = parse('<html><body><article><div id="box"><p>One</p><p>Two</p></div><p>Three</p></article></body></html>');
    const walk = iterateBlocks(doc.querySelectorAll('article')[0]!);
    expect(walk.next().value?.text).toBe('One');
    (doc.querySelectorAll('#box')[0] as unknown as { remove(): void }).remove();
    expect(() => [...walk]).not.toThrow();
  });
});

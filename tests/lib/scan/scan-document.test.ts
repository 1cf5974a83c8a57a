/** The scan stage on small pages parsed by linkedom and happy-dom. */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticleRoot, scanDocument, type ScanDocument } from '../../../lib/scan/index';
import { paragraphTextLength, TEXT_COUNT_CAP } from '../../../lib/scan/find-article-root';

const wrap = (html: string) => (html.startsWith('<!doctype') ? html : `<!doctype html><html><head></head>${html}</html>`);
const linkedom = (html: string) => parseHTML(wrap(html)).document as unknown as ScanDocument;
function happy(html: string): ScanDocument {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as ScanDocument;
}

const PAGE = `<!doctype html><html><head><title>T</title><script>var x = "Paula Xinis";</script></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Site banner text</p></header>
<main><article>
  <header><h1>Judge orders return of Kilmar Abrego Garcia</h1></header>
  <p>U.S. District Judge <a href="/x">Paula <b>Xinis</b></a> ruled on Friday.</p>
  <p>Second paragraph with <code>ICE code</code> and <span aria-hidden="true">hidden ICE</span> text.</p>
  <div>Direct div text<p>Nested paragraph</p>more div text</div>
  <ul><li>First item</li><li>Second item</li></ul>
  <aside><p>Related: another story</p></aside>
  <caselens-card><p>Our own card</p></caselens-card>
  <p data-caselens="mark">Our mark</p>
  <div contenteditable="true">Editable comment box</div>
  <p>Line<br>break</p>
</article></main>
<footer><p>Copyright footer</p></footer>
</body></html>`;

describe.each([
  ['linkedom', linkedom],
  ['happy-dom', happy],
])('scanDocument with %s', (_name, parse) => {
  const blocks = scanDocument(parse(PAGE));
  const texts = blocks.map((b) => b.text.trim());

  it('yields the article blocks in order and skips chrome, code, hidden, editable and our own UI', () => {
    expect(texts).toEqual([
      'Judge orders return of Kilmar Abrego Garcia',
      'U.S. District Judge Paula Xinis ruled on Friday.',
      'Second paragraph with  and  text.',
      'Direct div text',
      'Nested paragraph',
      'more div text',
      'First item',
      'Second item',
      'Line',
      'break',
    ]);
  });

  it('maps each text node to its range in the block text', () => {
    const block = blocks.find((b) => b.text.includes('Paula'))!;
    expect(block.pieces.map((p) => p.node.data)).toEqual(['U.S. District Judge ', 'Paula ', 'Xinis', ' ruled on Friday.']);
    for (const p of block.pieces) expect(block.text.slice(p.start, p.end)).toBe(p.node.data);
    expect(block.pieces.map((p) => [p.start, p.end])).toEqual([[0, 20], [20, 26], [26, 31], [31, 48]]);
    expect(block.element.tagName.toLowerCase()).toBe('p');
  });
});

describe('article root', () => {
  it('picks the candidate with the most paragraph text', () => {
    const html = `<body><article><p>Short teaser.</p></article>
      <div itemprop="articleBody"><p>${'Long article text. '.repeat(30)}</p></div></body>`;
    const texts = scanDocument(linkedom(html)).map((b) => b.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Long article text.');
  });

  it('falls back to the body when no candidate holds most of the text (a live blog of many articles)', () => {
    const post = (n: number) => `<article><p>Post ${n}: ${'update text '.repeat(10)}</p></article>`;
    const html = `<body><div>${post(1)}${post(2)}${post(3)}</div></body>`;
    expect(scanDocument(linkedom(html)).map((b) => b.text.slice(0, 6))).toEqual(['Post 1', 'Post 2', 'Post 3']);
  });

  it('counts paragraph text only up to a cap, so a huge page is not read whole (the first long candidate wins)', () => {
    const para = `<p>${'x'.repeat(999)}</p>`;
    const over = Math.ceil(TEXT_COUNT_CAP / 1000) + 5;
    const html = `<body><article id="a">${para.repeat(over)}</article><p>outside</p></body>`;
    const doc = parseHTML(wrap(html)).document as unknown as ScanDocument;
    expect(paragraphTextLength(doc.body!, undefined, TEXT_COUNT_CAP)).toBeLessThan(TEXT_COUNT_CAP + 1000);
    expect(paragraphTextLength(doc.body!)).toBe(over * 999 + 'outside'.length);
    expect(findArticleRoot(doc)?.getAttribute('id')).toBe('a');
    // a second candidate as long as the first: both counted up to the cap, the first stays
    const two = linkedom(`<body><main id="m">${para.repeat(over)}</main><article id="b">${para.repeat(over + 5)}</article></body>`);
    expect(findArticleRoot(two)?.getAttribute('id')).toBe('m');
  });

  it('uses the body when there is no candidate, skipping page header and footer', () => {
    const html = '<body><header><p>Masthead</p></header><p>Body text.</p><footer><p>Footer</p></footer></body>';
    expect(scanDocument(linkedom(html)).map((b) => b.text)).toEqual(['Body text.']);
  });
});

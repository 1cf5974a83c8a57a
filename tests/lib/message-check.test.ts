/** MESSAGE_RULES: per background message, the wrong sender and a bad shape are refused, a good one accepted. */
import { describe, expect, it } from 'vitest';
import { checkMessage, MAX_COUNT_IDS, MAX_PASS_BLOCKS, MESSAGE_RULES, type BackgroundMessage, type SenderFacts } from '../../lib/message-check';

const BASE = 'chrome-extension://abcdefghijklmnop/';
const popup: SenderFacts = { url: `${BASE}popup.html` };
const background: SenderFacts = { url: `${BASE}background.js` };
const panelTab: SenderFacts = { url: `${BASE}sidepanel.html?tabId=4`, tab: { id: 9 }, frameId: 0 };
const page: SenderFacts = { url: 'https://apnews.com/article/x', tab: { id: 4 }, frameId: 0 };
const subframe: SenderFacts = { ...page, frameId: 3 };
const noTab: SenderFacts = { url: 'https://apnews.com/article/x', frameId: 0 };
const noFrame: SenderFacts = { url: 'https://apnews.com/article/x', tab: { id: 4 } };
// A page pretending to be the extension: an http URL that contains the extension's URL.
const lookalike: SenderFacts = { url: `https://evil.example/${BASE}popup.html`, tab: { id: 4 }, frameId: 0 };

const ok = (type: BackgroundMessage, data: unknown, sender: SenderFacts) => checkMessage(type, data, sender, BASE).ok;

/** [message, a good sender, good data, wrong senders, bad data]. */
const table: [BackgroundMessage, SenderFacts, unknown, SenderFacts[], unknown[]][] = [
  [
    'reportResults',
    page,
    { url: 'https://apnews.com/article/x', counts: { 'paula-xinis': 2 } },
    [popup, panelTab, noTab, noFrame, { ...page, url: 'file:///etc/passwd' }],
    [
      { url: 'https://apnews.com/a', counts: { 'paula-xinis': 2 }, extra: 1 },
      { url: 'https://apnews.com/a', counts: { 'Not An Id': 1 } },
      { url: 'https://apnews.com/a', counts: { 'paula-xinis': -1 } },
      { url: 'https://apnews.com/a', counts: { 'paula-xinis': 1.5 } },
      { url: 'https://apnews.com/a', counts: Object.fromEntries(Array.from({ length: MAX_COUNT_IDS + 1 }, (_, i) => [`id-${i}`, 1])) },
      { url: 'x'.repeat(2 * 1024 * 1024 + 1), counts: {} },
      { counts: {} },
      null,
    ],
  ],
  [
    'matchBlocks',
    page,
    { pass: 'p1', first: 0, texts: ['Judge Paula Xinis ruled.'], resolve: [0, 1] },
    [popup, noTab, noFrame],
    [
      { pass: 'p1', first: 1e9, texts: [] },
      { pass: 'p1', first: 0, texts: [], resolve: [0, 1e9] },
      { pass: 'p1', first: 0, texts: [], resolve: [5, 2] },
      { pass: 'p1', first: 0, texts: [], resolve: [0, 5000] },
      { pass: 'p1', first: -1, texts: [] },
      { pass: 'p1', first: 0.5, texts: [] },
      { pass: 'p1', first: MAX_PASS_BLOCKS, texts: ['one too many'] },
      { pass: 'p1', first: 0, texts: [1] },
      { pass: 'p1', first: 0, texts: ['x'.repeat(1_000_001)] },
      { pass: 'p1', first: 0, texts: Array.from({ length: 3 }, () => 'x'.repeat(900_000)) },
      { pass: 'p1', first: 0, texts: Array.from({ length: 40_000 }, () => 'a') },
      { pass: 'x'.repeat(65), first: 0, texts: [] },
      { pass: '', first: 0, texts: [] },
      { pass: 'p1', first: 0, texts: [], more: true },
    ],
  ],
  [
    'getCard',
    subframe,
    { entityId: 'paula-xinis', counts: { 'paula-xinis': 1 } },
    [popup, noTab, noFrame],
    [{ entityId: 'paula-xinis' }, { entityId: 'x'.repeat(200), counts: {} }, { entityId: 'paula-xinis', counts: {}, extra: 1 }, 'paula-xinis'],
  ],
  ['loadCardRender', subframe, undefined, [popup, noTab, noFrame], [{}, 'x']],
  [
    'openSidePanel',
    page,
    { caseId: 'abrego-garcia-v-noem' },
    [popup, noTab, noFrame],
    [{ caseId: 'x'.repeat(200) }, { caseId: 'abrego-garcia-v-noem', url: 'https://evil.example' }, { entityId: 3 }, null],
  ],
  ['getTabResults', popup, 4, [page, subframe, lookalike, { url: 'https://apnews.com/', frameId: 0 }], [-1, 1.5, '4', { tabId: 4 }, undefined]],
  ['checkUpdatesNow', panelTab, undefined, [page, lookalike, {}], [{ force: true }, 1]],
  [
    'tagSentences',
    background,
    { sentences: ['Cook said the rate would hold.'] },
    [popup, panelTab, page, lookalike, { url: `${BASE}background.js`, tab: { id: 4 }, frameId: 0 }, { url: `https://evil.example/${BASE}background.js` }],
    [{ sentences: ['x'.repeat(2_001)] }, { sentences: Array.from({ length: 513 }, () => 'a') }, { sentences: [1] }, { sentences: [], more: 1 }, ['a'], undefined],
  ],
];

describe('MESSAGE_RULES', () => {
  it('has a rule for each message the background listens for', () => {
    expect(table.map(([type]) => type).sort()).toEqual(Object.keys(MESSAGE_RULES).sort());
  });

  describe.each(table)('%s', (type, goodSender, goodData, wrongSenders, badData) => {
    it('accepts its sender with good data', () => {
      expect(checkMessage(type, goodData, goodSender, BASE)).toEqual({ ok: true, data: goodData });
    });
    it.each(wrongSenders.map((s) => [JSON.stringify(s), s] as const))('refuses the sender %s', (_, sender) => {
      expect(ok(type, goodData, sender)).toBe(false);
    });
    it.each(badData.map((d, i) => [i, d] as const))('refuses bad data #%s', (_, data) => {
      const verdict = checkMessage(type, data, goodSender, BASE);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toMatch(new RegExp(`^${type}: `));
    });
  });

  it('optional panel target fields may be absent', () => {
    expect(ok('openSidePanel', {}, page)).toBe(true);
    expect(ok('openSidePanel', { entityId: 'paula-xinis' }, page)).toBe(true);
  });

  it('refuses an extension page when the base URL is not a folder (no prefix tricks)', () => {
    expect(checkMessage('getTabResults', 4, popup, 'chrome-extension://abcdefghijklmnop').ok).toBe(false);
  });
});

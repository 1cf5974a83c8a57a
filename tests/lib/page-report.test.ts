/** Which reports are kept for a tab, and the URL kept with them. */
import { describe, expect, it } from 'vitest';
import { boundedUrl, MAX_STORED_URL, reportProblem, type ReportFacts } from '../../lib/page-report';

describe('boundedUrl', () => {
  it.each([
    ['https://apnews.com/article/x?utm=1&token=secret#frag', 'https://apnews.com/article/x'],
    ['https://apnews.com', 'https://apnews.com/'],
    ['not a url', ''],
  ])('%s -> %s', (href, expected) => expect(boundedUrl(href)).toBe(expected));

  it('caps a 2 MB path', () => {
    const got = boundedUrl(`https://apnews.com/${'a'.repeat(2 * 1024 * 1024)}`);
    expect(got.length).toBe(MAX_STORED_URL);
    expect(got.startsWith('https://apnews.com/aaa')).toBe(true);
  });
});

const U1 = 'https://apnews.com/article/one';
const U2 = 'https://apnews.com/article/two';
const base: ReportFacts = { reportUrl: U1, sender: { url: U1, documentId: 'D1', documentLifecycle: 'active' }, tab: { url: U1 }, retired: [] };

describe('reportProblem', () => {
  it.each<[string, Partial<ReportFacts>, string | null]>([
    ['its own page, shown in the tab', {}, null],
    ['its own page with a fragment the tab also has', { reportUrl: `${U1}#p3`, tab: { url: `${U1}#p3` } }, null],
    ['an SPA route of its own origin (pushState)', { reportUrl: U2, tab: { url: U2 } }, null],
    ['Firefox: no documentId, no lifecycle', { sender: { url: U1 } }, null],
    ['no tab URL (no host permission)', { tab: {} }, null],
    ['another origin than the sender\'s', { reportUrl: 'https://evil.example/', tab: { url: 'https://evil.example/' } }, 'the report is not for the page that sent it'],
    ['no sender URL', { sender: {} }, 'the report is not for the page that sent it'],
    ['a document being unloaded', { sender: { url: U1, documentId: 'D1', documentLifecycle: 'pending_deletion' } }, 'the sending document is no longer shown'],
    ['a prerendered document', { sender: { url: U1, documentId: 'D1', documentLifecycle: 'prerender' } }, 'the sending document is no longer shown'],
    ['a retired document, same URL (a reload)', { retired: [{ documentId: 'D1', url: U1 }] }, 'the report is from before the tab started loading'],
    ['the tab loading another page', { tab: { url: U1, pendingUrl: U2 } }, 'the tab is loading another page'],
    ['the tab showing another page (Firefox: no documentId)', { sender: { url: U1 }, tab: { url: U2 } }, 'the tab shows another page'],
  ])('%s', (_, over, expected) => {
    expect(reportProblem({ ...base, ...over })).toBe(expected);
  });

  it('a retired document may still report a new route of its own (an SPA navigation, a jump to #section)', () => {
    expect(reportProblem({ ...base, reportUrl: U2, tab: { url: U2 }, retired: [{ documentId: 'D1', url: U1 }] })).toBeNull();
    expect(reportProblem({ ...base, reportUrl: `${U1}#s2`, tab: { url: `${U1}#s2` }, retired: [{ documentId: 'D1', url: U1 }] })).toBeNull();
  });
});

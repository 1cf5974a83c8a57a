// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard } from '../../components/hover-card';
import type { Source } from '../../lib/dataset/schema';
import type { CardView } from '../../lib/hover/card-view';
import type { PanelTarget } from '../../lib/protocol';
import { miniDataset } from '../fixtures/mini-dataset';
import { render } from '../support/render';

const NOW = new Date('2026-03-01T00:00:00Z');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const source = (publisher: string, tier: Source['tier'], extra: Partial<Source> = {}): Source => ({
  url: `https://${publisher.toLowerCase().replace(/\W+/g, '')}.example/x`, publisher, tier, date: '2025-04-04', ...extra,
});

function view(over: Partial<CardView> = {}): CardView {
  const dataset = miniDataset();
  const item = { ...dataset.cases[1]!, statusAsOf: 'after 2026-02-27', statusSources: [source('Blog', 'weak'), source('Mirror', 'weak')] };
  return {
    id: 'person-b', kind: 'person', name: 'Katz', nameNote: 'first name unconfirmed', title: 'ICE official', summary: 'An official.',
    sources: [source('Scraper', 'weak'), source('AP', 'syndicated', { via: 'Lincoln Daily News' }), source('Court', 'primary')],
    roles: [{ caseId: 'case-two', caseShortName: 'Case two', role: 'Witness', uncertain: true, sources: [source('Jurist', 'outlet')] }],
    case: { item, stale: true, latest: { ...item.events[0]!, date: '~2025-06', uncertain: true, sources: [source('CBS News', 'outlet')] } },
    otherCases: 2,
    ...over,
  };
}

async function show(v: CardView) {
  const asked: PanelTarget[] = [];
  const r = await render(<HoverCard view={v} now={NOW} onOpenPanel={(t) => asked.push(t)} />);
  cleanup = r.unmount;
  return { card: r.container.querySelector('.cl-hovercard')!, asked };
}

describe('the hover card says what the sources say', () => {
  it('shows only the confirmed part of a name, and what is unconfirmed', async () => {
    const { card } = await show(view());
    expect(card.querySelector('h2')!.textContent).toBe('Katz (first name unconfirmed)');
    expect(card.querySelector('.cl-role')!.textContent).toContain('(role unconfirmed)');
    expect(card.querySelector('.cl-status')!.textContent).toContain('(status unconfirmed)');
    expect(card.querySelector('.cl-latest')!.textContent).toContain('(event unconfirmed)');
  });

  it('shows a bound or approximate date as such, and the note on the date', async () => {
    const { card } = await show(view());
    expect(card.querySelector('.cl-status')!.textContent).toContain('latest found as of after Feb 27, 2026');
    expect(card.querySelector('.cl-asof-note')!.textContent).toBe('exact date unconfirmed');
    expect(card.querySelector('.cl-latest')!.textContent).toContain('Latest (~Jun 2025)');
  });

  it('gives every claim its own sources, the best first, a reprint labelled by its outlet', async () => {
    const { card } = await show(view());
    const who = [...card.querySelectorAll('.cl-who .cl-sources a')].map((a) => a.textContent);
    expect(who).toEqual(['Court', 'AP, via Lincoln Daily News']);
    expect(card.querySelector('.cl-role .cl-sources a')!.textContent).toBe('Jurist');
    expect(card.querySelector('.cl-latest .cl-sources a')!.textContent).toBe('CBS News');
  });

  it('marks a claim that only weak sources support', async () => {
    const { card } = await show(view());
    expect(card.querySelector('.cl-case > .cl-sources')!.textContent).toContain('Reported only by low-quality sources');
    expect(card.querySelector('.cl-who .cl-sources')!.textContent).not.toContain('low-quality');
  });

  it('opens the timeline, or the list of their other cases', async () => {
    const { card, asked } = await show(view());
    const buttons = [...card.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Open case timeline', 'Also in 2 other cases']);
    await act(async () => buttons[0]!.click());
    await act(async () => buttons[1]!.click());
    expect(asked).toEqual([{ caseId: 'case-two' }, { entityId: 'person-b' }]);
  });
});

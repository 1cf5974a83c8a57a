// @vitest-environment happy-dom
/**
 * A hostile page: only marks the content script made count (never the tag or the attribute), events
 * a page makes up are ignored, the card's shadow root is closed, and repeated "Open case timeline"
 * clicks open the panel once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardHost, PANEL_CLICK_GAP_MS } from '../../../entrypoints/caselens.content/card-host';
import type { CardRender } from '../../../entrypoints/caselens.content/card-render';
import { startHover } from '../../../entrypoints/caselens.content/hover-glue';
import { createMark, entityOf, markOf } from '../../../entrypoints/caselens.content/marks';
import { revealEntity } from '../../../entrypoints/caselens.content/reveal';
import type { CardView } from '../../../lib/hover/card-view';
import { CARD_RENDER_GLOBAL, type PanelTarget } from '../../../lib/protocol';

const globals = globalThis as Record<symbol, unknown>;

/** A fake React part: records what the card shows and hands back its "open panel" callback. */
function fakeRender() {
  const shown: string[] = [];
  let open: ((t: PanelTarget) => void) | undefined;
  const render: CardRender = {
    createCardRoot: (frame) => ({
      show: (view, _now, onOpenPanel) => {
        shown.push((view as unknown as { id: string }).id);
        open = onOpenPanel;
        frame.textContent = 'card';
      },
      clear: () => undefined,
      unmount: () => undefined,
    }),
  };
  return { render, shown, click: (t: PanelTarget) => open?.(t) };
}

function page() {
  document.body.innerHTML = '<p id="p">Judge <b id="b">Paula Xinis</b> ruled. <caselens-mark id="forged" data-caselens-entity="paula-xinis" tabindex="0">A fake</caselens-mark></p>';
  const b = document.getElementById('b') as HTMLElement;
  const text = b.firstChild as Text;
  const real = createMark(document, 'paula-xinis', 'Paula Xinis');
  text.replaceWith(real);
  real.append(text);
  return { real, forged: document.getElementById('forged') as HTMLElement };
}

afterEach(() => {
  delete globals[CARD_RENDER_GLOBAL];
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('marks', () => {
  it('counts only the marks it made, whatever their tag and attribute say', () => {
    const { real, forged } = page();
    expect(markOf(real.firstChild)).toBe(real);
    expect(markOf(forged)).toBeNull();
    expect(markOf(forged.firstChild)).toBeNull();
    // A forged mark around one of ours: still ours, and nothing of the forged one.
    const wrapper = document.createElement('caselens-mark');
    wrapper.setAttribute('data-caselens-entity', 'nayib-bukele');
    real.replaceWith(wrapper);
    wrapper.append(real);
    expect(markOf(real.firstChild)).toBe(real);
    // A rewritten attribute changes nothing: the entity is the one we marked.
    real.setAttribute('data-caselens-entity', 'nayib-bukele');
    expect(entityOf(real)).toBe('paula-xinis');
    expect(entityOf(forged)).toBeNull();
  });

  it('reveals our mark, not a look-alike placed before it', () => {
    const { real, forged } = page();
    forged.remove();
    document.body.prepend(forged);
    real.scrollIntoView = () => undefined;
    forged.scrollIntoView = () => undefined;
    expect(revealEntity(document, 'paula-xinis')).toBe(true);
    expect(real.hasAttribute('data-caselens-flash')).toBe(true);
    expect(forged.hasAttribute('data-caselens-flash')).toBe(false);
  });
});

describe('hover glue and card host', () => {
  function start() {
    const fake = fakeRender();
    globals[CARD_RENDER_GLOBAL] = fake.render;
    const opened: PanelTarget[] = [];
    const host = new CardHost(document, (t) => opened.push(t), async () => undefined);
    const controller = new AbortController();
    const asked: string[] = [];
    startHover({
      doc: document,
      signal: controller.signal,
      host,
      delayMs: () => 0,
      viewFor: async (id) => {
        asked.push(id);
        return { id } as unknown as CardView;
      },
    });
    return { fake, host, opened, asked, controller };
  }
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('ignores events a page makes up, on our marks and on forged ones', async () => {
    const { real, forged } = page();
    const { fake, asked } = start();
    for (const target of [real, forged]) {
      for (const type of ['pointerover', 'mouseover', 'focusin', 'click']) target.dispatchEvent(new Event(type, { bubbles: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      target.click();
    }
    await settle();
    expect(asked).toEqual([]);
    expect(fake.shown).toEqual([]);
  });

  it('closes the card\'s shadow root and opens the panel once for clicks within the gap', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { real } = page();
    const { host, fake, opened } = start();
    await host.prepare();
    host.show({ id: 'paula-xinis' } as unknown as CardView, real, new Date());
    expect(host.element).toBeDefined();
    expect(host.element?.shadowRoot).toBeNull();
    const target = { caseId: 'abrego-garcia-v-noem' } as PanelTarget;
    fake.click(target);
    fake.click(target);
    vi.advanceTimersByTime(PANEL_CLICK_GAP_MS - 1);
    fake.click(target);
    expect(opened).toHaveLength(1);
    vi.advanceTimersByTime(2);
    fake.click(target);
    expect(opened).toHaveLength(2);
  });
});

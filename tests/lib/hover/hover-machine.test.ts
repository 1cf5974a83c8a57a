import { describe, expect, it } from 'vitest';
import { hoverReducer, initialHoverState, isCardShown, type HoverAction, type HoverState } from '../../../lib/hover/hover-machine';

type S = HoverState<string>;
const run = (actions: HoverAction<string>[], from: S = initialHoverState()) => actions.reduce(hoverReducer, from);
const enter = (anchor = 'xinis', via: 'pointer' | 'focus' = 'pointer'): HoverAction<string> => ({ type: 'enter', anchor, entityId: anchor, via });

describe('hover card transitions', () => {
  it.each<[string, HoverAction<string>[], S['phase']]>([
    ['enter waits for the dwell', [enter()], 'pending'],
    ['dwell starts loading', [enter(), { type: 'dwell', token: 1 }], 'loading'],
    ['loaded opens the card', [enter(), { type: 'dwell', token: 1 }, { type: 'loaded', token: 1 }], 'open'],
    ['a passing pointer never opens it', [enter(), { type: 'leave' }, { type: 'dwell', token: 1 }], 'idle'],
    ['leaving an open card starts the grace', [enter(), { type: 'dwell', token: 1 }, { type: 'loaded', token: 1 }, { type: 'leave' }], 'closing'],
    ['reaching the card within the grace keeps it', [enter(), { type: 'dwell', token: 1 }, { type: 'loaded', token: 1 }, { type: 'leave' }, { type: 'enterCard' }], 'open'],
    ['coming back to the name keeps it', [enter(), { type: 'dwell', token: 1 }, { type: 'loaded', token: 1 }, { type: 'leave' }, enter()], 'open'],
    ['the grace running out closes it', [enter(), { type: 'dwell', token: 1 }, { type: 'loaded', token: 1 }, { type: 'leave' }, { type: 'grace', token: 1 }], 'idle'],
    ['escape closes it', [enter(), { type: 'dwell', token: 1 }, { type: 'loaded', token: 1 }, { type: 'dismiss' }], 'idle'],
    ['a grace timer never closes a hovered card', [enter(), { type: 'dwell', token: 1 }, { type: 'loaded', token: 1 }, { type: 'grace', token: 1 }], 'open'],
  ])('%s', (_name, actions, phase) => {
    expect(run(actions).phase).toBe(phase);
  });

  it('drops a stale dwell or result from an earlier hover', () => {
    const s = run([enter('xinis'), enter('bukele'), { type: 'dwell', token: 1 }]);
    expect(s).toMatchObject({ phase: 'pending', token: 2, anchor: 'bukele' });
    const loading = run([{ type: 'dwell', token: 2 }, { type: 'loaded', token: 1 }], s);
    expect(loading.phase).toBe('loading');
  });

  it('moving to another name restarts the dwell with a new token', () => {
    const open = run([enter('xinis'), { type: 'dwell', token: 1 }, { type: 'loaded', token: 1 }]);
    const next = hoverReducer(open, enter('bukele', 'focus'));
    expect(next).toMatchObject({ phase: 'pending', token: 2, anchor: 'bukele', via: 'focus' });
    expect(isCardShown(next)).toBe(false);
  });
});

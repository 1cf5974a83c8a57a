/** The background's checked onMessage: a refused message never reaches its handler; a good one does, parsed. */
import type { ExtensionMessenger } from '@webext-core/messaging';
import { describe, expect, it, vi } from 'vitest';
import { checkedMessaging } from '../../../entrypoints/background/checked-messaging';
import type { ProtocolMap } from '../../../lib/protocol';

const BASE = 'chrome-extension://abcdefghijklmnop/';
type Listener = (message: { id: number; type: string; timestamp: number; data: unknown; sender: unknown }) => unknown;

function fakeMessenger() {
  const listeners = new Map<string, Listener>();
  const messenger = {
    sendMessage: vi.fn(),
    removeAllListeners: vi.fn(),
    onMessage: (type: string, listener: Listener) => {
      listeners.set(type, listener);
      return () => listeners.delete(type);
    },
  } as unknown as ExtensionMessenger<ProtocolMap>;
  const deliver = async (type: string, data: unknown, sender: unknown) => listeners.get(type)!({ id: 1, type, timestamp: 0, data, sender });
  return { messenger, deliver };
}

const page = { url: 'https://apnews.com/article/x', tab: { id: 4 }, frameId: 0 };
const popup = { url: `${BASE}popup.html` };

describe('checkedMessaging', () => {
  it('calls the handler only for a good sender and good data, with the data as parsed', async () => {
    const { messenger, deliver } = fakeMessenger();
    const handler = vi.fn(() => []);
    checkedMessaging(messenger, BASE).onMessage('matchBlocks', handler);
    await expect(deliver('matchBlocks', { pass: 'p', first: 1e9, texts: [] }, page)).rejects.toThrow(/Refused: matchBlocks: first/);
    await expect(deliver('matchBlocks', { pass: 'p', first: 0, texts: [] }, popup)).rejects.toThrow(/Refused: matchBlocks: only a content script/);
    expect(handler).not.toHaveBeenCalled();
    await deliver('matchBlocks', { pass: 'p', first: 0, texts: ['a'] }, page);
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ data: { pass: 'p', first: 0, texts: ['a'] }, sender: page }));
  });

  it('keeps getTabResults and checkUpdatesNow to the extension\'s pages', async () => {
    const { messenger, deliver } = fakeMessenger();
    const checked = checkedMessaging(messenger, BASE);
    const tabResults = vi.fn(() => ({ results: null, saveError: null }));
    const checkNow = vi.fn(() => ({ dataset: null, courtListener: null, courtListenerSearch: null }));
    checked.onMessage('getTabResults', tabResults);
    checked.onMessage('checkUpdatesNow', checkNow);
    await expect(deliver('getTabResults', 7, page)).rejects.toThrow(/only the extension's own pages/);
    await expect(deliver('checkUpdatesNow', undefined, page)).rejects.toThrow(/only the extension's own pages/);
    expect(tabResults).not.toHaveBeenCalled();
    expect(checkNow).not.toHaveBeenCalled();
    await deliver('getTabResults', 7, popup);
    await deliver('checkUpdatesNow', undefined, { url: `${BASE}options.html` });
    expect(tabResults).toHaveBeenCalledTimes(1);
    expect(checkNow).toHaveBeenCalledTimes(1);
  });

  it('refuses to listen for a message without a rule', () => {
    const { messenger } = fakeMessenger();
    expect(() => checkedMessaging(messenger, BASE).onMessage('ping', () => 'pong')).toThrow(/No MESSAGE_RULES entry/);
  });
});

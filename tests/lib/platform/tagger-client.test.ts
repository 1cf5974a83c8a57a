/** The tagger worker's client: answers by id, checked; a deadline per request; a crashed worker restarts, then gives up. */
import { describe, expect, it } from 'vitest';
import { MAX_STARTS, taggerClient, type WorkerLike } from '../../../lib/platform/tagger-client';

const term = { text: 'Cook', post: ' ', tags: ['ProperNoun'], start: 0, length: 4 };

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  sent: { id: number; sentences: string[] }[] = [];
  terminated = false;
  postMessage(m: unknown) {
    this.sent.push(m as { id: number; sentences: string[] });
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  crash() {
    this.onerror?.({} as ErrorEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

function setup(timeoutMs = 1_000) {
  const workers: FakeWorker[] = [];
  const client = taggerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  }, timeoutMs);
  return { client, workers };
}

describe('taggerClient', () => {
  it('starts the worker on warm() and matches answers to requests by id', async () => {
    const { client, workers } = setup();
    client.warm();
    expect(workers).toHaveLength(1);
    const a = client.tag(['Cook said.']);
    const b = client.tag(['Jackson wrote.']);
    const [w] = workers;
    w!.answer({ id: w!.sent[1]!.id, terms: [[{ ...term, text: 'Jackson', length: 7 }]] });
    w!.answer({ id: w!.sent[0]!.id, terms: [[term]] });
    expect(await a).toEqual([[term]]);
    expect((await b)[0]![0]!.text).toBe('Jackson');
    expect(workers).toHaveLength(1);
  });

  it('ignores a malformed answer and rejects a request past its deadline', async () => {
    const { client, workers } = setup(50);
    const p = client.tag(['Cook said.']);
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, terms: [[{ text: 1 }]] });
    await expect(p).rejects.toThrow(/within 50 ms/);
  });

  it('rejects when the worker refuses', async () => {
    const { client, workers } = setup();
    const p = client.tag(['x']);
    workers[0]!.answer({ id: workers[0]!.sent[0]!.id, error: 'malformed request' });
    await expect(p).rejects.toThrow(/refused: malformed request/);
  });

  it('starts a crashed worker again, at most MAX_STARTS times, then refuses at once', async () => {
    const { client, workers } = setup();
    for (let i = 0; i < MAX_STARTS; i++) {
      const p = client.tag(['x']);
      workers[i]!.crash();
      await expect(p).rejects.toThrow(/failed/);
      expect(workers[i]!.terminated).toBe(true);
    }
    await expect(client.tag(['x'])).rejects.toThrow(/not available/);
    expect(workers).toHaveLength(MAX_STARTS);
  });
});

/** The scanner CLI, spawned as users run it: JSON shape, exit code 2 on a missing file, --entities. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const scan = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tests/tools/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run scan', () => {
  it('prints one JSON array of files and mentions; a missing file gives exit 2 and the others are reported', () => {
    const r = scan('--json', 'tests/fixtures/articles/transcript.txt', 'no/such/file.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/file.txt');
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('no/such'))).toHaveLength(1);
    const out = JSON.parse(r.stdout) as { file: string; mentions: Record<string, unknown>[] }[];
    expect(out).toHaveLength(1);
    expect(out[0]!.file).toBe('tests/fixtures/articles/transcript.txt');
    expect(out[0]!.mentions[0]).toEqual({ start: expect.any(Number), end: expect.any(Number), text: 'Maryland', entityId: 'maryland', name: 'Maryland', type: 'place' });
  }, 60_000);

  it('settles look-alikes with the tagger ("Gov. Perry" is not Judge April Perry), and not with --no-tagger', () => {
    const perry = (...flags: string[]) => {
      const r = scan('--json', ...flags, 'tests/fixtures/lookalikes/perry.txt');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as { mentions: { text: string; entityId: string }[] }[];
      return (out[0]?.mentions ?? []).filter((m) => m.entityId === 'april-perry').map((m) => m.text);
    };
    expect(perry()).toEqual(['April Perry', 'Perry']);
    expect(perry('--no-tagger')).toEqual(['April Perry', 'Perry', 'Perry']);
  }, 60_000);

  it('lists the entities and cases with --entities', () => {
    const r = scan('--entities');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { id: string; name: string; type: string; aliases: string[] }[];
    expect(out.find((e) => e.id === 'paula-xinis')).toMatchObject({ name: 'Paula Xinis', type: 'person' });
    expect(out.some((e) => e.type === 'case')).toBe(true);
    expect(out.every((e) => e.aliases.every((a) => typeof a === 'string'))).toBe(true);
  }, 60_000);
});

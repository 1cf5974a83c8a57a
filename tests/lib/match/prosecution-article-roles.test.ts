/**
 * Our own article about the Letitia James appeal (tests/fixtures/articles/james-appeal.txt), scanned with
 * the bundled dataset the way the extension does it: the matcher finds the names, the relevance rule says
 * which case the page is about, and each person's card shows their role in that case, not in another.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../assets/dataset/index';
import { cardViewFor } from '../../../lib/hover/card-view';
import { casesMentioned, compileMatcher, findMentions } from '../../../lib/match/index';
import { indexDataset } from '../../../lib/view/dataset-index';

const ARTICLE = path.resolve(__dirname, '../../fixtures/articles/james-appeal.txt');
const JAMES_CASE = 'united-states-v-james';
const now = new Date('2026-12-01T00:00:00Z');

const matcher = compileMatcher(bundledDataset);
const index = indexDataset(bundledDataset);
const mentions = findMentions(matcher, readFileSync(ARTICLE, 'utf8'));
const counts: Record<string, number> = {};
for (const m of mentions) counts[m.entityId] = (counts[m.entityId] ?? 0) + 1;
const caseIds = casesMentioned(matcher.targets, counts);
const card = (id: string) => cardViewFor(id, index, { counts, caseIds }, now);
const roleIn = (entityId: string, caseId: string) =>
  bundledDataset.entities.find((e) => e.id === entityId)?.roles.find((r) => r.caseId === caseId)?.role;

describe('an article about the Letitia James appeal', () => {
  it('is about the James case only, though it names Comey and two people of his case', () => {
    expect(caseIds).toEqual([JAMES_CASE]);
  });

  it('reads a bare "James" as Letitia James, and "James Comey" as Comey', () => {
    const bare = mentions.filter((m) => m.text === 'James');
    expect(bare.length).toBeGreaterThanOrEqual(3);
    expect(new Set(bare.map((m) => m.entityId))).toEqual(new Set(['letitia-james']));
    expect(mentions.find((m) => m.text === 'James Comey')?.entityId).toBe('james-comey');
  });

  it.each([
    ['letitia-james', /^Defendant/],
    ['lindsey-halligan', /signed the indictment/],
    ['cameron-currie', /dismissed the indictment/],
    ['jamar-walker', /^Presiding judge/],
    ['william-porter', /seal/],
    ['abbe-lowell', /defense lawyer/],
    ['pam-bondi', /installed Halligan/],
  ])('shows %s with their role in the James case', (id, role) => {
    expect(counts[id]).toBeGreaterThan(0);
    const view = card(id);
    expect(view?.roles[0]?.caseId).toBe(JAMES_CASE);
    expect(view?.roles[0]?.role).toBe(roleIn(id, JAMES_CASE));
    expect(view?.roles[0]?.role).toMatch(role);
    expect(view?.roles.map((r) => r.caseId)).toEqual([JAMES_CASE]);
    expect(view?.case?.item.id).toBe(JAMES_CASE);
    expect(view?.case?.item.status).toBe('on-appeal');
  });

  it('shows Halligan and Currie, who are in both prosecutions, with the Comey case as another case', () => {
    expect(card('lindsey-halligan')?.otherCases).toBe(1);
    expect(card('cameron-currie')?.otherCases).toBe(1);
  });

  it('shows Abbe Lowell as James\'s lawyer here, not as Lisa Cook\'s', () => {
    expect(card('abbe-lowell')?.roles[0]?.role).not.toMatch(/Cook/);
  });
});

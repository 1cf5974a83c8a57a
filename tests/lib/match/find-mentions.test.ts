/** Table-driven: [sentence, expected mentions as "text=entityId"], against the inline test dataset. */
import { describe, expect, it } from 'vitest';
import { compromiseDisambiguator } from '../../../lib/match/disambiguate-compromise';
import { casesMentioned, compileMatcher, createPageContext, findMentions, findPageMentions } from '../../../lib/match/index';
import { testDataset } from './test-dataset';

const matcher = compileMatcher(testDataset);
const tagger = compromiseDisambiguator();
const show = (text: string, withTagger = false) =>
  findMentions(matcher, text, withTagger ? { disambiguate: tagger } : {}).map((m) => `${m.text}=${m.entityId}`);

const CASES: [string, string[]][] = [
  ['Paula Xinis ruled on Friday.', ['Paula Xinis=paula-xinis']],
  ['Judge Xinis ruled on Friday.', ['Xinis=paula-xinis']],
  ['U.S. District Judge Paula Xinis ruled.', ['Paula Xinis=paula-xinis']],
  ["Xinis's order stands.", ['Xinis=paula-xinis']],
  ['Xinis’s order stands.', ['Xinis=paula-xinis']],
  ["Bukele's government refused.", ['Bukele=nayib-bukele']],
  ['Kilmar Armando Abrego Garcia was deported.', ['Kilmar Armando Abrego Garcia=kilmar-abrego-garcia']],
  ['Kilmar Ábrego García was deported.', ['Kilmar Ábrego García=kilmar-abrego-garcia']],
  ['Ábrego García was deported.', ['Ábrego García=kilmar-abrego-garcia']],
  ['Abrego-Garcia was deported.', ['Abrego-Garcia=kilmar-abrego-garcia']],
  ['Mr. Abrego Garcia spoke.', ['Abrego Garcia=kilmar-abrego-garcia']],
  ['KILMAR ABREGO GARCIA: Thank you all.', ['KILMAR ABREGO GARCIA=kilmar-abrego-garcia']],
  ['JUDGE ORDERS RETURN OF KILMAR ABREGO GARCIA', ['KILMAR ABREGO GARCIA=kilmar-abrego-garcia']],
  ['Secretary of State Marco Rubio said so.', ['Marco Rubio=marco-rubio']],
  ['Secretary Rubio said so.', ['Rubio=marco-rubio']],
  ['President Trump spoke.', ['Trump=donald-trump']],
  ['Kilmar Abrego\nGarcia was deported.', ['Kilmar Abrego\nGarcia=kilmar-abrego-garcia']],
  ['DHS lawyer Mazarra signed.', ['DHS=dhs', 'Mazarra=joseph-mazzara']],
  ['Kilmer Abrego Garcia was deported.', ['Kilmer Abrego Garcia=kilmar-abrego-garcia']],
  ['ICE detained him; DHS and DOJ disagreed.', ['ICE=ice', 'DHS=dhs', 'DOJ=doj']],
  ['ICE’s agents came.', ['ICE=ice']],
  ['He was sent to CECOT.', ['CECOT=cecot']],
  ['He was sent to the Cecot prison.', ['Cecot=cecot']],
  ['He was accused of MS-13 ties.', ['MS-13=ms-13']],
  ['Members of Mara Salvatrucha were sent.', ['Mara Salvatrucha=ms-13']],
  ["Abrego Garcia's case went to the Supreme Court.", ['Abrego Garcia=kilmar-abrego-garcia', 'Supreme Court=supreme-court']],
  ['In Noem v. Abrego Garcia the U.S. Supreme Court ruled.', ['Noem v. Abrego Garcia=noem-v-agv', 'U.S. Supreme Court=supreme-court']],
  ['For Abrego Garcia, the Fourth Circuit denied the stay.', ['Abrego Garcia=kilmar-abrego-garcia', 'Fourth Circuit=fourth-circuit']],
  ['Abrego Garcia was flown to El Salvador.', ['Abrego Garcia=kilmar-abrego-garcia', 'El Salvador=el-salvador']],
  ['the Justice Department and Homeland Security', ['Justice Department=doj', 'Homeland Security=dhs']],
  ['U.S. Immigration and Customs Enforcement detained him.', ['U.S. Immigration and Customs Enforcement=ice']],
  ['Immigration and Customs Enforcement (ICE) detained him.', ['Immigration and Customs Enforcement=ice', 'ICE=ice']],
  ['Abrego Garcia v. Noem is pending.', ['Abrego Garcia v. Noem=agv-noem']],
  ['Judge Robert King joined.', ['Robert King=robert-king']],
  ['Chief Justice Roberts wrote.', ['Roberts=john-roberts']],
];

describe('findMentions: every news form', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
    expect(show(text, true)).toEqual(expected);
  });

  it('mention offsets are exact JS string offsets', () => {
    const text = 'On Friday, Judge Paula Xinis ruled.';
    const [m] = findMentions(matcher, text);
    expect(m).toMatchObject({ start: 17, end: 28, text: 'Paula Xinis', entityId: 'paula-xinis', name: 'Paula Xinis', type: 'person' });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });
});

describe('contextual names need the page', () => {
  it.each([
    ['Kilmar Abrego Garcia was deported. Abrego said he was afraid. Garcia wept.', ['Kilmar Abrego Garcia', 'Abrego', 'Garcia']],
    ['Abrego said he was afraid. Garcia wept.', []],
    ['Donald Trump spoke. Trump said more.', ['Donald Trump', 'Trump']],
    ['Trump said more.', []],
    ['Paula Xinis and Nayib Bukele were named. Trump said more.', ['Paula Xinis', 'Nayib Bukele', 'Trump']],
  ])('%s', (text, expected) => {
    expect(findMentions(matcher, text).map((m) => m.text)).toEqual(expected);
  });

  it('uses every block of the page', () => {
    const blocks = ['Kilmar Abrego Garcia was deported in March.', 'Garcia remains in custody.', 'Unrelated paragraph.'];
    const out = findPageMentions(matcher, blocks);
    expect(out.map((b) => b.map((m) => m.text))).toEqual([['Kilmar Abrego Garcia'], ['Garcia'], []]);
  });

  it('resolves a block added after the first resolve with the whole page', () => {
    const page = createPageContext(matcher);
    const late = page.addBlock('Garcia remains in custody.');
    expect(page.resolveBlock(late)).toEqual([]);
    page.addBlock('Kilmar Abrego Garcia was deported.');
    expect(page.resolveBlock(late).map((m) => m.text)).toEqual(['Garcia']);
    expect(page.blockCount).toBe(2);
  });

  it('ambiguous surnames need a strong mention of their own person', () => {
    expect(show('Stephen Miller spoke. Miller said more.')).toEqual(['Stephen Miller=stephen-miller', 'Miller=stephen-miller']);
    expect(show('Miller said more.')).toEqual([]);
  });
});

describe('relevance: famous names, places and courts only on a page about one of their cases', () => {
  it.each([
    ['JD Vance spoke at a rally.', []],
    ['JD Vance spoke about Paula Xinis.', ['JD Vance', 'Paula Xinis']],
    ['Abrego Garcia v. Noem is pending, JD Vance said.', ['Abrego Garcia v. Noem', 'JD Vance']],
    ['Maryland voted.', []],
    ['The case went to the Supreme Court.', []],
    ['He was flown to El Salvador.', []],
    ['Kilmar Abrego Garcia lives in Maryland.', ['Kilmar Abrego Garcia', 'Maryland']],
    // Famous names and places never make a page about a case on their own.
    ['JD Vance went to Maryland and El Salvador.', []],
    // The case a court or place belongs to must be one the page is about.
    ['Paula Xinis ruled; the Fourth Circuit agreed.', ['Paula Xinis']],
  ])('%s', (text, expected) => {
    expect(findMentions(matcher, text).map((m) => m.text)).toEqual(expected);
  });

  it('applies across the blocks of a page', () => {
    const out = findPageMentions(matcher, ['JD Vance spoke in Maryland.', 'Later, Judge Paula Xinis ruled.']);
    expect(out.map((b) => b.map((m) => m.text))).toEqual([['JD Vance', 'Maryland'], ['Paula Xinis']]);
  });
});

describe('the tagger settles a sentence-initial capitalized word', () => {
  const page = 'Kilmar Abrego Garcia was deported.\nDeported Garcia returns home.';
  it('without the tagger, the unknown word is taken as a first name', () => {
    expect(show(page)).toEqual(['Kilmar Abrego Garcia=kilmar-abrego-garcia']);
  });
  it('with the tagger, a verb is not a first name', () => {
    expect(show(page, true)).toEqual(['Kilmar Abrego Garcia=kilmar-abrego-garcia', 'Garcia=kilmar-abrego-garcia']);
  });
});

describe('what a page is about: each specific name counts for its best-supported cases', () => {
  const m = compileMatcher({
    ...testDataset,
    entities: [
      ...testDataset.entities,
      // A judge in two cases, and the other people of one of them.
      { ...testDataset.entities[0]!, id: 'two-case-judge', name: 'Hortensia Two', aliases: [], roles: ['agv-noem', 'noem-v-agv'].map((caseId) => ({ caseId, role: 'judge', sources: testDataset.entities[0]!.sources })) },
    ],
  });
  const about = (text: string) => {
    const counts: Record<string, number> = {};
    for (const x of findMentions(m, text)) counts[x.entityId] = (counts[x.entityId] ?? 0) + 1;
    return casesMentioned(m.targets, counts).sort();
  };
  it.each([
    ['Hortensia Two ruled.', ['agv-noem', 'noem-v-agv']],
    ['Hortensia Two ruled after Paula Xinis did.', ['agv-noem']],
    ['Hortensia Two ruled in Noem v. Abrego Garcia.', ['noem-v-agv']],
    ['JD Vance spoke.', []],
  ])('%s', (text, cases) => expect(about(text)).toEqual(cases));
});

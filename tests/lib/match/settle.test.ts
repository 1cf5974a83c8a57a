/**
 * The decision for names the rules can't settle (lib/match/settle), one row per look-alike. The sentence's
 * tags are written here as compromise gives them (checked against `compromise/two` on these sentences),
 * so the decision is tested without the tagger.
 */
import { describe, expect, it } from 'vitest';
import { settle, type SettleOption, type Settled, type TaggedTerm } from '../../../lib/match/settle';

/** "Gov.:Honorific Perry:Person signed:Verb": words with their tags; a word's `post` is what follows it. */
function sentence(spec: string): { text: string; terms: TaggedTerm[] } {
  const terms: TaggedTerm[] = [];
  let text = '';
  for (const part of spec.split(' ')) {
    const [raw = '', tagList = ''] = part.split(':');
    const word = raw.replace(/[,.]$/, '');
    const start = text.length;
    text += `${raw} `;
    terms.push({ text: word, start, end: start + word.length, tags: tagList.split('+').filter(Boolean), post: `${raw.slice(word.length)} ` });
  }
  return { text, terms };
}

const person = (id: string, tokens: string, namedOnPage = false): SettleOption => ({ id, type: 'person', ownTokens: tokens.split(' '), namedOnPage });
const LISA_COOK = person('lisa-cook', 'lisa d cook governor', true);
const APRIL_PERRY = person('april-perry', 'april m perry judge', true);
const CHARLES_BREYER = person('charles-breyer', 'charles r breyer judge', true);
const KBJ = person('ketanji-brown-jackson', 'ketanji brown jackson justice');
const CLARENCE_THOMAS = person('clarence-thomas', 'clarence thomas justice');
const BRIAN_MURPHY = person('brian-murphy', 'brian e murphy judge', true);
const LETITIA_JAMES = person('letitia-james', 'letitia james');
const DREW_ENSIGN = person('drew-ensign', 'drew ensign', true);
const JOHN_BOLTON = person('john-bolton', 'john bolton');

const P = 'Noun+Person+ProperNoun';
const FIRST = 'Noun+Person+FirstName+ProperNoun';
const LAST = 'Noun+Person+ProperNoun+LastName';

/** [sentence spec, the word in question, the options, expected entity (null: none), expected cue] */
const ROWS: [string, string, SettleOption[], string | null, Settled['cue']][] = [
  ['Tim:' + FIRST + ' Cook:' + LAST + ' unveiled:Verb a:Determiner phone:Noun', 'Cook', [LISA_COOK], null, 'first-name'],
  ['Cook:Noun+Actor+Singular said:Verb she:Pronoun would:Verb win:Verb', 'Cook', [LISA_COOK], 'lisa-cook', 'default'],
  ["Cook's:Noun+Actor+Possessive lawyers:Noun+Plural filed:Verb", 'Cook', [LISA_COOK], 'lisa-cook', 'default'],
  ['Cook:' + P + ' County:Noun+Place officials:Noun+Plural met:Verb', 'Cook', [LISA_COOK], null, 'place-after'],
  ['Cook:Verb+Imperative the:Determiner onions:Noun+Plural slowly:Adverb', 'Cook', [LISA_COOK], null, 'not-a-name'],
  ['a:Determiner cook:Noun+Actor made:Verb soup:Noun', 'cook', [LISA_COOK], null, 'lowercase'],
  ['Katy:' + FIRST + ' Perry:' + LAST + ' sang:Verb', 'Perry', [APRIL_PERRY], null, 'first-name'],
  ['Rick:' + FIRST + ' Perry:' + LAST + ' spoke:Verb', 'Perry', [APRIL_PERRY], null, 'first-name'],
  ['Gov.:Abbreviation+Honorific+Person Perry:' + P + ' signed:Verb it:Pronoun', 'Perry', [APRIL_PERRY], null, 'title'],
  ['Judge:Noun+Actor Perry:' + P + ' ruled:Verb', 'Perry', [APRIL_PERRY], 'april-perry', 'title'],
  ['Justice:Adjective Breyer:ProperNoun+Noun retired:Verb', 'Breyer', [CHARLES_BREYER], null, 'title'],
  ['Breyer:ProperNoun+Noun said:Verb the:Determiner deployment:Noun was:Verb illegal:Adjective', 'Breyer', [CHARLES_BREYER], 'charles-breyer', 'default'],
  ['Justice:Adjective Jackson:' + LAST + ' wrote:Verb', 'Jackson', [KBJ], 'ketanji-brown-jackson', 'title'],
  ['Jackson,:' + LAST + ' Mississippi,:Noun+Place+ProperNoun+Region flooded:Verb', 'Jackson', [KBJ], null, 'place-after'],
  ['Michael:' + FIRST + ' Jackson:' + LAST + ' sang:Verb', 'Jackson', [KBJ], null, 'first-name'],
  ['Jackson,:' + LAST + ' Kagan:' + LAST + ' and:Conjunction Sotomayor:' + LAST + ' dissented:Verb', 'Jackson', [KBJ], 'ketanji-brown-jackson', 'default'],
  ['Lowell,:' + FIRST + ' Massachusetts,:' + LAST + ' is:Verb far:Adjective', 'Lowell', [person('abbe-lowell', 'abbe lowell')], null, 'place-after'],
  ['Bolton,:Noun+Place+ProperNoun England:Noun+Place+ProperNoun+Country is:Verb rainy:Adjective', 'Bolton', [JOHN_BOLTON], null, 'place-after'],
  ['Bolton:' + P + ' wrote:Verb a:Determiner memoir:Noun', 'Bolton', [JOHN_BOLTON], 'john-bolton', 'default'],
  ['LeBron:' + FIRST + ' James:' + LAST + ' scored:Verb', 'James', [LETITIA_JAMES], null, 'first-name'],
  ['James:' + FIRST + ' Comey:' + LAST + ' testified:Verb', 'James', [LETITIA_JAMES], null, 'first-name'],
  ['Attorney:Noun+Actor General:Noun+Actor James:' + FIRST + ' sued:Verb', 'James', [LETITIA_JAMES], 'letitia-james', 'default'],
  ['Sen.:Abbreviation+Honorific+Person Chris:' + FIRST + ' Murphy:' + LAST + ' spoke:Verb', 'Murphy', [BRIAN_MURPHY], null, 'first-name'],
  ['Sen.:Abbreviation+Honorific+Person Murphy:' + P + ' spoke:Verb', 'Murphy', [BRIAN_MURPHY], null, 'title'],
  ['Thomas:' + FIRST + ' Jefferson:' + LAST + ' wrote:Verb', 'Thomas', [CLARENCE_THOMAS], null, 'first-name'],
  ['Thomas:' + FIRST + ' dissented:Verb', 'Thomas', [CLARENCE_THOMAS], 'clarence-thomas', 'default'],
  ['Ensign:Infinitive+Verb said:Verb the:Determiner decision:Noun', 'Ensign', [DREW_ENSIGN], 'drew-ensign', 'default'],
  ['Murphy:' + P + ' ruled:Verb', 'Murphy', [BRIAN_MURPHY, person('chris-murphy', 'chris murphy')], 'brian-murphy', 'page'],
  ['Cook:' + P + ' said:Verb nothing:Noun', 'Cook', [{ ...LISA_COOK, otherBearerNearer: true }], null, 'other-bearer'],
  ['Cook:' + P + ' said:Verb nothing:Noun', 'Cook', [{ ...LISA_COOK, otherBearerNearer: false }], 'lisa-cook', 'default'],
  ['Murphy:' + P + ' ruled:Verb', 'Murphy', [person('a-murphy', 'a murphy'), person('b-murphy', 'b murphy')], null, 'page'],
];

describe('settle: names the rules cannot settle', () => {
  it.each(ROWS)('%s [%s]', (spec, word, options, entityId, cue) => {
    const { text, terms } = sentence(spec);
    const start = text.indexOf(word);
    expect(settle({ start, end: start + word.length, terms, options })).toEqual({ entityId, cue });
  });

  it('keeps the rules’ choice when the tagger gave nothing for the span', () => {
    expect(settle({ start: 0, end: 4, terms: [], options: [LISA_COOK] })).toEqual({ entityId: 'lisa-cook', cue: 'default' });
  });
});

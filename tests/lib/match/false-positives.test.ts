/**
 * Look-alikes that must not be marked: other people with a dataset surname, ordinary words, places and
 * companies that share a name. Each row: [text, mentions that ARE expected (usually none)].
 */
import { describe, expect, it } from 'vitest';
import { compromiseDisambiguator } from '../../../lib/match/disambiguate-compromise';
import { compileMatcher, findMentions } from '../../../lib/match/index';
import { testDataset } from './test-dataset';

const matcher = compileMatcher(testDataset);
const tagger = compromiseDisambiguator();

const LOOK_ALIKES: [string, string[]][] = [
  ['Rep. Sylvia Garcia of Houston spoke. Garcia said the bill would pass.', []],
  ['Sylvia Garcia spoke. Garcia said the bill would pass.', []],
  ['Jerry Garcia played guitar. Garcia died in 1995.', []],
  ['Kilmar Abrego Garcia was deported. Rep. Sylvia Garcia objected, and Garcia said so.', ['Kilmar Abrego Garcia']],
  ['You can trump any card with a heart.', []],
  ['Donald Trump spoke. Nothing could trump that.', ['Donald Trump']],
  ['The apartment in Trump Tower sold for millions.', []],
  ['Donald Trump spoke at Trump Tower.', ['Donald Trump']],
  ['The Trump Organization filed papers.', []],
  ['Melania Trump and Ivanka Trump attended.', []],
  ['Eric Trump and Lara Trump spoke.', []],
  ['Donald Trump Jr. spoke at the rally.', []],
  ['Surfers crowded Bondi Beach on Sunday.', []],
  ['Sen. Marco Rubio met Ana Rubio. Maria Rubio said no.', ['Marco Rubio']],
  ['Officer Daniel Cerna responded to the call.', []],
  ['Stephen King wrote a new novel. King said he wrote it fast.', []],
  ['Robert B. King joined; Stephen King did not.', ['Robert B. King']],
  ['Sienna Miller starred. Miller said she loved it.', []],
  ['Michael Jackson sang. Jackson moonwalked.', []],
  ['Julia Roberts smiled. Roberts won an Oscar.', []],
  ['Johnnie Walker whisky. Walker bottled it.', []],
  ['Taylor Swift toured. Taylor sang.', []],
  ['Drivers slipped on black ice overnight.', []],
  ['Kilmar Abrego Garcia sued; the Homeland Security Act of 2002 created the department.', ['Kilmar Abrego Garcia']],
  ['WINTER STORM BRINGS ICE AND SNOW TO TEXAS', []],
  ['Intercontinental Exchange (ICE) reported earnings. ICE shares rose.', []],
  ['Older cars with an internal combustion engine (ICE) pollute more. ICE vehicles are banned.', []],
  ['The Icelandic team visited ICEland and Xinisville.', []],
  ['The Texas Supreme Court ruled.', []],
  ['The Senate Homeland Security Committee met.', []],
  ['Ice Cube performed; Ice hockey resumed.', []],
  ['noem and xinis in lower case', []],
  ['Jackson Hole hosts the meeting. King Street is closed.', []],
];

describe('false positives: look-alikes are not marked', () => {
  it.each(LOOK_ALIKES)('%s', (text, expected) => {
    expect(findMentions(matcher, text).map((m) => m.text)).toEqual(expected);
    expect(findMentions(matcher, text, { disambiguate: tagger }).map((m) => m.text)).toEqual(expected);
  });
});

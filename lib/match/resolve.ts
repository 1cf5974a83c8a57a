/**
 * Pass 2 for one block: decides each candidate with the page's evidence, longest match first, and turns
 * the winners into mentions. A candidate the rules cannot settle is left unmarked, not guessed.
 */
import { tokenOf, withTokenCache } from './block-tokens';
import type { Candidate, ScannedBlock } from './candidates';
import { candidateKey, isBefore, isStrong, lastBefore, type PageEvidence, type PagePosition } from './evidence';
import { localVerdict } from './rules';
import { casesNamedBy, casesSupportedBy, relevantOn } from './relevance';
import { settle } from './settle';
import type { CompiledAlias, CompiledMatcher, MatchOptions, Mention } from './types';

export interface ResolveContext {
  matcher: CompiledMatcher;
  evidence: PageEvidence;
  options: MatchOptions;
  activeCases: ReadonlySet<string>;
  conflicts: ReadonlySet<string>;
}

/** Cases the page is about (./relevance): named by a case alias, or through a person or body specific to them, named strongly. */
export function activeCases(matcher: CompiledMatcher, evidence: PageEvidence): Set<string> {
  return casesSupportedBy([...evidence.strong].map((index) => matcher.targets[index]));
}

/**
 * Cases a page is about, from the ids mentioned on it (./relevance, casesNamedBy): narrower than
 * `activeCases`, which decides where famous names may be marked.
 */
export function casesMentioned(targets: CompiledMatcher['targets'], counts: Readonly<Record<string, number>>): string[] {
  return [...casesNamedBy(targets.filter((t) => counts[t.id]))];
}

function passesLocal(ctx: ResolveContext, block: ScannedBlock, c: Candidate, alias: CompiledAlias): boolean {
  const target = ctx.matcher.targets[alias.target];
  if (!target) return false;
  const written = alias.raw.join(' ');
  if (alias.kind === 'abbreviation' && (ctx.evidence.otherAbbreviations.has(written) || ctx.evidence.cuedAliases.has(written))) return false;
  const v = localVerdict(block, c, alias, target);
  if (v.verdict !== 'unsure') return v.verdict === 'ok';
  const answer = ctx.options.disambiguate?.({ text: block.text, start: v.word.start, end: v.word.end, question: 'is-first-name' });
  return answer === false;
}

/** A strong alias the page also uses for something else counts only if another alias names the target. */
function strongAccepted(ctx: ResolveContext, block: ScannedBlock, c: Candidate, alias: CompiledAlias): boolean {
  const key = candidateKey(block, c);
  if (!ctx.conflicts.has(key) && !ctx.evidence.cuedAliases.has(alias.raw.join(' '))) return true;
  return [...(ctx.evidence.strongKeys.get(alias.target) ?? [])].some((k) => k !== key);
}

/**
 * A surname the page also gives someone else ("Tim Cook" on a page about Lisa Cook): with a tagger, it
 * still goes to ./settle, which weighs which of them the page named last.
 */
function sharedSurname(ctx: ResolveContext, block: ScannedBlock, c: Candidate, alias: CompiledAlias): boolean {
  return !!ctx.options.tagSentence && c.first === c.last && ctx.evidence.strong.has(alias.target) && ctx.evidence.bearersAt.has(candidateKey(block, c));
}

function weakAccepted(ctx: ResolveContext, block: ScannedBlock, c: Candidate, alias: CompiledAlias): boolean {
  if (ctx.conflicts.has(candidateKey(block, c))) return sharedSurname(ctx, block, c, alias);
  if (ctx.evidence.strong.has(alias.target)) return true;
  const target = ctx.matcher.targets[alias.target];
  return alias.kind === 'contextual' && !alias.ambiguous && !!target && target.caseIds.some((id) => ctx.activeCases.has(id));
}

type Decision = { kind: 'mention'; alias: CompiledAlias } | { kind: 'tie' } | { kind: 'none' };

/** A name alone the rules let through but can't vouch for: a person's surname or first name by itself. */
function unsettled(ctx: ResolveContext, c: Candidate, accepted: readonly CompiledAlias[]): boolean {
  return c.first === c.last && accepted.some((a) => a.titleLength === 0 && ctx.matcher.targets[a.target]?.type === 'person');
}

/** Asks ./settle, with the sentence's tags and the page's context, which accepted alias (if any) the candidate is. */
function settled(ctx: ResolveContext, block: ScannedBlock, c: Candidate, accepted: readonly CompiledAlias[], blockIndex: number): Decision {
  const first = tokenOf(block, c.first);
  const last = tokenOf(block, c.last);
  if (!ctx.options.tagSentence || !first || !last) return { kind: 'none' };
  const at: PagePosition = { block: blockIndex, offset: first.start };
  const bearer = lastBefore(ctx.evidence.bearersAt.get(candidateKey(block, c)), at);
  const options = [...new Set(accepted.map((a) => a.target))].flatMap((index) => {
    const t = ctx.matcher.targets[index];
    if (!t) return [];
    const named = lastBefore(ctx.evidence.namedAt.get(index), at);
    const otherBearerNearer = !!bearer && (!named || isBefore(named, bearer));
    return [{ id: t.id, type: t.type, ownTokens: t.ownTokens, namedOnPage: ctx.evidence.strong.has(index), otherBearerNearer }];
  });
  const s = settle({ start: first.start, end: last.end, terms: ctx.options.tagSentence(block.text, first.start, last.end), options });
  const alias = accepted.find((a) => ctx.matcher.targets[a.target]?.id === s.entityId);
  return alias ? { kind: 'mention', alias } : { kind: 'none' };
}

function decide(ctx: ResolveContext, block: ScannedBlock, c: Candidate, blockIndex: number): Decision {
  const accepted: CompiledAlias[] = [];
  for (const alias of c.aliases) {
    if (!passesLocal(ctx, block, c, alias)) continue;
    if (isStrong(alias, block, c) ? strongAccepted(ctx, block, c, alias) : weakAccepted(ctx, block, c, alias)) accepted.push(alias);
  }
  // A famous name, a place or a court counts only on a page about one of its cases.
  const relevant = accepted.filter((a) => {
    const t = ctx.matcher.targets[a.target];
    return t !== undefined && relevantOn(t, ctx.activeCases);
  });
  if (relevant.length < accepted.length) accepted.splice(0, accepted.length, ...relevant);
  if (ctx.options.tagSentence && unsettled(ctx, c, accepted)) return settled(ctx, block, c, accepted, blockIndex);
  const targets = new Set(accepted.map((a) => a.target));
  if (targets.size === 1 && accepted[0]) return { kind: 'mention', alias: accepted[0] };
  if (targets.size === 0) return { kind: 'none' };
  // Cases sharing a caption ("Abrego Garcia v. Noem" names three): the one whose alias is marked main, else the first.
  if (accepted.every((a) => ctx.matcher.targets[a.target]?.type === 'case')) {
    const main = accepted.find((a) => a.main);
    return { kind: 'mention', alias: main ?? accepted.reduce((a, b) => (b.target < a.target ? b : a)) };
  }
  const backed = accepted.filter((a) => ctx.evidence.strong.has(a.target));
  const first = backed[0];
  return first && backed.every((a) => a.target === first.target) ? { kind: 'mention', alias: first } : { kind: 'tie' };
}

/** The mentions of one scanned block, in text order, never overlapping. */
export function resolveBlock(ctx: ResolveContext, scanned: ScannedBlock, blockIndex = 0): Mention[] {
  const block = withTokenCache(scanned);
  const out: Mention[] = [];
  let consumedUntil = -1;
  for (const c of block.candidates) {
    if (c.first <= consumedUntil) continue;
    const d = decide(ctx, block, c, blockIndex);
    if (d.kind === 'none') continue;
    consumedUntil = c.last;
    if (d.kind === 'tie') continue;
    const target = ctx.matcher.targets[d.alias.target];
    const startTok = tokenOf(block, c.first + d.alias.titleLength);
    const endTok = tokenOf(block, c.last);
    if (!target || !startTok || !endTok) continue;
    out.push({
      start: startTok.start,
      end: endTok.end,
      text: block.text.slice(startTok.start, endTok.end),
      entityId: target.id,
      name: target.name,
      type: target.type,
    });
  }
  return out;
}

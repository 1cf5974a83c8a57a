/**
 * The forms a target is matched by: its name, its dataset aliases, and a few forms derived from them
 * that news text uses ("Robert King" for "Robert B. King", "Mara Salvatrucha" from "MS-13 (Mara Salvatrucha)",
 * "Department of Homeland Security" from "U.S. Department of Homeland Security").
 */
import type { Alias, EntityType } from '../dataset/schema';

export interface AliasForm extends Alias {
  derived: boolean;
}

/**
 * A parenthesized part, innermost first. Linear on any text: no leading or trailing `\s*` (a run of
 * spaces before no "(" made the old pattern retry the whole run from each space: "a" + 80,000 spaces
 * took 24 s), and `[^()]` stops at the next "(" instead of rescanning to the end from every one.
 * The spaces around it are collapsed afterwards with the rest.
 */
const PARENTHETICAL = /\(([^()]*)\)/g;
const US_PREFIX = /^(?:U\.S\.|US|United States)\s+/;
const NAME_SUFFIX = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;
const MIDDLE_INITIAL = /\s+\p{Lu}\.(?=\s)/gu;
const LEADING_INITIAL = /^\p{Lu}\.\s+(?=\p{Lu}\p{Ll})/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * A name none of the rules below can change: single spaces between words, no parenthesis, no period,
 * no comma. Most names are like this; they skip the regular expressions.
 */
function isPlain(text: string): boolean {
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 46 || c === 44) return false; // ( . ,
    const isSpace = c === 32;
    if (isSpace && space) return false; // leading or double space
    if (c < 32 || (c > 126 && /\s/.test(text[i] ?? ''))) return false; // other whitespace
    space = isSpace;
  }
  return !space;
}

const MAYBE_US_OR_SUFFIX = /^(?:US|United States)\s|\s(?:Jr|Sr|II|III|IV)$/;

const NO_TEXTS: readonly string[] = [];

function variants(text: string, type: EntityType | 'case'): readonly string[] {
  if (isPlain(text) && !MAYBE_US_OR_SUFFIX.test(text)) return NO_TEXTS;
  const out = new Set<string>();
  const bare = text.replace(PARENTHETICAL, ' ').replace(/\s+/g, ' ').trim();
  out.add(bare);
  if (US_PREFIX.test(bare)) out.add(bare.replace(US_PREFIX, ''));
  if (type === 'person') {
    const noSuffix = bare.replace(NAME_SUFFIX, '');
    out.add(noSuffix);
    out.add(noSuffix.replace(MIDDLE_INITIAL, ''));
    out.add(noSuffix.replace(LEADING_INITIAL, '').replace(MIDDLE_INITIAL, ''));
  }
  out.delete(text);
  out.delete('');
  return [...out];
}

/** Parenthesized parts of a name: "(ICE)" is an abbreviation, "(Mara Salvatrucha)" another name. */
function parentheticals(text: string): AliasForm[] {
  const out: AliasForm[] = [];
  for (const m of text.matchAll(PARENTHETICAL)) {
    const inner = (m[1] ?? '').trim();
    if (!inner) continue;
    out.push({ text: inner, kind: HAS_LOWER.test(inner) ? 'name' : 'abbreviation', derived: true });
  }
  return out;
}

const NO_FORMS: readonly AliasForm[] = [];

/** The forms derived from one given form: its variants and, for a name, its parenthesized parts. */
function derivedFrom(a: AliasForm, type: EntityType | 'case'): readonly AliasForm[] {
  const texts = variants(a.text, type);
  const inner = a.kind === 'name' && a.text.includes('(') ? parentheticals(a.text) : NO_FORMS;
  if (texts.length === 0) return inner;
  return [...texts.map((text) => ({ text, kind: a.kind, ambiguous: a.ambiguous, derived: true })), ...inner];
}

/** All forms of a target, dataset aliases first; derived forms never repeat a dataset one. */
export function aliasForms(name: string | undefined, aliases: readonly Alias[], type: EntityType | 'case'): AliasForm[] {
  const out: AliasForm[] = name ? [{ text: name, kind: 'name', derived: false }] : [];
  for (const a of aliases) {
    const form: AliasForm = { text: a.text, kind: a.kind, derived: false };
    if (a.ambiguous !== undefined) form.ambiguous = a.ambiguous;
    if (a.main !== undefined) form.main = a.main;
    out.push(form);
  }
  const given = out.length;
  // Most names derive nothing: the set of texts seen is only made for the first that does.
  let seen: Set<string> | undefined;
  for (let i = 0; i < given; i++) {
    const extra = derivedFrom(out[i] as AliasForm, type);
    if (extra.length === 0) continue;
    seen ??= new Set(out.slice(0, given).map((a) => a.text));
    for (const e of extra) {
      if (seen.has(e.text)) continue;
      seen.add(e.text);
      out.push(e);
    }
  }
  return out;
}

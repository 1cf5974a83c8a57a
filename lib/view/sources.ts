/**
 * Sources as readers see them: the best first (by tier, then newest), a reprint labelled as the outlet it
 * reprints ("AP, via Lincoln Daily News"), and a flag for a claim only low-quality sources support.
 */
import { dateOrder } from '../dataset/date-spec';
import { sourceTiers, type Source, type SourceTier } from '../dataset/schema';

const TIER_RANK: Record<SourceTier, number> = Object.fromEntries(sourceTiers.map((t, i) => [t, i])) as Record<SourceTier, number>;

/** Best first: primary documents, original outlets, licensed syndication, then weak; newer first within a tier. */
export function rankSources(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier] || dateOrder(b.date) - dateOrder(a.date));
}

/** The outlet, and the site read when it was a reprint: "AP, via Lincoln Daily News". */
export function sourceLabel(s: Source): string {
  return s.via ? `${s.publisher}, via ${s.via}` : s.publisher;
}

/** True when every source of a claim is weak: the claim is "reported only by low-quality sources". */
export function onlyWeak(sources: readonly Source[]): boolean {
  return sources.length > 0 && sources.every((s) => s.tier === 'weak');
}

export const WEAK_ONLY_NOTE = 'Reported only by low-quality sources';

/** What a reader is told of each tier (the link's title). */
export const TIER_LABELS: Record<SourceTier, string> = {
  primary: 'court record or primary document',
  outlet: 'original outlet',
  syndicated: "licensed copy of the outlet's story",
  weak: 'low-quality source (reprint, blog, mirror or aggregator)',
};

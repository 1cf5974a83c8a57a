/** The side panel's case picker: cases grouped by topic, narrowed by what the reader types. */
import type { Case, Topic } from '../dataset/schema';
import { aliasKey } from '../text/normalize';

export interface TopicGroup {
  topic: Topic;
  cases: Case[];
}

/** Folded words of a case's names, caption and topic, for matching what the reader types. */
function haystack(c: Case, topic: Topic | undefined): string {
  return aliasKey([c.shortName, c.caption, topic?.label ?? '', ...c.aliases.map((a) => a.text)].join(' '));
}

/**
 * The cases whose names contain every word typed (accents, case and punctuation ignored), grouped by
 * topic in the dataset's topic order, each group in dataset order. An empty query lists everything.
 */
export function filterCases(topics: readonly Topic[], cases: readonly Case[], query: string): TopicGroup[] {
  const words = aliasKey(query).split(' ').filter(Boolean);
  const byId = new Map(topics.map((t) => [t.id, t]));
  return topics
    .map((topic) => ({
      topic,
      cases: cases.filter((c) => c.topic === topic.id && words.every((w) => haystack(c, byId.get(c.topic)).includes(w))),
    }))
    .filter((g) => g.cases.length > 0);
}

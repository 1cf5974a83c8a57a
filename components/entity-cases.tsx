import type { Case, Entity } from '../lib/dataset/schema';
import { SourceLinks } from './source-links';
import { StatusChip } from './status-chip';

/** Every case an entity is in, with their role in each (and its sources); picking one opens it. */
export function EntityCases({ entity, cases, onOpenCase }: { entity: Entity; cases: Case[]; onOpenCase: (caseId: string) => void }) {
  return (
    <section className="cl-card" aria-labelledby={`cases-of-${entity.id}`} data-entity={entity.id}>
      <h2 id={`cases-of-${entity.id}`}>
        Cases of {entity.name}
        {entity.nameNote && <span className="cl-uncertain"> ({entity.nameNote})</span>}
      </h2>
      <p className="cl-muted">{entity.title}</p>
      <ul className="cl-case-list">
        {cases.map((c) => {
          const role = entity.roles.find((r) => r.caseId === c.id);
          return (
            <li key={c.id}>
              <button type="button" className="cl-link-button" data-case={c.id} onClick={() => onOpenCase(c.id)}>
                {c.shortName}
              </button>{' '}
              <StatusChip status={c.status} />
              {role && (
                <p className="cl-small">
                  {role.role}
                  {role.uncertain && <span className="cl-uncertain"> (unconfirmed)</span>} <SourceLinks sources={role.sources} max={2} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

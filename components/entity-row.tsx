import type { FoundEntity } from '../lib/view/page-groups';

/** A found name as a compact card; its button scrolls the page to the first mention. */
export function EntityRow({ found, onReveal }: { found: FoundEntity; onReveal: (entityId: string) => void }) {
  const { entity, mentions, caseRole } = found;
  return (
    <li className="cl-entity">
      <button type="button" className="cl-entity-head" onClick={() => onReveal(entity.id)}>
        <strong>{entity.name}</strong>
        <span className="cl-visually-hidden">
          , {mentions} mention{mentions === 1 ? '' : 's'}: show on page
        </span>
        <span className="cl-count" aria-hidden="true">
          ×{mentions}
        </span>
      </button>
      <span className="cl-muted">{entity.title}</span>
      {caseRole && (
        <span className="cl-role">
          {caseRole.caseShortName}: {caseRole.role}
        </span>
      )}
    </li>
  );
}

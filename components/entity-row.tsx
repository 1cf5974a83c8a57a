import type { FoundEntity } from '../lib/view/page-groups';

/** A found name as a compact card; activating it scrolls the page to its first mention. */
export function EntityRow({ found, onReveal }: { found: FoundEntity; onReveal: (entityId: string) => void }) {
  const { entity, mentions, caseRole } = found;
  return (
    <li>
      <button
        type="button"
        className="cl-entity"
        onClick={() => onReveal(entity.id)}
        aria-label={`${entity.name}, ${mentions} mention${mentions === 1 ? '' : 's'}: show on page`}
      >
        <span className="cl-entity-head">
          <strong>{entity.name}</strong>
          <span className="cl-count" aria-hidden="true">
            ×{mentions}
          </span>
        </span>
        <span className="cl-muted">{entity.title}</span>
        {caseRole && (
          <span className="cl-role">
            {caseRole.caseShortName}: {caseRole.role}
          </span>
        )}
      </button>
    </li>
  );
}

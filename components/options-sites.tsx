import { DEFAULT_NEWS_SITES } from '../lib/sites';

/** The sites list: each default news site can be switched off; each site the user added can be removed. */
export function OptionsSites({
  disabledSites,
  enabledSites,
  onToggleDefault,
  onRemove,
}: {
  disabledSites: readonly string[];
  enabledSites: readonly string[];
  onToggleDefault: (host: string, on: boolean) => void;
  onRemove: (host: string) => void;
}) {
  return (
    <section aria-labelledby="cl-opt-sites">
      <h2 id="cl-opt-sites">Sites</h2>
      <h3>Your sites</h3>
      {enabledSites.length === 0 ? (
        <p className="cl-muted">None. To add a site, open it and switch CaseLens on from the toolbar popup.</p>
      ) : (
        <ul className="cl-list" aria-label="Sites you added">
          {enabledSites.map((host) => (
            <li key={host} className="cl-row">
              <span>{host}</span>
              <button type="button" onClick={() => onRemove(host)} aria-label={`Remove ${host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>News sites</h3>
      <ul className="cl-list cl-site-grid" aria-label="News sites">
        {DEFAULT_NEWS_SITES.map((host) => (
          <li key={host}>
            <label className="cl-switch">
              <input type="checkbox" role="switch" checked={!disabledSites.includes(host)} onChange={(e) => onToggleDefault(host, e.currentTarget.checked)} />
              <span>{host}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

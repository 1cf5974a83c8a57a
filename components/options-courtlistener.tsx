import { useState } from 'react';
import { tokenProblem, type UpdateSettings } from '../lib/settings';
import type { UpdateStatus } from '../lib/updates/status';
import { OptionsStatus } from './options-status';
import { UpdateSwitch } from './update-switch';

export interface OptionsCourtListenerProps {
  updates: UpdateSettings;
  status: UpdateStatus | null;
  searchStatus: UpdateStatus | null;
  /** Called from the click itself, so the page can ask for the host permission first. */
  onCourtListener: (enabled: boolean, token: string) => void;
  onSearch: (enabled: boolean) => void;
}

/** The two CourtListener switches (with a token; without one), each with exactly what it sends. */
export function OptionsCourtListener({ updates, status, searchStatus, onCourtListener, onSearch }: OptionsCourtListenerProps) {
  const [token, setToken] = useState(updates.courtListenerToken);
  const typed = token.trim();
  const problem = tokenProblem(typed);
  return (
    <>
      <h3>Newer filings, no account needed</h3>
      <UpdateSwitch
        name="courtListenerSearchEnabled"
        label="Check for newer filings (CourtListener’s search, no token)"
        on={updates.courtListenerSearchEnabled}
        ready
        onSwitch={onSearch}
      />
      <p className="cl-small cl-muted">
        Request made, to www.courtlistener.com only, with no token, no cookies and no Referer: for each bundled case with a
        verified docket number (not the Supreme Court’s), at most every 6 hours,{' '}
        <code>GET /api/rest/v4/search/?type=r&amp;court=…&amp;docket_number=…&amp;order_by=entry_date_filed desc</code> (the court
        and docket number from the dataset, nothing else). At most 50 a day, fewer after errors. New filings appear in the side
        panel marked “From CourtListener, not yet reviewed”.
      </p>
      <OptionsStatus label="Last check for newer filings" status={searchStatus} />

      <h3>CourtListener docket entries</h3>
      <label className="cl-row">
        <span>Your CourtListener API token</span>
        <input
          type="password"
          name="courtListenerToken"
          autoComplete="off"
          value={token}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? 'cl-token-problem' : undefined}
          onChange={(e) => setToken(e.currentTarget.value)}
        />
      </label>
      {problem && (
        <p id="cl-token-problem" className="cl-warning" role="alert">
          {problem}
        </p>
      )}
      <UpdateSwitch
        name="courtListenerEnabled"
        label="Read the latest docket entries from CourtListener"
        on={updates.courtListenerEnabled}
        ready={typed !== '' && problem === null}
        changed={typed !== updates.courtListenerToken}
        applyLabel="Use this token"
        onSwitch={(on) => onCourtListener(on, problem === null ? typed : updates.courtListenerToken)}
      />
      <p className="cl-small cl-muted">
        Requests made, to www.courtlistener.com only, with the header <code>Authorization: Token …</code> (your token), no
        cookies, no Referer, and never across a redirect: for each bundled case with a verified docket number (not the Supreme
        Court’s), once, <code>GET /api/rest/v4/dockets/?court=…&amp;docket_number=…&amp;fields=id,absolute_url,docket_number</code>{' '}
        (the court and docket number from the dataset; if nothing matches, once more with <code>docket_number_core=…</code>),
        then at most every 6 hours{' '}
        <code>GET /api/rest/v4/docket-entries/?docket=…&amp;date_filed__gte=…&amp;order_by=-date_filed&amp;fields=…</code> (entries
        filed since the date the case’s data holds as of). At most 3 requests a minute, 40 an hour and 100 a day; fewer after
        errors. New entries appear in the side panel marked “From CourtListener, not yet reviewed”.
      </p>
      <OptionsStatus label="Last CourtListener request" status={status} />
    </>
  );
}

/** Why a Supreme Court docket shows no CourtListener entries, with the Supreme Court's own docket page. */
export function SupremeCourtNote({ dockets }: { dockets: { docketNumber: string; url: string }[] }) {
  if (dockets.length === 0) return null;
  return (
    <p className="cl-small cl-muted cl-courtlistener-note">
      CourtListener does not publish the entries of Supreme Court dockets, so none are shown here for{' '}
      {dockets.map((d, i) => (
        <span key={d.docketNumber}>
          {i > 0 && ', '}
          <a href={d.url} target="_blank" rel="noreferrer noopener">
            No. {d.docketNumber} on supremecourt.gov
          </a>
        </span>
      ))}
      .
    </p>
  );
}

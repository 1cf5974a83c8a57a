/** The per-site on/off switch: a real checkbox with the switch role, labelled with the host. */
export function SiteSwitch({ host, on, busy, onChange }: { host: string; on: boolean; busy?: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="cl-switch">
      <input type="checkbox" role="switch" checked={on} disabled={busy} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>
        CaseLens on <strong>{host}</strong>
      </span>
    </label>
  );
}

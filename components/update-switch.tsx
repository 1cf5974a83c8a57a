export interface UpdateSwitchProps {
  name: string;
  label: string;
  on: boolean;
  /** The value typed (URL or token) is usable: the switch can be turned on. */
  ready: boolean;
  /** The value typed differs from the stored one: while on, offer to apply it (as `applyLabel`). */
  changed?: boolean;
  applyLabel?: string;
  /** Called from the click itself (the page may ask for a host permission first). */
  onSwitch: (enabled: boolean) => void;
}

/** An update's on/off switch, and while on, a button to apply a changed value. */
export function UpdateSwitch({ name, label, on, ready, changed, applyLabel, onSwitch }: UpdateSwitchProps) {
  return (
    <>
      <label className="cl-switch">
        <input type="checkbox" role="switch" name={name} checked={on} disabled={!on && !ready} onChange={(e) => onSwitch(e.currentTarget.checked)} />
        <span>{label}</span>
      </label>
      {on && changed && ready && (
        <button type="button" onClick={() => onSwitch(true)}>
          {applyLabel}
        </button>
      )}
    </>
  );
}

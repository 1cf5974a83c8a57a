import { MAX_HOVER_DELAY_MS } from '../lib/settings';

const DELAY_STEP_MS = 50;

/** How names are marked and how soon a card opens. */
export function OptionsDisplay({
  hoverDelayMs,
  markMode,
  onDelay,
  onMarkMode,
}: {
  hoverDelayMs: number;
  markMode: 'all' | 'first';
  onDelay: (ms: number) => void;
  onMarkMode: (mode: 'all' | 'first') => void;
}) {
  return (
    <section aria-labelledby="cl-opt-display">
      <h2 id="cl-opt-display">Marks and cards</h2>
      <label className="cl-row">
        <span>Wait before showing a card (ms)</span>
        <input
          type="number"
          name="hoverDelayMs"
          min={0}
          max={MAX_HOVER_DELAY_MS}
          step={DELAY_STEP_MS}
          value={hoverDelayMs}
          onChange={(e) => {
            const ms = Math.round(Number(e.currentTarget.value));
            if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_HOVER_DELAY_MS) onDelay(ms);
          }}
        />
      </label>
      <fieldset>
        <legend>Mark names</legend>
        <label className="cl-row">
          <input type="radio" name="markMode" value="all" checked={markMode === 'all'} onChange={() => onMarkMode('all')} />
          <span>Every mention</span>
        </label>
        <label className="cl-row">
          <input type="radio" name="markMode" value="first" checked={markMode === 'first'} onChange={() => onMarkMode('first')} />
          <span>Only the first mention of each name</span>
        </label>
      </fieldset>
    </section>
  );
}

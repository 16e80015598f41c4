import { scaleKinds, type ScaleKind } from '../../shared/charts/valueAxis.js';

const labels: Record<ScaleKind, string> = { log: 'Log', linear: 'Linear' };

/**
 * Log or linear for both charts; a native radio group, so arrow keys move between the two. `null`
 * while the figures that choose the default are loading: showing Linear, then Log once they came,
 * told the analyst a choice had been made that had not.
 */
export function ScaleToggle({ scale, onChange }: { scale: ScaleKind | null; onChange: (scale: ScaleKind) => void }) {
  return (
    <fieldset className="segmented" disabled={scale === null}>
      <legend>Scale</legend>
      {scaleKinds.map((kind) => (
        <label key={kind} className={kind === scale ? 'segment segment-on' : 'segment'}>
          <input type="radio" name="scale" value={kind} checked={kind === scale} onChange={() => onChange(kind)} />
          {labels[kind]}
        </label>
      ))}
    </fieldset>
  );
}

import { scaleKinds, type ScaleKind } from '../../shared/charts/valueAxis.js';

const labels: Record<ScaleKind, string> = { log: 'Log', linear: 'Linear' };

/** Log or linear for both charts; a native radio group, so arrow keys move between the two. */
export function ScaleToggle({ scale, onChange }: { scale: ScaleKind; onChange: (scale: ScaleKind) => void }) {
  return (
    <fieldset className="segmented">
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

/** How many characters of a row's label fit left of the overview chart's plot. */
export const OVERVIEW_LABEL_CHARS = 44;

/**
 * A row's label on the overview chart: the metric's name, shortened to fit, and always its unit.
 * The rows share one axis whatever they count, so without the unit 120 days would read as 120 of
 * the soldiers in the rows around it, in the chart and in every image exported from it.
 */
export function overviewRowLabel(name: string, unit: string): { name: string; unit: string } {
  const unitText = ` (${unit})`;
  const room = Math.max(OVERVIEW_LABEL_CHARS - unitText.length, 12);
  return { name: name.length > room ? `${name.slice(0, room - 1)}…` : name, unit: unitText };
}

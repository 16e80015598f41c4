/** How many characters of a row's label fit left of the overview chart's plot. */
export const OVERVIEW_LABEL_CHARS = 44;

/** The most of a label a unit may take: a metric's name keeps the rest, at least 24 characters. */
const UNIT_CHARS = 20;

const shortened = (text: string, room: number) => (text.length > room ? `${text.slice(0, room - 1)}…` : text);

/**
 * A row's label on the overview chart: the metric's name and always its unit, each shortened to
 * fit. The rows share one axis whatever they count, so without the unit 120 days would read as 120
 * of the soldiers in the rows around it, in the chart and in every image exported from it.
 */
export function overviewRowLabel(name: string, unit: string): { name: string; unit: string } {
  const unitText = ` (${shortened(unit, UNIT_CHARS - 3)})`;
  return { name: shortened(name, OVERVIEW_LABEL_CHARS - unitText.length), unit: unitText };
}

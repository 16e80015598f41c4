/** Average glyph width of the 11.5px chart label font: close enough to keep labels apart and inside. */
const CHAR_WIDTH = 6.6;

export const labelWidth = (text: string): number => text.length * CHAR_WIDTH;

/** A label's detail cut short so that the figure and the detail fit `room` pixels; the figure is never cut. */
export function fitDetail(figure: string, detail: string, room: number): string {
  const chars = Math.floor(room / CHAR_WIDTH) - figure.length;
  if (detail.length <= chars) return detail;
  return chars > 5 ? `${detail.slice(0, chars - 1)}…` : '';
}

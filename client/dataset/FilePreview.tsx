import Papa from 'papaparse';
import { ScrollRegion } from '../ui/ScrollRegion';
import type { DatasetFormat } from '../../shared/dataset/transfer.js';

const previewRows = 5;

/** The first rows of the chosen file, so the analyst sees it is the file they meant before checking it. */
export function FilePreview({ text, format }: { text: string; format: DatasetFormat }) {
  if (format === 'json') {
    let summary: string;
    try {
      const data = JSON.parse(text) as Record<string, unknown>;
      summary = ['sources', 'metrics', 'claims']
        .map((k) => `${Array.isArray(data[k]) ? (data[k] as unknown[]).length : 0} ${k}`)
        .join(', ');
    } catch {
      summary = 'This file is not valid JSON.';
    }
    return <p className="file-preview">JSON dataset: {summary}.</p>;
  }
  // A broken file still previews: Papa parses what it can and reports the rest, which the check will name.
  const { data } = Papa.parse<string[]>(text, { preview: previewRows + 1, skipEmptyLines: true });
  const [header = [], ...rows] = data;
  return (
    <ScrollRegion label="First rows of the file">
      <table>
        <caption>First {rows.length} rows of the file</caption>
        <thead>
          <tr>
            {header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell.length > 60 ? `${cell.slice(0, 59)}…` : cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

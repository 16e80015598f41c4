import type { DatasetFormat, DryRunReport, ImportSummary } from '../../shared/dataset/transfer.js';
import type { Problem } from '../../shared/schemas/index.js';
import { ApiError, apiFetch } from '../resources/http';

const contentTypes: Record<DatasetFormat, string> = { csv: 'text/csv', json: 'application/json' };

export function formatOfFile(file: File): DatasetFormat | null {
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return 'csv';
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return 'json';
  return null;
}

/** Checks the whole file without writing anything: what it would create and every row that is wrong. */
export const dryRunImport = (text: string, format: DatasetFormat) =>
  apiFetch<DryRunReport>(`/api/import?dryRun=true&format=${format}`, {
    method: 'POST',
    body: text,
    headers: { 'Content-Type': contentTypes[format] },
  });

/**
 * The real import, sent with XMLHttpRequest because fetch cannot report upload progress, which
 * is what an analyst watches while a 50 MB file goes up.
 */
export function runImport(
  text: string,
  format: DatasetFormat,
  onProgress: (fraction: number) => void,
): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/import?format=${format}`);
    xhr.setRequestHeader('Content-Type', contentTypes[format]);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = JSON.parse(xhr.responseText || '{}') as ImportSummary | Problem;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as ImportSummary);
      else reject(new ApiError(xhr.status, body as Problem));
    };
    xhr.onerror = () => reject(new Error('The connection failed during the upload'));
    xhr.send(text);
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DatasetFormat, DryRunReport, ImportIssue, ImportSummary } from '../../shared/dataset/transfer.js';
import { notUtf8Message, utf8FileText } from '../../shared/dataset/fileText.js';
import { ImportProblem, maxImportBytes, maxImportRows } from '../../shared/dataset/transfer.js';
import { countOf, formatNumber } from '../../shared/wording.js';
import { ApiError } from '../resources/http';
import { refreshRecords } from '../resources/records';
import { useCan, useMe } from '../resources/auth';
import { DatasetExport } from './DatasetExport';
import { FilePreview } from './FilePreview';
import { dryRunImport, formatOfFile, runImport } from './importRequest';
import { ImportIssues } from './ImportIssues';
import { PageTitle } from '../ui/PageTitle';

type Step =
  | { kind: 'idle' }
  | { kind: 'chosen'; name: string; text: string; format: DatasetFormat }
  | { kind: 'checked'; name: string; text: string; format: DatasetFormat; report: DryRunReport }
  | { kind: 'importing'; name: string; progress: number }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'failed'; message: string; issues: ImportIssue[]; issueCount: number };

const counts = (c: { sources: number; metrics: number; claims: number }) =>
  `${countOf(c.claims, 'claim', 'claims')}, ${countOf(c.sources, 'new source', 'new sources')} and ${countOf(c.metrics, 'new metric', 'new metrics')}`;
const rows = (n: number) => countOf(n, 'row', 'rows');

/** Pick or drop a file, preview it, check it without writing, then import it in one transaction. */
export default function ImportPage() {
  const canEdit = useCan('editor');
  const me = useMe();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [checking, setChecking] = useState(false);

  if (me.isPending) return null;
  if (!canEdit) {
    return (
      <section>
        <PageTitle page="Import claims" />
        <h1>Import claims</h1>
        <p role="alert">Importing needs the editor role. Ask an admin if you should have it.</p>
        <DatasetExport />
      </section>
    );
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    const format = formatOfFile(file);
    if (!format) return setStep(failed('Choose a .csv or .json file'));
    if (file.size > maxImportBytes) {
      return setStep(failed('The file is over 50 MB: split it into smaller files'));
    }
    // Read as bytes: File.text() would turn a file that is not UTF-8 into text with U+FFFD in it.
    const read = utf8FileText(new Uint8Array(await file.arrayBuffer()));
    if (!('text' in read)) return setStep(failed(notUtf8Message(read.notUtf8Line)));
    setStep({ kind: 'chosen', name: file.name, text: read.text, format });
  }

  async function check(name: string, text: string, format: DatasetFormat) {
    setChecking(true);
    try {
      setStep({ kind: 'checked', name, text, format, report: await dryRunImport(text, format) });
    } catch (error) {
      setStep(failure(error));
    } finally {
      setChecking(false);
    }
  }

  async function confirm(name: string, text: string, format: DatasetFormat) {
    setStep({ kind: 'importing', name, progress: 0 });
    try {
      const summary = await runImport(text, format, (progress) => setStep({ kind: 'importing', name, progress }));
      await refreshRecords(queryClient);
      setStep({ kind: 'done', summary });
    } catch (error) {
      setStep(failure(error));
    }
  }

  return (
    <section className="import-page">
      <PageTitle page="Import claims" />
      <h1>Import claims</h1>
      <p className="lede">
        A CSV or JSON file in Triangulate's export format, up to {formatNumber(maxImportRows)} rows (sources, metrics
        and claims of a JSON file count alike) and {maxImportBytes / 1024 / 1024} MB. Sources and metrics named in a CSV
        are matched by name and created when missing. The import is all or nothing: one bad row and nothing is written.
      </p>
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void choose(e.dataTransfer.files[0]);
        }}
      >
        <label>
          Choose a file, or drop one here
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </label>
      </div>

      {step.kind === 'chosen' && (
        <>
          <h2>{step.name}</h2>
          <FilePreview text={step.text} format={step.format} />
          <button
            type="button"
            className="primary"
            disabled={checking}
            onClick={() => void check(step.name, step.text, step.format)}
          >
            {checking ? 'Checking…' : 'Check the file'}
          </button>
        </>
      )}

      {step.kind === 'checked' && (
        <>
          <h2>{step.name}</h2>
          <FilePreview text={step.text} format={step.format} />
          <div role="status">
            {step.report.errorCount === 0 ? (
              <p>
                Ready: {rows(step.report.rows)} would add {counts(step.report.created)}.
              </p>
            ) : (
              <ImportIssues issues={step.report.errors} count={step.report.errorCount} />
            )}
            {step.report.warningCount > 0 && (
              <ImportIssues issues={step.report.warnings} count={step.report.warningCount} kind="warnings" />
            )}
          </div>
          <button
            type="button"
            className="primary"
            disabled={step.report.errorCount > 0}
            onClick={() => void confirm(step.name, step.text, step.format)}
          >
            Import {rows(step.report.rows)}
          </button>
        </>
      )}

      {step.kind === 'importing' && (
        <div role="status">
          <p>Importing {step.name}…</p>
          <progress max={1} value={step.progress < 1 ? step.progress : undefined} aria-label="Import progress" />
          {step.progress >= 1 && <p>Uploaded; writing to the database…</p>}
        </div>
      )}

      {step.kind === 'done' && (
        <p role="status" className="import-done">
          Imported {rows(step.summary.rows)}: {counts(step.summary.created)}.
        </p>
      )}

      {step.kind === 'failed' && (
        <div role="alert">
          <p className="form-error">{step.message}</p>
          {step.issueCount > 0 && <ImportIssues issues={step.issues} count={step.issueCount} />}
        </div>
      )}

      <DatasetExport />
    </section>
  );
}

const failed = (message: string, issues: ImportIssue[] = [], issueCount = issues.length): Step => ({
  kind: 'failed',
  message,
  issues,
  issueCount,
});

function failure(error: unknown): Step {
  if (!(error instanceof ApiError)) return failed(error instanceof Error ? error.message : 'The import failed');
  // A refused import lists the first of its problems and counts them all; any other refusal names its fields.
  const refused = ImportProblem.safeParse(error.problem);
  if (refused.success) return failed(error.message, refused.data.errors, refused.data.errorCount);
  return failed(error.message, (error.problem.errors ?? []) as ImportIssue[]);
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEED_LIMITS, type FeedReport } from '../../../../common/catalogue/feed-schemas.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { TextField } from '../../../ui/text-field.js';
import { FeedReportView } from './feed-report.js';
import { fieldError, importFile } from './offers-api.js';

type Format = 'csv' | 'json';
const formatOf = (name: string): Format => (/\.(json|jsonld)$/i.test(name) ? 'json' : 'csv');

/** Reads a feed file in the browser (UTF-8 only: another encoding is refused here, not imported garbled). */
async function readFile(file: File): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
}

/** Upload a CSV or JSON/JSON-LD file; the answer is the row-level report. */
export function FeedUpload() {
  const { t } = useTranslation('offers');
  const client = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('csv');
  const [source, setSource] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const upload = useMutation({
    mutationFn: async (): Promise<FeedReport> => {
      if (!file) throw new Error('no file');
      return importFile({ format, source: source.trim(), content: await readFile(file) });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['own-offers'] }),
  });
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0] ?? null;
    setFile(chosen);
    setLocalError(undefined);
    upload.reset();
    if (!chosen) return;
    setFormat(formatOf(chosen.name));
    if (!source) setSource(chosen.name.replace(/\.[^.]+$/, ''));
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setLocalError(t('upload.chooseFile'));
    if (file.size > FEED_LIMITS.contentChars) return setLocalError(t('upload.tooLarge'));
    try {
      await readFile(file);
    } catch {
      return setLocalError(t('upload.notUtf8'));
    }
    setLocalError(undefined);
    upload.mutate();
  };
  const contentError = localError ?? fieldError(upload.error, 'content');
  return (
    <form
      className="panel form form-grid catalogue-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="feed-upload-title"
      noValidate
    >
      <h2 id="feed-upload-title">{t('upload.title')}</h2>
      <p className="field-description form-wide">{t('upload.lead')}</p>
      <FormProblem error={upload.error} />
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          {t('upload.file')}
        </label>
        <input
          id={fileId}
          type="file"
          className="input"
          accept=".csv,.json,.jsonld,text/csv,application/json,application/ld+json"
          onChange={onFile}
          aria-invalid={contentError ? true : undefined}
          aria-describedby={contentError ? `${fileId}-error` : undefined}
        />
        {contentError && (
          <p className="field-error" id={`${fileId}-error`}>
            {contentError}
          </p>
        )}
      </div>
      <SelectField
        label={t('upload.format')}
        name="format"
        value={format}
        onChange={(v) => setFormat(v as Format)}
        options={[
          { value: 'csv', label: t('upload.csv') },
          { value: 'json', label: t('upload.json') },
        ]}
      />
      <TextField
        label={t('upload.source')}
        description={t('upload.sourceHint')}
        name="source"
        value={source}
        onChange={setSource}
        error={fieldError(upload.error, 'source')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={upload.isPending}>
          {t('upload.submit')}
        </button>
      </div>
      {upload.data && (
        <div className="form-wide">
          <h3>{t('report.title')}</h3>
          <FeedReportView report={upload.data} headingId="upload-rejected" />
        </div>
      )}
      <details className="form-wide feed-columns">
        <summary>{t('upload.columnsTitle')}</summary>
        <p>{t('upload.columnsCsv')}</p>
        <p>{t('upload.columnsJson')}</p>
      </details>
    </form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEED_REFRESH_HOURS, type FeedSource } from '../../../../common/catalogue/feed-schemas.js';
import { formatDateTime } from '../../../../common/format.js';
import { api } from '../../../api/client.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { SelectField } from '../../../ui/select-field.js';
import { TextField } from '../../../ui/text-field.js';
import { FeedReportView } from './feed-report.js';
import { feedFailureText } from './feed-reason-text.js';
import { fieldError, useFeedSources } from './offers-api.js';

const TZ = 'Europe/Brussels';

/** One feed URL: its last run, what it did, and buttons to run it now or stop it. */
function SourceCard({ source }: { source: FeedSource }) {
  const { t } = useTranslation(['offers', 'errors']);
  const { current } = useLanguage();
  const client = useQueryClient();
  const done = () =>
    Promise.all(['feed-sources', 'own-offers'].map((k) => client.invalidateQueries({ queryKey: [k] })));
  const refresh = useMutation({
    mutationFn: () => api<FeedSource>('POST', `/api/catalogue/feed-sources/${source.id}/refresh`),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () => api<void>('DELETE', `/api/catalogue/feed-sources/${source.id}`),
    onSuccess: done,
  });
  const headingId = `feed-${source.id}`;
  return (
    <article className="feed-source" aria-labelledby={headingId}>
      <h3 id={headingId}>{source.source}</h3>
      <dl className="facts">
        <dt>{t('sources.url')}</dt>
        <dd className="feed-url">{source.url}</dd>
        <dt>{t('sources.format')}</dt>
        <dd>{source.format === 'csv' ? t('upload.csv') : t('upload.json')}</dd>
        <dt>{t('sources.lastRun')}</dt>
        <dd>
          {source.lastRunAt ? formatDateTime(source.lastRunAt, current, TZ) : '—'}
          {source.lastStatus === 'failed' && (
            <>
              {' '}
              <span className="badge badge-warning">{t('sources.failed')}</span>
            </>
          )}
        </dd>
        <dt>{t('sources.nextRun')}</dt>
        <dd>{formatDateTime(source.nextRunAt, current, TZ)}</dd>
      </dl>
      {source.lastError && (
        <p className="notice notice-error">
          {t('sources.error')}{' '}
          <span lang={source.lastError.code === 'untranslated' ? 'en' : undefined}>
            {feedFailureText(t, source.lastError)}
          </span>
        </p>
      )}
      {source.lastReport && <FeedReportView report={source.lastReport} headingId={`${headingId}-rejected`} />}
      <FormProblem error={refresh.error ?? remove.error} />
      <div className="row-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={refresh.isPending}
          onClick={() => refresh.mutate()}
        >
          {t('sources.refresh')}
          <span className="visually-hidden"> {source.source}</span>
        </button>
        <button
          type="button"
          className="button button-danger button-small"
          disabled={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {t('sources.remove')}
          <span className="visually-hidden"> {source.source}</span>
        </button>
      </div>
    </article>
  );
}

/** Feed URLs: imported when added, then fetched again every few hours by the server. */
export function FeedSources() {
  const { t } = useTranslation('offers');
  const client = useQueryClient();
  const sources = useFeedSources();
  const [form, setForm] = useState({ source: '', url: '', format: 'json' });
  const add = useMutation({
    mutationFn: () => api<FeedSource>('POST', '/api/catalogue/feed-sources', { body: form }),
    onSuccess: async () => {
      setForm({ source: '', url: '', format: 'json' });
      await Promise.all(['feed-sources', 'own-offers'].map((k) => client.invalidateQueries({ queryKey: [k] })));
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  return (
    <section className="panel" aria-labelledby="feed-sources-title">
      <h2 id="feed-sources-title">{t('sources.title')}</h2>
      <p className="field-description">{t('sources.lead', { hours: FEED_REFRESH_HOURS })}</p>
      {sources.isError ? (
        <QueryFailed error={sources.error} onRetry={() => void sources.refetch()} />
      ) : !sources.data ? (
        <Loading />
      ) : sources.data.items.length === 0 ? (
        <p>{t('sources.none')}</p>
      ) : (
        <div className="feed-sources">
          {sources.data.items.map((s) => (
            <SourceCard key={s.id} source={s} />
          ))}
        </div>
      )}
      <form className="form form-grid catalogue-form" onSubmit={onSubmit} aria-labelledby="feed-add-title" noValidate>
        <h3 id="feed-add-title">{t('sources.add')}</h3>
        <FormProblem error={add.error} />
        {add.isSuccess && (
          <p role="status" className="notice notice-success">
            {t('sources.added')}
          </p>
        )}
        <TextField
          label={t('sources.url')}
          name="url"
          type="url"
          value={form.url}
          onChange={set('url')}
          error={fieldError(add.error, 'url')}
        />
        <SelectField
          label={t('sources.format')}
          name="format"
          value={form.format}
          onChange={set('format')}
          options={[
            { value: 'json', label: t('upload.json') },
            { value: 'csv', label: t('upload.csv') },
          ]}
        />
        <TextField
          label={t('upload.source')}
          description={t('upload.sourceHint')}
          name="source"
          value={form.source}
          onChange={set('source')}
          error={fieldError(add.error, 'source')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {t('sources.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Feed } from '../../../../common/roster/plan-schemas.js';
import { api } from '../../../api/client.js';
import { CopyBox } from '../../../ui/copy-box.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { Loading } from '../../../ui/loading.js';
import { planKeys, rosterBase, useMyFeed } from '../planning-api.js';

/** The person's secret calendar link (ICS): create, copy, subscribe, regenerate (the old one stops), remove. */
export function FeedPanel({ slug }: { slug: string }) {
  const { t } = useTranslation('planning');
  const client = useQueryClient();
  const feed = useMyFeed(slug);
  const onSuccess = (data: Feed | undefined) =>
    client.setQueryData(planKeys.myFeed(slug), data ?? { url: null, createdAt: null });
  const create = useMutation({ mutationFn: () => api<Feed>('POST', `${rosterBase(slug)}/me/feed`), onSuccess });
  const remove = useMutation({ mutationFn: () => api<undefined>('DELETE', `${rosterBase(slug)}/me/feed`), onSuccess });
  const url = feed.data?.url;
  const busy = create.isPending || remove.isPending;
  return (
    <section className="panel" aria-labelledby="m-feed">
      <h2 id="m-feed">{t('mine.feed.title')}</h2>
      <p>{t('mine.feed.lead')}</p>
      <FormProblem error={create.error ?? remove.error} />
      <p role="status" className="visually-hidden">
        {create.isSuccess ? t('mine.feed.created') : remove.isSuccess ? t('mine.feed.removed') : ''}
      </p>
      {!feed.data ? (
        <Loading />
      ) : url ? (
        <>
          <CopyBox label={t('mine.feed.link')} value={url} hint={t('mine.feed.secret')} />
          <div className="form-actions actions-wrap">
            <a className="button" href={url.replace(/^https?:/, 'webcal:')}>
              {t('mine.feed.subscribe')}
            </a>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => create.mutate()}>
              {t('mine.feed.regenerate')}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => remove.mutate()}>
              {t('mine.feed.remove')}
            </button>
          </div>
          <p className="field-description">{t('mine.feed.regenerateHint')}</p>
        </>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => create.mutate()}>
          {t('mine.feed.create')}
        </button>
      )}
    </section>
  );
}

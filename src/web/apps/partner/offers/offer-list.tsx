import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { pickLabel } from '../../../../common/catalogue/languages.js';
import type { Offer } from '../../../../common/catalogue/offer-schemas.js';
import { formatDate } from '../../../../common/format.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { DataTable } from '../../../ui/data-table.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { missingTranslations, OFFERS_PATH, saveOffer, toInput, useOwnOffers } from './offers-api.js';

const STATUS_BADGE: Record<Offer['status'], string> = {
  draft: 'badge',
  published: 'badge badge-active',
  expired: 'badge badge-warning',
};

/** Publishes a draft or takes a published offer off the portal (it stays as a draft). */
function PublishToggle({ offer, title }: { offer: Offer; title: string }) {
  const { t } = useTranslation('offers');
  const client = useQueryClient();
  const toggle = useMutation({
    mutationFn: () => saveOffer(toInput(offer, offer.status === 'published' ? 'draft' : 'published'), offer.id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['own-offers'] }),
  });
  const label = offer.status === 'published' ? t('list.unpublish') : t('list.publish');
  if (offer.status === 'expired')
    return (
      <Link
        to={`${OFFERS_PATH}/${offer.id}`}
        className="button button-secondary button-small"
        aria-label={`${t('list.moveDate')} ${title}`}
      >
        {t('list.moveDate')}
      </Link>
    );
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={toggle.isPending}
        onClick={() => toggle.mutate()}
        aria-label={`${label} ${title}`}
      >
        {label}
      </button>
      <FormProblem error={toggle.error} />
    </>
  );
}

/** The organisation's offers, every state, with what still needs translating. */
export function OfferList() {
  const { t } = useTranslation('offers');
  const { current } = useLanguage();
  const offers = useOwnOffers();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const titleOf = (o: Offer) => pickLabel(o.titles, current) ?? { text: o.id, lang: current };
  return (
    <>
      <nav className="panel row-actions" aria-label={t('nav.label')}>
        <Link to={`${OFFERS_PATH}/new`} className="button">
          {t('nav.new')}
        </Link>
        <Link to={`${OFFERS_PATH}/import`} className="button button-secondary">
          {t('nav.import')}
        </Link>
      </nav>
      {saved && (
        <p role="status" className="notice notice-success">
          {t('list.saved', { title: saved })}
        </p>
      )}
      <section className="panel" aria-labelledby="offers-list">
        <h2 id="offers-list">{t('list.title')}</h2>
        {offers.isError ? (
          <QueryFailed error={offers.error} onRetry={() => void offers.refetch()} />
        ) : !offers.data ? (
          <Loading />
        ) : (
          <DataTable
            caption={t('list.title')}
            items={offers.data.items}
            rowKey={(o) => o.id}
            columns={[
              {
                key: 'title',
                header: t('list.offer'),
                render: (o) => {
                  const title = titleOf(o);
                  return (
                    <Link to={`${OFFERS_PATH}/${o.id}`} lang={title.lang === current ? undefined : title.lang}>
                      {title.text}
                    </Link>
                  );
                },
              },
              { key: 'kind', header: t('list.kind'), render: (o) => t(`kind.${o.kind}`) },
              {
                key: 'status',
                header: t('list.status'),
                render: (o) => <span className={STATUS_BADGE[o.status]}>{t(`status.${o.status}`)}</span>,
              },
              {
                key: 'languages',
                header: t('list.translations'),
                render: (o) => {
                  const missing = missingTranslations(o);
                  return missing.length === 0 ? (
                    t('list.complete')
                  ) : (
                    <span className="badge badge-warning">
                      {t('list.missing', { langs: missing.map((l) => l.toUpperCase()).join(', ') })}
                    </span>
                  );
                },
              },
              {
                key: 'closes',
                header: t('list.closesOn'),
                render: (o) => (o.closesOn ? formatDate(`${o.closesOn}T12:00:00Z`, current, 'Europe/Brussels') : '—'),
              },
              {
                key: 'actions',
                header: t('list.actions'),
                render: (o) => <PublishToggle offer={o} title={titleOf(o).text} />,
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

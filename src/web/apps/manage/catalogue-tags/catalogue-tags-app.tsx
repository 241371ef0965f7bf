import '../../catalogue-staff/catalogue-staff.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CuratedTag } from '../../../../common/catalogue/tag-schemas.js';
import type { Me } from '../../../../common/schemas/auth.js';
import { api } from '../../../api/client.js';
import { RequireRole } from '../../../auth/require-role.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { DataTable } from '../../../ui/data-table.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { StaffLayout } from '../../../ui/staff-layout.js';
import { TagForm } from './tag-form.js';

const keyOf = (t: CuratedTag) => `${t.occupationUri}|${t.tag}|${t.region}`;

function RemoveTag({ tag }: { tag: CuratedTag }) {
  const { t } = useTranslation('offers');
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      api<void>(
        'DELETE',
        `/api/catalogue/tags?${new URLSearchParams({ occupationUri: tag.occupationUri, tag: tag.tag, region: tag.region })}`,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['catalogue-tags'] }),
  });
  return (
    <>
      <button
        type="button"
        className="button button-danger button-small"
        disabled={remove.isPending}
        onClick={() => remove.mutate()}
        aria-label={`${t('tags.remove')} ${tag.title} (${t(`tags.tag.${tag.tag}`)})`}
      >
        {t('tags.remove')}
      </button>
      <FormProblem error={remove.error} />
    </>
  );
}

function CatalogueTags({ me }: { me: Me }) {
  const { t } = useTranslation('offers');
  const { current } = useLanguage();
  const tags = useQuery({
    queryKey: ['catalogue-tags', current],
    queryFn: () => api<{ items: CuratedTag[] }>('GET', `/api/catalogue/tags?lang=${current}`),
  });
  return (
    <StaffLayout me={me} title={t('tags.title')} wide>
      <p>
        <Link to="/manage" className="back-link">
          {t('nav.backHome')}
        </Link>
      </p>
      <p className="section-lead">{t('tags.lead')}</p>
      <TagForm />
      <section className="panel" aria-labelledby="tags-list">
        <h2 id="tags-list">{t('tags.list')}</h2>
        {tags.isError ? (
          <QueryFailed error={tags.error} onRetry={() => void tags.refetch()} />
        ) : !tags.data ? (
          <Loading />
        ) : (
          <DataTable
            caption={t('tags.list')}
            items={tags.data.items}
            rowKey={keyOf}
            columns={[
              {
                key: 'occupation',
                header: t('tags.occupation'),
                render: (x) => <span lang={x.titleLang === current ? undefined : x.titleLang}>{x.title}</span>,
              },
              { key: 'tag', header: t('tags.kind'), render: (x) => t(`tags.tag.${x.tag}`) },
              { key: 'region', header: t('tags.region'), render: (x) => x.region || '—' },
              { key: 'source', header: t('tags.source'), render: (x) => x.source },
              { key: 'year', header: t('tags.year'), render: (x) => x.year, numeric: true },
              { key: 'actions', header: t('tags.actions'), render: (x) => <RemoveTag tag={x} /> },
            ]}
          />
        )}
      </section>
    </StaffLayout>
  );
}

/** The manager curates occupation tags shown on the portal: growth sectors and regional shortage lists. */
export function CatalogueTagsApp() {
  return <RequireRole roles={['manager', 'admin']}>{(me) => <CatalogueTags me={me} />}</RequireRole>;
}

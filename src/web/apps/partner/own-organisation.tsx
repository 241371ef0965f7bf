import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../common/schemas/sites/organisation.js';
import { api } from '../../api/client.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { bodyFrom, type FieldSpec, valuesFrom } from '../admin/resource/form-spec.js';
import { ResourceForm } from '../admin/resource/resource-form.js';

const FIELDS: FieldSpec[] = [
  { kind: 'localized', name: 'name' },
  { kind: 'text', name: 'website', type: 'url', nullable: true },
];

/** A partner coordinator edits their organisation's names and website (nothing else). */
export function OwnOrganisation() {
  const { t } = useTranslation('apps');
  const client = useQueryClient();
  const org = useQuery({ queryKey: ['my-org'], queryFn: () => api<Organisation>('GET', '/api/my/organisation') });
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<Organisation>('PATCH', '/api/my/organisation', { body }),
    onSuccess: (updated) => client.setQueryData(['my-org'], updated),
  });
  if (org.isPending) return <Loading />;
  if (org.isError) return <QueryFailed error={org.error} />;
  return (
    <section className="panel" aria-labelledby="p-org">
      <h2 id="p-org">{t('partner.organisation')}</h2>
      {save.isSuccess && (
        <p className="notice notice-success" role="status">
          {t('partner.saved')}
        </p>
      )}
      <ResourceForm
        resource="organisations"
        fields={FIELDS}
        initial={valuesFrom(FIELDS, org.data)}
        error={save.error}
        pending={save.isPending}
        submitLabel={t('partner.save')}
        onSubmit={(values) => save.mutate(bodyFrom(FIELDS, values))}
      />
    </section>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../common/format.js';
import type { Organisation } from '../../../common/schemas/sites/organisation.js';
import { DIRECTION_TARGETS, type DirectionTarget } from '../../../common/visits/vocabulary.js';
import { api } from '../../api/client.js';
import { directionsKey, sitePath } from '../../api/visits-api.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FormProblem } from '../../ui/form-problem.js';
import { SelectField } from '../../ui/select-field.js';

type Summary = { target: DirectionTarget; organisationId: string | null; people: number }[];

/** People sent elsewhere without a ticket, counted anonymously with one press. */
export function DirectionsPanel({ slug }: { slug: string }) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  const client = useQueryClient();
  const [people, setPeople] = useState('1');
  const [organisationId, setOrganisationId] = useState('');
  const [said, setSaid] = useState('');
  const today = useQuery({
    queryKey: directionsKey(slug),
    queryFn: () => api<Summary>('GET', `${sitePath(slug)}/directions`),
  });
  const orgs = useQuery({ queryKey: ['orgs'], queryFn: () => api<Organisation[]>('GET', '/api/organisations') });
  const record = useMutation({
    mutationFn: (target: DirectionTarget) =>
      api<Summary>('POST', `${sitePath(slug)}/directions`, {
        body: { target, organisationId: target === 'partner' ? organisationId || null : null, people: Number(people) },
      }),
    onSuccess: (summary, target) => {
      client.setQueryData(directionsKey(slug), summary);
      setSaid(t('directions.recorded', { n: Number(people), target: t(`directions.target.${target}`) }));
      setPeople('1');
    },
  });
  const count = (target: DirectionTarget) =>
    (today.data ?? []).filter((d) => d.target === target).reduce((n, d) => n + d.people, 0);
  return (
    <div className="directions">
      <FormProblem error={record.error} />
      <div className="form-grid">
        <SelectField
          label={t('directions.people')}
          name="people"
          value={people}
          onChange={setPeople}
          options={['1', '2', '3', '4', '5', '6', '8', '10'].map((n) => ({ value: n, label: n }))}
        />
        <SelectField
          label={t('directions.partner')}
          name="organisation"
          value={organisationId}
          onChange={setOrganisationId}
          emptyLabel={t('directions.anyPartner')}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: localized(o.name, current) }))}
        />
      </div>
      <ul className="direction-buttons">
        {DIRECTION_TARGETS.map((target) => (
          <li key={target}>
            <button
              type="button"
              className="direction-button"
              disabled={record.isPending}
              onClick={() => record.mutate(target)}
            >
              <span>{t(`directions.target.${target}`)}</span>
              <span className="direction-count">
                {t('directions.today', { n: formatNumber(count(target), current) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="status-line">
        {said}
      </p>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, weekdayName } from '../../../../common/format.js';
import type { RosterStaff } from '../../../../common/roster/plan-schemas.js';
import type { Organisation } from '../../../../common/schemas/sites/organisation.js';
import { api } from '../../../api/client.js';
import { localized } from '../../../i18n/localized.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { DataTable } from '../../../ui/data-table.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { SelectField } from '../../../ui/select-field.js';
import { useRosterStaff } from '../planning-api.js';
import { ContractForm } from './contract-form.js';

/** The planned people and their contracts, filtered by organisation; one is edited at a time. */
export function ContractsPage({ slug }: { slug: string }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const staff = useRosterStaff(slug);
  const orgs = useQuery({ queryKey: ['orgs'], queryFn: () => api<Organisation[]>('GET', '/api/organisations') });
  const [organisation, setOrganisation] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (editing) document.getElementById('c-form')?.focus();
  }, [editing]);
  if (staff.isError) return <QueryFailed error={staff.error} onRetry={() => void staff.refetch()} />;
  if (!staff.data || !orgs.data) return <Loading />;
  const nameOf = new Map(orgs.data.map((o) => [o.id, localized(o.name, current)]));
  const people = staff.data.filter((p) => !organisation || p.organisationId === organisation);
  const person = staff.data.find((p) => p.userId === editing);
  const days = (p: RosterStaff) =>
    p.contract ? p.contract.workingWeekdays.map((d) => weekdayName(d, current, 'short')).join(', ') : '—';
  return (
    <>
      <p>{t('settings.contracts.lead')}</p>
      <section className="panel" aria-labelledby="c-list">
        <h2 id="c-list">{t('settings.contracts.listTitle')}</h2>
        <div className="filters">
          <SelectField
            label={t('board.filter.organisation')}
            name="organisation"
            value={organisation}
            onChange={setOrganisation}
            emptyLabel={t('board.filter.all')}
            options={orgs.data
              .filter((o) => staff.data.some((p) => p.organisationId === o.id))
              .map((o) => ({ value: o.id, label: localized(o.name, current) }))}
          />
        </div>
        {saved && (
          <p className="notice notice-success" role="status">
            {t('settings.contracts.saved', { name: saved })}
          </p>
        )}
        <DataTable
          caption={t('settings.contracts.caption', { count: people.length })}
          items={people}
          rowKey={(p) => p.userId}
          columns={[
            { key: 'name', header: t('board.person'), render: (p) => p.displayName },
            {
              key: 'organisation',
              header: t('board.filter.organisation'),
              render: (p) => nameOf.get(p.organisationId) ?? p.organisationSlug,
            },
            {
              key: 'role',
              header: t('settings.contracts.role'),
              render: (p) => p.roles.map((r) => t(`common:role.${r}`)).join(', '),
            },
            {
              key: 'hours',
              header: t('settings.contracts.hoursPerWeek'),
              numeric: true,
              render: (p) =>
                p.contract ? formatNumber(p.contract.hoursPerWeek, current) : t('settings.contracts.none'),
            },
            { key: 'days', header: t('settings.contracts.workingWeekdays'), render: days },
            {
              key: 'limits',
              header: t('settings.contracts.limits'),
              render: (p) =>
                p.contract
                  ? t('settings.contracts.limitsValue', {
                      days: p.contract.maxDaysPerWeek,
                      run: p.contract.maxConsecutiveDays,
                    })
                  : '—',
            },
            {
              key: 'edit',
              header: t('settings.rules.actions'),
              render: (p) => (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setSaved(null);
                    setEditing(p.userId);
                  }}
                >
                  {t('settings.contracts.edit', { name: p.displayName })}
                </button>
              ),
            },
          ]}
        />
      </section>
      {person && (
        <ContractForm
          key={person.userId}
          slug={slug}
          person={person}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(person.displayName);
          }}
        />
      )}
    </>
  );
}

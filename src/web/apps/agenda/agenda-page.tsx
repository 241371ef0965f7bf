import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, FIELDS, LANGUAGES } from '../../../common/domain.js';
import { usePublicSite } from '../../api/site-queries.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { SelectField } from '../../ui/select-field.js';
import { TextField } from '../../ui/text-field.js';
import { useLanguage } from '../../i18n/use-language.js';
import { type AgendaFilters, agendaPaths, useAgenda } from './agenda-api.js';
import { EventCard } from './event-card.js';

const ORGANISERS = ['actiris', 'bruxelles-formation', 'vdab', 'sfpme', 'efp', 'cefa'];

/** The public agenda: filters (date, field, audience, language, organiser) and the events. */
export function AgendaPage() {
  const { t } = useTranslation(['agenda', 'common']);
  const { current } = useLanguage();
  const site = usePublicSite();
  const [draft, setDraft] = useState<AgendaFilters>({});
  const [filters, setFilters] = useState<AgendaFilters>({});
  const events = useAgenda(filters, current);
  const set = (key: keyof AgendaFilters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const any = t('agenda.any');
  return (
    <main id="main" className="public-main agenda">
      <h1>{t('agenda.title')}</h1>
      <p>{t('agenda.intro')}</p>
      <form className="panel agenda-filters" onSubmit={onSubmit} aria-label={t('agenda.filters')}>
        <TextField label={t('agenda.from')} name="from" type="date" value={draft.from ?? ''} onChange={set('from')} />
        <SelectField
          label={t('agenda.field')}
          name="field"
          value={draft.field ?? ''}
          onChange={set('field')}
          emptyLabel={any}
          options={FIELDS.map((f) => ({ value: f, label: t(`common:field.${f}.label`) }))}
        />
        <SelectField
          label={t('agenda.audience')}
          name="audience"
          value={draft.audience ?? ''}
          onChange={set('audience')}
          emptyLabel={any}
          options={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
        />
        <SelectField
          label={t('agenda.language')}
          name="language"
          value={draft.language ?? ''}
          onChange={set('language')}
          emptyLabel={any}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.name.${l}`) }))}
        />
        <SelectField
          label={t('agenda.organiser')}
          name="organiser"
          value={draft.organiser ?? ''}
          onChange={set('organiser')}
          emptyLabel={any}
          options={ORGANISERS.map((o) => ({ value: o, label: o }))}
        />
        <button type="submit" className="button">
          {t('agenda.apply')}
        </button>
      </form>
      {events.isPending || !site.data ? (
        <Loading />
      ) : events.isError ? (
        <QueryFailed error={events.error} />
      ) : events.data.length === 0 ? (
        <p role="status">{t('agenda.empty')}</p>
      ) : (
        <ul className="agenda-list">
          {events.data.map((e) => (
            <EventCard key={e.id} event={e} timeZone={site.data.timeZone} />
          ))}
        </ul>
      )}
      <p>
        <a href={agendaPaths.feed}>{t('agenda.feed')}</a>
      </p>
    </main>
  );
}

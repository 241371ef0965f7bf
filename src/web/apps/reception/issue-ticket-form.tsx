import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, type Audience, type Field, type Language } from '../../../common/domain.js';
import type { IssueTicketBody, TicketView } from '../../../common/visits/schemas.js';
import { CHANNELS, type Channel } from '../../../common/visits/vocabulary.js';
import { api } from '../../api/client.js';
import type { PublicSite } from '../../api/site-queries.js';
import { sitePath } from '../../api/visits-api.js';
import { FormProblem } from '../../ui/form-problem.js';
import { SelectField } from '../../ui/select-field.js';

type Props = { site: PublicSite; onIssued: (ticket: TicketView) => void };

/** Reception issues a ticket for any field and language, with the two optional questions. */
export function IssueTicketForm({ site, onIssued }: Props) {
  const { t } = useTranslation('visits');
  const [field, setField] = useState<Field | ''>('');
  const [language, setLanguage] = useState<Language>('fr');
  const [audience, setAudience] = useState<Audience | ''>('');
  const [channel, setChannel] = useState<Channel | ''>('');
  const [missing, setMissing] = useState(false);
  const issue = useMutation({
    mutationFn: (body: IssueTicketBody) => api<TicketView>('POST', `${sitePath(site.slug)}/tickets`, { body }),
    onSuccess: (ticket) => {
      onIssued(ticket);
      setAudience('');
      setChannel('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!field) {
      setMissing(true);
      return;
    }
    setMissing(false);
    issue.mutate({ field, language, audience: audience || null, channel: channel || null });
  };
  return (
    <form className="form issue-form" onSubmit={submit} noValidate>
      <FormProblem error={issue.error} />
      <div className="form-grid">
        <SelectField
          label={t('reception.field')}
          name="field"
          value={field}
          onChange={(v) => setField(v as Field | '')}
          emptyLabel={t('reception.pickField')}
          options={site.fields.map((f) => ({ value: f, label: t(`common:field.${f}.label`) }))}
          error={missing ? t('reception.fieldRequired') : undefined}
        />
        <SelectField
          label={t('reception.language')}
          name="language"
          value={language}
          onChange={(v) => setLanguage(v as Language)}
          options={site.languages.map((l) => ({ value: l, label: t(`common:language.name.${l}`) }))}
        />
        <SelectField
          label={t('reception.audience')}
          name="audience"
          value={audience}
          onChange={(v) => setAudience(v as Audience | '')}
          emptyLabel={t('reception.notAsked')}
          options={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
        />
        <SelectField
          label={t('reception.channel')}
          name="channel"
          value={channel}
          onChange={(v) => setChannel(v as Channel | '')}
          emptyLabel={t('reception.notAsked')}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-large" disabled={issue.isPending}>
          {t('reception.issue')}
        </button>
      </div>
    </form>
  );
}

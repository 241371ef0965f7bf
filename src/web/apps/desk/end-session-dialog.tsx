import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../common/domain.js';
import type { Organisation } from '../../../common/schemas/sites/organisation.js';
import type { StaffTicket } from '../../../common/visits/schemas.js';
import { OUTCOME_TYPES, type OutcomeType } from '../../../common/visits/vocabulary.js';
import { api } from '../../api/client.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { CheckboxGroupField } from '../../ui/checkbox-group-field.js';
import { FormProblem } from '../../ui/form-problem.js';
import { DialogFrame } from './dialog-frame.js';
import type { DeskAction } from './use-desk.js';

type Props = {
  ticket: StaffTicket;
  fields: readonly Field[];
  isOpen: boolean;
  onClose: () => void;
  run: (action: DeskAction, onDone: () => void) => void;
  error: unknown;
  busy: boolean;
};

/** Ends the session with an anonymous outcome: its type, the fields handled, referrals to partners. */
export function EndSessionDialog({ ticket, fields, isOpen, onClose, run, error, busy }: Props) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  const [outcome, setOutcome] = useState<OutcomeType>('guidance');
  const [handled, setHandled] = useState<string[]>([ticket.field]);
  const [referrals, setReferrals] = useState<string[]>([]);
  const orgs = useQuery({ queryKey: ['orgs'], queryFn: () => api<Organisation[]>('GET', '/api/organisations') });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(
      {
        path: `/tickets/${ticket.id}/end`,
        body: { outcomeType: outcome, fieldsHandled: handled, referrals },
        done: (code) => t('desk.done.ended', { code }),
      },
      onClose,
    );
  };
  return (
    <DialogFrame title={t('desk.endTitle', { code: ticket.code })} isOpen={isOpen} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem error={error} />
        <fieldset className="field radio-group">
          <legend className="field-label">{t('desk.outcome')}</legend>
          {OUTCOME_TYPES.map((o) => (
            <label key={o} className="radio">
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              <span>{t(`outcome.${o}`)}</span>
            </label>
          ))}
        </fieldset>
        <CheckboxGroupField
          label={t('desk.fieldsHandled')}
          name="fieldsHandled"
          value={handled}
          onChange={setHandled}
          options={fields.map((f) => ({ value: f, label: t(`common:field.${f}.label`) }))}
          error={handled.length === 0 ? t('desk.pickOneField') : undefined}
        />
        <CheckboxGroupField
          label={t('desk.referrals')}
          name="referrals"
          value={referrals}
          onChange={setReferrals}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: localized(o.name, current) }))}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || handled.length === 0}>
            {t('desk.endConfirm')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('desk.back')}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}

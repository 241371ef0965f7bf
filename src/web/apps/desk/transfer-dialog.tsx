import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field, Language } from '../../../common/domain.js';
import type { StaffTicket } from '../../../common/visits/schemas.js';
import { isApiError } from '../../api/api-error.js';
import { FormProblem } from '../../ui/form-problem.js';
import { SelectField } from '../../ui/select-field.js';
import { DialogFrame } from './dialog-frame.js';
import { NoteField } from './note-field.js';
import type { DeskAction } from './use-desk.js';

type Props = {
  ticket: StaffTicket;
  fields: readonly Field[];
  languages: readonly Language[];
  isOpen: boolean;
  onClose: () => void;
  run: (action: DeskAction, onDone: () => void) => void;
  error: unknown;
  busy: boolean;
};

/** Sends the client to another field or language, keeping their place, with an anonymous handover note. */
export function TransferDialog({ ticket, fields, languages, isOpen, onClose, run, error, busy }: Props) {
  const { t } = useTranslation('visits');
  const [field, setField] = useState<Field>(fields.find((f) => f !== ticket.field) ?? ticket.field);
  const [language, setLanguage] = useState<Language>(ticket.language);
  const [note, setNote] = useState('');
  const noteError = isApiError(error, 'note.personal_data') ? error.problem.title : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(
      {
        path: `/tickets/${ticket.id}/transfer`,
        body: { field, language, note: note.trim() || null },
        done: (code) => t('desk.done.transferred', { code, field: t(`common:field.${field}.label`) }),
      },
      onClose,
    );
  };
  return (
    <DialogFrame title={t('desk.transferTitle', { code: ticket.code })} isOpen={isOpen} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem error={error} />
        <p>{t('desk.transferLead')}</p>
        <SelectField
          label={t('desk.toField')}
          name="field"
          value={field}
          onChange={(v) => setField(v as Field)}
          options={fields.map((f) => ({ value: f, label: t(`common:field.${f}.label`) }))}
        />
        <SelectField
          label={t('desk.toLanguage')}
          name="language"
          value={language}
          onChange={(v) => setLanguage(v as Language)}
          options={languages.map((l) => ({ value: l, label: t(`common:language.name.${l}`) }))}
        />
        <NoteField label={t('desk.note')} value={note} onChange={setNote} error={noteError} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('desk.transferConfirm')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('desk.back')}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}

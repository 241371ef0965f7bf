import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { findPersonalData } from '../../../common/privacy/personal-data.js';

type Props = { label: string; value: string; onChange: (value: string) => void; error?: string | undefined };

/** A short free-text note that warns, as the person types, when it looks like personal data. */
export function NoteField({ label, value, onChange, error }: Props) {
  const { t } = useTranslation('visits');
  const id = useId();
  const found = findPersonalData(value);
  const kinds = [...new Set(found.map((f) => t(`personalData.${f.kind}`)))];
  const describedBy = [`${id}-hint`, kinds.length > 0 ? `${id}-warn` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <p className="field-description" id={`${id}-hint`}>
        {t('desk.noteHint')}
      </p>
      <textarea
        id={id}
        className="input textarea"
        rows={3}
        maxLength={500}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error || kinds.length > 0 ? true : undefined}
        aria-describedby={describedBy}
      />
      <p className="field-warning" id={`${id}-warn`} aria-live="polite">
        {kinds.length > 0 ? t('desk.noteWarning', { kinds: kinds.join(', ') }) : ''}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A one-time secret (reset link, enrolment code) shown large with a copy button. */
export function CopyBox({
  label,
  value,
  big = false,
  hint,
}: {
  label: string;
  value: string;
  big?: boolean;
  hint?: string;
}) {
  const { t } = useTranslation('common');
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section className="copy-box" aria-label={label}>
      <p className="copy-box-label">{label}</p>
      <output className={big ? 'copy-box-value copy-box-big' : 'copy-box-value'} data-testid="one-time-value">
        {value}
      </output>
      {hint && <p className="field-description">{hint}</p>}
      <button type="button" className="button button-secondary" onClick={copy}>
        {copied ? t('action.copied') : t('action.copy')}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('action.copied') : ''}
      </span>
    </section>
  );
}

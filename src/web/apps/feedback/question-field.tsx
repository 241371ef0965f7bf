import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/domain.js';
import type { Question } from '../../../common/surveys/schemas.js';
import { TEXT_ANSWER_MAX } from '../../../common/surveys/schemas.js';
import { Face } from './face.js';

export type AnswerValue = number | boolean | string | string[];
type Props = {
  question: Question;
  lang: Language;
  value: AnswerValue | undefined;
  onChange: (v: AnswerValue | undefined) => void;
};

/** One question as native form controls: radios for a rating (faces with words), yes/no and single choice. */
export function QuestionField({ question: q, lang, value, onChange }: Props) {
  const { t } = useTranslation('surveys');
  const name = `q-${q.key}`;
  const label = q.label[lang];
  if (q.type === 'text')
    return (
      <div className="field">
        <label htmlFor={name}>{label}</label>
        <textarea
          id={name}
          maxLength={TEXT_ANSWER_MAX}
          rows={3}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
          aria-describedby={`${name}-hint`}
        />
        <p id={`${name}-hint`} className="feedback-hint">
          {t('textHint')}
        </p>
      </div>
    );
  const options: { key: string; text: string; face?: number; value: AnswerValue }[] =
    q.type === 'rating'
      ? [1, 2, 3, 4, 5].map((n) => ({ key: String(n), text: t(`rating.${n}`), face: n, value: n }))
      : q.type === 'yes_no'
        ? [
            { key: 'yes', text: t('yes'), value: true },
            { key: 'no', text: t('no'), value: false },
          ]
        : q.options.map((o) => ({ key: o.key, text: o.label[lang], value: o.key }));
  const multiple = q.type === 'multiple';
  const checked = (v: AnswerValue) => (multiple ? Array.isArray(value) && value.includes(v as string) : value === v);
  const toggle = (v: AnswerValue) => {
    if (!multiple) return onChange(value === v ? undefined : v);
    const list = Array.isArray(value) ? value : [];
    const next = list.includes(v as string) ? list.filter((x) => x !== v) : [...list, v as string];
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className={`feedback-question feedback-${q.type}`}>
      <legend>{label}</legend>
      <div className="feedback-options">
        {options.map((o) => (
          <label key={o.key} className="feedback-option">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              checked={checked(o.value)}
              onChange={() => toggle(o.value)}
            />
            {o.face !== undefined && <Face rating={o.face} />}
            <span>{o.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

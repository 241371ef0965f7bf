import '../phone/phone.css';
import './feedback.css';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FeedbackForm, ResponseResult } from '../../../common/surveys/schemas.js';
import { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { useLanguage } from '../../i18n/use-language.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { Loading } from '../../ui/loading.js';
import { type AnswerValue, QuestionField } from './question-field.js';

type Props = { formPath: string; backTo?: string };

/** The anonymous questionnaire: voluntary (every question may be skipped), one answer per session. */
function Questionnaire({ formPath, backTo }: Props) {
  const { t } = useTranslation('surveys');
  const { current } = useLanguage();
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const form = useQuery({
    queryKey: ['feedback', formPath],
    queryFn: () => api<FeedbackForm>('GET', formPath),
    retry: false,
  });
  const send = useMutation({
    mutationFn: (versionId: string) =>
      api<ResponseResult>('POST', formPath, { body: { versionId, language: current, answers } }),
  });
  const back = backTo ? <Link to={backTo}>{t('back')}</Link> : null;
  if (form.isPending) return <Loading />;
  if (form.error)
    return (
      <>
        <p className="phone-message" role="alert">
          {form.error instanceof ApiError ? form.error.problem.title : t('unavailable')}
        </p>
        {back}
      </>
    );
  const q = form.data.questionnaire;
  if (form.data.answered || !q)
    return (
      <>
        <p className="phone-message">{form.data.answered ? t('already') : t('unavailable')}</p>
        {back}
      </>
    );
  if (send.data)
    return (
      <div role="status">
        <p className="phone-message">{t('thanks')}</p>
        {send.data.masked.length > 0 && <p className="phone-note">{t('masked')}</p>}
        {back}
      </div>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(q.versionId);
  };
  return (
    <form onSubmit={submit} className="feedback-form">
      <p className="phone-note">{t('voluntary')}</p>
      {q.questions.map((question) => (
        <QuestionField
          key={question.key}
          question={question}
          lang={current}
          value={answers[question.key]}
          onChange={(v) =>
            setAnswers(({ [question.key]: _old, ...rest }) => (v === undefined ? rest : { ...rest, [question.key]: v }))
          }
        />
      ))}
      {send.error && (
        <p className="notice notice-error" role="alert">
          {send.error instanceof ApiError ? send.error.problem.title : t('unavailable')}
        </p>
      )}
      <div className="feedback-actions">
        <button type="submit" className="button phone-button" disabled={send.isPending}>
          {t('send')}
        </button>
        {backTo && (
          <Link className="button button-secondary" to={backTo}>
            {t('skip')}
          </Link>
        )}
      </div>
    </form>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation('surveys');
  return (
    <div className="phone">
      <header className="phone-header">
        <p className="phone-centre">{t('centre')}</p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="phone-main">
        <h1 className="phone-title">{t('title')}</h1>
        {children}
      </main>
    </div>
  );
}

/** /feedback/:token — after a counselling session, from the phone page or the desk's QR code. */
export function FeedbackApp() {
  const { token = '' } = useParams();
  const t = encodeURIComponent(token);
  return (
    <Shell>
      <Questionnaire formPath={`/api/feedback/${t}`} backTo={`/t/${t}`} />
    </Shell>
  );
}

/** /feedback/site/:siteSlug — the general questionnaire on a feedback tablet. */
export function FeedbackTabletApp() {
  const { siteSlug = '' } = useParams();
  return (
    <Shell>
      <Questionnaire formPath={`/api/sites/${encodeURIComponent(siteSlug)}/feedback`} />
    </Shell>
  );
}

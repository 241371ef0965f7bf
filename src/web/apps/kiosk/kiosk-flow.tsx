import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field, Language } from '../../../common/domain.js';
import type { IssueTicketBody, TicketView } from '../../../common/visits/schemas.js';
import { isApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import type { PublicSite } from '../../api/site-queries.js';
import { queuesKey, useQueues } from '../../api/visits-api.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Loading } from '../../ui/loading.js';
import { IdleNotice } from './idle-notice.js';
import { useIdleCountdown } from './use-idle-countdown.js';
import { KioskClosed } from './kiosk-closed.js';
import { KioskFieldStep } from './kiosk-field-step.js';
import { KioskSpaceTickets } from '../space-shared/space-ticket-panel.js';
import { KioskLanguageStep } from './kiosk-language-step.js';
import { KioskQuestionsStep } from './kiosk-questions-step.js';
import { KioskTicketStep } from './kiosk-ticket-step.js';

const IDLE_SECONDS = 30;
type Step = 'language' | 'field' | 'questions' | 'ticket';

/** Language → field → optional questions → ticket; back to the start after 30 s without a touch. */
export function KioskFlow({ site, token }: { site: PublicSite; token: string }) {
  const { t } = useTranslation('visits');
  const client = useQueryClient();
  const { change } = useLanguage();
  const queues = useQueues(site.slug, { bearer: token, refetchMs: 30_000 });
  const [step, setStep] = useState<Step>('language');
  const [field, setField] = useState<Field | null>(null);
  const [language, setLanguage] = useState<Language>('fr');
  const [ticket, setTicket] = useState<TicketView | null>(null);
  const issue = useMutation({
    mutationFn: (body: IssueTicketBody) => api<TicketView>('POST', '/api/kiosk/tickets', { body, bearer: token }),
    onSuccess: (view) => {
      setTicket(view);
      setStep('ticket');
    },
    onError: (error) => {
      if (isApiError(error, 'queue.closed')) void client.invalidateQueries({ queryKey: queuesKey(site.slug) });
    },
  });
  const { reset: resetIssue } = issue;
  const restart = useCallback(() => {
    setStep('language');
    setField(null);
    setTicket(null);
    resetIssue();
    window.scrollTo(0, 0);
  }, [resetIssue]);
  const left = useIdleCountdown(step !== 'language', IDLE_SECONDS, restart);

  if (!queues.data) return <Loading />;
  if (!queues.data.issuing || isApiError(issue.error, 'queue.closed'))
    return <KioskClosed site={site} open={queues.data.open} />;

  const pickLanguage = async (lang: Language) => {
    setLanguage(lang);
    await change(lang);
    setStep('field');
  };
  return (
    <>
      <IdleNotice left={left} always={step === 'ticket'} />
      {step !== 'language' && step !== 'ticket' && (
        <div className="kiosk-nav">
          <button type="button" className="button button-secondary" onClick={restart}>
            {t('kiosk.startOver')}
          </button>
        </div>
      )}
      <FormProblem error={issue.error} />
      {step === 'language' && <KioskLanguageStep languages={site.languages} onPick={(l) => void pickLanguage(l)} />}
      {step === 'field' && (
        <KioskFieldStep
          fields={site.fields}
          onPick={(f) => {
            setField(f);
            setStep('questions');
            window.scrollTo(0, 0);
          }}
        />
      )}
      {step === 'field' && <KioskSpaceTickets token={token} />}
      {step === 'questions' && field && (
        <KioskQuestionsStep
          busy={issue.isPending}
          onDone={(answers) => issue.mutate({ field, language, ...answers })}
        />
      )}
      {step === 'ticket' && ticket && <KioskTicketStep ticket={ticket} site={site} onDone={restart} />}
    </>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { brandStyle, usePublicSite } from '../../api/site-queries.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { Loading } from '../../ui/loading.js';
import { alertCalled, unlockSound } from './alert-called.js';
import { NotifyButton } from './notify-button.js';
import { TicketStatus } from './ticket-status.js';
import { useTicket } from './use-ticket.js';

/** Follow your turn on your own phone: no login, no name, the token in the address is the key. */
export function PhoneTicketPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('phone');
  const { current } = useLanguage();
  const { ticket, error } = useTicket(token);
  const site = usePublicSite(ticket?.siteSlug ?? 'brussels');
  const alerted = useRef('');
  const callKey = ticket?.status === 'called' ? `${ticket.calledAt}` : '';
  useEffect(() => {
    if (callKey && alerted.current !== callKey) {
      alerted.current = callKey;
      alertCalled();
    }
  }, [callKey]);
  return (
    <div className="phone" style={brandStyle(site.data)} onPointerDown={unlockSound}>
      <header className="phone-header">
        <p className="phone-centre">{localized(site.data?.name, current) || t('centre')}</p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="phone-main">
        <h1 className="phone-title">{t('title')}</h1>
        {error && !ticket && (
          <p className="notice notice-error" role="alert">
            {error.problem.title}
          </p>
        )}
        {!ticket && !error && <Loading />}
        {ticket && (
          <>
            <p className="phone-code">
              <span className="phone-code-label">{t('yourNumber')}</span>
              <span className="phone-code-value">{ticket.code}</span>
              <span className="phone-code-field">{t(`common:field.${ticket.field}.label`)}</span>
            </p>
            <div className={`phone-status phone-status-${ticket.status}`} role="status" aria-live="polite">
              <TicketStatus ticket={ticket} site={site.data} />
            </div>
            {(ticket.status === 'waiting' || ticket.status === 'transferred') && (
              <NotifyButton token={token} onGesture={unlockSound} />
            )}
            {ticket.feedbackOpen && (
              <div className="phone-feedback">
                <p>{t('feedback.lead')}</p>
                <Link className="button phone-button" to={`/feedback/${encodeURIComponent(token)}`}>
                  {t('feedback.link')}
                </Link>
              </div>
            )}
          </>
        )}
        <p className="phone-privacy">{t('privacy')}</p>
      </main>
    </div>
  );
}

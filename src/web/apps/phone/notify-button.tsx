import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pushSupported, subscribeToPush as pushSubscribe } from './push-subscribe.js';

type Status = 'idle' | 'busy' | 'subscribed' | 'denied' | 'failed';

/** "Notify me": a phone notification when called, explained in plain words; nothing personal is asked. */
export function NotifyButton({ token, onGesture }: { token: string; onGesture: () => void }) {
  const { t } = useTranslation('phone');
  const [status, setStatus] = useState<Status>('idle');
  if (!pushSupported()) return <p className="phone-note">{t('notify.unsupported')}</p>;
  const subscribe = async () => {
    onGesture();
    setStatus('busy');
    try {
      setStatus(await pushSubscribe(token));
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="phone-notify">
      {status === 'subscribed' ? (
        <p className="phone-note phone-note-ok" role="status">
          {t('notify.done')}
        </p>
      ) : (
        <>
          <button
            type="button"
            className="button phone-button"
            disabled={status === 'busy'}
            onClick={() => void subscribe()}
          >
            {t('notify.button')}
          </button>
          <p className="phone-note">{t('notify.explain')}</p>
          {(status === 'denied' || status === 'failed') && (
            <p className="phone-note" role="status">
              {t(status === 'denied' ? 'notify.denied' : 'notify.failed')}
            </p>
          )}
        </>
      )}
    </div>
  );
}

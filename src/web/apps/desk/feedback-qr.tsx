import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../visits/qr-code.js';
import { DialogFrame } from './dialog-frame.js';

/**
 * The satisfaction questionnaire for the client in front of me: a QR code they scan with their own
 * phone. It opens the same anonymous page as the phone's follow-up link (bound to the ticket token,
 * one answer per session), so nothing about the client is typed or seen at the desk.
 */
export function FeedbackQr({ token }: { token: string }) {
  const { t } = useTranslation('visits');
  const [open, setOpen] = useState(false);
  const url = `${window.location.origin}/feedback/${token}`;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('desk.feedback.show')}
      </button>
      <DialogFrame title={t('desk.feedback.title')} isOpen={open} onClose={() => setOpen(false)}>
        <p>{t('desk.feedback.lead')}</p>
        <div className="feedback-qr">
          <QrCode text={url} size={240} label={t('desk.feedback.qrLabel')} />
        </div>
        <p className="hint">{t('desk.feedback.voluntary')}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('desk.feedback.close')}
          </button>
        </div>
      </DialogFrame>
    </>
  );
}

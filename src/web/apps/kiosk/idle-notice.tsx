import { useTranslation } from 'react-i18next';

/** Tells the person the kiosk will start over, with the seconds left. */
export function IdleNotice({ left, always }: { left: number | null; always: boolean }) {
  const { t } = useTranslation('visits');
  if (left === null || (!always && left > 10)) return null;
  return (
    <p className={left <= 10 ? 'kiosk-idle kiosk-idle-soon' : 'kiosk-idle'} role="timer" aria-live="polite">
      {t('kiosk.idle', { count: left })}
    </p>
  );
}

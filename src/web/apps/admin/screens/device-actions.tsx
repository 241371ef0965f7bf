import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../common/schemas/sites/device.js';
import { useSave } from '../resource/use-resource.js';
import type { EnrolmentCode } from './enrolment-code.js';

type Props = { base: string; device: Device; onCode: (code: EnrolmentCode) => void; onError: (error: unknown) => void };

/** New code and revoke (with a confirmation step) for one device. */
export function DeviceActions({ base, device, onCode, onError }: Props) {
  const { t } = useTranslation('admin');
  const [confirming, setConfirming] = useState(false);
  const listUrl = `${base}/devices`;
  const newCode = useSave<EnrolmentCode>(listUrl, 'POST', `${listUrl}/${device.id}/code`);
  const revoke = useSave<Device>(listUrl, 'POST', `${listUrl}/${device.id}/revoke`);
  const name = <span className="visually-hidden"> {device.label}</span>;
  if (confirming) {
    return (
      <div className="row-actions">
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => revoke.mutate({}, { onSuccess: () => setConfirming(false), onError })}
        >
          {t('devices.confirmRevoke')}
          {name}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={() => setConfirming(false)}>
          {t('action.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => newCode.mutate({}, { onSuccess: onCode, onError })}
      >
        {t('devices.newCode')}
        {name}
      </button>
      {device.status !== 'revoked' && (
        <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(true)}>
          {t('devices.revoke')}
          {name}
        </button>
      )}
    </div>
  );
}

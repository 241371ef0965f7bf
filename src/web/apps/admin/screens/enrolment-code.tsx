import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../common/format.js';
import type { Device } from '../../../../common/schemas/sites/device.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { CopyBox } from '../../../ui/copy-box.js';

export type EnrolmentCode = { device: Device; code: string; expiresAt: string };

/** The one-time code, shown big, with where to type it. */
export function EnrolmentCodePanel({ result, timeZone }: { result: EnrolmentCode; timeZone: string }) {
  const { t } = useTranslation('admin');
  const { current } = useLanguage();
  return (
    <div className="panel panel-highlight" role="status">
      <h3>{t('devices.codeFor', { label: result.device.label })}</h3>
      <CopyBox
        big
        label={t('devices.code')}
        value={result.code}
        hint={t('devices.codeHint', {
          path: `/${result.device.kind}`,
          until: formatDateTime(result.expiresAt, current, timeZone),
        })}
      />
    </div>
  );
}

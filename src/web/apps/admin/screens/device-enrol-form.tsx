import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVICE_KINDS } from '../../../../common/domain.js';
import type { Station } from '../../../../common/schemas/sites/places.js';
import { isApiError } from '../../../api/api-error.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { TextField } from '../../../ui/text-field.js';
import { useList, useSave } from '../resource/use-resource.js';
import type { EnrolmentCode } from './enrolment-code.js';

/** Enrol a kiosk, display or station screen; the server answers with a one-time code. */
export function DeviceEnrolForm({ base, onCode }: { base: string; onCode: (code: EnrolmentCode) => void }) {
  const { t } = useTranslation('admin');
  const [kind, setKind] = useState('kiosk');
  const [label, setLabel] = useState('');
  const [stationId, setStationId] = useState('');
  const stations = useList<Station>(`${base}/stations`);
  const enrol = useSave<EnrolmentCode>(`${base}/devices`, 'POST', `${base}/devices`);
  const errors = isApiError(enrol.error) ? enrol.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    enrol.mutate(
      { kind, label, stationId: kind === 'station' && stationId ? stationId : null },
      { onSuccess: (result) => onCode(result) },
    );
  };
  return (
    <form className="form form-grid" onSubmit={submit} noValidate aria-labelledby="enrol-title">
      <h3 id="enrol-title">{t('devices.new')}</h3>
      <FormProblem error={enrol.error} />
      <SelectField
        label={t('devices.fields.kind')}
        name="kind"
        value={kind}
        onChange={setKind}
        options={DEVICE_KINDS.map((k) => ({ value: k, label: t(`common:deviceKind.${k}`) }))}
        error={errors.kind}
      />
      <TextField
        label={t('devices.fields.label')}
        name="label"
        value={label}
        onChange={setLabel}
        error={errors.label}
      />
      {kind === 'station' && (
        <SelectField
          label={t('devices.fields.stationId')}
          name="stationId"
          value={stationId}
          onChange={setStationId}
          options={(stations.data ?? []).map((s) => ({ value: s.id, label: s.label }))}
          emptyLabel={t('form.none')}
          error={errors.stationId}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-large" disabled={enrol.isPending}>
          {t('devices.enrol')}
        </button>
      </div>
    </form>
  );
}

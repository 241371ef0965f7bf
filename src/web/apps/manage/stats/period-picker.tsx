import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Period, PRESETS, type Preset, presetPeriod } from './period.js';

export type { Period } from './period.js';
export type Scope = 'site' | 'network';

type Props = { period: Period; scope: Scope; onChange: (period: Period, scope: Scope) => void; withScope?: boolean };

/** Chooses the period (presets or custom dates) and the scope (this centre or the network). */
export function PeriodPicker({ period, scope, onChange, withScope = true }: Props) {
  const { t } = useTranslation('stats');
  const [preset, setPreset] = useState<Preset>('seven_months');
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [where, setWhere] = useState<Scope>(scope);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(preset === 'custom' ? { from, to } : presetPeriod(preset), where);
  };
  return (
    <form className="panel stats-picker" onSubmit={submit} aria-labelledby="picker-title">
      <h2 id="picker-title" className="visually-hidden">
        {t('web.picker.title')}
      </h2>
      <div className="field">
        <label htmlFor="stats-preset">{t('web.picker.period')}</label>
        <select id="stats-preset" value={preset} onChange={(e) => setPreset(e.target.value as Preset)}>
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`web.preset.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' && (
        <>
          <div className="field">
            <label htmlFor="stats-from">{t('web.picker.from')}</label>
            <input id="stats-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="stats-to">{t('web.picker.to')}</label>
            <input id="stats-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
          </div>
        </>
      )}
      {withScope && (
        <div className="field">
          <label htmlFor="stats-scope">{t('web.picker.scope')}</label>
          <select id="stats-scope" value={where} onChange={(e) => setWhere(e.target.value as Scope)}>
            <option value="site">{t('web.scope.site')}</option>
            <option value="network">{t('web.scope.network')}</option>
          </select>
        </div>
      )}
      <button type="submit" className="button">
        {t('web.picker.show')}
      </button>
    </form>
  );
}

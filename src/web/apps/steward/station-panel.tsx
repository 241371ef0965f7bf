import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceSnapshot, StationView } from '../../../common/space/schemas.js';
import { FormProblem } from '../../ui/form-problem.js';
import { TextField } from '../../ui/text-field.js';
import { spaceApi } from '../space-shared/space-api.js';

type Props = { slug: string; station: StationView; snapshot: SpaceSnapshot; onDone: () => void };

/** What a steward can do with the selected station. */
export function StationPanel({ slug, station, snapshot, onDone }: Props) {
  const { t } = useTranslation('space');
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const [target, setTarget] = useState('');
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => {
      setCode('');
      setNote('');
      setTarget('');
      onDone();
    },
  });
  const use = station.use;
  const free = snapshot.stations.filter((s) => s.kind === station.kind && s.state === 'free' && s.id !== station.id);
  const limit = snapshot.limits[station.kind];
  return (
    <section className="panel space-panel" aria-labelledby="panel-title">
      <h2 id="panel-title">{t('steward.panelTitle', { label: station.label, state: t(`state.${station.state}`) })}</h2>
      <FormProblem error={act.error} />
      {station.outOfOrder ? (
        <>
          {station.note && <p>{t('steward.note', { note: station.note })}</p>}
          <button
            type="button"
            className="button"
            onClick={() => act.mutate(() => spaceApi.inService(slug, station.id))}
          >
            {t('steward.inService')}
          </button>
        </>
      ) : use ? (
        <>
          <p>
            {t('steward.useInfo', { extensions: use.extensions, max: use.maxExtensions, limit: use.limitMinutes })}
            {use.ticketCode ? ` · ${use.ticketCode}` : ''}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={use.extensions >= use.maxExtensions}
              onClick={() => act.mutate(() => spaceApi.extend(slug, use.id))}
            >
              {t('steward.extend', { minutes: use.extendMinutes })}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => act.mutate(() => spaceApi.end(slug, use.id))}
            >
              {t('steward.end')}
            </button>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="move-target">
              {t('steward.moveTo')}
            </label>
            <select id="move-target" className="input" value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('steward.chooseStation')}</option>
              {free.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button-secondary"
            disabled={!target}
            onClick={() => act.mutate(() => spaceApi.move(slug, use.id, target))}
          >
            {t('steward.move')}
          </button>
        </>
      ) : (
        <>
          <p>
            {limit.shortened
              ? t('steward.limitShortened', { minutes: limit.minutes, normal: limit.normalMinutes })
              : t('steward.limit', { minutes: limit.minutes })}
          </p>
          {station.offer && <p className="notice">{t('steward.reservedFor', { code: station.offer.code })}</p>}
          <TextField
            label={t('steward.ticketCode')}
            description={t('steward.ticketCodeHelp')}
            name="ticket"
            value={code}
            onChange={setCode}
          />
          <button
            type="button"
            className="button"
            onClick={() => act.mutate(() => spaceApi.start(slug, station.id, code.trim() || undefined))}
          >
            {t('steward.start')}
          </button>
        </>
      )}
      {!station.outOfOrder && !use && (
        <div className="space-ooo">
          <TextField label={t('steward.noteLabel')} name="note" value={note} onChange={setNote} />
          <button
            type="button"
            className="button button-danger"
            disabled={note.trim() === ''}
            onClick={() => act.mutate(() => spaceApi.outOfOrder(slug, station.id, note.trim()))}
          >
            {t('steward.outOfOrder')}
          </button>
        </div>
      )}
    </section>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OCCUPATION_TAGS, type OccupationTag, type TagInput } from '../../../../common/catalogue/tag-schemas.js';
import { ApiError } from '../../../api/api-error.js';
import { api } from '../../../api/client.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { TextField } from '../../../ui/text-field.js';
import { type EscoItem, EscoPicker, PickedList } from '../../catalogue-staff/esco-picker.js';

const err = (error: unknown, field: string) => (error instanceof ApiError ? error.fieldErrors()[field] : undefined);

/** Tags one occupation: growth sector / new profession, or a regional shortage list, with its source and year. */
export function TagForm() {
  const { t } = useTranslation('offers');
  const client = useQueryClient();
  const [occupation, setOccupation] = useState<EscoItem | null>(null);
  const [tag, setTag] = useState<OccupationTag>('shortage');
  const [region, setRegion] = useState(t('tags.defaultRegion'));
  const [source, setSource] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      api<TagInput>('PUT', '/api/catalogue/tags', {
        body: {
          occupationUri: occupation?.uri ?? '',
          tag,
          region: tag === 'shortage' ? region : '',
          source,
          year: Number(year) || year,
        },
      }),
    onSuccess: async () => {
      setSaved(occupation?.title ?? '');
      setOccupation(null);
      await client.invalidateQueries({ queryKey: ['catalogue-tags'] });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    save.mutate();
  };
  return (
    <form
      className="panel form form-grid catalogue-form"
      onSubmit={onSubmit}
      aria-labelledby="tag-form-title"
      noValidate
    >
      <h2 id="tag-form-title">{t('tags.add')}</h2>
      <FormProblem error={save.error} />
      {saved !== null && (
        <p role="status" className="notice notice-success">
          {t('tags.saved', { name: saved })}
        </p>
      )}
      <div className="form-wide">
        {occupation ? (
          <div className="field">
            <span className="field-label" id="tag-occupation-label">
              {t('tags.occupation')}
            </span>
            <PickedList label={t('tags.occupation')} items={[occupation]} onRemove={() => setOccupation(null)} />
            {err(save.error, 'occupationUri') && <p className="field-error">{err(save.error, 'occupationUri')}</p>}
          </div>
        ) : (
          <EscoPicker
            label={t('tags.occupation')}
            type="occupation"
            onPick={setOccupation}
            error={err(save.error, 'occupationUri')}
          />
        )}
      </div>
      <SelectField
        label={t('tags.kind')}
        name="tag"
        value={tag}
        onChange={(v) => setTag(v as OccupationTag)}
        options={OCCUPATION_TAGS.map((k) => ({ value: k, label: t(`tags.tag.${k}`) }))}
        error={err(save.error, 'tag')}
      />
      {tag === 'shortage' && (
        <TextField
          label={t('tags.region')}
          name="region"
          value={region}
          onChange={setRegion}
          error={err(save.error, 'region')}
        />
      )}
      <TextField
        label={t('tags.source')}
        description={t('tags.sourceHint')}
        name="source"
        value={source}
        onChange={setSource}
        error={err(save.error, 'source')}
      />
      <TextField
        label={t('tags.year')}
        name="year"
        type="number"
        inputMode="numeric"
        value={year}
        onChange={setYear}
        error={err(save.error, 'year')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('tags.submit')}
        </button>
      </div>
    </form>
  );
}

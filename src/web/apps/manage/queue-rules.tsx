import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../common/domain.js';
import type { VisitSettings } from '../../../common/visits/schemas.js';
import { isApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { sitePath } from '../../api/visits-api.js';
import { Checkbox } from '../../ui/checkbox.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Loading } from '../../ui/loading.js';
import { SelectField } from '../../ui/select-field.js';
import { RatioRules } from './ratio-rules.js';

const numbers = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => String(from + i * step));

/** How queues are served: recalls before no-show, when ticketing stops, priorities between queues. */
export function QueueRules({ slug, fields }: { slug: string; fields: readonly Field[] }) {
  const { t } = useTranslation('visits');
  const client = useQueryClient();
  const key = ['visit-settings', slug];
  const saved = useQuery({
    queryKey: key,
    queryFn: () => api<VisitSettings>('GET', `${sitePath(slug)}/visit-settings`),
  });
  const [draft, setDraft] = useState<VisitSettings | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (saved.data) setDraft(saved.data);
  }, [saved.data]);
  const save = useMutation({
    mutationFn: (body: VisitSettings) => api<VisitSettings>('PUT', `${sitePath(slug)}/visit-settings`, { body }),
    onSuccess: (data) => {
      client.setQueryData(key, data);
      setSaid(t('rules.saved'));
    },
  });
  if (!draft) return <Loading />;
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid('');
    save.mutate(draft);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem error={save.error} />
      <div className="form-grid">
        <SelectField
          label={t('rules.recallLimit')}
          name="recallLimit"
          value={String(draft.recallLimit)}
          onChange={(v) => setDraft({ ...draft, recallLimit: Number(v) })}
          options={numbers(0, 5).map((n) => ({ value: n, label: n }))}
          error={errors.recallLimit}
        />
        <SelectField
          label={t('rules.closeBefore')}
          name="closeBeforeMinutes"
          value={String(draft.closeBeforeMinutes)}
          onChange={(v) => setDraft({ ...draft, closeBeforeMinutes: Number(v) })}
          options={numbers(0, 120, 5).map((n) => ({ value: n, label: t('rules.minutes', { n }) }))}
          error={errors.closeBeforeMinutes}
        />
      </div>
      <Checkbox isSelected={draft.transferredFirst} onChange={(v) => setDraft({ ...draft, transferredFirst: v })}>
        {t('rules.transferredFirst')}
      </Checkbox>
      <RatioRules fields={fields} ratios={draft.ratios} onChange={(ratios) => setDraft({ ...draft, ratios })} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('rules.save')}
        </button>
      </div>
      <p role="status" className="status-line">
        {said}
      </p>
    </form>
  );
}

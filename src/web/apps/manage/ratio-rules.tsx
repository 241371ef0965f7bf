import { useTranslation } from 'react-i18next';
import type { Field } from '../../../common/domain.js';
import type { VisitSettings } from '../../../common/visits/schemas.js';
import { SelectField } from '../../ui/select-field.js';

type Ratio = VisitSettings['ratios'][number];
type Props = { fields: readonly Field[]; ratios: Ratio[]; onChange: (ratios: Ratio[]) => void };

/** "Call N from this field for every one from that field" rules, added and removed one by one. */
export function RatioRules({ fields, ratios, onChange }: Props) {
  const { t } = useTranslation('visits');
  const fieldOptions = fields.map((f) => ({ value: f, label: t(`common:field.${f}.label`) }));
  const update = (i: number, patch: Partial<Ratio>) =>
    onChange(ratios.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="field-set ratio-rules">
      <legend className="field-label">{t('rules.ratios')}</legend>
      <p className="field-description">{t('rules.ratiosHint')}</p>
      {ratios.length === 0 && <p>{t('rules.noRatios')}</p>}
      {ratios.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rules are positional ("Rule 1", "Rule 2"); same pair may repeat while editing.
        <div key={`${r.first}-${r.second}-${i}`} className="ratio-row">
          <SelectField
            label={t('rules.first', { n: i + 1 })}
            name={`first-${i}`}
            value={r.first}
            onChange={(v) => update(i, { first: v as Field })}
            options={fieldOptions}
          />
          <SelectField
            label={t('rules.ratio', { n: i + 1 })}
            name={`ratio-${i}`}
            value={String(r.ratio)}
            onChange={(v) => update(i, { ratio: Number(v) })}
            options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: t('rules.ratioValue', { n }) }))}
          />
          <SelectField
            label={t('rules.second', { n: i + 1 })}
            name={`second-${i}`}
            value={r.second}
            onChange={(v) => update(i, { second: v as Field })}
            options={fieldOptions}
          />
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => onChange(ratios.filter((_, k) => k !== i))}
          >
            {t('rules.remove', { n: i + 1 })}
          </button>
        </div>
      ))}
      {ratios.length < 6 && (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => onChange([...ratios, { first: fields[0] ?? 'work', second: fields[1] ?? 'choose', ratio: 2 }])}
        >
          {t('rules.add')}
        </button>
      )}
    </fieldset>
  );
}

import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

export type FilterOption = { value: string; label: string; lang?: string; count?: number };
export type FilterChoice = { name: string; label: string; any: string; options: FilterOption[] };

/**
 * Filters as a plain form of selects (submitted with its button, never on change, so a keyboard or screen
 * reader user is not moved while choosing). The chosen values go to the address, with the `keep` ones.
 */
export function FilterForm({ choices, keep = [] }: { choices: FilterChoice[]; keep?: string[] }) {
  const { t } = useTranslation('catalogue');
  const [params, setParams] = useSearchParams();
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of keep) {
      const v = params.get(key);
      if (v) next.set(key, v);
    }
    for (const { name } of choices) {
      const v = String(form.get(name) ?? '');
      if (v) next.set(name, v);
    }
    setParams(next);
  };
  return (
    <form className="portal-filters" onSubmit={submit} aria-label={t('list.filters')}>
      {choices.map((c) => (
        <div className="field" key={c.name}>
          <label className="field-label" htmlFor={`${id}-${c.name}`}>
            {c.label}
          </label>
          <select
            id={`${id}-${c.name}`}
            name={c.name}
            className="input"
            key={`${params.get(c.name) ?? ''}:${c.options.length}`}
            defaultValue={params.get(c.name) ?? ''}
          >
            <option value="">{c.any}</option>
            {c.options.map((o) => (
              <option key={o.value} value={o.value} lang={o.lang}>
                {o.count === undefined ? o.label : `${o.label} (${o.count})`}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="button">
        {t('list.apply')}
      </button>
    </form>
  );
}

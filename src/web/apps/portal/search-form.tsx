import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** One search box: a plain form that leads to the results page (works before any script has loaded too). */
export function SearchForm({ initial = '', type = 'occupation' }: { initial?: string; type?: string }) {
  const { t } = useTranslation('catalogue');
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams({ q: q.trim() });
    if (type !== 'occupation') params.set('type', type);
    if (q.trim() !== '') void navigate(`/portal/search?${params}`);
  };
  return (
    <search>
      <form className="portal-search" action="/portal/search" onSubmit={submit}>
        <label htmlFor={id}>{t(`search.labelFor.${type}`, { defaultValue: t('search.label') })}</label>
        <div className="portal-search-row">
          <input
            id={id}
            name="q"
            type="search"
            value={q}
            maxLength={200}
            autoComplete="off"
            placeholder={t('search.placeholder')}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
        {type !== 'occupation' && <input type="hidden" name="type" value={type} />}
        <p className="portal-hint">{t('search.hint')}</p>
      </form>
    </search>
  );
}

import './catalogue-staff.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../common/catalogue/schemas.js';
import { api } from '../../api/client.js';
import { useLanguage } from '../../i18n/use-language.js';

export type EscoItem = { uri: string; title: string; titleLang?: string };
type Props = {
  label: string;
  type: 'occupation' | 'skill';
  onPick: (item: EscoItem) => void;
  description?: string;
  error?: string | undefined;
};

/** Waits until typing pauses, so the autocomplete asks once per word rather than once per key. */
function useDebounced(value: string, ms = 250) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Type-ahead over ESCO occupations or skills (the catalogue's suggest endpoint): a search field and, under it,
 * the matches as buttons. Plain controls rather than a popup list: they work the same with a keyboard, a
 * screen reader (the number of matches is announced) and a finger, and never hide the rest of the form.
 */
export function EscoPicker({ label, type, onPick, description, error }: Props) {
  const { t } = useTranslation('offers');
  const { current } = useLanguage();
  const id = useId();
  const [q, setQ] = useState('');
  const words = useDebounced(q.trim());
  const suggest = useQuery({
    queryKey: ['esco-suggest', type, words, current],
    enabled: words.length >= 2,
    queryFn: () =>
      api<SearchResult>(
        'GET',
        `/api/catalogue/suggest?${new URLSearchParams({ q: words, lang: current, type, limit: '8' })}`,
      ),
  });
  const items = (words.length >= 2 && q.trim() !== '' ? (suggest.data?.items ?? []) : []).flatMap((i) =>
    i.escoUri ? [{ uri: i.escoUri, title: i.title, titleLang: i.titleLang }] : [],
  );
  const pick = (item: EscoItem) => {
    onPick(item);
    setQ('');
  };
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const status =
    words.length < 2 || q.trim() === '' || !suggest.isSuccess
      ? ''
      : items.length === 0
        ? t('picker.none')
        : t('picker.count', { count: items.length });
  return (
    <div className="field esco-picker">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {description && (
        <p className="field-description" id={`${id}-description`}>
          {description}
        </p>
      )}
      <input
        id={id}
        type="search"
        className="input"
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          // Enter takes the first match instead of sending the whole form.
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (items[0]) pick(items[0]);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p className="esco-status" aria-live="polite">
        {status}
      </p>
      {items.length > 0 && (
        <ul className="esco-results" aria-label={t('picker.matches', { label })}>
          {items.map((item) => (
            <li key={item.uri}>
              <button type="button" className="esco-result" onClick={() => pick(item)}>
                <span lang={item.titleLang === current ? undefined : item.titleLang}>{item.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The picked items as a list, each with a button to take it away again. */
export function PickedList({
  items,
  onRemove,
  label,
}: {
  items: EscoItem[];
  onRemove: (uri: string) => void;
  label: string;
}) {
  const { t } = useTranslation('offers');
  if (items.length === 0) return null;
  return (
    <ul className="chip-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.uri} className="chip">
          <span lang={item.titleLang}>{item.title}</span>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={t('picker.remove', { name: item.title })}
            onClick={() => onRemove(item.uri)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

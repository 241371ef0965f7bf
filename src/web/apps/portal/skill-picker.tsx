import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../common/catalogue/schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { langAttr } from './lang-attr.js';
import { useSkillSuggestions } from './portal-api.js';

type Suggestion = SearchResult['items'][number];

function useDebounced(value: string, ms: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * "What I can do": a combobox (WAI-ARIA pattern, list autocomplete) over ESCO skills. Arrow keys move
 * through the suggestions, Enter ticks the highlighted one, Escape closes the list.
 */
export function SkillPicker({ onPick, picked }: { onPick: (uri: string) => void; picked: ReadonlySet<string> }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const id = useId();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(q, 250);
  const suggestions = useSkillSuggestions(query, current);
  const items: Suggestion[] = (suggestions.data?.items ?? []).filter((s) => s.escoUri && !picked.has(s.escoUri));
  const expanded = open && q.trim().length >= 2 && items.length > 0;
  const pick = (s: Suggestion | undefined) => {
    if (!s?.escoUri) return;
    onPick(s.escoUri);
    setQ('');
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, items.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && expanded) {
      e.preventDefault();
      pick(items[Math.max(active, 0)]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };
  const status = q.trim().length < 2 ? '' : t('skills.suggestions', { count: items.length });
  return (
    <div className="portal-combobox">
      <label htmlFor={`${id}-input`}>{t('skills.label')}</label>
      <p className="portal-hint" id={`${id}-hint`}>
        {t('skills.hint')}
      </p>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        className="input"
        autoComplete="off"
        maxLength={200}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={`${id}-list`} role="listbox" aria-label={t('skills.listLabel')} hidden={!expanded}>
        {items.map((s, i) => (
          <div
            key={s.escoUri}
            id={`${id}-opt-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            lang={langAttr(s.titleLang, current)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(s)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') pick(s);
            }}
          >
            {s.title}
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {open ? status : ''}
      </p>
    </div>
  );
}

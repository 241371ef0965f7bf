import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from '../../../common/schemas/sites/places.js';
import { api } from '../../api/client.js';
import { sitePath } from '../../api/visits-api.js';
import { Loading } from '../../ui/loading.js';
import { SelectField } from '../../ui/select-field.js';

const DESK_KEY = 'atrium_desk';

/** Choose the desk I work at today (remembered on this computer) and open it. */
export function DeskPicker({ slug, busy, onOpen }: { slug: string; busy: boolean; onOpen: (deskId: string) => void }) {
  const { t } = useTranslation('visits');
  const desks = useQuery({ queryKey: ['desks', slug], queryFn: () => api<Desk[]>('GET', `${sitePath(slug)}/desks`) });
  const [desk, setDesk] = useState(() => localStorage.getItem(DESK_KEY) ?? '');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!desk) {
      setMissing(true);
      return;
    }
    localStorage.setItem(DESK_KEY, desk);
    onOpen(desk);
  };
  if (!desks.data) return <Loading />;
  return (
    <form className="form desk-picker" onSubmit={submit} noValidate>
      <SelectField
        label={t('desk.desk')}
        name="desk"
        value={desk}
        onChange={setDesk}
        options={desks.data.filter((d) => d.active).map((d) => ({ value: d.id, label: d.label }))}
        emptyLabel={t('desk.pick')}
        error={missing ? t('desk.pickFirst') : undefined}
      />
      <button type="submit" className="button button-large" disabled={busy}>
        {t('desk.open')}
      </button>
    </form>
  );
}

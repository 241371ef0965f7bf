import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, StaffEvent } from '../../../../common/agenda/schemas.js';
import { EVENT_TYPES, REGISTRATION_MODES } from '../../../../common/agenda/vocabulary.js';
import { AUDIENCES, FIELDS, LANGUAGES } from '../../../../common/domain.js';
import { formatDateTime } from '../../../../common/format.js';
import { api } from '../../../api/client.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { CheckboxGroupField } from '../../../ui/checkbox-group-field.js';
import { Checkbox } from '../../../ui/checkbox.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { TextField } from '../../../ui/text-field.js';
import { agendaPaths, fieldError } from '../../agenda/agenda-api.js';

type Texts = Record<(typeof LANGUAGES)[number], string>;
const empty: Texts = { fr: '', nl: '', en: '' };

/** Publishes an event in an approved booking: texts in fr/nl/en, audiences, capacity, registration. */
export function EventForm({ bookings, timeZone }: { bookings: Booking[]; timeZone: string }) {
  const { t } = useTranslation(['agenda', 'common']);
  const { current } = useLanguage();
  const client = useQueryClient();
  const [bookingId, setBookingId] = useState('');
  const [type, setType] = useState('workshop');
  const [title, setTitle] = useState<Texts>(empty);
  const [description, setDescription] = useState<Texts>(empty);
  const [capacity, setCapacity] = useState('12');
  const [mode, setMode] = useState('required');
  const [fields, setFields] = useState<string[]>([]);
  const [audiences, setAudiences] = useState<string[]>([]);
  const [language, setLanguage] = useState<string>(current);
  const [publish, setPublish] = useState(true);
  const create = useMutation({
    mutationFn: () =>
      api<StaffEvent>('POST', `${agendaPaths.base}/events`, {
        body: {
          bookingId,
          type,
          title,
          description,
          capacity: Number(capacity),
          registrationMode: mode,
          fields,
          audiences,
          language,
          publish,
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff-events'] }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form className="panel form form-grid" onSubmit={onSubmit} aria-labelledby="event-form-title" noValidate>
      <h2 id="event-form-title">{t('bookings.createEvent')}</h2>
      <FormProblem error={create.error} />
      {create.isSuccess && (
        <p role="status" className="notice">
          {t('events.created')}
        </p>
      )}
      <SelectField
        label={t('events.booking')}
        name="bookingId"
        value={bookingId}
        onChange={setBookingId}
        emptyLabel=""
        options={bookings.map((b) => ({
          value: b.id,
          label: `${b.title} — ${b.roomName} — ${formatDateTime(b.startsAt, current, timeZone)}`,
        }))}
        error={fieldError(create.error, 'bookingId')}
      />
      <SelectField
        label={t('events.type')}
        name="type"
        value={type}
        onChange={setType}
        options={EVENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
      />
      {LANGUAGES.map((l) => (
        <TextField
          key={`t-${l}`}
          label={t('events.titleIn', { lang: l.toUpperCase() })}
          name={`title-${l}`}
          value={title[l]}
          onChange={(v) => setTitle((x) => ({ ...x, [l]: v }))}
          error={fieldError(create.error, `title.${l}`) ?? (l === 'fr' ? fieldError(create.error, 'title') : undefined)}
        />
      ))}
      {LANGUAGES.map((l) => (
        <TextField
          key={`d-${l}`}
          label={t('events.descriptionIn', { lang: l.toUpperCase() })}
          name={`description-${l}`}
          value={description[l]}
          onChange={(v) => setDescription((x) => ({ ...x, [l]: v }))}
        />
      ))}
      <TextField
        label={t('events.capacity')}
        name="capacity"
        type="number"
        inputMode="numeric"
        value={capacity}
        onChange={setCapacity}
        error={fieldError(create.error, 'capacity')}
      />
      <SelectField
        label={t('events.mode')}
        name="mode"
        value={mode}
        onChange={setMode}
        options={REGISTRATION_MODES.map((v) => ({ value: v, label: t(`mode.${v}`) }))}
      />
      <SelectField
        label={t('events.language')}
        name="language"
        value={language}
        onChange={setLanguage}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.name.${l}`) }))}
      />
      <CheckboxGroupField
        label={t('events.fields')}
        name="fields"
        value={fields}
        onChange={setFields}
        options={FIELDS.map((f) => ({ value: f, label: t(`common:field.${f}.label`) }))}
      />
      <CheckboxGroupField
        label={t('events.audiences')}
        name="audiences"
        value={audiences}
        onChange={setAudiences}
        options={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
      />
      <Checkbox isSelected={publish} onChange={setPublish}>
        {t('events.publish')}
      </Checkbox>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('events.submit')}
      </button>
    </form>
  );
}

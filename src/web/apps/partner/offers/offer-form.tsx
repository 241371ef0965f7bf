import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CATALOGUE_LANGS, type CatalogueLang } from '../../../../common/catalogue/languages.js';
import { OFFER_KINDS, OFFER_LIMITS, type Offer, type OfferInput } from '../../../../common/catalogue/offer-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Checkbox } from '../../../ui/checkbox.js';
import { CheckboxGroupField } from '../../../ui/checkbox-group-field.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { TextAreaField } from '../../../ui/text-area-field.js';
import { TextField } from '../../../ui/text-field.js';
import { useOccupationLabels } from '../../catalogue-staff/esco-labels.js';
import { type EscoItem, EscoPicker, PickedList } from '../../catalogue-staff/esco-picker.js';
import { detailsFor, KIND_DETAILS } from './kind-details.js';
import { fieldError, OFFERS_PATH, saveOffer } from './offers-api.js';

type Texts = Record<CatalogueLang, string>;
const texts = (from: Partial<Record<string, string>> = {}): Texts => ({
  fr: from.fr ?? '',
  nl: from.nl ?? '',
  en: from.en ?? '',
});
const filled = (t: Texts) => Object.fromEntries(Object.entries(t).filter(([, v]) => v.trim() !== ''));
const LANGUAGE_NAMES: Record<CatalogueLang, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

/** Creates or edits one offer: texts per language, the facts of its kind, linked occupations and skills. */
export function OfferForm({ offer }: { offer?: Offer }) {
  const { t } = useTranslation('offers');
  const { current } = useLanguage();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [kind, setKind] = useState<OfferInput['kind']>(offer?.kind ?? 'training');
  const [status, setStatus] = useState<OfferInput['status']>(offer?.status === 'published' ? 'published' : 'draft');
  const [titles, setTitles] = useState(texts(offer?.titles));
  const [descriptions, setDescriptions] = useState(texts(offer?.descriptions));
  const [languages, setLanguages] = useState<string[]>(offer?.languages ?? [current]);
  const [details, setDetails] = useState<Record<string, string>>(offer?.details ?? {});
  const [closesOn, setClosesOn] = useState(offer?.closesOn ?? '');
  const [occupations, setOccupations] = useState<string[]>(offer?.occupationUris ?? []);
  const [skills, setSkills] = useState<EscoItem[]>((offer?.skillUris ?? []).map((uri) => ({ uri, title: uri })));
  const [picked, setPicked] = useState<Map<string, EscoItem>>(new Map());
  const known = useOccupationLabels(offer?.occupationUris ?? [], current);
  const occupationItems = occupations.map((uri) => picked.get(uri) ?? known.get(uri) ?? { uri, title: uri });

  const save = useMutation({
    mutationFn: () =>
      saveOffer(
        {
          kind,
          titles: filled(titles),
          descriptions: filled(descriptions),
          languages: languages as OfferInput['languages'],
          occupationUris: occupations,
          skillUris: skills.map((s) => s.uri),
          details: detailsFor(kind, details),
          closesOn: closesOn || null,
          status,
        },
        offer?.id,
      ),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['own-offers'] });
      client.setQueryData(['offer', saved.id], saved);
      void navigate(OFFERS_PATH, { state: { saved: saved.titles[current] ?? Object.values(saved.titles)[0] } });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = (...fields: string[]) => fieldError(save.error, ...fields);
  const closesLabel = kind === 'vacancy' || kind === 'training' ? t(`form.closesOn.${kind}`) : t('form.closesOn.other');

  return (
    <form
      className="panel form form-grid catalogue-form offer-form"
      onSubmit={onSubmit}
      aria-labelledby="offer-form-title"
      noValidate
    >
      <h2 id="offer-form-title">{offer ? t('form.editTitle') : t('form.newTitle')}</h2>
      <FormProblem error={save.error} />
      <SelectField
        label={t('form.kind')}
        name="kind"
        value={kind}
        onChange={(v) => setKind(v as OfferInput['kind'])}
        options={OFFER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        error={err('kind')}
      />
      <SelectField
        label={t('form.status')}
        name="status"
        value={status}
        onChange={(v) => setStatus(v as OfferInput['status'])}
        options={[
          { value: 'draft', label: t('status.draft') },
          { value: 'published', label: t('status.published') },
        ]}
        error={err('status')}
      />
      <p className="field-description offer-form-hint">{t('form.languagesHint')}</p>
      {CATALOGUE_LANGS.map((l) => (
        <fieldset key={l} className="field-set">
          <legend>{t(`form.textsIn.${l}`)}</legend>
          <TextField
            label={t('form.title', { lang: l.toUpperCase() })}
            name={`title-${l}`}
            value={titles[l]}
            onChange={(v) => setTitles((x) => ({ ...x, [l]: v }))}
            error={err(`titles.${l}`, ...(l === 'fr' ? ['titles'] : []))}
          />
          <TextAreaField
            label={t(kind === 'guide' ? 'form.article' : 'form.description', { lang: l.toUpperCase() })}
            name={`description-${l}`}
            value={descriptions[l]}
            rows={kind === 'guide' ? 10 : 5}
            maxLength={OFFER_LIMITS.description}
            onChange={(v) => setDescriptions((x) => ({ ...x, [l]: v }))}
            error={err(`descriptions.${l}`)}
          />
        </fieldset>
      ))}
      <fieldset className="field-set offer-details">
        <legend>{t('form.details')}</legend>
        {KIND_DETAILS[kind].map((f) =>
          f.type === 'long' ? (
            <TextAreaField
              key={`${kind}-${f.key}`}
              label={t(`detail.${f.key}`)}
              name={f.key}
              rows={3}
              value={details[f.key] ?? ''}
              onChange={(v) => setDetails((d) => ({ ...d, [f.key]: v }))}
              error={err(`details.${f.key}`)}
            />
          ) : (
            <TextField
              key={`${kind}-${f.key}`}
              label={t(`detail.${f.key}`)}
              name={f.key}
              type={f.type === 'url' ? 'url' : 'text'}
              value={details[f.key] ?? ''}
              onChange={(v) => setDetails((d) => ({ ...d, [f.key]: v }))}
              error={err(`details.${f.key}`)}
            />
          ),
        )}
        <TextField
          label={closesLabel}
          name="closesOn"
          type="date"
          value={closesOn}
          onChange={setClosesOn}
          description={kind === 'vacancy' ? t('form.closesOnHint') : undefined}
          error={err('closesOn')}
        />
        {kind === 'guide' && (
          <Checkbox
            isSelected={details.printed === 'yes'}
            onChange={(on) => setDetails((d) => ({ ...d, printed: on ? 'yes' : '' }))}
          >
            {t('detail.printed')}
          </Checkbox>
        )}
      </fieldset>
      <CheckboxGroupField
        label={kind === 'vacancy' ? t('form.languagesRequired') : t('form.languagesGiven')}
        name="languages"
        value={languages}
        onChange={setLanguages}
        options={CATALOGUE_LANGS.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        error={err('languages')}
      />
      <fieldset className="field-set">
        <legend>{t('form.links')}</legend>
        <EscoPicker
          label={t('form.occupation')}
          description={t('form.occupationHint')}
          type="occupation"
          error={err('occupationUris')}
          onPick={(item) => {
            setPicked((m) => new Map(m).set(item.uri, item));
            setOccupations((list) => (list.includes(item.uri) ? list : [...list, item.uri]));
          }}
        />
        <PickedList
          label={t('form.linkedOccupations')}
          items={occupationItems}
          onRemove={(uri) => setOccupations((list) => list.filter((u) => u !== uri))}
        />
        {kind === 'training' && (
          <>
            <EscoPicker
              label={t('form.skill')}
              type="skill"
              error={err('skillUris')}
              onPick={(item) => setSkills((list) => (list.some((s) => s.uri === item.uri) ? list : [...list, item]))}
            />
            <PickedList
              label={t('form.linkedSkills')}
              items={skills}
              onRemove={(uri) => setSkills((list) => list.filter((s) => s.uri !== uri))}
            />
          </>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {status === 'published' ? t('form.savePublish') : t('form.saveDraft')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void navigate(OFFERS_PATH)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

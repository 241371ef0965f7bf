import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.js';
import { Checkbox } from '../../../ui/checkbox.js';
import { CheckboxGroupField } from '../../../ui/checkbox-group-field.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { TextField } from '../../../ui/text-field.js';
import { errorFor, type FieldSpec, type FormValues, LOCALES } from './form-spec.js';

export type CustomControl = (props: {
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: Record<string, string>;
}) => ReactNode;

type Props = {
  resource: string;
  fields: FieldSpec[];
  initial: FormValues;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (values: FormValues) => void;
  custom?: Record<string, CustomControl>;
  readOnly?: readonly string[];
};

/** A form generated from field specs; what was typed stays, server messages sit by their fields. */
export function ResourceForm({
  resource,
  fields,
  initial,
  error,
  pending,
  submitLabel,
  onSubmit,
  custom,
  readOnly,
}: Props) {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState<FormValues>(initial);
  const errors = isApiError(error) ? error.fieldErrors() : {};
  const set = (name: string) => (value: unknown) => setValues((v) => ({ ...v, [name]: value }));
  const label = (name: string) => t(`${resource}.fields.${name}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  const control = (f: FieldSpec) => {
    const err = errorFor(errors, f.name);
    const str = String(values[f.name] ?? '');
    switch (f.kind) {
      case 'localized':
        return (
          <fieldset key={f.name} className="field-set localized-set">
            <legend className="field-label">{label(f.name)}</legend>
            {LOCALES.map((l) => (
              <TextField
                key={l}
                label={t(`common:language.name.${l}`)}
                name={`${f.name}.${l}`}
                value={String(values[`${f.name}.${l}`] ?? '')}
                onChange={set(`${f.name}.${l}`)}
                error={errors[`${f.name}.${l}`]}
              />
            ))}
          </fieldset>
        );
      case 'text':
        return (
          <TextField
            key={f.name}
            label={label(f.name)}
            name={f.name}
            type={f.type ?? 'text'}
            value={str}
            onChange={set(f.name)}
            error={err}
          />
        );
      case 'number':
        return (
          <TextField
            key={f.name}
            label={label(f.name)}
            name={f.name}
            type="number"
            inputMode="decimal"
            value={str}
            onChange={set(f.name)}
            error={err}
          />
        );
      case 'select':
        return (
          <SelectField
            key={f.name}
            label={label(f.name)}
            name={f.name}
            value={str}
            onChange={set(f.name)}
            options={f.options}
            error={err}
            {...(f.nullable ? { emptyLabel: t('form.none') } : {})}
          />
        );
      case 'multi':
        return (
          <CheckboxGroupField
            key={f.name}
            label={label(f.name)}
            name={f.name}
            value={(values[f.name] as string[]) ?? []}
            onChange={set(f.name)}
            options={f.options}
            error={err}
          />
        );
      case 'boolean':
        return (
          <div key={f.name} className="field">
            <Checkbox isSelected={values[f.name] === true} onChange={set(f.name)}>
              {label(f.name)}
            </Checkbox>
          </div>
        );
      case 'custom': {
        const render = custom?.[f.name];
        return render ? (
          <div key={f.name}>
            {render({ label: label(f.name), value: values[f.name], onChange: set(f.name), errors })}
          </div>
        ) : null;
      }
    }
  };

  return (
    <form className="form form-grid" onSubmit={submit} noValidate>
      <FormProblem error={error} />
      {fields.filter((f) => !readOnly?.includes(f.name)).map(control)}
      <div className="form-actions">
        <button type="submit" className="button button-large" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

import { CheckboxGroup, FieldError, Label } from 'react-aria-components';
import { Checkbox } from './checkbox.js';
import type { Option } from './select-field.js';

type Props = {
  label: string;
  name: string;
  value: string[];
  onChange: (value: string[]) => void;
  options: Option[];
  error?: string | undefined;
};

/** A group of checkboxes (languages, fields, roles), with the group's error linked. */
export function CheckboxGroupField({ label, name, value, onChange, options, error }: Props) {
  return (
    <CheckboxGroup
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className="field checkbox-group"
    >
      <Label className="field-label">{label}</Label>
      <div className="checkbox-list">
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value}>
            {o.label}
          </Checkbox>
        ))}
      </div>
      <FieldError className="field-error">{error}</FieldError>
    </CheckboxGroup>
  );
}

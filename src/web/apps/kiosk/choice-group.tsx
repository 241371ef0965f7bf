import { useId } from 'react';

type Props<T extends string> = {
  legend: string;
  options: readonly T[];
  label: (value: T) => string;
  value: T | null;
  onChange: (value: T | null) => void;
};

/** One optional question as big toggle buttons; pressing the chosen one again clears it. */
export function ChoiceGroup<T extends string>({ legend, options, label, value, onChange }: Props<T>) {
  const id = useId();
  return (
    <fieldset className="choice-group" aria-labelledby={id}>
      <legend id={id} className="choice-legend">
        {legend}
      </legend>
      <div className="choice-options">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className="choice"
            aria-pressed={value === option}
            onClick={() => onChange(value === option ? null : option)}
          >
            {label(option)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

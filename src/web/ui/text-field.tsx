import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';

type Props = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'number' | 'color' | 'time';
  autoComplete?: string;
  isRequired?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  className?: string;
};

/** A labelled input; the server's message for this field is linked with aria-describedby. */
export function TextField({ label, error, description, className, inputMode, ...props }: Props) {
  return (
    <AriaTextField
      {...props}
      className={`field ${className ?? ''}`}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <Input className="input" {...(inputMode ? { inputMode } : {})} />
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}

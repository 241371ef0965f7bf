import { FieldError, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';

type Props = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string | undefined;
  rows?: number;
  maxLength?: number;
  lang?: string;
};

/** A labelled multi-line text; the server's message for this field is linked with aria-describedby. */
export function TextAreaField({ label, error, description, rows = 4, lang, ...props }: Props) {
  return (
    <AriaTextField {...props} className="field" isInvalid={Boolean(error)} validationBehavior="aria">
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <TextArea className="input textarea" rows={rows} {...(lang ? { lang } : {})} />
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}

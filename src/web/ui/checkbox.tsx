import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox } from 'react-aria-components';

const tick = (
  <svg viewBox="0 0 18 18" aria-hidden="true" className="checkbox-tick">
    <polyline points="3.5 9.5 7.5 13 14.5 5" />
  </svg>
);

type Props = {
  children: ReactNode;
  value?: string;
  isSelected?: boolean;
  onChange?: (selected: boolean) => void;
};

/** A large, clearly drawn checkbox with its words. */
export function Checkbox({ children, ...props }: Props) {
  return (
    <AriaCheckbox {...props} className="checkbox">
      {({ isSelected }) => (
        <>
          <span className="checkbox-box" data-selected={isSelected || undefined}>
            {isSelected && tick}
          </span>
          <span>{children}</span>
        </>
      )}
    </AriaCheckbox>
  );
}

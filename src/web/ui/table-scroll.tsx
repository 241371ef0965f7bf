import type { ReactNode } from 'react';

type Props = { label: string; className?: string; children: ReactNode };

/**
 * The frame around a wide table. On a narrow screen the table scrolls sideways inside it, so the frame is a
 * named region in the tab order: a keyboard can reach it and scroll with the arrow keys (WCAG 2.1.1).
 * `label` is the table's caption or heading, already translated.
 */
export function TableScroll({ label, className, children }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard must be able to reach and scroll a table that is wider than the screen.
    <section className={className ? `table-wrap ${className}` : 'table-wrap'} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

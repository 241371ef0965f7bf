import { useEffect } from 'react';

/**
 * Puts a schema.org JSON-LD block in the document head. The CSP (`script-src 'self'`) forbids inline
 * scripts; a `<script type="application/ld+json">` is a data block the browser never executes, and
 * inserting it through the DOM (textContent, no innerHTML) runs no code, so it is allowed.
 */
export function JsonLd({ data }: { data: unknown }) {
  const text = JSON.stringify(data);
  useEffect(() => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = text;
    document.head.append(script);
    return () => script.remove();
  }, [text]);
  return null;
}

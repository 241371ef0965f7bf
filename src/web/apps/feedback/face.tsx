/** A drawn face for a 1–5 rating (no emoji font needed); decorative, the word beside it carries the meaning. */
export function Face({ rating }: { rating: number }) {
  const curve = 15 + (rating - 3) * 2.5;
  return (
    <svg className="feedback-face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8.5" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.3" fill="currentColor" />
      <path
        d={`M7.5 16 Q12 ${curve + 1} 16.5 16`}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

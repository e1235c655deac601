/** The icon of a link to a profile, beside a facet value or a summary bar: a page with lines, "read about this one". */
export function ProfileIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <rect x="2.5" y="1.5" width="11" height="13" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M5 5h6M5 8h6M5 11h4" stroke="currentColor" strokeLinecap="round" />
    </svg>
  );
}

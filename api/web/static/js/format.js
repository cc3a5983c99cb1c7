// Words and dates as people read them.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso) {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function dateRange(start, end) {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `since ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return 'dates unknown';
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

export const KIND_LABELS = {
  partnership: 'Partnership',
  shared_post: 'Shared post',
  county: 'County',
  district: 'District',
  combined_authority: 'Combined authority',
  constituent: 'Constituent council',
  predecessor: 'Predecessor',
  successor: 'Successor',
  appointment: 'Post',
  membership: 'Membership',
};

export function words(code) {
  if (!code) return '';
  const text = String(code).replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function kindLabel(kind) {
  return KIND_LABELS[kind] || words(kind);
}

export function names(councils) {
  return (councils || []).map((council) => council.name).join(', ');
}

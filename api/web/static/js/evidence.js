// Evidence, one click away: a <details> that reveals the quote and links to the document view.
import { h } from './dom.js';
import { formatDate } from './format.js';

export function documentHref(item) {
  const params = item.span ? `?span=${item.span[0]}-${item.span[1]}` : '';
  return `/documents/${encodeURIComponent(item.document.id)}${params}`;
}

function source(item) {
  const { document } = item;
  const fromRegister = !item.quote && !item.span;
  const title = document.title || document.id;
  const link = fromRegister
    ? h('a', { href: document.url || '#' }, title)
    : h('a', { href: documentHref(item) }, title);
  const bits = [document.date && formatDate(document.date), item.page && `page ${item.page}`];
  bits.push(`rule ${item.rule}`, `confidence ${Number(item.confidence).toFixed(2)}`);
  const original = !fromRegister && document.url
    ? [' · ', h('a', { href: document.url, rel: 'noopener' }, 'original')]
    : [];
  return h('p', { class: 'source' }, link, ` · ${bits.filter(Boolean).join(' · ')}`, original);
}

function evidenceItem(item) {
  return h(
    'li',
    {},
    item.quote ? h('blockquote', {}, item.quote) : null,
    source(item),
  );
}

export function evidenceDetails(evidence) {
  const list = evidence || [];
  if (!list.length) return h('p', { class: 'muted' }, 'No evidence recorded.');
  const label = list.length === 1 ? 'Evidence' : `Evidence (${list.length} sources)`;
  return h(
    'details',
    { class: 'evidence' },
    h('summary', {}, label),
    h('ul', {}, list.map(evidenceItem)),
  );
}

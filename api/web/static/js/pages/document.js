// A document: its text with every extracted fact's evidence highlighted, and the facts beside.
import { getJSON } from '../api.js';
import { byId, h, replace, setStatus, showError } from '../dom.js';
import { dateRange, formatDate, kindLabel, names, words } from '../format.js';
import { activate, markedText } from '../highlight.js';
import { councilLinks, partnershipLink, personLink } from '../links.js';
import { setTitle, startPage } from '../page.js';
import { offerDownloads } from '../tools.js';
import { readQuery } from '../url.js';

function factSummary(fact) {
  return [
    h('strong', {}, kindLabel(fact.kind)),
    fact.partnership ? [': ', partnershipLink(fact.partnership)] : null,
    fact.role ? [`: ${words(fact.role)}`] : null,
    fact.person ? [', ', personLink(fact.person)] : null,
    fact.councils.length ? [' — ', councilLinks(fact.councils)] : null,
    fact.declined?.length ? [' (declined: ', councilLinks(fact.declined), ')'] : null,
  ];
}

// Shows span [start, end) in the text and marks the facts it supports as current.
function showSpan(container, start, end) {
  activate(container, start, end);
  const facts = byId('document-facts');
  for (const item of facts.children) {
    const spans = item.dataset.spans.split(' ');
    item.classList.toggle('current', spans.includes(`${start}-${end}`));
  }
  // Beside the text (wide screens) the fact list scrolls on its own: bring the fact into it.
  const first = facts.querySelector('.current');
  const aside = facts.closest('.document-facts');
  if (!first || aside.scrollHeight <= aside.clientHeight) return;
  const hidden = first.offsetTop < aside.scrollTop || first.offsetTop > aside.scrollTop + aside.clientHeight - 48;
  if (hidden) aside.scrollTop = first.offsetTop;
}

function quoteItem(item, container) {
  const link = item.span
    ? h('a', {
      href: `?span=${item.span[0]}-${item.span[1]}`,
      onclick: (event) => {
        event.preventDefault();
        history.replaceState(null, '', `?span=${item.span[0]}-${item.span[1]}`);
        showSpan(container, ...item.span);
      },
    }, 'Show in text')
    : null;
  const about = ` · rule ${item.rule} · confidence ${Number(item.confidence).toFixed(2)}`;
  return h('li', {}, h('blockquote', {}, item.quote), link, about);
}

function factItem(fact, index, container) {
  const quotes = fact.evidence.filter((item) => item.quote).map((item) => quoteItem(item, container));
  const spans = fact.evidence.filter((item) => item.span).map((item) => item.span.join('-'));
  const meta = [fact.status && words(fact.status), dateRange(fact.start, fact.end)].filter(Boolean).join(' · ');
  return h(
    'li',
    { id: `fact-${index + 1}`, 'data-spans': spans.join(' ') },
    h('p', {}, factSummary(fact)),
    h('p', { class: 'muted' }, meta),
    h('ul', { class: 'quotes' }, quotes),
  );
}

function csv(facts) {
  const header = ['fact', 'kind', 'partnership', 'role', 'person', 'councils', 'council_ids', 'status', 'start', 'end', 'quote', 'span_start', 'span_end', 'rule', 'confidence'];
  const rows = facts.flatMap((fact, i) => fact.evidence.map((e) => [i + 1, fact.kind, fact.partnership?.name, fact.role, fact.person?.name, names(fact.councils), fact.councils.map((c) => c.id).join(' '), fact.status, fact.start, fact.end, e.quote, e.span?.[0], e.span?.[1], e.rule, e.confidence]));
  return { header, rows };
}

function renderText(doc) {
  const container = byId('document-text');
  if (doc.text === null || doc.text === undefined) {
    replace(container, h('p', { class: 'muted' }, 'The text of this document is not stored; its facts are listed with their quotes.'));
    return container;
  }
  const spans = doc.facts.flatMap((fact, index) => fact.evidence.filter((e) => e.span).map((e) => ({ start: e.span[0], end: e.span[1], fact: index })));
  replace(container, markedText(doc.text, spans));
  return container;
}

function renderMeta(doc) {
  const bits = [doc.date && formatDate(doc.date), doc.format, doc.publisher && `published by ${doc.publisher.name}`];
  replace(byId('document-meta'), bits.filter(Boolean).join(' · '), doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener' }, 'original')] : null);
}

function focusRequestedSpan(container) {
  const match = /^(\d+)-(\d+)$/.exec(readQuery().span || '');
  if (match) showSpan(container, Number(match[1]), Number(match[2]));
}

async function render(id) {
  setStatus('Loading…');
  try {
    const doc = await getJSON(`/v1/documents/${encodeURIComponent(id)}`);
    setTitle(doc.title || doc.id);
    renderMeta(doc);
    const container = renderText(doc);
    replace(byId('document-facts'), doc.facts.map((fact, i) => factItem(fact, i, container)));
    offerDownloads(`document-${doc.id}`, { csv: csv(doc.facts), json: doc });
    setStatus(`${doc.facts.length} facts extracted.`);
    focusRequestedSpan(container);
  } catch (error) {
    showError(byId('document-text'), error);
    setStatus('');
  }
}

render(startPage());

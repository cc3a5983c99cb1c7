// The start page; with ?q= it lists everything the search matches.
import { byId, h, replace, setStatus, showError } from '../dom.js';
import { startPage } from '../page.js';
import { EVERYTHING, suggestions } from '../suggest.js';
import { offerDownloads } from '../tools.js';
import { readQuery } from '../url.js';

function resultRow(item) {
  return h(
    'tr',
    {},
    h('td', { 'data-label': 'Kind' }, item.type),
    h('th', { scope: 'row' }, h('a', { href: item.href }, item.label)),
    h('td', { 'data-label': 'Details' }, item.detail),
  );
}

function table(items) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'cards' },
      h('caption', { class: 'visually-hidden' }, 'Search results'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Kind'), h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Details'))),
      h('tbody', {}, items.map(resultRow)),
    ),
  );
}

async function render({ q = '' }) {
  const text = q.trim();
  if (!text) return;
  const section = byId('results');
  section.hidden = false;
  byId('results-heading').textContent = `Results for “${text}”`;
  try {
    const items = await suggestions(text, EVERYTHING.map((source) => (query) => source(query, 50)));
    replace(byId('results-body'), items.length ? table(items) : h('p', {}, 'Nothing matches.'));
    offerDownloads(`search-${text.replace(/[^A-Za-z0-9]+/g, '-')}`, {
      csv: { header: ['kind', 'id', 'name', 'details', 'url'], rows: items.map((i) => [i.type, i.id, i.label, i.detail, new URL(i.href, window.location.origin).href]) },
      json: items,
    });
    setStatus(`${items.length} results.`);
  } catch (error) {
    showError(byId('results-body'), error);
  }
}

startPage();
render(readQuery());

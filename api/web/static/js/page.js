// What every page does: the header's search box, the page's title, its as-of control.
import { attachSiteSearch } from './combobox.js';
import { byId } from './dom.js';

export function startPage() {
  attachSiteSearch();
  return document.body.dataset.id;
}

export function setTitle(text) {
  byId('page-title').textContent = text;
  document.title = `${text} · councilgraph`;
}

// Wires the as-of form (the API's default, and the field's, is today) to `onChange(date)`.
export function attachAsOf(onChange) {
  const input = byId('as-of');
  byId('as-of-form').addEventListener('submit', (event) => {
    event.preventDefault();
    onChange(input.value);
  });
  return input;
}

// A table whose column headers sort it: buttons in the headers, aria-sort on the sorted one.
import { h } from './dom.js';

function blank(value) {
  return value === null || value === undefined || value === '';
}

// Sorted by `key`; blanks last in either order.
export function sortRows(rows, key, order) {
  const sign = order === 'descending' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a[key], b[key]];
    if (blank(x) || blank(y)) return blank(x) - blank(y);
    return sign * String(x).localeCompare(String(y), 'en-GB', { numeric: true });
  });
}

// columns: [{key, label, cell(row), unsorted?}]; `rows` already sorted by `sort` in `order`.
// onSort(key, order) is called when a header is chosen.
export function sortableTable(caption, columns, rows, { sort, order, onSort }) {
  const header = columns.map((column) => {
    if (column.unsorted) return h('th', { scope: 'col' }, column.label);
    const current = column.key === sort ? order : null;
    const next = current === 'ascending' ? 'descending' : 'ascending';
    const button = h('button', { type: 'button', onclick: () => onSort(column.key, next) }, column.label);
    return h('th', { scope: 'col', 'aria-sort': current || 'none' }, button);
  });
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'cards' },
      h('caption', { class: 'visually-hidden' }, `${caption}. Column buttons sort the table.`),
      h('thead', {}, h('tr', {}, header)),
      h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((column) => h('td', { 'data-label': column.label }, column.cell(row)))))),
    ),
  );
}

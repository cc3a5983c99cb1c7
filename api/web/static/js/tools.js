// The permalink and the CSV and JSON downloads of what a page shows.
import { byId } from './dom.js';

const FORMULA = /^[=+\-@\t\r]/;

function cell(value) {
  let text = value === undefined || value === null ? '' : String(value);
  // A spreadsheet would run a cell starting with = + - @ as a formula.
  if (FORMULA.test(text) && Number.isNaN(Number(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// RFC 4180 CSV; the byte-order mark makes Excel read it as UTF-8.
export function toCSV(header, rows) {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const urls = {};

function offer(linkId, filename, type, content) {
  const link = byId(linkId);
  if (urls[linkId]) URL.revokeObjectURL(urls[linkId]);
  urls[linkId] = URL.createObjectURL(new Blob([content], { type }));
  link.href = urls[linkId];
  link.download = filename;
}

// `csv` is {header, rows}; `json` any value. Also points the permalink at this view.
export function offerDownloads(basename, { csv, json }) {
  const tools = byId('view-tools');
  offer('download-csv', `${basename}.csv`, 'text/csv;charset=utf-8', toCSV(csv.header, csv.rows));
  offer('download-json', `${basename}.json`, 'application/json', `${JSON.stringify(json, null, 2)}\n`);
  byId('permalink').href = window.location.href;
  tools.hidden = false;
}

export function evidenceColumns(evidence) {
  const list = evidence || [];
  return [
    list.map((item) => item.quote || '').filter(Boolean).join(' | '),
    list.map((item) => item.document?.url || '').filter(Boolean).join(' | '),
  ];
}

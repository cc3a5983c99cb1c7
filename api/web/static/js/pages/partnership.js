// A partnership: its members with their status and dates, what it does, and its evidence.
import { getJSON } from '../api.js';
import { byId, h, replace, setStatus, showError } from '../dom.js';
import { evidenceDetails } from '../evidence.js';
import { dateRange, words } from '../format.js';
import { councilLink } from '../links.js';
import { setTitle, startPage } from '../page.js';
import { evidenceColumns, offerDownloads } from '../tools.js';
import { readQuery } from '../url.js';

const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

function memberItem(member) {
  return h(
    'li',
    { class: 'relationship' },
    h('p', {}, councilLink(member.council)),
    h('p', { class: 'relationship-meta' }, h('span', { class: `status status-${member.status}` }, words(member.status)), ` · ${dateRange(member.start, member.end)}`),
    evidenceDetails(member.evidence),
  );
}

function fact(term, value) {
  return value ? [h('dt', {}, term), h('dd', {}, value)] : [];
}

function renderFacts(p) {
  const savings = p.savings.map((s) => h('span', {}, `${MONEY.format(s.amount_gbp)}${s.period ? ` ${s.period}` : ''} `, evidenceDetails(s.evidence)));
  replace(
    byId('partnership-facts'),
    fact('Kind', words(p.kind)),
    fact('Status', words(p.status)),
    fact('Dates', dateRange(p.start, p.end)),
    fact('Also called', p.names.filter((n) => n !== p.name).join('; ')),
    fact('Legal basis', p.legal_basis),
    fact('Services', p.services.join(', ')),
    fact('Savings', savings.length ? savings : null),
  );
}

function rows(p) {
  const all = [...p.members.map((m) => ['member', m]), ...p.declined.map((m) => ['declined or left', m])];
  return all.map(([role, m]) => [m.council.name, m.council.id, role, m.status, m.start, m.end, ...evidenceColumns(m.evidence)]);
}

async function render(id, { as_of: asOf }) {
  setStatus('Loading…');
  try {
    const p = await getJSON(`/v1/partnerships/${encodeURIComponent(id)}`, { as_of: asOf });
    setTitle(p.name);
    replace(byId('partnership-summary'), `${words(p.kind)} · ${words(p.status)} · ${dateRange(p.start, p.end)}`);
    renderFacts(p);
    replace(
      byId('members'),
      h('ul', { class: 'relationships' }, p.members.map(memberItem)),
      p.declined.length ? [h('h3', {}, 'Declined or left'), h('ul', { class: 'relationships' }, p.declined.map(memberItem))] : null,
    );
    replace(byId('partnership-evidence'), evidenceDetails(p.evidence));
    offerDownloads(`partnership-${p.id}`, {
      csv: { header: ['council', 'council_id', 'membership', 'status', 'start', 'end', 'evidence_quotes', 'evidence_urls'], rows: rows(p) },
      json: p,
    });
    setStatus(`${p.members.length} members.`);
  } catch (error) {
    showError(byId('members'), error);
    setStatus('');
  }
}

render(startPage(), readQuery());

// What the search box suggests: councils (names, alternative names, codes), partnerships and
// people, each with the page it opens.
import { getAll, getJSON } from './api.js';
import { names, words } from './format.js';

export function councilSuggestion(council) {
  const codes = [council.id, council.gss].filter(Boolean).join(' · ');
  return { type: 'Council', id: council.id, label: council.name, detail: codes, href: `/councils/${encodeURIComponent(council.id)}` };
}

export async function councils(text, limit = 6) {
  const page = await getJSON('/v1/councils', { q: text, limit });
  return page.data.map(councilSuggestion);
}

export async function people(text, limit = 4) {
  const page = await getJSON('/v1/people', { q: text, limit });
  return page.data.map((person) => ({
    type: 'Person',
    id: person.id,
    label: person.name,
    detail: [person.roles.map(words).join(', '), names(person.councils)].filter(Boolean).join(' · '),
    href: `/people/${encodeURIComponent(person.id)}`,
  }));
}

// /v1/partnerships has no text filter and holds tens of partnerships, so the list is fetched
// once and matched here (any name part, case-insensitive).
let allPartnerships = null;

export async function partnerships(text, limit = 4) {
  allPartnerships ||= getAll('/v1/partnerships').then((page) => page.data);
  const needle = text.toLowerCase();
  const found = (await allPartnerships).filter((p) => p.name.toLowerCase().includes(needle));
  return found.slice(0, limit).map((partnership) => ({
    type: 'Partnership',
    id: partnership.id,
    label: partnership.name,
    detail: `${words(partnership.kind)} · ${names(partnership.members)}`,
    href: `/partnerships/${encodeURIComponent(partnership.id)}`,
  }));
}

export const EVERYTHING = [councils, partnerships, people];
export const COUNCILS = [councils];

export async function suggestions(text, sources) {
  const lists = await Promise.all(sources.map((source) => source(text)));
  return lists.flat();
}

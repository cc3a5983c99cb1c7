// Links to the explorer's pages for the things the API names.
import { h } from './dom.js';

export function councilLink(council) {
  return h('a', { href: `/councils/${encodeURIComponent(council.id)}` }, council.name);
}

export function partnershipLink(partnership) {
  return h('a', { href: `/partnerships/${encodeURIComponent(partnership.id)}` }, partnership.name);
}

export function personLink(person) {
  return h('a', { href: `/people/${encodeURIComponent(person.id)}` }, person.name);
}

// "A, B and C", each a link.
export function councilLinks(councils) {
  const links = (councils || []).map(councilLink);
  return links.flatMap((link, i) => {
    if (i === 0) return [link];
    return [i === links.length - 1 ? ' and ' : ', ', link];
  });
}

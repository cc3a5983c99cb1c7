// A document's text with evidence spans marked: the text is cut at every span boundary, and
// each piece inside one or more spans becomes a <mark> naming the facts it supports.
import { h } from './dom.js';

// spans: [{start, end, fact}] (fact: index in the fact list). Returns DOM nodes.
export function markedText(text, spans) {
  const usable = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...usable.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = usable.filter((s) => s.start <= from && to <= s.end);
    const piece = text.slice(from, to);
    if (!covering.length) {
      nodes.push(piece);
      continue;
    }
    const opening = covering.find((s) => s.start === from);
    nodes.push(
      h(
        'mark',
        {
          id: opening ? `span-${opening.start}-${opening.end}` : null,
          tabindex: opening ? '-1' : null,
          'data-facts': [...new Set(covering.map((s) => s.fact))].join(' '),
          'data-start': from,
          'data-end': to,
          title: `Fact ${covering.map((s) => s.fact + 1).join(', ')}`,
        },
        piece,
      ),
    );
  }
  return nodes;
}

// Marks the pieces of the span [start, end) as active and moves focus to where it begins.
export function activate(container, start, end) {
  for (const mark of container.querySelectorAll('mark')) {
    const inside = Number(mark.dataset.start) >= start && Number(mark.dataset.end) <= end;
    mark.classList.toggle('active', inside);
  }
  const target = document.getElementById(`span-${start}-${end}`);
  if (target) {
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
  }
}

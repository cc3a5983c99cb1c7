// An ARIA 1.2 combobox: suggestions as you type, arrow keys to move, Enter to choose,
// Escape to close. `onPick(suggestion)` decides what choosing does.
import { h, replace } from './dom.js';
import { COUNCILS, councils, EVERYTHING, suggestions } from './suggest.js';

const DELAY_MS = 150;

export function attachCombobox(input, { sources, onPick }) {
  const listbox = h('ul', { id: `${input.id}-options`, role: 'listbox', class: 'suggestions', hidden: true });
  listbox.setAttribute('aria-label', 'Suggestions');
  const announcer = h('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  input.after(listbox, announcer);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  const state = { items: [], active: -1, sequence: 0, timer: 0 };

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    state.active = -1;
  }

  function setActive(index) {
    const options = listbox.querySelectorAll('[role=option]');
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    state.active = index;
    if (index < 0) return input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-activedescendant', options[index].id);
    options[index].scrollIntoView({ block: 'nearest' });
  }

  function pick(item) {
    close();
    onPick(item, input);
  }

  function option(item, index) {
    return h(
      'li',
      {
        id: `${listbox.id}-${index}`,
        role: 'option',
        'aria-selected': 'false',
        'aria-label': [item.label, item.type, item.detail].filter(Boolean).join(', '),
        onclick: () => pick(item),
      },
      h('span', { class: 'badge' }, item.type),
      h('span', { class: 'option-label' }, item.label),
      item.detail ? h('span', { class: 'option-detail' }, item.detail) : null,
    );
  }

  function render(items) {
    state.items = items;
    replace(listbox, items.map(option));
    listbox.hidden = !items.length;
    input.setAttribute('aria-expanded', String(items.length > 0));
    announcer.textContent = items.length ? `${items.length} suggestions` : 'No suggestions';
    state.active = -1;
  }

  async function suggest() {
    const text = input.value.trim();
    const mine = ++state.sequence;
    if (text.length < 2) return close();
    const items = await suggestions(text, sources);
    if (mine === state.sequence) render(items);
  }

  function onKey(event) {
    const count = state.items.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      setActive((state.active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(state.active <= 0 ? count - 1 : state.active - 1);
    } else if (event.key === 'Enter' && state.active >= 0 && !listbox.hidden) {
      event.preventDefault();
      pick(state.items[state.active]);
    } else if (event.key === 'Escape') {
      close();
    }
  }

  input.addEventListener('input', () => {
    delete input.dataset.value;
    clearTimeout(state.timer);
    state.timer = setTimeout(suggest, DELAY_MS);
  });
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', close);
  // Keep focus in the input while a suggestion is clicked, so blur does not close the list first.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
}

// The header's search box on every page: choosing a suggestion opens its page.
export function attachSiteSearch() {
  const input = document.getElementById('site-search-input');
  const params = new URLSearchParams(window.location.search);
  if (document.body.dataset.page === 'home' && params.get('q')) input.value = params.get('q');
  attachCombobox(input, { sources: EVERYTHING, onPick: (item) => window.location.assign(item.href) });
}

// A council field of a form: choosing a suggestion fills in the name and remembers the id.
export function attachCouncilPicker(input, onPick = () => {}) {
  attachCombobox(input, {
    sources: COUNCILS,
    onPick: (item) => {
      input.value = item.label;
      input.dataset.value = item.id;
      onPick(item);
    },
  });
}

// The council id a picker holds: the one chosen, else the best match for what was typed
// (a code or part of a name); null when nothing matches.
export async function pickedCouncil(input) {
  if (input.dataset.value) return input.dataset.value;
  const text = input.value.trim();
  if (!text) return null;
  const [best] = await councils(text, 1);
  return best ? best.id : null;
}

// Shows a council's name in a picker that was filled from the URL with its id.
export function showCouncil(input, council) {
  input.value = council.name;
  input.dataset.value = council.id;
}

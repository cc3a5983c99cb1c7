// A page's state is its URL query, so every view is a permalink.

export function readQuery() {
  return Object.fromEntries(new URLSearchParams(window.location.search));
}

// Puts `state` (empty values dropped) in the URL; `push` makes a new history entry.
export function writeQuery(state, { push = true } = {}) {
  const url = new URL(window.location.href);
  url.search = '';
  for (const [name, value] of Object.entries(state)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  if (url.href !== window.location.href) {
    window.history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
}

// Re-render on back and forward.
export function onNavigate(render) {
  window.addEventListener('popstate', () => render(readQuery()));
}

// Building DOM nodes from data. Text always goes in as text nodes, never as HTML.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function replace(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

export function byId(id) {
  return document.getElementById(id);
}

export function setStatus(message) {
  byId('status').textContent = message;
}

// An error box where data should have been, and the same words for screen readers.
export function showError(container, error) {
  const text = error?.status === 404 ? `Not found: ${error.message}` : `Could not load: ${error.message}`;
  replace(container, h('p', { class: 'error', role: 'alert' }, text));
}

// DOM helpers. Article text and store data are untrusted: they only ever become text nodes or
// attribute values through these helpers; nothing here parses a string as HTML.

/** Creates an element; string children become text nodes. Property names are fixed in our code, never data. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/** Calls the API; a 4xx/5xx answer's {"error": …} becomes the thrown message. */
export async function api(path, options) {
  const response = await fetch(path, options);
  let body;
  try {
    body = await response.json();
  } catch {
    body = { error: `${response.status} ${response.statusText}` };
  }
  if (!response.ok) throw new Error(body.error || `${response.status}`);
  return body;
}

/** Shows a status line; errors in red. */
export function status(el, message, isError = false) {
  el.textContent = message;
  el.classList.toggle('error', isError);
}

export function actorLabel(actor) {
  return actor ? `${actor.code} ${actor.name}` : '–';
}

/** Query string from an object, leaving out empty values. */
export function query(values) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') params.set(key, String(value).trim());
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

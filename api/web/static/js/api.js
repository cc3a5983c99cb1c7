// The explorer's only source of data: the public /v1 API, as JSON.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `the API answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function apiUrl(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  return url;
}

export async function getJSON(path, params = {}) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

// Every page of a /v1 list (they cap `limit` at 500).
export async function getAll(path, params = {}) {
  const limit = 500;
  const first = await getJSON(path, { ...params, limit, offset: 0 });
  const data = [...first.data];
  while (data.length < first.count) {
    const next = await getJSON(path, { ...params, limit, offset: data.length });
    if (!next.data.length) break;
    data.push(...next.data);
  }
  return { data, count: first.count };
}

// Runs `task` over `items`, at most `width` at once (browsers allow ~6 connections a host).
export async function mapLimited(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

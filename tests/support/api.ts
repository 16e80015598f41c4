import { signedInHeaders } from './browser.js';

/** Reads through the real HTTP API, so browser tests check what the server stored, not what the page shows. */
export async function getJson<T>(baseUrl: string, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers: signedInHeaders() });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}`);
  return (await res.json()) as T;
}

export async function allClaims(baseUrl: string, query = ''): Promise<{ id: number; [k: string]: unknown }[]> {
  return (await getJson<{ items: { id: number }[] }>(baseUrl, `/api/claims?limit=500&includeDeleted=true${query}`))
    .items;
}

export async function idByName(baseUrl: string, kind: 'metrics' | 'sources', name: string): Promise<number> {
  const { items } = await getJson<{ items: { id: number; name: string }[] }>(baseUrl, `/api/${kind}`);
  const found = items.find((i) => i.name === name);
  if (!found) throw new Error(`No ${kind} named ${name}`);
  return found.id;
}

/** Whether `email` and `password` sign in, asked as a visitor with no session would. */
export async function signsIn(baseUrl: string, email: string, password: string): Promise<boolean> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return res.status === 200;
}

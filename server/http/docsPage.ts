import { html, type Html } from './html.js';
import { accessWords, type OpenApiDocument, type Operation, type Parameter, type Response } from './openapi.js';

type Schema = OpenApiDocument['components']['schemas'][string];

const componentPrefix = '#/components/schemas/';
const referenceText = /("#\/components\/schemas\/\w+")/;

// Inline, which the content security policy allows for styles (never for scripts): the page is
// one answer, readable without a second request.
const style = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1a1a1a; --muted: #4a4a4a; --link: #0b57d0; --code: #f2f3f5; --rule: #d0d4da; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121212; --fg: #e8e8e8; --muted: #b8b8b8; --link: #8ab4f8; --code: #1f1f1f; --rule: #3a3a3a; }
}
body { margin: 0 auto; max-width: 60rem; padding: 1rem; background: var(--bg); color: var(--fg);
  font: 1rem/1.5 system-ui, sans-serif; }
a { color: var(--link); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: var(--code); padding: 0.75rem; border-radius: 4px; font-size: 0.875rem;
  white-space: pre-wrap; overflow-wrap: anywhere; }
h3 code, li code, dt code { overflow-wrap: anywhere; }
article { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
.method { font-weight: 700; margin-right: 0.5em; }
.note { color: var(--muted); }
dt { font-weight: 600; margin-top: 0.5rem; }
dd { margin-left: 1rem; }
nav ul { padding-left: 1.25rem; }
`;

/** The description's text, whose `quoted` words are code, as in Markdown. */
const prose = (text: string): Html[] =>
  text.split('`').map((piece, i) => (i % 2 === 1 ? html`<code>${piece}</code>` : html`${piece}`));

/** A schema to read: a link to the component it names, or its JSON with every reference a link. */
function schemaView(schema: Schema): Html {
  if (typeof schema === 'object' && typeof schema.$ref === 'string' && Object.keys(schema).length === 1) {
    const name = schema.$ref.slice(componentPrefix.length);
    return html`<p>Schema: <a href="#schema-${name}">${name}</a></p>`;
  }
  const pieces = JSON.stringify(schema, null, 2).split(referenceText);
  // Split on a pattern with one group: every odd piece is a reference.
  const linked = pieces.map((piece, i) =>
    i % 2 === 1 ? html`<a href="#schema-${piece.slice(componentPrefix.length + 1, -1)}">${piece}</a>` : piece,
  );
  return html`<pre>${linked}</pre>`;
}

const contentView = (content: Record<string, { schema: Schema }> | undefined) =>
  Object.entries(content ?? {}).map(
    ([type, { schema }]) =>
      html`<p><code>${type}</code></p>
        ${schemaView(schema)}`,
  );

const parameterView = (p: Parameter) =>
  html`<li>
    <code>${p.name}</code>
    <span class="note">(${p.in}, ${p.required ? 'required' : 'optional'})</span> ${schemaView(p.schema)}
  </li>`;

const responseView = ([status, response]: [string, Response]) =>
  html`<dt>${status}</dt>
    <dd>${prose(response.description)}${contentView(response.content)}</dd>`;

function operationView(path: string, method: string, operation: Operation): Html {
  const headingId = `${operation.operationId}-heading`;
  return html`<article id="${operation.operationId}" aria-labelledby="${headingId}">
    <h3 id="${headingId}"><span class="method">${method.toUpperCase()}</span><code>${path}</code></h3>
    <p>${prose(operation.summary)}</p>
    <p><strong>Who may call it:</strong> ${accessWords[operation['x-access']]}</p>
    ${
      operation.parameters &&
      html`<h4>Parameters</h4>
        <ul>
          ${operation.parameters.map(parameterView)}
        </ul>`
    }
    ${
      operation.requestBody &&
      html`<h4>Request body</h4>
        ${contentView(operation.requestBody.content)}`
    }
    <h4>Responses</h4>
    <dl>${Object.entries(operation.responses).map(responseView)}</dl>
  </article>`;
}

/** The document as a page: each operation with who may call it, its inputs and its answers, then the schemas. */
export function docsPage(document: OpenApiDocument): string {
  const byTag = new Map<string, Html[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = operation.tags[0] ?? '';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationView(path, method, operation)]);
    }
  }
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${document.info.title}</title>
        <style>
          ${style}
        </style>
      </head>
      <body>
        <header>
          <h1>${document.info.title}</h1>
          <p>${prose(document.info.description)}</p>
          <p>
            The same description for programs: <a href="/api/openapi.json">OpenAPI ${document.openapi}, as JSON</a>.
          </p>
          <p><a href="/">Back to the dashboard</a></p>
        </header>
        <nav aria-label="Contents">
          <ul>
            ${[...byTag.keys()].map((tag) => html`<li><a href="#tag-${tag}">${tag}</a></li>`)}
            <li><a href="#schemas">Schemas</a></li>
          </ul>
        </nav>
        <main>
          ${[...byTag].map(
            ([tag, operations]) =>
              html`<section aria-labelledby="tag-${tag}">
                <h2 id="tag-${tag}">${tag}</h2>
                ${operations}
              </section>`,
          )}
          <section aria-labelledby="schemas">
            <h2 id="schemas">Schemas</h2>
            ${Object.entries(document.components.schemas).map(
              ([name, schema]) =>
                html`<h3 id="schema-${name}">${name}</h3>
                  ${schemaView(schema)}`,
            )}
          </section>
        </main>
      </body>
    </html> `;
  return page.markup;
}

import { z } from 'zod';
import * as datasetFileSchemas from '../../shared/dataset/datasetFile.js';
import * as transferSchemas from '../../shared/dataset/transfer.js';
import * as recordSchemas from '../../shared/schemas/index.js';
import { sessionCookie } from './access.js';
import { documentedPath, type Access, type ApiRoute, type Content, type Method } from './apiRoute.js';

type Schema = z.core.JSONSchema._JSONSchema;

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

export interface Response {
  description: string;
  content?: Record<string, { schema: Schema }>;
}

export interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  'x-access': Access;
  security: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required: true; content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: {
    schemas: Record<string, Schema>;
    securitySchemes: Record<string, { type: 'apiKey'; in: 'cookie'; name: string; description: string }>;
  };
}

/** Who may call an operation, as a sentence's subject. */
export const accessWords: Record<Access, string> = {
  public: 'Anyone',
  reader: 'Viewers, editors and admins (anyone, when the server runs with PUBLIC_READ=true)',
  viewer: 'Anyone signed in',
  editor: 'Editors and admins',
  admin: 'Admins',
};

const description = [
  'Every error is application/problem+json (RFC 9457), its `errors` naming each field at fault.',
  `Signing in sets the \`${sessionCookie}\` cookie. A write from another site (by its Origin or Referer) is`,
  'refused with 403; a JSON body over 1 MB is a 413, and one not sent as application/json a 415. A',
  'known path asked with a method it does not take is a 405 whose Allow header lists those it does.',
].join(' ');

/**
 * The shared schemas of records and their parts, by the name each is exported as (capitalised, as
 * the client imports them): each is described once, as a component. Field helpers such as `idText`
 * are written out where they are used.
 */
const sharedNames = new Map<z.ZodType, string>();
for (const module of [recordSchemas, transferSchemas, datasetFileSchemas]) {
  for (const [name, value] of Object.entries(module)) {
    if (/^[A-Z]/.test(name) && value instanceof z.ZodType && !sharedNames.has(value)) sharedNames.set(value, name);
  }
}

const componentRef = (name: string) => `#/components/schemas/${name}`;

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `GET /claims/:id/history` → `getClaimsByIdHistory`. */
function operationId({ method, path }: ApiRoute): string {
  const words = path.split(/[/.-]/).filter(Boolean);
  return (
    method +
    words.map((word) => (word.startsWith(':') ? `By${capitalised(word.slice(1))}` : capitalised(word))).join('')
  );
}

/**
 * What each status tells a client, beyond what a route lists: that its inputs may be refused, and
 * that it needs a session or a role.
 */
function impliedErrors({ inputs, access }: ApiRoute): Record<number, string> {
  const errors: Record<number, string> = {};
  if (inputs.params || inputs.query || inputs.body) errors[400] = 'Invalid input: `errors` names each field at fault';
  if (access !== 'public') errors[401] = 'Not signed in';
  if (access === 'editor') errors[403] = 'Signed in as a viewer';
  if (access === 'admin') errors[403] = 'Signed in, but not as an admin';
  return errors;
}

function parameters(schema: z.ZodType | undefined, place: Parameter['in']): Parameter[] {
  if (!schema) return [];
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: place,
    required: place === 'path' || required.includes(name),
    schema: property,
  }));
}

type Io = 'input' | 'output';
/** The JSON Schema for `schema`, which is a request's (`input`) or an answer's (`output`). */
type Describe = (schema: z.ZodType, io: Io, placeholder: string) => Schema;

/**
 * The schemas of bodies and answers, converted together so that one names another by reference:
 * shared schemas become components, and any other (an `{ items }` envelope) is written out where
 * it is used. Every schema is added before any is described.
 */
class SchemaSet {
  private readonly requests = z.registry<{ id: string }>();
  private readonly responses = z.registry<{ id: string }>();
  private readonly converted = new Map<string, Schema>();

  /**
   * A request's schema is described as clients write it, an answer's as the server sends it; one
   * both sent and received (a dataset file) is described once, as it was first met.
   */
  add: Describe = (schema, io, placeholder) => {
    if (!this.requests.has(schema) && !this.responses.has(schema)) {
      (io === 'input' ? this.requests : this.responses).add(schema, { id: sharedNames.get(schema) ?? placeholder });
    }
    return {};
  };

  /**
   * Converts every schema added, and answers the components. Within an answer, each shared
   * schema is a reference (an item of a list, a record's kind); within a request body they are
   * written out, as they may take there what an answer never holds.
   */
  convert(): Record<string, Schema> {
    for (const [schema, id] of sharedNames) {
      if (!this.requests.has(schema) && !this.responses.has(schema)) this.responses.add(schema, { id });
    }
    for (const [registry, io] of [
      [this.requests, 'input'],
      [this.responses, 'output'],
    ] as const) {
      const { schemas } = z.toJSONSchema(registry, { io, uri: componentRef, unrepresentable: 'any' });
      // Their $id would be the reference: a URI with a fragment, which JSON Schema does not allow.
      for (const [id, { $id: _id, $schema: _schema, ...schema }] of Object.entries(schemas)) {
        this.converted.set(id, schema);
      }
    }
    const components: Record<string, Schema> = {};
    for (const name of [...sharedNames.values()].sort()) {
      const schema = this.converted.get(name);
      if (schema) components[name] = schema;
    }
    return components;
  }

  describe: Describe = (schema) => {
    const id = (this.requests.get(schema) ?? this.responses.get(schema))?.id;
    if (id === undefined) throw new Error('A schema was described without being added first');
    return sharedNames.has(schema) ? { $ref: componentRef(id) } : (this.converted.get(id) ?? {});
  };
}

const referenced = /"#\/components\/schemas\/(\w+)"/g;

/** The components that `paths` refer to, and those they refer to in turn. */
function inUse(components: Record<string, Schema>, paths: OpenApiDocument['paths']): Record<string, Schema> {
  const names = new Set<string>();
  const follow = (json: string) => {
    for (const [, name = ''] of json.matchAll(referenced)) {
      const schema = components[name];
      if (names.has(name) || schema === undefined) continue;
      names.add(name);
      follow(JSON.stringify(schema));
    }
  };
  follow(JSON.stringify(paths));
  return Object.fromEntries(Object.entries(components).filter(([name]) => names.has(name)));
}

function described(given: Content, describe: Describe, io: Io, placeholder: string) {
  return Object.fromEntries(
    Object.entries(given).map(([type, schema]) => [type, { schema: describe(schema, io, `${placeholder}-${type}`) }]),
  );
}

function operation(route: ApiRoute, describe: Describe): Operation {
  const id = operationId(route);
  const body = route.inputs.body ? { 'application/json': route.inputs.body } : route.rawBody;
  const responses: Record<string, Response> = {};
  for (const [status, { description, content }] of Object.entries(route.responses)) {
    responses[status] = content
      ? { description, content: described(content, describe, 'output', `${id}-${status}`) }
      : { description };
  }
  for (const [status, failure] of Object.entries({ ...impliedErrors(route), ...route.errors })) {
    const { description, schema } =
      typeof failure === 'string' ? { description: failure, schema: recordSchemas.Problem } : failure;
    const content = { 'application/problem+json': schema };
    responses[status] = { description, content: described(content, describe, 'output', `${id}-${status}`) };
  }
  const params = [...parameters(route.inputs.params, 'path'), ...parameters(route.inputs.query, 'query')];
  return {
    operationId: id,
    summary: route.summary,
    tags: [route.path.split(/[/.]/)[1] ?? ''],
    'x-access': route.access,
    security: route.access === 'public' ? [] : [{ session: [] }],
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: { required: true, content: described(body, describe, 'input', `${id}-body`) } } : {}),
    responses,
  };
}

/** OpenAPI 3.1, every operation from the route table and every schema from the zod schemas it parses with. */
export function openApiDocument(routes: readonly ApiRoute[]): OpenApiDocument {
  const schemas = new SchemaSet();
  for (const route of routes) operation(route, schemas.add);
  const components = schemas.convert();
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const path = documentedPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route, schemas.describe) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Triangulate API', version: '1', description },
    paths,
    components: {
      // Every shared schema was converted, so that any answer could refer to it; most are not.
      schemas: inUse(components, paths),
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: sessionCookie, description: 'Set by POST /api/auth/login' },
      },
    },
  };
}

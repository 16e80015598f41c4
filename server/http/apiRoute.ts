import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import type { Role } from '../../shared/schemas/index.js';
import { parseInput } from './parse.js';

export type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * Who may call a route: anyone, a role or above, or `reader`: viewers and above, and anyone when
 * the server runs with PUBLIC_READ.
 */
export type Access = 'public' | 'reader' | Role;

/** The parts of a request a route reads, each parsed with its schema before the handler runs. */
export interface Inputs {
  params?: z.ZodType;
  query?: z.ZodType;
  /** A JSON body. */
  body?: z.ZodType;
}

/** Media type → schema of what is sent in it. */
export type Content = Record<string, z.ZodType>;

export interface Answer {
  description: string;
  content?: Content;
}

/** A failure a client can expect: sent as application/problem+json, as a Problem unless `schema` says more. */
export type Failure = string | { description: string; schema: z.ZodType };

const inputSchema = <I extends Inputs>(inputs: I) => z.object(inputs);
export type Parsed<I extends Inputs> = z.output<ReturnType<typeof inputSchema<I>>>;

interface RouteFields {
  method: Method;
  /** As Express writes it, under /api: `/claims/:id`. */
  path: string;
  access: Access;
  /** One line, as a heading would put it. */
  summary: string;
  /** A body the handler reads itself rather than as JSON (an imported file), by media type. */
  rawBody?: Content;
  /** Successes by status. */
  responses: Record<number, Answer>;
  /** Failures by status, beyond the 400, 401 and 403 that the inputs and access already tell of. */
  errors?: Record<number, Failure>;
}

export interface RouteSpec<I extends Inputs> extends RouteFields {
  inputs: I;
  /** Runs after the access check and before the inputs are parsed: reads a body that is not JSON. */
  before?: RequestHandler;
  handle: Handler<Parsed<I>>;
}

/** A route as the router and the API description both read it. */
export interface ApiRoute extends RouteFields {
  inputs: Inputs;
  handlers: RequestHandler[];
}

/** Keeps a route's input types between its schemas and its handler, then forgets them for the table. */
export function route<I extends Inputs>({ inputs, before, handle, ...fields }: RouteSpec<I>): ApiRoute {
  const schema = inputSchema(inputs);
  const run: RequestHandler = async (req, res) => {
    await handle(parseInput(schema, inputs.body !== undefined, req), req, res);
  };
  return { ...fields, inputs, handlers: before ? [before, run] : [run] };
}

export const json = (schema: z.ZodType, description = 'OK'): Answer => ({
  description,
  content: { 'application/json': schema },
});

export const noContent = (description: string): Answer => ({ description });

/** The list answers' envelope, which leaves room for more than the items. */
export const itemsOf = (item: z.ZodType) => z.object({ items: z.array(item) });

/** `/claims/:id` as OpenAPI writes it under the API's mount point: `/api/claims/{id}`. */
export const documentedPath = (path: string): string => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

/** A handler of the parsed inputs `I`: it answers, or throws a ProblemError. */
export type Handler<I> = (input: I, req: Request, res: Response) => void | Promise<void>;

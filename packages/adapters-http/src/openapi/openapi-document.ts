import { z } from 'zod';
import type { RouteSpec } from './route-spec.js';

const errorSchema = {
  type: 'object',
  required: ['statusCode', 'error', 'message', 'requestId'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string', description: 'a stable code such as VALIDATION_FAILED or LOAN_NOT_FOUND' },
    message: { type: 'string' },
    details: { description: 'for 400: the list of bad fields, each { field, message }' },
    requestId: { type: 'string' },
  },
} as const;

const ERROR_TEXT: Readonly<Record<number, string>> = {
  400: 'invalid request: every bad field is listed in details',
  401: 'not signed in, or the credentials are wrong',
  403: 'signed in but not allowed',
  404: 'not found, or not visible to the caller',
  409: 'conflict with the current state',
  422: 'a business rule is broken',
  429: 'too many requests',
  500: 'unexpected server error',
  502: 'a provider refused the request or could not be reached',
  503: 'a dependency is unavailable',
};

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const json = jsonSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
  }));
}

/** Builds an OpenAPI 3.1 document from the registered route specs. */
export function openApiDocument(info: { readonly title: string; readonly version: string; readonly description?: string }, routes: readonly RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = { description: response.description, ...(response.schema ? { content: { 'application/json': { schema: jsonSchema(response.schema) } } } : {}) };
    }
    for (const status of [400, ...(route.errors ?? []), 500]) {
      responses[String(status)] = { description: ERROR_TEXT[status] ?? 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      tags: route.tags,
      ...(route.security === 'public' ? { security: [] } : { security: [{ bearer: [] }] }),
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}

import type { ServiceIdentifier } from 'inversify';
import type { Hono } from 'hono';

/** The API's own entry point (the shared ones are in @los/composition's `ids`). */
export const apiIds = {
  HttpApp: Symbol.for('los.HttpApp') as ServiceIdentifier<Hono<never>>,
} as const;

// @los/api: the API's container, for tests and benchmarks that build the real app.

/**
 * Builds the API container (optionally with the embedded worker).
 * @example const { container, dispose } = await buildApiContainer(config, logger, { withWorker: true })
 */
export { buildApiContainer, httpModule } from './container.js';
/**
 * The API's service identifiers.
 * @example container.get(apiIds.HttpApp).request('/health')
 */
export { apiIds } from './service-ids.js';

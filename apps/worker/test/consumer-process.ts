// A worker process for the kill test: consumes with the idempotent step consumer and stalls for ever
// inside the handler, before its transaction commits or after it (before the broker ack), as told.
import { applyStep, startPipeline } from './pipeline.js';

const env = JSON.parse(process.env['PROOF_ENV'] ?? '{}') as Record<string, string>;
const mode = process.env['PROOF_MODE'];
const forever = () => new Promise<never>(() => undefined);

const pipeline = await startPipeline({
  env,
  ...(mode === 'before-commit'
    ? {
        handle: async (message, context) => {
          await applyStep(message, context);
          process.stdout.write(`HANDLING ${message.id}\n`);
          await forever();
        },
      }
    : {
        wrap: (subscription) => ({
          ...subscription,
          handle: async (message, delivery) => {
            await subscription.handle(message, delivery);
            process.stdout.write(`COMMITTED ${message.id}\n`);
            await forever();
          },
        }),
      }),
});
await pipeline.runtime.start();
process.stdout.write('READY\n');

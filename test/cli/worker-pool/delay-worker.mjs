// A pool worker for the tests (needs the build: it serves batches with the compiled protocol). Each task
// waits `delay` ms, then renders its index; the meta says when its batch's task finished.
import { serveBatches } from '../../../dist/cli/worker-batches.js';

serveBatches(async ({ index, delay }) => {
  await new Promise((resolve) => setTimeout(resolve, delay));
  return { meta: { index, finishedAt: Date.now() }, text: `task ${index} ✓\n` };
});

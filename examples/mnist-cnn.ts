/**
 * A small convolutional network (two 3×3 conv + max-pool blocks, 8 and 16 filters, softmax
 * head) on real MNIST digits with the Cockpit attached: plain SGD, learning rate 0.1, batch 64.
 *
 *   node --import tsx examples/mnist-cnn.ts [--steps 200] [--out runs/mnist-cnn] [--config economy|business|full]
 *
 * Writes into --out: TensorBoard event files, cockpit.json and panel.png (and logs to MLflow
 * when MLFLOW_TRACKING_URI is set). The training loop is the demo's (examples/demo.ts).
 */
import { runDemo } from './demo.js';
import { isMain, parseExampleArgs, runMain, type ExampleArgs } from './example-cli.js';

/** Learning rate and batch size of this example. */
export const MNIST_CNN = { model: 'cnn', lr: 0.1, batch: 64 } as const;

/** Runs the example; `quiet` silences the progress bar and hints (the status report still prints). */
export function runMnistCnn(args: ExampleArgs, quiet = false) {
  return runDemo({ ...args, ...MNIST_CNN, quiet, runName: `mnist-cnn-${args.config}` });
}

if (isMain(import.meta.url)) {
  runMain(async () => {
    const { given } = parseExampleArgs(process.argv.slice(2));
    await runMnistCnn({
      steps: 200,
      out: 'runs/mnist-cnn',
      config: 'economy',
      backend: 'auto',
      ...given,
    });
  });
}

/**
 * A multilayer perceptron (784-128-64-10, ReLU, softmax) on real MNIST digits with the Cockpit
 * attached: plain SGD, learning rate 0.1, batch 64 — a healthy run to compare the failure modes
 * against.
 *
 *   node --import tsx examples/mnist-mlp.ts [--steps 300] [--out runs/mnist-mlp] [--config economy|business|full]
 *
 * Writes into --out: TensorBoard event files, cockpit.json and panel.png (and logs to MLflow
 * when MLFLOW_TRACKING_URI is set). The training loop is the demo's (examples/demo.ts).
 */
import { runDemo } from './demo.js';
import { isMain, parseExampleArgs, runMain, type ExampleArgs } from './example-cli.js';

/** Learning rate and batch size of this example. */
export const MNIST_MLP = { model: 'mlp', lr: 0.1, batch: 64 } as const;

/** Runs the example; `quiet` silences the progress bar and hints (the status report still prints). */
export function runMnistMlp(args: ExampleArgs, quiet = false) {
  return runDemo({ ...args, ...MNIST_MLP, quiet, runName: `mnist-mlp-${args.config}` });
}

if (isMain(import.meta.url)) {
  runMain(async () => {
    const { given } = parseExampleArgs(process.argv.slice(2));
    await runMnistMlp({
      steps: 300,
      out: 'runs/mnist-mlp',
      config: 'economy',
      backend: 'auto',
      ...given,
    });
  });
}

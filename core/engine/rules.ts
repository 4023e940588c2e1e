/** The layer-rule registry: which AffineRule serves a parameterised step. */
import type { AffineStep } from './model-view.js';
import { denseRule } from './layers/dense.js';
import { conv2dRule } from './layers/conv2d.js';
import type { AffineRule } from './layers/rule.js';

const convRules = new WeakMap<AffineStep, AffineRule>();

export function ruleFor(step: AffineStep): AffineRule {
  if (step.kind === 'dense') return denseRule;
  let rule = convRules.get(step);
  if (!rule) {
    rule = conv2dRule([...step.kernel.variable.shape] as number[], step.bias !== null);
    convRules.set(step, rule);
  }
  return rule;
}

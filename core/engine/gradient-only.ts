/**
 * The documented slower fallback for models with layers the engine has no per-sample rule for
 * (LSTM, BatchNormalization, ...): only the quantities that need the batch gradient and the loss
 * (Loss, Time, Parameters, Distance, UpdateSize, GradNorm) are available. The loss and gradient
 * come from tfjs-layers itself (`model.apply` with the compiled loss, then variableGrads).
 */
import * as tf from '@tensorflow/tfjs';
import type { ParameterInfo } from '../record.js';
import { innerModel, parameterInfos } from './model-view.js';
import type { StepStatistics } from './engine.js';

export class GradientOnlyEngine {
  readonly view: { variables: tf.LayerVariable[]; parameters: ParameterInfo[] };
  private readonly lossFn: (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;

  constructor(readonly model: tf.LayersModel) {
    const variables = model.trainableWeights;
    this.view = {
      variables,
      parameters: parameterInfos(variables),
    };
    const inner = innerModel(model) as unknown as {
      lossFunctions?: ((a: tf.Tensor, b: tf.Tensor) => tf.Tensor)[];
    };
    const fn = inner.lossFunctions?.[0];
    if (!fn)
      throw new Error(
        'the model is not compiled: call model.compile({ optimizer, loss }) before creating the Cockpit',
      );
    this.lossFn = fn;
  }

  /** Loss and batch gradient at the current parameters (the only statistics offered). */
  pass(x: tf.Tensor, y: tf.Tensor): StepStatistics {
    const vars = this.view.variables.map((v) => v.read() as tf.Variable);
    // A training-mode forward updates state such as BatchNormalization's moving averages; the
    // Cockpit's extra forward must not, so that state is restored afterwards.
    const state = this.model.nonTrainableWeights.map((w) => ({
      variable: w.read() as tf.Variable,
      saved: tf.clone(w.read()),
    }));
    const { value, grads } = tf.variableGrads(
      () =>
        tf.mean(this.lossFn(y, this.model.apply(x, { training: true }) as tf.Tensor)) as tf.Scalar,
      vars,
    );
    for (const { variable, saved } of state) {
      variable.assign(saved);
      saved.dispose();
    }
    const gradient = vars.map((v) => grads[v.name]);
    const unsupported = (what: string) => () => {
      throw new Error(`${what} needs per-sample rules for every layer (gradient-only fallback)`);
    };
    const stats = {
      n: x.shape[0],
      loss: value,
      gradient: () => gradient,
      dispose: () => tf.dispose([value, ...gradient]),
      perSampleLoss: undefined,
      sqNorms: unsupported('sqNorms'),
      sumGradSquared: unsupported('sumGradSquared'),
      gram: unsupported('gram'),
      innerProducts: unsupported('innerProducts'),
      diagCurvature: unsupported('diagCurvature'),
      hvp: unsupported('hvp'),
    };
    // Structurally a subset of StepStatistics; the Cockpit only hands it to gradient-only quantities.
    return stats as unknown as StepStatistics;
  }
}

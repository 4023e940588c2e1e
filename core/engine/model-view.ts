/**
 * Turns a compiled `tf.Sequential` or chain-shaped functional `tf.LayersModel` into a list of
 * explicit steps the engine can run with explicit parameters (so it can expose each layer's
 * input and pre-activation, and evaluate at parameter snapshots).
 *
 * Dense and Conv2D with a fused activation become two steps: the affine map, then the
 * activation. Unsupported layers are collected and reported together, up front.
 */
import * as tf from '@tensorflow/tfjs';
import type { ParameterInfo } from '../record.js';
import { UnsupportedLayerError } from '../errors.js';
import { isSupportedActivation, type ActivationName } from './activations.js';

type LayerLike = tf.layers.Layer & Record<string, any>;
type LayerVariable = tf.LayerVariable;

interface StepBase {
  /** The tfjs layer this step comes from. */
  layerName: string;
  /** Per-sample shape of the step's output (without the batch axis). */
  outputShape: number[];
}
export interface DenseStep extends StepBase {
  kind: 'dense';
  kernel: ParamRef;
  bias: ParamRef | null;
}
export interface Conv2DStep extends StepBase {
  kind: 'conv2d';
  kernel: ParamRef;
  bias: ParamRef | null;
  strides: [number, number];
  padding: 'valid' | 'same';
}
export interface ActivationStep extends StepBase {
  kind: 'activation';
  activation: ActivationName;
}
export interface PoolStep extends StepBase {
  kind: 'maxPool' | 'avgPool';
  poolSize: [number, number];
  strides: [number, number];
  padding: 'valid' | 'same';
}
export interface ReshapeStep extends StepBase {
  kind: 'reshape';
  /** Per-sample target shape (without batch axis). */
  shape: number[];
}
export interface DropoutStep extends StepBase {
  kind: 'dropout';
  rate: number;
}
export type Step = DenseStep | Conv2DStep | ActivationStep | PoolStep | ReshapeStep | DropoutStep;
export type AffineStep = DenseStep | Conv2DStep;

/**
 * A parameter used by a step: `index` into the trainable parameter list (or -1 for a frozen
 * weight, which is used in the forward pass but has no statistics), and the variable itself.
 */
export interface ParamRef {
  index: number;
  variable: LayerVariable;
}

export interface ModelView {
  steps: Step[];
  /** Trainable parameter tensors in `model.trainableWeights` order (the order of every per-parameter list). */
  parameters: ParameterInfo[];
  variables: LayerVariable[];
  /** Activation of the network output (the last activation step, 'linear' if none). */
  outputActivation: ActivationName;
  /** Per-sample input shape. */
  inputShape: number[];
}

const pair = (v: number | number[] | undefined, fallback: number): [number, number] =>
  v === undefined ? [fallback, fallback] : typeof v === 'number' ? [v, v] : [v[0], v[1] ?? v[0]];

/** `<layer>/<param>` names and shapes of parameter tensors, in the given order. */
export function parameterInfos(variables: readonly LayerVariable[]): ParameterInfo[] {
  return variables.map((v) => {
    const [layer, ...rest] = v.name.split('/');
    return {
      name: v.name,
      layer,
      param: rest.join('/') || v.name,
      shape: [...v.shape] as number[],
    };
  });
}

/** The inner LayersModel of a Sequential (fit/trainOnBatch delegate to it), or the model itself. */
export function innerModel(model: tf.LayersModel): tf.LayersModel {
  const inner = (model as unknown as { model?: tf.LayersModel }).model;
  return inner instanceof tf.LayersModel ? inner : model;
}

function layersInOrder(model: tf.LayersModel): LayerLike[] {
  const layers = model.layers as LayerLike[];
  if (model instanceof tf.Sequential)
    return layers.filter((l) => l.getClassName() !== 'InputLayer');
  // Functional model: accept only a chain (one input, one output, each layer fed by the previous).
  if (model.inputs.length !== 1 || model.outputs.length !== 1) {
    throw new UnsupportedLayerError(
      model.name,
      model.getClassName(),
      'has several inputs or outputs (only chain-shaped models are supported)',
    );
  }
  const chain = layers.filter((l) => l.getClassName() !== 'InputLayer');
  let previous: LayerLike | undefined = layers.find((l) => l.getClassName() === 'InputLayer');
  for (const layer of chain) {
    const nodes = (layer as any).inboundNodes as { inboundLayers: LayerLike[] }[];
    const inbound = nodes?.[0]?.inboundLayers ?? [];
    if (nodes.length !== 1 || inbound.length !== 1 || (previous && inbound[0] !== previous)) {
      throw new UnsupportedLayerError(
        layer.name,
        layer.getClassName(),
        'is not part of a simple chain (branches, merges or shared layers are not supported)',
      );
    }
    previous = layer;
  }
  return chain;
}

/** Per-sample output shape of a layer (its pre-activation has the same shape). */
function outShape(layer: LayerLike): number[] {
  const shape = layer.outputShape as (number | null)[];
  return shape.slice(1).map((d) => d ?? -1);
}

function activationName(layer: LayerLike): string {
  const act = layer.activation as { getClassName(): string } | undefined;
  if (!act) return 'linear';
  const cls = act.getClassName();
  // tfjs-layers class names are e.g. 'relu', 'tanh', 'sigmoid', 'softmax', 'elu', 'softplus', 'linear'.
  return cls.toLowerCase();
}

/**
 * Builds the step list; throws one UnsupportedLayerError naming the first unsupported layer
 * (all of them in the message) before any training happens.
 */
export function buildModelView(model: tf.LayersModel): ModelView {
  const trainable = model.trainableWeights;
  const refOf = (variable: LayerVariable | null | undefined): ParamRef | null => {
    if (!variable) return null;
    return { index: trainable.indexOf(variable), variable };
  };
  const steps: Step[] = [];
  const problems: { layer: LayerLike; detail: string }[] = [];
  const addActivation = (layer: LayerLike, name: string) => {
    if (!isSupportedActivation(name)) {
      problems.push({ layer, detail: `uses activation "${name}", which has no curvature rule` });
      return;
    }
    if (name !== 'linear')
      steps.push({
        kind: 'activation',
        layerName: layer.name,
        outputShape: outShape(layer),
        activation: name,
      });
  };

  for (const layer of layersInOrder(model)) {
    const cls = layer.getClassName();
    switch (cls) {
      case 'Dense': {
        const inputRank = (layer.batchInputShape ?? (layer as any).inputSpec?.[0]?.shape)?.length;
        const inShape =
          layer.input && !Array.isArray(layer.input)
            ? (layer.input as tf.SymbolicTensor).shape
            : undefined;
        if ((inShape && inShape.length !== 2) || (inputRank !== undefined && inputRank > 2)) {
          problems.push({
            layer,
            detail: 'is applied to an input of rank > 2 (add a Flatten before it)',
          });
          break;
        }
        steps.push({
          kind: 'dense',
          layerName: layer.name,
          outputShape: outShape(layer),
          kernel: refOf(layer.kernel)!,
          bias: layer.useBias ? refOf(layer.bias) : null,
        });
        addActivation(layer, activationName(layer));
        break;
      }
      case 'Conv2D': {
        if (layer.dataFormat && layer.dataFormat !== 'channelsLast') {
          problems.push({
            layer,
            detail: `uses dataFormat "${layer.dataFormat}" (only channelsLast is supported)`,
          });
          break;
        }
        const dilation = pair(layer.dilationRate, 1);
        if (dilation[0] !== 1 || dilation[1] !== 1) {
          problems.push({
            layer,
            detail: 'uses a dilation rate > 1 (tfjs cannot train those either)',
          });
          break;
        }
        if (layer.padding !== 'valid' && layer.padding !== 'same') {
          problems.push({ layer, detail: `uses padding "${layer.padding}"` });
          break;
        }
        steps.push({
          kind: 'conv2d',
          layerName: layer.name,
          outputShape: outShape(layer),
          kernel: refOf(layer.kernel)!,
          bias: layer.useBias ? refOf(layer.bias) : null,
          strides: pair(layer.strides, 1),
          padding: layer.padding,
        });
        addActivation(layer, activationName(layer));
        break;
      }
      case 'MaxPooling2D':
      case 'AveragePooling2D': {
        if (layer.dataFormat && layer.dataFormat !== 'channelsLast') {
          problems.push({
            layer,
            detail: `uses dataFormat "${layer.dataFormat}" (only channelsLast is supported)`,
          });
          break;
        }
        const poolSize = pair(layer.poolSize, 2);
        steps.push({
          kind: cls === 'MaxPooling2D' ? 'maxPool' : 'avgPool',
          layerName: layer.name,
          outputShape: outShape(layer),
          poolSize,
          strides: pair(layer.strides ?? poolSize, poolSize[0]),
          padding: layer.padding,
        });
        break;
      }
      case 'Flatten':
        steps.push({
          kind: 'reshape',
          layerName: layer.name,
          outputShape: outShape(layer),
          shape: [-1],
        });
        break;
      case 'Reshape':
        steps.push({
          kind: 'reshape',
          layerName: layer.name,
          outputShape: outShape(layer),
          shape: [...(layer.targetShape as number[])],
        });
        break;
      case 'Activation':
        addActivation(layer, activationName(layer));
        break;
      case 'Dropout':
        if (layer.rate > 0)
          steps.push({
            kind: 'dropout',
            layerName: layer.name,
            outputShape: outShape(layer),
            rate: layer.rate,
          });
        break;
      default:
        problems.push({ layer, detail: 'has no per-sample or curvature rule' });
    }
  }
  // Softmax is only meaningful (and supported) as the very last step: it is absorbed by the loss.
  steps.forEach((s, i) => {
    if (s.kind === 'activation' && s.activation === 'softmax' && i !== steps.length - 1) {
      problems.push({
        layer: model.getLayer(s.layerName) as LayerLike,
        detail: 'uses softmax before the output (only supported as the output activation)',
      });
    }
  });
  const covered = new Set<LayerVariable>();
  for (const s of steps) {
    if (s.kind === 'dense' || s.kind === 'conv2d') {
      covered.add(s.kernel.variable);
      if (s.bias) covered.add(s.bias.variable);
    }
  }
  if (problems.length > 0) {
    const first = problems[0];
    const others = problems
      .slice(1)
      .map((p) => `"${p.layer.name}" (${p.layer.getClassName()}) ${p.detail}`);
    throw new UnsupportedLayerError(
      first.layer.name,
      first.layer.getClassName(),
      first.detail + (others.length ? `; also ${others.join('; ')}` : ''),
    );
  }
  const orphan = trainable.find((v) => !covered.has(v));
  if (orphan) {
    throw new UnsupportedLayerError(
      orphan.name.split('/')[0],
      'unknown',
      `owns trainable weight "${orphan.name}" that no supported layer uses`,
    );
  }
  const parameters = parameterInfos(trainable);
  const last = steps[steps.length - 1];
  const inputShape = (model.inputs[0].shape as (number | null)[]).slice(1) as number[];
  return {
    steps,
    parameters,
    variables: trainable,
    outputActivation: last?.kind === 'activation' ? last.activation : 'linear',
    inputShape,
  };
}

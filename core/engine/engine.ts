/**
 * The engine facade: statistics are requested by name on a step's pass and computed once,
 * on device, for all consumers (cached until the step is disposed).
 */
import * as tf from '@tensorflow/tfjs';
import { buildModelView, innerModel, type AffineStep, type ModelView } from './model-view.js';
import { lossHeadFor, type LossHead } from './losses.js';
import { runPass, type Pass } from './pass.js';
import { ruleFor } from './rules.js';
import { diagCurvature, type CurvatureKind } from './curvature.js';
import { forward, paramValue } from './forward.js';
import { UnsupportedLossError } from '../errors.js';
import { flatHistc, flatHistogram2d, outerHistc, outerHistogram2d } from './histogram-kernels.js';

/** Conv2D individual gradients up to this many floats (64 MiB) are materialised once per step. */
const MATERIALISE_FLOATS = 1 << 24;

interface AffineEntry {
  stepIndex: number;
  step: AffineStep;
  kernelIndex: number;
  biasIndex: number;
}

/** Builds the model view and loss head once; runs passes and Hessian-vector products. */
export class Engine {
  readonly view: ModelView;
  readonly head: LossHead;
  readonly model: tf.LayersModel;
  private readonly affine: AffineEntry[];

  constructor(model: tf.LayersModel) {
    this.model = model;
    this.view = buildModelView(model);
    const inner = innerModel(model) as unknown as { loss?: unknown; optimizer?: unknown };
    if (!inner.optimizer) {
      throw new UnsupportedLossError(
        'the model is not compiled: call model.compile({ optimizer, loss }) before creating the Cockpit',
      );
    }
    this.head = lossHeadFor(inner.loss, this.view.outputActivation);
    const last = this.view.steps[this.view.steps.length - 1];
    if (
      this.head.absorbs &&
      (last?.kind !== 'activation' || last.activation !== this.head.absorbs)
    ) {
      throw new UnsupportedLossError(
        `${this.head.name} needs a ${this.head.absorbs} output activation`,
      );
    }
    const outShape = this.model.outputs[0].shape;
    if (outShape.length !== 2) {
      throw new UnsupportedLossError(
        `the model output has shape ${JSON.stringify(outShape)}; only [batch, outputs] outputs are supported (add a Flatten)`,
      );
    }
    this.affine = this.view.steps.flatMap((step, stepIndex) =>
      step.kind === 'dense' || step.kind === 'conv2d'
        ? [{ stepIndex, step, kernelIndex: step.kernel.index, biasIndex: step.bias?.index ?? -1 }]
        : [],
    );
  }

  /** Runs the extended pass on one batch at the current (or given) parameter values. */
  pass(x: tf.Tensor, y: tf.Tensor, params?: tf.Tensor[]): StepStatistics {
    return new StepStatistics(this, runPass(this.view, this.head, x, y, params), this.affine);
  }

  /** Mean loss at the given parameters (a scalar tensor). */
  loss(x: tf.Tensor, y: tf.Tensor, params?: tf.Tensor[], masks?: (tf.Tensor | null)[]): tf.Scalar {
    return tf.tidy(() => {
      const stepCount = this.head.absorbs ? this.view.steps.length - 1 : this.view.steps.length;
      const out = forward(this.view, x, { params, masks: masks ?? [], stepCount });
      return tf.mean(this.head.perSample(y, out)) as tf.Scalar;
    });
  }

  /**
   * Hessian-vector product of the mean loss at the current parameter values, for a vector given
   * per parameter: nested reverse mode (exact under the installed gradient patches).
   */
  hvp(x: tf.Tensor, y: tf.Tensor, vectors: tf.Tensor[], masks?: (tf.Tensor | null)[]): tf.Tensor[] {
    return tf.tidy(() => {
      const params = this.view.variables.map((v) => v.read());
      const gradsAllowNone = (f: () => tf.Scalar): tf.Tensor[] => {
        const { value, grads } = tf.engine().gradients(f, params, undefined, true);
        value.dispose();
        return grads.map((g, i) => g ?? tf.zerosLike(params[i]));
      };
      return gradsAllowNone(() => {
        const g = gradsAllowNone(() => this.loss(x, y, params, masks));
        return tf.addN(g.map((gi, i) => tf.sum(tf.mul(gi, vectors[i])))) as tf.Scalar;
      });
    });
  }
}

/**
 * Statistics of one step's batch at one parameter point. Every method returns tensors owned by
 * this object (cached; freed by dispose()). Per-parameter results are in parameter order.
 */
export class StepStatistics {
  private readonly cache = new Map<string, tf.Tensor | tf.Tensor[]>();

  constructor(
    readonly engine: Engine,
    readonly pass: Pass,
    private readonly affine: AffineEntry[],
  ) {}

  get n(): number {
    return this.pass.n;
  }
  get loss(): tf.Scalar {
    return this.pass.loss;
  }
  get perSampleLoss(): tf.Tensor1D {
    return this.pass.perSampleLoss;
  }
  get parameterCount(): number {
    return this.engine.view.parameters.length;
  }

  private cached<T extends tf.Tensor | tf.Tensor[]>(key: string, make: () => T): T {
    let hit = this.cache.get(key) as T | undefined;
    if (!hit) {
      hit = make();
      // Cached results outlive the caller's tf.tidy scopes; dispose() frees them.
      if (Array.isArray(hit)) hit.forEach((t) => t && tf.keep(t));
      else tf.keep(hit);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private readonly individuals = new Map<AffineEntry, [tf.Tensor, tf.Tensor | null]>();

  /**
   * The individual gradients of a Conv2D layer, materialised once per step and shared by every
   * statistic when they fit in MATERIALISE_FLOATS (else null: the rule then works in chunks).
   * Dense layers never need them: their statistics are contractions of the factors.
   */
  private individual(e: AffineEntry): [tf.Tensor, tf.Tensor | null] | null {
    if (e.step.kind !== 'conv2d') return null;
    const hit = this.individuals.get(e);
    if (hit) return hit;
    const perSample = e.step.kernel.variable.shape.reduce((x: number, y) => x * (y ?? 1), 1);
    if (perSample * this.n > MATERIALISE_FLOATS) return null;
    const [k, b] = ruleFor(e.step).individualGradients(
      this.pass.stepInputs[e.stepIndex],
      this.pass.outputSignals[e.stepIndex]!,
      e.step,
    );
    const pair: [tf.Tensor, tf.Tensor | null] = [tf.keep(k), b ? tf.keep(b) : null];
    this.individuals.set(e, pair);
    return pair;
  }

  /**
   * Collects a per-parameter result from each affine layer's `[kernel, bias]` pair: from the
   * materialised individual gradients `[N, ...shape]` when available (`fromIndividual`), else
   * from the layer rule's factor contractions (`fn`).
   */
  private perParameter(
    fn: (e: AffineEntry, a: tf.Tensor, dHat: tf.Tensor) => [tf.Tensor, tf.Tensor | null],
    fromIndividual?: (g: tf.Tensor, parameterIndex: number) => tf.Tensor,
  ): tf.Tensor[] {
    const out: tf.Tensor[] = new Array(this.parameterCount);
    for (const e of this.affine) {
      const ind = fromIndividual ? this.individual(e) : null;
      const [k, b] = ind
        ? [
            tf.tidy(() => fromIndividual!(ind[0], e.kernelIndex)),
            ind[1] ? tf.tidy(() => fromIndividual!(ind[1]!, e.biasIndex)) : null,
          ]
        : fn(e, this.pass.stepInputs[e.stepIndex], this.pass.outputSignals[e.stepIndex]!);
      if (e.kernelIndex >= 0) out[e.kernelIndex] = k;
      else k.dispose();
      if (b && e.biasIndex >= 0) out[e.biasIndex] = b;
      else b?.dispose();
    }
    return out;
  }

  /** Batch gradient g of the mean loss per parameter. */
  gradient(): tf.Tensor[] {
    return this.cached('gradient', () =>
      this.perParameter((e, a, d) => ruleFor(e.step).gradient(a, d, e.step)),
    );
  }

  /** ‖g_n‖² per parameter, each `[N]`. */
  sqNorms(): tf.Tensor1D[] {
    return this.cached('sqNorms', () =>
      this.perParameter(
        (e, a, d) => ruleFor(e.step).sqNorms(a, d, e.step),
        (g) => tf.sum(tf.square(tf.reshape(g, [this.n, -1])), 1),
      ),
    ) as tf.Tensor1D[];
  }

  /** Σ_n g_n² per parameter (shaped like the parameter). */
  sumGradSquared(): tf.Tensor[] {
    return this.cached('sumGradSquared', () =>
      this.perParameter(
        (e, a, d) => ruleFor(e.step).sumGradSquared(a, d, undefined, e.step),
        // Summed over a flattened view: a rank-5 reduction over axis 0 transposes first on wasm.
        (g) => tf.reshape(tf.sum(tf.square(tf.reshape(g, [this.n, -1])), 0), g.shape.slice(1)),
      ),
    );
  }

  /** Gram matrix ⟨g_n, g_m⟩ summed over all parameters `[N, N]`. */
  gram(): tf.Tensor2D {
    return this.cached('gram', () => {
      const parts = this.perParameter(
        (e, a, d) => ruleFor(e.step).gram(a, d, e.step),
        (g) => {
          const flat = tf.reshape(g, [this.n, -1]) as tf.Tensor2D;
          return tf.matMul(flat, flat, false, true);
        },
      );
      const total = tf.addN(parts.filter(Boolean));
      parts.forEach((p) => p?.dispose());
      return total as tf.Tensor2D;
    });
  }

  /** ⟨g_n, v⟩ per parameter `[N]` for a direction v given per parameter (not cached). */
  innerProducts(direction: tf.Tensor[]): tf.Tensor1D[] {
    return this.perParameter(
      (e, a, d) => {
        const dirBias = e.biasIndex >= 0 ? direction[e.biasIndex] : null;
        const dirKernel =
          e.kernelIndex >= 0 ? direction[e.kernelIndex] : tf.zerosLike(paramValue(e.step.kernel));
        return ruleFor(e.step).innerProducts(a, d, [dirKernel, dirBias], e.step);
      },
      (g, p) =>
        p >= 0
          ? tf.reshape(
              tf.matMul(
                tf.reshape(g, [this.n, -1]) as tf.Tensor2D,
                tf.reshape(direction[p], [-1, 1]) as tf.Tensor2D,
              ),
              [this.n],
            )
          : tf.zeros([this.n]),
    ) as tf.Tensor1D[];
  }

  /**
   * Visits the individual gradients `[count, ...shape]` of every parameter, in sample chunks of
   * at most `chunkFloats` floats; the chunk is disposed after the visitor returns.
   */
  forEachIndividualGradient(
    visit: (parameterIndex: number, chunk: tf.Tensor, start: number) => void,
    chunkFloats = 1 << 22,
    only?: ReadonlySet<number>,
  ): void {
    for (const e of this.affine) {
      if (only && !only.has(e.kernelIndex) && !only.has(e.biasIndex)) continue;
      const materialised = this.individual(e);
      if (materialised) {
        if (e.kernelIndex >= 0) visit(e.kernelIndex, materialised[0], 0);
        if (materialised[1] && e.biasIndex >= 0) visit(e.biasIndex, materialised[1], 0);
        continue;
      }
      const a = this.pass.stepInputs[e.stepIndex];
      const d = this.pass.outputSignals[e.stepIndex]!;
      const perSample = e.step.kernel.variable.shape.reduce(
        (x: number, y) => x * (y ?? 1),
        1,
      ) as number;
      const size = Math.max(1, Math.min(this.n, Math.floor(chunkFloats / perSample)));
      for (let start = 0; start < this.n; start += size) {
        const count = Math.min(size, this.n - start);
        const [k, b] = tf.tidy(() => {
          const ac = count === this.n ? a : tf.slice(a, start, count);
          const dc = count === this.n ? d : tf.slice(d, start, count);
          const [kk, bb] = ruleFor(e.step).individualGradients(ac, dc, e.step);
          return bb ? [kk, bb] : [kk];
        });
        if (e.kernelIndex >= 0) visit(e.kernelIndex, k, start);
        k.dispose();
        if (b) {
          if (e.biasIndex >= 0) visit(e.biasIndex, b, start);
          b.dispose();
        }
      }
    }
  }

  /**
   * GradHist1d counts `[bins]` of all individual gradient entries of all parameters (float32).
   * Dense kernels are binned from the factors a_n ⊗ d̂_n without materialising them.
   */
  histogram1d(bins: number, lo: number, hi: number): tf.Tensor1D {
    return this.sumCounts(
      tf.zeros([bins]),
      (e, a, d) => {
        if (e.step.kind !== 'dense') return null;
        const parts: tf.Tensor[] = [];
        if (e.kernelIndex >= 0)
          parts.push(outerHistc(a as tf.Tensor2D, d as tf.Tensor2D, bins, lo, hi));
        if (e.biasIndex >= 0) parts.push(flatHistc(d, bins, lo, hi));
        return parts;
      },
      (_p, chunk) => flatHistc(chunk, bins, lo, hi),
    ) as tf.Tensor1D;
  }

  /**
   * GradHist2d counts `[binsX, binsY]` (int32) of (individual gradient entry, parameter value)
   * pairs of all parameters; each parameter value is paired with each of its N gradient entries.
   */
  histogram2d(
    bins: [number, number],
    rangeX: [number, number],
    rangeY: [number, number],
  ): tf.Tensor2D {
    const params = this.engine.view.variables.map((v) => v.read());
    return this.sumCounts(
      tf.zeros(bins, 'int32'),
      (e, a, d) => {
        if (e.step.kind !== 'dense') return null;
        const parts: tf.Tensor[] = [];
        if (e.kernelIndex >= 0)
          parts.push(
            outerHistogram2d(
              a as tf.Tensor2D,
              d as tf.Tensor2D,
              params[e.kernelIndex],
              bins[0],
              bins[1],
              rangeX,
              rangeY,
            ),
          );
        if (e.biasIndex >= 0)
          parts.push(flatHistogram2d(d, params[e.biasIndex], bins[0], bins[1], rangeX, rangeY));
        return parts;
      },
      (p, chunk) => flatHistogram2d(chunk, params[p], bins[0], bins[1], rangeX, rangeY),
    ) as tf.Tensor2D;
  }

  /**
   * Adds up per-layer counts: `factored` handles a layer from its factors (or returns null), the
   * rest are counted from materialised individual-gradient chunks.
   */
  private sumCounts(
    zeros: tf.Tensor,
    factored: (e: AffineEntry, a: tf.Tensor, dHat: tf.Tensor) => tf.Tensor[] | null,
    chunked: (parameterIndex: number, chunk: tf.Tensor) => tf.Tensor,
  ): tf.Tensor {
    let total = zeros;
    const add = (t: tf.Tensor) => {
      const next = tf.add(total, t);
      total.dispose();
      t.dispose();
      total = next;
    };
    const viaChunks = new Set<number>();
    for (const e of this.affine) {
      const parts = factored(
        e,
        this.pass.stepInputs[e.stepIndex],
        this.pass.outputSignals[e.stepIndex]!,
      );
      if (parts) parts.forEach(add);
      else {
        if (e.kernelIndex >= 0) viaChunks.add(e.kernelIndex);
        if (e.biasIndex >= 0) viaChunks.add(e.biasIndex);
      }
    }
    if (viaChunks.size > 0) {
      this.forEachIndividualGradient(
        (p, chunk) => {
          if (viaChunks.has(p)) add(chunked(p, chunk));
        },
        undefined,
        viaChunks,
      );
    }
    return total;
  }

  /** Diagonal curvature per parameter ('diag_h', 'diag_ggn_exact' or 'diag_ggn_mc'). */
  diagCurvature(kind: CurvatureKind, seed?: number): tf.Tensor[] {
    return this.cached(`curvature:${kind}`, () =>
      diagCurvature(this.engine.view, this.engine.head, this.pass, kind, seed),
    );
  }

  /** Hessian-vector product at this step's batch and the variables' current values. */
  hvp(vectors: tf.Tensor[]): tf.Tensor[] {
    return this.engine.hvp(this.pass.x, this.pass.y, vectors, this.pass.masks);
  }

  dispose(): void {
    for (const v of this.cache.values()) {
      if (Array.isArray(v)) v.forEach((t) => t?.dispose());
      else v.dispose();
    }
    this.cache.clear();
    for (const [k, b] of this.individuals.values()) tf.dispose(b ? [k, b] : [k]);
    this.individuals.clear();
    this.pass.dispose();
  }
}

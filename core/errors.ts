import { GRADIENT_ONLY_QUANTITIES } from './record.js';

/**
 * Error classes whose messages say what is wrong and what to do about it.
 */

/** A layer the engine has no per-sample/curvature rule for. */
export class UnsupportedLayerError extends Error {
  override name = 'UnsupportedLayerError';
  constructor(
    readonly layerName: string,
    readonly className: string,
    readonly detail: string,
    readonly stillWorking: readonly string[] = GRADIENT_ONLY_QUANTITIES,
  ) {
    super(
      `layer "${layerName}" (${className}) ${detail}; quantities ${stillWorking.join(', ')} still work ` +
        `(they need only the batch gradient and loss) — remove the others from the configuration or ` +
        `replace the layer with a supported one (Dense, Conv2D, MaxPooling2D, AveragePooling2D, Flatten, ` +
        `Reshape, Activation, Dropout)`,
    );
  }
}

/** A compiled loss the engine cannot reproduce per sample. */
export class UnsupportedLossError extends Error {
  override name = 'UnsupportedLossError';
}

/** Bad options or a model/optimizer the Cockpit cannot work with. */
export class CockpitConfigError extends Error {
  override name = 'CockpitConfigError';
}

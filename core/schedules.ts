/**
 * Tracking schedules: functions `step → boolean` deciding at which global steps a quantity is
 * computed, with the reference's `linear` and `logarithmic` semantics (spec §3.2, §3.3 and
 * golden/FORMAT.md "Schedules").
 */

/** What a schedule is made of; `custom` wraps any user predicate. */
export type ScheduleKind = 'linear' | 'logarithmic' | 'custom';

/** A tracking schedule: call it with a global step; `describe` is a human-readable summary. */
export type Schedule = ((step: number) => boolean) & {
  readonly describe: string;
  readonly kind: ScheduleKind;
};

/** A {@link linear} schedule, exposing its options. */
export type LinearSchedule = Schedule & {
  readonly kind: 'linear';
  readonly interval: number;
  readonly offset: number;
};

/** A {@link logarithmic} schedule, exposing its options and the finite set it tracks. */
export type LogarithmicSchedule = Schedule & {
  readonly kind: 'logarithmic';
  /** The tracked steps, distinct and sorted ascending. */
  readonly steps: readonly number[];
  readonly options: Readonly<Required<LogarithmicOptions>>;
};

/** Options of {@link logarithmic}, named as in the reference and the golden case files. */
export interface LogarithmicOptions {
  start: number;
  end: number;
  steps?: number;
  base?: number;
  init?: boolean;
}

function makeSchedule<T extends object>(
  fn: (step: number) => boolean,
  props: { describe: string; kind: ScheduleKind } & T,
): Schedule & T {
  // Non-writable properties: a schedule is shared by several quantities and must not change.
  for (const [key, value] of Object.entries(props)) {
    Object.defineProperty(fn, key, { value, enumerable: true });
  }
  return fn as Schedule & T;
}

function requireInteger(fnName: string, option: string, value: unknown, min?: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || (min !== undefined && value < min)) {
    const bound = min === undefined ? 'an integer' : `an integer >= ${min}`;
    throw new RangeError(`${fnName}: option "${option}" must be ${bound}, got ${String(value)}`);
  }
  return value;
}

function requireFinite(fnName: string, option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(
      `${fnName}: option "${option}" must be a finite number, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * The reference's `linear(interval, offset=0)`: tracks `{offset + n·interval | n ≥ 0}`, i.e.
 * `s(t) = t − offset ≥ 0 and (t − offset) mod interval = 0`.
 *
 * **Negative steps are never tracked (deliberate deviation).** The reference evaluates the rule
 * for negative arguments too, so with a negative offset `s(−1)` can be true (always for
 * offset −1, and for any negative offset with interval 1); its two-step quantities then try to
 * finish a pair at step 0 and crash (spec §8 pitfall 18). We evaluate `s(t)` only for integer
 * `t ≥ 0` and return false otherwise. For every `t ≥ 0` the result equals the reference's, so a
 * negative offset behaves like `offset mod interval` — only the phantom pair at step 0 is gone.
 *
 * @throws RangeError unless `interval` is an integer ≥ 1 and `offset` an integer.
 */
export function linear(interval: number, offset = 0): LinearSchedule {
  requireInteger('linear', 'interval', interval, 1);
  requireInteger('linear', 'offset', offset);
  const schedule = (step: number): boolean => {
    if (!Number.isInteger(step) || step < 0) return false;
    const shifted = step - offset;
    return shifted >= 0 && shifted % interval === 0;
  };
  return makeSchedule(schedule, {
    describe: `Track at iterations {${offset} + n * ${interval} | n >= 0}.`,
    kind: 'linear' as const,
    interval,
    offset,
  });
}

/** Every step: `linear(1, 0)`, the reference's default schedule. */
export function everyStep(): LinearSchedule {
  return linear(1, 0);
}

/**
 * The integers of torch 1.13's CPU `torch.logspace(start, end, steps, base, dtype=int)`.
 * For steps ≥ 2 start/end are truncated to integers first and the exponent step is float64;
 * for steps = 1 torch takes `base ** start` without truncating start (a separate code path).
 */
function torchIntLogspace(start: number, end: number, steps: number, base: number): number[] {
  if (steps === 1) return [Math.trunc(Math.pow(base, start))];
  const a = Math.trunc(start);
  const b = Math.trunc(end);
  const step = (b - a) / (steps - 1);
  const halfway = Math.floor(steps / 2);
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    // Two-sided evaluation, as torch does, so both end points are hit exactly.
    const e = i < halfway ? a + step * i : b - step * (steps - i - 1);
    out.push(Math.trunc(Math.pow(base, e)));
  }
  return out;
}

/**
 * The reference's `logarithmic(start, end, steps=300, base=10, init=True)`: tracks the integers
 * `trunc(base^e_i)` of an integer-dtype `torch.logspace` (start/end truncated to integers,
 * float64 exponent step, two-sided exponent formula), plus step 0 if `init`.
 *
 * With `init` the reference concatenates 0 and casts to int32 (`.int()`); we reproduce that cast
 * (values ≥ 2³¹ wrap), which only matters for schedules reaching beyond 2·10⁹ steps.
 * `steps = 1` follows torch's separate rule `trunc(base^start)` (start not truncated).
 *
 * @throws RangeError for a non-finite start/end, steps not an integer ≥ 1, or base not a
 *   finite number > 0.
 */
export function logarithmic(
  start: number,
  end: number,
  steps = 300,
  base = 10,
  init = true,
): LogarithmicSchedule {
  requireFinite('logarithmic', 'start', start);
  requireFinite('logarithmic', 'end', end);
  requireInteger('logarithmic', 'steps', steps, 1);
  requireFinite('logarithmic', 'base', base);
  if (base <= 0) throw new RangeError(`logarithmic: option "base" must be > 0, got ${base}`);
  if (typeof init !== 'boolean') {
    throw new RangeError(`logarithmic: option "init" must be a boolean, got ${String(init)}`);
  }
  let values = torchIntLogspace(start, end, steps, base);
  if (init) values = [...values, 0].map((v) => v | 0);
  const tracked = new Set(values.filter((v) => Number.isFinite(v)));
  const sorted = [...tracked].sort((x, y) => x - y);
  const schedule = (step: number): boolean => tracked.has(step);
  return makeSchedule(schedule, {
    describe: `logarithmic(start=${start}, end=${end}, steps=${steps}, base=${base}, init=${init})`,
    kind: 'logarithmic' as const,
    steps: Object.freeze(sorted),
    options: Object.freeze({ start, end, steps, base, init }),
  });
}

/** Wraps any predicate as a {@link Schedule} of kind `custom`. */
export function custom(fn: (step: number) => boolean, describe = 'custom schedule'): Schedule {
  const schedule = (step: number): boolean => Boolean(fn(step));
  return makeSchedule(schedule, { describe, kind: 'custom' as const });
}

/**
 * Every way a schedule can be written: the golden case format (`"every step"`,
 * `{linear: {interval, offset}}`, `{logarithmic: {start, end, steps, base, init}}`), the
 * user-facing short forms of design.md (`{every: n}`, `{log: {start, end, steps}}`), a
 * {@link Schedule}, or a plain predicate.
 */
export type ScheduleSpec =
  | 'every step'
  | { linear: { interval: number; offset?: number } }
  | { logarithmic: LogarithmicOptions }
  | { every: number; offset?: number }
  | { log: LogarithmicOptions }
  | Schedule
  | ((step: number) => boolean);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function logFrom(fnName: string, options: unknown): LogarithmicSchedule {
  if (!isRecord(options)) throw new TypeError(`${fnName}: expected an options object`);
  const { start, end, steps, base, init } = options as Partial<LogarithmicOptions>;
  return logarithmic(start as number, end as number, steps ?? 300, base ?? 10, init ?? true);
}

/**
 * Builds a {@link Schedule} from any {@link ScheduleSpec}. Schedules pass through unchanged,
 * plain predicates become `custom` schedules. Option defaults are the reference's
 * (offset 0; steps 300, base 10, init true).
 *
 * @throws TypeError for an unrecognised spec; RangeError (from {@link linear} /
 *   {@link logarithmic}) for invalid options.
 */
export function fromSpec(spec: ScheduleSpec): Schedule {
  if (spec === 'every step') return everyStep();
  if (typeof spec === 'function') {
    const maybe = spec as Partial<Schedule>;
    if (typeof maybe.describe === 'string' && typeof maybe.kind === 'string')
      return spec as Schedule;
    return custom(spec);
  }
  if (isRecord(spec)) {
    const keys = Object.keys(spec);
    if ('linear' in spec && keys.length === 1) {
      const opts = spec.linear;
      if (!isRecord(opts)) throw new TypeError('fromSpec: "linear" needs {interval, offset}');
      return linear(opts.interval as number, (opts.offset as number | undefined) ?? 0);
    }
    if ('every' in spec && keys.every((k) => k === 'every' || k === 'offset')) {
      return linear(spec.every as number, (spec.offset as number | undefined) ?? 0);
    }
    if ('logarithmic' in spec && keys.length === 1) return logFrom('fromSpec', spec.logarithmic);
    if ('log' in spec && keys.length === 1) return logFrom('fromSpec', spec.log);
  }
  throw new TypeError(`fromSpec: unrecognised schedule ${JSON.stringify(spec)}`);
}

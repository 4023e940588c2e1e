/** Event builders and the Event (de)serializer (trackers.md B.2, B.5, C.1). */
import { tensorboard } from '../../proto/generated/tensorboard.js';

/** `file_version` of every file this package writes; version ≥ 2 turns off step-based purging (B.5). */
export const FILE_VERSION = 'brain.Event:2';
/** `source_metadata.writer` of the first record. */
export const WRITER_NAME = 'tfjs-cockpit';

/** Seconds since the epoch, now. */
export const nowSeconds = (): number => Date.now() / 1000;

/** Serializes an Event. */
export function encodeEvent(event: tensorboard.IEvent): Uint8Array {
  return tensorboard.Event.encode(event).finish();
}

/** Parses an Event (steps as plain numbers). */
export function decodeEvent(bytes: Uint8Array): tensorboard.Event {
  return tensorboard.Event.decode(bytes);
}

/** The first record of every file. */
export function fileVersionEvent(wallTime = nowSeconds()): tensorboard.IEvent {
  return { wallTime, fileVersion: FILE_VERSION, sourceMetadata: { writer: WRITER_NAME } };
}

/**
 * `session_log: START` at `step`. Written once per file before its first data, so that a run
 * resumed from step N looks the same in both loaders: the Python loader purges stale points with
 * step ≥ N on a second START, the Rust loader preempts them anyway (B.5).
 */
export function sessionStartEvent(step: number, wallTime = nowSeconds()): tensorboard.IEvent {
  return { wallTime, step, sessionLog: { status: tensorboard.SessionLog.SessionStatus.START } };
}

/** An Event carrying summary values. */
export function summaryEvent(
  step: number,
  values: tensorboard.Summary.IValue[],
  wallTime = nowSeconds(),
): tensorboard.IEvent {
  return { wallTime, step, summary: { value: values } };
}

/** Step of a decoded event as a number (protobufjs may hand back a Long). */
export function eventStep(event: tensorboard.IEvent): number {
  const s = event.step;
  if (s == null) return 0;
  return typeof s === 'number' ? s : s.toNumber();
}

/**
 * TensorBoard adapter: event files TensorBoard 2.x reads natively (scalars, histograms, images,
 * text, custom-scalars layout), written without TensorFlow.
 */
export {
  tensorBoard,
  TENSORBOARD_TAGS,
  type TensorBoardOptions,
  type TensorBoardSink,
} from './sink.js';
export {
  cockpitLayout,
  bandPoints,
  escapeRegex,
  exactTag,
  tagPrefix,
  ALPHA_BAND,
  type CustomScalarsLayout,
  type LayoutCategory,
  type LayoutChart,
} from './layout.js';
export {
  EventFileWriter,
  type EventFileWriterOptions,
  type EventFileWriterStats,
} from './event-file-writer.js';
export { SummaryWriter } from './summary-writer.js';
export * from './summaries.js';
export { describeTag } from './descriptions.js';
export {
  encodeEvent,
  decodeEvent,
  eventStep,
  fileVersionEvent,
  sessionStartEvent,
  summaryEvent,
  FILE_VERSION,
} from './events.js';
export { crc32c, maskCrc, maskedCrc32c } from './crc32c.js';
export { frameRecord, readRecords, type ReadResult, type StopReason } from './tfrecord.js';
export { readEventFile, parseEventFile, listEventFiles, type EventFileContents } from './reader.js';
export { encodePng, pngSize, type RgbaImage } from './images/png.js';
export { gradHist2dPng, heatmapPixels, type HeatmapOptions } from './images/heatmap.js';
export { runMarkdown, quantitiesMarkdown, modelMarkdown } from './run-markdown.js';

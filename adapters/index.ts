/** Sinks for experiment trackers: TensorBoard event files, MLflow over REST, a live TensorBoard gRPC provider. */
export { tensorBoard, type TensorBoardOptions } from './tensorboard/index.js';
export { mlflow, type MlflowSinkOptions } from './mlflow/index.js';
export { grpcServer, type GrpcServerSinkOptions } from './grpc/index.js';
export * from './scalar-tags.js';

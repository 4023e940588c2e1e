import test from 'ava';
import type * as grpc from '@grpc/grpc-js';
import { dataProviderClientConstructor } from '../../../adapters/grpc/proto.js';
import {
  encodeReadScalarsResponse,
  type ReadScalarsResponseObject,
} from '../../../adapters/grpc/scalar-codec.js';

const method = dataProviderClientConstructor().service.ReadScalars as grpc.MethodDefinition<
  unknown,
  unknown
>;

const response: ReadScalarsResponseObject = {
  runs: [
    {
      run_name: 'mlp',
      tags: [
        {
          tag_name: 'cockpit/Loss',
          data: {
            step: [0, 1, 127, 128, 300_000, 2 ** 40],
            wall_time: [1.7e9, 1.7e9 + 0.25, 0, -1, 1e300, 5],
            value: [0.5, NaN, Infinity, -Infinity, Math.fround(0.1), -0],
          },
        },
        { tag_name: 'cockpit/Ω/ünïcode', data: { step: [], wall_time: [], value: [] } },
        { tag_name: 'neg', data: { step: [-1, -300], wall_time: [1, 2], value: [1, 2] } },
      ],
    },
    { run_name: '', tags: [] },
    {
      run_name: 'nested/run',
      tags: [{ tag_name: '', data: { step: [5], wall_time: [6], value: [7] } }],
    },
  ],
};

test('the direct ReadScalarsResponse encoder is byte-identical to the generic protobuf serializer', (t) => {
  const fast = encodeReadScalarsResponse(response);
  const generic = method.responseSerialize(response);
  t.is(fast.toString('hex'), Buffer.from(generic).toString('hex'));
});

test('its output decodes back to the same columns', (t) => {
  const back = method.responseDeserialize(
    encodeReadScalarsResponse(response),
  ) as ReadScalarsResponseObject;
  t.deepEqual(back.runs[0]!.tags[0]!.data.step, [0, 1, 127, 128, 300_000, 2 ** 40]);
  t.deepEqual(back.runs[0]!.tags[0]!.data.wall_time, [1.7e9, 1.7e9 + 0.25, 0, -1, 1e300, 5]);
  t.deepEqual(back.runs[0]!.tags[0]!.data.value.slice(0, 5), [
    0.5,
    NaN,
    Infinity,
    -Infinity,
    Math.fround(0.1),
  ]);
  t.is(back.runs[0]!.tags[1]!.tag_name, 'cockpit/Ω/ünïcode');
  t.deepEqual(back.runs[0]!.tags[2]!.data.step, [-1, -300]);
  t.is(back.runs[2]!.run_name, 'nested/run');
});

test('values the fast path does not handle are refused (the server then uses the generic encoder)', (t) => {
  t.throws(
    () =>
      encodeReadScalarsResponse({
        runs: [
          {
            run_name: 'r',
            tags: [{ tag_name: 't', data: { step: [1.5], wall_time: [1], value: [1] } }],
          },
        ],
      }),
    { message: /safe integer/ },
  );
  t.throws(
    () =>
      encodeReadScalarsResponse({
        runs: [
          {
            run_name: 'r',
            tags: [{ tag_name: 't', data: { step: [1], wall_time: [], value: [1] } }],
          },
        ],
      }),
    { message: /length/ },
  );
});

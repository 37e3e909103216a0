import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { artifactsOf, loadAndPredict, randomizeWeights, TEST_MODELS } from '../../../testing/formatTestModels';
import { KERAS_3_DTYPE_POLICY_SEQUENTIAL } from './keras3ConfigExamples';
import { readTfjsLayers, writeTfjsLayers } from './tfjsLayersFormat';

const shardsOf = (files: { name: string; bytes: Uint8Array }[]) => new Map(files.map((f) => [f.name, f.bytes]));

describe('writeTfjsLayers then readTfjsLayers', () => {
  for (const testModel of TEST_MODELS) {
    it(`round-trips a ${testModel.name} with identical predictions and compile settings`, async () => {
      const model = testModel.build();
      randomizeWeights(model);
      const input = testModel.input();
      const expected = Array.from((model.predict(input) as tf.Tensor).dataSync());
      const artifacts = await artifactsOf(model);

      const { modelJson, weightFiles } = writeTfjsLayers(artifacts, 'my model');
      const read = readTfjsLayers(modelJson, shardsOf(weightFiles));
      const { model: loaded, output } = await loadAndPredict(read, input);

      expect(output).toEqual(expected);
      expect(read.modelTopology).toEqual(artifacts.modelTopology);
      expect(read.trainingConfig).toEqual(artifacts.trainingConfig);
      expect(loaded.layers.map((l) => l.getClassName())).toEqual(model.layers.map((l) => l.getClassName()));
      model.dispose();
      loaded.dispose();
      input.dispose();
    });
  }
});

describe('writeTfjsLayers', () => {
  it('writes a layers-model model.json whose manifest names the weight file relatively', async () => {
    const model = TEST_MODELS[0].build();
    const { modelJson, weightFiles } = writeTfjsLayers(await artifactsOf(model), 'iris');
    const json = JSON.parse(modelJson);
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest[0].paths).toEqual(['./iris.weights.bin']);
    expect(weightFiles.map((f) => f.name)).toEqual(['iris.weights.bin']);
    // What tf.loadLayersModel does with the files: fetch the manifest paths beside model.json.
    const loaded = await tf.loadLayersModel(
      tf.io.fromMemory(
        await tf.io.getModelArtifactsForJSON(json, async (manifest) => [
          tf.io.getWeightSpecs(manifest),
          weightFiles[0].bytes.slice().buffer,
        ]),
      ),
    );
    expect(loaded.layers.map((l) => l.getClassName())).toEqual(['Dense', 'Dense']);
    model.dispose();
    loaded.dispose();
  });
});

describe('readTfjsLayers', () => {
  async function saved() {
    const model = TEST_MODELS[0].build();
    const files = writeTfjsLayers(await artifactsOf(model), 'm');
    model.dispose();
    return files;
  }

  it('names the .bin file that was not chosen', async () => {
    const { modelJson } = await saved();
    expect(() => readTfjsLayers(modelJson, new Map())).toThrow(/lists the weight file "m.weights.bin", which was not chosen/);
  });

  it('refuses shards whose size does not match the manifest', async () => {
    const { modelJson, weightFiles } = await saved();
    const short = new Map([['m.weights.bin', weightFiles[0].bytes.slice(0, 40)]]);
    expect(() => readTfjsLayers(modelJson, short)).toThrow(/The .bin files hold 40 bytes, but model.json describes \d+ bytes/);
  });

  it('refuses weights that belong to no layer of the model', async () => {
    const { modelJson, weightFiles } = await saved();
    const json = JSON.parse(modelJson);
    json.weightsManifest[0].weights[0].name = 'elsewhere/kernel';
    expect(() => readTfjsLayers(JSON.stringify(json), shardsOf(weightFiles))).toThrow(/weight "elsewhere\/kernel" belongs to no layer/);
  });

  it('refuses a graph model and text that is not JSON', () => {
    expect(() => readTfjsLayers('{"format": "graph-model", "modelTopology": {"node": []}, "weightsManifest": []}', new Map())).toThrow(
      /graph model/,
    );
    expect(() => readTfjsLayers('<html>', new Map())).toThrow(/not valid JSON/);
  });

  it('dequantises uint8-quantised weights to float32', async () => {
    const { modelJson } = await saved();
    const json = JSON.parse(modelJson);
    const specs = json.weightsManifest[0].weights as tf.io.WeightsManifestEntry[];
    const quantised = specs.map((s) => ({ ...s, quantization: { dtype: 'uint8', min: -1, scale: 2 / 255 } }));
    const bytes = new Uint8Array(quantised.reduce((n, s) => n + s.shape.reduce((a, d) => a * d, 1), 0)).fill(255);
    json.weightsManifest[0].weights = quantised;
    const read = readTfjsLayers(JSON.stringify(json), new Map([['m.weights.bin', bytes]]));
    expect(read.weightSpecs.every((s) => s.dtype === 'float32' && !s.quantization)).toBe(true);
    expect(new Float32Array(read.weightData)[0]).toBeCloseTo(1, 6);
  });

  it('translates the Keras 3 topology tensorflowjs_converter copies into model.json', () => {
    const model = {
      format: 'layers-model',
      modelTopology: { keras_version: '3.3.3', model_config: JSON.parse(KERAS_3_DTYPE_POLICY_SEQUENTIAL) },
      weightsManifest: [],
    };
    expect(() => readTfjsLayers(JSON.stringify(model), new Map())).not.toThrow();
    const read = readTfjsLayers(JSON.stringify(model), new Map());
    expect(read.modelTopology).toMatchObject({ class_name: 'Sequential', keras_version: '3.3.3' });
    expect(read.trainingConfig).toMatchObject({ loss: 'binary_crossentropy' });
  });
});

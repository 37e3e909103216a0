// The three training benchmark models (CNN, MLP, LSTM) as source text for a notebook cell (the benchmarks run inside the app's
// kernel worker, so they can't import modules): `const buildModel = { cnn, mlp, lstm };` with
// each entry a function returning a fresh, uncompiled tf.Sequential. One definition for both
// benchmarks, so their tables measure the same networks.
export const BUILD_MODELS_SOURCE = `
const buildModel = {
  cnn: () => tf.sequential({ layers: [
    tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.conv2d({ filters: 32, kernelSize: 3, padding: 'same', activation: 'relu' }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.flatten(),
    tf.layers.dense({ units: 10, activation: 'softmax' })] }),
  mlp: () => tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [784], units: 500, activation: 'relu' }),
    tf.layers.dense({ units: 100, activation: 'relu' }),
    tf.layers.dense({ units: 10, activation: 'softmax' })] }),
  lstm: () => tf.sequential({ layers: [
    tf.layers.lstm({ inputShape: [10, 3], units: 50 }), tf.layers.dense({ units: 30 })] }),
};`;

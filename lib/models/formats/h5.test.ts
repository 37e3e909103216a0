import { describe, expect, it } from 'vitest';
import { readH5, writeH5 } from './h5';

describe('h5', () => {
  it('writes a file and reads it back, leaving nothing in the in-memory file system', async () => {
    const bytes = await writeH5((file) => {
      file.create_attribute('keras_version', '2.4.0');
      file.create_group('model_weights');
      file.get('model_weights')!;
      (file.get('model_weights') as import('h5wasm').Group).create_dataset({
        name: 'w',
        data: new Float32Array([1, 2, 3, 4]),
        shape: [2, 2],
        dtype: '<f',
      });
    });
    const read = await readH5(bytes, (file) => ({
      version: file.attrs['keras_version'].value,
      w: Array.from((file.get('model_weights/w') as import('h5wasm').Dataset).value as Float32Array),
    }));
    expect(read).toEqual({ version: '2.4.0', w: [1, 2, 3, 4] });
  });

  it('rejects bytes that are not HDF5', async () => {
    await expect(readH5(new TextEncoder().encode('not a model'), () => 1, 'notes.txt')).rejects.toThrow(/notes.txt is not an HDF5 file/);
  });

  it('rejects a truncated file with a message that says so', async () => {
    const bytes = await writeH5((file) => file.create_attribute('keras_version', '2.4.0'));
    await expect(readH5(bytes.slice(0, 600), () => 1)).rejects.toThrow(/truncated or damaged/);
  });
});

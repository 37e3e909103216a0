/**
 * HDF5 through h5wasm (the HDF5 C library compiled to WebAssembly, its binary embedded in the
 * module): loaded on first use, since most pages never touch a Keras file. h5wasm works on files
 * in its in-memory file system, so bytes go in under a unique name and are removed afterwards.
 */
import type * as H5 from 'h5wasm';
import { ModelFormatError } from './modelFormatError';

type H5Library = typeof H5;
type H5Fs = Awaited<H5Library['ready']>['FS'];

let loading: Promise<{ h5: H5Library; fs: H5Fs }> | null = null;
let fileCounter = 0;

export function loadH5(): Promise<{ h5: H5Library; fs: H5Fs }> {
  loading ??= import('h5wasm').then(async (mod) => {
    const h5 = ((mod as unknown as { default?: H5Library }).default ?? mod) as H5Library;
    const { FS } = await h5.ready;
    return { h5, fs: FS };
  });
  return loading;
}

function uniqueName(kind: string): string {
  fileCounter++;
  return `/${kind}-${Date.now().toString(36)}-${fileCounter}.h5`;
}

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** HDF5's signature sits at byte 0, or after a user block of 512, 1024, 2048... bytes. */
export function looksLikeHdf5(bytes: Uint8Array): boolean {
  for (let offset = 0; offset + HDF5_SIGNATURE.length <= bytes.length; offset = offset === 0 ? 512 : offset * 2) {
    if (HDF5_SIGNATURE.every((byte, i) => bytes[offset + i] === byte)) return true;
  }
  return false;
}

/**
 * Opens `bytes` as an HDF5 file for reading, runs `read`, and always closes and deletes it.
 * h5wasm does not throw on a file it cannot open (it hands back a file with an invalid id), so
 * the signature and the id are checked here.
 */
export async function readH5<T>(bytes: Uint8Array, read: (file: H5.File) => T, fileName = 'The file'): Promise<T> {
  if (!looksLikeHdf5(bytes))
    throw new ModelFormatError(`${fileName} is not an HDF5 file (no HDF5 signature), so it is not a Keras .h5 model.`);
  const { h5, fs } = await loadH5();
  const name = uniqueName('read');
  fs.writeFile(name, bytes);
  let file: H5.File | null = null;
  try {
    file = new h5.File(name, 'r');
    if (!(Number(file.file_id) > 0)) {
      file = null;
      throw new ModelFormatError(
        `${fileName} has an HDF5 signature but cannot be opened: it is probably truncated or damaged. Save the model again and retry.`,
      );
    }
    return read(file);
  } finally {
    file?.close();
    fs.unlink(name);
  }
}

/** Creates an HDF5 file, lets `write` fill it, and returns its bytes. */
export async function writeH5(write: (file: H5.File) => void): Promise<Uint8Array> {
  const { h5, fs } = await loadH5();
  const name = uniqueName('write');
  let file: H5.File | null = null;
  try {
    file = new h5.File(name, 'w');
    write(file);
    file.close();
    file = null;
    return fs.readFile(name);
  } finally {
    file?.close();
    try {
      fs.unlink(name);
    } catch {
      // never created: nothing to remove
    }
  }
}

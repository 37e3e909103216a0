import { describe, expect, it } from 'vitest';
import { checkModelName, formatModelRef, modelNameFromFileName, parseModelRef } from './modelNames';

describe('model names', () => {
  it('reads a version after the last @', () => {
    expect(parseModelRef('iris@2')).toEqual({ name: 'iris', version: 2 });
    expect(parseModelRef('mnist-lr/abc@10')).toEqual({ name: 'mnist-lr/abc', version: 10 });
    expect(parseModelRef('iris')).toEqual({ name: 'iris' });
    expect(parseModelRef('iris@latest')).toEqual({ name: 'iris@latest' });
  });

  it('refuses empty names and names with @, saying why', () => {
    expect(() => checkModelName('', 'models.save')).toThrow(/give the model a name/);
    expect(() => checkModelName('a@b', 'models.save')).toThrow(/cannot contain '@'/);
    expect(() => checkModelName('x'.repeat(200), 'models.save')).toThrow(/at most 120/);
    expect(checkModelName(' iris ', 'models.save')).toBe('iris');
  });

  it('names an imported file after its base name without the extension', () => {
    expect(modelNameFromFileName('my_model.h5')).toBe('my_model');
    expect(modelNameFromFileName('C:\\models\\net.keras')).toBe('net');
    expect(modelNameFromFileName('model.json')).toBe('model');
    expect(modelNameFromFileName('a@b.hdf5')).toBe('a_b');
  });

  it('formats the reference that always means one version', () => {
    expect(formatModelRef({ name: 'iris', version: 3 })).toBe('iris@3');
  });
});

/** Thrown for a dataset a cell can't load; the message says which file and what to do. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

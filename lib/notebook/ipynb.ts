/** Jupyter .ipynb (nbformat 4.5) read and write; the UI imports from here. */
export { serializeIpynb, splitLines, toIpynb, type IpynbExportOptions } from './ipynbExport';
export { checkIpynbSize, MAX_IPYNB_BYTES, NotebookImportError, parseIpynb, type ParseIpynbOptions } from './ipynbImport';
export type { IpynbCell, IpynbMimeBundle, IpynbNotebook, IpynbOutput, MultilineString } from './ipynbSchema';

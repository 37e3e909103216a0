import { connectCellScope } from './cellScope';
import { defineEditorThemes } from './editorTheme';
import { setupTypeScript, typescriptApi, type Monaco } from './typescriptSetup';

/** Before an editor is made: the TypeScript service, our themes, and the names other cells declare. */
export function prepareMonaco(monaco: Monaco) {
  setupTypeScript(monaco);
  defineEditorThemes(monaco);
  const ts = typescriptApi(monaco);
  connectCellScope((content, path) => ts.typescriptDefaults.addExtraLib(content, path));
}

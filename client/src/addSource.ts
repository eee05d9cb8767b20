// "FactLsp: Add Source from URL or File…": asks for a page's URL (or a file), has the server import
// it (workspace/executeCommand factlsp.addSource, which creates sources/<id>.md with a
// WorkspaceEdit), then says which id to cite.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
  ADD_SOURCE_SERVER_COMMAND,
  IMPORTABLE_EXTENSIONS,
  addSourceArguments,
  describeImported,
  errorMessage,
  toInput,
  type ImportedSource,
} from './addSourceInput';

export async function addSourceFromUrlOrFile(client: LanguageClient): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const typed = await vscode.window.showInputBox({
    title: 'FactLsp: Add Source',
    prompt: 'The URL of a web page or PDF. Leave empty to choose a local file (.html, .pdf, .txt, .md).',
    placeHolder: 'https://…',
    ignoreFocusOut: true,
  });
  if (typed === undefined) return;
  let input: string | null;
  if (typed.trim().length === 0) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      defaultUri: folder?.uri,
      filters: { 'Pages, PDFs and text': IMPORTABLE_EXTENSIONS },
      openLabel: 'Add as Source',
    });
    if (!picked || picked.length === 0) return;
    input = picked[0].fsPath;
  } else {
    input = toInput(typed, folder?.uri.fsPath);
  }
  if (!input) {
    void vscode.window.showErrorMessage(`FactLsp: '${typed}' is neither an http(s) URL nor a file path.`);
    return;
  }

  const documentUri = vscode.window.activeTextEditor?.document.uri;
  const workspaceUri = documentUri && vscode.workspace.getWorkspaceFolder(documentUri) ? documentUri.toString() : folder?.uri.toString();
  let result: ImportedSource | null;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `FactLsp: importing ${input}…` },
      () =>
        client.sendRequest(ExecuteCommandRequest.type, {
          command: ADD_SOURCE_SERVER_COMMAND,
          arguments: [addSourceArguments(input, workspaceUri)],
        }) as Promise<ImportedSource | null>,
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`FactLsp: ${errorMessage(error)}`);
    return;
  }
  if (!result) return;
  const choice = await vscode.window.showInformationMessage(describeImported(result), 'Copy src=', 'Open Source');
  if (choice === 'Copy src=') {
    await vscode.env.clipboard.writeText(`src=${result.id}`);
  } else if (choice === 'Open Source') {
    await vscode.window.showTextDocument(vscode.Uri.parse(result.uri));
  }
}

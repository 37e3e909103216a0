'use client';
/**
 * Trust for the open notebook: the untrusted banner, and the question the session raises when
 * code of an untrusted notebook is asked to run (lib/state/notebookSession.ts holds the cells
 * until it is answered). Shown only for runnable notebooks: nothing else can run.
 */
import { memo } from 'react';
import { isTrusted, untrustedSource } from '../../lib/notebook/trust';
import type { NotebookSession } from '../../lib/state/notebookSession';
import { RunConsentDialog } from './RunConsentDialog';
import { UntrustedBanner } from './UntrustedBanner';
import { useSession } from './useNotebookSession';

export const TrustGate = memo(function TrustGate({ session }: { session: NotebookSession }) {
  const notebook = useSession(session, (s) => s.notebook);
  const asking = useSession(session, (s) => s.runConsent !== null);
  if (!notebook) return null;
  const source = untrustedSource(notebook);
  return (
    <>
      {!isTrusted(notebook) && (
        <UntrustedBanner source={source} onTrust={() => session.getState().dispatch({ type: 'set-trusted', trusted: true })} />
      )}
      {asking && (
        <RunConsentDialog
          title={notebook.title}
          source={source}
          onRun={() => session.getState().grantRunConsent()}
          onCancel={() => session.getState().declineRunConsent()}
        />
      )}
    </>
  );
});

/**
 * "Embed": a dialog with the iframe snippet for the current scenario in embed mode (charts and
 * figures only, with a link back to the full explorer).
 */
import { useId, useRef, useState } from 'react';
import { shareUrl } from '../app/share-url';
import { useScenarioStore } from '../store/scenario-store';
import { encodeLink } from '../url/link-codec';
import { copyText } from './copy-text';

export function embedSnippet(url: string): string {
  const safeUrl = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${safeUrl}" title="Safety vs capabilities ratio explorer" width="100%" height="1400" style="border:0" loading="lazy"></iframe>`;
}

export function EmbedDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [snippet, setSnippet] = useState('');
  const [status, setStatus] = useState('');
  const id = useId();

  const open = () => {
    const { scenario, pins, compare } = useScenarioStore.getState();
    setSnippet(embedSnippet(shareUrl(encodeLink({ scenario, pins, compare, embed: true }))));
    setStatus('');
    dialogRef.current?.showModal();
  };

  return (
    <>
      <button type="button" className="button" onClick={open}>
        Embed
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Embed this scenario</h2>
        <p>
          Paste this into a page to show the charts and figures of this scenario, with a link back
          to the full explorer.
        </p>
        <label htmlFor={`${id}-snippet`}>Embed code</label>
        <textarea id={`${id}-snippet`} readOnly rows={5} value={snippet} />
        <div className="embed-dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              void copyText(snippet).then((ok) =>
                setStatus(ok ? 'Embed code copied.' : 'Could not reach the clipboard: select it.'),
              )
            }
          >
            Copy embed code
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
          <span role="status">{status}</span>
        </div>
      </dialog>
    </>
  );
}

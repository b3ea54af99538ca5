/**
 * Copies the full scenario URL. Falls back to showing the link selected in a text box when the
 * clipboard is unavailable (insecure context, permission denied), and says which happened.
 */
import { useRef, useState } from 'react';
import { scenarioLink } from '../app/share-url';

type CopyState = 'idle' | 'copied' | 'manual';

export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle');
  const [url, setUrl] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    // The store's state, not the address bar: that follows a drag only after a short pause.
    const href = scenarioLink();
    setUrl(href);
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
      queueMicrotask(() => fieldRef.current?.select());
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button button--primary" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? 'Link copied to the clipboard.' : null}
        {state === 'manual' ? 'Could not reach the clipboard: copy the link below.' : null}
      </span>
      {state === 'manual' ? (
        <input
          ref={fieldRef}
          autoComplete="off"
          className="copy-link__field"
          readOnly
          value={url}
          aria-label="Link to this scenario"
        />
      ) : null}
    </div>
  );
}

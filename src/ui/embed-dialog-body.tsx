/**
 * "Embed": a dialog that builds the iframe snippet for the current scenario. The reader chooses
 * what to embed (one of the three charts, or the headline figures, as Our World in Data's
 * grapher embeds one chart) and the colours (light, dark or the reader's setting); the snippet
 * and its height follow the choice. Each view's height is the one its layout fits without
 * scrolling from 320 to 1,200 px wide (embed-views.ts).
 *
 * The dialog loads on the first click of its button (embed-dialog.tsx), which asks it to open
 * with each click (`request`).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { shareUrl } from '../app/share-url';
import { resolveComparison } from '../model/comparison';
import { encodeLink, type EmbedView, type LinkState, type ThemeChoice } from '../url/link-codec';
import { copyText } from './copy-text';
import { EMBED_VIEW_OPTIONS, embedHeight, embedViewOption, THEME_OPTIONS } from './embed-views';
import './embed-dialog.css';

const SITE_TITLE = 'Safety vs capabilities ratio explorer';

/** The iframe code for an embed link of `view` (its height and title follow the view). */
export function embedSnippet(url: string, view: EmbedView = 'figures', compared = false): string {
  const { label } = embedViewOption(view);
  const height = embedHeight(view, compared);
  const attribute = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const title = attribute(`${SITE_TITLE}: ${label}`);
  return `<iframe src="${attribute(url)}" title="${title}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

export type ScenarioPart = Pick<LinkState, 'scenario' | 'ranges' | 'sampling' | 'pins' | 'compare'>;

/** One press of the button: the scenario as it was then (the dialog is modal: it cannot change). */
export interface EmbedRequest {
  readonly id: number;
  readonly opened: ScenarioPart;
}

export function EmbedDialogBody({ request }: { readonly request: EmbedRequest }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { opened } = request;
  const [view, setView] = useState<EmbedView>('field');
  const [theme, setTheme] = useState<ThemeChoice>('auto');
  // The copy's status, for the opening it was made in (a new opening starts without one).
  const [copied, setCopied] = useState({ text: '', request: request.id });
  const status = copied.request === request.id ? copied.text : '';
  const setStatus = (text: string) => setCopied({ text, request: request.id });
  const id = useId();

  // A comparison makes the figures taller (embed-views.ts).
  const compared = resolveComparison(opened.compare, opened.pins) !== null;
  const snippet = embedSnippet(
    shareUrl(encodeLink({ ...opened, embed: view, theme })),
    view,
    compared,
  );
  const height = embedHeight(view, compared);

  // Each press of the button opens the dialog (on the scenario as it was then).
  useEffect(() => {
    dialogRef.current?.showModal();
  }, [request.id]);

  return (
    <>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Embed this scenario</h2>
        <p>
          Paste the code into a page to show one chart or the headline figures of this scenario,
          with a link back to the full explorer.
        </p>
        <div className="embed-dialog__choices">
          <fieldset className="embed-dialog__group">
            <legend>What to embed</legend>
            {EMBED_VIEW_OPTIONS.map((option) => (
              <label key={option.view} className="embed-dialog__choice">
                <input
                  type="radio"
                  autoComplete="off"
                  name={`${id}-view`}
                  value={option.view}
                  checked={view === option.view}
                  onChange={() => {
                    setView(option.view);
                    setStatus('');
                  }}
                />
                {option.view === 'figures' ? option.label : `Chart: ${option.label}`}
              </label>
            ))}
          </fieldset>
          <fieldset className="embed-dialog__group">
            <legend>Colours</legend>
            {THEME_OPTIONS.map((option) => (
              <label key={option.theme} className="embed-dialog__choice">
                <input
                  type="radio"
                  autoComplete="off"
                  name={`${id}-theme`}
                  value={option.theme}
                  checked={theme === option.theme}
                  onChange={() => {
                    setTheme(option.theme);
                    setStatus('');
                  }}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        </div>
        <p className="embed-dialog__size" id={`${id}-size`}>
          The frame is {height} px tall and as wide as the column it is pasted into; it fits without
          scrolling from 320 to 1,200 px wide.
        </p>
        <label htmlFor={`${id}-snippet`}>Embed code</label>
        <textarea
          id={`${id}-snippet`}
          autoComplete="off"
          readOnly
          rows={5}
          value={snippet}
          aria-describedby={`${id}-size`}
        />
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

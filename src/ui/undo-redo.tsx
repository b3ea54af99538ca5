/**
 * Undo / Redo buttons and Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS; Ctrl+Y too). They walk the same
 * history as the browser's Back and Forward, one committed change (a whole drag) per step.
 * Inside text fields the shortcuts are left to the field's own undo.
 */
import { useEffect } from 'react';
import { redo, undo } from '../app/url-sync';
import { selectCanRedo, selectCanUndo, useHistoryStore } from '../store/history-store';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['range', 'button', 'checkbox'].includes(target.type)
  );
}

export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function UndoRedo() {
  const canUndo = useHistoryStore(selectCanUndo);
  const canRedo = useHistoryStore(selectCanRedo);
  useUndoShortcuts();
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        className="button button--small"
        onClick={() => undo()}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => redo()}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        Redo
      </button>
    </div>
  );
}

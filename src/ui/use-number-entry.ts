/**
 * The number box beside a slider. It keeps what the user types as a draft and applies it only
 * on Enter, on leaving the box, or after a pause in typing. Applying every keystroke was the
 * fault: with Safety roles at 80 %, typing a 5 after Capabilities roles' "10" set 105 → 100 %,
 * which rebalanced Safety roles to 0 before the user could correct it.
 *
 * - Enter / blur: an empty or non-number draft is dropped (the value stays, with a message);
 *   an out-of-range one is clamped, applied and explained next to the box.
 * - A pause of TYPING_PAUSE_MS applies an in-range draft so the figures follow the typing. It
 *   never applies an out-of-range draft, because clamping a half-typed share (105 → 100 %)
 *   would rebalance the other shares; it only says what Enter would do.
 * - Escape drops the draft.
 * Every apply is one commit, so one browser-history entry.
 *
 * By default the box edits the input's point; a range's end box (range-end-field.tsx) passes its
 * own `target`, so both follow exactly the same rules.
 */
import {
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { InputKey } from '../model/inputs';
import { useScenarioStore, scenarioActions } from '../store/scenario-store';
import { clampedMessage, invalidMessage, readEntry } from './number-entry';

/**
 * How long typing must pause before the draft applies. Most people type digits 150–400 ms
 * apart (slower on a phone keypad); 700 ms lets a slow typist finish "1,500" without the
 * figures jumping through 1 and 15, yet the charts still follow within a second.
 */
export const TYPING_PAUSE_MS = 700;

interface Message {
  readonly text: string;
  /** The input value the message is about; it is hidden once the value changes elsewhere. */
  readonly value: number;
  /** A pause message ("Enter sets …"), dropped at the next keystroke. */
  readonly pending: boolean;
}

export interface NumberEntry {
  readonly boxProps: {
    readonly ref: RefObject<HTMLInputElement | null>;
    readonly value: string;
    readonly 'aria-describedby': string | undefined;
    readonly 'aria-invalid': boolean | undefined;
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    readonly onBlur: () => void;
    readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  };
  readonly messageId: string;
  /** The message to show next to the box, or '' (the live region stays in the page). */
  readonly message: string;
}

/** What a number box edits: how to read the value it shows and how to set a typed one. */
export interface EntryTarget {
  readonly read: () => number;
  readonly write: (value: number) => void;
}

function pointTarget(inputKey: InputKey): EntryTarget {
  return {
    read: () => useScenarioStore.getState().scenario[inputKey],
    write: (value) => useScenarioStore.getState().setInput(inputKey, value),
  };
}

export function useNumberEntry(
  inputKey: InputKey,
  value: number,
  target: EntryTarget = pointTarget(inputKey),
): NumberEntry {
  const commit = scenarioActions().commit;
  const messageId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelPause = () => {
    if (pause.current !== null) {
      clearTimeout(pause.current);
      pause.current = null;
    }
  };
  useEffect(() => cancelPause, []);

  /** `final`: Enter or blur; otherwise a pause in typing. */
  const apply = (text: string, final: boolean) => {
    const current = target.read();
    const entry = readEntry(inputKey, text);
    if (entry.kind === 'invalid') {
      // Mid-edit ("", "-") a pause says nothing; Enter or blur keeps the value and says why.
      if (final)
        setMessage({ text: invalidMessage(inputKey, current), value: current, pending: false });
      return;
    }
    if (entry.kind === 'clamped' && !final) {
      setMessage({ text: clampedMessage(inputKey, entry, false), value: current, pending: true });
      return;
    }
    target.write(entry.value);
    commit();
    // What the store made of it (a share rebalanced, an end pushed one step past the other).
    const applied = target.read();
    setMessage(
      entry.kind === 'clamped'
        ? { text: clampedMessage(inputKey, entry, true), value: applied, pending: false }
        : null,
    );
  };

  const finish = () => {
    cancelPause();
    if (draft !== null) apply(draft, true);
    setDraft(null);
  };

  /** Text typed in the box: a draft, applied after a pause (or on Enter, or on leaving). */
  const type = (text: string) => {
    setDraft(text);
    setMessage((previous) => (previous?.pending ? null : previous));
    cancelPause();
    pause.current = setTimeout(() => {
      pause.current = null;
      apply(text, false);
    }, TYPING_PAUSE_MS);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => type(event.target.value);

  // Text typed in the prerendered page's box before the app had loaded (a slow phone) is kept
  // as typed. React leaves it in the DOM when it hydrates the box but tells no component, so the
  // render after hydration would put the old value back. On every other mount the box's value is
  // its default value (React sets both) and this does nothing; the slider has the same rule
  // (use-move-before-hydration.ts).
  const box = useRef<HTMLInputElement>(null);
  const typedBeforeHydration = useEffectEvent((text: string) => type(text));
  useLayoutEffect(() => {
    const input = box.current;
    if (input !== null && input.value !== input.defaultValue) typedBeforeHydration(input.value);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      finish();
    } else if (event.key === 'Escape' && draft !== null) {
      cancelPause();
      setDraft(null);
      setMessage((previous) => (previous?.pending ? null : previous));
    }
  };

  // A message is about the value it was given for: once the value changes some other way (the
  // slider, a preset, Back) it is stale, so drop it (state adjusted during render, as React
  // recommends over an effect).
  if (message !== null && message.value !== value) setMessage(null);
  const shown = message !== null && message.value === value ? message.text : '';
  return {
    boxProps: {
      ref: box,
      value: draft ?? String(value),
      'aria-describedby': shown ? messageId : undefined,
      // Only a pause message is about what is in the box now; after Enter the box holds a valid value.
      'aria-invalid': shown && message?.pending ? true : undefined,
      onChange,
      onBlur: finish,
      onKeyDown,
    },
    messageId,
    message: shown,
  };
}

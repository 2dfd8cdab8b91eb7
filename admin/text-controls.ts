/**
 * Plain text fields that leave Chinese input methods alone. Decap's own string control moves the
 * cursor back after every update (componentDidUpdate → setSelectionRange), which collapses a
 * Shift+← selection and the composition range of an input method: pinyin was left in the title
 * ("da重点ngjia党建工作") and a composition over a selection was inserted after it. These
 * controls keep what is typed in local state, so the field is never re-set while typing.
 */
import { createElement as h, useImperativeHandle, useRef, useState, type ChangeEvent, type Ref } from 'react';

/** The props of a Decap widget control used here. */
export interface TextControlProps {
  value?: unknown;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  /** Decap reads `isValid` from a control's ref before saving (React 19 passes refs as props). */
  ref?: Ref<DecapControlHandle>;
}

/** What Decap expects to find on a control's ref. */
export interface DecapControlHandle {
  isValid: () => boolean;
  shouldComponentUpdate?: (next: Record<string, unknown>) => boolean;
}

/** The props on which Decap re-renders a control (its Widget's own rule). */
const DECAP_RENDER_PROPS = ['value', 'classNameWrapper', 'hasActiveStyle'];

/**
 * Gives Decap the handle it validates through; these controls add no checks of their own.
 * Decap re-renders a control only when its value or style changes, unless the handle says
 * otherwise: `alsoOn` names further props that must re-render it (the media library's answer,
 * `mediaPaths`, for a control that opens the library).
 */
export function useDecapHandle(
  ref: Ref<DecapControlHandle> | undefined,
  props?: object,
  alsoOn: readonly string[] = [],
) {
  const latest = useRef(props as Record<string, unknown> | undefined);
  latest.current = props as Record<string, unknown> | undefined;
  useImperativeHandle(
    ref,
    () => ({
      isValid: () => true,
      ...(alsoOn.length > 0 && {
        shouldComponentUpdate: (next: Record<string, unknown>) =>
          [...DECAP_RENDER_PROPS, ...alsoOn].some((name) => next[name] !== latest.current?.[name]),
      }),
    }),
    [alsoOn.join()],
  );
}

/**
 * The field's text, owned by the field while it is edited: a new value from outside (another
 * control inserting text) replaces it, the echo of what was just typed does not.
 */
export function useEditedText(value: unknown, onChange: (value: string) => void) {
  const outside = typeof value === 'string' ? value : value == null ? '' : String(value);
  const [text, setText] = useState(outside);
  const sent = useRef(outside);
  if (outside !== sent.current) {
    sent.current = outside;
    if (outside !== text) setText(outside);
  }
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const next = event.target.value;
    setText(next);
    sent.current = next;
    onChange(next);
  };
  return [text, change] as const;
}

/** A single-line (`string`) or multi-line (`text`) control. */
export function createTextControl(multiline: boolean) {
  return function TextControl(props: TextControlProps) {
    useDecapHandle(props.ref);
    const [text, change] = useEditedText(props.value, props.onChange);
    return h(multiline ? 'textarea' : 'input', {
      id: props.forID,
      className: props.classNameWrapper,
      value: text,
      onChange: change,
      onFocus: props.setActiveStyle,
      onBlur: props.setInactiveStyle,
      ...(multiline ? { rows: 4, style: { minHeight: '140px', fontFamily: 'inherit' } } : { type: 'text' }),
    });
  };
}

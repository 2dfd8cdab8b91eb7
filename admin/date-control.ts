/**
 * The CMS's date field: a text box that shows YYYY-MM-DD as its hint says (a browser's date box
 * shows the reader's locale, mm/dd/yyyy in English), keeps what was typed, and names an
 * impossible date (admin/dates.ts) instead of emptying it.
 */
import { createElement as h, useImperativeHandle, useRef, useState, type ChangeEvent, type Ref } from 'react';
import { readEditorDate } from './dates.ts';
import type { TextControlProps } from './text-controls.ts';

/** The props Decap passes to the date control (the part used here). */
interface DateControlProps extends Omit<TextControlProps, 'ref'> {
  field: { get: (key: string) => unknown };
  ref?: Ref<{ isValid: () => true | { error: { type: string; message: string } } }>;
}

const asText = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value == null ? '' : String(value);

/** A date (or date and time, when the field has a `time_format`) typed as text. */
export function DateControl(props: DateControlProps) {
  const withTime = Boolean(props.field.get('time_format'));
  const [text, setText] = useState(() => asText(props.value));
  const typed = useRef(text);
  typed.current = text;
  const label = String(props.field.get('label') ?? '');
  useImperativeHandle(
    props.ref,
    () => ({
      isValid: () => {
        const reading = readEditorDate(typed.current, withTime);
        return 'problem' in reading ? { error: { type: 'CUSTOM', message: `“${label}”：${reading.problem}` } } : true;
      },
    }),
    [withTime, label],
  );
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    const reading = readEditorDate(next, withTime);
    // What was typed is kept either way; saving is refused until it is a real date.
    props.onChange('value' in reading ? reading.value : next);
  };
  return h('input', {
    id: props.forID,
    className: props.classNameWrapper,
    type: 'text',
    inputMode: 'numeric',
    autoComplete: 'off',
    placeholder: withTime ? 'YYYY-MM-DD HH:mm，例如 2026-11-25 14:30' : 'YYYY-MM-DD，例如 2026-11-25',
    value: text,
    onChange: change,
    onFocus: props.setActiveStyle,
    onBlur: props.setInactiveStyle,
  });
}

/**
 * The body editor: MDX kept as exact text in a plain <textarea>, with a button per registered
 * MDX component that inserts it from a form. Nothing parses and re-serializes the body, so
 * components, headings, lists, tables and links survive every round trip byte for byte, and the
 * browser's own text field handles Chinese input methods (composition over a selection included).
 */
import { createElement as h, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ComponentField, EditorComponent } from './editor-components';
import { useDecapHandle, useEditedText, type TextControlProps } from './text-controls';

/** The props Decap passes to a widget control (the part this widget uses). */
export interface ControlProps extends TextControlProps {
  value?: string;
  onOpenMediaLibrary: (options: Record<string, unknown>) => void;
  onRemoveInsertedMedia: (controlID: string) => void;
  mediaPaths: { get: (id: string) => unknown };
  field: unknown;
  /** Decap's registry of editor components (used by the Markdown preview). */
  getEditorComponents: () => unknown;
}

/** Inserts a block at the cursor, as its own paragraph (blank lines around it). */
export function insertBlock(text: string, start: number, end: number, block: string): { text: string; cursor: number } {
  const before = text.slice(0, start).replace(/\s+$/, '');
  const after = text.slice(end).replace(/^\s+/, '');
  const head = before ? `${before}\n\n` : '';
  const tail = after ? `\n\n${after}` : '\n';
  return { text: `${head}${block}${tail}`, cursor: head.length + block.length };
}

const fieldId = (forID: string, component: EditorComponent, field: ComponentField) =>
  `${forID}-${component.id}-${field.name}`;

/** The form that collects a component's fields and inserts its text. */
function InsertForm(props: {
  component: EditorComponent;
  control: ControlProps;
  onInsert: (block: string) => void;
  onCancel: () => void;
}) {
  const { component, control } = props;
  const initial = Object.fromEntries(component.fields.map((f) => [f.name, f.default ?? '']));
  const [data, setData] = useState<Record<string, string>>(initial);
  const mediaControlId = `${control.forID}-${component.id}-media`;
  const imageField = component.fields.find((f) => f.widget === 'image');
  const picked = control.mediaPaths.get(mediaControlId);

  useEffect(() => {
    // Taking the path clears Decap's copy (''), which must not clear the form again.
    if (imageField && typeof picked === 'string' && picked && picked !== data[imageField.name]) {
      setData((d) => ({ ...d, [imageField.name]: picked }));
      control.onRemoveInsertedMedia(mediaControlId);
    }
  }, [picked]);

  const missing = component.fields.filter((f) => f.required !== false && !data[f.name]?.trim());
  const input = (field: ComponentField) => {
    const common = {
      id: fieldId(control.forID, component, field),
      value: data[field.name] ?? '',
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        setData({ ...data, [field.name]: e.target.value }),
      className: 'xh-input',
    };
    if (field.widget === 'select') {
      return h(
        'select',
        common,
        field.options?.map((o) => h('option', { key: o.value, value: o.value }, o.label)),
      );
    }
    if (field.widget === 'text') return h('textarea', { ...common, rows: 4 });
    if (field.widget === 'image') {
      return h(
        'div',
        { className: 'xh-row' },
        h('input', { ...common, placeholder: '/uploads/…' }),
        h(
          'button',
          {
            type: 'button',
            className: 'xh-button',
            onClick: () =>
              control.onOpenMediaLibrary({
                controlID: mediaControlId,
                forImage: true,
                privateUpload: false,
                value: data[field.name],
                allowMultiple: false,
                field: control.field,
              }),
          },
          '选择或上传图片',
        ),
      );
    }
    return h('input', { ...common, type: 'text' });
  };

  return h(
    'div',
    { className: 'xh-form', role: 'group', 'aria-label': `插入${component.label}` },
    component.fields.map((field) =>
      h(
        'div',
        { key: field.name, className: 'xh-field' },
        h(
          'label',
          { htmlFor: fieldId(control.forID, component, field) },
          field.label,
          field.required === false ? '（可选）' : '',
        ),
        input(field),
        field.hint && h('small', null, field.hint),
      ),
    ),
    h(
      'div',
      { className: 'xh-row' },
      h(
        'button',
        {
          type: 'button',
          className: 'xh-button xh-primary',
          disabled: missing.length > 0,
          onClick: () => props.onInsert(component.toBlock(data)),
        },
        `插入${component.label}`,
      ),
      h('button', { type: 'button', className: 'xh-button', onClick: props.onCancel }, '取消'),
    ),
  );
}

/** Builds the Decap control of the `mdx` widget for the given editor components. */
export function createMdxControl(
  components: readonly EditorComponent[],
  /** Called with the props of each render (admin/cms.ts hands the preview its components). */
  onRender: (control: ControlProps) => void = () => {},
) {
  return function MdxControl(control: ControlProps) {
    onRender(control);
    // The media library answers through `mediaPaths`: the Figure form must see it (admin/text-controls.ts).
    useDecapHandle(control.ref, control, ['mediaPaths']);
    const textarea = useRef<HTMLTextAreaElement>(null);
    const selection = useRef<[number, number]>([0, 0]);
    const [open, setOpen] = useState<EditorComponent | undefined>();
    const [value, change] = useEditedText(control.value, control.onChange);

    const remember = () => {
      const el = textarea.current;
      if (el) selection.current = [el.selectionStart, el.selectionEnd];
    };
    const insert = (block: string) => {
      const [start, end] = selection.current;
      const next = insertBlock(value, start, end, block);
      control.onChange(next.text);
      setOpen(undefined);
      requestAnimationFrame(() => {
        textarea.current?.focus();
        textarea.current?.setSelectionRange(next.cursor, next.cursor);
      });
    };

    return h(
      'div',
      { className: `xh-mdx ${control.classNameWrapper}` },
      h(
        'div',
        { className: 'xh-toolbar', role: 'toolbar', 'aria-label': '插入组件' },
        components.map((c) =>
          h(
            'button',
            {
              key: c.id,
              type: 'button',
              className: 'xh-button',
              'aria-pressed': open === c,
              onClick: () => setOpen(open === c ? undefined : c),
            },
            `＋ ${c.label}`,
          ),
        ),
      ),
      open &&
        h(InsertForm, {
          key: open.id,
          component: open,
          control,
          onInsert: insert,
          onCancel: () => setOpen(undefined),
        }),
      h('textarea', {
        id: control.forID,
        ref: textarea,
        className: 'xh-body',
        value,
        rows: 20,
        spellCheck: false,
        onChange: change,
        onSelect: remember,
        onBlur: () => {
          remember();
          control.setInactiveStyle();
        },
        onFocus: control.setActiveStyle,
      }),
    );
  };
}

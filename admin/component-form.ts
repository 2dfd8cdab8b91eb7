/**
 * The form of an editor component (Callout, Figure, Quote): its fields as derived in
 * admin/editor-components.ts, an image field that opens Decap's media library, and a button that
 * inserts the component's text (or updates an inserted one). Used by both body editor modes.
 */
import { createElement as h, useEffect, useState, type ChangeEvent } from 'react';
import type { ComponentField, EditorComponent } from './editor-components.ts';

/** The props Decap passes to a widget control that the form uses. */
export interface MediaControlProps {
  forID: string;
  onOpenMediaLibrary: (options: Record<string, unknown>) => void;
  onRemoveInsertedMedia: (controlID: string) => void;
  mediaPaths: { get: (id: string) => unknown };
  field: unknown;
}

const fieldId = (forID: string, component: EditorComponent, field: ComponentField) =>
  `${forID}-${component.id}-${field.name}`;

/** The form that collects a component's fields and inserts (or updates) its text. */
export function ComponentForm(props: {
  component: EditorComponent;
  control: MediaControlProps;
  onInsert: (block: string, data: Record<string, string>) => void;
  onCancel: () => void;
  /** The component's current values, when an inserted block is edited. */
  initial?: Record<string, string>;
}) {
  const { component, control } = props;
  const initial = props.initial ?? Object.fromEntries(component.fields.map((f) => [f.name, f.default ?? '']));
  const verb = props.initial ? '更新' : '插入';
  const [data, setData] = useState<Record<string, string>>(initial);
  const mediaControlId = `${control.forID}-${component.id}-media`;
  const imageField = component.fields.find((f) => f.widget === 'image');
  const picked = control.mediaPaths.get(mediaControlId);

  useEffect(() => {
    // Removing the handed-back path afterwards sets it to '': that is not a new choice.
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
                // Unset, as Decap's own image widget passes it for a field without `private`. A literal
                // `false` differs from the library's unset state: Decap then resets the library on open
                // and drops every media list it loads (a loaded list carries no flag), so the library
                // showed 正在加载... without the images already on the site.
                privateUpload: undefined,
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
    { className: 'xh-form', role: 'group', 'aria-label': `${verb}${component.label}` },
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
          onClick: () => props.onInsert(component.toBlock(data), data),
        },
        `${verb}${component.label}`,
      ),
      h('button', { type: 'button', className: 'xh-button', onClick: props.onCancel }, '取消'),
    ),
  );
}

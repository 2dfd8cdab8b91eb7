/**
 * The body editor, in two modes one click apart. The visual mode (admin/visual-editor.ts) is what
 * editors see first; it rewrites only the blocks they change (admin/body-model.ts). The source
 * mode is the exact MDX text in a plain <textarea>, with a button per registered component that
 * inserts it from a form: nothing there parses or re-serializes the body, and the browser's own
 * text field handles Chinese input methods. A body the visual model cannot hold opens in source
 * mode, with the reason.
 */
import { createElement as h, useMemo, useRef, useState } from 'react';
import { parseBody } from './body-model.ts';
import { VisualEditor } from './visual-editor.ts';
import { ComponentForm } from './component-form.ts';
import type { EditorComponent } from './editor-components.ts';
import { useDecapHandle, useEditedText, type TextControlProps } from './text-controls.ts';

/** The props Decap passes to a widget control (the part this widget uses). */
export interface ControlProps extends TextControlProps {
  value?: string;
  onOpenMediaLibrary: (options: Record<string, unknown>) => void;
  onRemoveInsertedMedia: (controlID: string) => void;
  mediaPaths: { get: (id: string) => unknown };
  field: unknown;
  hasActiveStyle?: boolean;
}

/** Inserts a block at the cursor, as its own paragraph (blank lines around it). */
export function insertBlock(text: string, start: number, end: number, block: string): { text: string; cursor: number } {
  const before = text.slice(0, start).replace(/\s+$/, '');
  const after = text.slice(end).replace(/^\s+/, '');
  const head = before ? `${before}\n\n` : '';
  const tail = after ? `\n\n${after}` : '\n';
  return { text: `${head}${block}${tail}`, cursor: head.length + block.length };
}

/** The exact-text mode: a textarea and the component buttons. */
function SourceEditor({ components, control }: { components: readonly EditorComponent[]; control: ControlProps }) {
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
      h(ComponentForm, {
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
}

/** Decap's value as text. */
const textOf = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** Builds the Decap control of the `mdx` widget for the given editor components. */
export function createMdxControl(components: readonly EditorComponent[], siteCss?: string) {
  return function MdxControl(control: ControlProps) {
    // Decap re-renders a control on a new value only: a picture chosen in the media library
    // (`mediaPaths`) must also reach the open Figure form.
    useDecapHandle(control.ref, control, ['mediaPaths']);
    const value = textOf(control.value);
    // The texts the visual editor wrote lately: their echoes from Decap do not reopen the document.
    const written = useRef<string[]>([]);
    const [opened, setOpened] = useState(value);
    if (value !== opened && !written.current.includes(value)) setOpened(value);
    const parsed = useMemo(() => parseBody(opened), [opened]);
    const [mode, setMode] = useState<'visual' | 'source'>(parsed.ok ? 'visual' : 'source');
    const visual = mode === 'visual' && parsed.ok;

    const switchTo = (next: 'visual' | 'source') => {
      written.current = [];
      setOpened(value);
      setMode(next);
    };
    const modeButton = (which: 'visual' | 'source', label: string, title: string) =>
      h(
        'button',
        {
          type: 'button',
          className: 'xh-button',
          'aria-pressed': (which === 'visual') === visual,
          title,
          onClick: () => switchTo(which),
        },
        label,
      );
    const reopened = mode === 'visual' && !parsed.ok;
    return h(
      'div',
      { className: `xh-mdx ${control.classNameWrapper}` },
      h(
        'div',
        { className: 'xh-row xh-modes', role: 'group', 'aria-label': '编辑方式' },
        modeButton('visual', '可视化编辑', '所见即所得：用工具栏设置格式'),
        modeButton('source', '源码模式', '直接编辑 MDX 原文（逐字保存）'),
      ),
      !parsed.ok &&
        h(
          'p',
          { className: 'xh-notice', role: 'status' },
          `${reopened ? '无法切换到可视化编辑：' : '此正文在源码模式中打开：'}${parsed.reason}`,
        ),
      visual
        ? h(VisualEditor, {
            id: control.forID,
            body: parsed.body,
            components,
            control,
            siteCss,
            onFocus: control.setActiveStyle,
            onBlur: control.setInactiveStyle,
            onChange: (text: string) => {
              written.current = [...written.current.slice(-49), text];
              control.onChange(text);
            },
          })
        : h(SourceEditor, { components, control }),
    );
  };
}

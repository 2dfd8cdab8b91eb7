/**
 * The visual body editor: a ProseMirror view of the body (admin/body-model.ts) with a toolbar and
 * keyboard shortcuts in Chinese, the registered components as whole blocks that show what the
 * site will show (rendered with the site's stylesheet in a shadow root) and are edited through
 * their forms, and paste from Word or web pages cleaned by the importer's HTML-to-Markdown step.
 * Every change is written back through `serializeBody`, which keeps the text of unchanged blocks.
 */
import { createElement as h, useEffect, useRef, useState } from 'react';
import { baseKeymap, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Slice, type Node, type NodeType } from 'prosemirror-model';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { EditorState, NodeSelection, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  tableEditing,
} from 'prosemirror-tables';
import { EditorView, type NodeView } from 'prosemirror-view';
import { htmlToMarkdown } from '../src/import/html-to-markdown.ts';
import { LINK_SCHEMES, schemeOf } from '../src/body/policy.ts';
import { bodySchema as schema, parseMarkdown, serializeBody, type VisualBody } from './body-model.ts';
import { ComponentForm, type MediaControlProps } from './component-form.ts';
import type { EditorComponent } from './editor-components.ts';

const { nodes, marks } = schema;

/** A link target the build accepts: a site path, an anchor, or one of the allowed schemes. */
export function linkProblem(href: string): string | undefined {
  if (!href.trim()) return '请填写链接地址。';
  const scheme = schemeOf(href.trim());
  if (scheme && !(LINK_SCHEMES as readonly string[]).includes(scheme)) {
    return `不支持的链接类型“${scheme}:”，请使用 https://… 或站内路径 /…`;
  }
  return undefined;
}

/**
 * Pasted HTML (Word, a web page) as blocks of the schema: the importer's cleaning turns it into
 * Markdown (headings, lists, emphasis, links, tables; styles, spans, comments and scripts
 * dropped), which is parsed like a body. Images are dropped: they come from the media library.
 */
export function pastedSlice(html: string, parse: (html: string) => Document): Slice {
  const document = parse(html);
  for (const img of [...document.querySelectorAll('img')]) img.remove();
  const doc = parseMarkdown(htmlToMarkdown(document.body));
  return Slice.maxOpen(doc.content);
}

const headingActive = (level: number) => (state: EditorState) => {
  const { $from } = state.selection;
  return $from.parent.type === nodes.heading && $from.parent.attrs.level === level;
};
const markActive = (type: (typeof marks)[string]) => (state: EditorState) => {
  const { from, $from, to, empty } = state.selection;
  return empty ? !!type.isInSet(state.storedMarks ?? $from.marks()) : state.doc.rangeHasMark(from, to, type);
};
const toggleHeading =
  (level: number): Command =>
  (state, dispatch) =>
    headingActive(level)(state)
      ? setBlockType(nodes.paragraph!)(state, dispatch)
      : setBlockType(nodes.heading!, { level })(state, dispatch);

/**
 * Inserts a block at the selection and keeps a paragraph after it, so that writing can go on
 * below a table or a component; the cursor goes to `inside` (a position in the block) or after it.
 */
function insertBlock(state: EditorState, block: Node, inside?: number): Transaction {
  const tr = state.tr.replaceSelectionWith(block);
  // Where the block went (the node itself is in the new document).
  let start = -1;
  tr.doc.descendants((node, pos) => {
    if (node === block) start = pos;
    return start < 0;
  });
  if (start < 0) return tr.scrollIntoView();
  const end = start + block.nodeSize;
  const after = tr.doc.resolve(end).nodeAfter;
  if (!after || !after.isTextblock) tr.insert(end, nodes.paragraph!.create());
  const target = inside === undefined ? end + 1 : start + inside;
  return tr.setSelection(TextSelection.near(tr.doc.resolve(target))).scrollIntoView();
}

const insertTable: Command = (state, dispatch) => {
  const cell = (type: NodeType) => type.createAndFill()!;
  const row = (type: NodeType) => nodes.table_row!.create(null, [cell(type), cell(type), cell(type)]);
  const table = nodes.table!.create(null, [row(nodes.table_header!), row(nodes.table_cell!), row(nodes.table_cell!)]);
  if (dispatch) {
    const tr = state.tr.replaceSelectionWith(table);
    dispatch(
      tr.setSelection(TextSelection.near(tr.doc.resolve(tr.selection.from - table.nodeSize + 3))).scrollIntoView(),
    );
  }
  return true;
};
const insertRule: Command = (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(nodes.horizontal_rule!.create()).scrollIntoView());
  return true;
};

/** The keyboard shortcuts of the visual mode (also shown in the toolbar's tooltips). */
const KEYS: Record<string, Command> = {
  'Mod-z': undo,
  'Shift-Mod-z': redo,
  'Mod-y': redo,
  'Mod-b': toggleMark(marks.strong!),
  'Mod-i': toggleMark(marks.em!),
  'Shift-Mod-x': toggleMark(marks.strike!),
  'Mod-Alt-2': toggleHeading(2),
  'Mod-Alt-3': toggleHeading(3),
  'Mod-Alt-4': toggleHeading(4),
  'Mod-Alt-0': setBlockType(nodes.paragraph!),
  'Shift-Mod-8': wrapInList(nodes.bullet_list!),
  'Shift-Mod-7': wrapInList(nodes.ordered_list!),
  'Shift-Mod-9': wrapIn(nodes.blockquote!),
  Enter: splitListItem(nodes.list_item!),
  Tab: (state, dispatch) => goToNextCell(1)(state, dispatch) || sinkListItem(nodes.list_item!)(state, dispatch),
  'Shift-Tab': (state, dispatch) =>
    goToNextCell(-1)(state, dispatch) || liftListItem(nodes.list_item!)(state, dispatch),
};

/** A component block in the editor: the site's rendering, and buttons to edit, move and delete it. */
class ComponentView implements NodeView {
  dom: HTMLElement;
  private readonly preview: ShadowRoot;
  private node: Node;
  private readonly view: EditorView;
  private readonly getPos: () => number | undefined;
  private readonly components: readonly EditorComponent[];
  private readonly onEdit: (pos: number, node: Node) => void;

  constructor(
    node: Node,
    view: EditorView,
    getPos: () => number | undefined,
    components: readonly EditorComponent[],
    onEdit: (pos: number, node: Node) => void,
    siteCss: string | undefined,
  ) {
    this.node = node;
    this.view = view;
    this.getPos = getPos;
    this.components = components;
    this.onEdit = onEdit;
    const document = view.dom.ownerDocument;
    this.dom = document.createElement('div');
    this.dom.className = 'xh-block';
    this.dom.contentEditable = 'false';
    const label = this.component()?.label ?? String(node.attrs.name);
    this.dom.setAttribute('role', 'group');
    this.dom.setAttribute('aria-label', label);
    const bar = document.createElement('div');
    bar.className = 'xh-block-bar';
    const button = (text: string, title: string, run: () => void) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'xh-button';
      b.textContent = text;
      b.title = title;
      b.setAttribute('aria-label', `${title}`);
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', run);
      bar.append(b);
    };
    const tag = document.createElement('span');
    tag.className = 'xh-block-name';
    tag.textContent = label;
    bar.append(tag);
    button('编辑', `编辑${label}`, () => this.edit());
    button('↑', `上移${label}`, () => this.move(-1));
    button('↓', `下移${label}`, () => this.move(1));
    button('删除', `删除${label}`, () => this.remove());
    const host = document.createElement('div');
    host.className = 'xh-block-preview';
    this.preview = host.attachShadow({ mode: 'open' });
    this.dom.append(bar, host);
    host.addEventListener('dblclick', () => this.edit());
    this.render(siteCss);
  }

  private component() {
    return this.components.find((c) => c.id === this.node.attrs.name);
  }

  private render(siteCss = this.siteCss) {
    this.siteCss = siteCss;
    const css = siteCss ? `<link rel="stylesheet" href="${siteCss}">` : '';
    const html = this.component()?.toPreview(this.node.attrs.data as Record<string, string>) ?? '';
    this.preview.innerHTML = `${css}<div class="prose-zh prose max-w-none">${html}</div>`;
  }

  private siteCss: string | undefined;

  private edit() {
    const pos = this.getPos();
    if (pos !== undefined) this.onEdit(pos, this.node);
  }

  private move(direction: -1 | 1) {
    const pos = this.getPos();
    if (pos === undefined) return;
    const { state } = this.view;
    const $pos = state.doc.resolve(pos);
    const index = $pos.index();
    const parent = $pos.parent;
    const neighbour = index + direction;
    if (neighbour < 0 || neighbour >= parent.childCount) return;
    const other = parent.child(neighbour);
    const tr = state.tr.delete(pos, pos + this.node.nodeSize);
    const target = direction < 0 ? pos - other.nodeSize : pos + other.nodeSize;
    tr.insert(target, this.node);
    tr.setSelection(NodeSelection.create(tr.doc, target));
    this.view.dispatch(tr.scrollIntoView());
    this.view.focus();
  }

  private remove() {
    const pos = this.getPos();
    if (pos === undefined) return;
    this.view.dispatch(this.view.state.tr.delete(pos, pos + this.node.nodeSize));
    this.view.focus();
  }

  update(node: Node) {
    if (node.type !== this.node.type) return false;
    const changed = node.attrs !== this.node.attrs;
    this.node = node;
    if (changed) this.render();
    return true;
  }

  selectNode() {
    this.dom.classList.add('xh-selected');
  }

  deselectNode() {
    this.dom.classList.remove('xh-selected');
  }

  stopEvent(event: Event) {
    return event.target instanceof HTMLElement && !!event.target.closest('button');
  }

  ignoreMutation() {
    return true;
  }
}

interface ToolbarItem {
  label: string;
  title: string;
  run: Command;
  active?: (state: EditorState) => boolean;
}

/** Props of the visual editor. */
export interface VisualEditorProps {
  id: string;
  body: VisualBody;
  onChange: (text: string) => void;
  components: readonly EditorComponent[];
  control: MediaControlProps;
  siteCss?: string;
  onFocus?: () => void;
  onBlur?: () => void;
}

/** The visual mode of the body widget. */
export function VisualEditor(props: VisualEditorProps) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [, rerender] = useState(0);
  // The component form: a new component to insert, or an inserted one (at `pos`) to update.
  const [form, setForm] = useState<{ component: EditorComponent; pos?: number; data?: Record<string, string> }>();

  useEffect(() => {
    const state = EditorState.create({
      doc: props.body.doc,
      plugins: [history(), keymap(KEYS), keymap(baseKeymap), tableEditing()],
    });
    const editor = new EditorView(mount.current!, {
      state,
      attributes: { 'aria-label': '正文', role: 'textbox', 'aria-multiline': 'true', class: 'xh-visual prose-zh' },
      nodeViews: {
        component: (node, v, getPos) =>
          new ComponentView(
            node,
            v,
            getPos,
            latest.current.components,
            (pos, n) => {
              const component = latest.current.components.find((c) => c.id === n.attrs.name);
              if (component) setForm({ component, pos, data: n.attrs.data as Record<string, string> });
            },
            latest.current.siteCss,
          ),
      },
      handlePaste: (v, event) => {
        const html = event.clipboardData?.getData('text/html');
        if (!html) return false;
        const slice = pastedSlice(html, (text) => new DOMParser().parseFromString(text, 'text/html'));
        v.dispatch(v.state.tr.replaceSelection(slice).scrollIntoView());
        return true;
      },
      handleDOMEvents: {
        focus: () => {
          latest.current.onFocus?.();
          return false;
        },
        blur: () => {
          latest.current.onBlur?.();
          return false;
        },
      },
      dispatchTransaction(tr) {
        const next = editor.state.apply(tr);
        editor.updateState(next);
        if (tr.docChanged) latest.current.onChange(serializeBody(latest.current.body, next.doc));
        rerender((n) => n + 1);
      },
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [props.body]);

  const run = (command: Command) => {
    const v = view.current;
    if (!v) return;
    command(v.state, v.dispatch, v);
    v.focus();
  };
  const link: Command = (state, dispatch) => {
    if (markActive(marks.link!)(state)) return toggleMark(marks.link!)(state, dispatch);
    // Asked without `dispatch` (is the button enabled?): no dialog.
    if (!dispatch) return toggleMark(marks.link!, { href: '' })(state);
    const href = window.prompt('链接地址（https://… 或站内路径 /…）', 'https://');
    if (href === null) return false;
    const problem = linkProblem(href);
    if (problem) {
      window.alert(problem);
      return false;
    }
    const mark = marks.link!.create({ href: href.trim() });
    if (state.selection.empty) {
      dispatch?.(state.tr.replaceSelectionWith(schema.text(href.trim(), [mark]), false));
      return true;
    }
    return toggleMark(marks.link!, { href: href.trim() })(state, dispatch);
  };
  const items: (ToolbarItem | 'sep')[] = [
    { label: '正文', title: '正文段落（Ctrl+Alt+0）', run: setBlockType(nodes.paragraph!) },
    { label: 'H2', title: '二级标题（Ctrl+Alt+2）', run: toggleHeading(2), active: headingActive(2) },
    { label: 'H3', title: '三级标题（Ctrl+Alt+3）', run: toggleHeading(3), active: headingActive(3) },
    { label: 'H4', title: '四级标题（Ctrl+Alt+4）', run: toggleHeading(4), active: headingActive(4) },
    'sep',
    { label: '粗', title: '粗体（Ctrl+B）', run: toggleMark(marks.strong!), active: markActive(marks.strong!) },
    { label: '斜', title: '斜体（Ctrl+I）', run: toggleMark(marks.em!), active: markActive(marks.em!) },
    { label: '删', title: '删除线（Ctrl+Shift+X）', run: toggleMark(marks.strike!), active: markActive(marks.strike!) },
    { label: '链接', title: '链接（选中文字后点击；再次点击取消链接）', run: link, active: markActive(marks.link!) },
    'sep',
    { label: '• 列表', title: '无序列表（Ctrl+Shift+8）', run: wrapInList(nodes.bullet_list!) },
    { label: '1. 列表', title: '有序列表（Ctrl+Shift+7）', run: wrapInList(nodes.ordered_list!) },
    { label: '引用', title: '引用段落（Ctrl+Shift+9）', run: wrapIn(nodes.blockquote!) },
    { label: '分隔线', title: '插入分隔线', run: insertRule },
    'sep',
    { label: '表格', title: '插入表格（3 列，含表头行）', run: insertTable },
    { label: '+行', title: '在下方加一行', run: addRowAfter },
    { label: '−行', title: '删除当前行', run: deleteRow },
    { label: '+列', title: '在右侧加一列', run: addColumnAfter },
    { label: '−列', title: '删除当前列', run: deleteColumn },
    { label: '删表格', title: '删除整个表格', run: deleteTable },
    'sep',
    { label: '撤销', title: '撤销（Ctrl+Z）', run: undo },
    { label: '重做', title: '重做（Ctrl+Shift+Z）', run: redo },
  ];
  const state = view.current?.state;
  const figure = props.components.find((c) => c.id === 'Figure');

  const insertComponent = (component: EditorComponent, data: Record<string, string>, pos?: number) => {
    const v = view.current;
    setForm(undefined);
    if (!v) return;
    if (pos !== undefined) {
      const node = v.state.doc.nodeAt(pos);
      const same = node && JSON.stringify(node.attrs.data) === JSON.stringify(data);
      if (node && !same)
        v.dispatch(v.state.tr.setNodeMarkup(pos, undefined, { name: component.id, data, source: null }));
    } else {
      v.dispatch(insertBlock(v.state, nodes.component!.create({ name: component.id, data, source: null })));
    }
    v.focus();
  };

  return h(
    'div',
    { className: 'xh-visual-wrap' },
    h(
      'div',
      { className: 'xh-toolbar', role: 'toolbar', 'aria-label': '正文格式' },
      items.map((item, i) =>
        item === 'sep'
          ? h('span', { key: i, className: 'xh-sep', 'aria-hidden': true })
          : h(
              'button',
              {
                key: item.title,
                type: 'button',
                className: 'xh-button',
                title: item.title,
                'aria-label': item.title,
                'aria-pressed': item.active ? !!(state && item.active(state)) : undefined,
                disabled: !state || !item.run(state),
                onMouseDown: (e: { preventDefault: () => void }) => e.preventDefault(),
                onClick: () => run(item.run),
              },
              item.label,
            ),
      ),
      h('span', { className: 'xh-sep', 'aria-hidden': true }),
      figure &&
        h(
          'button',
          {
            type: 'button',
            className: 'xh-button',
            title: '插入图片（从媒体库选择或上传，须填写图片描述）',
            onClick: () => setForm({ component: figure }),
          },
          '图片',
        ),
      props.components
        .filter((c) => c !== figure)
        .map((c) =>
          h(
            'button',
            {
              key: c.id,
              type: 'button',
              className: 'xh-button',
              title: `插入${c.label}`,
              onClick: () => setForm({ component: c }),
            },
            `＋ ${c.label}`,
          ),
        ),
    ),
    form &&
      h(ComponentForm, {
        key: `${form.component.id}-${form.pos ?? 'new'}`,
        component: form.component,
        control: props.control,
        initial: form.data,
        onInsert: (_block: string, data: Record<string, string>) => insertComponent(form.component, data, form.pos),
        onCancel: () => setForm(undefined),
      }),
    h('div', { ref: mount, id: props.id, className: 'xh-visual-mount' }),
  );
}

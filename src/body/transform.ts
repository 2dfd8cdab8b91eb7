/**
 * Turns the syntax tree of an MDX body (Markdown and MDX nodes, as Sätteri parses it) into plain
 * HTML nodes, checking every rule of src/body/policy.ts on the way: MDX nodes that would be code
 * (import/export, `{…}` expressions, attribute expressions) become problems, registered components
 * become their markup, allowed HTML elements become elements. Nothing is evaluated.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { BODY_COMPONENTS, type BodyComponent } from './components.ts';
import { IFRAME_HOSTS, MEDIA_ATTRIBUTES, URL_ATTRIBUTES, attributesOf, HTML_ELEMENTS, schemeOf } from './policy.ts';
import { explain, type BodyProblem, type Point } from './problems.ts';

/** A site path a body points at, checked against the files of each build (src/body/references.ts). */
export interface Reference extends Point {
  kind: 'page' | 'media';
  url: string;
}

interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** The nodes of Sätteri's MDX tree this walk knows besides plain HTML nodes. */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  tagName?: string;
  properties?: Properties;
  position?: { start: Point };
}

/** A `{/* … *\/}` expression holds only a comment: MDX's way to write one. Dropped, not code. */
const isComment = (code: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(code);

/** Checks and converts one body's tree; problems and references are collected, not thrown. */
export function transformBody(tree: Root): { tree: Root; problems: BodyProblem[]; references: Reference[] } {
  const problems: BodyProblem[] = [];
  const references: Reference[] = [];
  let last: Point = { line: 1, column: 1 };

  const at = (node: MdxNode): Point => {
    const start = node.position?.start;
    if (start) last = { line: start.line, column: start.column };
    return last;
  };
  const report = (point: Point, text: { zh: string; en: string }) => problems.push({ ...point, ...text });

  /** Checks a URL attribute; returns false when the URL must not be used. */
  const checkUrl = (element: string, attribute: string, url: string, point: Point): boolean => {
    const scheme = schemeOf(url);
    const media = MEDIA_ATTRIBUTES[element]?.includes(attribute);
    if (element === 'iframe') {
      const host = scheme === 'https' && URL.canParse(url) ? new URL(url).hostname : undefined;
      if (!host || !IFRAME_HOSTS.includes(host)) {
        report(point, explain.iframe(url));
        return false;
      }
      return true;
    }
    if (media) {
      if (scheme === 'http' || scheme === 'https' || url.startsWith('//')) report(point, explain.externalMedia(url));
      else if (scheme) report(point, explain.scheme(scheme));
      else if (!url.startsWith('/')) report(point, explain.relativeMedia(url));
      else {
        references.push({ kind: 'media', url, ...point });
        return true;
      }
      return false;
    }
    if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) {
      report(point, explain.scheme(scheme));
      return false;
    }
    if (!scheme && url.startsWith('/') && !url.startsWith('//')) references.push({ kind: 'page', url, ...point });
    return true;
  };

  /** Checks the URLs of an element (written in Markdown or as HTML). */
  const checkUrls = (element: Element, point: Point) => {
    for (const attribute of URL_ATTRIBUTES[element.tagName] ?? []) {
      const value = element.properties[attribute];
      if (typeof value === 'string') checkUrl(element.tagName, attribute, value, point);
    }
  };

  /** The literal attributes of an MDX element; expressions, spreads and handlers are problems. */
  const literalAttributes = (node: MdxNode, name: string, point: Point): Record<string, string | undefined> => {
    const attributes: Record<string, string | undefined> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute' || !attribute.name) {
        report(point, explain.spread(name));
      } else if (/^on/i.test(attribute.name)) {
        report(point, explain.handler(name, attribute.name));
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        report(point, explain.attributeExpression(name, attribute.name));
      } else {
        // A bare attribute (`<details open>`) is an empty string, as in HTML.
        attributes[attribute.name] = attribute.value ?? '';
      }
    }
    return attributes;
  };

  const component = (node: MdxNode, spec: BodyComponent, point: Point): ElementContent[] => {
    const props = literalAttributes(node, spec.name, point);
    const names = spec.props.map((p) => p.name);
    for (const [name, value] of Object.entries(props)) {
      const prop = spec.props.find((p) => p.name === name);
      if (!prop) report(point, explain.prop(spec.name, name, names));
      else if (prop.values && !prop.values.includes(value ?? '')) {
        report(point, explain.value(spec.name, name, value ?? '', prop.values));
      } else if (prop.media && value !== undefined) checkUrl('img', 'src', value, point);
    }
    for (const prop of spec.props) {
      if (prop.required && !props[prop.name]?.trim()) report(point, explain.required(spec.name, prop.name, prop.label));
    }
    const children = walkAll(node.children ?? []);
    if (!spec.children && children.some((c) => c.type !== 'text' || c.value.trim())) {
      report(point, explain.noChildren(spec.name));
    }
    return [spec.render(props, children)];
  };

  const htmlElement = (node: MdxNode, name: string, point: Point): ElementContent[] => {
    if (name === 'script') {
      report(point, explain.script());
      return [];
    }
    if (!(name in HTML_ELEMENTS)) {
      report(point, explain.element(name));
      return [];
    }
    const attributes = literalAttributes(node, name, point);
    const allowed = attributesOf(name);
    for (const attribute of Object.keys(attributes)) {
      if (attribute === 'style') report(point, explain.style(name));
      else if (!allowed.includes(attribute)) report(point, explain.attribute(name, attribute, allowed));
    }
    if (name === 'iframe' && attributes.src === undefined) report(point, explain.iframe('（空）'));
    const kept = Object.fromEntries(Object.entries(attributes).filter(([a]) => allowed.includes(a)));
    const element = h(name, kept, walkAll(node.children ?? []));
    for (const attribute of URL_ATTRIBUTES[name] ?? []) {
      const value = kept[attribute];
      if (typeof value === 'string' && !checkUrl(name, attribute, value, point)) delete element.properties[attribute];
    }
    return [element];
  };

  const walk = (node: MdxNode): ElementContent[] => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(at(node), explain.esm());
        return [];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value ?? '')) report(at(node), explain.expression());
        return [];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const point = at(node);
        if (!node.name) return walkAll(node.children ?? []);
        const spec = BODY_COMPONENTS.get(node.name);
        return spec ? component(node, spec, point) : htmlElement(node, node.name, point);
      }
      case 'element': {
        const point = at(node);
        const element = node as unknown as Element;
        checkUrls(element, point);
        return [{ ...element, children: walkAll(node.children ?? []) }];
      }
      case 'text':
      case 'comment':
        return [node as unknown as ElementContent];
      default:
        // Raw HTML does not exist in MDX (HTML is parsed as JSX above); anything else is unknown.
        report(at(node), explain.element(node.type));
        return [];
    }
  };
  const walkAll = (nodes: readonly MdxNode[]): ElementContent[] => nodes.flatMap(walk);

  const children = walkAll((tree.children ?? []) as unknown as MdxNode[]) as RootContent[];
  return { tree: { type: 'root', children }, problems, references };
}

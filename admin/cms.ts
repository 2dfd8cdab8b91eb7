/**
 * The CMS entry bundled into /admin/: Decap CMS from npm (no CDN), configured from the content
 * model (admin/config.ts, serialized into the page at build time), with the project's formats,
 * body widget, editor components, previews, file names and upload safeguards.
 */
import CMS from './decap.ts';
import type { CmsConfig, CmsWidgetControlProps, CmsWidgetPreviewProps } from 'decap-cms-core';
import type { ComponentType } from 'react';
import { COLLECTIONS } from '../src/model/collections.ts';
import { CMS_FORMATS, MDX_WIDGET, SLUG_KEY } from '../src/model/to-decap.ts';
import { EDITOR_COMPONENTS } from './editor-components.ts';
import { translateAriaLabels } from './aria-labels.ts';
import { LOCAL_BACKEND } from './config.ts';
import { DateControl } from './date-control.ts';
import { focusProblemsOnRefusal } from './error-focus.ts';
import { mdxFormat, ymlFormat } from './format.ts';
import { BodyPreview } from './body-preview.ts';
import { LocalBackend } from './local-backend.ts';
import { createMdxControl } from './mdx-widget.ts';
import { withWorkflowPhrases } from './locale.ts';
import { createPreview, type RelationLabels } from './previews.ts';
import { showPublishStatus } from './publish-status.ts';
import { entrySlug } from './slug.ts';
import { createTextControl } from './text-controls.ts';
import { protectUploads } from './uploads.ts';

const page = document.getElementById('cms-config');
const config = JSON.parse(page?.textContent ?? '{}') as CmsConfig;
// Decap prints the site's address in the top bar as text (display_url, else site_url): the base
// path alone was a lone “/”, so it is made absolute here, where the origin is known.
if (config.site_url) config.display_url = new URL(config.site_url, location.href).href;
const TERMS = JSON.parse(page?.dataset.terms ?? '[]') as string[];
const LABELS = JSON.parse(page?.dataset.labels ?? '{}') as RelationLabels;

CMS.registerCustomFormat(CMS_FORMATS.mdx, 'mdx', mdxFormat());
CMS.registerCustomFormat(CMS_FORMATS.yml, 'yml', ymlFormat());

// A new entry is named once, from its date and title; later title changes keep the file name.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data');
    if (!entry.get('newRecord')) return data;
    return data.set(SLUG_KEY, entrySlug(data.toJS() as Record<string, unknown>, new Date(), TERMS));
  },
});

// The body: visual and source modes (admin/mdx-widget.ts), previewed without running anything.
// Decap's typings list fewer control props than Decap passes (media library, focus styles).
const MdxControl = createMdxControl(
  EDITOR_COMPONENTS,
  page?.dataset.previewCss,
) as unknown as ComponentType<CmsWidgetControlProps>;
CMS.registerWidget(MDX_WIDGET, MdxControl, BodyPreview as unknown as ComponentType<CmsWidgetPreviewProps>);
// Text fields that keep input-method compositions and selections intact (admin/text-controls.ts).
for (const [name, multiline] of [
  ['string', false],
  ['text', true],
] as const) {
  const control = createTextControl(multiline) as unknown as ComponentType<CmsWidgetControlProps>;
  CMS.registerWidget(name, control, CMS.getWidget(name)?.preview as unknown as ComponentType<CmsWidgetPreviewProps>);
}
// Dates as typed text in the model's format (admin/date-control.ts), in place of Decap's date picker.
CMS.registerWidget(
  'datetime',
  DateControl as unknown as ComponentType<CmsWidgetControlProps>,
  CMS.getWidget('datetime')?.preview as unknown as ComponentType<CmsWidgetPreviewProps>,
);
for (const component of EDITOR_COMPONENTS) {
  CMS.registerEditorComponent({ ...component, fields: component.fields.map((f) => ({ ...f })) });
}
for (const def of COLLECTIONS) CMS.registerPreviewTemplate(def.name, createPreview(def, LABELS));
const siteCss = page?.dataset.previewCss;
if (siteCss) CMS.registerPreviewStyle(siteCss);

const zh = CMS.getLocale('zh_Hans');
if (zh) CMS.registerLocale('zh_Hans', withWorkflowPhrases(zh as Record<string, unknown>));

// Decap's typings want a class of its whole backend interface; LocalBackend is Decap's proxy backend.
CMS.registerBackend(LOCAL_BACKEND, LocalBackend as unknown as Parameters<typeof CMS.registerBackend>[1]);
protectUploads(document, window);
translateAriaLabels(document);
focusProblemsOnRefusal(document, window);
// Under `npm start`, the live site tells which entries could not go live and why.
if (page?.dataset.status) showPublishStatus(document, window, page.dataset.status);
CMS.init({ config });

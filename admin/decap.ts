/**
 * Decap CMS as this project uses it: the core with only the backends (decap-server's proxy,
 * GitLab, Gitea/Forgejo) and widgets the content model needs, and the two locales shown
 * (Simplified Chinese, English as Decap's fallback). `decap-cms-app` registers every backend,
 * widget and locale Decap ships (a code editor, a map, two rich-text editors, 30 languages),
 * which this site never shows; leaving them out is what makes room for the visual body editor
 * within the /admin/ budget (README, "性能 / Scale").
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import DecapCmsWidgetBoolean from 'decap-cms-widget-boolean';
import DecapCmsWidgetDatetime from 'decap-cms-widget-datetime';
import DecapCmsWidgetFile from 'decap-cms-widget-file';
import DecapCmsWidgetImage from 'decap-cms-widget-image';
import DecapCmsWidgetList from 'decap-cms-widget-list';
import DecapCmsWidgetNumber from 'decap-cms-widget-number';
import DecapCmsWidgetObject from 'decap-cms-widget-object';
import DecapCmsWidgetRelation from 'decap-cms-widget-relation';
import DecapCmsWidgetSelect from 'decap-cms-widget-select';
import DecapCmsWidgetString from 'decap-cms-widget-string';
import DecapCmsWidgetText from 'decap-cms-widget-text';
import { en, zh_Hans } from 'decap-cms-locales';

CMS.registerBackend('proxy', ProxyBackend);
CMS.registerBackend('gitlab', GitLabBackend);
CMS.registerBackend('gitea', GiteaBackend);
for (const widget of [
  DecapCmsWidgetString,
  DecapCmsWidgetText,
  DecapCmsWidgetNumber,
  DecapCmsWidgetBoolean,
  DecapCmsWidgetSelect,
  DecapCmsWidgetImage,
  DecapCmsWidgetFile,
  DecapCmsWidgetList,
  DecapCmsWidgetObject,
  DecapCmsWidgetRelation,
  DecapCmsWidgetDatetime,
]) {
  CMS.registerWidget(widget.Widget());
}
CMS.registerLocale('en', en);
CMS.registerLocale('zh_Hans', zh_Hans);

export default CMS;

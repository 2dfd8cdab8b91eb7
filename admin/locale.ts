/**
 * Decap's Simplified Chinese phrases, with the workflow named as the college names it
 * (草稿 → 待审核 → 待发布 → 发布), messages written as a person writes them, and the phrases
 * Decap's Chinese locale lacks (screen-reader labels among them) filled in.
 */
type Phrases = Record<string, unknown>;

/** Phrase overrides, by path in Decap's locale object. */
export const WORKFLOW_PHRASES: Record<string, string> = {
  'editor.editorToolbar.inReview': '待审核',
  'editor.editorToolbar.ready': '待发布',
  'workflow.workflowList.inReviewHeader': '待审核',
  'workflow.workflowList.readyHeader': '待发布',
  'workflow.workflowList.onPublishingNotReadyEntry': '只有“待发布”的内容才能发布，请先把卡片拖到“待发布”一列。',
  'workflow.workflow.description':
    '%{smart_count} 篇待审核、%{readyCount} 篇待发布 |||| %{smart_count} 篇待审核、%{readyCount} 篇待发布',
  'workflow.workflow.newPost': '新建内容',
  'editor.editor.onPublishingNotReady': '请先把状态改为“待发布”，再发布。',
  'editor.editorToolbar.statusInfoTooltipDraft': '这是草稿。写好后请把状态改为“待审核”，交给审核人。',
  'editor.editorToolbar.statusInfoTooltipInReview': '正在审核，无需再操作；审核期间仍可继续修改。',
};

/** Validation and save messages: how many problems there are is never claimed, the hint is the sentence. */
export const MESSAGE_PHRASES: Record<string, string> = {
  // Decap shows one toast however many fields are wrong; the fields themselves say what is wrong.
  'ui.toast.missingRequiredField': '还有内容没有填好，请按表单中标红的提示修改后再保存。',
  'editor.editorControlPane.widget.required': '请填写“%{fieldLabel}”。',
  // The model's pattern messages are whole sentences (须为 10–200 个字).
  'editor.editorControlPane.widget.regexPattern': '“%{fieldLabel}”%{pattern}。',
  'editor.editorControlPane.widget.range': '“%{fieldLabel}”须在 %{minValue} 到 %{maxValue} 之间。',
  'editor.editorControlPane.widget.min': '“%{fieldLabel}”不能小于 %{minValue}。',
  'editor.editorControlPane.widget.max': '“%{fieldLabel}”不能大于 %{maxValue}。',
  'editor.editorControlPane.widget.rangeCount': '“%{fieldLabel}”须有 %{minCount} 到 %{maxCount} 项。',
  'editor.editorControlPane.widget.rangeCountExact': '“%{fieldLabel}”须正好有 %{count} 项。',
  'editor.editorControlPane.widget.rangeMin': '“%{fieldLabel}”至少要有 %{minCount} 项。',
  'editor.editorControlPane.widget.rangeMax': '“%{fieldLabel}”最多只能有 %{maxCount} 项。',
  'editor.editorControlPane.widget.minCount': '“%{fieldLabel}”至少要有 %{minCount} 项。',
  'editor.editorControlPane.widget.maxCount': '“%{fieldLabel}”最多只能有 %{maxCount} 项。',
  // Shown for a new, untouched entry too, so it must not claim that anything was saved.
  'editor.editorToolbar.changesSaved': '没有未保存的修改',
  'editor.editor.onLeavePage': '有修改尚未保存，确定要离开吗？',
};

/** Phrases Decap's Chinese locale lacks (it falls back to English): labels, buttons, notes. */
export const MISSING_PHRASES: Record<string, string> = {
  'auth.loginWithForgejo': '使用 Forgejo 登录',
  'collection.collectionTop.viewAsList': '列表视图',
  'collection.collectionTop.viewAsGrid': '网格视图',
  'collection.entries.unpublishedHeader': '未发布的内容',
  'editor.editorControl.field.widgetLabel': '%{widgetLabel}字段',
  'editor.editorInterface.toggleNotes': '打开/关闭批注',
  'editor.editorNotesPane.title': '批注',
  'editor.editorNotesPane.emptyState': '还没有批注。在下面写下第一条。',
  'editor.editorNotesPane.addNote': '添加批注',
  'editor.editorNotesPane.addPlaceholder': '写批注…',
  'editor.editorNotesPane.editPlaceholder': '修改批注…',
  'editor.editorNotesPane.save': '保存',
  'editor.editorNotesPane.cancel': '取消',
  'editor.editorNotesPane.edit': '修改',
  'editor.editorNotesPane.delete': '删除',
  'editor.editorNotesPane.resolve': '标为已解决',
  'editor.editorNotesPane.unresolve': '标为未解决',
  'editor.editorNotesPane.confirmDelete': '确定要删除这条批注吗？',
  'editor.editorNotesPane.shortcut': '提示：按 Ctrl+Enter 可快速添加批注',
  'editor.editorWidgets.markdown.strikethrough': '删除线',
  'editor.editorWidgets.markdown.toggleMode.rich': '切换到富文本模式',
  'editor.editorWidgets.markdown.toggleMode.markdown': '切换到 Markdown 模式',
  'editor.editorWidgets.image.chooseMultiple': '选择图片',
  'editor.editorWidgets.image.addMore': '再添加图片',
  'editor.editorWidgets.image.removeAll': '移除全部图片',
  'editor.editorWidgets.file.chooseMultiple': '选择文件',
  'editor.editorWidgets.file.addMore': '再添加文件',
  'editor.editorWidgets.file.removeAll': '移除全部文件',
  'editor.editorWidgets.datetime.setToNow': '把“%{fieldLabel}”设为现在',
  'editor.editorWidgets.list.addType': '添加%{item}',
  'editor.editorWidgets.object.expand': '展开',
  'editor.editorWidgets.object.collapse': '收起',
  'mediaLibrary.mediaLibraryModal.close': '关闭',
  'ui.settingsDropdown.account': '账户菜单',
  'ui.toast.noteAdded': '批注已添加',
  'ui.toast.onFailToAddNote': '添加批注失败：%{details}',
  'ui.toast.noteUpdated': '批注已修改',
  'ui.toast.onFailToUpdateNote': '修改批注失败：%{details}',
  'ui.toast.noteDeleted': '批注已删除',
  'ui.toast.onFailToDeleteNote': '删除批注失败：%{details}',
  'ui.toast.noteResolved': '批注已标为解决',
  'ui.toast.noteReopened': '批注已重新打开',
  'ui.toast.onFailToToggleNote': '修改批注状态失败：%{details}',
};

/** Returns a copy of `phrases` with the overrides applied. */
export function withWorkflowPhrases(phrases: Phrases): Phrases {
  const copy = structuredClone(phrases);
  for (const [path, text] of Object.entries({ ...MISSING_PHRASES, ...WORKFLOW_PHRASES, ...MESSAGE_PHRASES })) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let node = copy;
    for (const key of keys) node = (node[key] ??= {}) as Phrases;
    node[last] = text;
  }
  return copy;
}

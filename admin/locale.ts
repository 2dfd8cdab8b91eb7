/**
 * Decap's Simplified Chinese phrases, with the workflow named as the college names it:
 * 草稿 → 待审核 → 待发布 → 发布.
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
};

/** Returns a copy of `phrases` with the overrides applied. */
export function withWorkflowPhrases(phrases: Phrases): Phrases {
  const copy = structuredClone(phrases);
  for (const [path, text] of Object.entries(WORKFLOW_PHRASES)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let node = copy;
    for (const key of keys) node = (node[key] ??= {}) as Phrases;
    node[last] = text;
  }
  return copy;
}

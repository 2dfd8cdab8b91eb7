/**
 * Who made a change in the CMS: the rules for an account's name, which becomes the author of its
 * commits (scripts/cms/accounts.ts). No imports: Node runs this file as it is (type stripping).
 */

/** Longest editor name accepted (a Chinese name with a unit, e.g. 党委宣传部 王晓岚, fits easily). */
export const MAX_EDITOR_NAME = 40;

/** The editor's name as it is recorded: trimmed, NFC, inner runs of spaces made one. */
export function normalizeEditorName(name: unknown): string {
  return String(name ?? '')
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Why a name cannot be a commit author (Chinese, for the login form), or undefined when it can. */
export function editorNameProblem(name: unknown): string | undefined {
  const clean = normalizeEditorName(name);
  if (!clean) return '请填写您的姓名，每次保存都会以此记入修改历史。';
  if (clean.length > MAX_EDITOR_NAME) return `姓名最多 ${MAX_EDITOR_NAME} 个字，当前 ${clean.length} 个字。`;
  // Git drops these from an identity (or refuses it), so the history would not show what was typed.
  if (/[<>\p{Cc}]/u.test(clean)) return '姓名中不能有尖括号 < > 或控制字符。';
  if (!/[\p{L}\p{N}]/u.test(clean)) return '姓名中至少要有一个汉字、字母或数字。';
  return undefined;
}

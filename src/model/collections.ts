/**
 * The Xinhuo content model: every collection and settings file, declared once.
 * See fields.ts for the vocabulary. What is derived from it: the Astro collections
 * (src/content.config.ts, with to-zod.ts and src/checks/loader.ts), the Decap CMS config (to-decap.ts,
 * used by admin/config.ts), the Chinese messages (messages.ts) that the checks in src/checks/ report,
 * and the content-model docs (docs.ts → docs/content-model.md).
 */
import {
  boolean,
  date,
  file,
  image,
  indexList,
  number,
  objectList,
  relation,
  select,
  string,
  tags,
  text,
  url,
  type CollectionDef,
  type RuleViolation,
  type SelectOption,
  type SingletonDef,
} from './fields.ts';

/** Article categories: key (used in URLs) and label. */
export const CATEGORIES = [
  { value: 'news', label: '党建动态' },
  { value: 'theory', label: '理论学习' },
  { value: 'notice', label: '通知公告' },
  { value: 'branch-life', label: '支部风采' },
  { value: 'voices', label: '师生心声' },
] as const satisfies readonly SelectOption[];

/** Types of organizational life (三会一课 and 主题党日). */
export const ACTIVITY_TYPES = [
  { value: 'general-meeting', label: '支部党员大会' },
  { value: 'committee-meeting', label: '支委会' },
  { value: 'group-meeting', label: '党小组会' },
  { value: 'party-lecture', label: '党课' },
  { value: 'theme-day', label: '主题党日' },
] as const satisfies readonly SelectOption[];

/** Kinds of party branch. */
export const BRANCH_KINDS = [
  { value: 'teacher', label: '教工' },
  { value: 'student', label: '学生' },
] as const satisfies readonly SelectOption[];

/** Kinds of study material. */
export const MATERIAL_KINDS = [
  { value: 'policy', label: '政策文件' },
  { value: 'speech', label: '讲话精神' },
  { value: 'guide', label: '工作指南' },
  { value: 'reading', label: '学习读本' },
] as const satisfies readonly SelectOption[];

/** Assessment periods a rule can count over. */
export const PERIODS = [
  { value: 'month', label: '每月' },
  { value: 'quarter', label: '每季度' },
  { value: 'year', label: '每年' },
] as const satisfies readonly SelectOption[];

const title = string({
  name: 'title',
  label: '标题',
  hint: '简明准确，建议不超过 40 个字。',
  doc: 'Title shown on the page and in lists.',
  min: 2,
  max: 80,
});
const summary = text({
  name: 'summary',
  label: '摘要',
  hint: '一到两句话，用于列表、搜索结果和分享预览（10–200 字）。',
  doc: 'One- or two-sentence summary for lists, search results and meta description.',
  min: 10,
  max: 200,
});
const publishDate = date({
  name: 'date',
  label: '发布日期',
  hint: '北京时间，格式 YYYY-MM-DD。',
  doc: 'Publication date (Asia/Shanghai).',
});
const tagList = tags({
  name: 'tags',
  label: '标签',
  hint: '一到六个关键词，如“三会一课”“主题党日”；尽量沿用已有标签。',
  doc: 'Free-text keywords; each gets a tag page.',
  min: 0,
  max: 6,
});
const draft = boolean({
  name: 'draft',
  label: '草稿',
  hint: '勾选后不在网站上发布。',
  doc: 'Drafts are built nowhere on the public site.',
  optional: true,
  default: false,
});

/** `updated` must not be earlier than `date`. */
function updatedAfterDate(data: Record<string, unknown>): RuleViolation[] {
  const { date: published, updated } = data;
  if (published instanceof Date && updated instanceof Date && updated < published) {
    return [
      {
        field: 'updated',
        zh: '更新日期早于发布日期，请改为发布日期当天或之后。',
        en: 'updated is earlier than date; set it to the publication date or later.',
      },
    ];
  }
  return [];
}

export const articles = {
  name: 'articles',
  label: '文章',
  labelSingular: '文章',
  description: '党建动态、理论学习、通知公告、支部风采和师生心声。',
  format: 'mdx',
  titleField: 'title',
  fields: [
    title,
    publishDate,
    date({
      name: 'updated',
      label: '更新日期',
      hint: '内容有实质修改时填写，不早于发布日期。',
      doc: 'Date of the last substantive change, shown as 更新于.',
      optional: true,
    }),
    summary,
    select({
      name: 'category',
      label: '栏目',
      hint: '文章所属栏目。',
      doc: 'Category; decides the list the article appears in.',
      options: CATEGORIES,
    }),
    tagList,
    relation({
      name: 'branch',
      label: '所属支部',
      hint: '支部活动报道请选择对应党支部。',
      doc: 'Branch the article is about, if any.',
      collection: 'branches',
      displayField: 'name',
      optional: true,
    }),
    string({
      name: 'author',
      label: '作者',
      hint: '撰稿人或供稿部门，如“党委宣传部 王晓岚”。',
      doc: 'Author or contributing office.',
      max: 60,
    }),
    string({
      name: 'source',
      label: '来源',
      hint: '转载或供稿来源，如《魅力中国》2021年第6期。',
      doc: 'Original publication or office, for reposts.',
      optional: true,
      max: 80,
    }),
    image({
      name: 'cover',
      label: '封面图',
      hint: '可选，横图，宽度不小于 1200 像素。',
      doc: 'Optional cover image from the media folder.',
      optional: true,
    }),
    string({
      name: 'coverAlt',
      label: '封面图说明',
      hint: '为视障读者描述图片内容；有封面图时必填。',
      doc: 'Alt text of the cover image; required when there is a cover.',
      optional: true,
      max: 120,
    }),
    boolean({
      name: 'pinned',
      label: '置顶',
      hint: '置顶文章显示在首页顶部。',
      doc: 'Pinned articles lead the home page.',
      optional: true,
      default: false,
    }),
    draft,
  ],
  body: { label: '正文', hint: '使用 Markdown 书写；可插入提示框、图片等组件。' },
  refine: (data) => {
    const problems = updatedAfterDate(data);
    if (data.cover && !data.coverAlt) {
      problems.push({
        field: 'coverAlt',
        zh: '有封面图时必须填写“封面图说明”，描述图片内容。',
        en: 'coverAlt is required when cover is set; describe the image.',
      });
    }
    return problems;
  },
} as const satisfies CollectionDef;

export const materials = {
  name: 'materials',
  label: '学习资料',
  labelSingular: '学习资料',
  description: '政策文件、讲话精神、工作指南和学习读本，可附 PDF / Word 附件。',
  format: 'mdx',
  titleField: 'title',
  fields: [
    title,
    publishDate,
    summary,
    select({
      name: 'kind',
      label: '资料类型',
      doc: 'Kind of material.',
      options: MATERIAL_KINDS,
    }),
    tagList,
    objectList({
      name: 'attachments',
      label: '附件',
      hint: '上传 PDF 或 Word 文件，并填写读者看到的名称。',
      doc: 'Downloadable files (PDF, DOCX) with display titles.',
      summaryField: 'title',
      optional: true,
      fields: [
        file({ name: 'file', label: '文件', doc: 'Path of the file in the media folder.' }),
        string({ name: 'title', label: '显示名称', doc: 'Name shown to readers.', max: 120 }),
      ],
    }),
    draft,
  ],
  body: { label: '资料简介', hint: '概述资料内容、适用范围和学习要点。' },
} as const satisfies CollectionDef;

export const courses = {
  name: 'courses',
  label: '网上课程',
  labelSingular: '课程',
  description: '由若干课时组成的网上课程。',
  format: 'mdx',
  titleField: 'title',
  fields: [
    title,
    summary,
    image({
      name: 'cover',
      label: '封面图',
      doc: 'Optional cover image.',
      optional: true,
    }),
    number({
      name: 'hours',
      label: '学时',
      hint: '完成全部课时可记录的学时数。',
      doc: 'Study hours (学时) credited on completion.',
      min: 0.5,
      max: 200,
    }),
    string({
      name: 'audience',
      label: '适用对象',
      hint: '如“入党积极分子、发展对象”。',
      doc: 'Who the course is for.',
      max: 80,
    }),
    tagList,
    draft,
  ],
  body: { label: '课程介绍', hint: '学习目标、学习方式和考核要求。' },
} as const satisfies CollectionDef;

export const lessons = {
  name: 'lessons',
  label: '课时',
  labelSingular: '课时',
  description: '课程中的一讲：阅读材料、视频（含字幕）和自测题。',
  format: 'mdx',
  titleField: 'title',
  fields: [
    relation({
      name: 'course',
      label: '所属课程',
      doc: 'The course this lesson belongs to.',
      collection: 'courses',
      displayField: 'title',
    }),
    number({
      name: 'order',
      label: '顺序',
      hint: '在课程中的序号，从 1 开始。',
      doc: 'Position in the course, from 1.',
      integer: true,
      min: 1,
      max: 999,
    }),
    title,
    file({
      name: 'video',
      label: '视频',
      hint: '可选，MP4 或 WebM 文件。',
      doc: 'Optional self-hosted video file.',
      optional: true,
    }),
    image({
      name: 'poster',
      label: '视频封面',
      hint: '可选，视频播放前显示的图片，横图 16:9。',
      doc: 'Picture shown before the video plays.',
      optional: true,
    }),
    file({
      name: 'captions',
      label: '字幕',
      hint: 'WebVTT（.vtt）字幕文件；有视频时建议提供。',
      doc: 'WebVTT captions of the video.',
      optional: true,
    }),
    number({
      name: 'duration',
      label: '时长（分钟）',
      doc: 'Expected study time in minutes.',
      integer: true,
      min: 1,
      max: 600,
      optional: true,
    }),
    objectList({
      name: 'quiz',
      label: '自测题',
      hint: '单选或多选题；答案填写正确选项的序号（从 0 开始）。',
      doc: 'Self-test questions; more than one answer index makes a multiple-choice question.',
      summaryField: 'question',
      min: 0,
      fields: [
        string({ name: 'question', label: '题目', doc: 'The question.', max: 300 }),
        tags({ name: 'options', label: '选项', doc: 'Answer options, in order.', min: 2, max: 8, itemMax: 120 }),
        indexList({
          name: 'answer',
          label: '正确答案序号',
          hint: '从 0 开始：第一个选项是 0。多选题填写多个序号。',
          doc: 'Zero-based indexes of the correct options.',
          min: 1,
        }),
        text({ name: 'explanation', label: '解析', doc: 'Shown after answering.', max: 500 }),
      ],
    }),
    draft,
  ],
  body: { label: '阅读材料', hint: '本讲的学习内容。' },
  refine: (data) => {
    const quiz = Array.isArray(data.quiz) ? data.quiz : [];
    return quiz.flatMap((item: { options?: unknown[]; answer?: number[] }, i: number) =>
      (item.answer ?? [])
        .filter((a) => a >= (item.options?.length ?? 0))
        .map(() => ({
          field: `quiz.${i}.answer`,
          zh: `第 ${i + 1} 题的答案序号超出了选项范围（共 ${item.options?.length ?? 0} 个选项，序号从 0 开始）。`,
          en: `quiz item ${i + 1}: an answer index is out of range of its options (zero-based).`,
        })),
    );
  },
} as const satisfies CollectionDef;

export const activities = {
  name: 'activities',
  label: '组织生活',
  labelSingular: '活动记录',
  description: '三会一课和主题党日的记录：时间、地点或线上会议、出席和会议记录。',
  format: 'mdx',
  titleField: 'title',
  fields: [
    title,
    relation({
      name: 'branch',
      label: '党支部',
      doc: 'The branch that held the activity.',
      collection: 'branches',
      displayField: 'name',
    }),
    select({
      name: 'type',
      label: '活动类型',
      doc: 'Type of organizational life.',
      options: ACTIVITY_TYPES,
    }),
    date({
      name: 'date',
      label: '开始时间',
      hint: '北京时间，格式 YYYY-MM-DD HH:mm。',
      doc: 'Start (Asia/Shanghai).',
      withTime: true,
    }),
    date({
      name: 'end',
      label: '结束时间',
      hint: '可选，晚于开始时间。',
      doc: 'End (Asia/Shanghai), after the start.',
      withTime: true,
      optional: true,
    }),
    string({
      name: 'location',
      label: '地点',
      hint: '线下会议的地点，如“实训楼A305”。',
      doc: 'Where it takes place; location or meetingUrl is required.',
      optional: true,
      max: 80,
    }),
    url({
      name: 'meetingUrl',
      label: '线上会议链接',
      hint: '线上会议的入会链接（http/https）。',
      doc: 'Online meeting link; location or meetingUrl is required.',
      optional: true,
    }),
    string({ name: 'host', label: '主持人', doc: 'Who chaired the activity.', max: 40 }),
    number({
      name: 'expected',
      label: '应到人数',
      doc: 'Members expected to attend.',
      integer: true,
      min: 1,
      max: 10000,
    }),
    number({
      name: 'attended',
      label: '实到人数',
      hint: '尚未举行的活动填 0。',
      doc: 'Members who attended (0 for upcoming activities).',
      integer: true,
      min: 0,
      max: 10000,
    }),
    summary,
    draft,
  ],
  body: { label: '会议记录', hint: '议程、主要内容、决议；缺席人员及原因。' },
  refine: (data) => {
    const problems: RuleViolation[] = [];
    if (!data.location && !data.meetingUrl) {
      problems.push({
        field: 'location',
        zh: '请填写“地点”或“线上会议链接”（至少一项）。',
        en: 'Set location or meetingUrl (at least one).',
      });
    }
    if (typeof data.attended === 'number' && typeof data.expected === 'number' && data.attended > data.expected) {
      problems.push({
        field: 'attended',
        zh: `实到人数（${data.attended}）多于应到人数（${data.expected}），请核对。`,
        en: 'attended is greater than expected; check both numbers.',
      });
    }
    if (data.end instanceof Date && data.date instanceof Date && data.end <= data.date) {
      problems.push({
        field: 'end',
        zh: '结束时间必须晚于开始时间。',
        en: 'end must be after date.',
      });
    }
    return problems;
  },
} as const satisfies CollectionDef;

export const branches = {
  name: 'branches',
  label: '党支部',
  labelSingular: '党支部',
  description: '学院各党支部的基本信息。',
  format: 'yml',
  titleField: 'name',
  fields: [
    string({ name: 'name', label: '支部名称', doc: 'Full name of the branch.', max: 40 }),
    select({ name: 'kind', label: '支部类型', doc: 'Teachers’ or students’ branch.', options: BRANCH_KINDS }),
    string({ name: 'secretary', label: '支部书记', doc: 'Name of the branch secretary.', max: 20 }),
    number({
      name: 'members',
      label: '党员人数',
      doc: 'Number of party members.',
      integer: true,
      min: 0,
      max: 10000,
    }),
    date({ name: 'founded', label: '成立日期', doc: 'When the branch was founded.', optional: true }),
    text({
      name: 'intro',
      label: '支部简介',
      hint: '一到三句话。',
      doc: 'Short introduction shown on the branch page.',
      max: 500,
    }),
  ],
} as const satisfies CollectionDef;

export const pages = {
  name: 'pages',
  label: '单页',
  labelSingular: '单页',
  description: '“关于我们”等独立页面。',
  format: 'mdx',
  titleField: 'title',
  fields: [title, summary],
  body: { label: '正文' },
} as const satisfies CollectionDef;

export const siteSettings = {
  name: 'site',
  label: '站点设置',
  description: '站点名称、学院信息、页脚联系方式。',
  file: 'settings/site.yml',
  fields: [
    string({ name: 'siteName', label: '站点简称', doc: 'Short site name (brand).', max: 20 }),
    string({ name: 'siteTitle', label: '站点全称', doc: 'Full site title, used in <title>.', max: 40 }),
    string({ name: 'college', label: '学院名称', doc: 'Name of the college.', max: 40 }),
    string({ name: 'committee', label: '党委名称', doc: 'Name of the party committee.', max: 40 }),
    text({
      name: 'description',
      label: '站点简介',
      hint: '用于搜索引擎和分享预览，不超过 120 字。',
      doc: 'Site description for meta tags and RSS.',
      max: 120,
    }),
    string({ name: 'address', label: '地址', doc: 'Postal address (footer).', optional: true, max: 80 }),
    string({ name: 'phone', label: '电话', doc: 'Phone (footer).', optional: true, max: 40 }),
    string({
      name: 'email',
      label: '邮箱',
      doc: 'Contact email (footer).',
      optional: true,
      pattern: { regex: /^[^\s@]+@[^\s@]+$/, message: '不是有效的邮箱地址 / not an email address' },
    }),
    string({ name: 'copyright', label: '版权声明', doc: 'Copyright line (footer).', max: 80 }),
  ],
} as const satisfies SingletonDef;

export const assessmentSettings = {
  name: 'assessment',
  label: '考核规则',
  description: '各类组织生活的最低频次要求，用于支部考核看板。',
  file: 'settings/assessment.yml',
  fields: [
    date({
      name: 'start',
      label: '考核起始日期',
      hint: '从这一天所在的周期起考核；此前的月份和季度不计逾期（例如开始用本网站记录组织生活的日期）。',
      doc: 'Periods that end before this day are not judged (records on the site start here).',
      optional: true,
    }),
    objectList({
      name: 'rules',
      label: '频次要求',
      hint: '每种活动类型每个周期至少举行的次数。',
      doc: 'Required frequency of each activity type.',
      summaryField: 'type',
      min: 1,
      fields: [
        select({ name: 'type', label: '活动类型', doc: 'Activity type.', options: ACTIVITY_TYPES }),
        select({ name: 'period', label: '周期', doc: 'Counting period.', options: PERIODS }),
        number({
          name: 'count',
          label: '至少次数',
          doc: 'Minimum number per period.',
          integer: true,
          min: 1,
          max: 31,
        }),
      ],
    }),
  ],
} as const satisfies SingletonDef;

export const topicsSettings = {
  name: 'topics',
  label: '热点分析',
  description: '内容关键词分析用的领域词典和停用词。',
  file: 'settings/topics.yml',
  fields: [
    tags({
      name: 'terms',
      label: '领域词典',
      hint: '分词时保持完整的党建术语，如“三会一课”“主题党日”“党史学习教育”。',
      doc: 'Domain terms kept whole by word segmentation.',
      min: 0,
      max: 500,
      itemMax: 20,
    }),
    tags({
      name: 'stopWords',
      label: '停用词',
      hint: '不作为关键词统计的词，如“工作”“开展”；常见虚词已内置。',
      doc: 'Words never reported as keywords, on top of the built-in list.',
      min: 0,
      max: 500,
      itemMax: 20,
    }),
  ],
} as const satisfies SingletonDef;

/** Every folder collection, in the order editors see them. */
export const COLLECTIONS = [articles, materials, courses, lessons, activities, branches, pages] as const;
/** Every settings file. */
export const SINGLETONS = [siteSettings, assessmentSettings, topicsSettings] as const;

/** Looks up the Chinese label of a select value, falling back to the value itself. */
export function labelOf(options: readonly SelectOption[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

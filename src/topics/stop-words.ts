/**
 * Built-in stop words: function words and the generic vocabulary of any report, which would
 * otherwise top every period. Editors add their own in the 热点分析 settings.
 */
export const STOP_WORDS: readonly string[] = [
  ...'我们 你们 他们 她们 它们 自己 大家 这个 那个 这些 那些 这样 那样 这里 那里 什么 怎么 如何 为什么 因为 所以 但是 而且 并且 或者 以及 还是 如果 虽然 然后 同时 其中 之一 一个 一些 一种 一起 一定 一直 已经 正在 可以 能够 应该 需要 必须 不断 进一步 通过 进行 开展 加强 推进 推动 落实 提高 提升 坚持 围绕 结合 按照 根据 关于 对于 有关 相关 方面 问题 情况 工作 活动 内容 要求 主要 重要 全面 积极 认真 共同 持续 深入 不是 没有 就是 还有 都是 也是 以上 以下 之间 之后 之前 期间 目前 今年 去年 明年 本次 此次 时间 地点 表示 指出 强调 认为 希望 第一 第二 第三 二是 三是 一是 四是 第一季度 第二季度 第三季度 第四季度 月底 月初 上旬 中旬 下旬 同志 学院 我院 全院 老师 同学 大家 他们 通知 如下'.split(
    ' ',
  ),
];

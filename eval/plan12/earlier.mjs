// The earlier question sets that plan12 must not repeat (read at check time when present).
export const EARLIER = [
  '/work/shared/eval/dev.jsonl',
  '/work/main/eval/plan/questions.jsonl',
  '/work/main/eval/plan3/questions.jsonl',
  ...['plan5', 'plan6', 'plan7', 'plan8', 'plan9', 'plan10', 'plan11'].flatMap(d =>
    [`/work/main/eval/${d}/questions.jsonl`, `/work/main/eval/${d}/conversations.jsonl`]),
];

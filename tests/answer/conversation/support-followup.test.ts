// `第29项讲的啥` then `那它的配合单位有哪些`: the supporting units asked of the item in focus are its own,
// from its annotation — not another item's whose words the bare follow-up happens to share.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const title = '关于推进某市依法行政工作的实施意见';
const text = [
  title,
  '一、健全基层民主',
  '1.推进村务公开。深入推进村（居）务公开，健全财务第三方管理制度。（牵头单位：市民政局，配合单位：市委组织部、市社工委）',
  '2.优化街镇设置。积极推进行政区划调整，优化街镇社区设置。（牵头单位：市编办，配合单位：市政府办公厅、市财政局）',
  '二、强化行政监督',
  '3.加强行政监督。强化政府内部层级监督，强化审计监督。（牵头单位：市监察局，配合单位：市法制办、市审计局）',
].join('\n');

describe('the supporting units asked of the item in focus', () => {
  it('are the item\'s own', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
    await answerer.ask('第3项讲的啥', { sessionId: 's1' });
    const a = plainText(await answerer.ask('那它的配合单位有哪些', { sessionId: 's1' }));
    expect(a).toContain('市审计局');
    expect(a).not.toContain('市社工委');
    expect(a).not.toContain('市编办');
  });

  it('a question about what a unit must do is no owner question', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
    const a = plainText(await answerer.ask('配合的单位有哪些义务？'));
    expect(a).not.toMatch(/^“/u);
  });
});

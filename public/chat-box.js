// The chat box shared by the demo page and the admin console: asks POST /api/chat/stream, shows the
// answer as it arrives, then its citations with their sections. Text only ever goes in through
// textContent, never as HTML: answers quote documents and questions come from anyone.
(function () {
  'use strict';

  /** el('p', {class: 'x'}, 'text', child) → element. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function randomId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** One conversation per browser tab, kept across reloads so follow-up questions still work. */
  function sessionId() {
    const key = 'plan-chat-session';
    let id = sessionStorage.getItem(key);
    if (!id) {
      id = randomId();
      sessionStorage.setItem(key, id);
    }
    return id;
  }

  /** The error message of an API error body, or a fallback. */
  async function errorMessage(res) {
    try {
      const body = await res.json();
      if (body && body.error && body.error.message) return body.error.message;
    } catch (_) {
      /* not JSON */
    }
    return `请求失败（HTTP ${res.status}）`;
  }

  /** Server-sent events from a fetch response body: yields {event, data}. */
  async function* readEvents(res) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
      const blocks = buffer.split(/\r?\n\r?\n/);
      buffer = done ? '' : blocks.pop();
      for (const block of blocks) {
        let event = 'message';
        const data = [];
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length) yield { event, data: JSON.parse(data.join('\n')) };
      }
      if (done) return;
    }
  }

  const MODES = { extractive: '摘录原文', facts: '方案结构化数据', llm: '大模型撰写', refusal: '拒答' };

  function citationList(citations) {
    return el(
      'ol',
      { class: 'citations', 'aria-label': '引用出处' },
      citations.map((c) =>
        el(
          'li',
          {},
          el('span', { class: 'where' }, c.source || '未知来源'),
          c.section ? [' · ', el('span', { class: 'section' }, c.section)] : null,
          el('details', {}, el('summary', {}, '原文'), el('blockquote', {}, c.text || '')),
        ),
      ),
    );
  }

  /**
   * Wires the chat markup inside `root` (a [data-role=log] list, a form with a textarea, an
   * optional [data-role=suggestions] block). Options: feedback (thumbs up/down under answers),
   * suggestions (starter questions from /api/suggestions), showMode (how the answer was made).
   */
  function mount(root, opts) {
    const options = Object.assign({ feedback: false, suggestions: false, showMode: false }, opts);
    const log = root.querySelector('[data-role=log]');
    const form = root.querySelector('form');
    const input = form.querySelector('textarea');
    const send = form.querySelector('button[type=submit]');
    const status = root.querySelector('[data-role=status]');
    let busy = false;

    function setBusy(on) {
      busy = on;
      send.disabled = on;
      send.textContent = on ? '回答中…' : '发送';
      if (status) status.textContent = on ? '正在回答…' : '';
    }

    function feedbackBar(question, answer) {
      const thanks = el('span', { class: 'muted', role: 'status' });
      const rate = async (rating, button) => {
        for (const b of bar.querySelectorAll('button')) {
          b.disabled = true;
          b.setAttribute('aria-pressed', String(b === button));
        }
        const res = await fetch('/api/feedback', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sessionId: sessionId(), question, answer, rating }),
        }).catch(() => null);
        thanks.textContent = res && res.ok ? '谢谢反馈！' : '反馈没有发送成功，请稍后再试';
        if (!(res && res.ok)) for (const b of bar.querySelectorAll('button')) b.disabled = false;
      };
      const bar = el(
        'div',
        { class: 'feedback', role: 'group', 'aria-label': '这个回答有帮助吗？' },
        el('span', { class: 'muted', 'aria-hidden': 'true' }, '有帮助吗？'),
        el('button', { type: 'button', 'aria-pressed': 'false', onclick: (e) => rate('up', e.currentTarget) }, el('span', { class: 'icon up', 'aria-hidden': 'true' }), '有帮助'),
        el('button', { type: 'button', 'aria-pressed': 'false', onclick: (e) => rate('down', e.currentTarget) }, el('span', { class: 'icon down', 'aria-hidden': 'true' }), '没帮助'),
        thanks,
      );
      return bar;
    }

    async function ask(question) {
      if (busy || !question.trim()) return;
      setBusy(true);
      log.append(el('div', { class: 'msg user' }, el('span', { class: 'sr-only' }, '你问：'), el('p', { class: 'text' }, question)));
      const text = el('p', { class: 'text' });
      // aria-busy keeps screen readers from reading every streamed piece; they read the whole answer once done.
      const bubble = el('article', { class: 'msg bot', 'aria-busy': 'true', 'aria-label': '回答' }, text);
      log.append(bubble);
      bubble.scrollIntoView({ block: 'nearest' });
      try {
        const res = await fetch('/api/chat/stream', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ question, sessionId: sessionId() }),
        });
        if (!res.ok) throw new Error(await errorMessage(res));
        let finished = false;
        for await (const { event, data } of readEvents(res)) {
          if (event === 'delta') text.textContent += data.text;
          else if (event === 'reset') text.textContent = '';
          else if (event === 'error') throw new Error(data.message || '回答失败，请稍后再试');
          else if (event === 'done') {
            finished = true;
            // The final answer is authoritative: checks may have changed what was streamed.
            text.textContent = data.answer;
            bubble.classList.add('done');
            bubble.dataset.grounded = String(data.grounded);
            bubble.dataset.mode = data.mode;
            bubble.append(
              el(
                'p',
                { class: 'meta' },
                el('span', { class: data.grounded ? 'badge grounded' : 'badge refused' }, data.grounded ? '有原文依据' : '原文未涉及'),
                options.showMode ? el('span', { class: 'muted' }, `${MODES[data.mode] || data.mode} `) : null,
                data.rewritten ? el('span', { class: 'muted' }, `按“${data.rewritten}”回答`) : null,
              ),
            );
            if (data.citations && data.citations.length) bubble.append(citationList(data.citations));
            if (options.feedback) bubble.append(feedbackBar(question, data.answer));
          }
        }
        if (!finished) throw new Error('连接中断，回答不完整，请重试');
      } catch (err) {
        bubble.classList.add('error');
        const msg = err instanceof TypeError ? '无法连接服务器，请检查网络后重试' : err.message;
        text.textContent = text.textContent ? `${text.textContent}\n\n${msg}` : msg;
      } finally {
        bubble.setAttribute('aria-busy', 'false');
        setBusy(false);
        bubble.scrollIntoView({ block: 'nearest' });
      }
    }

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const q = input.value.trim();
      if (!q) {
        input.focus();
        return;
      }
      input.value = '';
      void ask(q).then(() => input.focus());
    });
    // Enter sends, Shift+Enter is a new line; not while an input method is composing Chinese.
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        form.requestSubmit();
      }
    });

    const box = root.querySelector('[data-role=suggestions]');
    if (options.suggestions && box) {
      fetch('/api/suggestions')
        .then((r) => (r.ok ? r.json() : { suggestions: [] }))
        .then((body) => {
          const list = box.querySelector('ul');
          for (const q of body.suggestions || []) {
            list.append(el('li', {}, el('button', { type: 'button', onclick: () => void ask(q) }, q)));
          }
          box.hidden = !(body.suggestions || []).length;
        })
        .catch(() => {
          box.hidden = true;
        });
    }
    return { ask };
  }

  window.PlanChat = { mount, el, sessionId };
})();

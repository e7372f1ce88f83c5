// The admin console: signs in with the admin token (kept in this tab's sessionStorage only) and
// shows what the admin API returns. The page holds no secret; every call carries the token.
(function () {
  'use strict';
  const { el, mount } = window.PlanChat;
  const TOKEN_KEY = 'plan-admin-token';
  const $ = (id) => document.getElementById(id);

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** Calls the admin API with the token; a 401 signs out (the token was changed on the server). */
  async function api(path, init) {
    const token = sessionStorage.getItem(TOKEN_KEY) || '';
    let res;
    try {
      res = await fetch(path, Object.assign({}, init, { headers: { authorization: `Bearer ${token}` } }));
    } catch (_) {
      throw new ApiError(0, '无法连接服务器，请检查网络后重试');
    }
    if (res.status === 401 && sessionStorage.getItem(TOKEN_KEY)) signOut('令牌已失效，请重新登录。');
    return res;
  }

  async function json(res) {
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      if (res.status === 404) throw new ApiError(404, '管理接口未开启：服务器没有设置 ADMIN_TOKEN。');
      throw new ApiError(res.status, (body && body.error && body.error.message) || `请求失败（HTTP ${res.status}）`);
    }
    return body;
  }

  /** Run after each sign-in: the 文档 and 概览 tabs (admin-documents.js, admin-overview.js) load their data. */
  const signInHooks = [];
  /** Run after a reload from this tab: the document list shows the new load report. */
  const reloadHooks = [];

  const time = (iso) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—');
  // 'mp' is recorded by both the mini-program and the 公众号 callback.
  const CHANNELS = { http: '网页/接口', mp: '小程序/公众号', wechat: '微信机器人', wecom: '企业微信', cli: '命令行' };
  const channel = (c) => CHANNELS[c] || c || '—';

  function duration(sec) {
    if (sec < 60) return `${sec} 秒`;
    if (sec < 3600) return `${Math.floor(sec / 60)} 分钟`;
    if (sec < 86400) return `${Math.floor(sec / 3600)} 小时 ${Math.floor((sec % 3600) / 60)} 分`;
    return `${Math.floor(sec / 86400)} 天 ${Math.floor((sec % 86400) / 3600)} 小时`;
  }

  /**
   * Fills a table body, labelling each cell with its column's name: at phone width the CSS shows
   * rows as blocks, and the explicit roles keep them a table for screen readers all the same.
   */
  function fillTable(tbody, rows) {
    const table = tbody.closest('table');
    const labels = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    tbody.replaceChildren(...rows);
    for (const tr of tbody.rows) {
      tr.setAttribute('role', 'row');
      [...tr.cells].forEach((cell, i) => {
        cell.setAttribute('role', cell.tagName === 'TH' ? 'rowheader' : 'cell');
        if (!cell.classList.contains('empty') && labels[i]) cell.dataset.label = labels[i];
      });
    }
  }

  for (const table of document.querySelectorAll('table.stack')) {
    table.setAttribute('role', 'table');
    for (const group of table.querySelectorAll('thead, tbody')) group.setAttribute('role', 'rowgroup');
    for (const tr of table.querySelectorAll('thead tr')) tr.setAttribute('role', 'row');
    for (const th of table.querySelectorAll('thead th')) th.setAttribute('role', 'columnheader');
  }

  // ---- sign-in ---------------------------------------------------------------------------------

  function showConsole(on) {
    $('signin').hidden = on;
    $('console').hidden = !on;
    $('signed-in').hidden = !on;
    $('signout').hidden = !on;
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    showConsole(false);
    $('token').value = '';
    $('token-error').textContent = message || '';
    $('token').focus();
  }

  async function signIn(token) {
    const error = $('token-error');
    const input = $('token');
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    let res;
    try {
      res = await fetch('/admin/status', { headers: { authorization: `Bearer ${token}` } });
    } catch (_) {
      error.textContent = '无法连接服务器，请检查网络后重试。';
      return;
    }
    if (res.status === 401) {
      error.textContent = '令牌不正确，请重新输入。';
      input.setAttribute('aria-invalid', 'true');
      input.select();
      return;
    }
    try {
      const status = await json(res);
      sessionStorage.setItem(TOKEN_KEY, token);
      showConsole(true);
      renderStatus(status);
      void loadPlans();
      void loadList('unanswered');
      void loadList('feedback');
      for (const hook of signInHooks) hook();
      $('content').focus();
    } catch (err) {
      error.textContent = err.message;
    }
  }

  // ---- status ----------------------------------------------------------------------------------

  function figure(label, value, id) {
    return el('div', {}, el('dt', {}, label), el('dd', id ? { id } : {}, value));
  }

  function service(name, value) {
    return [el('dt', {}, name), el('dd', {}, value)];
  }

  const off = (text) => el('span', { class: 'off' }, text || '未启用');
  const on = (text) => [el('span', { class: 'on' }, '已启用'), text ? ` · ${text}` : ''];

  function renderStatus(s) {
    $('figures').replaceChildren(
      figure('知识库版本', String(s.version), 'status-version'),
      figure('加载时间', new Date(s.loadedAt).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false })),
      figure('已运行', duration(s.uptimeSec || 0)),
      figure('文档', String(s.documents.length)),
      figure('片段', String(s.chunks)),
      figure('方案', String(s.plans)),
      figure('会话', String(s.sessions)),
      figure('未解答', String(s.unanswered)),
      figure('反馈', String(s.feedback)),
    );
    const e = s.embedding;
    const bot = s.bot;
    $('services').replaceChildren(
      ...service('大模型回答', s.llm ? on(s.llm.model) : off('未启用（摘录原文作答）')),
      ...service(
        '向量检索',
        e ? on(`${e.model}，${e.dims} 维，${e.vectors} 个向量（本次计算 ${e.computed} 个）`)
          : s.embeddingError ? el('span', { class: 'warn' }, `出错，仅用关键词检索：${s.embeddingError}`) : off('未启用（关键词检索）'),
      ),
      ...service(
        '微信机器人',
        bot ? [bot.loggedIn ? el('span', { class: 'on' }, '已登录') : el('span', { class: 'warn' }, '未登录'), ` · ${bot.puppet}`, bot.user ? ` · ${bot.user.name}` : '']
          : off(),
      ),
      ...service('小程序登录', s.miniProgram && s.miniProgram.enabled ? on() : off('未启用（开放模式）')),
    );
    $('status-note').textContent = `更新于 ${time(new Date().toISOString())}`;
  }

  function warningList(warnings) {
    return el('ul', { class: 'plain' }, warnings.map((w) => el('li', {}, el('span', { class: 'warn' }, w.file), `：${w.reason}`)));
  }

  async function loadStatus() {
    try {
      renderStatus(await json(await api('/admin/status')));
    } catch (err) {
      $('status-note').textContent = err.message;
    }
  }

  async function loadPlans() {
    const list = $('plans');
    try {
      const body = await json(await fetch('/api/plans'));
      list.replaceChildren(
        ...(body.plans.length
          ? body.plans.map((p) =>
              el('li', {}, el('strong', {}, p.fullTitle || p.title || p.id), p.primary ? '（主方案）' : '',
                el('span', { class: 'muted' }, ` 目标 ${p.counts.targets} 项 · 任务 ${p.counts.tasks} 项 · 保障措施 ${p.counts.measures} 项`)))
          : [el('li', { class: 'off' }, '没有识别出方案')]),
      );
    } catch (err) {
      list.replaceChildren(el('li', { class: 'error' }, err.message));
    }
  }

  // ---- reload ----------------------------------------------------------------------------------

  /** The regression gate's verdict: {score: {pct, answers, answerCases, refusals, refusalCases}, required}. */
  function gateScore(body) {
    const s = body.score;
    if (!s || typeof s.pct !== 'number') return null;
    return el('p', {}, `评测得分 ${s.pct}%（应答 ${s.answers}/${s.answerCases}，拒答 ${s.refusals}/${s.refusalCases}），要求至少 ${body.required}%。`);
  }

  async function reload() {
    const button = $('reload-button');
    const out = $('reload-result');
    const before = $('status-version') ? $('status-version').textContent : '';
    button.disabled = true;
    button.textContent = '正在加载…';
    out.replaceChildren(el('p', { class: 'muted' }, '正在重新加载，请稍候…'));
    try {
      const res = await api('/admin/reload', { method: 'POST' });
      const body = await res.json().catch(() => null);
      if (res.status === 409 && body) {
        out.replaceChildren(
          el('div', { class: 'notice bad' },
            el('p', {}, el('strong', {}, '新版本未通过检查，旧版本继续服务。')),
            gateScore(body),
            el('p', { class: 'muted' }, body.error ? body.error.message : '')),
        );
      } else if (!res.ok || !body) {
        throw new ApiError(res.status, (body && body.error && body.error.message) || `重新加载失败（HTTP ${res.status}）`);
      } else {
        out.replaceChildren(
          el('div', { class: 'notice ok' },
            el('p', {}, el('strong', {}, `已加载版本 ${body.version}`), before ? `（原版本 ${before}）` : ''),
            el('p', {}, `文档 ${body.documents} 个，片段 ${body.chunks} 个，用时 ${body.tookMs} 毫秒。`),
            body.warnings.length ? [el('p', {}, `警告 ${body.warnings.length} 条：`), warningList(body.warnings)] : el('p', {}, '没有警告。')),
        );
        out.firstChild.id = 'reload-ok';
      }
      await loadStatus();
      void loadPlans();
      for (const hook of reloadHooks) hook();
    } catch (err) {
      out.replaceChildren(el('div', { class: 'notice bad' }, el('p', {}, err.message)));
    } finally {
      button.disabled = false;
      button.textContent = '重新加载';
    }
  }

  // ---- unanswered and feedback -----------------------------------------------------------------

  const RATING = { up: () => el('span', { class: 'on' }, '有帮助'), down: () => el('span', { class: 'warn' }, '没帮助') };
  const LISTS = {
    unanswered: {
      columns: 5,
      row: (r) => [
        el('td', { class: 'nowrap' }, time(r.at)),
        el('td', { class: 'long' }, r.question),
        el('td', { class: 'nowrap' }, String(r.count ?? 1)),
        el('td', {}, r.reason === 'refused' ? '原文未涉及' : r.reason || '—'),
        el('td', { class: 'nowrap' }, channel(r.channel)),
      ],
      empty: '还没有未解答的问题',
    },
    feedback: {
      columns: 6,
      row: (r) => [
        el('td', { class: 'nowrap' }, time(r.at)),
        el('td', { class: 'nowrap' }, RATING[r.rating] ? RATING[r.rating]() : r.rating),
        el('td', { class: 'long' }, r.question),
        el('td', { class: 'long' }, r.answer ? (r.answer.length > 160 ? `${r.answer.slice(0, 160)}…` : r.answer) : '—'),
        el('td', { class: 'long' }, r.comment || '—'),
        el('td', { class: 'nowrap' }, channel(r.channel)),
      ],
      empty: '还没有反馈',
    },
  };

  async function loadList(name) {
    const spec = LISTS[name];
    const note = $(`${name}-note`);
    try {
      const body = await json(await api(`/admin/${name}?limit=100`));
      fillTable(
        $(`${name}-rows`),
        body.items.length ? body.items.map((r) => el('tr', {}, spec.row(r))) : [el('tr', {}, el('td', { colspan: String(spec.columns), class: 'empty' }, spec.empty))],
      );
      note.textContent = `共 ${body.count} 条，更新于 ${time(new Date().toISOString())}`;
    } catch (err) {
      note.textContent = err.message;
    }
  }

  /** CSV needs the token, so it is fetched here and saved from a blob rather than linked. */
  async function downloadCsv(name) {
    const note = $(`${name}-note`);
    try {
      const res = await api(`/admin/${name}?format=csv&limit=1000`);
      if (!res.ok) await json(res);
      const url = URL.createObjectURL(await res.blob());
      const stamp = new Date().toISOString().slice(0, 10);
      const a = el('a', { href: url, download: `${name}-${stamp}.csv`, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      note.textContent = `已下载 ${name}-${stamp}.csv`;
    } catch (err) {
      note.textContent = err.message;
    }
  }

  // ---- tabs ------------------------------------------------------------------------------------

  // 概览, 文档 and 运行与维护 as tabs (WAI-ARIA tabs pattern): arrow keys move between them, and the
  // open tab is kept in the address (#tab-documents), so a reload or a shared link opens the same one.
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const tabHooks = {};

  function selectTab(tab, focus) {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
    if (location.hash !== `#${tab.id}`) history.replaceState(null, '', `#${tab.id}`);
    if (tabHooks[tab.id]) tabHooks[tab.id]();
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab, false));
    tab.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(tab);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      selectTab(tabs[(next + tabs.length) % tabs.length], true);
    });
  }
  // A link to a section of 运行与维护 (#status, #chat…) opens that tab first.
  function openFromHash() {
    const id = location.hash.slice(1);
    const tab = tabs.find((t) => t.id === id);
    if (tab) return selectTab(tab, false);
    const target = id && document.getElementById(id);
    const panel = target && target.closest('[role="tabpanel"]');
    if (panel) selectTab($(panel.getAttribute('aria-labelledby')), false);
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();

  /** What the other console scripts share with this one. */
  window.PlanAdmin = {
    api,
    json,
    el,
    fillTable,
    time,
    warningList,
    ApiError,
    refreshStatus: () => loadStatus().then(() => loadPlans()),
    onSignIn: (fn) => signInHooks.push(fn),
    onReload: (fn) => reloadHooks.push(fn),
    /** Called whenever the tab is shown. */
    onTab: (id, fn) => {
      tabHooks[id] = fn;
    },
    /** Opens a tab by its id (tab-overview, tab-documents, tab-operations). */
    selectTab: (id) => selectTab($(id), false),
  };

  // ---- wiring ----------------------------------------------------------------------------------

  $('signin-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const token = $('token').value.trim();
    if (!token) {
      $('token-error').textContent = '请输入管理员令牌。';
      $('token').focus();
      return;
    }
    void signIn(token);
  });
  $('signout').addEventListener('click', () => signOut('已退出登录。'));
  $('status-refresh').addEventListener('click', () => void loadStatus());
  $('reload-button').addEventListener('click', () => void reload());
  for (const name of Object.keys(LISTS)) {
    $(`${name}-refresh`).addEventListener('click', () => void loadList(name));
    $(`${name}-csv`).addEventListener('click', () => void downloadCsv(name));
  }
  mount($('chat'), { suggestions: true, showMode: true });

  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved) void signIn(saved);
  else $('token').focus();
})();

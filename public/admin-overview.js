// The console's 概览 tab: questions per day (grounded vs refused), feedback per day, and the
// questions the documents do not cover, from GET /admin/stats. Charts are drawn by Chart.js,
// served from the project (/assets/chart.umd.min.js, no CDN); each chart also has a text summary
// for screen readers.
(function () {
  'use strict';
  const { api, json, el, onSignIn, onTab } = window.PlanAdmin;
  const $ = (id) => document.getElementById(id);
  const Chart = window.Chart;

  const COLORS = { grounded: '#1f7a3d', refused: '#b42318', up: '#1a56a8', down: '#9a5b00', unanswered: '#52606d' };
  const charts = {};
  let loaded = false;

  /** 2026-03-05 → 3/5 */
  const shortDay = (day) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;

  function figure(label, value, id) {
    return el('div', {}, el('dt', {}, label), el('dd', { id }, value));
  }

  /** One chart per canvas, replaced on each load; no animation, so what is drawn is final at once. */
  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    const base = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } };
    charts[id] = new Chart($(id), { ...config, options: { ...base, ...config.options, plugins: { ...base.plugins, ...(config.options && config.options.plugins) } } });
  }

  function render(s) {
    const t = s.totals;
    const rate = t.questions ? Math.round((t.grounded / t.questions) * 100) : 0;
    $('overview-figures').replaceChildren(
      figure('问题', String(t.questions), 'overview-questions'),
      figure('有据回答', `${t.grounded}（${rate}%）`, 'overview-grounded'),
      figure('拒答', String(t.refused), 'overview-refused'),
      figure('有帮助', String(t.feedback.up), 'overview-up'),
      figure('没帮助', String(t.feedback.down), 'overview-down'),
    );
    const labels = s.perDay.map((d) => shortDay(d.day));
    draw('chart-questions', {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: '有据回答', data: s.perDay.map((d) => d.grounded), backgroundColor: COLORS.grounded, stack: 'q' },
          { label: '拒答', data: s.perDay.map((d) => d.refused), backgroundColor: COLORS.refused, stack: 'q' },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    $('chart-questions-summary').textContent = s.perDay.map((d) => `${d.day}：问题 ${d.questions}，有据回答 ${d.grounded}，拒答 ${d.refused}`).join('；');
    draw('chart-feedback', {
      type: 'line',
      data: {
        labels,
        datasets: [
          { label: '有帮助', data: s.perDay.map((d) => d.feedback.up), borderColor: COLORS.up, backgroundColor: COLORS.up, tension: 0.2 },
          { label: '没帮助', data: s.perDay.map((d) => d.feedback.down), borderColor: COLORS.down, backgroundColor: COLORS.down, tension: 0.2 },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    $('chart-feedback-summary').textContent = s.perDay.map((d) => `${d.day}：有帮助 ${d.feedback.up}，没帮助 ${d.feedback.down}`).join('；');
    const top = s.topUnanswered;
    // Long questions are cut on the axis; the list below the chart has them in full.
    draw('chart-unanswered', {
      type: 'bar',
      data: {
        labels: top.map((u) => (u.question.length > 18 ? `${u.question.slice(0, 18)}…` : u.question)),
        datasets: [{ label: '被问次数', data: top.map((u) => u.count), backgroundColor: COLORS.unanswered }],
      },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
    });
    $('chart-unanswered-summary').textContent = top.length ? top.map((u) => `${u.question}：${u.count} 次`).join('；') : '这段时间没有未解答的问题';
    $('top-unanswered').replaceChildren(
      ...(top.length
        ? top.map((u) => el('li', {}, u.question, el('span', { class: 'muted' }, ` · ${u.count} 次 · 最近 ${new Date(u.lastAt).toLocaleString('zh-CN', { hour12: false })}`)))
        : [el('li', { class: 'off' }, '这段时间没有未解答的问题。')]),
    );
    $('overview-note').textContent = `${s.from} 至 ${s.to}，更新于 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })}`;
  }

  async function load() {
    const note = $('overview-note');
    if (!Chart) {
      note.textContent = '图表组件没有加载（/assets/chart.umd.min.js），请刷新页面。';
      return;
    }
    try {
      render(await json(await api(`/admin/stats?days=${encodeURIComponent($('overview-days').value)}`)));
      loaded = true;
    } catch (err) {
      note.textContent = err.message;
    }
  }

  $('overview-days').addEventListener('change', () => void load());
  $('overview-refresh').addEventListener('click', () => void load());
  onSignIn(() => {
    // Charts in a hidden tab have no size: draw when the tab is shown.
    if (!$('panel-overview').hidden) void load();
  });
  onTab('tab-overview', () => void load());
  window.PlanAdmin.overviewLoaded = () => loaded;
})();

// The console's 文档 tab: upload by drag-and-drop or file picker (with progress), the list of
// documents with each one's load report, a preview of the cleaned text and its sections, and
// deletion after a confirmation. Everything goes through the admin API with the signed-in token.
(function () {
  'use strict';
  const { api, json, el, fillTable, time, warningList, onSignIn, onReload, onTab, refreshStatus } = window.PlanAdmin;
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = 'plan-admin-token';

  const TYPES = { pdf: 'PDF', html: '网页', docx: 'Word', doc: 'Word 97', txt: '文本', md: 'Markdown' };
  let upload = { maxBytes: 20 * 1048576, types: ['.txt', '.md', '.markdown', '.docx', '.pdf', '.html', '.htm', '.doc'] };

  function size(bytes) {
    if (bytes === null || bytes === undefined) return '—';
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1048576).toFixed(1)} MB`;
  }

  /** A scanned PDF, an unreadable file: said in Chinese first, the server's words after. */
  function explain(warning) {
    if (/^scanned PDF/.test(warning)) return `扫描件，没有文字层，无法回答其中内容：请上传文字版，或先做文字识别（OCR）。（${warning}）`;
    if (/^cannot read/.test(warning)) return `无法读取：${warning}`;
    return warning;
  }

  // ---- list ------------------------------------------------------------------------------------

  function row(d) {
    const facts = d.facts;
    const factText = facts.items || facts.targets ? `任务 ${facts.items} · 目标 ${facts.targets} · 数值 ${facts.amounts} · 单位 ${facts.owners}` : '—';
    return el(
      'tr',
      { 'data-id': d.id },
      el('th', { scope: 'row', class: 'long' }, d.title, el('br'), el('span', { class: 'muted' }, d.id)),
      el('td', { class: 'nowrap' }, TYPES[d.type] || d.type),
      el('td', { class: 'num' }, size(d.bytes)),
      el('td', { class: 'num' }, String(d.characters)),
      el('td', { class: 'num' }, String(d.chunks)),
      el('td', {}, factText),
      el('td', { class: 'long' }, d.anomalies.length
        ? [el('span', { class: 'warn' }, `${d.anomalies.length} 处`), el('ul', { class: 'plain' }, d.anomalies.map((a) => el('li', {}, `第 ${a.line} 行：“${a.fragment}” — ${a.reason}`)))]
        : el('span', { class: 'off' }, '无')),
      el('td', { class: 'long' }, d.warnings.length
        ? el('ul', { class: 'plain' }, d.warnings.map((w) => el('li', { class: 'warn' }, explain(w))))
        : el('span', { class: 'off' }, '无')),
      el('td', { class: 'nowrap' }, time(d.updatedAt)),
      el('td', { class: 'nowrap actions-cell' },
        d.loaded ? el('button', { type: 'button', class: 'preview', 'data-id': d.id, 'aria-label': `预览 ${d.title}` }, '预览') : '',
        el('button', { type: 'button', class: 'delete danger', 'data-id': d.id, 'data-title': d.title, 'aria-label': `删除 ${d.title}` }, '删除')),
    );
  }

  async function loadDocuments() {
    const note = $('documents-note');
    try {
      const body = await json(await api('/admin/documents'));
      upload = body.upload || upload;
      $('upload-max').textContent = String(Math.round(upload.maxBytes / 1048576));
      const rows = body.documents.map(row);
      fillTable($('documents'), rows.length ? rows : [el('tr', {}, el('td', { colspan: '10', class: 'empty' }, '知识库里没有文档，请上传。'))]);
      $('other-warnings').replaceChildren(...(body.otherWarnings.length ? [el('h3', {}, '其他警告'), warningList(body.otherWarnings)] : []));
      note.textContent = `共 ${body.documents.length} 个文档，更新于 ${time(new Date().toISOString())}`;
    } catch (err) {
      note.textContent = err.message;
    }
  }

  // ---- upload ----------------------------------------------------------------------------------

  /** XMLHttpRequest rather than fetch: only it reports upload progress. */
  function send(files) {
    return new Promise((resolve, reject) => {
      const form = new FormData();
      for (const f of files) form.append('file', f, f.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/admin/documents');
      xhr.setRequestHeader('authorization', `Bearer ${sessionStorage.getItem(TOKEN_KEY) || ''}`);
      xhr.responseType = 'json';
      xhr.upload.addEventListener('progress', (e) => {
        if (!e.lengthComputable) return;
        const pct = Math.round((e.loaded / e.total) * 100);
        $('upload-bar').value = pct;
        $('upload-label').textContent = pct < 100 ? `正在上传… ${pct}%` : '已上传，正在重新加载知识库…';
      });
      xhr.addEventListener('load', () => resolve({ status: xhr.status, body: xhr.response }));
      xhr.addEventListener('error', () => reject(new Error('无法连接服务器，请检查网络后重试')));
      xhr.send(form);
    });
  }

  /** Checks in the browser what the server would refuse anyway, so a 30 MB file is not sent to be refused. */
  function refusal(files) {
    for (const f of files) {
      const ext = (f.name.match(/\.[^.]+$/) || [''])[0].toLowerCase();
      if (!upload.types.includes(ext)) return `不支持的文件类型：${f.name}。可上传 ${upload.types.join(' ')}。`;
      if (f.size > upload.maxBytes) return `文件太大：${f.name}（${size(f.size)}），上限 ${size(upload.maxBytes)}。`;
    }
    return null;
  }

  async function uploadFiles(list) {
    const files = [...list];
    if (!files.length) return;
    const out = $('upload-result');
    const refused = refusal(files);
    if (refused) {
      out.replaceChildren(el('div', { class: 'notice bad', id: 'upload-error' }, el('p', {}, refused)));
      return;
    }
    $('upload-progress').hidden = false;
    $('upload-bar').value = 0;
    $('upload-label').textContent = '正在上传…';
    $('dropzone').classList.add('busy');
    out.replaceChildren();
    try {
      const { status, body } = await send(files);
      if (status === 401) {
        out.replaceChildren(el('div', { class: 'notice bad', id: 'upload-error' }, el('p', {}, '令牌已失效，请重新登录。')));
        return;
      }
      if (status !== 201) {
        const message = (body && body.error && body.error.message) || `上传失败（HTTP ${status}）`;
        out.replaceChildren(el('div', { class: 'notice bad', id: 'upload-error' }, el('p', {}, el('strong', {}, '上传未完成。')), el('p', {}, message)));
        return;
      }
      out.replaceChildren(
        el('div', { class: 'notice ok', id: 'upload-ok' },
          el('p', {}, el('strong', {}, `已上传 ${body.documents.length} 个文件，知识库版本 ${body.version}。`)),
          el('ul', { class: 'plain' }, body.documents.map((d) =>
            el('li', {}, `${d.title}（${d.id}）`, d.replaced ? '，替换了旧版本' : '',
              d.loaded ? `：${d.characters} 字，${d.chunks} 个片段` : '',
              d.warnings.length ? el('ul', { class: 'plain' }, d.warnings.map((w) => el('li', { class: 'warn' }, explain(w)))) : '')))),
      );
      await loadDocuments();
      void refreshStatus();
    } catch (err) {
      out.replaceChildren(el('div', { class: 'notice bad', id: 'upload-error' }, el('p', {}, err.message)));
    } finally {
      $('upload-progress').hidden = true;
      $('dropzone').classList.remove('busy');
      $('upload-input').value = '';
    }
  }

  const zone = $('dropzone');
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (e) => {
      e.preventDefault();
      zone.classList.add('over');
    });
  }
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    void uploadFiles(e.dataTransfer.files);
  });
  // A file dropped beside the zone would make the browser open it and leave the console.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  $('upload-input').addEventListener('change', (e) => void uploadFiles(e.target.files));

  // ---- preview ---------------------------------------------------------------------------------

  async function preview(id, opener) {
    const dialog = $('preview');
    $('preview-title').textContent = '预览';
    $('preview-meta').textContent = '正在读取…';
    $('preview-outline').replaceChildren();
    $('preview-text').textContent = '';
    dialog.showModal();
    dialog.addEventListener('close', () => opener && opener.focus(), { once: true });
    try {
      const body = await json(await api(`/admin/documents/${encodeURIComponent(id)}`));
      const facts = body.facts;
      $('preview-title').textContent = `预览：${id}`;
      $('preview-meta').textContent = `${body.text.length} 字，${body.outline.length} 个章节${facts ? `；识别为方案：${facts.fullTitle || facts.title || facts.docTitle}` : ''}`;
      $('preview-outline').replaceChildren(
        ...body.outline.map((o) => el('li', {}, o.section.length ? o.section.join(' › ') : '（正文）', el('span', { class: 'muted' }, ` · ${o.chunks} 个片段`))),
      );
      $('preview-text').textContent = body.text;
    } catch (err) {
      $('preview-meta').textContent = err.message;
    }
  }
  $('preview-close').addEventListener('click', () => $('preview').close());

  // ---- delete ----------------------------------------------------------------------------------

  function confirmDelete(title, id) {
    const dialog = $('confirm-delete');
    $('confirm-text').textContent = `确定删除“${title}”（${id}）吗？文件会移到数据目录中保存，知识库随即重新加载，其中的内容将不再用于回答。`;
    dialog.returnValue = '';
    dialog.showModal();
    $('confirm-cancel').focus();
    return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'delete'), { once: true }));
  }

  async function remove(id, title, button) {
    if (!(await confirmDelete(title, id))) {
      button.focus();
      return;
    }
    const note = $('documents-note');
    note.textContent = `正在删除 ${id}…`;
    try {
      const body = await json(await api(`/admin/documents/${encodeURIComponent(id)}`, { method: 'DELETE' }));
      await loadDocuments();
      note.textContent = `已删除 ${body.deleted}，知识库版本 ${body.version}。`;
      void refreshStatus();
    } catch (err) {
      note.textContent = `删除未完成：${err.message}`;
    }
  }

  $('documents').addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) return;
    if (button.classList.contains('preview')) void preview(button.dataset.id, button);
    else if (button.classList.contains('delete')) void remove(button.dataset.id, button.dataset.title, button);
  });
  $('documents-refresh').addEventListener('click', () => void loadDocuments());

  onSignIn(() => void loadDocuments());
  onReload(() => void loadDocuments());
  onTab('tab-documents', () => void loadDocuments());
})();

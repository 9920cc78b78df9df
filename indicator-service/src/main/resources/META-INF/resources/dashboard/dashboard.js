// The plan's 24 indicators (漳政办规〔2023〕2号, Annex 1), live: figures come from /api/v1/indicator-values, and the page
// reads them again whenever /dashboard/events says they changed. Without a token the figures are the public ones
// (small cells suppressed); with a bearer token the API answers with the detail the token's role covers.
(function () {
  'use strict';
  const LABELS = {
    zh: { title: '漳平市生育友好城市建设主要指标', year: '年份', export: '导出 CSV', token: '登录令牌', connecting: '连接中…',
      live: '实时更新', offline: '已断开', township: '乡镇（街道）', numerator: '分子', denominator: '分母', value: '数值',
      interval: '95% 置信区间', target: '目标', rolling: '三年滚动', trend: '趋势', nodata: '暂无数据', suppressed: '小数据已隐藏',
      public: '公开数据（小于阈值的单元已隐藏）。', official: '已登录：显示所辖明细。',
      legend: '绿色 达标 · 蓝色 进展正常 · 橙色 有风险 · 红色 偏离目标 · 灰色 暂无数据',
      themes: { SUPPORT: '生育支持友好', PLATFORM: '生育平台友好', SERVICES: '生育服务友好', ENVIRONMENT: '生育环境友好', GUARANTEE: '生育保障友好' },
      status: { MET: '达标', ON_TRACK: '进展正常', AT_RISK: '有风险', OFF_TRACK: '偏离目标', NO_DATA: '暂无数据' },
      trends: { RISING: '↑ 上升', FALLING: '↓ 下降', STEADY: '→ 持平', UNKNOWN: '' }, lang: 'English',
      service: '出生一件事 办理情况', month: '提交月份', subMatter: '事项', department: '部门', submitted: '提交', done: '办结',
      byLimit: '按时办结', rejected: '退回', overdue: '逾期未办', days: '办结天数 中位/P90',
      summary: (s) => '申请 ' + s.applications + ' 件，一次办好 ' + s.completedFirstTime + ' 件，在办 ' + s.open + ' 件' },
    en: { title: 'Zhangping fertility-friendly city: main indicators', year: 'Year', export: 'Export CSV', token: 'Token',
      connecting: 'connecting…', live: 'live', offline: 'disconnected', township: 'Township', numerator: 'Numerator',
      denominator: 'Denominator', value: 'Value', interval: '95% interval', target: 'Target', rolling: '3-year rolling',
      trend: 'Trend', nodata: 'no data', suppressed: 'small cell suppressed',
      public: 'Public figures (cells below the threshold suppressed).', official: 'Signed in: the detail your role covers.',
      legend: 'green met · blue on track · orange at risk · red off track · grey no data',
      themes: { SUPPORT: 'Birth support', PLATFORM: 'Maternal and child health platform', SERVICES: 'Childcare services',
        ENVIRONMENT: 'Cost and environment', GUARANTEE: 'Family-planning family support' },
      status: { MET: 'met', ON_TRACK: 'on track', AT_RISK: 'at risk', OFF_TRACK: 'off track', NO_DATA: 'no data' },
      trends: { RISING: '↑ rising', FALLING: '↓ falling', STEADY: '→ steady', UNKNOWN: '' }, lang: '中文',
      service: 'Birth is one matter: service', month: 'Month submitted', subMatter: 'Sub-matter', department: 'Department',
      submitted: 'Submitted', done: 'Done', byLimit: 'Done in time', rejected: 'Rejected', overdue: 'Overdue',
      days: 'Days to done median/p90',
      summary: (s) => s.applications + ' applications, ' + s.completedFirstTime + ' completed first time, ' + s.open + ' open' }
  };
  const params = new URLSearchParams(location.search);
  const state = { lang: params.get('lang') === 'en' ? 'en' : 'zh', year: Number(params.get('year')) || new Date().getFullYear(),
    figures: [], charts: {}, drill: null, loads: 0,
    month: params.get('month') || new Date().toISOString().slice(0, 7), service: null };
  const $ = (id) => document.getElementById(id);
  const L = () => LABELS[state.lang];
  const fmt = (x) => (x === null || x === undefined) ? '–' : String(x);

  function headers() {
    const token = sessionStorage.getItem('token');
    return token ? { Authorization: 'Bearer ' + token } : {};
  }

  function labels() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-label]').forEach((el) => { el.textContent = L()[el.dataset.label]; });
    if (state.service) { renderService(); }
    $('lang').textContent = L().lang;
  }

  async function load() {
    const response = await fetch('/api/v1/indicator-values?year=' + state.year, { headers: headers() });
    if (!response.ok) { return; }
    state.figures = await response.json();
    state.loads++;
    document.body.dataset.loads = String(state.loads);
    render();
    if (state.drill) { drill(state.drill); }
    await loadService();
  }

  async function loadService() {
    const response = await fetch('/api/v1/application-service?month=' + state.month, { headers: headers() });
    if (!response.ok) { return; }
    state.service = await response.json();
    renderService();
  }

  function renderService() {
    const s = state.service;
    $('service-summary').textContent = L().summary(s);
    const body = $('service-table').querySelector('tbody');
    body.textContent = '';
    s.subMatters.forEach((m) => {
      const row = document.createElement('tr');
      row.dataset.subMatter = m.subMatter;
      [m.subMatter, m.department, m.submitted, m.done, m.doneByTimeLimit, m.rejected, m.overdue,
        fmt(m.medianDaysToDone) + ' / ' + fmt(m.p90DaysToDone)].forEach((text) => {
        const td = document.createElement('td');
        td.textContent = String(text);
        row.appendChild(td);
      });
      body.appendChild(row);
    });
  }

  function render() {
    const main = $('themes');
    main.textContent = '';
    Object.values(state.charts).forEach((c) => c.dispose());
    state.charts = {};
    $('view').textContent = state.figures.some((f) => f.detail) ? L().official : L().public;
    const byTheme = {};
    state.figures.forEach((f) => (byTheme[f.theme] = byTheme[f.theme] || []).push(f));
    Object.keys(L().themes).forEach((theme) => {
      const section = document.createElement('section');
      section.className = 'theme';
      section.innerHTML = '<h2></h2><div class="cards"></div>';
      section.querySelector('h2').textContent = L().themes[theme];
      (byTheme[theme] || []).forEach((f) => section.querySelector('.cards').appendChild(card(f)));
      main.appendChild(section);
    });
    state.figures.forEach((f) => chart(f));
  }

  function card(f) {
    const el = document.createElement('article');
    el.id = 'figure-' + f.number;
    el.className = 'card status-' + f.status;
    el.dataset.status = f.status;
    const name = state.lang === 'zh' ? f.nameZh : f.nameEn;
    const unit = state.lang === 'zh' ? f.unitZh : f.unitEn;
    const value = f.suppressed ? L().suppressed : (f.value === null ? L().nodata : f.value + ' ' + unit);
    const ci = f.lower !== null ? ' [' + fmt(f.lower) + ', ' + fmt(f.upper) + ']' : '';
    const target = f.target ? L().target + ' ' + f.target.text : '';
    const rolling = f.rolling && f.rolling.value !== null ? ' · ' + L().rolling + ' ' + f.rolling.value : '';
    el.innerHTML = '<h3></h3><div class="value"></div><div class="meta ci"></div><div class="meta counts"></div>'
      + '<div class="meta"><span class="status"></span> <span class="trend"></span> <span class="target"></span></div>'
      + '<div class="chart" id="chart-' + f.number + '"></div>';
    el.querySelector('h3').textContent = f.number + '. ' + name;
    el.querySelector('.value').textContent = value;
    el.querySelector('.ci').textContent = (ci ? L().interval + ci : '') + rolling;
    el.querySelector('.counts').innerHTML = '<span class="numerator"></span> / <span class="denominator"></span>';
    el.querySelector('.numerator').textContent = fmt(f.numerator);
    el.querySelector('.denominator').textContent = fmt(f.denominator);
    el.querySelector('.status').textContent = L().status[f.status];
    el.querySelector('.trend').textContent = L().trends[f.trend];
    el.querySelector('.target').textContent = target;
    el.addEventListener('click', () => drill(f.number));
    return el;
  }

  function chart(f) {
    const el = $('chart-' + f.number);
    if (!el || !window.echarts) { return; }
    const c = echarts.init(el, null, { renderer: 'canvas' });
    const series = [{ type: 'line', data: f.series.map((p) => p.value), connectNulls: false, symbolSize: 5 }];
    if (f.target) {
      series[0].markLine = { silent: true, symbol: 'none', data: [{ yAxis: f.target.value }], lineStyle: { type: 'dashed' } };
    }
    c.setOption({ animation: false, grid: { left: 36, right: 8, top: 8, bottom: 20 },
      xAxis: { type: 'category', data: f.series.map((p) => String(p.year)) }, yAxis: { type: 'value', scale: true },
      tooltip: { trigger: 'axis' }, series: series });
    state.charts[f.number] = c;
  }

  async function drill(number) {
    state.drill = number;
    const response = await fetch('/api/v1/indicator-values/' + number + '/townships?year=' + state.year, { headers: headers() });
    if (!response.ok) { return; }
    const data = await response.json();
    const f = state.figures.find((x) => x.number === number);
    $('drill').hidden = false;
    $('drill-title').textContent = number + '. ' + (f ? (state.lang === 'zh' ? f.nameZh : f.nameEn) : '') + ' · ' + state.year;
    const body = $('drill-table').querySelector('tbody');
    body.textContent = '';
    data.townships.forEach((t) => {
      const row = document.createElement('tr');
      const cells = t.suppressed ? [t.townshipName, L().suppressed, '', '', '']
        : [t.townshipName, fmt(t.numerator), fmt(t.denominator), fmt(t.value), t.lower === null ? '–' : '[' + t.lower + ', ' + t.upper + ']'];
      cells.forEach((text) => { const td = document.createElement('td'); td.textContent = text; if (t.suppressed) { td.className = 'suppressed'; } row.appendChild(td); });
      body.appendChild(row);
    });
  }

  async function download(url, name) {
    const response = await fetch(url, { headers: headers() });
    const blob = await response.blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
  }

  function live() {
    const source = new EventSource('/dashboard/events');
    let timer = null;
    source.onopen = () => { $('live').textContent = L().live; $('live').classList.add('on'); };
    source.onerror = () => { $('live').textContent = L().offline; $('live').classList.remove('on'); };
    source.onmessage = (e) => {
      if (e.data === 'heartbeat') { return; }
      clearTimeout(timer);
      timer = setTimeout(load, 300);
    };
  }

  $('year').value = state.year;
  $('month').value = state.month;
  $('month').addEventListener('change', () => { if ($('month').value) { state.month = $('month').value; loadService(); } });
  $('service-export').addEventListener('click', () => download('/api/v1/application-service/export?month=' + state.month,
    'application-service-' + state.month + '.csv'));
  $('year').addEventListener('change', () => { state.year = Number($('year').value); load(); });
  $('lang').addEventListener('click', () => { state.lang = state.lang === 'zh' ? 'en' : 'zh'; labels(); render(); if (state.drill) { drill(state.drill); } });
  $('token').value = sessionStorage.getItem('token') || '';
  $('token').addEventListener('change', () => { sessionStorage.setItem('token', $('token').value.trim()); load(); });
  $('export').addEventListener('click', () => download('/api/v1/indicator-values/export?year=' + state.year, 'indicators-' + state.year + '.csv'));
  $('drill-export').addEventListener('click', () => download('/api/v1/indicator-values/' + state.drill + '/townships/export?year=' + state.year,
    'indicator-' + state.drill + '-townships-' + state.year + '.csv'));
  window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
  labels();
  live();
  load();
}());

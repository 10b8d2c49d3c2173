/* Makes the server-rendered charts interactive: each [data-chart] box gets a live ECharts
   instance built from the option embedded beside it. Without JavaScript the SVG stays.
   Keeps an open page current: /events announces every new read of the ledgers (good, or
   failed with its banner) and the page swaps in its new content without a reload. */
(function () {
  'use strict';
  var echarts = window.echarts;
  var charts = [];

  function initCharts() {
    if (!echarts) return;
    var boxes = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var source = document.getElementById(box.getAttribute('data-chart') + '-option');
      if (!source) continue;
      var option;
      try {
        option = JSON.parse(source.textContent || '');
      } catch (e) {
        continue;
      }
      box.textContent = '';
      box.classList.add('live');
      var chart = echarts.init(box, null, { renderer: 'svg' });
      chart.setOption(option);
      charts.push(chart);
    }
  }

  function disposeCharts() {
    for (var i = 0; i < charts.length; i++) charts[i].dispose();
    charts = [];
  }

  var pending = 0;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = window.setTimeout(function () {
      pending = 0;
      for (var j = 0; j < charts.length; j++) charts[j].resize();
    }, 150);
  });

  initCharts();

  var body = document.body;
  var shown = Number(body.getAttribute('data-version') || 0);
  if (!shown || !window.EventSource || !window.fetch || !window.DOMParser) return;

  var loading = false;
  var wanted = shown;
  function refresh() {
    if (loading || wanted <= shown) return;
    loading = true;
    window
      .fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) {
        return r.ok ? r.text() : null;
      })
      .then(function (html) {
        if (html === null) return;
        var next = new window.DOMParser().parseFromString(html, 'text/html').body;
        var version = Number(next.getAttribute('data-version') || 0);
        if (version <= shown) return;
        var y = window.scrollY;
        disposeCharts();
        body.innerHTML = next.innerHTML;
        for (var k = 0; k < next.attributes.length; k++) body.setAttribute(next.attributes[k].name, next.attributes[k].value);
        shown = version;
        initCharts();
        window.scrollTo(0, y);
      })
      .catch(function () {})
      .then(function () {
        loading = false;
        refresh();
      });
  }

  // One stream per open page. A page left for another (or kept in the back/forward cache)
  // closes its stream: a browser opens at most 6 connections to one server, and streams
  // held by pages no longer shown would leave the next page waiting for ever.
  var events = null;
  function listen() {
    if (events) return;
    events = new window.EventSource('/events');
    events.addEventListener('snapshot', function (e) {
      var data;
      try {
        data = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      if (data.version > wanted) wanted = data.version;
      refresh();
    });
  }
  window.addEventListener('pagehide', function () {
    if (events) events.close();
    events = null;
  });
  window.addEventListener('pageshow', listen);
  listen();
})();

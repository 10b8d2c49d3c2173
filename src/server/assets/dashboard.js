/* Makes the server-rendered charts interactive: each [data-chart] box gets a live ECharts
   instance built from the option embedded beside it. Without JavaScript the SVG stays. */
(function () {
  'use strict';
  var echarts = window.echarts;
  if (!echarts) return;
  var charts = [];
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
  var pending = 0;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = window.setTimeout(function () {
      pending = 0;
      for (var j = 0; j < charts.length; j++) charts[j].resize();
    }, 150);
  });
})();

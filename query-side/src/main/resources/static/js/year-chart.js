// The year page's chart: cumulative appropriations (initial and supplementary, stacked) against
// cumulative spending, each supplementary allocation marked. The data comes from the page itself.
(function () {
  var element = document.getElementById('year-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var points = function (values) {
    return data.dates.map(function (date, i) { return [date, values[i]]; });
  };
  var step = function (name, values, extra) {
    var series = { name: name, type: 'line', step: 'end', symbol: 'none', data: points(values) };
    return Object.assign(series, extra || {});
  };
  var series = [
    step('年初预算', data.initial, { stack: 'appropriations', areaStyle: { opacity: 0.35 } }),
    step('追加预算', data.supplementary, {
      stack: 'appropriations',
      areaStyle: { opacity: 0.35 },
      markLine: {
        symbol: 'none',
        lineStyle: { type: 'dashed' },
        label: { formatter: function (p) { return '追加 ' + p.data.amount; } },
        data: data.allocations.map(function (a) {
          return { xAxis: a.date, amount: a.amount, name: a.document };
        })
      }
    }),
    step('累计支出', data.spent, { lineStyle: { width: 3 } })
  ];
  if (data.reduced) {
    series.push(step('财政拨款合计（扣除调减）', data.appropriated, { lineStyle: { type: 'dotted' } }));
  }
  var chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: {
      trigger: 'axis',
      valueFormatter: function (value) { return Number(value).toFixed(2) + ' 万元'; }
    },
    legend: { top: 0 },
    grid: { left: 64, right: 32, top: 40, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: '万元' },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();

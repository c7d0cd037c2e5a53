// The comparison page: filters and sorting over the server-rendered table (whose cells are already escaped text),
// the filter state kept in the address (so "?fe_min=95" opens the page filtered), CSV of the shown rows, and two
// ECharts scatter plots of the shown rows, coloured by class, each point opening its row.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("rows");
  if (!form || !table) {
    return;
  }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var shown = document.getElementById("shown");
  var palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"];
  var classes = [];
  rows.forEach(function (r) {
    var c = r.dataset.class || "unclassified";
    if (classes.indexOf(c) < 0) { classes.push(c); }
  });
  classes.sort();

  function num(v) {
    return v === undefined || v === "" ? null : Number(v);
  }

  function filters() {
    var f = {};
    new FormData(form).forEach(function (value, key) { if (value !== "") { f[key] = String(value); } });
    return f;
  }

  function passes(r, f) {
    if (f["class"] && r.dataset.class !== f["class"]) { return false; }
    if (f.metal && (" " + r.dataset.metals + " ").indexOf(" " + f.metal + " ") < 0) { return false; }
    if (f.electrolyte && r.dataset.electrolyte !== f.electrolyte) { return false; }
    var p = num(r.dataset.potential);
    if (f.potential_min !== undefined && (p === null || p < Number(f.potential_min))) { return false; }
    if (f.potential_max !== undefined && (p === null || p > Number(f.potential_max))) { return false; }
    var fe = num(r.dataset.fe);
    if (f.fe_min !== undefined && (fe === null || fe < Number(f.fe_min))) { return false; }
    if (f.basis === "converted" && num(r.dataset.converted) === null) { return false; }
    if (f.basis && f.basis !== "converted" && r.dataset.yieldUnit !== f.basis) { return false; }
    return true;
  }

  var charts = {};
  function chart(id, yKey, yName) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === "undefined") { return; }
    var c = charts[id] || (charts[id] = echarts.init(el, null, { renderer: "canvas" }));
    var series = classes.map(function (cls, i) {
      return {
        name: cls, type: "scatter", symbolSize: 9, itemStyle: { color: palette[i % palette.length] },
        data: rows.filter(function (r) {
          return !r.hidden && (r.dataset.class || "unclassified") === cls
            && num(r.dataset.potential) !== null && num(r.dataset[yKey]) !== null;
        }).map(function (r) {
          return { value: [num(r.dataset.potential), num(r.dataset[yKey])], name: r.dataset.catalyst, anchor: r.id };
        })
      };
    });
    c.setOption({
      aria: { enabled: true },
      animation: false,
      title: { text: yName + " vs potential", textStyle: { fontSize: 13 } },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 64, right: 16, top: 40, bottom: 70 },
      tooltip: { trigger: "item", formatter: function (p) { return echarts.format.encodeHTML(p.name) + ": " + p.value[1] + " at " + p.value[0] + " V"; } },
      xAxis: { type: "value", name: "V vs RHE", nameLocation: "middle", nameGap: 24, scale: true },
      yAxis: { type: yKey === "converted" ? "log" : "value", name: yName, nameLocation: "middle", nameGap: 44,
               scale: true, axisLine: { onZero: false } },
      series: series
    }, true);
    c.off("click");
    c.on("click", function (p) {
      if (p.data && p.data.anchor) { location.hash = p.data.anchor; }
    });
  }

  function apply(push) {
    var f = filters();
    var count = 0;
    rows.forEach(function (r) {
      r.hidden = !passes(r, f);
      if (!r.hidden) { count++; }
    });
    shown.textContent = count + " of " + rows.length + " rows shown";
    chart("plot-fe", "fe", "FE (%)");
    chart("plot-yield", "converted", "Yield (mg h⁻¹ cm⁻²)");
    var params = new URLSearchParams(f).toString();
    var url = location.pathname + (params ? "?" + params : "");
    if (push && url !== location.pathname + location.search) {
      history.replaceState(null, "", url);
    }
  }

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && params.has(el.name)) { el.value = params.get(el.name); }
    });
  }

  var sortState = { key: null, up: true };
  table.querySelectorAll("button.sort").forEach(function (b) {
    b.addEventListener("click", function () {
      var key = b.dataset.key;
      var numeric = b.dataset.numeric === "true";
      sortState.up = sortState.key === key ? !sortState.up : true;
      sortState.key = key;
      rows.sort(function (a, c) {
        var x = a.dataset[key] || "", y = c.dataset[key] || "";
        if (numeric) {
          x = x === "" ? null : Number(x);
          y = y === "" ? null : Number(y);
          if (x === null) { return 1; }
          if (y === null) { return -1; }
          return sortState.up ? x - y : y - x;
        }
        return sortState.up ? x.localeCompare(y) : y.localeCompare(x);
      });
      rows.forEach(function (r) { body.appendChild(r); });
      table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
      b.parentNode.setAttribute("aria-sort", sortState.up ? "ascending" : "descending");
    });
  });

  function csvCell(s) {
    return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }
  document.getElementById("csv-shown").addEventListener("click", function () {
    var lines = [Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return csvCell(c.textContent.trim()); }).join(",")];
    rows.forEach(function (r) {
      if (!r.hidden) {
        lines.push(Array.prototype.map.call(r.cells, function (c) { return csvCell(c.textContent.trim()); }).join(","));
      }
    });
    this.href = URL.createObjectURL(new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv" }));
  });

  form.addEventListener("input", function () { apply(true); });
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  window.addEventListener("resize", function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
  });
  fromAddress();
  apply(false);
})();

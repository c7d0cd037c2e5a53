// The SPARQL editor page: YASGUI (bundled in the jar) on /nkg/sparql, and the query gallery that loads a named
// query into the editor and runs it. Query texts are read from the page (escaped HTML), never evaluated.
(function () {
  "use strict";
  var holder = document.getElementById("yasgui");
  if (!holder || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = holder.getAttribute("data-endpoint");
  var startQuery = document.getElementById("start-query").textContent;
  Yasgui.Yasqe.defaults.value = startQuery;
  var yasgui = new Yasgui(holder, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });

  // YASGUI puts its "add tab" button inside the tab list, where only tabs may be (an ARIA rule): move it beside.
  var addTab = holder.querySelector(".tabsList button.addTab");
  if (addTab) {
    var list = holder.querySelector(".tabsList");
    var box = addTab.parentNode;
    box.removeAttribute("role");
    box.className = "addTabBox";
    list.parentNode.insertBefore(box, list.nextSibling);
  }

  // Name the editor's unlabelled fields for assistive technology.
  function label() {
    holder.querySelectorAll("input.autocomplete").forEach(function (i) { i.setAttribute("aria-label", "SPARQL endpoint"); });
    holder.querySelectorAll(".CodeMirror textarea").forEach(function (t) { t.setAttribute("aria-label", "SPARQL query"); });
    // A long query scrolls inside the editor: the scrolling box must be reachable by keyboard to be scrolled.
    holder.querySelectorAll(".CodeMirror-scroll").forEach(function (e) {
      e.setAttribute("tabindex", "0");
      e.setAttribute("aria-label", "Query editor, scrollable");
    });
    holder.querySelectorAll(".tab input[type=text]").forEach(function (i) { i.setAttribute("aria-label", "Tab name"); });
    holder.querySelectorAll("input:not([aria-label]), textarea:not([aria-label]), select:not([aria-label])").forEach(function (e) {
      if (!e.labels || e.labels.length === 0) { e.setAttribute("aria-label", e.getAttribute("placeholder") || e.getAttribute("title") || "Editor setting"); }
    });
  }
  label();
  yasgui.on("queryResponse", function () { setTimeout(label, 0); });
  yasgui.on("query", function () { setTimeout(label, 0); });

  function run(name) {
    var source = document.getElementById("text-" + name);
    if (!source) {
      return;
    }
    var tab = yasgui.getTab();
    var yasqe = tab.getYasqe();
    yasqe.setValue(source.textContent);
    yasqe.query();
    holder.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  document.querySelectorAll("button.run-query").forEach(function (button) {
    button.addEventListener("click", function () { run(button.getAttribute("data-query")); });
  });
  if (location.hash.indexOf("#q-") === 0) {
    run(location.hash.substring(3));
  }
})();

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

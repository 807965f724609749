// Turns the plain query form into YASGUI's editor (YASQE) and results table (YASR). Without
// this script, or if the bundled YASGUI failed to load, the form posts to the page, which shows the answer.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  if (!form || !window.Yasgui) {
    return;
  }
  var textarea = document.getElementById("query");
  var status = document.getElementById("query-status");
  var holder = document.createElement("div");
  holder.className = "editor";
  textarea.parentNode.insertBefore(holder, textarea);
  textarea.hidden = true;

  var yasqe = new Yasgui.Yasqe(holder, {
    value: textarea.value,
    // The page decides what is in the editor: no restoring of an earlier session, no share links.
    persistenceId: null,
    consumeShareLink: null,
    createShareableLink: null,
    showQueryButton: false,
    // Only local completions: the property and class completers call an external service.
    autocompleters: ["prefixes", "variables"],
    editorHeight: "20rem",
    screenReaderLabel: "SPARQL query",
    // Tab leaves the editor so keyboard users are not trapped in it.
    extraKeys: { "Tab": false, "Shift-Tab": false },
    requestConfig: { endpoint: form.getAttribute("data-endpoint"), method: "POST" }
  });
  document.querySelector("label[for=query]").addEventListener("click", function () {
    yasqe.focus();
  });
  var yasr = new Yasgui.Yasr(document.getElementById("results"), {
    persistenceId: null,
    prefixes: function () { return yasqe.getPrefixesFromQuery(); },
    // Plain values and whole text: the public reads labels, not datatypes and clipped cells.
    plugins: { table: { dynamicConfig: { compact: true, isEllipsed: false, pageSize: 50 } } }
  });

  // The status line speaks to screen readers; once results show, YASR's own header says the same to the eye.
  // YASR draws an icon-only documentation link and an unlabelled page-size menu: name them.
  function nameUnlabelledControls() {
    var results = document.getElementById("results");
    results.querySelectorAll(".yasr_external_ref_btn").forEach(function (link) {
      link.setAttribute("aria-label", "YASGUI documentation (opens in a new tab)");
    });
    results.querySelectorAll("select.tableSizer").forEach(function (select) {
      select.setAttribute("aria-label", "Rows per page");
    });
  }
  nameUnlabelledControls();
  yasr.on("drawn", nameUnlabelledControls);

  yasqe.on("query", function () {
    status.classList.remove("visually-hidden");
    status.textContent = "Running the query…";
  });
  yasqe.on("queryResponse", function (instance, response, duration) {
    yasr.setResponse(response, duration);
    var results = yasr.results;
    if (results && results.getError && results.getError()) {
      status.textContent = "The query failed; the endpoint's message is shown below.";
      return;
    }
    var rows = results && results.getBindings && results.getBindings();
    status.textContent = rows ? rows.length + (rows.length === 1 ? " result." : " results.") : "Done.";
    status.classList.add("visually-hidden");
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    yasqe.query();
  });
})();

/* ICC Studio campaign gallery: filters the contributions in place (the filter links are real pages, so
   everything works without this script). No network, no storage, no tracking. */
(function () {
  "use strict";
  var wall = document.querySelector(".wall");
  if (!wall) { return; }
  var scope = { city: wall.getAttribute("data-scope-city") || "", lang: wall.getAttribute("data-scope-lang") || "" };
  var state = { city: scope.city, lang: scope.lang };
  var cards = Array.prototype.slice.call(wall.querySelectorAll(".card"));
  var count = wall.querySelector(".count");
  var empty = wall.querySelector(".empty");
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-filter]"));
  var total = cards.length;
  var paged = wall.getAttribute("data-paged") === "true";

  function apply(announce) {
    var shown = 0;
    cards.forEach(function (card) {
      var ok = (!state.city || card.getAttribute("data-city") === state.city) &&
               (!state.lang || card.getAttribute("data-lang") === state.lang);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    links.forEach(function (link) {
      var kind = link.getAttribute("data-filter");
      if (link.getAttribute("data-value") === state[kind]) { link.setAttribute("aria-current", "true"); }
      else { link.removeAttribute("aria-current"); }
    });
    if (empty) { empty.hidden = shown !== 0; }
    if (count && announce) {
      count.textContent = count.getAttribute("data-template").replace("{shown}", shown).replace("{total}", total);
    }
  }

  function writeHash() {
    var parts = [];
    if (state.city !== scope.city) { parts.push("city=" + encodeURIComponent(state.city)); }
    if (state.lang !== scope.lang) { parts.push("lang=" + encodeURIComponent(state.lang)); }
    var url = parts.length ? "#" + parts.join("&") : location.pathname + location.search;
    try { history.replaceState(null, "", url); } catch (e) { /* some file:// set-ups refuse it; harmless */ }
  }

  function readHash() {
    var hash = location.hash.replace(/^#/, "");
    if (hash.indexOf("=") < 0) { return; }
    hash.split("&").forEach(function (pair) {
      var kv = pair.split("=");
      var key = kv[0], value = decodeURIComponent(kv[1] || "");
      if ((key === "city" || key === "lang") && (!scope[key] || scope[key] === value)) { state[key] = value; }
    });
  }

  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      var kind = link.getAttribute("data-filter");
      var value = link.getAttribute("data-value");
      if (paged) { return; }  // this page holds only part of its selection: the link's page filters
      if (scope[kind] && scope[kind] !== value) { return; }  // outside this page: follow the link
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
      event.preventDefault();
      state[kind] = value;
      apply(true);
      writeHash();
    });
  });

  window.addEventListener("hashchange", function () {
    if (paged) { return; }
    state.city = scope.city;
    state.lang = scope.lang;
    readHash();
    apply(true);
  });

  if (!paged) { readHash(); }
  apply(state.city !== scope.city || state.lang !== scope.lang);
  document.documentElement.classList.add("js");
}());

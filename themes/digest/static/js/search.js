// Progressive enhancement: mount Pagefind's search box when its bundle was built, and run
// the query a plain form sent here (?q=...). In a file of its own because the
// Content-Security-Policy forbids inline scripts. Without JavaScript the page lists links.
// The index comes in shards (pagefind/shards.json lists them, see generator/search_index.py):
// the first is the UI's own bundle, the others are merged into the same search.
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("search");
  if (!root || !window.PagefindUI) {
    return;
  }
  // Absolute: Pagefind's worker would resolve a relative bundle path against its own address.
  var bundle = new URL(root.dataset.bundle, window.location.href).href;
  function mount(shards) {
    var ui = new window.PagefindUI({
      element: "#search",
      bundlePath: bundle + shards[0],
      mergeIndex: shards.slice(1).map(function (shard) { return { bundlePath: bundle + shard }; }),
      showImages: false,
      showSubResults: true,
      resetStyles: false
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      ui.triggerSearch(query);
      var box = document.getElementById("site-q");
      if (box) {
        box.value = query;
      }
    }
  }
  fetch(bundle + "shards.json")
    .then(function (response) { return response.ok ? response.json() : [""]; })
    .catch(function () { return [""]; })
    .then(function (shards) { mount(shards.length ? shards : [""]); });
});

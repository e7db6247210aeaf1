// Progressive enhancement: mount Pagefind's search box when its bundle was built, and run
// the query a plain form sent here (?q=...). In a file of its own because the
// Content-Security-Policy forbids inline scripts. Without JavaScript the page lists links.
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("search");
  if (!root || !window.PagefindUI) {
    return;
  }
  var ui = new window.PagefindUI({
    element: "#search",
    bundlePath: root.dataset.bundle,
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
});

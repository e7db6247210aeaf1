// Progressive enhancement: mount Pagefind's search box when its bundle was built.
// Kept in a file of its own because the Content-Security-Policy forbids inline scripts.
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("search");
  if (root && window.PagefindUI) {
    new window.PagefindUI({ element: "#search", bundlePath: root.dataset.bundle, showImages: false });
  }
});
